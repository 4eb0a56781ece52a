//! Input validation: every seed field, valid and invalid, with exact paths and codes.

use plaid_partner_insights::{validate, FieldError};
use serde_json::{json, Value};

/// A valid base input with `patch` merged in at the top level.
fn with(patch: Value) -> String {
    let mut base = json!({ "user_id": "usr_9nSp2KuZ2x4JDw" });
    merge(&mut base, patch);
    base.to_string()
}

fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() && k.starts_with("__remove_") {
                    b.remove(&k["__remove_".len()..]);
                } else {
                    merge(b.entry(k).or_insert(Value::Null), v);
                }
            }
        }
        (b, p) => *b = p,
    }
}

fn fico(request: Value) -> Value {
    json!({ "partner_insights": { "fico": {
        "fico_lender_id": "lender_1",
        "lender_application_id": "app_1",
        "ultrafico_score_requests": [request]
    }}})
}

fn fico_request(base_patch: Value) -> Value {
    let mut request = json!({
        "ultrafico_score_version": "1.0",
        "request_correlation_id": "corr_1",
        "fico_scoring_request_id": "fsr_1",
        "base_fico_score": { "bureau": "EXPERIAN", "score": 700, "base_fico_score_version": "10T" }
    });
    merge(&mut request, json!({ "base_fico_score": base_patch }));
    request
}

fn errors(input: &str) -> Vec<FieldError> {
    match validate(input) {
        Ok(ok) => panic!(
            "expected errors for {input}, got valid with {:?}",
            ok.warnings
        ),
        Err(bad) => bad.errors,
    }
}

#[track_caller]
fn assert_valid(input: &str) -> Vec<FieldError> {
    match validate(input) {
        Ok(ok) => ok.warnings,
        Err(bad) => panic!("expected {input} to be valid, got {:?}", bad.errors),
    }
}

#[track_caller]
fn assert_error(input: &str, path: &str, code: &str) -> FieldError {
    let found = errors(input);
    found
        .iter()
        .find(|e| e.path == path && e.code == code)
        .cloned()
        .unwrap_or_else(|| panic!("expected {code} at {path} for {input}, got {found:?}"))
}

#[test]
fn docs_sample_request_is_valid() {
    let text = include_str!("../examples/plaid/request.docs-sample.json");
    assert!(assert_valid(text).is_empty());
}

#[test]
fn user_id_valid_and_invalid() {
    assert_valid(&with(json!({ "user_id": "usr_abc" })));
    assert_error(&with(json!({ "user_id": 42 })), "/user_id", "invalid_type");
    assert_error(
        &with(json!({ "user_id": "abc" })),
        "/user_id",
        "invalid_format",
    );
    assert_error(&with(json!({ "user_id": "" })), "/user_id", "empty");
}

#[test]
fn user_token_valid_and_invalid() {
    assert_valid(&json!({ "user_token": "user-sandbox-123" }).to_string());
    assert_error(
        &json!({ "user_token": 5 }).to_string(),
        "/user_token",
        "invalid_type",
    );
}

#[test]
fn identity_is_required_and_both_warns() {
    assert_error("{}", "/user_id", "missing_identity");
    assert_error(r#"{"user_token": null}"#, "/user_id", "missing_identity");
    let warnings = assert_valid(&with(json!({ "user_token": "tok" })));
    assert!(warnings
        .iter()
        .any(|w| w.code == "both_identities" && w.path == "/user_token"));
}

#[test]
fn third_party_user_token_valid_and_invalid() {
    assert_valid(&with(json!({ "third_party_user_token": "tp-1" })));
    assert_error(
        &with(json!({ "third_party_user_token": 1 })),
        "/third_party_user_token",
        "invalid_type",
    );
}

#[test]
fn inline_credentials_valid_and_invalid() {
    assert_valid(&with(json!({ "client_id": "cid", "secret": "sec" })));
    assert_error(
        &with(json!({ "client_id": 1 })),
        "/client_id",
        "invalid_type",
    );
    assert_error(&with(json!({ "secret": true })), "/secret", "invalid_type");
}

#[test]
fn user_tier_accepts_its_enum_and_null() {
    for tier in [json!("free"), json!("paid"), Value::Null] {
        assert_valid(&with(json!({ "user_tier": tier })));
    }
    let e = assert_error(
        &with(json!({ "user_tier": "gold" })),
        "/user_tier",
        "invalid_enum",
    );
    assert_eq!(
        e.message,
        "user_tier must be one of free, paid or null; got \"gold\""
    );
}

const PRISM: &[(&str, &[&str])] = &[
    ("detect", &["4.1", "4"]),
    ("firstdetect", &["3"]),
    ("cashscore", &["4.1", "4", "3_lite", "3"]),
    ("extend", &["4.1", "4"]),
    ("insights", &["4.1", "4", "3"]),
];

#[test]
fn every_prism_version_key_accepts_exactly_its_values() {
    for (key, values) in PRISM {
        for value in values.iter().map(|v| json!(v)).chain([Value::Null]) {
            assert_valid(&with(
                json!({ "partner_insights": { "prism_versions": { *key: value } } }),
            ));
        }
        for bad in ["5", "2", "4.2", "v4"] {
            if values.contains(&bad) {
                continue;
            }
            let input = with(json!({ "partner_insights": { "prism_versions": { *key: bad } } }));
            assert_error(
                &input,
                &format!("/partner_insights/prism_versions/{key}"),
                "invalid_enum",
            );
        }
    }
}

#[test]
fn numeric_prism_versions_are_normalized_to_strings_with_a_warning() {
    let ok = validate(&with(
        json!({ "partner_insights": { "prism_versions": { "cashscore": 4, "detect": 4.1 } } }),
    ))
    .unwrap();
    assert_eq!(
        ok.input["partner_insights"]["prism_versions"]["cashscore"],
        json!("4")
    );
    assert_eq!(
        ok.input["partner_insights"]["prism_versions"]["detect"],
        json!("4.1")
    );
    assert!(ok
        .warnings
        .iter()
        .any(|w| w.code == "normalized_number"
            && w.path == "/partner_insights/prism_versions/cashscore"));
}

#[test]
fn deprecated_options_prism_versions_warns_with_replacement() {
    for (key, values) in PRISM {
        let warnings = assert_valid(&with(
            json!({ "options": { "prism_versions": { *key: values[0] } } }),
        ));
        let w = warnings
            .iter()
            .find(|w| w.code == "deprecated")
            .expect("deprecation warning");
        assert_eq!(w.path, "/options/prism_versions");
        assert!(
            w.message.contains("partner_insights.prism_versions"),
            "{}",
            w.message
        );
        assert_error(
            &with(json!({ "options": { "prism_versions": { *key: "9" } } })),
            &format!("/options/prism_versions/{key}"),
            "invalid_enum",
        );
    }
    assert_valid(&with(json!({ "options": null })));
}

#[test]
fn options_and_partner_insights_prism_versions_must_agree() {
    let same = json!({ "cashscore": "4" });
    assert_valid(&with(
        json!({ "options": { "prism_versions": same }, "partner_insights": { "prism_versions": same } }),
    ));
    assert_error(
        &with(
            json!({ "options": { "prism_versions": { "cashscore": "3" } }, "partner_insights": { "prism_versions": { "cashscore": "4" } } }),
        ),
        "/options/prism_versions",
        "conflict",
    );
}

#[test]
fn fico_valid_request_passes() {
    assert!(assert_valid(&with(fico(fico_request(json!({}))))).is_empty());
    assert_valid(&with(json!({ "partner_insights": { "fico": null } })));
}

#[test]
fn fico_required_fields_are_reported_where_they_belong() {
    for field in [
        "fico_lender_id",
        "lender_application_id",
        "ultrafico_score_requests",
    ] {
        let mut input: Value = serde_json::from_str(&with(fico(fico_request(json!({}))))).unwrap();
        input["partner_insights"]["fico"]
            .as_object_mut()
            .unwrap()
            .remove(field);
        let e = assert_error(
            &input.to_string(),
            &format!("/partner_insights/fico/{field}"),
            "required",
        );
        assert_eq!(e.message, format!("{field} is required"));
    }
    assert_error(
        &with(
            json!({ "partner_insights": { "fico": { "fico_lender_id": 1, "lender_application_id": "a", "ultrafico_score_requests": [] } } }),
        ),
        "/partner_insights/fico/fico_lender_id",
        "invalid_type",
    );
    assert_error(
        &with(
            json!({ "partner_insights": { "fico": { "fico_lender_id": "l", "lender_application_id": 2, "ultrafico_score_requests": [] } } }),
        ),
        "/partner_insights/fico/lender_application_id",
        "invalid_type",
    );
    assert_error(
        &with(
            json!({ "partner_insights": { "fico": { "fico_lender_id": "l", "lender_application_id": "a", "ultrafico_score_requests": [] } } }),
        ),
        "/partner_insights/fico/ultrafico_score_requests",
        "too_few_items",
    );
}

const REQ: &str = "/partner_insights/fico/ultrafico_score_requests/0";

fn request_without(field: &str) -> String {
    let mut request = fico_request(json!({}));
    request.as_object_mut().unwrap().remove(field);
    with(fico(request))
}

#[test]
fn ultrafico_request_fields() {
    assert_error(
        &request_without("ultrafico_score_version"),
        &format!("{REQ}/ultrafico_score_version"),
        "required",
    );
    assert_error(
        &request_without("base_fico_score"),
        &format!("{REQ}/base_fico_score"),
        "required",
    );
    assert_valid(&request_without("request_correlation_id"));
    assert_valid(&request_without("fico_scoring_request_id"));
    let mut bad = fico_request(json!({}));
    bad["ultrafico_score_version"] = json!("2.0");
    assert_error(
        &with(fico(bad)),
        &format!("{REQ}/ultrafico_score_version"),
        "invalid_enum",
    );
    let mut bad = fico_request(json!({}));
    bad["request_correlation_id"] = json!(5);
    assert_error(
        &with(fico(bad)),
        &format!("{REQ}/request_correlation_id"),
        "invalid_type",
    );
    let mut bad = fico_request(json!({}));
    bad["fico_scoring_request_id"] = json!([]);
    assert_error(
        &with(fico(bad)),
        &format!("{REQ}/fico_scoring_request_id"),
        "invalid_type",
    );
}

fn base_without(field: &str) -> String {
    let mut request = fico_request(json!({}));
    request["base_fico_score"]
        .as_object_mut()
        .unwrap()
        .remove(field);
    with(fico(request))
}

#[test]
fn base_fico_score_fields() {
    let base = format!("{REQ}/base_fico_score");
    for field in ["bureau", "score", "base_fico_score_version"] {
        assert_error(&base_without(field), &format!("{base}/{field}"), "required");
    }
    for bureau in ["EXPERIAN", "EQUIFAX", "TRANSUNION"] {
        assert_valid(&with(fico(fico_request(json!({ "bureau": bureau })))));
    }
    let e = assert_error(
        &with(fico(fico_request(json!({ "bureau": "experian" })))),
        &format!("{base}/bureau"),
        "invalid_enum",
    );
    assert!(
        e.message
            .starts_with("bureau must be one of EXPERIAN, EQUIFAX, TRANSUNION; got \"experian\""),
        "{}",
        e.message
    );
    for version in ["10T", "10", "9", "8"] {
        assert_valid(&with(fico(fico_request(
            json!({ "base_fico_score_version": version }),
        ))));
    }
    assert_error(
        &with(fico(fico_request(
            json!({ "base_fico_score_version": "7" }),
        ))),
        &format!("{base}/base_fico_score_version"),
        "invalid_enum",
    );
    assert_error(
        &with(fico(fico_request(json!({ "score": "700" })))),
        &format!("{base}/score"),
        "invalid_type",
    );
    assert_error(
        &with(fico(fico_request(json!({ "score": 700.5 })))),
        &format!("{base}/score"),
        "invalid_type",
    );
    assert_valid(&with(fico(fico_request(
        json!({ "reason_codes": ["1", "2", "3", "4"] }),
    ))));
    assert_error(
        &with(fico(fico_request(
            json!({ "reason_codes": ["1", "2", "3", "4", "5"] }),
        ))),
        &format!("{base}/reason_codes"),
        "too_many_items",
    );
    assert_error(
        &with(fico(fico_request(json!({ "reason_codes": [1] })))),
        &format!("{base}/reason_codes/0"),
        "invalid_type",
    );
    for flag in [json!(true), json!(false), Value::Null] {
        assert_valid(&with(fico(fico_request(
            json!({ "did_inquiries_adversely_affect_score": flag }),
        ))));
    }
    assert_error(
        &with(fico(fico_request(
            json!({ "did_inquiries_adversely_affect_score": "yes" }),
        ))),
        &format!("{base}/did_inquiries_adversely_affect_score"),
        "invalid_type",
    );
}

#[test]
fn deprecated_reason_code_fields_warn() {
    for n in 1..=4 {
        let field = format!("reason_code_{n}");
        let warnings = assert_valid(&with(fico(fico_request(json!({ field.clone(): "R1" })))));
        assert!(
            warnings
                .iter()
                .any(|w| w.code == "deprecated" && w.path.ends_with(&field)),
            "{warnings:?}"
        );
        assert_valid(&with(fico(fico_request(json!({ field.clone(): null })))));
        assert_error(
            &with(fico(fico_request(json!({ field.clone(): 7 })))),
            &format!("{REQ}/base_fico_score/{field}"),
            "invalid_type",
        );
    }
}

#[test]
fn unknown_fields_are_errors_with_a_suggestion() {
    let e = assert_error(
        &with(json!({ "partner_insight": {} })),
        "/partner_insight",
        "unknown_field",
    );
    assert!(
        e.message.contains("did you mean \"partner_insights\""),
        "{}",
        e.message
    );
    assert_error(
        &with(json!({ "partner_insights": { "prism_versions": { "cash_score": "4" } } })),
        "/partner_insights/prism_versions/cash_score",
        "unknown_field",
    );
    assert_error(&with(json!({ "a/b~c": 1 })), "/a~1b~0c", "unknown_field");
}

#[test]
fn every_problem_is_reported_at_once() {
    let input = json!({ "user_tier": "gold", "extra": 1, "partner_insights": { "prism_versions": { "cashscore": "9" } } });
    let found = errors(&input.to_string());
    let codes: Vec<(&str, &str)> = found
        .iter()
        .map(|e| (e.path.as_str(), e.code.as_str()))
        .collect();
    for expected in [
        ("/user_tier", "invalid_enum"),
        ("/extra", "unknown_field"),
        ("/partner_insights/prism_versions/cashscore", "invalid_enum"),
        ("/user_id", "missing_identity"),
    ] {
        assert!(
            codes.contains(&expected),
            "{expected:?} missing from {codes:?}"
        );
    }
}

#[test]
fn not_json_or_not_an_object_is_one_clear_error() {
    let e = errors("{\n  \"user_id\": \"usr_1\",\n  oops\n}");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].code, "invalid_json");
    assert!(e[0].message.contains("line 3"), "{}", e[0].message);
    for text in ["[]", "\"usr\"", "42", "null"] {
        let e = errors(text);
        assert_eq!(
            (e[0].path.as_str(), e[0].code.as_str()),
            ("", "invalid_type"),
            "{text}"
        );
    }
    assert_eq!(errors("")[0].code, "invalid_json");
}

#[test]
fn hostile_inputs_never_panic() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(errors(&deep)[0].code, "invalid_json");
    let deep_object = format!("{}{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    assert_eq!(errors(&deep_object)[0].code, "invalid_json");
    let huge = with(json!({ "user_tier": "x".repeat(1_000_000) }));
    let e = assert_error(&huge, "/user_tier", "invalid_enum");
    assert!(
        e.message.len() < 300,
        "messages stay short: {}",
        e.message.len()
    );
}
