//! Response parsing, Plaid error mapping, request building and the descriptor.

use std::path::PathBuf;

use plaid_partner_insights::{descriptor, parse, prepare, ErrorKind, StepConfig};
use serde_json::{json, Value};

const SPEC_EXAMPLE: &str = include_str!("../examples/plaid/response-200.spec-example-1.json");

/// Plaid's error bodies: the shared copy when present, else the vendored one.
fn error_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("examples/plaid/errors")];
    let shared = root.join("../shared/plaid/examples/errors");
    if shared.is_dir() {
        dirs.push(shared);
    }
    dirs
}

fn expected(code: &str) -> (ErrorKind, bool) {
    use ErrorKind::*;
    match code {
        "INVALID_API_KEYS"
        | "UNAUTHORIZED_ENVIRONMENT"
        | "UNAUTHORIZED_ROUTE_ACCESS"
        | "INVALID_PRODUCT" => (Auth, false),
        "PRODUCT_NOT_READY" => (NotReady, true),
        "CONSUMER_REPORT_EXPIRED" => (Expired, false),
        "INSUFFICIENT_TRANSACTION_DATA"
        | "DATA_UNAVAILABLE"
        | "NO_ACCOUNTS"
        | "DATA_QUALITY_CHECK_FAILED"
        | "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED"
        | "NETWORK_CONSENT_REQUIRED" => (ReportUnavailable, false),
        "RATE_LIMIT" => (RateLimited, true),
        "INTERNAL_SERVER_ERROR" | "PLANNED_MAINTENANCE" => (ApiError, true),
        "USER_NOT_FOUND" => (NotFound, false),
        "MISSING_FIELDS" | "UNKNOWN_FIELDS" | "INVALID_FIELD" | "INVALID_BODY"
        | "INVALID_HEADERS" | "NOT_FOUND" | "INVALID_USER_ID" | "INVALID_USER_TOKEN" => {
            (InvalidRequest, false)
        }
        other => panic!("no expectation for {other}"),
    }
}

#[test]
fn every_documented_error_body_maps_to_its_kind() {
    let mut seen = 0;
    for dir in error_dirs() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let mut parts = name.split('.');
            let status: u16 = parts.next().unwrap().parse().unwrap();
            let code = parts.next().unwrap();
            let body = std::fs::read(&path).unwrap();
            let error = parse(status, &[], &body).expect_err(&name);
            let (kind, retryable) = expected(code);
            assert_eq!((error.kind, error.retryable), (kind, retryable), "{name}");
            assert_eq!(error.code, code, "{name}");
            assert_eq!(error.http_status, Some(status));
            assert_eq!(
                error.request_id.as_deref(),
                Some("HNTDNrA8F1shFEW"),
                "{name}"
            );
            assert!(
                error.error_type.is_some() && error.suggested_action.is_some(),
                "{name}"
            );
            seen += 1;
        }
    }
    assert!(seen >= 24, "only {seen} error bodies found");
}

#[test]
fn advice_for_not_ready_and_expired_is_specific() {
    let not_ready = parse(400, &[], br#"{"error_type":"CONSUMER_REPORT_ERROR","error_code":"PRODUCT_NOT_READY","error_message":"m","display_message":null}"#).unwrap_err();
    assert!(not_ready
        .suggested_action
        .unwrap()
        .contains("CHECK_REPORT_READY"));
    let expired = parse(400, &[], br#"{"error_type":"CONSUMER_REPORT_ERROR","error_code":"CONSUMER_REPORT_EXPIRED","error_message":"m","display_message":null}"#).unwrap_err();
    assert!(expired
        .suggested_action
        .unwrap()
        .contains("/cra/check_report/create"));
    let causes = parse(
        400,
        &[],
        include_bytes!("../examples/plaid/errors/400.DATA_UNAVAILABLE.docs.json"),
    )
    .unwrap_err();
    assert!(causes.detail.unwrap().contains("ITEM_LOGIN_REQUIRED"));
}

#[test]
fn rate_limit_keeps_retry_after() {
    let headers = [("Retry-After".to_owned(), "7".to_owned())];
    let e = parse(
        429,
        &headers,
        include_bytes!("../examples/plaid/errors/429.RATE_LIMIT.docs.json"),
    )
    .unwrap_err();
    let detail: Value = serde_json::from_str(&e.detail.unwrap()).unwrap();
    assert_eq!(detail["retry_after_seconds"], json!(7));
}

#[test]
fn spec_example_parses_with_summary() {
    let out = parse(200, &[], SPEC_EXAMPLE.as_bytes()).unwrap();
    assert_eq!(out["request_id"], json!("LhQf0THi8SH1yJm"));
    assert_eq!(out["summary"]["cash_score"], json!(900));
    assert_eq!(out["summary"]["first_detect_score"], json!(900));
    assert_eq!(out["summary"]["extend_score"], Value::Null);
    assert_eq!(out["summary"]["prism_status"], json!("SUCCESS"));
    assert_eq!(out["summary"]["insights_model_version"], json!("3"));
    assert_eq!(out["warnings"], json!([]));
    let original: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    assert_eq!(
        out["report"], original["report"],
        "the report passes through unchanged"
    );
}

#[test]
fn unknown_fields_at_three_depths_survive() {
    let mut body: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    body["new_top"] = json!({ "a": 1 });
    body["report"]["new_report_field"] = json!("x");
    body["report"]["prism"]["cash_score"]["new_deep"] = json!([1, 2]);
    body["report"]["items"][0]["accounts"][0]["new_account_field"] = json!(true);
    let out = parse(200, &[], body.to_string().as_bytes()).unwrap();
    assert_eq!(out["new_top"], json!({ "a": 1 }));
    assert_eq!(out["report"]["new_report_field"], json!("x"));
    assert_eq!(
        out["report"]["prism"]["cash_score"]["new_deep"],
        json!([1, 2])
    );
    assert_eq!(
        out["report"]["items"][0]["accounts"][0]["new_account_field"],
        json!(true)
    );
    assert_output_schema_holds(&out);
}

#[test]
fn nullable_scores_missing_sections_and_fico_parse() {
    let body = json!({
        "request_id": "r1",
        "report": {
            "report_id": "x", "generated_time": "2025-01-01T00:00:00Z", "client_report_id": null,
            "prism": { "status": "SUCCESS", "cash_score": { "version": 4, "model_version": "4", "score": null, "metadata": null, "error_reason": "NO_DATA" }, "detect": null },
            "fico": { "lender_application_id": "app_1", "ultrafico_score_results": [
                { "request_correlation_id": "c1", "ultrafico_score": { "ultrafico_score_version": "1.0", "score": 712, "negative_reason_codes": ["A"] } },
                { "request_correlation_id": "c2", "ultrafico_score": null, "error_reason": "NO_SCORE" }
            ], "report_characteristics": { "num_accounts": 2, "avg_daily_balance_over_3_months": 10.5 } },
            "items": []
        },
        "warnings": [{ "warning_type": "CHECK_REPORT_WARNING", "warning_code": "USER_FRAUD_ALERT", "cause": null }]
    });
    let out = parse(200, &[], body.to_string().as_bytes()).unwrap();
    assert_eq!(out["summary"]["cash_score"], Value::Null);
    assert_eq!(out["summary"]["ultrafico_scores"][0]["score"], json!(712));
    assert_eq!(out["summary"]["ultrafico_scores"][1]["score"], Value::Null);
    assert_eq!(
        out["summary"]["ultrafico_scores"][1]["error_reason"],
        json!("NO_SCORE")
    );
    assert_eq!(out["summary"]["warning_codes"], json!(["USER_FRAUD_ALERT"]));
    // `metadata` is not nullable in the contract: kept as sent, listed as a deviation.
    assert_eq!(
        out["contract_deviations"],
        json!([{ "path": "/report/prism/cash_score/metadata", "expected": "an object", "found": "null" }])
    );
    assert!(out["report"]["prism"]["cash_score"]["metadata"].is_null());
    assert_output_schema_holds(&out);
    let minimal = parse(200, &[], br#"{"request_id":"r","report":{}}"#).unwrap();
    assert_eq!(minimal["summary"]["prism_status"], Value::Null);
    assert_eq!(minimal["contract_deviations"], json!([]));
    assert_output_schema_holds(&minimal);
}

#[test]
fn unintelligible_bodies_become_bounded_errors() {
    let html = format!("<html>{}</html>", "x".repeat(5000));
    let e = parse(502, &[], html.as_bytes()).unwrap_err();
    assert_eq!(
        (e.kind, e.retryable, e.http_status),
        (ErrorKind::ApiError, true, Some(502))
    );
    let detail: Value = serde_json::from_str(&e.detail.unwrap()).unwrap();
    assert!(detail["body_excerpt"].as_str().unwrap().len() <= 512);
    let cut = &SPEC_EXAMPLE.as_bytes()[..SPEC_EXAMPLE.len() / 2];
    let e = parse(200, &[], cut).unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::ResponseInvalid, false));
    let e = parse(200, &[], br#"{"request_id": "r"}"#).unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::ResponseInvalid, false));
    assert!(e.message.contains("no report"), "{}", e.message);
    let out = parse(200, &[], br#"{"request_id": 5, "report": {}}"#).unwrap();
    assert_eq!(
        out["contract_deviations"],
        json!([{ "path": "/request_id", "expected": "a string", "found": "an integer" }])
    );
    let e = parse(400, &[], b"\xff\xfe not utf8").unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::ResponseInvalid, false));
    let e = parse(503, &[], b"").unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::ApiError, true));
    let e = parse(429, &[], b"slow down").unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::RateLimited, true));
    let multibyte = "é".repeat(400);
    let e = parse(500, &[], multibyte.as_bytes()).unwrap_err();
    let detail: Value = serde_json::from_str(&e.detail.unwrap()).unwrap();
    assert!(detail["body_excerpt"].as_str().unwrap().len() <= 512);
}

/// Outputs match the output schema exactly when they list no contract deviation.
fn assert_output_schema_holds(outputs: &Value) {
    let schema = descriptor().output_schema;
    let validator = jsonschema::validator_for(&schema).expect("output schema compiles");
    let problems: Vec<String> = validator
        .iter_errors(outputs)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    let deviations = outputs["contract_deviations"]
        .as_array()
        .expect("always a list");
    assert_eq!(
        problems.is_empty(),
        deviations.is_empty(),
        "schema problems {problems:?} vs deviations {deviations:?}"
    );
}

#[test]
fn schemas_are_valid_2020_12_and_agree_with_the_validator() {
    let d = descriptor();
    for schema in [&d.input_schema, &d.output_schema] {
        assert_eq!(
            schema["$schema"],
            json!("https://json-schema.org/draft/2020-12/schema")
        );
        jsonschema::draft202012::meta::validate(schema)
            .expect("valid against the 2020-12 meta-schema");
    }
    let input = jsonschema::validator_for(&d.input_schema).unwrap();
    for example in d.examples.as_array().unwrap() {
        assert!(input.is_valid(&example["input"]), "{}", example["name"]);
        plaid_partner_insights::validate(&example["input"].to_string()).expect("examples validate");
    }
    for bad in [
        json!({}),
        json!({ "user_id": "usr_1", "nope": 1 }),
        json!({ "user_id": "usr_1", "user_tier": "gold" }),
    ] {
        assert!(!input.is_valid(&bad), "{bad}");
        assert!(
            plaid_partner_insights::validate(&bad.to_string()).is_err(),
            "{bad}"
        );
    }
    assert_output_schema_holds(&parse(200, &[], SPEC_EXAMPLE.as_bytes()).unwrap());
}

#[test]
fn ui_hints_mark_secrets_and_deprecated_fields() {
    let d = descriptor();
    assert_eq!(d.ui_hints["secrets"], json!(["/client_id", "/secret"]));
    assert_eq!(d.ui_hints["widgets"]["/secret"], json!("password"));
    assert_eq!(
        d.input_schema["properties"]["secret"]["writeOnly"],
        json!(true)
    );
    let deprecated = d.ui_hints["deprecated"].as_array().unwrap();
    assert!(deprecated.contains(&json!("/options/prism_versions")));
    assert!(deprecated.contains(&json!(
        "/partner_insights/fico/ultrafico_score_requests/-/base_fico_score/reason_code_1"
    )));
    assert_eq!(d.defaults.retry_logic, "EXPONENTIAL_BACKOFF");
}

fn no_env(_: &str) -> Option<String> {
    None
}

#[test]
fn prepare_builds_the_exact_request_and_moves_credentials_to_headers() {
    let input = json!({ "user_id": "usr_1", "client_id": "cid-123456", "secret": "sec-abcdef" })
        .to_string();
    let prepared = prepare(&input, &StepConfig::default(), &no_env).unwrap();
    let wire = &prepared.wire;
    assert_eq!(wire.method, "POST");
    assert_eq!(
        wire.url,
        "https://sandbox.plaid.com/cra/check_report/partner_insights/get"
    );
    let header = |req: &plaid_partner_insights::HttpRequest, name: &str| {
        req.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header(wire, "plaid-version").as_deref(), Some("2020-09-14"));
    assert_eq!(
        header(wire, "content-type").as_deref(),
        Some("application/json")
    );
    assert!(header(wire, "user-agent")
        .unwrap()
        .starts_with("plaid-partner-insights-step/"));
    assert_eq!(
        header(wire, "plaid-client-id").as_deref(),
        Some("cid-123456")
    );
    assert_eq!(header(wire, "plaid-secret").as_deref(), Some("sec-abcdef"));
    assert_eq!(wire.body, r#"{"user_id":"usr_1"}"#);
    let shown = format!("{:?}", prepared.shown);
    assert!(
        !shown.contains("cid-123456") && !shown.contains("sec-abcdef"),
        "{shown}"
    );
    assert_eq!(
        header(&prepared.shown, "plaid-secret").as_deref(),
        Some("********")
    );
}

#[test]
fn credentials_and_environment_come_from_wasi_env_after_inline() {
    let env = |name: &str| match name {
        "PLAID_CLIENT_ID" => Some("env-cid".to_owned()),
        "PLAID_SECRET" => Some("env-secret".to_owned()),
        "PLAID_ENV" => Some("production".to_owned()),
        _ => None,
    };
    let p = prepare(r#"{"user_id":"usr_1"}"#, &StepConfig::default(), &env).unwrap();
    assert!(p.wire.url.starts_with("https://production.plaid.com/"));
    assert!(p
        .wire
        .headers
        .contains(&("plaid-secret".into(), "env-secret".into())));
    let p = prepare(
        r#"{"user_id":"usr_1","secret":"inline-secret"}"#,
        &StepConfig::default(),
        &env,
    )
    .unwrap();
    assert!(p
        .wire
        .headers
        .contains(&("plaid-secret".into(), "inline-secret".into())));
    let none = prepare(r#"{"user_id":"usr_1"}"#, &StepConfig::default(), &no_env).unwrap();
    assert!(!none
        .wire
        .headers
        .iter()
        .any(|(n, _)| n.starts_with("plaid-secret")));
    let bad_env = |name: &str| (name == "PLAID_ENV").then(|| "development".to_owned());
    let e = prepare(r#"{"user_id":"usr_1"}"#, &StepConfig::default(), &bad_env).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidConfig);
}

#[test]
fn base_url_override_is_checked() {
    let config = |url: &str| StepConfig {
        common: plaid_common::StepConfig {
            base_url: Some(url.to_owned()),
            ..Default::default()
        },
        ..StepConfig::default()
    };
    let p = prepare(
        r#"{"user_id":"usr_1"}"#,
        &config("http://127.0.0.1:8080/"),
        &no_env,
    )
    .unwrap();
    assert_eq!(
        p.wire.url,
        "http://127.0.0.1:8080/cra/check_report/partner_insights/get"
    );
    for bad in [
        "ftp://x",
        "http://user:pw@host",
        "https://",
        "https://h?x=1",
        "sandbox.plaid.com",
    ] {
        let e = prepare(r#"{"user_id":"usr_1"}"#, &config(bad), &no_env).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidConfig, "{bad}");
        assert!(!e.retryable);
    }
    let e = prepare(r#"{"user_tier":"gold"}"#, &StepConfig::default(), &no_env).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(e.field_errors.len(), 2);
}

/// Bodies that exercise the text form: Plaid's example, pretty-printed with trailing
/// whitespace, with warnings of its own, with numbers spelled unusually, and with
/// members named like the ones `parse` adds.
fn text_form_cases() -> Vec<(&'static str, String)> {
    let example: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    let mut with_warnings = example.clone();
    with_warnings["warnings"] = json!([{ "warning_type": "X", "warning_code": "W1" }]);
    let mut with_summary = example.clone();
    with_summary["summary"] = json!("Plaid's own");
    vec![
        ("spec example", SPEC_EXAMPLE.to_owned()),
        (
            "pretty, trailing whitespace",
            format!("{}\n\n  ", serde_json::to_string_pretty(&example).unwrap()),
        ),
        ("warnings present", with_warnings.to_string()),
        (
            "odd numbers",
            r#"{"report":{"report_id":"r","prism":{"cash_score":{"score":7.120E2}}},"n":1.50}"#
                .to_owned(),
        ),
        ("a summary member of its own", with_summary.to_string()),
    ]
}

#[test]
fn text_outputs_equal_the_value_outputs_on_every_body() {
    for (name, body) in text_form_cases() {
        let value = parse(200, &[], body.as_bytes()).expect(name);
        let text = plaid_partner_insights::parse_text(200, &[], body.as_bytes()).expect(name);
        let reparsed: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}: {text}"));
        assert_eq!(reparsed, value, "{name}");
        let keys: Vec<&String> = reparsed.as_object().unwrap().keys().collect();
        let expected: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys, expected, "{name}: member order");
    }
}

#[test]
fn text_outputs_keep_plaids_bytes_and_append_the_added_members() {
    let body =
        r#"{"report":{"report_id":"r","prism":{"cash_score":{"score":7.120E2}}},"n":1.50}  "#;
    let text = plaid_partner_insights::parse_text(200, &[], body.as_bytes()).unwrap();
    let kept = body.trim_end().strip_suffix('}').unwrap();
    assert!(
        text.starts_with(kept),
        "Plaid's bytes come first, as sent: {text}"
    );
    assert!(
        text[kept.len()..].starts_with(r#","warnings":[],"summary":{"#),
        "{text}"
    );
    let outputs: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(outputs["summary"]["cash_score"], json!(712));
    assert_eq!(
        outputs["contract_deviations"]
            .as_array()
            .map(Vec::len)
            .map(|n| n > 0),
        Some(true)
    );
    // A body that already has a `summary` is serialized whole, with ours in its place.
    let own = r#"{"report":{"report_id":"r"},"summary":"Plaid's own"}"#;
    let outputs: Value = serde_json::from_str(
        &plaid_partner_insights::parse_text(200, &[], own.as_bytes()).unwrap(),
    )
    .unwrap();
    assert_eq!(outputs["summary"]["report_id"], json!("r"));
}

#[test]
fn text_outputs_of_errors_equal_the_value_outputs() {
    let headers = [("Retry-After".to_owned(), "3".to_owned())];
    for (status, body) in [
        (
            429,
            r#"{"error_type":"RATE_LIMIT_EXCEEDED","error_code":"RATE_LIMIT","error_message":"slow down","request_id":"q"}"#,
        ),
        (200, "[1]"),
        (200, "{}"),
    ] {
        let from_value = parse(status, &headers, body.as_bytes()).expect_err(body);
        let from_text =
            plaid_partner_insights::parse_text(status, &headers, body.as_bytes()).expect_err(body);
        assert_eq!(
            format!("{from_text:?}"),
            format!("{from_value:?}"),
            "{body}"
        );
    }
}
