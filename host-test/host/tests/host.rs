//! The host library end to end: the real release component, the real simulator.

use std::time::{Duration, Instant};

use plaid_sim::{SimConfig, SPECIAL_USERS};
use serde_json::{json, Value};
use step_host::{CredentialSource, Policy, RetryPolicy, StepConfig};
use step_test_support::*;

fn input(user: &str) -> String {
    json!({ "user_id": user }).to_string()
}

#[tokio::test]
async fn good_input_gets_a_full_report_from_the_simulator() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let out = plugin
        .execute(&input("usr_good_1"), &config_for(&sim))
        .await
        .unwrap();
    assert!(out["request_id"].as_str().unwrap().starts_with("sim"));
    assert!(out["summary"]["cash_score"].as_i64().unwrap() >= 300);
    assert_eq!(out["summary"]["prism_status"], json!("SUCCESS"));
    let seen = sim.seen();
    assert_eq!(seen.len(), 1);
    assert!(
        seen[0].credential_headers && seen[0].credentials_valid && !seen[0].credentials_in_body
    );
    assert_eq!(seen[0].plaid_version.as_deref(), Some("2020-09-14"));
    assert!(seen[0]
        .user_agent
        .as_deref()
        .unwrap()
        .starts_with("plaid-partner-insights-step/"));
    assert_eq!(
        seen[0].host.as_deref(),
        Some(sim.addr().to_string().as_str())
    );
}

#[tokio::test]
async fn requested_prism_versions_and_fico_are_reflected() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/inputs/fico.json"
    ))
    .unwrap();
    let out = plugin.execute(&text, &config_for(&sim)).await.unwrap();
    let prism = &out["report"]["prism"];
    assert_eq!(prism["cash_score"]["model_version"], json!("4"));
    assert_eq!(prism["extend"]["model_version"], json!("4.1"));
    assert!(out["summary"]["extend_score"].is_i64());
    assert_eq!(
        out["report"]["fico"]["lender_application_id"],
        json!("app_2025_0042")
    );
    let scores = out["summary"]["ultrafico_scores"].as_array().unwrap();
    assert_eq!(scores.len(), 2);
    assert_eq!(scores[0]["request_correlation_id"], json!("corr-experian"));
    assert_eq!(scores[0]["score"], json!(692));
}

#[tokio::test]
async fn deprecated_options_still_work() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/inputs/deprecated-options.json"
    ))
    .unwrap();
    let validation = plugin.validate(&text).await.unwrap();
    assert!(validation.valid);
    let codes: Vec<(&str, &str)> = validation
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), w.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("/options", "request_time_config_deprecated"),
            ("/options/prism_versions", "deprecated")
        ]
    );
    let out = plugin.execute(&text, &config_for(&sim)).await.unwrap();
    assert_eq!(
        out["report"]["prism"]["cash_score"]["model_version"],
        json!("4")
    );
}

#[tokio::test]
async fn every_special_user_gives_its_structured_error() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let expected: &[(&str, &str, &str, bool)] = &[
        ("usr_not_ready", "not_ready", "PRODUCT_NOT_READY", true),
        ("usr_expired", "expired", "CONSUMER_REPORT_EXPIRED", false),
        (
            "usr_insufficient_data",
            "report_unavailable",
            "INSUFFICIENT_TRANSACTION_DATA",
            false,
        ),
        (
            "usr_data_unavailable",
            "report_unavailable",
            "DATA_UNAVAILABLE",
            false,
        ),
        (
            "usr_no_accounts",
            "report_unavailable",
            "NO_ACCOUNTS",
            false,
        ),
        ("usr_not_found", "not_found", "USER_NOT_FOUND", false),
        (
            "usr_server_error",
            "api_error",
            "INTERNAL_SERVER_ERROR",
            true,
        ),
        ("usr_maintenance", "api_error", "PLANNED_MAINTENANCE", true),
        ("usr_html_502", "api_error", "RESPONSE_INVALID", true),
        (
            "usr_truncated",
            "response_invalid",
            "RESPONSE_INVALID",
            false,
        ),
        (
            "usr_oversized",
            "response_too_large",
            "RESPONSE_TOO_LARGE",
            false,
        ),
    ];
    for (user, kind, code, retryable) in expected {
        let e = plugin
            .execute(&input(user), &config_for(&sim))
            .await
            .unwrap_err();
        assert_eq!(
            (e.kind.as_str(), e.code.as_str(), e.retryable),
            (*kind, *code, *retryable),
            "{user}: {e:?}"
        );
        if e.code != "RESPONSE_TOO_LARGE" {
            assert!(e.http_status.is_some(), "{user}");
        }
        assert!(e.suggested_action.is_some(), "{user}");
    }
    let documented: Vec<&str> = SPECIAL_USERS.iter().map(|(u, _)| *u).collect();
    for (user, ..) in expected {
        assert!(documented.contains(user), "{user} is not documented");
    }
}

#[tokio::test]
async fn plaid_side_request_checks_are_enforced_by_the_simulator() {
    let sim = sim().await;
    let no_credentials = load(policy_for(&sim), CredentialSource::none());
    let e = no_credentials
        .execute(&input("usr_x"), &config_for(&sim))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("invalid_request", "MISSING_FIELDS")
    );
    let wrong = load(
        policy_for(&sim),
        CredentialSource::none()
            .with("PLAID_CLIENT_ID", "nope-nope-nope")
            .with("PLAID_SECRET", "nope-nope-nope"),
    );
    let e = wrong
        .execute(&input("usr_x"), &config_for(&sim))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("auth", "INVALID_API_KEYS")
    );
    let inline = json!({ "user_id": "usr_x", "client_id": plaid_sim::TEST_CLIENT_ID, "secret": plaid_sim::TEST_SECRET }).to_string();
    no_credentials
        .execute(&inline, &config_for(&sim))
        .await
        .expect("inline credentials work");
    let last = sim.seen().pop().unwrap();
    assert!(
        last.credential_headers && !last.credentials_in_body,
        "inline credentials travel as headers only"
    );
}

#[tokio::test]
async fn rate_limit_answers_429_like_plaid() {
    let sim = sim_with(SimConfig {
        rate_limit_per_minute: 3,
        ..SimConfig::default()
    })
    .await;
    let plugin = load(policy_for(&sim), sim_credentials());
    for _ in 0..3 {
        plugin
            .execute(&input("usr_r"), &config_for(&sim))
            .await
            .unwrap();
    }
    let e = plugin
        .execute(&input("usr_r"), &config_for(&sim))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.http_status, e.retryable),
        ("rate_limited", Some(429), true)
    );
    assert_eq!(e.error_type.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
}

#[tokio::test]
async fn a_base_url_the_host_has_not_allowed_is_denied_without_connecting() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let plugin = load(Policy::default(), sim_credentials());
    let config = StepConfig {
        base_url: Some(url),
        ..StepConfig::default()
    };
    let e = plugin.execute(&input("usr_x"), &config).await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str(), e.retryable),
        ("denied", "DENIED", false)
    );
    assert!(
        matches!(listener.accept(), Err(ref err) if err.kind() == std::io::ErrorKind::WouldBlock),
        "no connection was made"
    );
    let http_plaid = StepConfig {
        base_url: Some("http://sandbox.plaid.com".into()),
        ..StepConfig::default()
    };
    let e = plugin
        .execute(&input("usr_x"), &http_plaid)
        .await
        .unwrap_err();
    assert_eq!(
        e.kind, "denied",
        "plain http to a Plaid host is not allowed"
    );
}

#[tokio::test]
async fn a_slow_server_hits_the_first_byte_timeout_on_time() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let config = StepConfig {
        first_byte_timeout_ms: Some(1000),
        ..config_for(&sim)
    };
    let started = Instant::now();
    let e = plugin
        .execute(&input("usr_slow"), &config)
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!((e.kind.as_str(), e.retryable), ("timeout", true), "{e:?}");
    assert!(
        took >= Duration::from_millis(1000) && took <= Duration::from_millis(1100),
        "took {took:?}"
    );
}

#[tokio::test]
async fn the_step_deadline_bounds_the_whole_call() {
    let sim = sim().await;
    let mut policy = policy_for(&sim);
    policy.step_deadline = Duration::from_millis(1500);
    let plugin = load(policy, sim_credentials());
    let started = Instant::now();
    let e = plugin
        .execute(&input("usr_slow"), &config_for(&sim))
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("timeout", "STEP_DEADLINE_EXCEEDED")
    );
    assert!(took <= Duration::from_millis(1650), "took {took:?}");
    plugin
        .execute(&input("usr_after"), &config_for(&sim))
        .await
        .expect("the next step works");
}

#[tokio::test]
async fn host_timeouts_clamp_the_components_wishes() {
    let sim = sim().await;
    let mut policy = policy_for(&sim);
    policy.first_byte_timeout = Duration::from_millis(800);
    let plugin = load(policy, sim_credentials());
    let config = StepConfig {
        first_byte_timeout_ms: Some(60_000),
        ..config_for(&sim)
    };
    let started = Instant::now();
    let e = plugin
        .execute(&input("usr_slow"), &config)
        .await
        .unwrap_err();
    assert_eq!(e.kind, "timeout");
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_oversized_body_fails_cleanly_at_the_cap() {
    let sim = sim().await;
    let mut policy = policy_for(&sim);
    policy.max_response_body = 1024;
    let plugin = load(policy, sim_credentials());
    let e = plugin
        .execute(&input("usr_ok"), &config_for(&sim))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.retryable),
        ("response_too_large", false)
    );
}

#[tokio::test]
async fn a_component_that_hits_the_memory_limit_is_a_plugin_fault_and_the_next_step_works() {
    let policy = Policy {
        max_memory: 8 * 1024 * 1024,
        ..Policy::default()
    };
    let plugin = load(policy, CredentialSource::none());
    let big = json!({ "user_id": "usr_1", "user_token": "x".repeat(20 * 1024 * 1024) }).to_string();
    let e = plugin.validate(&big).await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str(), e.retryable),
        ("plugin_fault", "MEMORY_LIMIT", false),
        "{e:?}"
    );
    assert!(
        !e.message.contains("backtrace") && !e.message.contains(".rs:"),
        "{}",
        e.message
    );
    let ok = plugin.validate(&input("usr_small")).await.unwrap();
    assert!(ok.valid);
}

#[tokio::test]
async fn a_component_that_uses_up_its_cpu_budget_is_a_plugin_fault() {
    let policy = Policy {
        cpu_budget_ticks: 3,
        epoch_tick: Duration::from_millis(5),
        ..Policy::default()
    };
    let plugin = load(policy, CredentialSource::none());
    let request = json!({
        "ultrafico_score_version": "1.0",
        "base_fico_score": { "bureau": "EXPERIAN", "score": 700, "base_fico_score_version": "10T" }
    });
    let requests: Vec<Value> = (0..30_000).map(|_| request.clone()).collect();
    let heavy = json!({ "user_id": "usr_1", "partner_insights": { "fico": {
        "fico_lender_id": "l", "lender_application_id": "a", "ultrafico_score_requests": requests
    } } })
    .to_string();
    let e = plugin.validate(&heavy).await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str()),
        ("plugin_fault", "CPU_BUDGET_EXHAUSTED"),
        "{e:?}"
    );
    // The next step runs normally; wall-clock ticks on a loaded 2-core machine can eat a
    // small budget, so allow it a few tries.
    let mut served = false;
    for _ in 0..3 {
        if let Ok(v) = plugin.validate(&input("usr_small")).await {
            served = v.valid;
            break;
        }
    }
    assert!(served, "the host serves the next step");
}

#[tokio::test]
async fn retries_stop_at_the_limit_and_skip_permanent_errors() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    let retry = RetryPolicy {
        retries: 2,
        base_delay: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    let attempted = plugin
        .execute_with_retries(&input("usr_server_error"), &config_for(&sim), &retry)
        .await;
    assert_eq!(attempted.attempts, 3);
    assert_eq!(attempted.result.unwrap_err().code, "INTERNAL_SERVER_ERROR");
    let attempted = plugin
        .execute_with_retries(&input("usr_expired"), &config_for(&sim), &retry)
        .await;
    assert_eq!(attempted.attempts, 1, "permanent errors are never retried");
    let attempted = plugin
        .execute_with_retries(&input("usr_fine"), &config_for(&sim), &retry)
        .await;
    assert_eq!(attempted.attempts, 1);
    assert!(attempted.result.is_ok());
}

#[tokio::test]
async fn describe_prepare_and_parse_through_the_component() {
    let plugin = load(Policy::default(), CredentialSource::none());
    let d = plugin.describe().await.unwrap();
    assert_eq!(d.endpoint, "POST /cra/check_report/partner_insights/get");
    assert_eq!(plugin.interface(), "plaid:partner-insights/step@0.3.0");
    let secretful = json!({ "user_id": "usr_1", "client_id": "inline-client-7f3a", "secret": "inline-secret-9c2b" }).to_string();
    let prepared = plugin
        .prepare(&secretful, &StepConfig::default())
        .await
        .unwrap();
    assert_eq!(
        prepared.url,
        "https://sandbox.plaid.com/cra/check_report/partner_insights/get"
    );
    let text = serde_json::to_string(&prepared).unwrap();
    assert!(
        !text.contains("inline-client-7f3a") && !text.contains("inline-secret-9c2b"),
        "{text}"
    );
    assert_eq!(prepared.headers["plaid-secret"], json!("********"));
    let body = include_bytes!("../../../examples/plaid/response-200.spec-example-1.json");
    let out = plugin.parse(200, &[], body).await.unwrap();
    assert_eq!(out["summary"]["cash_score"], json!(900));
    let e = plugin
        .parse(
            503,
            &[],
            include_bytes!("../../../examples/plaid/errors/503.PLANNED_MAINTENANCE.docs.json"),
        )
        .await
        .unwrap_err();
    assert_eq!((e.kind.as_str(), e.retryable), ("api_error", true));
}

#[tokio::test]
async fn steps_run_concurrently_on_one_plugin() {
    let sim = sim().await;
    let plugin = std::sync::Arc::new(load(policy_for(&sim), sim_credentials()));
    let config = config_for(&sim);
    let tasks: Vec<_> = (0..16)
        .map(|i| {
            let plugin = plugin.clone();
            let config = config.clone();
            tokio::spawn(async move { plugin.execute(&input(&format!("usr_c{i}")), &config).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().expect("each concurrent step succeeds");
    }
    assert_eq!(sim.seen().len(), 16);
}

#[test]
fn every_release_component_stays_under_300_kib() {
    for stem in [
        "plaid_partner_insights",
        "plaid_check_report_create",
        "plaid_webhook_verify",
    ] {
        let size = std::fs::metadata(component_path(stem)).unwrap().len();
        assert!(size <= 300 * 1024, "{stem}.wasm is {size} bytes");
    }
}

#[test]
fn the_compile_cache_hits_after_the_first_load_and_rebuilds_a_corrupt_artifact() {
    use step_host::cache::CacheOutcome;
    use step_host::LoadOptions;
    let dir = tempfile::tempdir().unwrap();
    let options = LoadOptions {
        cache_dir: Some(dir.path().to_owned()),
        ..LoadOptions::default()
    };
    let load = || {
        step_host::Plugin::load_with(
            &plugin_path(),
            Policy::default(),
            CredentialSource::none(),
            &options,
        )
        .unwrap()
    };
    assert_eq!(load().cache_outcome(), CacheOutcome::Miss);
    assert_eq!(load().cache_outcome(), CacheOutcome::Hit);
    let artifact = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "cwasm"))
        .expect("an artifact was written");
    let mut bytes = std::fs::read(&artifact).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&artifact, &bytes).unwrap();
    let rebuilt = load();
    assert_eq!(
        rebuilt.cache_outcome(),
        CacheOutcome::Miss,
        "a corrupt artifact is never loaded"
    );
    assert_eq!(load().cache_outcome(), CacheOutcome::Hit);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    assert!(
        runtime
            .block_on(rebuilt.validate(&input("usr_1")))
            .unwrap()
            .valid
    );
}

#[tokio::test]
async fn more_steps_than_pool_slots_wait_instead_of_failing() {
    let sim = sim().await;
    let options = step_host::LoadOptions {
        max_concurrency: 2,
        ..step_host::LoadOptions::default()
    };
    let plugin = std::sync::Arc::new(
        step_host::Plugin::load_with(
            &plugin_path(),
            policy_for(&sim),
            sim_credentials(),
            &options,
        )
        .unwrap(),
    );
    let config = config_for(&sim);
    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let (plugin, config) = (plugin.clone(), config.clone());
            tokio::spawn(async move { plugin.execute(&input(&format!("usr_p{i}")), &config).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().expect("every step completes");
    }
}

#[tokio::test]
async fn sequential_steps_reuse_one_keep_alive_connection() {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    for i in 0..5 {
        plugin
            .execute(&input(&format!("usr_k{i}")), &config_for(&sim))
            .await
            .unwrap();
    }
    let peers: std::collections::HashSet<_> = sim.seen().iter().map(|s| s.peer).collect();
    assert_eq!(
        peers.len(),
        1,
        "one pooled connection served every step: {peers:?}"
    );
}

#[tokio::test]
async fn an_allowed_name_resolving_to_an_internal_address_is_refused_unless_explicit() {
    let sim = sim().await;
    let port = sim.addr().port();
    let mut policy = Policy::default();
    // As the built-in Plaid origins are: allowed, but not for internal addresses.
    policy.allow.push(step_host::policy::Origin {
        scheme: Some("http".into()),
        host: "localhost".into(),
        port: Some(port),
        private_ok: false,
    });
    let plugin = load(policy, sim_credentials());
    let config = StepConfig {
        base_url: Some(format!("http://localhost:{port}")),
        ..StepConfig::default()
    };
    let e = plugin
        .execute(&input("usr_rebind"), &config)
        .await
        .unwrap_err();
    assert_eq!((e.kind.as_str(), e.retryable), ("denied", false), "{e:?}");
    assert!(
        sim.seen().is_empty(),
        "no request reached the internal address"
    );
    let userinfo = StepConfig {
        base_url: Some(format!("http://user:pw@127.0.0.1:{port}")),
        ..StepConfig::default()
    };
    let e = load(policy_for(&sim), sim_credentials())
        .execute(&input("usr_x"), &userinfo)
        .await
        .unwrap_err();
    assert!(
        matches!(e.kind.as_str(), "denied" | "invalid_config"),
        "{e:?}"
    );
}

/// The cache's files, by file name.
fn cache_files(dir: &std::path::Path) -> std::collections::BTreeSet<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

fn load_cached(path: &std::path::Path, dir: &std::path::Path) -> step_host::Plugin {
    let options = step_host::LoadOptions {
        cache_dir: Some(dir.to_owned()),
        ..step_host::LoadOptions::default()
    };
    step_host::Plugin::load_with(path, Policy::default(), CredentialSource::none(), &options)
        .unwrap()
}

/// F2: another component's artifact and sidecar copied over this component's cache entry
/// are never loaded: the original `.wasm` is recompiled and runs its own code.
#[test]
fn the_compile_cache_rejects_an_artifact_swapped_in_from_another_component() {
    use step_host::cache::CacheOutcome;
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        load_cached(&plugin_path(), dir.path()).cache_outcome(),
        CacheOutcome::Miss
    );
    let ours = cache_files(dir.path());
    assert_eq!(
        load_cached(&misbehaving_path(), dir.path()).cache_outcome(),
        CacheOutcome::Miss
    );
    let theirs: Vec<_> = cache_files(dir.path()).difference(&ours).cloned().collect();
    assert_eq!(theirs.len(), ours.len(), "{ours:?} / {theirs:?}");
    for target in &ours {
        let source = theirs
            .iter()
            .find(|p| p.extension() == target.extension())
            .expect("the same kinds of files for both components");
        std::fs::copy(source, target).unwrap();
    }
    let swapped = load_cached(&plugin_path(), dir.path());
    assert_eq!(
        swapped.cache_outcome(),
        CacheOutcome::Miss,
        "the substituted artifact was rejected and the component recompiled"
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let descriptor = runtime.block_on(swapped.describe()).unwrap();
    assert_eq!(
        descriptor.name, "plaid.cra.check_report.partner_insights.get",
        "the original component runs its own code"
    );
    assert_eq!(
        load_cached(&plugin_path(), dir.path()).cache_outcome(),
        CacheOutcome::Hit,
        "the rebuilt entry is trusted again"
    );
}

/// F2: symlinks planted in the cache (at the final names and at the temporary names an
/// older version used) are never followed, neither to read nor to write.
#[cfg(unix)]
#[test]
fn the_compile_cache_never_follows_a_planted_symlink() {
    use step_host::cache::CacheOutcome;
    let dir = tempfile::tempdir().unwrap();
    load_cached(&plugin_path(), dir.path());
    let entries = cache_files(dir.path());
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("precious");
    std::fs::write(&victim, "precious").unwrap();
    let pid = std::process::id();
    for entry in &entries {
        std::fs::remove_file(entry).unwrap();
        std::os::unix::fs::symlink(&victim, entry).unwrap();
        let ext = entry.extension().unwrap().to_str().unwrap();
        for tmp in [format!("tmp{pid}"), format!("{ext}.tmp{pid}")] {
            // The two entries share the first name; one symlink there is enough.
            let _ = std::os::unix::fs::symlink(&victim, entry.with_extension(tmp));
        }
    }
    let plugin = load_cached(&plugin_path(), dir.path());
    assert_eq!(plugin.cache_outcome(), CacheOutcome::Miss);
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "precious",
        "nothing was written through a symlink"
    );
    for entry in &entries {
        let meta = std::fs::symlink_metadata(entry).unwrap();
        assert!(
            meta.is_file(),
            "{} is a regular file again",
            entry.display()
        );
    }
    assert_eq!(
        load_cached(&plugin_path(), dir.path()).cache_outcome(),
        CacheOutcome::Hit
    );
}

/// F2: a cache directory others can write to, or that another user owns, is not used;
/// a new one is created private to the user.
#[cfg(unix)]
#[test]
fn the_compile_cache_refuses_a_directory_others_can_write_or_own() {
    use std::os::unix::fs::PermissionsExt as _;
    use step_host::cache::CacheOutcome;
    let parent = tempfile::tempdir().unwrap();
    let cache = parent.path().join("cache");
    std::fs::create_dir(&cache).unwrap();
    for mode in [0o777, 0o775, 0o1777] {
        std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(mode)).unwrap();
        let plugin = load_cached(&plugin_path(), &cache);
        assert_eq!(
            plugin.cache_outcome(),
            CacheOutcome::Disabled,
            "mode {mode:o} is refused"
        );
        assert!(
            cache_files(&cache).is_empty(),
            "nothing written with mode {mode:o}"
        );
    }
    std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o700)).unwrap();
    // Only root can give a directory away; elsewhere this part is not possible.
    if std::os::unix::fs::chown(&cache, Some(65534), Some(65534)).is_ok() {
        let plugin = load_cached(&plugin_path(), &cache);
        assert_eq!(
            plugin.cache_outcome(),
            CacheOutcome::Disabled,
            "another user's directory is refused"
        );
        assert!(cache_files(&cache).is_empty());
    }
    let fresh = parent.path().join("new").join("cache");
    assert_eq!(
        load_cached(&plugin_path(), &fresh).cache_outcome(),
        CacheOutcome::Miss
    );
    let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "a new cache directory is private: {mode:o}");
}

/// F3: a server that echoes the request headers into an error page cannot make the
/// component's 512-byte excerpt cut a credential so that its first part is shown: the
/// cut falls at several places inside each credential, through the real `.wasm`.
#[tokio::test]
async fn a_credential_echoed_into_an_error_page_is_masked_wherever_the_excerpt_cut_falls() {
    use plaid_sim::{ECHO_PAGE_HEAD, ECHO_USER_PREFIX};
    const CLIENT: &str = "Qm4Tz8Lw2Xr6Vb1Nc9Hk3Jp7Fs5Dg0Ye";
    const SECRET: &str = "Ur3Ki9Oa5Pl1Zs7Xd2Cf8Vg4Bh6Nj0Mq";
    let sim = sim_with(SimConfig {
        client_id: CLIENT.into(),
        secret: SECRET.into(),
        ..SimConfig::default()
    })
    .await;
    let credentials = CredentialSource::none()
        .with("PLAID_CLIENT_ID", CLIENT)
        .with("PLAID_SECRET", SECRET);
    let plugin = load(policy_for(&sim), credentials);
    let secret_at = ECHO_PAGE_HEAD.len() + "\nplaid-secret: ".len();
    let client_at = secret_at + SECRET.len() + "\nplaid-client-id: ".len();
    let mut pads = Vec::new();
    for cut in [1, 4, 6, 13, 20, SECRET.len() - 1] {
        pads.push(512 - cut - secret_at);
    }
    for cut in [2, 7, 18, CLIENT.len() - 1] {
        pads.push(512 - cut - client_at);
    }
    for pad in pads {
        let e = plugin
            .execute(
                &input(&format!("{ECHO_USER_PREFIX}{pad}")),
                &config_for(&sim),
            )
            .await
            .unwrap_err();
        assert_eq!(e.http_status, Some(502), "{e:?}");
        let excerpt = e.detail.as_ref().unwrap()["body_excerpt"].as_str().unwrap();
        assert_eq!(excerpt.len(), 512, "the excerpt is cut where planned");
        assert!(excerpt.contains("plaid-secret: "), "{excerpt}");
        let text = serde_json::to_string(&e).unwrap();
        for credential in [CLIENT, SECRET] {
            for start in 0..=credential.len() - 6 {
                let piece = &credential[start..start + 6];
                assert!(
                    !text.contains(piece),
                    "padding {pad}: {piece:?} of a credential is visible: {text}"
                );
            }
        }
    }
}
