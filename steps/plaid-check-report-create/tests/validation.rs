//! Every field and rule of the create step's input: valid and invalid values, each with
//! its exact JSON Pointer and code.

use plaid_check_report_create::{validate, FieldError};
use serde_json::{json, Value};

/// A valid input with `patch` applied: members set (or removed when `null` under a key
/// starting with `-`), recursively.
fn with(patch: Value) -> String {
    let mut base = json!({
        "user_id": "usr_9nSp2KuZ2x4JDw",
        "webhook": "https://hooks.example.com/plaid",
        "days_requested": 365,
        "consumer_report_permissible_purpose": "EXTENSION_OF_CREDIT"
    });
    merge(&mut base, patch);
    base.to_string()
}

fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if let Some(removed) = k.strip_prefix('-') {
                    b.remove(removed);
                } else {
                    merge(b.entry(k).or_insert(Value::Null), v);
                }
            }
        }
        (b, p) => *b = p,
    }
}

#[track_caller]
fn codes(input: &str) -> Vec<(String, String)> {
    match validate(input) {
        Ok(ok) => panic!("expected errors for {input}, got valid ({:?})", ok.warnings),
        Err(bad) => bad.errors.into_iter().map(|e| (e.path, e.code)).collect(),
    }
}

#[track_caller]
fn warnings(input: &str) -> Vec<FieldError> {
    match validate(input) {
        Ok(ok) => ok.warnings,
        Err(bad) => panic!("expected {input} to be valid: {:?}", bad.errors),
    }
}

fn pair(path: &str, code: &str) -> (String, String) {
    (path.to_owned(), code.to_owned())
}

#[test]
fn the_descriptor_examples_are_valid() {
    let examples: Value = plaid_check_report_create::descriptor().examples;
    for example in examples.as_array().unwrap() {
        warnings(&example["input"].to_string());
    }
    assert!(warnings(&with(json!({}))).is_empty());
}

#[test]
fn the_three_required_fields_are_required() {
    for key in [
        "webhook",
        "days_requested",
        "consumer_report_permissible_purpose",
    ] {
        let input = with(json!({ format!("-{key}"): null }));
        assert_eq!(codes(&input), [pair(&format!("/{key}"), "required")]);
    }
}

#[test]
fn days_requested_is_an_integer_of_at_most_731() {
    assert!(warnings(&with(json!({ "days_requested": 731 }))).is_empty());
    assert_eq!(
        codes(&with(json!({ "days_requested": 732 }))),
        [pair("/days_requested", "too_large")]
    );
    assert_eq!(
        codes(&with(json!({ "days_requested": "365" }))),
        [pair("/days_requested", "invalid_type")]
    );
    assert_eq!(
        codes(&with(json!({ "days_requested": 365.5 }))),
        [pair("/days_requested", "invalid_type")]
    );
    let normalized = validate(&with(json!({ "days_requested": 365.0 }))).unwrap();
    assert_eq!(normalized.input["days_requested"], json!(365));
    assert_eq!(normalized.warnings[0].code, "normalized_number");
    // Plaid requests at least 180 days whatever is given: a warning, not an error.
    let low = warnings(&with(json!({ "days_requested": 30 })));
    assert_eq!(low[0].path, "/days_requested");
    assert_eq!(low[0].code, "below_minimum");
}

#[test]
fn days_required_is_at_most_184() {
    assert!(warnings(&with(json!({ "days_required": 184 }))).is_empty());
    assert_eq!(
        codes(&with(json!({ "days_required": 185 }))),
        [pair("/days_required", "too_large")]
    );
}

#[test]
fn the_permissible_purpose_comes_from_its_enum() {
    for purpose in plaid_check_report_create::fields::PERMISSIBLE_PURPOSES {
        warnings(&with(
            json!({ "consumer_report_permissible_purpose": purpose }),
        ));
    }
    assert_eq!(
        plaid_check_report_create::fields::PERMISSIBLE_PURPOSES.len(),
        8
    );
    assert_eq!(
        codes(&with(
            json!({ "consumer_report_permissible_purpose": "extension_of_credit" })
        )),
        [pair("/consumer_report_permissible_purpose", "invalid_enum")]
    );
    let bad = validate(&with(
        json!({ "consumer_report_permissible_purpose": "extension_of_credit" }),
    ))
    .unwrap_err();
    assert!(bad.errors[0].message.contains("case-sensitive"));
}

#[test]
fn one_identity_is_needed_user_id_or_user_token() {
    assert!(warnings(&with(json!({}))).is_empty());
    warnings(&with(
        json!({ "-user_id": null, "user_token": "user-sandbox-1" }),
    ));
    assert_eq!(
        codes(&with(json!({ "-user_id": null }))),
        [pair("/user_id", "missing_identity")]
    );
    let both = warnings(&with(json!({ "user_token": "user-sandbox-1" })));
    assert_eq!(both[0].code, "both_identities");
    // third_party_user_token belongs to the /get endpoint, not to this one.
    assert_eq!(
        codes(&with(json!({ "third_party_user_token": "t" }))),
        [pair("/third_party_user_token", "unknown_field")]
    );
    let nulled = validate(&with(json!({ "user_token": null }))).unwrap();
    assert!(!nulled.input.contains_key("user_token"));
    assert_eq!(
        codes(&with(json!({ "user_id": "usr_a\nb" }))),
        [pair("/user_id", "control_character")]
    );
}

#[test]
fn the_webhook_is_an_http_url() {
    for bad in [
        "hooks.example.com/plaid",
        "ftp://hooks.example.com/plaid",
        "https://",
        "https:///plaid",
        "https://user:pw@hooks.example.com/plaid",
        "https://hooks.example.com/pl aid",
    ] {
        assert_eq!(
            codes(&with(json!({ "webhook": bad }))),
            [pair("/webhook", "invalid_url")],
            "{bad}"
        );
    }
    assert_eq!(
        codes(&with(json!({ "webhook": "https://h.example/\u{7}" }))),
        [pair("/webhook", "control_character")]
    );
    let plain = warnings(&with(
        json!({ "webhook": "http://127.0.0.1:1880/plaid/webhook" }),
    ));
    assert_eq!(plain[0].code, "insecure_webhook");
    assert!(warnings(&with(
        json!({ "webhook": "HTTPS://Hooks.Example.com:8443/p?x=1" })
    ))
    .is_empty());
}

#[test]
fn products_come_from_the_products_enum_at_least_one() {
    warnings(&with(
        json!({ "products": ["cra_partner_insights", "cra_base_report"] }),
    ));
    warnings(&with(json!({ "products": null })));
    assert_eq!(plaid_check_report_create::fields::PRODUCTS.len(), 40);
    assert_eq!(
        codes(&with(json!({ "products": [] }))),
        [pair("/products", "too_few_items")]
    );
    assert_eq!(
        codes(&with(
            json!({ "products": ["cra_partner_insights", "partner_insights"] })
        )),
        [pair("/products/1", "invalid_enum")]
    );
}

#[test]
fn partner_insights_takes_prism_versions_and_fico() {
    let ok = validate(&with(json!({ "partner_insights": {
        "prism_versions": { "cashscore": 4, "firstdetect": "3", "insights": "4.1", "detect": null, "extend": "4" },
        "fico": {
            "fico_lender_id": "l", "lender_application_id": "a",
            "ultrafico_score_requests": [{ "ultrafico_score_version": "1.0",
                "base_fico_score": { "bureau": "EQUIFAX", "score": 700, "base_fico_score_version": "10T" } }]
        }
    }})))
    .unwrap();
    // A numeric spelling is sent as the string Plaid expects.
    assert_eq!(
        ok.input["partner_insights"]["prism_versions"]["cashscore"],
        "4"
    );
    assert_eq!(ok.warnings[0].code, "normalized_number");
    // Not deprecated here: this is where new Plaid clients configure Partner Insights.
    assert!(ok
        .warnings
        .iter()
        .all(|w| w.code != "request_time_config_deprecated"));
    assert_eq!(
        codes(&with(
            json!({ "partner_insights": { "prism_versions": { "cashscore": "5" } } })
        )),
        [pair(
            "/partner_insights/prism_versions/cashscore",
            "invalid_enum"
        )]
    );
    assert_eq!(
        codes(&with(
            json!({ "partner_insights": { "fico": { "lender_application_id": "a", "ultrafico_score_requests": [] } } })
        )),
        [pair("/partner_insights/fico/fico_lender_id", "required")]
    );
    assert_eq!(
        codes(&with(json!({ "partner_insights": { "prism": {} } }))),
        [pair("/partner_insights/prism", "unknown_field")]
    );
}

#[test]
fn base_report_options() {
    let deprecated = warnings(&with(json!({ "base_report": { "client_report_id": "x" } })));
    assert_eq!(deprecated[0].path, "/base_report/client_report_id");
    assert_eq!(deprecated[0].code, "deprecated");
    warnings(&with(json!({ "base_report": {
        "require_identity": true,
        "gse_options": { "report_types": ["VOA", "EMPLOYMENT_REFRESH"] },
        "home_lending_report_options": {
            "reports_requested": ["VOA", "EMPLOYMENT_REFRESH", "INCOME"],
            "employment_refresh_options": { "days_requested": 731 }
        }
    }})));
    assert_eq!(
        codes(&with(
            json!({ "base_report": { "gse_options": { "report_types": ["INCOME"] } } })
        )),
        [pair(
            "/base_report/gse_options/report_types/0",
            "invalid_enum"
        )]
    );
    assert_eq!(
        codes(&with(
            json!({ "base_report": { "home_lending_report_options": {} } })
        )),
        [pair(
            "/base_report/home_lending_report_options/reports_requested",
            "required"
        )]
    );
    assert_eq!(
        codes(&with(
            json!({ "base_report": { "home_lending_report_options": {
            "reports_requested": ["VOA"], "employment_refresh_options": { "days_requested": 800 } } } })
        )),
        [pair(
            "/base_report/home_lending_report_options/employment_refresh_options/days_requested",
            "too_large"
        )]
    );
    assert_eq!(
        codes(&with(
            json!({ "base_report": { "require_identity": "yes" } })
        )),
        [pair("/base_report/require_identity", "invalid_type")]
    );
}

#[test]
fn the_other_option_objects() {
    warnings(&with(json!({
        "include_investments": true,
        "client_report_id": null,
        "cashflow_insights": { "attributes_version": "CFI1" },
        "lend_score": { "lend_score_version": "LS1" },
        "network_insights": { "network_insights_version": "NI1" },
        "income_insights": { "income_insights_version": "II2",
            "income_insights_filter": { "included_categories": ["SALARY"], "excluded_categories": [] } }
    })));
    let cases = [
        (
            json!({ "include_investments": "yes" }),
            "/include_investments",
            "invalid_type",
        ),
        (
            json!({ "cashflow_insights": { "attributes_version": "v3.0" } }),
            "/cashflow_insights/attributes_version",
            "invalid_enum",
        ),
        (
            json!({ "lend_score": { "lend_score_version": "LS2" } }),
            "/lend_score/lend_score_version",
            "invalid_enum",
        ),
        (
            json!({ "network_insights": { "network_insights_version": "NI2" } }),
            "/network_insights/network_insights_version",
            "invalid_enum",
        ),
        (
            json!({ "income_insights": {} }),
            "/income_insights/income_insights_version",
            "required",
        ),
        (
            json!({ "income_insights": { "income_insights_version": null, "income_insights_filter": {} } }),
            "/income_insights/income_insights_filter/included_categories",
            "required",
        ),
        (
            json!({ "client_report_id": 7 }),
            "/client_report_id",
            "invalid_type",
        ),
        (json!({ "webhok": "x" }), "/webhok", "unknown_field"),
    ];
    for (patch, path, code) in cases {
        assert_eq!(codes(&with(patch.clone())), [pair(path, code)], "{patch}");
    }
    let typo = validate(&with(json!({ "webhok": "x" }))).unwrap_err();
    assert!(typo.errors[0].message.contains("did you mean \"webhook\""));
}

#[test]
fn every_problem_is_reported_at_once() {
    let found = codes(&json!({ "days_requested": 999, "products": [], "x": 1 }).to_string());
    for expected in [
        pair("/webhook", "required"),
        pair("/days_requested", "too_large"),
        pair("/consumer_report_permissible_purpose", "required"),
        pair("/products", "too_few_items"),
        pair("/x", "unknown_field"),
        pair("/user_id", "missing_identity"),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    assert_eq!(codes("[1]"), [pair("", "invalid_type")]);
    assert_eq!(codes("{"), [pair("", "invalid_json")]);
}

#[test]
fn the_input_schema_agrees_with_the_validator() {
    let schema = plaid_check_report_create::descriptor().input_schema;
    assert_eq!(schema["properties"]["days_requested"]["maximum"], 731);
    assert_eq!(schema["properties"]["days_required"]["maximum"], 184);
    assert_eq!(
        schema["required"],
        json!([
            "webhook",
            "days_requested",
            "consumer_report_permissible_purpose"
        ])
    );
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let good: Value =
        serde_json::from_str(&with(json!({ "products": ["cra_partner_insights"] }))).unwrap();
    assert!(validator.is_valid(&good));
    for patch in [
        json!({ "days_requested": 732 }),
        json!({ "days_required": 185 }),
        json!({ "products": [] }),
        json!({ "-user_id": null }),
        json!({ "consumer_report_permissible_purpose": "X" }),
        json!({ "nope": 1 }),
    ] {
        let bad: Value = serde_json::from_str(&with(patch.clone())).unwrap();
        assert!(!validator.is_valid(&bad), "{patch}");
        assert!(validate(&bad.to_string()).is_err(), "{patch}");
    }
}

/// The shared cases (`tests/cases/validation.json`, also run through the real component
/// by the host's flow tests): every field and rule, each with exactly its errors and
/// warnings.
#[test]
fn every_case_gives_exactly_its_errors_and_warnings() {
    let cases: Value =
        serde_json::from_str(include_str!("cases/validation.json")).expect("the cases are JSON");
    let pairs = |list: &Value| -> Vec<(String, String)> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p[0].as_str().unwrap().to_owned(),
                    p[1].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let found = |list: Vec<FieldError>| -> Vec<(String, String)> {
        list.into_iter().map(|e| (e.path, e.code)).collect()
    };
    let cases = cases["cases"].as_array().unwrap();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for case in cases {
        let (errors, warnings) = match validate(&case["input"].to_string()) {
            Ok(ok) => (Vec::new(), found(ok.warnings)),
            Err(bad) => (found(bad.errors), found(bad.warnings)),
        };
        assert_eq!(errors, pairs(&case["errors"]), "errors: {}", case["name"]);
        assert_eq!(
            warnings,
            pairs(&case["warnings"]),
            "warnings: {}",
            case["name"]
        );
    }
}
