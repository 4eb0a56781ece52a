//! Who holds a step's slots. F12: a body that arrives slowly holds none, and is cut off
//! after the body timeout with 408 `BODY_TIMEOUT`. F13: at exactly the limit nothing is
//! shed: a caller that waits for its answer before the next call, or that gave up on its
//! calls, always finds a slot free again. Served on real sockets.

mod support;

use std::time::Duration;

use axum::http::Method;
use futures_util::future::join_all;
use step_service::ServiceOptions;
use support::*;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");
const JSON: (&str, &str) = ("content-type", "application/json");

/// The head of a `POST path` to `url`, addressed to it, JSON.
fn post_head(url: &str, path: &str) -> String {
    let authority = url.trim_start_matches("http://");
    format!("POST {path} HTTP/1.1\r\nhost: {authority}\r\ncontent-type: application/json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_bodies_hold_none_of_a_steps_slots() {
    const SLOTS: usize = 2;
    let harness = Harness::new(HarnessConfig {
        options: ServiceOptions {
            step_concurrency: SLOTS,
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    let (served, client) = served_ready(&harness).await;
    let execute = format!("/v1/steps/{STEP}/execute");
    // Twice as many bodies as slots, each announcing 1,000 bytes and sending one byte
    // every 200 ms.
    let mut trickles = Vec::new();
    for _ in 0..SLOTS * 2 {
        let mut call =
            RawCall::start(&served.url, &post_head(&served.url, &execute), 1000, b" ").await;
        trickles.push(tokio::spawn(async move {
            while call.send(b" ").await.is_ok() {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }));
    }
    wait_until("the slow calls reached the service", || async {
        harness.state.steps_in_flight() >= SLOTS
    })
    .await;
    let reply = http(
        &client,
        Method::POST,
        &format!("{}{execute}", served.url),
        GOOD,
        &[JSON],
    )
    .await
    .unwrap();
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["ok"], true);
    for trickle in trickles {
        trickle.abort();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_stalls_is_cut_off_after_the_body_timeout() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, _client) = served_ready(&harness).await;
    let execute = format!("/v1/steps/{STEP}/execute");
    let started = std::time::Instant::now();
    let stalled = RawCall::start(
        &served.url,
        &post_head(&served.url, &execute),
        GOOD.len(),
        &GOOD.as_bytes()[..10],
    )
    .await;
    // The default body timeout is a few seconds; the request deadline is 65 s.
    let reply = stalled
        .answer(Duration::from_secs(20))
        .await
        .expect("an answer well before the request deadline");
    assert_eq!(reply.status, 408, "{reply:?}");
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("connection"), Some("close"));
    assert!(reply.header("x-request-id").is_some());
    let body: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(body["error"]["kind"], "service");
    assert_eq!(body["error"]["code"], "BODY_TIMEOUT");
    assert!(harness.sim.seen().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn callers_at_exactly_the_limit_are_never_shed() {
    const LIMIT: usize = 8;
    const CALLS: usize = 100;
    let harness = Harness::new(HarnessConfig {
        options: ServiceOptions {
            max_in_flight: LIMIT,
            step_concurrency: LIMIT,
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    let (served, client) = served_ready(&harness).await;
    let callers = (0..LIMIT).map(|n| {
        let (client, url) = (client.clone(), served.url.clone());
        async move {
            let mut unexpected = Vec::new();
            for i in 0..CALLS {
                let action = if (n + i) % 2 == 0 {
                    "execute"
                } else {
                    "validate"
                };
                let path = format!("{url}/v1/steps/{STEP}/{action}");
                let reply = http(&client, Method::POST, &path, GOOD, &[JSON])
                    .await
                    .unwrap();
                if reply.status != 200 {
                    unexpected.push(format!("{action}: {} {}", reply.status, reply.text));
                }
            }
            unexpected
        }
    });
    let unexpected: Vec<String> = join_all(callers).await.into_iter().flatten().collect();
    assert!(
        unexpected.is_empty(),
        "{} of {}: {:?}",
        unexpected.len(),
        LIMIT * CALLS,
        unexpected.first()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_given_up_by_their_callers_free_their_slots_for_the_next_ones() {
    const LIMIT: usize = 64;
    let harness = Harness::new(HarnessConfig {
        options: ServiceOptions {
            max_in_flight: LIMIT,
            step_concurrency: LIMIT,
            ..ServiceOptions::default()
        },
        ..HarnessConfig::default()
    })
    .await;
    let (served, _client) = served_ready(&harness).await;
    let path = format!("/v1/steps/{STEP}/execute");
    let execute = format!("{}{path}", served.url);
    let mut unexpected = Vec::new();
    for round in 0..10 {
        // A time-boxed load tool's run: LIMIT callers, each call after the previous answer,
        // until the time is up; the calls then in flight are given up (their connections
        // close), and the next run starts at once.
        let callers: Vec<_> = (0..LIMIT)
            .map(|_| {
                let (url, head) = (served.url.clone(), post_head(&served.url, &path));
                tokio::spawn(async move {
                    loop {
                        let call = RawCall::start(&url, &head, GOOD.len(), GOOD.as_bytes()).await;
                        call.answer(Duration::from_secs(30)).await;
                    }
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(300)).await;
        for caller in callers {
            caller.abort();
        }
        let fresh = client();
        let next = (0..LIMIT).map(|_| http(&fresh, Method::POST, &execute, GOOD, &[JSON]));
        for reply in join_all(next).await {
            let reply = reply.unwrap();
            if reply.status != 200 {
                unexpected.push(format!("round {round}: {} {}", reply.status, reply.text));
            }
        }
    }
    assert!(
        unexpected.is_empty(),
        "{} shed: {:?}",
        unexpected.len(),
        unexpected.first()
    );
}
