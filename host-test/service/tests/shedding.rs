//! Load shedding loses nothing: under a burst far over the global limit, every request
//! either succeeded or got 503 OVERLOADED, and the counts agree exactly with what the
//! simulator saw and with the service's own metrics. (Its own test binary, so no other
//! test touches the process-wide metrics while it counts.)

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::Method;
use futures_util::stream::{self, StreamExt as _};
use step_service::{app, ServiceOptions};
use support::*;
use tower::ServiceExt as _;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");
const BURST: usize = 400;
const CONCURRENCY: usize = 32;
const LIMIT: usize = 4;
/// Answers that arrive while the holders keep every slot: all of them are shed.
const SHED_BEFORE_RELEASE: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_over_the_limit_is_answered_ok_or_503_and_counted_exactly() {
    let harness = Harness::new(HarnessConfig {
        steps: vec!["burst"],
        options: ServiceOptions {
            max_in_flight: LIMIT,
            ..ServiceOptions::default()
        },
        gated: true,
        ..HarnessConfig::default()
    })
    .await;
    harness.scan().await;
    let path = "/v1/steps/burst/execute";

    // Fill the limit with calls held running at the gate in front of the simulator.
    let mut holders = Vec::new();
    for n in 0..LIMIT {
        let input = serde_json::json!({ "user_id": format!("{HELD_USER_PREFIX}{n}") }).to_string();
        let router = app(harness.state.clone());
        let request = request(Method::POST, path, Body::from(input), &[]);
        holders.push(tokio::spawn(async move {
            Reply::read(router.oneshot(request).await.unwrap()).await
        }));
    }
    let gate = harness.gate.as_ref().expect("gated");
    wait_until("the holders fill the limit", || async {
        gate.arrived() == LIMIT && harness.state.requests_in_flight() == LIMIT
    })
    .await;

    let answered = Arc::new(AtomicUsize::new(0));
    let release = Arc::new(tokio::sync::Notify::new());
    let releaser = {
        let (answered, release) = (answered.clone(), release.clone());
        tokio::spawn(async move {
            while answered.load(Ordering::SeqCst) < SHED_BEFORE_RELEASE {
                tokio::task::yield_now().await;
            }
            release.notify_one();
        })
    };
    let release_holders = {
        let (release, open) = (release.clone(), gate.opener());
        tokio::spawn(async move {
            release.notified().await;
            open();
            let mut replies = Vec::new();
            for holder in holders {
                replies.push(holder.await.unwrap());
            }
            replies
        })
    };
    let state = harness.state.clone();
    let statuses: Vec<u16> = stream::iter(0..BURST)
        .map(|_| {
            let router = app(state.clone());
            let answered = answered.clone();
            async move {
                let request = request(Method::POST, path, Body::from(GOOD), &[]);
                let reply = Reply::read(router.oneshot(request).await.unwrap()).await;
                if reply.status == 503 {
                    reply.assert_service_error(503, "OVERLOADED");
                    assert_eq!(reply.header("retry-after"), Some("1"));
                } else {
                    assert_eq!(reply.status, 200, "{}", reply.text);
                    assert_eq!(reply.json()["ok"], true);
                }
                answered.fetch_add(1, Ordering::SeqCst);
                reply.status.as_u16()
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    releaser.await.unwrap();
    let holder_replies = release_holders.await.unwrap();

    let ok = statuses.iter().filter(|s| **s == 200).count();
    let shed = statuses.iter().filter(|s| **s == 503).count();
    assert_eq!(statuses.len(), BURST);
    assert_eq!(ok + shed, BURST, "nothing but 200 or 503: {statuses:?}");
    assert!(shed >= SHED_BEFORE_RELEASE, "ok {ok}, shed {shed}");
    assert!(
        ok > 0,
        "capacity came back after the release: ok {ok}, shed {shed}"
    );
    for reply in &holder_replies {
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
    eprintln!("burst of {BURST} at concurrency {CONCURRENCY} over a limit of {LIMIT}: {ok} ok, {shed} shed");

    // Every success reached the simulator exactly once; no shed request did.
    assert_eq!(harness.sim.seen().len(), ok + LIMIT);
    let samples = parse_prometheus(&harness.get("/metrics").await.text);
    assert_eq!(
        metric(
            &samples,
            "step_service_step_outcomes_total",
            &[("step", "burst"), ("kind", "ok")]
        ),
        (ok + LIMIT) as f64
    );
    assert_eq!(
        metric(
            &samples,
            "step_service_load_shed_total",
            &[("limit", "global")]
        ),
        shed as f64
    );
    assert_eq!(
        metric(
            &samples,
            "step_service_http_requests_total",
            &[("route", "/v1/steps/{id}/execute"), ("status", "503")]
        ),
        shed as f64
    );
    assert_eq!(
        metric(
            &samples,
            "step_service_http_requests_total",
            &[("route", "/v1/steps/{id}/execute"), ("status", "200")]
        ),
        (ok + LIMIT) as f64
    );
}
