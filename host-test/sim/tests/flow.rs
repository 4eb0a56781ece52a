//! The Check Report flow over real HTTP: create, the signed webhook, Partner Insights.

mod support;

use std::time::Duration;

use plaid_sim::{SimConfig, CREATE_PATH, PATH};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use support::*;

/// Waits until the simulator has attempted `n` deliveries.
async fn wait_for_deliveries(sim: &plaid_sim::Simulator, n: usize) -> Vec<plaid_sim::Delivery> {
    let deadline = tokio::time::Instant::now() + WEBHOOK_WAIT;
    loop {
        let deliveries = sim.deliveries();
        if deliveries.len() >= n {
            return deliveries;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no delivery in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn create_sends_a_signed_ready_webhook_that_verifies_with_the_served_key() {
    let sim = sim().await;
    let mut receiver = Receiver::start().await;
    let mut body = create_body("usr_flow_signed", &receiver.url);
    body["products"] = json!(["cra_partner_insights"]);
    let created = post(&sim, CREATE_PATH, &body).await;
    assert_eq!(created.status, 200);
    assert_eq!(created.headers["content-type"], "application/json");
    let answer = created.json();
    assert_eq!(answer.as_object().unwrap().len(), 1, "{answer}");
    assert!(answer["request_id"].as_str().unwrap().starts_with("sim"));

    let webhook = receiver.next().await;
    assert_eq!(webhook.path, "/plaid/webhook");
    assert_eq!(webhook.headers["content-type"], "application/json");
    let text = std::str::from_utf8(&webhook.body).unwrap();
    assert!(
        text.starts_with("{\n  \"webhook_type\": \"CHECK_REPORT\",\n"),
        "pretty-printed with 2 spaces: {text}"
    );
    assert_eq!(
        webhook.json(),
        json!({
            "webhook_type": "CHECK_REPORT",
            "webhook_code": "USER_CHECK_REPORT_READY",
            "user_id": "usr_flow_signed",
            "successful_products": ["cra_base_report", "cra_partner_insights"],
            "failed_products": [],
            "environment": "sandbox"
        })
    );

    let jwt = webhook.headers["plaid-verification"].to_str().unwrap();
    let kid = sim.signer().kid().to_owned();
    assert!(kid.starts_with("sim-key-") && kid.len() == "sim-key-".len() + 8);
    assert_eq!(
        jwt_header(jwt),
        format!(r#"{{"alg":"ES256","kid":"{kid}","typ":"JWT"}}"#)
    );
    let jwk = fetch_jwk(&sim, &kid).await;
    let payload = verify_jwt(jwt, &jwk);
    assert_eq!(
        payload["request_body_sha256"],
        json!(format!("{:x}", Sha256::digest(&webhook.body)))
    );
    let iat = payload["iat"].as_u64().expect("iat is an integer");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(now.abs_diff(iat) <= 5, "iat {iat} vs now {now}");

    let deliveries = wait_for_deliveries(&sim, 1).await;
    assert_eq!(deliveries[0].url, receiver.url);
    assert_eq!(deliveries[0].webhook_code, "USER_CHECK_REPORT_READY");
    assert_eq!(deliveries[0].user_id, "usr_flow_signed");
    assert_eq!(deliveries[0].result, Ok(200));
}

#[tokio::test]
async fn partner_insights_is_not_ready_until_the_report_is_then_uses_the_creates_options() {
    let sim = sim_with(SimConfig {
        ready_delay: Duration::from_millis(300),
        ..SimConfig::default()
    })
    .await;
    let mut receiver = Receiver::start().await;
    let mut body = create_body("usr_flow_ready", &receiver.url);
    body["client_report_id"] = json!("loan-42");
    body["partner_insights"] = json!({
        "prism_versions": { "cashscore": "4", "detect": "4.1" },
        "fico": {
            "fico_lender_id": "lender-1",
            "lender_application_id": "app-7",
            "ultrafico_score_requests": [{
                "ultrafico_score_version": "1.0",
                "request_correlation_id": "corr-1",
                "base_fico_score": { "bureau": "EQUIFAX", "score": 700, "base_fico_score_version": "9" }
            }]
        }
    });
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);

    let early = post(&sim, PATH, &pi_body("usr_flow_ready")).await;
    early.assert_error(400, "CONSUMER_REPORT_ERROR", "PRODUCT_NOT_READY");

    receiver.next().await;
    let answer = post(&sim, PATH, &pi_body("usr_flow_ready")).await;
    assert_eq!(answer.status, 200);
    let report = answer.json()["report"].clone();
    assert_eq!(report["client_report_id"], json!("loan-42"));
    assert_eq!(report["prism"]["cash_score"]["model_version"], json!("4"));
    assert_eq!(report["prism"]["detect"]["model_version"], json!("4.1"));
    assert!(
        report["prism"].get("extend").is_none(),
        "{}",
        report["prism"]
    );
    assert_eq!(report["fico"]["lender_application_id"], json!("app-7"));
    let result = &report["fico"]["ultrafico_score_results"][0];
    assert_eq!(result["request_correlation_id"], json!("corr-1"));
    assert_eq!(result["ultrafico_score"]["score"], json!(712));

    // Request-time options still win over the create's.
    let mut asked = pi_body("usr_flow_ready");
    asked["partner_insights"] = json!({ "prism_versions": { "extend": "4" } });
    let report = post(&sim, PATH, &asked).await.json()["report"].clone();
    assert_eq!(report["prism"]["extend"]["model_version"], json!("4"));
    assert!(report["prism"].get("cash_score").is_none());
    assert_eq!(report["fico"]["lender_application_id"], json!("app-7"));
}

#[tokio::test]
async fn partner_insights_after_the_report_lifetime_is_expired() {
    let sim = sim_with(SimConfig {
        ready_delay: Duration::from_millis(50),
        report_lifetime: Duration::from_millis(250),
        ..SimConfig::default()
    })
    .await;
    let mut receiver = Receiver::start().await;
    let created = post(
        &sim,
        CREATE_PATH,
        &create_body("usr_flow_expiring", &receiver.url),
    )
    .await;
    assert_eq!(created.status, 200);
    receiver.next().await;
    assert_eq!(
        post(&sim, PATH, &pi_body("usr_flow_expiring")).await.status,
        200
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    post(&sim, PATH, &pi_body("usr_flow_expiring"))
        .await
        .assert_error(400, "CONSUMER_REPORT_ERROR", "CONSUMER_REPORT_EXPIRED");
}

#[tokio::test]
async fn a_user_token_report_sends_check_report_ready_with_a_derived_user_id() {
    let sim = sim().await;
    let mut receiver = Receiver::start().await;
    let mut body = create_body("unused", &receiver.url);
    body.as_object_mut().unwrap().remove("user_id");
    body["user_token"] = json!("user-sandbox-b0e2c4ee");
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);

    let webhook = receiver.next().await.json();
    assert_eq!(webhook["webhook_code"], json!("CHECK_REPORT_READY"));
    let user_id = webhook["user_id"].as_str().unwrap().to_owned();
    assert!(user_id.starts_with("usr_") && user_id != "usr_user-sandbox-b0e2c4ee");

    let by_id = post(&sim, PATH, &pi_body(&user_id)).await;
    assert_eq!(by_id.status, 200, "{}", by_id.json());
    let by_token = post(
        &sim,
        PATH,
        &json!({ "user_token": "user-sandbox-b0e2c4ee" }),
    )
    .await;
    assert_eq!(by_token.status, 200, "{}", by_token.json());

    // The same token always maps to the same user_id.
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);
    assert_eq!(receiver.next().await.json()["user_id"], json!(user_id));
}

#[tokio::test]
async fn usr_create_failed_sends_a_failed_webhook_with_repairable_items() {
    let sim = sim().await;
    let mut receiver = Receiver::start().await;
    let mut body = create_body("usr_create_failed", &receiver.url);
    body["products"] = json!(["cra_partner_insights"]);
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);

    let webhook = receiver.next().await.json();
    assert_eq!(webhook["webhook_type"], json!("CHECK_REPORT"));
    assert_eq!(webhook["webhook_code"], json!("USER_CHECK_REPORT_FAILED"));
    assert_eq!(webhook["user_id"], json!("usr_create_failed"));
    let error = &webhook["error"];
    assert_eq!(error["error_type"], json!("CHECK_REPORT_ERROR"));
    assert_eq!(error["error_code"], json!("DATA_UNAVAILABLE"));
    assert_eq!(error["status"], json!(400));
    assert!(error["error_message"].is_string());
    assert!(error["display_message"].is_null());
    assert!(!error["causes"].as_array().unwrap().is_empty());
    assert!(error.get("request_id").is_none(), "omitted in webhooks");
    let item = &webhook["repairable_items"][0];
    assert_eq!(item["error_type"], json!("ITEM_ERROR"));
    assert_eq!(item["error_code"], json!("ITEM_LOGIN_REQUIRED"));
    assert!(item["error_message"].is_string() && item["item_id"].is_string());
    assert!(item.as_object().unwrap().contains_key("display_message"));
    assert_eq!(
        webhook["failed_products"],
        json!(["cra_base_report", "cra_partner_insights"])
    );
    assert_eq!(webhook["environment"], json!("sandbox"));

    post(&sim, PATH, &pi_body("usr_create_failed"))
        .await
        .assert_error(400, "CHECK_REPORT_ERROR", "DATA_UNAVAILABLE");
}

#[tokio::test]
async fn usr_create_insights_failed_is_ready_without_partner_insights() {
    let sim = sim().await;
    let mut receiver = Receiver::start().await;
    let mut body = create_body("usr_create_insights_failed", &receiver.url);
    body["products"] = json!(["cra_partner_insights", "cra_cashflow_insights"]);
    assert_eq!(post(&sim, CREATE_PATH, &body).await.status, 200);

    let webhook = receiver.next().await.json();
    assert_eq!(webhook["webhook_code"], json!("USER_CHECK_REPORT_READY"));
    assert_eq!(
        webhook["successful_products"],
        json!(["cra_base_report", "cra_cashflow_insights"])
    );
    assert_eq!(webhook["failed_products"], json!(["cra_partner_insights"]));

    post(&sim, PATH, &pi_body("usr_create_insights_failed"))
        .await
        .assert_error(400, "CRA_PARTNER_INSIGHTS_ERROR", "PARTNER_INSIGHTS_FAILED");
}

#[tokio::test]
async fn a_second_create_replaces_the_first_and_only_its_webhook_is_sent() {
    let sim = sim_with(SimConfig {
        ready_delay: Duration::from_millis(200),
        ..SimConfig::default()
    })
    .await;
    let mut first = Receiver::start().await;
    let mut second = Receiver::start().await;
    let create = |url: &str| create_body("usr_flow_twice", url);
    assert_eq!(
        post(&sim, CREATE_PATH, &create(&first.url)).await.status,
        200
    );
    assert_eq!(
        post(&sim, CREATE_PATH, &create(&second.url)).await.status,
        200
    );
    assert_eq!(
        second.next().await.json()["user_id"],
        json!("usr_flow_twice")
    );
    first.assert_none_within(Duration::from_millis(400)).await;
    assert_eq!(sim.deliveries().len(), 1);
}

#[tokio::test]
async fn a_webhook_receiver_that_is_down_is_recorded_as_an_error() {
    let sim = sim().await;
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", closed.local_addr().unwrap());
    drop(closed);
    assert_eq!(
        post(&sim, CREATE_PATH, &create_body("usr_flow_down", &url))
            .await
            .status,
        200
    );
    let deliveries = wait_for_deliveries(&sim, 1).await;
    assert_eq!(deliveries[0].url, url);
    let error = deliveries[0].result.clone().unwrap_err();
    assert!(!error.is_empty());
}

#[tokio::test]
async fn a_webhook_is_signed_by_the_key_current_when_it_is_sent() {
    let sim = sim().await;
    let mut receiver = Receiver::start().await;
    let old = sim.signer().kid().to_owned();
    sim.rotate_key();
    let new = sim.signer().kid().to_owned();
    assert_ne!(old, new);
    assert_eq!(
        post(
            &sim,
            CREATE_PATH,
            &create_body("usr_flow_rotated", &receiver.url)
        )
        .await
        .status,
        200
    );
    let webhook = receiver.next().await;
    let jwt = webhook.headers["plaid-verification"].to_str().unwrap();
    assert!(jwt_header(jwt).contains(&new));
    let payload: Value = verify_jwt(jwt, &fetch_jwk(&sim, &new).await);
    assert!(payload["iat"].is_u64());
}
