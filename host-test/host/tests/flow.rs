//! Plaid's Check Report flow through the three real release components in the real host:
//! create the report, receive the simulator's signed webhook on a loopback server, verify
//! it, fetch Partner Insights; and every way a webhook is refused.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use plaid_sim::{Signer, SimConfig, Simulator};
use serde_json::{json, Value};
use step_host::{Plugin, StepError};
use step_test_support::*;

const CREATE: &str = "plaid_check_report_create";
const VERIFY: &str = "plaid_webhook_verify";

/// One webhook as the receiver got it: headers (lower-case names) and the raw body.
#[derive(Clone, Debug)]
struct Received {
    headers: Vec<(String, String)>,
    body: String,
}

impl Received {
    /// The verify step's input for this webhook, exactly as received.
    fn input(&self) -> String {
        let headers: serde_json::Map<String, Value> = self
            .headers
            .iter()
            .map(|(name, value)| (name.clone(), json!(value)))
            .collect();
        json!({ "headers": headers, "body": self.body }).to_string()
    }
}

/// A webhook receiver on `127.0.0.1:0` (path `/plaid/webhook`) that keeps what arrives.
async fn receiver() -> (String, Arc<Mutex<Vec<Received>>>) {
    let got = Arc::new(Mutex::new(Vec::new()));
    let keep = got.clone();
    let app = Router::new().route(
        "/plaid/webhook",
        post(move |headers: HeaderMap, body: Bytes| async move {
            let headers = headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_owned()))
                .collect();
            let body = String::from_utf8_lossy(&body).into_owned();
            keep.lock().unwrap().push(Received { headers, body });
            StatusCode::OK
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/plaid/webhook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, got)
}

async fn wait_for_webhook(got: &Arc<Mutex<Vec<Received>>>) -> Received {
    for _ in 0..200 {
        if let Some(first) = got.lock().unwrap().first().cloned() {
            return first;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("no webhook arrived within 5 s");
}

async fn flow_sim() -> Simulator {
    sim_with(SimConfig {
        ready_delay: Duration::from_millis(300),
        ..SimConfig::default()
    })
    .await
}

fn step(stem: &str, sim: &Simulator) -> Plugin {
    load_step(stem, policy_for(sim), sim_credentials())
}

fn create_input(user: &str, webhook: &str) -> String {
    json!({
        "user_id": user,
        "webhook": webhook,
        "days_requested": 365,
        "consumer_report_permissible_purpose": "EXTENSION_OF_CREDIT",
        "client_report_id": "loan-42",
        "products": ["cra_partner_insights"],
        "partner_insights": { "prism_versions": { "cashscore": "4", "extend": "4.1" } }
    })
    .to_string()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn create_webhook_verify_then_partner_insights_through_three_components() {
    let sim = flow_sim().await;
    let (webhook, got) = receiver().await;
    let (create, verify, insights) = (
        step(CREATE, &sim),
        step(VERIFY, &sim),
        load(policy_for(&sim), sim_credentials()),
    );
    let config = config_for(&sim);

    let created = create
        .execute(&create_input("usr_flow_1", &webhook), &config)
        .await
        .unwrap();
    assert!(created["request_id"].as_str().unwrap().starts_with("sim"));
    assert_eq!(created["next"], "wait_for_webhook");
    assert_eq!(
        created["ready_webhook_codes"],
        json!(["USER_CHECK_REPORT_READY"])
    );
    assert_eq!(created["user_id"], "usr_flow_1");
    let seen = sim.seen();
    assert_eq!(seen[0].path, "/cra/check_report/create");
    assert!(seen[0].credentials_valid && !seen[0].credentials_in_body);

    let early = insights
        .execute(&json!({ "user_id": "usr_flow_1" }).to_string(), &config)
        .await
        .unwrap_err();
    assert_eq!((early.kind.as_str(), early.retryable), ("not_ready", true));

    let webhook = wait_for_webhook(&got).await;
    assert!(
        webhook.body.contains("\n  \""),
        "Plaid sends pretty-printed JSON"
    );
    let verified = verify.execute(&webhook.input(), &config).await.unwrap();
    assert_eq!(verified["webhook_code"], "USER_CHECK_REPORT_READY");
    assert_eq!(verified["webhook_type"], "CHECK_REPORT");
    assert_eq!(verified["user_id"], "usr_flow_1");
    assert_eq!(verified["environment"], "sandbox");
    assert_eq!(verified["key_id"], sim.signer().kid());
    assert_eq!(verified["next"], "fetch_insights");
    let key_call = sim
        .seen()
        .into_iter()
        .find(|s| s.path == "/webhook_verification_key/get");
    let key_call = key_call.expect("the key was fetched from Plaid");
    assert!(key_call.credentials_valid && key_call.fields == ["key_id"]);

    let user = verified["user_id"].as_str().unwrap();
    let report = insights
        .execute(&json!({ "user_id": user }).to_string(), &config)
        .await
        .unwrap();
    assert_eq!(report["report"]["client_report_id"], "loan-42");
    assert_eq!(
        report["report"]["prism"]["cash_score"]["model_version"],
        "4"
    );
    assert!(report["summary"]["cash_score"].is_i64());
}

#[tokio::test]
async fn a_failed_report_routes_to_repair_or_recreate_with_repairable_items() {
    let sim = flow_sim().await;
    let (webhook, got) = receiver().await;
    let config = config_for(&sim);
    step(CREATE, &sim)
        .execute(&create_input("usr_create_failed", &webhook), &config)
        .await
        .unwrap();
    let webhook = wait_for_webhook(&got).await;
    let verified = step(VERIFY, &sim)
        .execute(&webhook.input(), &config)
        .await
        .unwrap();
    assert_eq!(verified["webhook_code"], "USER_CHECK_REPORT_FAILED");
    assert_eq!(verified["next"], "repair_or_recreate");
    assert_eq!(
        verified["repairable_items"][0]["error_code"],
        "ITEM_LOGIN_REQUIRED"
    );
    assert_eq!(verified["error"]["error_code"], "DATA_UNAVAILABLE");
}

/// Every field and rule of the create step, through its real component: the shared cases
/// (`steps/plaid-check-report-create/tests/cases/validation.json`) give exactly their
/// errors and warnings, each at its JSON Pointer.
#[tokio::test]
async fn every_create_validation_case_holds_through_the_component() {
    let sim = flow_sim().await;
    let create = step(CREATE, &sim);
    let cases: Value = serde_json::from_str(include_str!(
        "../../../steps/plaid-check-report-create/tests/cases/validation.json"
    ))
    .unwrap();
    let pairs = |list: &[step_host::FieldError]| -> Vec<[String; 2]> {
        list.iter()
            .map(|e| [e.path.clone(), e.code.clone()])
            .collect()
    };
    for case in cases["cases"].as_array().unwrap() {
        let validation = create.validate(&case["input"].to_string()).await.unwrap();
        let errors = pairs(validation.errors.as_deref().unwrap_or_default());
        let expected: Vec<[String; 2]> = serde_json::from_value(case["errors"].clone()).unwrap();
        assert_eq!(errors, expected, "errors: {}", case["name"]);
        let expected: Vec<[String; 2]> = serde_json::from_value(case["warnings"].clone()).unwrap();
        assert_eq!(
            pairs(&validation.warnings),
            expected,
            "warnings: {}",
            case["name"]
        );
        assert_eq!(validation.valid, errors.is_empty(), "{}", case["name"]);
    }
}

#[tokio::test]
async fn the_create_step_validates_and_prepares_through_its_component() {
    let sim = flow_sim().await;
    let create = step(CREATE, &sim);
    let descriptor = create.describe().await.unwrap();
    assert_eq!(descriptor.endpoint, "POST /cra/check_report/create");
    assert_eq!(create.interface(), "plaid:check-report-create/step@0.1.0");
    let invalid = json!({ "user_id": "usr_1", "webhook": "ftp://x", "days_requested": 800 });
    let validation = create.validate(&invalid.to_string()).await.unwrap();
    let errors: Vec<(String, String)> = validation
        .errors
        .unwrap()
        .into_iter()
        .map(|e| (e.path, e.code))
        .collect();
    assert_eq!(
        errors,
        [
            ("/days_requested".to_owned(), "too_large".to_owned()),
            (
                "/consumer_report_permissible_purpose".to_owned(),
                "required".to_owned()
            ),
            ("/webhook".to_owned(), "invalid_url".to_owned()),
        ]
    );
    let inline = json!({ "user_id": "usr_1", "webhook": "https://h.example/p", "days_requested": 365,
        "consumer_report_permissible_purpose": "EXTENSION_OF_CREDIT", "secret": "an-inline-secret-value" });
    let prepared = create
        .prepare(&inline.to_string(), &config_for(&sim))
        .await
        .unwrap();
    assert_eq!(
        prepared.url,
        format!("{}/cra/check_report/create", sim.url())
    );
    assert_eq!(prepared.headers["plaid-secret"], "********");
    assert!(!prepared.body.to_string().contains("an-inline-secret-value"));
    let error = create
        .execute(&invalid.to_string(), &config_for(&sim))
        .await
        .unwrap_err();
    assert_eq!(
        (error.kind.as_str(), error.retryable),
        ("invalid_input", false)
    );
    assert!(
        sim.seen().is_empty(),
        "an invalid input never reaches Plaid"
    );
}

/// A webhook body as Plaid sends it, and its verify input signed by `signer` at `iat`.
fn signed(signer: &Signer, iat: u64) -> (String, String) {
    let body = serde_json::to_string_pretty(&json!({
        "webhook_type": "CHECK_REPORT",
        "webhook_code": "USER_CHECK_REPORT_READY",
        "user_id": "usr_forged",
        "successful_products": ["cra_base_report", "cra_partner_insights"],
        "failed_products": [],
        "environment": "sandbox"
    }))
    .unwrap();
    let jwt = signer.webhook_jwt(body.as_bytes(), iat);
    (body, jwt)
}

fn verify_input(jwt: Option<&str>, body: &str) -> String {
    let mut headers = json!({ "content-type": "application/json" });
    if let Some(jwt) = jwt {
        headers["Plaid-Verification"] = json!(jwt);
    }
    json!({ "headers": headers, "body": body }).to_string()
}

async fn refusal(verify: &Plugin, sim: &Simulator, input: &str) -> StepError {
    let error = verify.execute(input, &config_for(sim)).await.unwrap_err();
    assert_eq!(error.kind, "webhook_invalid", "{error:?}");
    assert!(!error.retryable);
    error
}

fn b64(text: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = text.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

#[tokio::test]
async fn a_signed_webhook_is_accepted_and_every_forgery_is_refused_with_its_code() {
    let sim = flow_sim().await;
    let verify = step(VERIFY, &sim);
    let signer = sim.signer();
    let (body, jwt) = signed(&signer, now());
    let accepted = verify
        .execute(&verify_input(Some(&jwt), &body), &config_for(&sim))
        .await
        .unwrap();
    assert_eq!(accepted["next"], "fetch_insights");
    assert_eq!(accepted["issued_at"].as_u64().unwrap() / 10, now() / 10);

    let tampered = body.replace("usr_forged", "usr_forgeD");
    let cases: Vec<(String, &str)> = vec![
        (verify_input(Some(&jwt), &tampered), "BODY_HASH_MISMATCH"),
        (
            verify_input(Some(&jwt), &body.replace("\n  ", "")),
            "BODY_HASH_MISMATCH",
        ),
        (
            verify_input(
                Some(&signed(&Signer::generate(signer.kid()), now()).1),
                &body,
            ),
            "BAD_SIGNATURE",
        ),
        (
            verify_input(
                Some(&signed(&Signer::generate("a-stranger"), now()).1),
                &body,
            ),
            "UNKNOWN_KEY",
        ),
        (
            verify_input(Some(&signed(&signer, now() - 301).1), &body),
            "STALE_IAT",
        ),
        (
            verify_input(Some(&signed(&signer, now() + 3600).1), &body),
            "IAT_IN_FUTURE",
        ),
        (verify_input(None, &body), "MISSING_VERIFICATION_HEADER"),
        (verify_input(Some("not-a-jwt"), &body), "MALFORMED_JWT"),
        (verify_input(Some("a.b.c"), &body), "MALFORMED_JWT"),
    ];
    for (input, code) in cases {
        assert_eq!(refusal(&verify, &sim, &input).await.code, code);
    }

    // alg none and HS256 are refused before any key is fetched.
    let key_calls = || {
        sim.seen()
            .iter()
            .filter(|s| s.path == "/webhook_verification_key/get")
            .count()
    };
    let before = key_calls();
    let claims = format!(r#"{{"iat":{},"request_body_sha256":"00"}}"#, now());
    for header in [
        format!(r#"{{"alg":"none","kid":"{}","typ":"JWT"}}"#, signer.kid()),
        format!(r#"{{"alg":"HS256","kid":"{}","typ":"JWT"}}"#, signer.kid()),
    ] {
        let token = format!(
            "{}.{}.{}",
            b64(&header),
            b64(&claims),
            b64("signature-of-64-bytes-signature-of-64-bytes-signature-of-64-bytes!")
        );
        let error = refusal(&verify, &sim, &verify_input(Some(&token), &body)).await;
        assert_eq!(error.code, "UNSUPPORTED_ALG");
    }
    assert_eq!(key_calls(), before);
}

#[tokio::test]
async fn a_key_that_expired_is_refused() {
    let sim = flow_sim().await;
    let verify = step(VERIFY, &sim);
    let (body, jwt) = signed(&sim.signer(), now());
    sim.rotate_key();
    let error = refusal(&verify, &sim, &verify_input(Some(&jwt), &body)).await;
    assert_eq!(error.code, "KEY_EXPIRED");
    // The new key verifies webhooks signed with it.
    let (body, jwt) = signed(&sim.signer(), now());
    verify
        .execute(&verify_input(Some(&jwt), &body), &config_for(&sim))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_parsed_body_is_the_workflows_mistake_not_a_forgery() {
    let sim = flow_sim().await;
    let verify = step(VERIFY, &sim);
    let (body, jwt) = signed(&sim.signer(), now());
    let parsed: Value = serde_json::from_str(&body).unwrap();
    let input = json!({ "headers": { "plaid-verification": jwt }, "body": parsed }).to_string();
    let error = verify.execute(&input, &config_for(&sim)).await.unwrap_err();
    assert_eq!(
        (error.kind.as_str(), error.retryable),
        ("invalid_input", false)
    );
    assert_eq!(error.field_errors[0].path, "/body");
    let validation = verify.validate(&input).await.unwrap();
    assert!(!validation.valid);
}

/// A stand-in for Plaid whose key endpoint answers `status` with `body`.
async fn key_endpoint(status: u16, body: &'static str) -> String {
    let app = Router::new().route(
        "/webhook_verification_key/get",
        post(move || async move {
            (
                StatusCode::from_u16(status).unwrap(),
                [("content-type", "application/json")],
                body,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

#[tokio::test]
async fn a_key_endpoint_that_is_down_is_retryable_like_any_plaid_error() {
    let (body, jwt) = signed(&Signer::generate("k1"), now());
    let input = verify_input(Some(&jwt), &body);
    let cases = [
        (
            500,
            r#"{"error_type":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR","error_message":"x","display_message":null,"request_id":"r1"}"#,
            "api_error",
            true,
        ),
        (503, "", "api_error", true),
        (
            429,
            r#"{"error_type":"RATE_LIMIT_EXCEEDED","error_code":"RATE_LIMIT","error_message":"x","display_message":null}"#,
            "rate_limited",
            true,
        ),
        (
            400,
            r#"{"error_type":"INVALID_REQUEST","error_code":"INVALID_FIELD","error_message":"key_id not found","display_message":null}"#,
            "webhook_invalid",
            false,
        ),
        (
            400,
            r#"{"error_type":"INVALID_INPUT","error_code":"INVALID_API_KEYS","error_message":"x","display_message":null}"#,
            "auth",
            false,
        ),
    ];
    for (status, answer, kind, retryable) in cases {
        let url = key_endpoint(status, answer).await;
        let mut policy = step_host::Policy::default();
        policy
            .allow
            .push(step_host::policy::Origin::parse(&url).unwrap());
        policy
            .credentials_for
            .push(step_host::policy::Origin::parse(&url).unwrap());
        let verify = load_step(VERIFY, policy, sim_credentials());
        let config = step_host::StepConfig {
            base_url: Some(url),
            ..step_host::StepConfig::default()
        };
        let error = verify.execute(&input, &config).await.unwrap_err();
        assert_eq!(
            (error.kind.as_str(), error.retryable),
            (kind, retryable),
            "{status}: {error:?}"
        );
    }
}

/// A configuration shared by several steps (a service's `--env`) gives each only the
/// settings it declares: a step without an `environment` setting never gets one.
#[tokio::test]
async fn a_shared_configuration_gives_each_step_only_its_declared_settings() {
    let sim = flow_sim().await;
    let mut shared = config_for(&sim);
    shared.set("environment", json!("production"));
    shared.set("request_time_config", json!("omit"));
    let verify = step(VERIFY, &sim);
    verify.ready().await.unwrap();
    let own = verify.settings_for(&shared);
    assert_eq!(own.settings.keys().collect::<Vec<_>>(), ["environment"]);
    assert_eq!(own.base_url, shared.base_url);
    let insights = load(policy_for(&sim), sim_credentials());
    insights.ready().await.unwrap();
    assert_eq!(insights.settings_for(&shared).settings.len(), 2);
    let stranger = step_host::Plugin::load(
        &misbehaving_path(),
        step_host::Policy::default(),
        step_host::CredentialSource::none(),
    )
    .unwrap();
    stranger.ready().await.unwrap();
    assert!(stranger.settings_for(&shared).settings.is_empty());
}
