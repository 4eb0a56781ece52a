//! Concurrency limits: the N+1st request over the global limit, and over one step's
//! limit, is shed with 503 OVERLOADED and `Retry-After: 1`; the N held ones then finish
//! normally. Calls are held deterministically while running, at a gate in front of the
//! simulator, never by timing (a body still arriving holds no slot: see `slots.rs`).

mod support;

use axum::body::Body;
use axum::http::Method;
use step_service::{app, ServiceOptions};
use support::*;
use tower::ServiceExt as _;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");

/// The input of a call the gate holds.
fn held_input(n: usize) -> String {
    serde_json::json!({
        "user_id": format!("{HELD_USER_PREFIX}{n}"),
        "partner_insights": { "prism_versions": { "cashscore": "4" } },
    })
    .to_string()
}

/// Starts a call that runs until the harness's gate opens.
fn held_call(harness: &Harness, path: &str, n: usize) -> tokio::task::JoinHandle<Reply> {
    let router = app(harness.state.clone());
    let request = request(Method::POST, path, Body::from(held_input(n)), &[]);
    tokio::spawn(
        async move { Reply::read(router.oneshot(request).await.expect("infallible")).await },
    )
}

fn gate(harness: &Harness) -> &Gate {
    harness.gate.as_ref().expect("a gated harness")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_request_over_the_global_limit_is_shed_and_the_held_ones_finish() {
    let harness = Harness::new(HarnessConfig {
        steps: vec!["one", "two"],
        options: ServiceOptions {
            max_in_flight: 3,
            ..ServiceOptions::default()
        },
        gated: true,
        ..HarnessConfig::default()
    })
    .await;
    harness.scan().await;
    let held: Vec<_> = ["one", "two", "one"]
        .iter()
        .enumerate()
        .map(|(n, id)| held_call(&harness, &format!("/v1/steps/{id}/execute"), n))
        .collect();
    wait_until("three calls run and hold the global limit", || async {
        gate(&harness).arrived() == 3 && harness.state.requests_in_flight() == 3
    })
    .await;
    for id in ["one", "two"] {
        let shed = harness.post(&format!("/v1/steps/{id}/execute"), GOOD).await;
        shed.assert_service_error(503, "OVERLOADED");
        assert_eq!(shed.header("retry-after"), Some("1"));
        assert_eq!(shed.json()["error"]["retryable"], true);
        assert!(shed.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("service's"));
    }
    // Probes and the list are outside the limit.
    assert_eq!(harness.get("/readyz").await.status, 200);
    assert_eq!(harness.get("/v1/steps").await.status, 200);
    assert!(harness.sim.seen().is_empty(), "shed requests never run");

    gate(&harness).open();
    for task in held {
        let reply = task.await.unwrap();
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
    assert_eq!(harness.sim.seen().len(), 3);
    assert_eq!(harness.state.requests_in_flight(), 0);
    let reply = harness.post("/v1/steps/one/execute", GOOD).await;
    assert_eq!(reply.status, 200, "capacity is back: {}", reply.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_call_over_a_steps_limit_is_shed_and_other_steps_are_unaffected() {
    let harness = Harness::new(HarnessConfig {
        steps: vec!["busy", "idle"],
        options: ServiceOptions {
            max_in_flight: 10,
            step_concurrency: 2,
            ..ServiceOptions::default()
        },
        gated: true,
        ..HarnessConfig::default()
    })
    .await;
    harness.scan().await;
    let held: Vec<_> = (0..2)
        .map(|n| held_call(&harness, "/v1/steps/busy/execute", n))
        .collect();
    wait_until("two calls run and hold the step's slots", || async {
        gate(&harness).arrived() == 2
    })
    .await;
    let shed = harness.post("/v1/steps/busy/execute", GOOD).await;
    shed.assert_service_error(503, "OVERLOADED");
    assert_eq!(shed.header("retry-after"), Some("1"));
    assert!(shed.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("step's"));
    let other = harness.post("/v1/steps/idle/execute", GOOD).await;
    assert_eq!(other.status, 200, "{}", other.text);

    gate(&harness).open();
    for task in held {
        let reply = task.await.unwrap();
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.json()["ok"], true);
    }
    assert_eq!(harness.state.steps_in_flight(), 0);
    assert_eq!(
        harness.post("/v1/steps/busy/execute", GOOD).await.status,
        200
    );
}
