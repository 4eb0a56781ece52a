//! What an answer may carry back. F10: the caller's `x-request-id` is kept only when it
//! is a short plain id, else replaced by a new one (never echoed at length, never with
//! characters that could forge a log field). F11: every answer the service makes is in its
//! envelope with an id, echoed values are capped, and the token is checked before a route
//! reveals which methods it takes. F14: a token holder cannot confirm a guess of the
//! service's own credential by sending it as a field value. Served on real sockets.

mod support;

use axum::http::Method;
use plaid_sim::TEST_SECRET;

use support::*;

const TOKEN: &str = "answers-test-token-0123456789";
const JSON: (&str, &str) = ("content-type", "application/json");

/// The id the service answered `GET /v1/steps` with when the caller sent `id`.
async fn answered_id(served: &Served, client: &Client, id: &str) -> String {
    let reply = http(
        client,
        Method::GET,
        &format!("{}/v1/steps", served.url),
        "",
        &[("x-request-id", id)],
    )
    .await
    .unwrap();
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.header("x-request-id").expect("an id").to_owned()
}

/// Whether `id` is a new UUID (what replaces an unacceptable id).
fn is_uuid(id: &str) -> bool {
    id.len() == 36
        && id.char_indices().all(|(i, c)| {
            matches!(i, 8 | 13 | 18 | 23) == (c == '-') && (c == '-' || c.is_ascii_hexdigit())
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_plain_request_id_is_kept() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    for id in [
        "abc-DEF_1.2",
        "0123456789abcdef0123456789abcdef",
        &"a".repeat(64),
    ] {
        assert_eq!(answered_id(&served, &client, id).await, id);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overlong_request_id_is_replaced_by_a_new_one() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    for id in ["a".repeat(65), "x".repeat(100_000)] {
        let answered = answered_id(&served, &client, &id).await;
        assert!(
            is_uuid(&answered),
            "{} characters came back",
            answered.len()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_id_that_could_forge_a_log_field_is_replaced() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    for id in [
        "x method=GET path=/admin}: request method=GET route=/admin status=200",
        "a\"b",
        "id\tx",
        "a/b",
        "",
    ] {
        let answered = answered_id(&served, &client, id).await;
        assert!(is_uuid(&answered), "{id:?} came back as {answered:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_id_that_is_not_utf8_gets_the_envelope() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    for path in ["/v1/steps/%ff%fe", "/v1/steps/%ff/validate"] {
        let method = if path.ends_with("validate") {
            Method::POST
        } else {
            Method::GET
        };
        let reply = http(
            &client,
            method,
            &format!("{}{path}", served.url),
            "{}",
            &[JSON],
        )
        .await
        .unwrap();
        reply.assert_service_error(400, "INVALID_PATH");
        assert!(reply.header("x-request-id").is_some(), "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_step_id_is_not_echoed_whole() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let id = "s".repeat(10_000);
    let reply = http(
        &client,
        Method::GET,
        &format!("{}/v1/steps/{id}", served.url),
        "",
        &[],
    )
    .await
    .unwrap();
    reply.assert_service_error(404, "STEP_NOT_FOUND");
    let message = reply.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(message.len() < 200, "{} bytes: {message}", message.len());
    assert!(
        message.contains(&"s".repeat(32)),
        "the start of the id is named: {message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_is_checked_before_a_route_reveals_its_methods() {
    let harness = Harness::new(HarnessConfig::with_token(TOKEN)).await;
    let (served, client) = served_ready(&harness).await;
    for (method, path) in [
        (Method::GET, format!("/v1/steps/{STEP}/execute")),
        (Method::POST, "/v1/steps".to_owned()),
        (Method::DELETE, format!("/v1/steps/{STEP}")),
        (Method::PUT, "/metrics".to_owned()),
    ] {
        let reply = http(
            &client,
            method.clone(),
            &format!("{}{path}", served.url),
            "{}",
            &[JSON],
        )
        .await
        .unwrap();
        reply.assert_service_error(401, "UNAUTHORIZED");
        assert_eq!(
            reply.header("www-authenticate"),
            Some("Bearer"),
            "{method} {path}"
        );
    }
    // With the token, the method's answer.
    let bearer = format!("Bearer {TOKEN}");
    let reply = http(
        &client,
        Method::GET,
        &format!("{}/v1/steps/{STEP}/execute", served.url),
        "",
        &[("authorization", &bearer)],
    )
    .await
    .unwrap();
    reply.assert_service_error(405, "METHOD_NOT_ALLOWED");
}

/// `validate` echoes the input: the field sent comes back as it was sent, whether or not
/// it is the service's credential.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guess_of_the_services_credential_is_not_confirmed() {
    let harness = Harness::new(HarnessConfig::default()).await;
    let (served, client) = served_ready(&harness).await;
    let validate = format!("{}/v1/steps/{STEP}/validate", served.url);
    let wrong = "sim_secret_abcdef0123456788";
    for guess in [
        TEST_SECRET.to_owned(),
        wrong.to_owned(),
        format!("usr_{TEST_SECRET}_x"),
        format!("usr_{wrong}_x"),
    ] {
        let input = serde_json::json!({ "user_id": guess }).to_string();
        let reply = http(&client, Method::POST, &validate, &input, &[JSON])
            .await
            .unwrap();
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(
            reply.json()["input"]["user_id"],
            guess.as_str(),
            "{}",
            reply.text
        );
        assert!(!reply.text.contains("****"), "{}", reply.text);
    }
    // The credential is still masked when the caller did not send it: the simulator's
    // echo user reflects the request headers, credentials included.
    let echo = serde_json::json!({ "user_id": format!("{}300", plaid_sim::ECHO_USER_PREFIX) });
    let reply = http(
        &client,
        Method::POST,
        &format!("{}/v1/steps/{STEP}/execute", served.url),
        &echo.to_string(),
        &[JSON],
    )
    .await
    .unwrap();
    assert!(!reply.text.contains(TEST_SECRET), "{}", reply.text);
}
