//! Test helpers: a freshly generated P-256 signer that mints Plaid-style JWTs and JWKs.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey};
use rand_core::OsRng;
use serde_json::{json, Value};

use crate::claims::sha256_hex;
use crate::key::Jwk;

/// A key pair standing in for Plaid's webhook signing key.
pub struct Signer {
    key: SigningKey,
    kid: String,
}

impl Signer {
    /// A new random key named `kid`.
    pub fn new(kid: &str) -> Self {
        Self {
            key: SigningKey::random(&mut OsRng),
            kid: kid.to_owned(),
        }
    }

    /// The key's name.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The private key.
    pub fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// The public JWK, as Plaid's key endpoint would describe it.
    pub fn jwk(&self, expired_at: Option<i64>) -> Jwk {
        let point = self.key.verifying_key().to_encoded_point(false);
        Jwk {
            alg: "ES256".into(),
            crv: "P-256".into(),
            kid: self.kid.clone(),
            kty: "EC".into(),
            key_use: "sig".into(),
            x: URL_SAFE_NO_PAD.encode(point.x().unwrap()),
            y: URL_SAFE_NO_PAD.encode(point.y().unwrap()),
            created_at: 1_560_466_150,
            expired_at,
        }
    }

    /// The `/webhook_verification_key/get` response JSON.
    pub fn key_response(&self, expired_at: Option<i64>) -> Value {
        let jwk = self.jwk(expired_at);
        json!({
            "key": {
                "alg": jwk.alg, "created_at": jwk.created_at, "crv": jwk.crv,
                "expired_at": jwk.expired_at, "kid": jwk.kid, "kty": jwk.kty,
                "use": jwk.key_use, "x": jwk.x, "y": jwk.y,
            },
            "request_id": "req-1",
        })
    }

    /// A compact JWS of `header` and `claims`, signed ES256 (R || S) by this key.
    pub fn token(&self, header: &Value, claims: &Value) -> String {
        let input = format!("{}.{}", b64_json(header), b64_json(claims));
        let signature: Signature = self.key.sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }

    /// Plaid's header for this key.
    pub fn header(&self) -> Value {
        json!({"alg": "ES256", "kid": self.kid, "typ": "JWT"})
    }

    /// A Plaid-style token for `body` issued at `iat`.
    pub fn webhook_token(&self, body: &str, iat: i64) -> String {
        let claims = json!({"iat": iat, "request_body_sha256": sha256_hex(body.as_bytes())});
        self.token(&self.header(), &claims)
    }
}

/// Unpadded base64url of `value`'s compact JSON.
pub fn b64_json(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

/// The step input with one header.
pub fn input(header_name: &str, token: &str, body: &str) -> String {
    json!({"headers": {header_name: token, "content-type": "application/json"}, "body": body})
        .to_string()
}
