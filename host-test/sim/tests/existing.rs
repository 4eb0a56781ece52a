//! Partner Insights for users without a stored report answers as it always has.

mod support;

use std::io::{Read, Write};

use plaid_sim::{SimConfig, PATH, SPECIAL_USERS};
use serde_json::json;
use support::*;

const SPEC_EXAMPLE: &str = include_str!("../../../examples/plaid/response-200.spec-example-1.json");

#[tokio::test]
async fn a_user_without_a_report_gets_the_full_example_report() {
    let sim = sim().await;
    let answer = post(&sim, PATH, &pi_body("usr_good_1")).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.headers["content-type"], "application/json");
    let body = answer.json();
    let example: serde_json::Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    assert_eq!(body["request_id"], json!("sim000000000000"));
    assert_eq!(
        body["report"]["client_report_id"],
        example["report"]["client_report_id"]
    );
    assert!(body["report"]["report_id"]
        .as_str()
        .unwrap()
        .starts_with("sim_report_"));
    let score = body["report"]["prism"]["cash_score"]["score"]
        .as_i64()
        .unwrap();
    assert!((300..900).contains(&score));
    let again = post(&sim, PATH, &pi_body("usr_good_1")).await.json();
    assert_eq!(
        again["report"]["prism"], body["report"]["prism"],
        "stable per user"
    );
}

#[tokio::test]
async fn special_users_answer_as_before() {
    let sim = sim().await;
    let cases = [
        (
            "usr_not_ready",
            400,
            "CONSUMER_REPORT_ERROR",
            "PRODUCT_NOT_READY",
        ),
        (
            "usr_expired",
            400,
            "CONSUMER_REPORT_ERROR",
            "CONSUMER_REPORT_EXPIRED",
        ),
        ("usr_not_found", 400, "USER_ERROR", "USER_NOT_FOUND"),
        (
            "usr_server_error",
            500,
            "API_ERROR",
            "INTERNAL_SERVER_ERROR",
        ),
        (
            "usr_institution_down",
            400,
            "INSTITUTION_ERROR",
            "INSTITUTION_DOWN",
        ),
        (
            "usr_cra_partner_insights_error",
            400,
            "CRA_PARTNER_INSIGHTS_ERROR",
            "PARTNER_INSIGHTS_FAILED",
        ),
        ("usr_fault_429", 429, "RATE_LIMIT_EXCEEDED", "RATE_LIMIT"),
    ];
    for (user, status, error_type, code) in cases {
        post(&sim, PATH, &pi_body(user))
            .await
            .assert_error(status, error_type, code);
    }
    let limited = post(&sim, PATH, &pi_body("usr_fault_429_retry_after")).await;
    assert_eq!(limited.headers["retry-after"], "1");
    let empty = post(&sim, PATH, &pi_body("usr_503_empty")).await;
    assert_eq!((empty.status.as_u16(), empty.body.len()), (503, 0));
    let html = post(&sim, PATH, &pi_body("usr_html_502")).await;
    assert_eq!(html.headers["content-type"], "text/html");
    let in_200 = post(&sim, PATH, &pi_body("usr_error_in_200")).await;
    assert_eq!(in_200.status, 200);
    assert_eq!(in_200.json()["error_code"], json!("PRODUCT_NOT_READY"));
    let unknown_fault = post(&sim, PATH, &pi_body("usr_fault_whatever")).await;
    assert_eq!(unknown_fault.json()["request_id"], json!("sim-fault"));
    let truncated = post(&sim, PATH, &pi_body("usr_truncated")).await;
    assert!(serde_json::from_slice::<serde_json::Value>(&truncated.body).is_err());
    let float = post(&sim, PATH, &pi_body("usr_contract_float_score"))
        .await
        .json();
    assert_eq!(
        float["report"]["prism"]["cash_score"]["score"],
        json!(712.0)
    );
    let echo = post(&sim, PATH, &pi_body("usr_fault_echo_headers_3")).await;
    let page = String::from_utf8(echo.body.to_vec()).unwrap();
    assert!(page.starts_with(&format!("{}...\nplaid-secret: ", plaid_sim::ECHO_PAGE_HEAD)));
}

#[tokio::test]
async fn request_checks_answer_as_before() {
    let sim = sim().await;
    post(&sim, PATH, &pi_body("user_1")).await.assert_error(
        400,
        "INVALID_INPUT",
        "INVALID_USER_ID",
    );
    post(&sim, PATH, &json!({ "user_id": null }))
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    let body = post(
        &sim,
        PATH,
        &json!({ "user_id": "usr_a", "options": { "x": 1 }, "y": 2 }),
    )
    .await
    .assert_error(400, "INVALID_REQUEST", "UNKNOWN_FIELDS");
    assert_eq!(
        body["error_message"],
        json!("the following fields are not recognized by this endpoint: y, options.x")
    );
    let third_party = post(&sim, PATH, &json!({ "third_party_user_token": "tp-1" })).await;
    assert_eq!(third_party.status, 200);
}

#[tokio::test]
async fn a_chunked_body_is_refused_as_invalid_headers() {
    let sim = sim().await;
    let addr = sim.addr();
    let raw = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        let body = r#"{"user_id":"usr_chunked"}"#;
        write!(
            stream,
            "POST {PATH} HTTP/1.1\r\nHost: {addr}\r\nplaid-client-id: {}\r\nplaid-secret: {}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
            plaid_sim::TEST_CLIENT_ID,
            plaid_sim::TEST_SECRET,
            body.len()
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    })
    .await
    .unwrap();
    assert!(raw.starts_with("HTTP/1.1 400"), "{raw}");
    assert!(raw.contains("\"INVALID_HEADERS\""), "{raw}");
    assert!(sim.seen()[0].chunked);
}

#[tokio::test]
async fn new_client_refuses_request_time_options_even_with_a_report() {
    let sim = sim_with(SimConfig {
        new_client: true,
        ..SimConfig::default()
    })
    .await;
    let mut asked = pi_body("usr_any");
    asked["partner_insights"] = json!({ "prism_versions": { "cashscore": "4" } });
    post(&sim, PATH, &asked)
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    assert_eq!(post(&sim, PATH, &pi_body("usr_any")).await.status, 200);
}

#[tokio::test]
async fn injected_failures_still_come_at_the_configured_rate() {
    let sim = sim_with(SimConfig {
        inject_500_percent: 100,
        ..SimConfig::default()
    })
    .await;
    let body = post(&sim, PATH, &pi_body("usr_good_2")).await.assert_error(
        500,
        "API_ERROR",
        "INTERNAL_SERVER_ERROR",
    );
    assert_eq!(body["error_message"], json!("injected server error"));
}

#[test]
fn the_create_users_are_documented() {
    let names: Vec<&str> = SPECIAL_USERS.iter().map(|(name, _)| *name).collect();
    assert!(names.contains(&"usr_create_failed"));
    assert!(names.contains(&"usr_create_insights_failed"));
    assert_eq!(names[0], "usr_not_ready");
}
