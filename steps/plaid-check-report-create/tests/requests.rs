//! The prepared request and the outputs of Plaid's answers.

use plaid_check_report_create::{descriptor, parse, parse_for, prepare, ErrorKind, StepConfig};
use serde_json::{json, Value};

fn no_env(_: &str) -> Option<String> {
    None
}

fn input(identity: Value) -> String {
    let mut body = json!({
        "webhook": "https://hooks.example.com/plaid",
        "days_requested": 365,
        "consumer_report_permissible_purpose": "EXTENSION_OF_CREDIT",
        "client_report_id": "loan-1",
        "products": ["cra_partner_insights"]
    });
    body.as_object_mut()
        .unwrap()
        .extend(identity.as_object().unwrap().clone());
    body.to_string()
}

#[test]
fn the_request_posts_the_body_with_credentials_only_in_headers() {
    let text = input(
        json!({ "user_id": "usr_1", "client_id": "client-id-123456", "secret": "secret-abcdef-123456" }),
    );
    let prepared = prepare(&text, &StepConfig::default(), &no_env).unwrap();
    assert_eq!(prepared.wire.method, "POST");
    assert_eq!(
        prepared.wire.url,
        "https://sandbox.plaid.com/cra/check_report/create"
    );
    let body: Value = serde_json::from_str(&prepared.wire.body).unwrap();
    assert!(body.get("client_id").is_none() && body.get("secret").is_none());
    assert_eq!(body["products"], json!(["cra_partner_insights"]));
    let header = |request: &plaid_common::HttpRequest, name: &str| {
        request
            .headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(
        header(&prepared.wire, "plaid-secret").as_deref(),
        Some("secret-abcdef-123456")
    );
    assert_eq!(
        header(&prepared.shown, "plaid-secret").as_deref(),
        Some("********")
    );
    assert_eq!(
        header(&prepared.wire, "content-length"),
        Some(prepared.wire.body.len().to_string())
    );
    assert!(header(&prepared.wire, "user-agent")
        .unwrap()
        .starts_with("plaid-check-report-create-step/"));
    let production = StepConfig {
        environment: Some(plaid_common::Environment::Production),
        ..StepConfig::default()
    };
    let url = prepare(&text, &production, &no_env).unwrap().wire.url;
    assert_eq!(url, "https://production.plaid.com/cra/check_report/create");
}

#[test]
fn an_invalid_input_is_a_permanent_invalid_input_error() {
    let error = prepare("{}", &StepConfig::default(), &no_env).unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidInput);
    assert!(!error.retryable);
    assert!(error.field_errors.len() >= 3);
}

#[test]
fn a_2xx_says_the_report_is_being_generated_and_which_webhook_to_wait_for() {
    let body = br#"{"request_id":"req_1"}"#;
    let outputs = parse(200, &[], body).unwrap();
    assert_eq!(outputs["request_id"], "req_1");
    assert_eq!(outputs["status"], "generating");
    assert_eq!(outputs["next"], "wait_for_webhook");
    assert_eq!(
        outputs["ready_webhook_codes"],
        json!(["USER_CHECK_REPORT_READY", "CHECK_REPORT_READY"])
    );
    let by_id = parse_for(&input(json!({ "user_id": "usr_1" })), 200, &[], body).unwrap();
    assert_eq!(
        by_id["ready_webhook_codes"],
        json!(["USER_CHECK_REPORT_READY"])
    );
    assert_eq!(
        by_id["failed_webhook_codes"],
        json!(["USER_CHECK_REPORT_FAILED"])
    );
    assert_eq!(by_id["user_id"], "usr_1");
    assert_eq!(by_id["client_report_id"], "loan-1");
    let by_token = parse_for(
        &input(json!({ "user_token": "user-sandbox-1" })),
        200,
        &[],
        body,
    )
    .unwrap();
    assert_eq!(
        by_token["ready_webhook_codes"],
        json!(["CHECK_REPORT_READY"])
    );
    assert_eq!(by_token["user_id"], Value::Null);
    assert!(
        !by_token.to_string().contains("user-sandbox-1"),
        "a user_token is never echoed"
    );
    let schema = descriptor().output_schema;
    let validator = jsonschema::validator_for(&schema).unwrap();
    for outputs in [outputs, by_id, by_token] {
        assert!(validator.is_valid(&outputs), "{outputs}");
        assert_eq!(outputs["contract_deviations"], json!([]));
    }
}

#[test]
fn a_2xx_without_request_id_is_still_a_success_with_a_deviation() {
    let outputs = parse(200, &[], b"{}").unwrap();
    assert_eq!(outputs["request_id"], Value::Null);
    let deviations = outputs["contract_deviations"].as_array().unwrap();
    assert!(
        deviations.is_empty(),
        "request_id is optional in the model: {deviations:?}"
    );
    let typed = parse(200, &[], br#"{"request_id": 7}"#).unwrap();
    assert_eq!(typed["contract_deviations"][0]["path"], "/request_id");
}

#[test]
fn plaid_errors_and_unintelligible_answers_become_step_errors() {
    let invalid_field = br#"{"error_type":"INVALID_REQUEST","error_code":"INVALID_FIELD","error_message":"days_requested must be at most 731","display_message":null,"request_id":"r1"}"#;
    let error = parse(400, &[], invalid_field).unwrap_err();
    assert_eq!(
        (error.kind, error.retryable),
        (ErrorKind::InvalidRequest, false)
    );
    assert_eq!(error.request_id.as_deref(), Some("r1"));
    let limited = br#"{"error_type":"RATE_LIMIT_EXCEEDED","error_code":"RATE_LIMIT","error_message":"slow down","display_message":null}"#;
    let error = parse(429, &[("Retry-After".into(), "3".into())], limited).unwrap_err();
    assert_eq!(
        (error.kind, error.retryable),
        (ErrorKind::RateLimited, true)
    );
    assert!(error.detail.unwrap().contains("\"retry_after_seconds\":3"));
    let route = br#"{"error_type":"INVALID_INPUT","error_code":"UNAUTHORIZED_ROUTE_ACCESS","error_message":"no","display_message":null}"#;
    let error = parse(400, &[], route).unwrap_err();
    assert!(error.suggested_action.unwrap().contains("Plaid Check"));
    let html = parse(502, &[], b"<html>bad gateway</html>").unwrap_err();
    assert_eq!((html.kind, html.retryable), (ErrorKind::ApiError, true));
    let garbage = parse(200, &[], b"not json").unwrap_err();
    assert_eq!(
        (garbage.kind, garbage.retryable),
        (ErrorKind::ResponseInvalid, false)
    );
    let wrapped = br#"{"error_type":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR","error_message":"x","display_message":null}"#;
    assert_eq!(
        parse(200, &[], wrapped).unwrap_err().kind,
        ErrorKind::ApiError
    );
}
