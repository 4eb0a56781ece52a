//! Served on real sockets: graceful shutdown (at the signal `/readyz` turns 503, new
//! step calls get 503 DRAINING, the calls in flight finish, then the service stops and
//! the port closes), the shutdown timeout, and the token rules off loopback.
//! In-flight calls are held by request bodies sent in two halves, never by timing.

mod support;

use std::time::Duration;

use axum::http::Method;
use serde_json::json;
use step_service::ServiceOptions;
use support::*;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");
const TOKEN: &str = "shutdown-test-token-0123456789";

/// A request whose body has been sent only in part: the call is accepted (in flight:
/// shutdown waits for it) and reads its body.
struct HalfSent {
    stream: TcpStream,
    rest: &'static [u8],
}

async fn half_sent(url: &str, path: &str) -> HalfSent {
    let authority = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(authority).await.expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nhost: {authority}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        GOOD.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (first, rest) = GOOD.as_bytes().split_at(GOOD.len() / 2);
    stream.write_all(first).await.unwrap();
    HalfSent { stream, rest }
}

impl HalfSent {
    /// Sends the rest and reads the whole answer: (status, body).
    async fn finish(mut self) -> (u16, String) {
        self.stream.write_all(self.rest).await.unwrap();
        let mut raw = Vec::new();
        self.stream.read_to_end(&mut raw).await.unwrap();
        let text = String::from_utf8_lossy(&raw).into_owned();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("not an HTTP answer: {text:?}"));
        let body = text
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        (status, body)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_the_signal_it_drains_finishes_in_flight_calls_and_stops() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let mut served = serve(&harness, "127.0.0.1:0").await;
    let url = served.url.clone();
    let client = client();
    wait_until("ready", || async {
        http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
            .await
            .is_ok_and(|r| r.status == 200)
    })
    .await;
    let execute = format!("/v1/steps/{STEP}/execute");
    let in_flight = half_sent(&url, &execute).await;
    wait_until("the call is in flight", || async {
        harness.state.steps_in_flight() == 1
    })
    .await;

    served.signal();
    wait_until("draining", || async { harness.state.is_draining() }).await;
    let ready = http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
        .await
        .expect("still answering while the call runs");
    assert_eq!(ready.status, 503);
    assert_eq!(ready.json(), json!({ "status": "draining" }));
    let health = http(&client, Method::GET, &format!("{url}/healthz"), "", &[])
        .await
        .unwrap();
    assert_eq!(health.status, 200);
    let refused = http(&client, Method::POST, &format!("{url}{execute}"), GOOD, &[])
        .await
        .unwrap();
    refused.assert_service_error(503, "DRAINING");
    assert!(!served.task.is_finished(), "a call is still in flight");

    let (status, body) = in_flight.finish().await;
    assert_eq!(status, 200, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["ok"], true);

    let stopped = tokio::time::timeout(Duration::from_secs(30), &mut served.task).await;
    stopped
        .expect("serve returns once the call finished")
        .unwrap()
        .unwrap();
    let after = TcpStream::connect(url.trim_start_matches("http://")).await;
    assert!(after.is_err(), "the port is closed after the shutdown");
    assert_eq!(harness.sim.seen().len(), 1, "the refused call never ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shutdown_timeout_bounds_how_long_a_stuck_call_is_awaited() {
    let harness = Harness::new(HarnessConfig {
        options: ServiceOptions {
            shutdown_timeout: Duration::from_millis(300),
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    let mut served = serve(&harness, "127.0.0.1:0").await;
    let url = served.url.clone();
    wait_until("ready", || async { harness.state.registry().is_ready() }).await;
    // Its body never completes: without the timeout the service would wait forever
    // (well, for the 65 s request deadline).
    let mut stuck = half_sent(&url, &format!("/v1/steps/{STEP}/execute")).await;
    wait_until("the call is in flight", || async {
        harness.state.steps_in_flight() == 1
    })
    .await;
    served.signal();
    let stopped = tokio::time::timeout(Duration::from_secs(30), &mut served.task).await;
    stopped
        .expect("serve returns after the shutdown timeout")
        .unwrap()
        .unwrap();
    let mut rest = Vec::new();
    let _ = stuck.stream.read_to_end(&mut rest).await;
    assert!(rest.is_empty(), "the stuck call got no answer: {rest:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_loopback_it_needs_a_token_and_answers_401_without_one() {
    // Refused without a token.
    let harness = Harness::new(HarnessConfig::default()).await;
    let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let refused =
        step_service::serve(listener, harness.state.clone(), std::future::pending()).await;
    let message = refused.expect_err("no token off loopback").to_string();
    assert!(message.contains("requires a token"), "{message}");

    // With one: every route but the probes needs it.
    let harness = Harness::new(HarnessConfig::with_token(TOKEN)).await;
    let mut served = serve(&harness, "0.0.0.0:0").await;
    let url = served.url.clone();
    let client = client();
    wait_until("ready", || async {
        http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
            .await
            .is_ok_and(|r| r.status == 200)
    })
    .await;
    let execute = format!("{url}/v1/steps/{STEP}/execute");
    let anonymous = http(&client, Method::POST, &execute, GOOD, &[])
        .await
        .unwrap();
    anonymous.assert_service_error(401, "UNAUTHORIZED");
    assert_eq!(anonymous.header("www-authenticate"), Some("Bearer"));
    let metrics = http(&client, Method::GET, &format!("{url}/metrics"), "", &[])
        .await
        .unwrap();
    metrics.assert_service_error(401, "UNAUTHORIZED");
    let bearer = format!("Bearer {TOKEN}");
    let ok = http(
        &client,
        Method::POST,
        &execute,
        GOOD,
        &[("authorization", &bearer)],
    )
    .await
    .unwrap();
    assert_eq!(ok.status, 200, "{}", ok.text);
    assert_eq!(harness.sim.seen().len(), 1, "the refused call never ran");
    served.signal();
    served.task.await.unwrap().unwrap();
}
