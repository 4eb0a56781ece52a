//! Plaid's current contract (OAS 1.778.0) through the real release component in the
//! real host against the real simulator: one test per numbered case of issue 11, and
//! the property that a 2xx carrying a report never fails.

use std::time::Duration;

use plaid_sim::{SimConfig, Simulator, SPECIAL_USERS};
use serde_json::{json, Value};
use step_host::outcome::StepError;
use step_host::{Plugin, RetryPolicy, StepConfig};
use step_test_support::*;

const SPEC_EXAMPLE: &str = include_str!("../../../examples/plaid/response-200.spec-example-1.json");

fn input(user: &str) -> String {
    json!({ "user_id": user }).to_string()
}

async fn setup() -> (Simulator, Plugin) {
    let sim = sim().await;
    let plugin = load(policy_for(&sim), sim_credentials());
    (sim, plugin)
}

async fn run(plugin: &Plugin, sim: &Simulator, input: &str) -> Result<Value, StepError> {
    plugin.execute(input, &config_for(sim)).await
}

fn with_setting(sim: &Simulator, setting: &str) -> StepConfig {
    let mut config = config_for(sim);
    config.set("request_time_config", serde_json::json!(setting));
    config
}

#[tokio::test]
async fn case_1_contract_deviations_in_a_200_still_deliver_the_report() {
    let (sim, plugin) = setup().await;
    let cases: &[(&str, &str, &str, Value)] = &[
        (
            "usr_contract_null_version",
            "/report/prism/insights/version",
            "null",
            json!({ "insights_model_version": null }),
        ),
        (
            "usr_contract_float_version",
            "/report/prism/first_detect/version",
            "a number",
            json!({ "first_detect_score": 900 }),
        ),
        (
            "usr_contract_fractional_score",
            "/report/prism/cash_score/score",
            "a number",
            json!({ "cash_score": 712.5 }),
        ),
    ];
    for (user, path, found, summary) in cases {
        let out = run(&plugin, &sim, &input(user))
            .await
            .unwrap_or_else(|e| panic!("{user} must succeed: {e:?}"));
        assert_eq!(out["summary"]["prism_status"], json!("SUCCESS"), "{user}");
        assert!(out["summary"]["report_id"].is_string(), "{user}");
        for (key, value) in summary.as_object().unwrap() {
            assert_eq!(&out["summary"][key], value, "{user}: {key}");
        }
        let deviations = out["contract_deviations"].as_array().unwrap();
        assert_eq!(deviations.len(), 1, "{user}: {deviations:?}");
        assert_eq!(deviations[0]["path"], json!(path), "{user}");
        assert_eq!(deviations[0]["found"], json!(found), "{user}");
        assert!(deviations[0]["expected"]
            .as_str()
            .unwrap()
            .starts_with("an integer"));
    }
    // 712.0 is an integer in JSON Schema terms: no deviation, and the summary says 712.
    let out = run(&plugin, &sim, &input("usr_contract_float_score"))
        .await
        .unwrap();
    assert_eq!(out["summary"]["cash_score"], json!(712));
    assert!(out["summary"]["cash_score"].is_i64());
    assert_eq!(out["report"]["prism"]["cash_score"]["score"], json!(712.0));
    assert_eq!(out["contract_deviations"], json!([]));
    // A clean report lists no deviation.
    let out = run(&plugin, &sim, &input("usr_good_1")).await.unwrap();
    assert_eq!(out["contract_deviations"], json!([]));
}

#[tokio::test]
async fn case_2_exclusion_codes_reach_the_summary_and_the_output_schema() {
    let (sim, plugin) = setup().await;
    let out = run(&plugin, &sim, &input("usr_exclusion_code"))
        .await
        .unwrap();
    let scores = &out["summary"]["ultrafico_scores"];
    assert_eq!(scores[0]["exclusion_code"], json!("0"));
    assert_eq!(scores[0]["score"], json!(702));
    assert_eq!(scores[1]["exclusion_code"], json!("12"));
    assert_eq!(scores[1]["score"], Value::Null);
    assert_eq!(
        scores[1]["error_reason"],
        json!("INSUFFICIENT_ACCOUNT_HISTORY")
    );
    assert_eq!(out["contract_deviations"], json!([]));
    let fico = run(
        &plugin,
        &sim,
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/inputs/fico.json"
        ))
        .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(
        fico["summary"]["ultrafico_scores"][0]["exclusion_code"],
        json!("0")
    );
    let d = plugin.describe().await.unwrap();
    let schema: Value = serde_json::from_str(&d.output_schema).unwrap();
    let entry = &schema["properties"]["summary"]["properties"]["ultrafico_scores"]["items"];
    assert_eq!(
        entry["properties"]["exclusion_code"]["type"],
        json!(["string", "null"])
    );
}

#[tokio::test]
async fn case_3_temporary_failures_are_retryable_and_login_repair_says_what_to_do() {
    let (sim, plugin) = setup().await;
    let cases: &[(&str, &str, &str, u16)] = &[
        (
            "usr_institution_down",
            "report_unavailable",
            "INSTITUTION_DOWN",
            400,
        ),
        (
            "usr_institution_not_responding",
            "report_unavailable",
            "INSTITUTION_NOT_RESPONDING",
            400,
        ),
        ("usr_408_empty", "timeout", "RESPONSE_INVALID", 408),
        ("usr_502_empty", "api_error", "RESPONSE_INVALID", 502),
        ("usr_html_502", "api_error", "RESPONSE_INVALID", 502),
        ("usr_503_empty", "api_error", "RESPONSE_INVALID", 503),
        ("usr_504_empty", "api_error", "RESPONSE_INVALID", 504),
        ("usr_maintenance", "api_error", "PLANNED_MAINTENANCE", 503),
        ("usr_fault_429", "rate_limited", "RATE_LIMIT", 429),
    ];
    for (user, kind, code, status) in cases {
        let e = run(&plugin, &sim, &input(user)).await.unwrap_err();
        assert_eq!(
            (e.kind.as_str(), e.code.as_str(), e.retryable, e.http_status),
            (*kind, *code, true, Some(*status)),
            "{user}: {e:?}"
        );
    }
    let e = run(&plugin, &sim, &input("usr_item_login_required"))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str(), e.retryable),
        ("report_unavailable", "ITEM_LOGIN_REQUIRED", false)
    );
    let action = e.suggested_action.unwrap();
    assert!(
        action.contains("Link in update mode") && action.contains("/cra/check_report/create"),
        "{action}"
    );
    // The host's retry loop retries what the component marks retryable.
    let retry = RetryPolicy {
        retries: 2,
        base_delay: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    let attempted = plugin
        .execute_with_retries(&input("usr_institution_down"), &config_for(&sim), &retry)
        .await;
    assert_eq!(attempted.attempts, 3);
    let attempted = plugin
        .execute_with_retries(&input("usr_item_login_required"), &config_for(&sim), &retry)
        .await;
    assert_eq!(attempted.attempts, 1);
}

#[tokio::test]
async fn case_4_a_plaid_error_in_a_200_is_an_error_classified_like_plaid_documents_it() {
    let (sim, plugin) = setup().await;
    let e = run(&plugin, &sim, &input("usr_error_in_200"))
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str(), e.retryable, e.http_status),
        ("not_ready", "PRODUCT_NOT_READY", true, Some(200))
    );
    assert!(e.message.contains("HTTP 200"), "{}", e.message);
    assert!(e.suggested_action.unwrap().contains("CHECK_REPORT_READY"));
    // A 200 with no report at all (cut in half) is not a success either.
    let e = run(&plugin, &sim, &input("usr_truncated"))
        .await
        .unwrap_err();
    assert_eq!((e.kind.as_str(), e.retryable), ("response_invalid", false));
}

#[tokio::test]
async fn case_5_any_one_identity_is_enough_and_null_identities_are_not_sent() {
    let (sim, plugin) = setup().await;
    let only_third_party = json!({ "third_party_user_token": "tp-token-1" }).to_string();
    let out = run(&plugin, &sim, &only_third_party).await.unwrap();
    assert_eq!(out["summary"]["prism_status"], json!("SUCCESS"));
    assert_eq!(
        sim.seen().last().unwrap().fields,
        ["third_party_user_token"]
    );
    let with_null =
        json!({ "user_id": "usr_nulls", "user_token": null, "third_party_user_token": null })
            .to_string();
    run(&plugin, &sim, &with_null).await.unwrap();
    assert_eq!(sim.seen().last().unwrap().fields, ["user_id"]);
    let before = sim.seen().len();
    let e = run(&plugin, &sim, r#"{"user_token": null}"#)
        .await
        .unwrap_err();
    assert_eq!(e.kind, "invalid_input");
    assert_eq!(e.field_errors[0].code, "missing_identity");
    assert!(e.field_errors[0].message.contains("third_party_user_token"));
    assert_eq!(sim.seen().len(), before, "nothing was sent");
    // user_id without usr_: the step warns and sends it; Plaid (here the simulator) decides.
    let validation = plugin.validate(&input("abc")).await.unwrap();
    assert!(validation.valid);
    assert_eq!(validation.warnings[0].code, "user_id_format");
    let e = run(&plugin, &sim, &input("abc")).await.unwrap_err();
    assert_eq!(e.code, "INVALID_USER_ID");
}

#[tokio::test]
async fn case_6_request_time_configuration_is_deprecated_and_can_be_omitted_or_refused() {
    let (sim, plugin) = setup().await;
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/inputs/good.json"
    ))
    .unwrap();
    let validation = plugin
        .validate(r#"{"user_id":"usr_a","options":{}}"#)
        .await
        .unwrap();
    assert!(validation.valid);
    let warning = &validation.warnings[0];
    assert_eq!(
        (warning.path.as_str(), warning.code.as_str()),
        ("/options", "request_time_config_deprecated")
    );
    assert!(
        warning.message.contains("2026-07-01")
            && warning.message.contains("/cra/check_report/create")
    );

    let d = plugin.describe().await.unwrap();
    assert!(!d.description.contains("during the call"));
    let schema: Value = serde_json::from_str(&d.input_schema).unwrap();
    let hints: Value = serde_json::from_str(&d.ui_hints).unwrap();
    for field in ["partner_insights", "options"] {
        assert_eq!(schema["properties"][field]["deprecated"], json!(true));
        assert!(hints["deprecated"]
            .as_array()
            .unwrap()
            .contains(&json!(format!("/{field}"))));
    }

    let prepared = plugin
        .prepare(&good, &with_setting(&sim, "omit"))
        .await
        .unwrap();
    assert_eq!(prepared.body, json!({ "user_id": "usr_9nSp2KuZ2x4JDw" }));
    let before = sim.seen().len();
    let e = plugin
        .execute(&good, &with_setting(&sim, "refuse"))
        .await
        .unwrap_err();
    assert_eq!((e.kind.as_str(), e.retryable), ("invalid_input", false));
    assert_eq!(e.field_errors[0].code, "request_time_config_refused");
    assert_eq!(sim.seen().len(), before, "refused before any call");

    // A Plaid client created on or after 2026-07-01 gets Plaid's refusal, with advice.
    let new_client = json!({ "user_id": "usr_new_client", "partner_insights": { "prism_versions": { "cashscore": "4" } } }).to_string();
    let e = run(&plugin, &sim, &new_client).await.unwrap_err();
    assert_eq!(
        (e.kind.as_str(), e.code.as_str(), e.retryable),
        ("invalid_request", "INVALID_FIELD", false)
    );
    let action = e.suggested_action.unwrap();
    assert!(
        action.contains("request_time_config") && action.contains("/cra/check_report/create"),
        "{action}"
    );
    let out = plugin
        .execute(&new_client, &with_setting(&sim, "omit"))
        .await
        .unwrap();
    assert_eq!(out["summary"]["prism_status"], json!("SUCCESS"));
    assert_eq!(sim.seen().last().unwrap().fields, ["user_id"]);

    let new_sim = sim_with(SimConfig {
        new_client: true,
        ..SimConfig::default()
    })
    .await;
    let plugin = load(policy_for(&new_sim), sim_credentials());
    let e = run(&plugin, &new_sim, &good).await.unwrap_err();
    assert_eq!(e.code, "INVALID_FIELD");
    plugin
        .execute(&good, &with_setting(&new_sim, "omit"))
        .await
        .unwrap();
}

#[tokio::test]
async fn case_7_the_request_carries_content_length_and_is_not_chunked() {
    let (sim, plugin) = setup().await;
    let fico = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/inputs/fico.json"
    ))
    .unwrap();
    run(&plugin, &sim, &fico).await.unwrap();
    let seen = sim.seen().pop().unwrap();
    assert!(!seen.chunked);
    assert!(seen.body_bytes > 200);
    assert_eq!(seen.content_length, Some(seen.body_bytes as u64));
    let prepared = plugin.prepare(&fico, &StepConfig::default()).await.unwrap();
    assert_eq!(
        prepared.headers.get("content-length"),
        Some(&json!(seen.body_bytes.to_string())),
        "prepare shows the Content-Length that was sent"
    );
}

#[tokio::test]
async fn case_8_newer_contract_points_are_known() {
    let (sim, plugin) = setup().await;
    let out = run(&plugin, &sim, &input("usr_null_street")).await.unwrap();
    assert!(
        out["report"]["items"][0]["accounts"][0]["owners"][0]["addresses"][0]["data"]["street"]
            .is_null()
    );
    assert_eq!(out["contract_deviations"], json!([]));
    for (user, error_type) in [
        ("usr_cra_report_error", "CRA_REPORT_ERROR"),
        (
            "usr_cra_partner_insights_error",
            "CRA_PARTNER_INSIGHTS_ERROR",
        ),
    ] {
        let e = run(&plugin, &sim, &input(user)).await.unwrap_err();
        assert_eq!(
            (e.kind.as_str(), e.error_type.as_deref(), e.retryable),
            ("report_unavailable", Some(error_type), false),
            "{user}"
        );
        assert!(e
            .suggested_action
            .unwrap()
            .contains("/cra/check_report/create"));
    }
    let d = plugin.describe().await.unwrap();
    for needle in ["OAS 1.778.0", "v3 if none", "not generated"] {
        assert!(d.description.contains(needle), "{needle}");
    }
}

#[test]
fn every_simulator_user_has_an_example_input_and_a_documented_row() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let readme = std::fs::read_to_string(format!("{root}/docs/simulator.md")).unwrap();
    let mut inputs = String::new();
    for entry in std::fs::read_dir(format!("{root}/examples/inputs")).unwrap() {
        inputs.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    for (user, _) in SPECIAL_USERS {
        if user.starts_with("usr_fault_") {
            continue;
        }
        assert!(
            inputs.contains(&format!("\"{user}\"")),
            "no examples/inputs file for {user}"
        );
        assert!(
            readme.contains(&format!("`{user}`")),
            "{user} is not in docs/simulator.md"
        );
    }
}

/// The spec example and a simulator report with every leaf replaced by null, a string,
/// a float, an array or an object, and every member removed.
fn mutated(seed: &Value) -> Vec<Value> {
    fn paths(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => map
                .iter()
                .for_each(|(k, v)| paths(v, format!("{at}/{k}"), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| paths(v, format!("{at}/{i}"), out)),
            _ => {}
        }
        if at.matches('/').count() > 1 {
            out.push(at);
        }
    }
    let mut all = Vec::new();
    let mut found = Vec::new();
    paths(seed, String::new(), &mut found);
    for path in found {
        for replacement in [
            Value::Null,
            json!("x"),
            json!(712.5),
            json!([1]),
            json!({ "a": 1 }),
        ] {
            let mut doc = seed.clone();
            *doc.pointer_mut(&path).unwrap() = replacement;
            all.push(doc);
        }
        let (parent, key) = path.rsplit_once('/').unwrap();
        let mut doc = seed.clone();
        if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
            map.shift_remove(key);
            all.push(doc);
        }
    }
    all
}

#[tokio::test]
async fn a_2xx_with_a_report_never_fails_through_the_component() {
    let (sim, plugin) = setup().await;
    let from_sim = run(
        &plugin,
        &sim,
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/inputs/fico.json"
        ))
        .unwrap(),
    )
    .await
    .unwrap();
    let mut sim_body = from_sim.clone();
    let object = sim_body.as_object_mut().unwrap();
    object.shift_remove("summary");
    object.shift_remove("contract_deviations");
    let spec: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    let mut corpus = mutated(&spec);
    corpus.extend(mutated(&sim_body));
    assert!(corpus.len() > 500, "{}", corpus.len());
    // Natively, every body; through the component, a spread sample (one fresh
    // instance each).
    let mut through_wasm = 0;
    for (index, body) in corpus.iter().enumerate() {
        let text = body.to_string();
        let native = plaid_partner_insights::parse(200, &[], text.as_bytes())
            .unwrap_or_else(|e| panic!("native: {e:?} for {body}"));
        if index % 7 == 0 {
            let outputs = plugin
                .parse(200, &[], text.as_bytes())
                .await
                .unwrap_or_else(|e| panic!("wasm: {e:?} for {body}"));
            assert_eq!(outputs, native, "the component and the native build agree");
            through_wasm += 1;
        }
    }
    assert!(through_wasm > 80, "{through_wasm}");
    // And nothing else than a report makes a 2xx succeed.
    for body in [json!({ "request_id": "r" }), json!({ "report": null })] {
        assert!(plugin
            .parse(200, &[], body.to_string().as_bytes())
            .await
            .is_err());
    }
}
