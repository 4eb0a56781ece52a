//! Plaid's current contract (OAS 1.778.0), natively: the input schema and `validate`
//! agree on a generated corpus, a 2xx with a report never fails, every `error_type`
//! maps to a sensible kind, the documented error table matches the mapper, and the
//! request_time_config setting and `Content-Length` shape the prepared request.

use std::path::PathBuf;

use plaid_partner_insights::error::{classify, PLAID_ERROR_TYPES};
use plaid_partner_insights::{
    descriptor, parse, prepare, validate, ErrorKind, RequestTimeConfig, StepConfig,
};
use serde_json::{json, Map, Value};

const SPEC_EXAMPLE: &str = include_str!("../examples/plaid/response-200.spec-example-1.json");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every JSON Pointer in a document, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                let token = key.replace('~', "~0").replace('/', "~1");
                pointers(member, format!("{at}/{token}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn set(doc: &mut Value, pointer: &str, replacement: Value) {
    match doc.pointer_mut(pointer) {
        Some(slot) => *slot = replacement,
        None => panic!("no {pointer}"),
    }
}

fn remove(doc: &mut Value, pointer: &str) -> bool {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return false;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(map)) => map.shift_remove(&key).is_some(),
        Some(Value::Array(items)) => match key.parse::<usize>() {
            Ok(index) if index < items.len() => {
                items.remove(index);
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// Mutations of `seed` at every position: removed, null, each JSON type, numeric and
/// whole-float spellings, empty and control-character strings, unknown members.
fn mutations(seed: &Value) -> Vec<Value> {
    let mut all = Vec::new();
    let mut paths = Vec::new();
    pointers(seed, String::new(), &mut paths);
    for path in &paths {
        let current = seed.pointer(path).unwrap().clone();
        let mut replacements = vec![
            Value::Null,
            json!("x"),
            json!(""),
            json!("a\u{1}b"),
            json!(7),
            json!(7.5),
            json!(true),
            json!([]),
            json!({}),
            json!(["x"]),
        ];
        // Values that are valid somewhere in the request, tried everywhere.
        for text in [
            "4.1", "4", "3_lite", "3", "10T", "1.0", "EXPERIAN", "free", "usr_x",
        ] {
            replacements.push(json!(text));
        }
        if let Some(text) = current.as_str() {
            if let Ok(number) = serde_json::from_str::<Value>(text) {
                if number.is_number() {
                    replacements.push(number.clone());
                    if let Some(f) = number.as_f64() {
                        replacements.push(json!(f));
                    }
                }
            }
            replacements.push(json!(text.to_lowercase()));
            replacements.push(json!(format!("{text}\n")));
        }
        if let Some(n) = current.as_i64() {
            replacements.push(json!(n as f64));
            replacements.push(json!(n as f64 + 0.25));
        }
        if let Value::Object(map) = &current {
            let mut extended = map.clone();
            extended.insert("not_a_plaid_field".into(), json!(1));
            replacements.push(Value::Object(extended));
        }
        if let Value::Array(items) = &current {
            let mut doubled = items.clone();
            doubled.extend(items.iter().cloned());
            doubled.extend(items.iter().cloned());
            replacements.push(Value::Array(doubled));
        }
        for replacement in replacements {
            let mut doc = seed.clone();
            if path.is_empty() {
                doc = replacement;
            } else {
                set(&mut doc, path, replacement);
            }
            all.push(doc);
        }
        let mut doc = seed.clone();
        if remove(&mut doc, path) {
            all.push(doc);
        }
    }
    all
}

/// Every field of the request at least once.
fn rich_input() -> Value {
    json!({
        "user_id": "usr_9nSp2KuZ2x4JDw",
        "user_token": "user-sandbox-1",
        "third_party_user_token": "tp-1",
        "client_id": "cid",
        "secret": "sec",
        "user_tier": "paid",
        "partner_insights": {
            "prism_versions": { "detect": "4.1", "firstdetect": "3", "cashscore": "3_lite", "extend": "4", "insights": "3" },
            "fico": {
                "fico_lender_id": "lender_1",
                "lender_application_id": "app_1",
                "ultrafico_score_requests": [{
                    "ultrafico_score_version": "1.0",
                    "request_correlation_id": "corr_1",
                    "fico_scoring_request_id": "fsr_1",
                    "base_fico_score": {
                        "bureau": "TRANSUNION", "score": 700, "base_fico_score_version": "10",
                        "reason_codes": ["1", "2"], "reason_code_1": "1", "reason_code_2": null,
                        "reason_code_3": "3", "reason_code_4": null,
                        "did_inquiries_adversely_affect_score": null
                    }
                }]
            }
        },
        "options": { "prism_versions": { "cashscore": "4", "insights": "4.1" } }
    })
}

fn input_seeds() -> Vec<Value> {
    let mut seeds = vec![rich_input()];
    for example in descriptor().examples.as_array().unwrap() {
        seeds.push(example["input"].clone());
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples/inputs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.push(root().join("examples/plaid/request.docs-sample.json"));
    files.sort();
    for file in files {
        seeds.push(serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap());
    }
    seeds
}

#[test]
fn the_input_schema_and_validate_agree_on_a_generated_corpus() {
    let schema = descriptor().input_schema;
    let validator = jsonschema::validator_for(&schema).expect("the input schema compiles");
    let mut checked = 0;
    let mut valid = 0;
    let mut disagreements = Vec::new();
    for seed in input_seeds() {
        let mut corpus = mutations(&seed);
        corpus.push(seed);
        for doc in corpus {
            let by_schema = validator.is_valid(&doc);
            let by_validate = validate(&doc.to_string());
            if by_schema != by_validate.is_ok() {
                disagreements.push(format!(
                    "schema {by_schema}, validate {:?}: {doc}",
                    by_validate.err().map(|e| e.errors)
                ));
            }
            checked += 1;
            valid += usize::from(by_schema);
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {checked} disagree, e.g.:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(10)].join("\n")
    );
    assert!(
        checked > 3000 && valid > 800 && checked - valid > 2000,
        "{checked} checked, {valid} valid"
    );
}

#[test]
fn numeric_versions_and_the_identity_rule_are_in_the_schema() {
    let schema = descriptor().input_schema;
    let cashscore = &schema["properties"]["partner_insights"]["properties"]["prism_versions"]
        ["properties"]["cashscore"];
    assert_eq!(cashscore["type"], json!(["string", "number", "null"]));
    assert_eq!(
        cashscore["enum"],
        json!(["4.1", "4", "3_lite", "3", 4.1, 4, 3, null])
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (doc, ok) in [
        (json!({ "third_party_user_token": "tp" }), true),
        (json!({ "user_token": "t" }), true),
        (json!({ "user_id": null }), false),
        (json!({ "user_id": "abc" }), true),
        (json!({ "user_id": "usr_\u{0}" }), false),
        (json!({ "user_id": "usr_\u{85}" }), false),
        (json!({ "user_id": "usr_é" }), true),
        (
            json!({ "user_id": "usr_1", "partner_insights": { "prism_versions": { "detect": 4.0 } } }),
            true,
        ),
        (
            json!({ "user_id": "usr_1", "partner_insights": { "prism_versions": { "detect": 4.5 } } }),
            false,
        ),
    ] {
        assert_eq!(validator.is_valid(&doc), ok, "schema: {doc}");
        assert_eq!(validate(&doc.to_string()).is_ok(), ok, "validate: {doc}");
    }
    for field in ["partner_insights", "options"] {
        assert_eq!(
            schema["properties"][field]["deprecated"],
            json!(true),
            "{field}"
        );
        assert!(descriptor().ui_hints["deprecated"]
            .as_array()
            .unwrap()
            .contains(&json!(format!("/{field}"))));
    }
}

#[test]
fn the_descriptor_tells_the_current_contract() {
    let d = descriptor();
    assert!(
        !d.description.contains("during the call"),
        "{}",
        d.description
    );
    for needle in [
        "OAS 1.778.0",
        "2026-07-01",
        "/cra/check_report/create",
        "v3 if none",
        "not generated",
    ] {
        assert!(
            d.description.contains(needle),
            "{needle}: {}",
            d.description
        );
    }
    let versions =
        &d.input_schema["properties"]["partner_insights"]["properties"]["prism_versions"];
    let doc = versions["description"].as_str().unwrap();
    assert!(
        doc.contains("configured default") && doc.contains("not generated"),
        "{doc}"
    );
    assert!(
        !d.input_schema.to_string().contains("defaults to"),
        "no stale Prism default"
    );
    let result = &d.output_schema["properties"]["report"]["properties"]["fico"]["properties"]
        ["ultrafico_score_results"]["items"]["properties"];
    assert_eq!(result["exclusion_code"]["type"], json!(["string", "null"]));
    let summary_entry =
        &d.output_schema["properties"]["summary"]["properties"]["ultrafico_scores"]["items"];
    assert!(summary_entry["required"]
        .as_array()
        .unwrap()
        .contains(&json!("exclusion_code")));
    let street = d.output_schema["properties"]["report"]["properties"]["items"]["items"]
        ["properties"]["accounts"]["items"]["properties"]["owners"]["items"]["properties"]
        ["addresses"]["items"]["properties"]["data"]["properties"]["street"]
        .clone();
    assert_eq!(street["type"], json!(["string", "null"]));
    assert!(d.output_schema["required"]
        .as_array()
        .unwrap()
        .contains(&json!("contract_deviations")));
}

/// Response bodies: the spec example with every leaf replaced, and members removed.
fn response_corpus() -> Vec<Value> {
    let spec: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    let mut fico = spec.clone();
    fico["report"]["fico"] = json!({
        "lender_application_id": "app_1",
        "ultrafico_score_results": [
            { "request_correlation_id": "c1", "fico_scoring_request_id": "f1", "exclusion_code": "0",
              "ultrafico_score": { "ultrafico_score_version": "1.0", "score": 712, "negative_reason_codes": ["A"], "positive_reason_codes": [], "did_inquiries_adversely_affect_score": false } },
            { "request_correlation_id": "c2", "exclusion_code": "12", "ultrafico_score": null, "error_reason": "NO_SCORE" }
        ],
        "report_characteristics": { "num_accounts": 2, "avg_daily_balance_over_3_months": 10.5 }
    });
    fico["report"]["prism"]["extend"] = json!({ "model_version": "4.1", "score": 512, "reason_codes": [], "metadata": spec["report"]["prism"]["cash_score"]["metadata"].clone() });
    fico["report"]["items"][0]["accounts"][0]["owners"] = json!([{
        "names": ["A"], "phone_numbers": [{ "data": "1", "primary": true, "type": "home" }],
        "emails": [{ "data": "a@b", "primary": false, "type": "other" }],
        "addresses": [{ "data": { "street": null, "city": "X", "region": null, "postal_code": null, "country": "US" }, "primary": true }]
    }]);
    fico["warnings"] = json!([{ "warning_type": "CHECK_REPORT_WARNING", "warning_code": "USER_FRAUD_ALERT", "cause": null }]);
    let mut corpus = vec![spec.clone(), fico.clone()];
    corpus.extend(mutations(&spec));
    corpus.extend(mutations(&fico));
    corpus
}

fn has_report(body: &Value) -> bool {
    body.get("report").is_some_and(Value::is_object)
}

#[test]
fn a_2xx_with_a_report_never_fails_and_deviations_mirror_the_output_schema() {
    let schema = descriptor().output_schema;
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut with_report = 0;
    let mut with_deviations = 0;
    for body in response_corpus() {
        let text = body.to_string();
        for status in [200, 201, 203] {
            let result = parse(status, &[], text.as_bytes());
            if !has_report(&body) {
                assert!(result.is_err(), "no report, yet a success: {body}");
                continue;
            }
            let outputs = result.unwrap_or_else(|e| panic!("{e:?} for {body}"));
            let deviations = outputs["contract_deviations"].as_array().unwrap();
            assert_eq!(
                validator.is_valid(&outputs),
                deviations.is_empty(),
                "schema vs deviations {deviations:?} for {body}"
            );
            let summary = &outputs["summary"];
            for key in [
                "cash_score",
                "first_detect_score",
                "extend_score",
                "detect_score",
            ] {
                assert!(
                    summary[key].is_null() || summary[key].is_number(),
                    "{key}: {summary}"
                );
            }
            assert_eq!(
                outputs["report"], body["report"],
                "the report is kept as sent"
            );
            with_report += 1;
            with_deviations += usize::from(!deviations.is_empty());
        }
    }
    assert!(
        with_report > 1000 && with_deviations > 500,
        "{with_report} / {with_deviations}"
    );
}

#[test]
fn deviations_name_the_pointer_the_expectation_and_what_came() {
    let mut body: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    body["report"]["prism"]["insights"]["version"] = Value::Null;
    body["report"]["prism"]["first_detect"]["version"] = json!(4.1);
    body["report"]["items"][0]["accounts"][0]["subtype"] = json!("crypto");
    body["report"]["items"][0]["accounts"][0]
        .as_object_mut()
        .unwrap()
        .remove("name");
    let text = body.to_string().replace(
        "\"score\":900,\"reason_codes\"",
        "\"score\":712.0,\"reason_codes\"",
    );
    let out = parse(200, &[], text.as_bytes()).unwrap();
    assert_eq!(
        out["contract_deviations"],
        json!([
            { "path": "/report/prism/insights/version", "expected": "an integer", "found": "null" },
            { "path": "/report/prism/first_detect/version", "expected": "an integer", "found": "a number" },
            { "path": "/report/items/0/accounts/0/name", "expected": "a string", "found": "missing" },
            { "path": "/report/items/0/accounts/0/subtype", "expected": "one of checking, savings, hsa, cd, money market, paypal, prepaid, cash management, ebt, limited purpose checking, all", "found": "\"crypto\"" }
        ])
    );
    assert_eq!(out["summary"]["cash_score"], json!(712));
    assert!(out["summary"]["cash_score"].is_i64());
    assert_eq!(
        out["report"]["prism"]["cash_score"]["score"],
        json!(712.0),
        "kept as sent"
    );
    assert_eq!(out["summary"]["insights_model_version"], Value::Null);
    let fractional = SPEC_EXAMPLE.replacen("\"score\": 900", "\"score\": 712.5", 1);
    let out = parse(200, &[], fractional.as_bytes()).unwrap();
    assert_eq!(out["summary"]["cash_score"], json!(712.5));
    assert_eq!(
        out["contract_deviations"],
        json!([{ "path": "/report/prism/cash_score/score", "expected": "an integer or null", "found": "a number" }])
    );
}

#[test]
fn summary_versions_are_strings_and_exclusion_codes_are_kept() {
    let body = json!({
        "request_id": "r",
        "report": {
            "prism": { "status": "SUCCESS", "insights": { "version": 4.1 } },
            "fico": { "lender_application_id": "a", "ultrafico_score_results": [
                { "request_correlation_id": "c1", "exclusion_code": "0", "ultrafico_score": { "ultrafico_score_version": "1.0", "score": 700.0 } },
                { "request_correlation_id": "c2", "exclusion_code": 12, "ultrafico_score": null, "error_reason": "EXCLUDED" },
                { "request_correlation_id": "c3" }
            ] }
        }
    });
    let out = parse(200, &[], body.to_string().as_bytes()).unwrap();
    assert_eq!(out["summary"]["insights_model_version"], json!("4.1"));
    assert_eq!(
        out["summary"]["ultrafico_scores"],
        json!([
            { "request_correlation_id": "c1", "fico_scoring_request_id": null, "score": 700, "exclusion_code": "0", "error_reason": null },
            { "request_correlation_id": "c2", "fico_scoring_request_id": null, "score": null, "exclusion_code": "12", "error_reason": "EXCLUDED" },
            { "request_correlation_id": "c3", "fico_scoring_request_id": null, "score": null, "exclusion_code": null, "error_reason": null }
        ])
    );
    let four = json!({ "request_id": "r", "report": { "prism": { "status": "SUCCESS", "insights": { "version": 4 } } } });
    let out = parse(200, &[], four.to_string().as_bytes()).unwrap();
    assert_eq!(out["summary"]["insights_model_version"], json!("4"));
}

#[test]
fn a_plaid_error_in_a_2xx_is_classified_like_at_its_documented_status() {
    let body = include_bytes!("../examples/plaid/errors/400.PRODUCT_NOT_READY.docs.json");
    let at_400 = parse(400, &[], body).unwrap_err();
    let at_200 = parse(200, &[], body).unwrap_err();
    assert_eq!((at_200.kind, at_200.retryable), (ErrorKind::NotReady, true));
    assert_eq!(
        (at_200.kind, at_200.retryable, &at_200.code),
        (at_400.kind, at_400.retryable, &at_400.code)
    );
    assert_eq!(at_200.suggested_action, at_400.suggested_action);
    assert_eq!(at_200.http_status, Some(200));
    assert!(at_200.message.contains("HTTP 200"), "{}", at_200.message);
    let rate = json!({ "error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT", "error_message": "m", "display_message": null });
    let e = parse(200, &[], rate.to_string().as_bytes()).unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::RateLimited, true));
    let unknown = json!({ "error_type": "BRAND_NEW_ERROR", "error_code": "X", "error_message": "m", "display_message": null });
    let e = parse(200, &[], unknown.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        (e.kind, e.retryable),
        (ErrorKind::InvalidRequest, false),
        "like at 400"
    );
    for bad in [
        &b"{\"request_id\":\"r\"}"[..],
        b"[]",
        b"",
        b"{\"report\": null}",
        b"{\"report\": [1]}",
    ] {
        let e = parse(200, &[], bad).unwrap_err();
        assert_eq!(
            (e.kind, e.retryable),
            (ErrorKind::ResponseInvalid, false),
            "{bad:?}"
        );
    }
}

#[test]
fn every_plaid_error_type_maps_to_a_sensible_kind() {
    use ErrorKind::*;
    assert_eq!(PLAID_ERROR_TYPES.len(), 40);
    for error_type in PLAID_ERROR_TYPES {
        for status in [400u16, 429, 500, 503] {
            let (kind, retryable, action) = classify(error_type, "SOME_NEW_CODE", status);
            assert!(!action.is_empty());
            assert!(
                !matches!(
                    kind,
                    ResponseInvalid
                        | Denied
                        | Transport
                        | PluginFault
                        | InvalidInput
                        | InvalidConfig
                ),
                "{error_type}: {kind:?}"
            );
            let expected_retryable = match *error_type {
                "RATE_LIMIT_EXCEEDED" | "API_ERROR" => true,
                "INVALID_REQUEST"
                | "INVALID_INPUT"
                | "USER_ERROR"
                | "ITEM_ERROR"
                | "INSTITUTION_ERROR"
                | "CHECK_REPORT_ERROR"
                | "CONSUMER_REPORT_ERROR"
                | "CRA_REPORT_ERROR"
                | "CRA_PARTNER_INSIGHTS_ERROR"
                | "BASE_REPORT_ERROR"
                | "IDEMPOTENCY_ERROR" => false,
                // Types this endpoint is not documented to return: the status decides.
                _ => status == 429 || status >= 500,
            };
            assert_eq!(retryable, expected_retryable, "{error_type} at {status}");
        }
    }
    assert_eq!(classify("SOMETHING_PLAID_ADDS", "X", 503).0, ApiError);
    assert_eq!(
        classify("SOMETHING_PLAID_ADDS", "X", 408),
        (Timeout, true, classify("X", "Y", 408).2)
    );
    assert_eq!(classify("SOMETHING_PLAID_ADDS", "X", 403).0, Auth);
    assert_eq!(classify("SOMETHING_PLAID_ADDS", "X", 400).0, InvalidRequest);
}

#[test]
fn outages_timeouts_and_gateways_are_retryable_login_repair_is_not() {
    use ErrorKind::*;
    for error_type in ["INSTITUTION_ERROR", "ITEM_ERROR"] {
        for code in [
            "INSTITUTION_DOWN",
            "INSTITUTION_NOT_RESPONDING",
            "INSTITUTION_NOT_AVAILABLE",
        ] {
            let (kind, retryable, _) = classify(error_type, code, 400);
            assert_eq!(
                (kind, retryable),
                (ReportUnavailable, true),
                "{error_type}/{code}"
            );
        }
    }
    let (kind, retryable, action) = classify("ITEM_ERROR", "ITEM_LOGIN_REQUIRED", 400);
    assert_eq!((kind, retryable), (ReportUnavailable, false));
    assert!(
        action.contains("update mode") && action.contains("/cra/check_report/create"),
        "{action}"
    );
    assert!(!action.starts_with("retry"), "{action}");
    for (status, body, kind) in [
        (408, &b""[..], Timeout),
        (502, b"", ApiError),
        (503, b"", ApiError),
        (504, b"", ApiError),
        (502, b"<html>bad gateway</html>", ApiError),
        (504, b"<html>timeout</html>", ApiError),
    ] {
        let e = parse(status, &[], body).unwrap_err();
        assert_eq!(
            (e.kind, e.retryable, e.http_status),
            (kind, true, Some(status)),
            "{status}"
        );
    }
    let e = parse(429, &[], br#"{"error_type":"RATE_LIMIT_EXCEEDED","error_code":"RATE_LIMIT_EXCEEDED","error_message":"m","display_message":null}"#).unwrap_err();
    assert_eq!((e.kind, e.retryable), (RateLimited, true));
}

#[test]
fn causes_and_error_code_reason_are_kept_when_present_and_optional() {
    let with = json!({ "error_type": "USER_ERROR", "error_code": "USER_ITEM_ASSOCIATION_FAILED", "error_message": "m", "display_message": null,
        "causes": [{ "item_id": "i1", "error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": "x", "display_message": null }],
        "error_code_reason": "OAUTH_CONSENT_EXPIRED" });
    let e = parse(400, &[], with.to_string().as_bytes()).unwrap_err();
    let detail: Value = serde_json::from_str(&e.detail.unwrap()).unwrap();
    assert_eq!(
        detail["causes"][0]["error_code"],
        json!("ITEM_LOGIN_REQUIRED")
    );
    assert_eq!(detail["error_code_reason"], json!("OAUTH_CONSENT_EXPIRED"));
    let without = json!({ "error_type": "CHECK_REPORT_ERROR", "error_code": "NO_ACCOUNTS", "error_message": "m", "display_message": null });
    let e = parse(400, &[], without.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.detail, None);
    assert_eq!(e.kind, ErrorKind::ReportUnavailable);
}

#[test]
fn plaids_refusal_of_request_time_configuration_says_what_to_do() {
    let refusal = json!({ "error_type": "INVALID_REQUEST", "error_code": "INVALID_FIELD",
        "error_message": "partner_insights is not accepted for clients created on or after 2026-07-01", "display_message": null });
    let e = parse(400, &[], refusal.to_string().as_bytes()).unwrap_err();
    let action = e.suggested_action.unwrap();
    assert!(
        action.contains("/cra/check_report/create")
            && action.contains("request_time_config")
            && action.contains("2026-07-01"),
        "{action}"
    );
    let nested = json!({ "error_type": "INVALID_REQUEST", "error_code": "UNKNOWN_FIELDS",
        "error_message": "the following fields are not recognized by this endpoint: partner_insights.fico.x", "display_message": null });
    let e = parse(400, &[], nested.to_string().as_bytes()).unwrap_err();
    assert!(!e.suggested_action.unwrap().contains("request_time_config"));
}

/// The documented error table (docs/plaid.md): every row's kind and retryability are the
/// mapper's.
#[test]
fn the_documented_error_table_matches_the_mapper() {
    let readme = std::fs::read_to_string(root().join("docs/plaid.md")).unwrap();
    let start = readme
        .find("| error_type | error_code | HTTP | kind | retryable |")
        .expect("docs/plaid.md has the error table");
    let mut rows = 0;
    for line in readme[start..].lines().skip(2) {
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = line
            .split('|')
            .map(|c| c.trim().trim_matches('`'))
            .collect();
        let (error_type, code, status, kind, retryable) =
            (cells[1], cells[2], cells[3], cells[4], cells[5]);
        let status: u16 = status
            .parse()
            .unwrap_or_else(|_| panic!("status in {line}"));
        // Rows without a Plaid error object: an empty body (or `{}` for a 2xx).
        let body = if error_type == "(no error object)" {
            if status < 300 {
                "{}".to_owned()
            } else {
                String::new()
            }
        } else {
            json!({ "error_type": error_type, "error_code": code, "error_message": "m", "display_message": null }).to_string()
        };
        let e = parse(status, &[], body.as_bytes()).unwrap_err();
        let kind_name = serde_json::to_value(e.kind).unwrap();
        assert_eq!(kind_name, json!(kind), "{line}");
        assert_eq!(e.retryable.to_string(), retryable, "{line}");
        rows += 1;
    }
    assert!(rows >= 30, "only {rows} rows");
}

fn no_env(_: &str) -> Option<String> {
    None
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn the_request_carries_content_length() {
    let input = json!({ "user_id": "usr_é", "partner_insights": { "prism_versions": { "cashscore": "4" } } }).to_string();
    let p = prepare(&input, &StepConfig::default(), &no_env).unwrap();
    for request in [&p.wire, &p.shown] {
        assert_eq!(
            header(&request.headers, "content-length"),
            Some(request.body.len().to_string().as_str()),
            "bytes, not characters"
        );
    }
}

#[test]
fn the_request_time_config_setting_sends_omits_or_refuses() {
    let config = |setting| StepConfig {
        request_time_config: Some(setting),
        ..StepConfig::default()
    };
    let input = json!({ "user_id": "usr_1", "partner_insights": { "prism_versions": { "cashscore": "4" } }, "options": { "prism_versions": { "cashscore": "4" } } }).to_string();
    let sent = prepare(&input, &StepConfig::default(), &no_env).unwrap();
    let body: Map<String, Value> = serde_json::from_str(&sent.wire.body).unwrap();
    assert!(
        body.contains_key("partner_insights") && body.contains_key("options"),
        "default: send"
    );
    let same = prepare(&input, &config(RequestTimeConfig::Send), &no_env).unwrap();
    assert_eq!(same.wire.body, sent.wire.body);
    let omitted = prepare(&input, &config(RequestTimeConfig::Omit), &no_env).unwrap();
    assert_eq!(omitted.shown.body, r#"{"user_id":"usr_1"}"#);
    assert_eq!(header(&omitted.wire.headers, "content-length"), Some("19"));
    let e = prepare(&input, &config(RequestTimeConfig::Refuse), &no_env).unwrap_err();
    assert_eq!((e.kind, e.retryable), (ErrorKind::InvalidInput, false));
    let paths: Vec<&str> = e.field_errors.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["/partner_insights", "/options"]);
    assert!(e
        .field_errors
        .iter()
        .all(|f| f.code == "request_time_config_refused" && f.message.contains("2026-07-01")));
    let plain = prepare(
        r#"{"user_id":"usr_1","options":null}"#,
        &config(RequestTimeConfig::Refuse),
        &no_env,
    )
    .unwrap();
    assert_eq!(
        plain.wire.body, r#"{"user_id":"usr_1"}"#,
        "nothing to refuse in a null"
    );
}
