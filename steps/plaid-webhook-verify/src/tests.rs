//! End to end: input text → parse → (caller's key) → verify → output.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac as _};
use serde_json::{json, Value};
use sha2::Sha256;

use crate::claims::sha256_hex;
use crate::testkit::{b64_json, input, Signer};
use crate::{parse, KeyResponse, Next, Reason, Refusal, RefusalCode, Verified};

const NOW: i64 = 1_700_000_000;
const IAT: i64 = NOW - 10;
const KID: &str = "bfbd5111-8e33-4643-8ced-b2e642a72f3c";
const USER: &str = "wz666MBjYWTp2PDzzggYhM6oWWmBb";

fn ready_body() -> String {
    json!({
        "webhook_type": "CHECK_REPORT",
        "webhook_code": "CHECK_REPORT_READY",
        "user_id": USER,
        "successful_products": ["cra_base_report", "cra_partner_insights"],
        "environment": "sandbox",
    })
    .to_string()
}

fn failed_body(code: &str) -> Value {
    json!({
        "webhook_type": "CHECK_REPORT",
        "webhook_code": code,
        "user_id": USER,
        "error": {
            "error_type": "CHECK_REPORT_ERROR",
            "error_code": "DATA_UNAVAILABLE",
            "error_message": "the report could not be generated",
            "display_message": null,
            "status": 400,
        },
        "repairable_items": [{
            "error_type": "ITEM_ERROR",
            "error_code": "ITEM_LOGIN_REQUIRED",
            "error_message": "the login details of this item have changed",
            "display_message": "Please update your credentials.",
            "item_id": "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
        }],
        "failed_products": ["cra_base_report"],
        "environment": "production",
    })
}

/// Signs `body` with `signer`, parses, and verifies with `signer`'s current key.
fn signed(signer: &Signer, body: &str) -> Result<Verified, Refusal> {
    let text = input("Plaid-Verification", &signer.webhook_token(body, IAT), body);
    parse(&text)?.verify(&signer.jwk(None), NOW)
}

fn refused(result: Result<Verified, Refusal>) -> RefusalCode {
    result.unwrap_err().code()
}

/// Parses `token` (with `body`) and verifies it with `signer`'s key.
fn with_token(signer: &Signer, token: &str, body: &str) -> Result<Verified, Refusal> {
    parse(&input("plaid-verification", token, body))?.verify(&signer.jwk(None), NOW)
}

#[test]
fn accepts_a_signed_webhook() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let text = input(
        "Plaid-Verification",
        &signer.webhook_token(&body, IAT),
        &body,
    );
    let pending = parse(&text).unwrap();
    assert_eq!(pending.key_id(), KID);
    let key = KeyResponse::from_json(&signer.key_response(None).to_string()).unwrap();
    let verified = pending.verify(&key.key, NOW).unwrap();
    assert_eq!(verified.next, Next::FetchInsights);
    assert_eq!(
        verified.output(),
        json!({
            "webhook_type": "CHECK_REPORT",
            "webhook_code": "CHECK_REPORT_READY",
            "user_id": USER,
            "environment": "sandbox",
            "key_id": KID,
            "issued_at": IAT,
            "next": "fetch_insights",
            "successful_products": ["cra_base_report", "cra_partner_insights"],
            "webhook": serde_json::from_str::<Value>(&body).unwrap(),
        })
    );
    // `verify` borrows: the same pending webhook may be retried with a refetched key.
    assert_eq!(pending.verify(&key.key, NOW).unwrap(), verified);
}

#[test]
fn header_name_in_any_case_is_accepted() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, IAT);
    for name in [
        "plaid-verification",
        "PLAID-VERIFICATION",
        "pLaId-VeRiFiCaTiOn",
    ] {
        let verified = parse(&input(name, &token, &body)).unwrap();
        assert!(verified.verify(&signer.jwk(None), NOW).is_ok(), "{name}");
    }
}

#[test]
fn refuses_an_ambiguous_duplicate_header() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, IAT);
    let forged = Signer::new(KID).webhook_token(&body, IAT);
    let text = json!({"headers": {"Plaid-Verification": token, "plaid-verification": forged},
                      "body": body})
    .to_string();
    assert_eq!(
        parse(&text).unwrap_err().code(),
        RefusalCode::AmbiguousHeader
    );
    let text = json!({"headers": {"Plaid-Verification": token, "plaid-verification": token},
                      "body": body})
    .to_string();
    assert!(parse(&text).unwrap().verify(&signer.jwk(None), NOW).is_ok());
}

#[test]
fn refuses_a_missing_header() {
    let body = ready_body();
    let text = json!({"headers": {"content-type": "application/json"}, "body": body});
    let refusal = parse(&text.to_string()).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::MissingVerificationHeader);
    assert!(refusal
        .message()
        .starts_with("/headers/plaid-verification: "));
}

#[test]
fn refuses_a_tampered_body() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, IAT);
    for at in [0, body.len() / 2, body.len() - 1] {
        let mut bytes = body.clone().into_bytes();
        bytes[at] ^= 0x01;
        let tampered = String::from_utf8(bytes).unwrap();
        let code = refused(with_token(&signer, &token, &tampered));
        assert_eq!(code, RefusalCode::BodyHashMismatch, "byte {at}");
    }
    let code = refused(with_token(&signer, &token, &format!("{body}\n")));
    assert_eq!(code, RefusalCode::BodyHashMismatch);
}

#[test]
fn refuses_a_reserialized_body() {
    let signer = Signer::new(KID);
    let value: Value = serde_json::from_str(&ready_body()).unwrap();
    let compact = serde_json::to_string(&value).unwrap();
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    for (signed_body, received) in [(&compact, &pretty), (&pretty, &compact)] {
        let token = signer.webhook_token(signed_body, IAT);
        assert!(with_token(&signer, &token, signed_body).is_ok());
        let code = refused(with_token(&signer, &token, received));
        assert_eq!(code, RefusalCode::BodyHashMismatch);
    }
}

#[test]
fn refuses_another_signers_key() {
    let plaid = Signer::new(KID);
    let attacker = Signer::new(KID);
    let body = ready_body();
    let token = attacker.webhook_token(&body, IAT);
    assert_eq!(
        refused(with_token(&plaid, &token, &body)),
        RefusalCode::BadSignature
    );
}

#[test]
fn refuses_alg_none_before_any_key_fetch() {
    let body = ready_body();
    let claims = json!({"iat": IAT, "request_body_sha256": sha256_hex(body.as_bytes())});
    for header in [
        json!({"alg": "none", "kid": KID, "typ": "JWT"}),
        json!({"alg": "None", "kid": KID}),
    ] {
        let token = format!("{}.{}.", b64_json(&header), b64_json(&claims));
        let refusal = parse(&input("Plaid-Verification", &token, &body)).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::UnsupportedAlg);
    }
}

#[test]
fn refuses_hs256_and_a_forged_hs256_signature() {
    let plaid = Signer::new(KID);
    let body = ready_body();
    let claims = json!({"iat": IAT, "request_body_sha256": sha256_hex(body.as_bytes())});
    // The classic confusion: HMAC keyed with the public key an attacker can fetch.
    let jwk = plaid.jwk(None);
    let secret = format!("{}{}", jwk.x, jwk.y);
    let forge = |header: &Value| {
        let signing_input = format!("{}.{}", b64_json(header), b64_json(&claims));
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(signing_input.as_bytes());
        let tag = mac.finalize().into_bytes();
        (signing_input, tag)
    };
    let (signing_input, tag) = forge(&json!({"alg": "HS256", "kid": KID, "typ": "JWT"}));
    let token = format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(tag));
    let refusal = parse(&input("Plaid-Verification", &token, &body)).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::UnsupportedAlg);
    // The same MAC under an ES256 header: 32 bytes are not an ES256 signature...
    let (signing_input, tag) = forge(&plaid.header());
    let token = format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(tag));
    assert_eq!(
        refused(with_token(&plaid, &token, &body)),
        RefusalCode::MalformedJwt
    );
    // ...and padded to 64 bytes they do not verify.
    let token = format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode([tag, tag].concat())
    );
    assert_eq!(
        refused(with_token(&plaid, &token, &body)),
        RefusalCode::BadSignature
    );
}

#[test]
fn refuses_rs256_and_other_algs() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let claims = json!({"iat": IAT, "request_body_sha256": sha256_hex(body.as_bytes())});
    for alg in ["RS256", "ES384", "ES256K", "PS256", "EdDSA"] {
        let token = signer.token(&json!({"alg": alg, "kid": KID}), &claims);
        let refusal = parse(&input("Plaid-Verification", &token, &body)).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::UnsupportedAlg, "{alg}");
    }
}

#[test]
fn refuses_a_missing_kid() {
    let signer = Signer::new(KID);
    let token = signer.token(&json!({"alg": "ES256", "typ": "JWT"}), &json!({}));
    let refusal = parse(&input("Plaid-Verification", &token, "{}")).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::MissingKid);
}

#[test]
fn refuses_a_stale_iat() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, NOW - 301);
    assert_eq!(
        refused(with_token(&signer, &token, &body)),
        RefusalCode::StaleIat
    );
    let token = signer.webhook_token(&body, NOW - 300);
    assert!(with_token(&signer, &token, &body).is_ok());
}

#[test]
fn refuses_an_iat_in_the_future() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, NOW + 301);
    assert_eq!(
        refused(with_token(&signer, &token, &body)),
        RefusalCode::IatInFuture
    );
    let token = signer.webhook_token(&body, NOW + 300);
    assert!(with_token(&signer, &token, &body).is_ok());
}

#[test]
fn refuses_missing_claims() {
    let signer = Signer::new(KID);
    let body = ready_body();
    for claims in [
        json!({"iat": IAT}),
        json!({"request_body_sha256": sha256_hex(body.as_bytes())}),
        json!({"iat": IAT.to_string(), "request_body_sha256": sha256_hex(body.as_bytes())}),
    ] {
        let token = signer.token(&signer.header(), &claims);
        let code = refused(with_token(&signer, &token, &body));
        assert_eq!(code, RefusalCode::MissingClaims, "{claims}");
    }
}

#[test]
fn refuses_an_expired_key() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let pending = parse(&input(
        "Plaid-Verification",
        &signer.webhook_token(&body, IAT),
        &body,
    ))
    .unwrap();
    let refusal = pending
        .verify(&signer.jwk(Some(NOW - 60)), NOW)
        .unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::KeyExpired);
    // Rotated but not yet expired: still good.
    assert!(pending.verify(&signer.jwk(Some(NOW + 60)), NOW).is_ok());
}

#[test]
fn refuses_a_kid_mismatch() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let pending = parse(&input(
        "Plaid-Verification",
        &signer.webhook_token(&body, IAT),
        &body,
    ))
    .unwrap();
    let mut key = signer.jwk(None);
    key.kid = "another-key".into();
    let refusal = pending.verify(&key, NOW).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::KeyIdMismatch);
}

#[test]
fn refuses_garbled_headers() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let good = signer.webhook_token(&body, IAT);
    let parts: Vec<&str> = good.split('.').collect();
    let cases = [
        parts[..2].join("."),
        format!("{good}.{}", parts[2]),
        "not-a-jwt".to_owned(),
        format!("{}$.{}.{}", parts[0], parts[1], parts[2]),
        format!("{}.{}.{}", parts[0], "%%%", parts[2]),
        format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode("{\"alg\":"),
            parts[1],
            parts[2]
        ),
        format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode("[]"), parts[2]),
        format!("{}.{}.{}", parts[0], parts[1], &parts[2][..20]),
    ];
    for token in cases {
        let refusal = parse(&input("Plaid-Verification", &token, &body)).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::MalformedJwt, "{token:.90}");
        assert!(refusal
            .message()
            .starts_with("/headers/Plaid-Verification: "));
    }
}

#[test]
fn refuses_a_non_32_byte_x() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let pending = parse(&input(
        "Plaid-Verification",
        &signer.webhook_token(&body, IAT),
        &body,
    ))
    .unwrap();
    let mut key = signer.jwk(None);
    let x = URL_SAFE_NO_PAD.decode(&key.x).unwrap();
    key.x = URL_SAFE_NO_PAD.encode(&x[..31]);
    let refusal = pending.verify(&key, NOW).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::InvalidKey);
    assert!(
        refusal.message().contains("x is 31 bytes, not 32"),
        "{refusal}"
    );
}

#[test]
fn refuses_an_off_curve_point() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let pending = parse(&input(
        "Plaid-Verification",
        &signer.webhook_token(&body, IAT),
        &body,
    ))
    .unwrap();
    let mut key = signer.jwk(None);
    let mut y = URL_SAFE_NO_PAD.decode(&key.y).unwrap();
    y[31] = y[31].wrapping_add(2);
    key.y = URL_SAFE_NO_PAD.encode(&y);
    let refusal = pending.verify(&key, NOW).unwrap_err();
    assert_eq!(refusal.code(), RefusalCode::InvalidKey);
    assert!(
        refusal.message().contains("not a point of P-256"),
        "{refusal}"
    );
}

#[test]
fn accepts_a_high_s_signature() {
    use p256::ecdsa::Signature;
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, IAT);
    let (input_part, sig_part) = token.rsplit_once('.').unwrap();
    let sig = Signature::from_slice(&URL_SAFE_NO_PAD.decode(sig_part).unwrap()).unwrap();
    let (r, s) = sig.split_scalars();
    let flipped = Signature::from_scalars(r.to_bytes(), (-*s).to_bytes()).unwrap();
    let token = format!(
        "{input_part}.{}",
        URL_SAFE_NO_PAD.encode(flipped.to_bytes())
    );
    assert!(with_token(&signer, &token, &body).is_ok());
}

#[test]
fn ready_with_and_without_partner_insights_failure() {
    let signer = Signer::new(KID);
    for code in ["CHECK_REPORT_READY", "USER_CHECK_REPORT_READY"] {
        let mut body: Value = serde_json::from_str(&ready_body()).unwrap();
        body["webhook_code"] = json!(code);
        body["failed_products"] = json!(["cra_income_insights"]);
        let out = signed(&signer, &body.to_string()).unwrap().output();
        assert_eq!(out["next"], "fetch_insights");
        assert_eq!(out["failed_products"], json!(["cra_income_insights"]));
        assert!(out.get("reason").is_none());

        body["successful_products"] = json!(["cra_base_report"]);
        body["failed_products"] = json!(["cra_partner_insights"]);
        let verified = signed(&signer, &body.to_string()).unwrap();
        assert_eq!(verified.reason, Some(Reason::PartnerInsightsFailed));
        let out = verified.output();
        assert_eq!(out["next"], "repair_or_recreate");
        assert_eq!(out["reason"], "partner_insights_failed");
        assert_eq!(out["error"], Value::Null);
        assert_eq!(out["repairable_items"], json!([]));
        assert_eq!(out["successful_products"], json!(["cra_base_report"]));
        assert_eq!(out["failed_products"], json!(["cra_partner_insights"]));
    }
}

#[test]
fn failed_with_repairable_items() {
    let signer = Signer::new(KID);
    for code in ["CHECK_REPORT_FAILED", "USER_CHECK_REPORT_FAILED"] {
        let body = failed_body(code);
        let out = signed(&signer, &body.to_string()).unwrap().output();
        assert_eq!(out["next"], "repair_or_recreate");
        assert_eq!(out["reason"], "check_report_failed");
        assert_eq!(out["webhook_code"], code);
        assert_eq!(out["user_id"], USER);
        assert_eq!(out["environment"], "production");
        assert_eq!(out["error"], body["error"]);
        assert_eq!(out["repairable_items"], body["repairable_items"]);
        assert_eq!(
            out["repairable_items"][0]["error_code"],
            "ITEM_LOGIN_REQUIRED"
        );
        assert_eq!(out["failed_products"], json!(["cra_base_report"]));
        assert!(out.get("successful_products").is_none());
        assert_eq!(out["webhook"], body);
    }
}

#[test]
fn unrelated_code_is_ignored() {
    let signer = Signer::new(KID);
    let body = json!({
        "webhook_type": "TRANSACTIONS",
        "webhook_code": "SYNC_UPDATES_AVAILABLE",
        "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
        "initial_update_complete": true,
        "historical_update_complete": false,
        "environment": "production",
    })
    .to_string();
    let out = signed(&signer, &body).unwrap().output();
    assert_eq!(out["next"], "ignore");
    assert_eq!(out["user_id"], Value::Null);
    assert_eq!(out["environment"], "production");
    let body = json!({"webhook_type": "CHECK_REPORT", "webhook_code": "CHECK_REPORT_EXPIRED"});
    let out = signed(&signer, &body.to_string()).unwrap().output();
    assert_eq!(out["next"], "ignore");
}

#[test]
fn refuses_a_verified_body_that_is_not_a_webhook() {
    let signer = Signer::new(KID);
    for body in [
        "[1, 2]",
        "not json at all",
        "{\"webhook_code\": \"CHECK_REPORT_READY\"}",
        "{\"webhook_type\": \"CHECK_REPORT\", \"webhook_code\": \"CHECK_REPORT_READY\"}",
    ] {
        assert_eq!(
            refused(signed(&signer, body)),
            RefusalCode::InvalidBody,
            "{body}"
        );
    }
}

#[test]
fn checks_run_in_order() {
    let plaid = Signer::new(KID);
    let attacker = Signer::new(KID);
    // Garbage body, stale iat, wrong signer, expired key: the key is refused first.
    let token = attacker.webhook_token("{}", NOW - 1000);
    let pending = parse(&input("Plaid-Verification", &token, "garbage")).unwrap();
    let expired = plaid.jwk(Some(NOW - 1));
    assert_eq!(
        pending.verify(&expired, NOW).unwrap_err().code(),
        RefusalCode::KeyExpired
    );
    // Then the signature, before any claim.
    assert_eq!(
        pending.verify(&plaid.jwk(None), NOW).unwrap_err().code(),
        RefusalCode::BadSignature
    );
    // Then iat before the hash.
    let token = plaid.webhook_token("{}", NOW - 1000);
    assert_eq!(
        refused(with_token(&plaid, &token, "garbage")),
        RefusalCode::StaleIat
    );
    // The body is parsed only after the hash matched.
    let token = plaid.webhook_token("{}", IAT);
    assert_eq!(
        refused(with_token(&plaid, &token, "garbage")),
        RefusalCode::BodyHashMismatch
    );
}

#[test]
fn refusal_messages_stay_short_and_quote_no_token() {
    let signer = Signer::new(KID);
    let body = ready_body();
    let token = signer.webhook_token(&body, NOW - 1000);
    let sig = token.rsplit_once('.').unwrap().1;
    let refusals = [
        with_token(&signer, &token, &body).unwrap_err(),
        with_token(&signer, &token[..token.len() - 3], &body).unwrap_err(),
        with_token(&Signer::new(KID), &signer.webhook_token(&body, IAT), &body).unwrap_err(),
    ];
    for refusal in refusals {
        let message = refusal.message();
        assert!(!message.contains(sig), "{message}");
        assert!(!message.contains(&body), "{message}");
        assert!(message.len() < 200, "{message}");
    }
}
