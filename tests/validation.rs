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
    assert!(assert_valid(&with(json!({ "user_id": "usr_abc" }))).is_empty());
    assert_error(&with(json!({ "user_id": 42 })), "/user_id", "invalid_type");
    // Plaid decides about IDs without the usr_ prefix: accepted, with a warning.
    let warnings = assert_valid(&with(json!({ "user_id": "abc" })));
    assert!(
        warnings
            .iter()
            .any(|w| w.code == "user_id_format" && w.path == "/user_id"),
        "{warnings:?}"
    );
    // The contract sets no minimum length: an empty ID is accepted, with a warning.
    let warnings = assert_valid(&with(json!({ "user_id": "" })));
    assert!(
        warnings
            .iter()
            .any(|w| w.code == "empty" && w.path == "/user_id"),
        "{warnings:?}"
    );
    let e = assert_error(
        &with(json!({ "user_id": "usr_a\nb" })),
        "/user_id",
        "control_character",
    );
    assert!(e.message.contains("U+000A"), "{}", e.message);
}

#[test]
fn user_token_valid_and_invalid() {
    assert_valid(&json!({ "user_token": "user-sandbox-123" }).to_string());
    assert_error(
        &json!({ "user_token": 5 }).to_string(),
        "/user_token",
        "invalid_type",
    );
    assert_error(
        &json!({ "user_token": "tok\u{7}" }).to_string(),
        "/user_token",
        "control_character",
    );
}

#[test]
fn identity_is_required_and_both_warns() {
    let e = assert_error("{}", "/user_id", "missing_identity");
    assert!(
        e.message.contains("user_id")
            && e.message.contains("user_token")
            && e.message.contains("third_party_user_token"),
        "{}",
        e.message
    );
    assert_error(r#"{"user_token": null}"#, "/user_id", "missing_identity");
    assert_error(
        r#"{"user_id": null, "user_token": null, "third_party_user_token": null}"#,
        "/user_id",
        "missing_identity",
    );
    let warnings = assert_valid(&with(json!({ "user_token": "tok" })));
    assert!(warnings
        .iter()
        .any(|w| w.code == "both_identities" && w.path == "/user_token"));
}

#[test]
fn any_one_identity_is_enough_and_null_identities_are_never_sent() {
    for key in ["user_id", "user_token", "third_party_user_token"] {
        let ok = validate(&json!({ key: "usr_only_identity" }).to_string())
            .unwrap_or_else(|bad| panic!("{key} alone must be enough: {:?}", bad.errors));
        assert_eq!(ok.input.len(), 1, "{key}");
    }
    let ok = validate(
        &json!({ "user_id": "usr_a", "user_token": null, "third_party_user_token": null })
            .to_string(),
    )
    .unwrap();
    assert_eq!(
        serde_json::Value::Object(ok.input),
        json!({ "user_id": "usr_a" }),
        "null identity fields are removed"
    );
}

#[test]
fn third_party_user_token_valid_and_invalid() {
    assert_valid(&with(json!({ "third_party_user_token": "tp-1" })));
    assert_error(
        &with(json!({ "third_party_user_token": 1 })),
        "/third_party_user_token",
        "invalid_type",
    );
    assert_error(
        &with(json!({ "third_party_user_token": "tp\t1" })),
        "/third_party_user_token",
        "control_character",
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
    for key in ["client_id", "secret"] {
        let value = "s3cr3t-value\r\nX-Injected: 1";
        let e = assert_error(
            &with(json!({ key: value })),
            &format!("/{key}"),
            "control_character",
        );
        assert!(
            !e.message.contains("s3cr3t")
                && !e.message.contains("Injected")
                && !e.message.contains("U+"),
            "the message never echoes a credential: {}",
            e.message
        );
    }
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
        json!({ "partner_insights": { "prism_versions": { "cashscore": 4, "detect": 4.1, "insights": 3.0 } } }),
    ))
    .unwrap();
    let versions = &ok.input["partner_insights"]["prism_versions"];
    assert_eq!(versions["cashscore"], json!("4"));
    assert_eq!(versions["detect"], json!("4.1"));
    assert_eq!(versions["insights"], json!("3"));
    assert!(ok
        .warnings
        .iter()
        .any(|w| w.code == "normalized_number"
            && w.path == "/partner_insights/prism_versions/cashscore"));
    for bad in [json!(4.2), json!(5), json!(true)] {
        assert_error(
            &with(json!({ "partner_insights": { "prism_versions": { "detect": bad } } })),
            "/partner_insights/prism_versions/detect",
            "invalid_enum",
        );
    }
    let ok = validate(&with(fico(fico_request(
        json!({ "base_fico_score_version": 10, "score": 700.0 }),
    ))))
    .unwrap();
    let base =
        &ok.input["partner_insights"]["fico"]["ultrafico_score_requests"][0]["base_fico_score"];
    assert_eq!(base["base_fico_score_version"], json!("10"));
    assert_eq!(
        base["score"],
        json!(700),
        "a whole float is sent as an integer"
    );
    assert!(
        ok.input["partner_insights"]["fico"]["ultrafico_score_requests"][0]["base_fico_score"]
            ["score"]
            .is_i64()
    );
}

#[test]
fn request_time_configuration_is_accepted_with_a_deprecation_warning() {
    for input in [
        json!({ "user_id": "usr_a", "options": {} }),
        json!({ "user_id": "usr_a", "partner_insights": { "prism_versions": { "cashscore": "4" } } }),
    ] {
        let key = if input.get("options").is_some() {
            "options"
        } else {
            "partner_insights"
        };
        let warnings = assert_valid(&input.to_string());
        let w = warnings
            .iter()
            .find(|w| w.code == "request_time_config_deprecated")
            .unwrap_or_else(|| panic!("no warning for {input}: {warnings:?}"));
        assert_eq!(w.path, format!("/{key}"));
        assert!(
            w.message.contains("2026-07-01") && w.message.contains("/cra/check_report/create"),
            "{}",
            w.message
        );
    }
    assert!(assert_valid(&json!({ "user_id": "usr_a", "options": null }).to_string()).is_empty());
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
fn options_and_partner_insights_may_both_be_sent() {
    // The step invents no rule of its own here: Plaid decides.
    assert_valid(&with(
        json!({ "options": { "prism_versions": { "cashscore": "3" } }, "partner_insights": { "prism_versions": { "cashscore": "4" } } }),
    ));
}

fn only_request_time_warnings(warnings: &[FieldError]) -> bool {
    warnings
        .iter()
        .all(|w| w.code == "request_time_config_deprecated")
}

#[test]
fn fico_valid_request_passes() {
    assert!(only_request_time_warnings(&assert_valid(&with(fico(
        fico_request(json!({}))
    )))));
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
    // The contract sets no minimum: an empty list and empty strings are accepted.
    assert!(only_request_time_warnings(&assert_valid(&with(
        json!({ "partner_insights": { "fico": { "fico_lender_id": "", "lender_application_id": "", "ultrafico_score_requests": [] } } }),
    ))));
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
