//! `/cra/check_report/create` refusing what Plaid would refuse.

mod support;

use std::time::Duration;

use plaid_sim::{SimConfig, CREATE_PATH, PATH};
use serde_json::json;
use support::*;

const HOOK: &str = "http://127.0.0.1:9/hook";

#[tokio::test]
async fn a_non_loopback_webhook_is_refused_and_nothing_is_stored() {
    let sim = sim().await;
    for url in [
        "https://127.0.0.1/hook",
        "http://10.0.0.1/hook",
        "http://example.com/hook",
        "http://169.254.169.254/latest/meta-data/",
        "not a url",
    ] {
        let answer = post(&sim, CREATE_PATH, &create_body("usr_create_remote", url)).await;
        let body = answer.assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
        let message = body["error_message"].as_str().unwrap();
        assert!(
            message.contains("only to loopback URLs"),
            "{url}: {message}"
        );
    }
    // No report was stored: Partner Insights answers as for any user without one.
    assert_eq!(
        post(&sim, PATH, &pi_body("usr_create_remote")).await.status,
        200
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(sim.deliveries().is_empty());
}

#[tokio::test]
async fn loopback_webhooks_of_every_form_are_accepted() {
    let sim = sim().await;
    for (i, url) in [
        "http://127.0.0.1:9/a",
        "http://127.3.2.1/b?c=d",
        "http://localhost:9/e",
        "http://[::1]:9/f",
    ]
    .into_iter()
    .enumerate()
    {
        let answer = post(
            &sim,
            CREATE_PATH,
            &create_body(&format!("usr_loop_{i}"), url),
        )
        .await;
        assert_eq!(answer.status, 200, "{url}: {}", answer.json());
    }
}

#[tokio::test]
async fn missing_required_fields_are_named() {
    let sim = sim().await;
    let answer = post(
        &sim,
        CREATE_PATH,
        &json!({ "user_id": "usr_create_missing" }),
    )
    .await;
    let body = answer.assert_error(400, "INVALID_REQUEST", "MISSING_FIELDS");
    assert_eq!(
        body["error_message"],
        json!("the following required fields are missing: webhook, days_requested, consumer_report_permissible_purpose")
    );

    let mut no_identity = create_body("x", HOOK);
    no_identity.as_object_mut().unwrap().remove("user_id");
    let body = post(&sim, CREATE_PATH, &no_identity).await.assert_error(
        400,
        "INVALID_REQUEST",
        "MISSING_FIELDS",
    );
    assert!(body["error_message"]
        .as_str()
        .unwrap()
        .contains("user_id or user_token"));
}

#[tokio::test]
async fn an_unknown_nested_field_is_refused_with_its_path() {
    let sim = sim().await;
    let mut body = create_body("usr_create_unknown", HOOK);
    body["base_report"] = json!({
        "home_lending_report_options": {
            "reports_requested": ["VOA"],
            "employment_refresh_options": { "days_requested": 90, "extra": true }
        }
    });
    body["partner_insights"] = json!({ "prism_versions": { "cashscore": "4", "newscore": "1" } });
    let answer = post(&sim, CREATE_PATH, &body).await;
    let error = answer.assert_error(400, "INVALID_REQUEST", "UNKNOWN_FIELDS");
    assert_eq!(
        error["error_message"],
        json!("the following fields are not recognized by this endpoint: base_report.home_lending_report_options.employment_refresh_options.extra, partner_insights.prism_versions.newscore")
    );
}

#[tokio::test]
async fn every_field_of_the_model_is_accepted() {
    let sim = sim().await;
    let mut body = create_body("usr_create_full", HOOK);
    let extra = json!({
        "days_required": 184,
        "client_report_id": "loan-1",
        "products": ["cra_base_report", "cra_partner_insights"],
        "base_report": {
            "client_report_id": "old-1",
            "gse_options": { "report_types": ["VOA"] },
            "require_identity": true,
            "home_lending_report_options": {
                "reports_requested": ["EMPLOYMENT_REFRESH"],
                "employment_refresh_options": { "days_requested": 731 }
            }
        },
        "cashflow_insights": { "attributes_version": "CFI1" },
        "partner_insights": {
            "prism_versions": { "firstdetect": "3", "detect": "4", "cashscore": "4", "extend": "4", "insights": "4" },
            "fico": { "fico_lender_id": "l", "lender_application_id": "a", "ultrafico_score_requests": [] }
        },
        "lend_score": { "lend_score_version": "LS1" },
        "network_insights": { "network_insights_version": "NI1" },
        "include_investments": false,
        "income_insights": {
            "income_insights_version": "II2",
            "income_insights_filter": { "included_categories": ["SALARY"], "excluded_categories": [] }
        }
    });
    for (key, value) in extra.as_object().unwrap() {
        body[key] = value.clone();
    }
    let answer = post(&sim, CREATE_PATH, &body).await;
    assert_eq!(answer.status, 200, "{}", answer.json());
}

#[tokio::test]
async fn days_over_the_models_maxima_are_refused() {
    let sim = sim().await;
    let mut body = create_body("usr_create_days", HOOK);
    body["days_requested"] = json!(732);
    let error =
        post(&sim, CREATE_PATH, &body)
            .await
            .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    assert!(error["error_message"]
        .as_str()
        .unwrap()
        .contains("days_requested must be at most 731"));

    body["days_requested"] = json!(731);
    body["days_required"] = json!(185);
    let error =
        post(&sim, CREATE_PATH, &body)
            .await
            .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    assert!(error["error_message"]
        .as_str()
        .unwrap()
        .contains("days_required must be at most 184"));

    body["days_required"] = json!(184);
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);
}

#[tokio::test]
async fn identities_are_checked() {
    let sim = sim().await;
    post(&sim, CREATE_PATH, &create_body("user_without_prefix", HOOK))
        .await
        .assert_error(400, "INVALID_INPUT", "INVALID_USER_ID");
    let mut both = create_body("usr_create_both", HOOK);
    both["user_token"] = json!("token");
    post(&sim, CREATE_PATH, &both)
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
}

#[tokio::test]
async fn products_and_purpose_must_be_plaids_values() {
    let sim = sim().await;
    let mut body = create_body("usr_create_values", HOOK);
    body["products"] = json!(["cra_everything"]);
    post(&sim, CREATE_PATH, &body)
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    body["products"] = json!(["cra_partner_insights"]);
    body["consumer_report_permissible_purpose"] = json!("BECAUSE");
    post(&sim, CREATE_PATH, &body)
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
}

#[tokio::test]
async fn create_checks_credentials_framing_and_version_like_partner_insights() {
    let sim = sim().await;
    let body = create_body("usr_create_checks", HOOK)
        .to_string()
        .into_bytes();
    let wrong = [("plaid-client-id", "nope"), ("plaid-secret", "nope")];
    post_with(&sim, CREATE_PATH, &wrong, body.clone())
        .await
        .assert_error(400, "INVALID_INPUT", "INVALID_API_KEYS");
    let old_version = [
        ("plaid-client-id", plaid_sim::TEST_CLIENT_ID),
        ("plaid-secret", plaid_sim::TEST_SECRET),
        ("plaid-version", "2019-05-29"),
    ];
    post_with(&sim, CREATE_PATH, &old_version, body)
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_HEADERS");
    let seen = sim.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| s.path == CREATE_PATH));
    assert_eq!(seen[0].fields[0], "user_id");
}

#[tokio::test]
async fn the_rate_limit_is_shared_across_check_report_endpoints() {
    let sim = sim_with(SimConfig {
        rate_limit_per_minute: 3,
        ..SimConfig::default()
    })
    .await;
    assert_eq!(
        post(&sim, CREATE_PATH, &create_body("usr_rl_1", HOOK))
            .await
            .status,
        200
    );
    assert_eq!(
        post(&sim, CREATE_PATH, &create_body("usr_rl_2", HOOK))
            .await
            .status,
        200
    );
    assert_eq!(post(&sim, PATH, &pi_body("usr_rl_3")).await.status, 200);
    let refused = post(&sim, CREATE_PATH, &create_body("usr_rl_4", HOOK)).await;
    let body = refused.assert_error(429, "RATE_LIMIT_EXCEEDED", "RATE_LIMIT");
    assert!(body["error_message"]
        .as_str()
        .unwrap()
        .contains(CREATE_PATH));
    post(&sim, PATH, &pi_body("usr_rl_5")).await.assert_error(
        429,
        "RATE_LIMIT_EXCEEDED",
        "RATE_LIMIT",
    );
    // The key endpoint is not under /cra/check_report/.
    let kid = sim.signer().kid().to_owned();
    fetch_jwk(&sim, &kid).await;
}
