//! Every route of the service through the real component and the real simulator,
//! called in-process: status, headers and body of each answer, the status mapping of
//! step errors, the service's own errors, and that no credential ever comes back.

mod support;

use std::time::Duration;

use axum::body::Body;
use axum::http::Method;
use plaid_sim::{TEST_CLIENT_ID, TEST_SECRET};
use serde_json::json;
use step_service::ServiceOptions;
use support::*;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");
const TOKEN: &str = "test-token-0123456789abcdef";

fn input(user: &str) -> String {
    json!({ "user_id": user, "partner_insights": { "prism_versions": { "cashscore": "4" } } })
        .to_string()
}

async fn ready_harness(config: HarnessConfig) -> Harness {
    let harness = Harness::new(config).await;
    harness.scan().await;
    harness
}

/// No response body or header carries a credential.
#[track_caller]
fn assert_no_secret(reply: &Reply, extra: &[&str]) {
    let headers = format!("{:?}", reply.headers);
    for secret in [TEST_SECRET, TEST_CLIENT_ID].iter().chain(extra) {
        assert!(
            !reply.text.contains(secret),
            "a credential leaked: {}",
            reply.text
        );
        assert!(!headers.contains(secret), "a credential leaked: {headers}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probes_answer_and_readiness_follows_the_first_scan_and_draining() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let health = harness.get("/healthz").await;
    assert_eq!(health.status, 200);
    assert_eq!(health.json(), json!({ "status": "ok" }));
    assert_eq!(health.header("content-type"), Some("application/json"));

    let starting = harness.get("/readyz").await;
    assert_eq!(starting.status, 503);
    assert_eq!(starting.json(), json!({ "status": "starting" }));

    harness.scan().await;
    let ready = harness.get("/readyz").await;
    assert_eq!(ready.status, 200);
    assert_eq!(ready.json(), json!({ "status": "ready", "steps": 1 }));

    harness.state.start_draining();
    let draining = harness.get("/readyz").await;
    assert_eq!(draining.status, 503);
    assert_eq!(draining.json(), json!({ "status": "draining" }));
    assert_eq!(harness.get("/healthz").await.status, 200);
    let refused = harness
        .post(&format!("/v1/steps/{STEP}/execute"), GOOD)
        .await;
    refused.assert_service_error(503, "DRAINING");
    assert_eq!(refused.json()["error"]["retryable"], true);
    assert_eq!(refused.header("retry-after"), Some("1"));
    assert_eq!(refused.header("connection"), Some("close"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_callers_request_id_or_a_generated_one() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let generated = harness.get("/v1/steps").await;
    let id = generated.header("x-request-id").expect("a generated id");
    assert_eq!(id.len(), 36, "a UUID: {id}");
    let again = harness.get("/v1/steps").await;
    assert_ne!(again.header("x-request-id"), Some(id));

    for (method, path) in [
        (Method::GET, "/healthz".to_owned()),
        (Method::GET, "/nowhere".to_owned()),
        (Method::POST, format!("/v1/steps/{STEP}/execute")),
        (Method::POST, format!("/v1/steps/{STEP}/validate")),
    ] {
        let reply = harness
            .call(request(
                method,
                &path,
                Body::from(GOOD),
                &[("x-request-id", "caller-id-42")],
            ))
            .await;
        assert_eq!(reply.header("x-request-id"), Some("caller-id-42"), "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_and_the_descriptor_describe_each_step() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let list = harness.get("/v1/steps").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.header("content-type"), Some("application/json"));
    assert_eq!(
        list.json(),
        json!({ "steps": [{
            "id": STEP,
            "status": "ready",
            "name": "plaid.cra.check_report.partner_insights.get",
            "title": "Plaid Check: Partner Insights",
            "version": "0.3.0",
            "endpoint": "POST /cra/check_report/partner_insights/get",
            "interface": "plaid:partner-insights/step@0.3.0",
        }]})
    );

    let descriptor = harness.get(&format!("/v1/steps/{STEP}")).await;
    assert_eq!(descriptor.status, 200);
    assert_eq!(descriptor.header("content-type"), Some("application/json"));
    // Exactly what `host-test describe` prints: the same function renders both.
    let plugin = step_test_support::load(step_host::Policy::default(), Default::default());
    let expected = step_host::outcome::descriptor_json(&plugin.describe().await.unwrap());
    assert_eq!(descriptor.json(), expected);
    assert_eq!(descriptor.json()["defaults"]["retryDelaySeconds"], 5);

    harness
        .get("/v1/steps/no_such_step")
        .await
        .assert_service_error(404, "STEP_NOT_FOUND");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validate_answers_200_or_422_with_every_problem() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let path = format!("/v1/steps/{STEP}/validate");
    let valid = harness.post(&path, GOOD).await;
    assert_eq!(valid.status, 200, "{}", valid.text);
    assert_eq!(valid.header("content-type"), Some("application/json"));
    let body = valid.json();
    assert_eq!(body["valid"], true);
    assert_eq!(body["input"]["user_id"], "usr_9nSp2KuZ2x4JDw");
    // Only the remark that request-time configuration is deprecated (OAS 1.700.0).
    let warnings = body["warnings"].as_array().unwrap();
    assert!(
        !warnings.is_empty()
            && warnings
                .iter()
                .all(|w| w["code"] == "request_time_config_deprecated"),
        "{warnings:?}"
    );

    let invalid = harness
        .post(&path, include_str!("../../../examples/inputs/invalid.json"))
        .await;
    assert_eq!(invalid.status, 422, "{}", invalid.text);
    assert_eq!(invalid.header("retry-after"), None);
    let body = invalid.json();
    assert_eq!(body["valid"], false);
    let errors = body["errors"].as_array().unwrap();
    assert!(errors.len() >= 2, "every problem at once: {body}");
    for error in errors {
        assert!(
            error["path"].is_string() && error["code"].is_string() && error["message"].is_string()
        );
    }
    assert!(body["warnings"].is_array());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepare_shows_the_request_with_credentials_masked() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let path = format!("/v1/steps/{STEP}/prepare");
    let with_inline = json!({
        "user_id": "usr_9nSp2KuZ2x4JDw",
        "client_id": "inline-client-id-7777",
        "secret": "inline-secret-value-8888",
        "partner_insights": { "prism_versions": { "cashscore": "4" } },
    })
    .to_string();
    let prepared = harness.post(&path, &with_inline).await;
    assert_eq!(prepared.status, 200, "{}", prepared.text);
    let body = prepared.json();
    assert_eq!(body["method"], "POST");
    assert_eq!(
        body["url"],
        format!(
            "{}/cra/check_report/partner_insights/get",
            harness.sim.url()
        )
    );
    assert_eq!(body["headers"]["plaid-version"], "2020-09-14");
    assert_eq!(body["body"]["user_id"], "usr_9nSp2KuZ2x4JDw");
    assert_no_secret(
        &prepared,
        &["inline-client-id-7777", "inline-secret-value-8888"],
    );

    let invalid = harness.post(&path, r#"{"user_id": 5}"#).await;
    assert_eq!(invalid.status, 422, "{}", invalid.text);
    let body = invalid.json();
    assert_eq!(body["ok"], false);
    assert_eq!(body["error"]["kind"], "invalid_input");
    assert_eq!(body["error"]["retryable"], false);
    assert!(!body["error"]["field_errors"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn execute_runs_the_step_against_the_simulator() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let reply = harness
        .post(&format!("/v1/steps/{STEP}/execute"), GOOD)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("retry-after"), None);
    let body = reply.json();
    assert_eq!(body["ok"], true);
    assert_eq!(body["attempts"], 1);
    assert!(body["outputs"]["report"]["report_id"].is_string(), "{body}");
    assert!(
        body["outputs"]["summary"]["cash_score"].is_number(),
        "{body}"
    );
    assert_no_secret(&reply, &[]);
    let seen = harness.sim.seen();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].credential_headers && seen[0].credentials_valid);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn step_errors_map_to_the_documented_statuses_with_retry_after() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let path = format!("/v1/steps/{STEP}/execute");
    // (user, status, kind, Retry-After)
    let cases = [
        ("usr_not_ready", 503, "not_ready", Some("5")),
        ("usr_fault_429", 429, "rate_limited", Some("5")),
        ("usr_fault_429_retry_after", 429, "rate_limited", Some("1")),
        ("usr_server_error", 503, "api_error", Some("5")),
        ("usr_expired", 422, "expired", None),
        ("usr_not_found", 422, "not_found", None),
        ("usr_insufficient_data", 422, "report_unavailable", None),
        ("usr_truncated", 502, "response_invalid", None),
        ("usr_fault_redirect", 502, "response_invalid", None),
    ];
    for (user, status, kind, retry_after) in cases {
        let reply = harness.post(&path, &input(user)).await;
        assert_eq!(reply.status.as_u16(), status, "{user}: {}", reply.text);
        assert_eq!(reply.header("retry-after"), retry_after, "{user}");
        assert_eq!(reply.header("content-type"), Some("application/json"));
        let body = reply.json();
        assert_eq!(body["ok"], false, "{user}");
        assert_eq!(body["error"]["kind"], kind, "{user}: {body}");
        assert_eq!(body["error"]["retryable"], retry_after.is_some(), "{user}");
        for field in ["code", "message", "suggested_action"] {
            assert!(
                body["error"][field].is_string(),
                "{user}: {field} in {body}"
            );
        }
        assert_no_secret(&reply, &[]);
    }
    // Plaid's request id and status come through.
    let body = harness.post(&path, &input("usr_expired")).await.json();
    assert_eq!(body["error"]["http_status"], 400);
    assert!(body["error"]["request_id"]
        .as_str()
        .unwrap()
        .starts_with("sim"));
    assert_eq!(body["error"]["code"], "CONSUMER_REPORT_EXPIRED");

    let invalid = harness.post(&path, r#"{"user_id":5}"#).await;
    assert_eq!(invalid.status, 422, "{}", invalid.text);
    assert_eq!(invalid.json()["error"]["kind"], "invalid_input");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steps_secrets_file_wins_and_its_values_never_come_back() {
    let harness = ready_harness(HarnessConfig {
        steps: vec![STEP, "wrong_keys"],
        ..HarnessConfig::default()
    })
    .await;
    // `wrong_keys` was loaded with the simulator's keys; its secrets file appearing is a
    // change that reloads it.
    std::fs::write(
        harness.secrets.path().join("wrong_keys.json"),
        r#"{"PLAID_CLIENT_ID":"file-client-id-1234","PLAID_SECRET":"file-secret-value-5678"}"#,
    )
    .unwrap();
    let report = harness.state.registry().scan().await;
    assert_eq!(report.loaded, ["wrong_keys"]);

    let reply = harness.post("/v1/steps/wrong_keys/execute", GOOD).await;
    assert_eq!(reply.status, 502, "{}", reply.text);
    let body = reply.json();
    assert_eq!(body["error"]["kind"], "auth");
    assert_eq!(body["error"]["code"], "INVALID_API_KEYS");
    assert_no_secret(&reply, &["file-client-id-1234", "file-secret-value-5678"]);
    // The other step still has the simulator's keys.
    let ok = harness
        .post(&format!("/v1/steps/{STEP}/execute"), GOOD)
        .await;
    assert_eq!(ok.status, 200, "{}", ok.text);

    // A secrets file that does not parse marks only its step broken, without values.
    std::fs::write(
        harness.secrets.path().join("wrong_keys.json"),
        r#"{"PLAID_SECRET": "file-secret-value-5678""#,
    )
    .unwrap();
    harness.scan().await;
    let list = harness.get("/v1/steps").await;
    let steps = list.json()["steps"].clone();
    let wrong = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "wrong_keys")
        .unwrap();
    assert_eq!(wrong["status"], "broken");
    assert!(
        wrong["error"]
            .as_str()
            .unwrap()
            .contains("not a JSON object"),
        "{wrong}"
    );
    assert_eq!(wrong["serving_previous_version"], true);
    assert!(!list.text.contains("file-secret-value-5678"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_credentials_in_an_input_are_masked_in_errors() {
    let harness = ready_harness(HarnessConfig::default()).await;
    let with_inline = json!({
        "user_id": "usr_9nSp2KuZ2x4JDw",
        "client_id": "inline-client-id-7777",
        "secret": "inline-secret-value-8888",
        "partner_insights": { "prism_versions": { "cashscore": "4" } },
    })
    .to_string();
    let reply = harness
        .post(&format!("/v1/steps/{STEP}/execute"), &with_inline)
        .await;
    // The simulator does not know these keys: a permanent auth error.
    assert_eq!(reply.status, 502, "{}", reply.text);
    assert_eq!(reply.json()["error"]["kind"], "auth");
    assert_no_secret(
        &reply,
        &["inline-client-id-7777", "inline-secret-value-8888"],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_bodies_and_unknown_routes_get_the_service_envelope() {
    let harness = ready_harness(HarnessConfig {
        options: ServiceOptions {
            max_body: 1024,
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    let path = format!("/v1/steps/{STEP}/execute");
    let bad = harness.post(&path, "{not json").await;
    bad.assert_service_error(400, "INVALID_JSON");
    assert!(bad.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("line 1"));

    // Over the cap with a Content-Length (refused before reading) ...
    let big = format!(r#"{{"user_id":"{}"}}"#, "x".repeat(2000));
    let reply = harness.post(&path, &big).await;
    reply.assert_service_error(413, "BODY_TOO_LARGE");
    // ... and streamed without one.
    let chunks: Vec<Result<String, std::io::Error>> =
        (0..10).map(|_| Ok("x".repeat(200))).collect();
    let streamed = Body::from_stream(futures_util::stream::iter(chunks));
    let reply = harness
        .call(request(Method::POST, &path, streamed, &[]))
        .await;
    reply.assert_service_error(413, "BODY_TOO_LARGE");

    harness
        .get("/nowhere")
        .await
        .assert_service_error(404, "NO_ROUTE");
    harness
        .post("/v1/steps/nope/execute", GOOD)
        .await
        .assert_service_error(404, "STEP_NOT_FOUND");
    harness
        .get(&path)
        .await
        .assert_service_error(405, "METHOD_NOT_ALLOWED");
    harness
        .post("/v1/steps", "{}")
        .await
        .assert_service_error(405, "METHOD_NOT_ALLOWED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_steps_end_as_504_timeouts() {
    let harness = ready_harness(HarnessConfig {
        options: ServiceOptions {
            request_timeout: Duration::from_millis(1500),
            ..ServiceOptions::default()
        },
        policy: |policy| policy.step_deadline = Duration::from_millis(300),
        slow_delay: Duration::from_secs(30),
        ..HarnessConfig::default()
    })
    .await;
    let path = format!("/v1/steps/{STEP}/execute");
    // The host's step deadline ends a slow upstream first: the step's own error.
    let reply = harness.post(&path, &input("usr_slow")).await;
    assert_eq!(reply.status, 504, "{}", reply.text);
    assert_eq!(reply.header("retry-after"), Some("5"));
    let body = reply.json();
    assert_eq!(body["error"]["kind"], "timeout");
    assert_eq!(body["error"]["code"], "STEP_DEADLINE_EXCEEDED");

    // A request whose body never ends hits the service's own deadline.
    let (_keep_open, receiver) = tokio::sync::mpsc::channel::<Result<String, std::io::Error>>(1);
    let stalled = Body::from_stream(tokio_stream(receiver));
    let reply = harness
        .call(request(Method::POST, &path, stalled, &[]))
        .await;
    reply.assert_service_error(504, "REQUEST_TIMEOUT");
    assert_eq!(reply.json()["error"]["retryable"], true);
}

/// A stream over a channel's receiver.
fn tokio_stream<T: Send + 'static>(
    mut receiver: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_util::Stream<Item = T> + Send + 'static {
    futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_guards_everything_but_the_probes() {
    let harness = ready_harness(HarnessConfig::with_token(TOKEN)).await;
    let execute = format!("/v1/steps/{STEP}/execute");
    for (method, path) in [
        (Method::GET, "/metrics"),
        (Method::GET, "/v1/steps"),
        (Method::GET, "/v1/steps/plaid_partner_insights"),
        (Method::POST, execute.as_str()),
    ] {
        for auth in [
            None,
            Some("Bearer wrong-token-0123456789"),
            Some("Basic dGVzdA=="),
        ] {
            let headers: Vec<(&str, &str)> =
                auth.map(|a| ("authorization", a)).into_iter().collect();
            let reply = harness
                .call(request(method.clone(), path, Body::from(GOOD), &headers))
                .await;
            reply.assert_service_error(401, "UNAUTHORIZED");
            assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
        }
        let bearer = format!("Bearer {TOKEN}");
        let reply = harness
            .call(request(
                method,
                path,
                Body::from(GOOD),
                &[("authorization", &bearer)],
            ))
            .await;
        assert_eq!(reply.status, 200, "{path}: {}", reply.text);
    }
    assert_eq!(harness.get("/healthz").await.status, 200);
    assert_eq!(harness.get("/readyz").await.status, 200);
    // Unknown routes stay 404 (the token check runs only on matched routes).
    harness
        .get("/nowhere")
        .await
        .assert_service_error(404, "NO_ROUTE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_parse_and_have_the_documented_series() {
    let harness = ready_harness(HarnessConfig {
        steps: vec!["metrics_step"],
        ..HarnessConfig::default()
    })
    .await;
    let path = "/v1/steps/metrics_step/execute";
    assert_eq!(harness.post(path, GOOD).await.status, 200);
    assert_eq!(harness.post(path, GOOD).await.status, 200);
    assert_eq!(harness.post(path, &input("usr_expired")).await.status, 422);
    assert_eq!(
        harness
            .post("/v1/steps/metrics_step/validate", r#"{"user_id":1}"#)
            .await
            .status,
        422
    );
    let reply = harness.get("/metrics").await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let samples = parse_prometheus(&reply.text);
    let outcome = |action: &str, kind: &str| {
        metric(
            &samples,
            "step_service_step_outcomes_total",
            &[("step", "metrics_step"), ("action", action), ("kind", kind)],
        )
    };
    assert_eq!(outcome("execute", "ok"), 2.0);
    assert_eq!(outcome("execute", "expired"), 1.0);
    assert_eq!(outcome("validate", "invalid"), 1.0);
    let route = "/v1/steps/{id}/execute";
    assert!(
        metric(
            &samples,
            "step_service_http_requests_total",
            &[("route", route), ("status", "200")]
        ) >= 2.0
    );
    assert!(
        metric(
            &samples,
            "step_service_http_request_duration_seconds_count",
            &[("route", route)]
        ) >= 3.0
    );
    assert!(
        metric(
            &samples,
            "step_service_http_request_duration_seconds_bucket",
            &[("route", route), ("le", "+Inf")]
        ) >= 3.0
    );
    // Raw paths never become labels.
    assert!(!samples.iter().any(|s| s
        .labels
        .values()
        .any(|v| v.contains("metrics_step/execute"))));
    // The scrape itself is in flight while rendering.
    assert!(samples
        .iter()
        .any(|s| s.name == "step_service_http_requests_in_flight"));
    let stats = harness.state.registry().stats();
    assert_eq!(stats.loads, 1);
    assert_eq!(
        metric(&samples, "step_service_compile_cache_hits_total", &[])
            + metric(&samples, "step_service_compile_cache_misses_total", &[]),
        (stats.cache_hits + stats.cache_misses) as f64
    );
    assert_eq!(
        metric(&samples, "step_service_plugins", &[("status", "ready")]),
        1.0
    );
    assert_eq!(metric(&samples, "step_service_draining", &[]), 0.0);
    for name in [
        "step_service_load_shed_total",
        "step_service_plugin_loads_total",
        "step_service_plugin_load_failures_total",
    ] {
        let declared = reply.text.contains(&format!("# TYPE {name} counter"));
        // Counters appear once touched; the load counters always are.
        assert!(declared || name == "step_service_load_shed_total", "{name}");
    }
}

#[test]
fn the_strict_parser_rejects_malformed_lines() {
    for bad in [
        "no_type 1",
        "# TYPE x counter\nx{a=\"1} 2",
        "# TYPE x counter\nx{a=1} 2",
        "# TYPE x counter\nx one",
        "# TYPE x flavour\nx 1",
        "# TYPE 1x counter",
    ] {
        assert!(
            std::panic::catch_unwind(|| parse_prometheus(bad)).is_err(),
            "accepted {bad:?}"
        );
    }
    let samples = parse_prometheus("# HELP x Help.\n# TYPE x counter\nx{a=\"q\\\"\",b=\"2\"} 3\n");
    assert_eq!(samples[0].labels["a"], "q\"");
    assert_eq!(metric(&samples, "x", &[("b", "2")]), 3.0);
}
