//! F9: the service answers only requests addressed to it, from no other site. A DNS
//! rebinding page (its own name in `Host`), a cross-site page (a foreign `Origin` or
//! `Sec-Fetch-Site`, a `text/plain` POST a browser sends without a preflight) and a
//! foreign `Host` on `/metrics` or the list are refused with 403 in the service's envelope
//! before the token is looked at; the probes answer any `Host` (kubelet sends the pod IP);
//! loopback names with the service's port pass. Served on real sockets.

mod support;

use axum::http::Method;

use support::*;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");
const TOKEN: &str = "guard-test-token-0123456789";
const JSON: (&str, &str) = ("content-type", "application/json");

/// Asserts a 403 refusal in the envelope with `code`, carrying a request id.
#[track_caller]
fn assert_refused(reply: &Reply, code: &str) {
    reply.assert_service_error(403, code);
    assert!(reply
        .header("x-request-id")
        .is_some_and(|id| !id.is_empty()));
    assert_eq!(reply.json()["error"]["retryable"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rebinding_page_can_neither_run_nor_read_a_step() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let port = port_of(&served.url);
    let rebound = format!("rebind.attacker.example:{port}");
    let origin = format!("http://{rebound}");
    let reply = http(
        &client,
        Method::POST,
        &format!("{}/v1/steps/{STEP}/execute", served.url),
        GOOD,
        &[
            ("host", &rebound),
            ("origin", &origin),
            ("content-type", "text/plain"),
        ],
    )
    .await
    .unwrap();
    assert_refused(&reply, "HOST_NOT_ALLOWED");
    let message = reply.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(message.contains("--allow-host"), "{message}");
    assert!(!reply.text.contains("report"), "{}", reply.text);
    assert!(harness.sim.seen().is_empty(), "the step never ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cross_site_page_cannot_run_a_step() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let execute = format!("{}/v1/steps/{STEP}/execute", served.url);
    let cases: [&[(&str, &str)]; 5] = [
        // What a browser sends for a cross-site form or `fetch(…, {mode: "no-cors"})`.
        &[
            ("origin", "http://evil.example"),
            ("sec-fetch-site", "cross-site"),
            ("content-type", "text/plain"),
        ],
        &[("origin", "http://evil.example"), JSON],
        &[("origin", "null"), JSON],
        &[("sec-fetch-site", "cross-site"), JSON],
        &[("sec-fetch-site", "same-site"), JSON],
    ];
    for headers in cases {
        let reply = http(&client, Method::POST, &execute, GOOD, headers)
            .await
            .unwrap();
        // With `text/plain` too, the cross-site refusal is the one given: it is checked first.
        assert_refused(&reply, "CROSS_SITE_REFUSED");
    }
    assert!(harness.sim.seen().is_empty(), "no step ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_that_is_not_json_is_refused() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let execute = format!("{}/v1/steps/{STEP}/execute", served.url);
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let headers = [("content-type", content_type)];
        let reply = http(&client, Method::POST, &execute, GOOD, &headers)
            .await
            .unwrap();
        assert_refused(&reply, "JSON_REQUIRED");
    }
    // No content type at all.
    let authority = served.url.trim_start_matches("http://");
    let head = format!("POST /v1/steps/{STEP}/execute HTTP/1.1\r\nhost: {authority}");
    let untyped = RawCall::start(&served.url, &head, GOOD.len(), GOOD.as_bytes())
        .await
        .answer(std::time::Duration::from_secs(30))
        .await
        .expect("an answer");
    assert_eq!(untyped.status, 403, "{untyped:?}");
    assert!(untyped.body.contains("JSON_REQUIRED"), "{untyped:?}");
    let json = http(
        &client,
        Method::POST,
        &execute,
        GOOD,
        &[("content-type", "application/json; charset=utf-8")],
    )
    .await
    .unwrap();
    assert_eq!(json.status, 200, "{}", json.text);
    assert_eq!(harness.sim.seen().len(), 1, "only the JSON call ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_the_list_refuse_a_foreign_host() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let port = port_of(&served.url);
    let foreign = format!("attacker.example:{port}");
    for path in [
        "/metrics",
        "/v1/steps",
        "/v1/steps/plaid_partner_insights",
        "/nowhere",
    ] {
        let reply = http(
            &client,
            Method::GET,
            &format!("{}{path}", served.url),
            "",
            &[("host", &foreign)],
        )
        .await
        .unwrap();
        assert_refused(&reply, "HOST_NOT_ALLOWED");
        assert!(
            !reply.text.contains("step_service_"),
            "{path}: {}",
            reply.text
        );
        assert!(!reply.text.contains(STEP), "{path}: {}", reply.text);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probes_answer_a_pod_ip_host_and_the_api_names_the_flag() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let pod_ip = [("host", "10.1.2.3:8787")];
    for probe in ["/healthz", "/readyz"] {
        let reply = http(
            &client,
            Method::GET,
            &format!("{}{probe}", served.url),
            "",
            &pod_ip,
        )
        .await
        .unwrap();
        assert_eq!(reply.status, 200, "{probe}: {}", reply.text);
        assert_eq!(reply.header("content-type"), Some("application/json"));
    }
    let list = http(
        &client,
        Method::GET,
        &format!("{}/v1/steps", served.url),
        "",
        &pod_ip,
    )
    .await
    .unwrap();
    assert_refused(&list, "HOST_NOT_ALLOWED");
    let message = list.json()["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("--allow-host NAME[:PORT]"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_names_pass_only_with_the_services_port() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let port = port_of(&served.url);
    let list = format!("{}/v1/steps", served.url);
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let origin = format!("http://{host}");
        let reply = http(
            &client,
            Method::GET,
            &list,
            "",
            &[
                ("host", &host),
                ("origin", &origin),
                ("sec-fetch-site", "same-origin"),
            ],
        )
        .await
        .unwrap();
        assert_eq!(reply.status, 200, "{host}: {}", reply.text);
    }
    for host in [
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        format!("localhost.attacker.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
    ] {
        let reply = http(&client, Method::GET, &list, "", &[("host", &host)])
            .await
            .unwrap();
        assert_refused(&reply, "HOST_NOT_ALLOWED");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_host_learns_nothing_not_even_that_a_token_is_needed() {
    let harness = Harness::new(HarnessConfig::with_token(TOKEN)).await;
    let (served, client) = served_ready(&harness).await;
    let port = port_of(&served.url);
    let foreign = format!("rebind.attacker.example:{port}");
    let bearer = format!("Bearer {TOKEN}");
    for auth in [None, Some(bearer.as_str())] {
        let mut headers = vec![("host", foreign.as_str()), JSON];
        headers.extend(auth.map(|a| ("authorization", a)));
        let reply = http(
            &client,
            Method::POST,
            &format!("{}/v1/steps/{STEP}/execute", served.url),
            GOOD,
            &headers,
        )
        .await
        .unwrap();
        assert_refused(&reply, "HOST_NOT_ALLOWED");
        assert_eq!(reply.header("www-authenticate"), None);
    }
    assert!(harness.sim.seen().is_empty());
}
