//! Fault injection: every misbehaving-server scenario ends as a structured step error of
//! the right kind, in bounded time, and the host keeps serving.

use std::time::{Duration, Instant};

use serde_json::json;
use step_host::{Policy, RetryPolicy, StepConfig};
use step_test_support::*;

fn input(user: &str) -> String {
    json!({ "user_id": user }).to_string()
}

async fn fails_with(
    user: &str,
    config_patch: impl Fn(StepConfig) -> StepConfig,
    policy_patch: impl Fn(Policy) -> Policy,
) -> (step_host::StepError, Duration) {
    let sim = sim().await;
    let plugin = load(policy_patch(policy_for(&sim)), sim_credentials());
    let started = Instant::now();
    let e = plugin
        .execute(&input(user), &config_patch(config_for(&sim)))
        .await
        .expect_err(user);
    let took = started.elapsed();
    plugin
        .execute(&input("usr_after_fault"), &config_for(&sim))
        .await
        .expect("the host serves the next step");
    (e, took)
}

fn same(c: StepConfig) -> StepConfig {
    c
}

fn default_policy(p: Policy) -> Policy {
    p
}

#[tokio::test]
async fn rate_limits_with_and_without_retry_after() {
    let (e, _) = fails_with("usr_fault_429", same, default_policy).await;
    assert_eq!(
        (e.kind.as_str(), e.retryable, e.http_status),
        ("rate_limited", true, Some(429))
    );
    assert_eq!(e.retry_after_seconds(), None);
    let (e, _) = fails_with("usr_fault_429_retry_after", same, default_policy).await;
    assert_eq!(e.retry_after_seconds(), Some(1));
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let retry = RetryPolicy {
        retries: 1,
        base_delay: Duration::from_millis(1),
        ..RetryPolicy::default()
    };
    let started = Instant::now();
    let attempted = plugin
        .execute_with_retries(
            &input("usr_fault_429_retry_after"),
            &config_for(&sim),
            &retry,
        )
        .await;
    assert_eq!(attempted.attempts, 2);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );
}

#[tokio::test]
async fn a_connection_reset_mid_body_is_a_retryable_transport_error() {
    let (e, took) = fails_with("usr_fault_reset", same, default_policy).await;
    assert_eq!((e.kind.as_str(), e.retryable), ("transport", true), "{e:?}");
    assert!(took < Duration::from_secs(5));
}

#[tokio::test]
async fn headers_that_never_come_hit_the_first_byte_timeout() {
    let (e, took) = fails_with(
        "usr_fault_no_headers",
        |c| StepConfig {
            first_byte_timeout_ms: Some(500),
            ..c
        },
        default_policy,
    )
    .await;
    assert_eq!((e.kind.as_str(), e.retryable), ("timeout", true), "{e:?}");
    assert!(took < Duration::from_millis(550), "{took:?}");
}

#[tokio::test]
async fn a_dripping_body_hits_the_between_bytes_timeout() {
    let (e, took) = fails_with(
        "usr_fault_drip",
        |c| StepConfig {
            between_bytes_timeout_ms: Some(400),
            ..c
        },
        default_policy,
    )
    .await;
    assert_eq!(e.kind, "timeout", "{e:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[tokio::test]
async fn a_100_mb_body_stops_at_the_cap() {
    let (e, took) = fails_with("usr_fault_huge", same, default_policy).await;
    assert_eq!(
        (e.kind.as_str(), e.retryable),
        ("response_too_large", false),
        "{e:?}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[tokio::test]
async fn a_redirect_is_never_followed() {
    let (e, _) = fails_with("usr_fault_redirect", same, default_policy).await;
    assert_eq!(
        (e.kind.as_str(), e.http_status, e.retryable),
        ("response_invalid", Some(302), false),
        "{e:?}"
    );
}

#[tokio::test]
async fn invalid_utf8_is_an_invalid_response() {
    let (e, _) = fails_with("usr_fault_bad_utf8", same, default_policy).await;
    assert_eq!(
        (e.kind.as_str(), e.http_status),
        ("response_invalid", Some(200)),
        "{e:?}"
    );
}

#[tokio::test]
async fn oversized_headers_are_refused_cleanly() {
    let (e, _) = fails_with("usr_fault_big_headers", same, default_policy).await;
    assert!(
        matches!(e.kind.as_str(), "transport" | "response_too_large"),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_50_mb_input_and_100k_levels_of_nesting_are_refused_without_harm() {
    let plugin = load(Policy::default(), sim_credentials());
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let v = plugin.validate(&deep).await.unwrap();
    assert!(!v.valid);
    assert_eq!(v.errors.unwrap()[0].code, "invalid_json");
    let huge =
        json!({ "user_id": "usr_1", "user_token": "x".repeat(50 * 1024 * 1024) }).to_string();
    let e = plugin.validate(&huge).await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("plugin_fault", "MEMORY_LIMIT"),
        "{e:?}"
    );
    assert!(plugin.validate(&input("usr_ok")).await.unwrap().valid);
}

#[tokio::test]
async fn a_component_that_loops_grows_or_traps_is_a_plugin_fault_and_the_host_carries_on() {
    let policy = Policy {
        max_memory: 32 * 1024 * 1024,
        cpu_budget_ticks: 50,
        ..Policy::default()
    };
    let plugin = step_host::Plugin::load(
        &misbehaving_path(),
        policy,
        step_host::CredentialSource::none(),
    )
    .unwrap();
    let started = Instant::now();
    let e = plugin.validate("loop").await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("plugin_fault", "CPU_BUDGET_EXHAUSTED"),
        "{e:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the loop was stopped within its CPU budget: {:?}",
        started.elapsed()
    );
    let e = plugin.validate("grow").await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("plugin_fault", "MEMORY_LIMIT"),
        "{e:?}"
    );
    let e = plugin.validate("trap").await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("plugin_fault", "TRAP"),
        "{e:?}"
    );
    assert!(
        !e.message.contains("backtrace") && !e.message.contains(".rs"),
        "{}",
        e.message
    );
    assert!(
        plugin.validate("fine").await.unwrap().valid,
        "the next step runs normally"
    );
}

/// A loopback listener whose accept queue is full: the kernel drops further SYNs, so a
/// new connection to it hangs until the client gives up. Returns it, the connections
/// that fill it (kept open) and its URL.
fn listener_that_never_accepts() -> (tokio::net::TcpListener, Vec<std::net::TcpStream>, String) {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.bind("127.0.0.1:0".parse().unwrap()).expect("bind");
    let listener = socket.listen(1).expect("listen");
    let address = listener.local_addr().expect("address");
    let mut held = Vec::new();
    while let Ok(stream) =
        std::net::TcpStream::connect_timeout(&address, Duration::from_millis(200))
    {
        held.push(stream);
        assert!(held.len() < 64, "the accept queue never filled");
    }
    (listener, held, format!("http://{address}"))
}

#[tokio::test]
async fn the_components_connect_timeout_bounds_a_new_pooled_connection() {
    let (_listener, _held, url) = listener_that_never_accepts();
    let mut policy = Policy::default();
    policy
        .allow
        .push(step_host::policy::Origin::parse(&url).unwrap());
    policy.connect_timeout = Duration::from_secs(30);
    let plugin = load(policy, sim_credentials());
    let config = StepConfig {
        base_url: Some(url),
        connect_timeout_ms: Some(300),
        ..StepConfig::default()
    };
    let started = Instant::now();
    let e = plugin
        .execute(&input("usr_connect_timeout"), &config)
        .await
        .expect_err("nothing accepts the connection");
    let took = started.elapsed();
    assert_eq!((e.kind.as_str(), e.retryable), ("timeout", true), "{e:?}");
    assert!(
        took >= Duration::from_millis(250) && took < Duration::from_secs(5),
        "the component's 300 ms, not the host's 30 s, bounded the connect: {took:?}"
    );
}
