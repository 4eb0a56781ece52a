//! Concurrency limits: the N+1st request over the global limit, and over one step's
//! limit, is shed at once with 503 OVERLOADED and `Retry-After: 1`; the N held ones
//! then finish normally. Requests are held deterministically by bodies that have not
//! finished arriving (each holds its slot while its body is read), never by timing.

mod support;

use axum::body::Body;
use axum::http::Method;
use step_service::{app, ServiceOptions};
use support::*;
use tokio::sync::mpsc;
use tower::ServiceExt as _;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");

type Chunk = Result<String, std::io::Error>;

/// Starts a call whose body arrives only when the returned sender sends it.
fn held_call(
    harness: &Harness,
    path: &str,
) -> (mpsc::Sender<Chunk>, tokio::task::JoinHandle<Reply>) {
    let (sender, mut receiver) = mpsc::channel::<Chunk>(1);
    let body = Body::from_stream(futures_util::stream::poll_fn(move |cx| {
        receiver.poll_recv(cx)
    }));
    let router = app(harness.state.clone());
    let request = request(Method::POST, path, body, &[]);
    let task = tokio::spawn(async move {
        Reply::read(router.oneshot(request).await.expect("infallible")).await
    });
    (sender, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_request_over_the_global_limit_is_shed_and_the_held_ones_finish() {
    let harness = Harness::new(HarnessConfig {
        steps: vec!["one", "two"],
        options: ServiceOptions {
            max_in_flight: 3,
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    harness.scan().await;
    let held: Vec<_> = ["one", "two", "one"]
        .iter()
        .map(|id| held_call(&harness, &format!("/v1/steps/{id}/execute")))
        .collect();
    wait_until("three requests hold the global limit", || async {
        harness.state.requests_in_flight() == 3
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

    for (sender, task) in held {
        sender.send(Ok(GOOD.to_owned())).await.unwrap();
        drop(sender);
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
        ..HarnessConfig::default()
    })
    .await;
    harness.scan().await;
    let held: Vec<_> = (0..2)
        .map(|_| held_call(&harness, "/v1/steps/busy/validate"))
        .collect();
    wait_until("two calls hold the step's slots", || async {
        harness.state.steps_in_flight() == 2
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

    for (sender, task) in held {
        sender.send(Ok(GOOD.to_owned())).await.unwrap();
        drop(sender);
        let reply = task.await.unwrap();
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.json()["valid"], true);
    }
    assert_eq!(harness.state.steps_in_flight(), 0);
    assert_eq!(
        harness.post("/v1/steps/busy/execute", GOOD).await.status,
        200
    );
}
