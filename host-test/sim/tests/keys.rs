//! `/webhook_verification_key/get`, key rotation and the public `Signer`.

mod support;

use plaid_sim::{Signer, KEY_PATH};
use serde_json::json;
use support::*;

#[tokio::test]
async fn the_current_key_is_served_as_a_jwk() {
    let sim = sim().await;
    let kid = sim.signer().kid().to_owned();
    let answer = post(&sim, KEY_PATH, &json!({ "key_id": kid })).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.headers["content-type"], "application/json");
    let body = answer.json();
    assert!(body["request_id"].as_str().unwrap().starts_with("sim"));
    let key = &body["key"];
    let names: Vec<&str> = key
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        names,
        [
            "alg",
            "crv",
            "kid",
            "kty",
            "use",
            "x",
            "y",
            "created_at",
            "expired_at"
        ]
    );
    assert_eq!(
        (
            &key["alg"],
            &key["crv"],
            &key["kid"],
            &key["kty"],
            &key["use"]
        ),
        (
            &json!("ES256"),
            &json!("P-256"),
            &json!(kid),
            &json!("EC"),
            &json!("sig")
        )
    );
    assert_eq!(b64(key["x"].as_str().unwrap()).len(), 32);
    assert_eq!(b64(key["y"].as_str().unwrap()).len(), 32);
    assert!(key["created_at"].is_u64());
    assert!(key["expired_at"].is_null());
    assert_eq!(
        *key,
        sim.signer().jwk(key["created_at"].as_u64().unwrap(), None)
    );
    let seen = sim.seen();
    assert_eq!(seen[0].path, KEY_PATH);
    assert_eq!(seen[0].fields, ["key_id"]);
}

#[tokio::test]
async fn an_unknown_key_id_is_invalid_field() {
    let sim = sim().await;
    let body = post(&sim, KEY_PATH, &json!({ "key_id": "sim-key-00000000" }))
        .await
        .assert_error(400, "INVALID_REQUEST", "INVALID_FIELD");
    assert_eq!(body["error_message"], json!("key_id not found"));
}

#[tokio::test]
async fn the_key_request_is_checked_like_any_plaid_request() {
    let sim = sim().await;
    post(&sim, KEY_PATH, &json!({}))
        .await
        .assert_error(400, "INVALID_REQUEST", "MISSING_FIELDS");
    let body = post(&sim, KEY_PATH, &json!({ "key_id": "k", "kid": "k" }))
        .await
        .assert_error(400, "INVALID_REQUEST", "UNKNOWN_FIELDS");
    assert!(body["error_message"].as_str().unwrap().ends_with(": kid"));
    let keyless = br#"{"key_id":"k"}"#.to_vec();
    post_with(&sim, KEY_PATH, &[], keyless).await.assert_error(
        400,
        "INVALID_REQUEST",
        "MISSING_FIELDS",
    );
}

#[tokio::test]
async fn rotation_expires_the_old_key_and_serves_both() {
    let sim = sim().await;
    let old = sim.signer().kid().to_owned();
    sim.rotate_key();
    let new = sim.signer().kid().to_owned();
    assert_ne!(old, new);
    let old_key = fetch_jwk(&sim, &old).await;
    let new_key = fetch_jwk(&sim, &new).await;
    let expired_at = old_key["expired_at"].as_u64().expect("old key expired");
    assert!(expired_at >= old_key["created_at"].as_u64().unwrap());
    assert!(new_key["expired_at"].is_null());
    assert_eq!(new_key["created_at"].as_u64().unwrap(), expired_at);
    assert_ne!(old_key["x"], new_key["x"]);
}

#[test]
fn a_signer_can_forge_any_token_and_sign_webhooks() {
    let signer = Signer::generate("test-kid");
    assert_eq!(signer.kid(), "test-kid");
    let jwk = signer.jwk(1, Some(2));
    assert_eq!(
        (&jwk["created_at"], &jwk["expired_at"]),
        (&json!(1), &json!(2))
    );

    let forged = signer.sign(r#"{"alg":"none"}"#, r#"{"iat":"soon"}"#);
    assert_eq!(jwt_header(&forged), r#"{"alg":"none"}"#);
    assert_eq!(verify_jwt(&forged, &jwk), json!({ "iat": "soon" }));

    let jwt = signer.webhook_jwt(b"{\n  \"a\": 1\n}", 1_700_000_000);
    assert_eq!(
        jwt_header(&jwt),
        r#"{"alg":"ES256","kid":"test-kid","typ":"JWT"}"#
    );
    let payload = verify_jwt(&jwt, &jwk);
    assert_eq!(payload["iat"], json!(1_700_000_000));
    assert_eq!(payload["request_body_sha256"].as_str().unwrap().len(), 64);
    let other = Signer::generate("test-kid");
    assert_ne!(other.jwk(1, None)["x"], jwk["x"], "each key is fresh");
}
