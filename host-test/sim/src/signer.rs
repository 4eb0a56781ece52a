//! Webhook signing as Plaid does it: an ES256 (P-256) key, a JWK of its public half,
//! and a compact JWS in the `Plaid-Verification` header whose payload carries the
//! SHA-256 of the exact body sent.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// A P-256 signing key and its `kid`.
#[derive(Clone)]
pub struct Signer {
    kid: String,
    key: SigningKey,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A new key from the operating system's randomness, named `kid`.
    pub fn generate(kid: impl Into<String>) -> Self {
        Self {
            kid: kid.into(),
            key: SigningKey::random(&mut rand_core::OsRng),
        }
    }

    /// The key ID (`kid`).
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key.
    pub fn verifying_key(&self) -> VerifyingKey {
        *self.key.verifying_key()
    }

    /// The public key as Plaid's `JWKPublicKey`: `x` and `y` are the 32-byte big-endian
    /// coordinates in base64url without padding.
    pub fn jwk(&self, created_at: u64, expired_at: Option<u64>) -> Value {
        let point = self.key.verifying_key().to_encoded_point(false);
        let coordinate = |c: Option<&p256::FieldBytes>| {
            URL_SAFE_NO_PAD.encode(c.expect("an uncompressed point has both coordinates"))
        };
        json!({
            "alg": "ES256",
            "crv": "P-256",
            "kid": self.kid,
            "kty": "EC",
            "use": "sig",
            "x": coordinate(point.x()),
            "y": coordinate(point.y()),
            "created_at": created_at,
            "expired_at": expired_at,
        })
    }

    /// A compact JWS of any header and payload (so tests can forge tokens): the three
    /// parts in base64url without padding, the signature being ES256's 64-byte `r || s`
    /// (RFC 7518 §3.4) over `b64url(header) "." b64url(payload)`.
    pub fn sign(&self, header_json: &str, payload_json: &str) -> String {
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header_json),
            URL_SAFE_NO_PAD.encode(payload_json)
        );
        let signature: Signature = self.key.sign(signing_input.as_bytes());
        format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes())
        )
    }

    /// The `Plaid-Verification` JWT for `body`: header
    /// `{"alg":"ES256","kid":"<kid>","typ":"JWT"}`, payload
    /// `{"iat":<iat>,"request_body_sha256":"<lowercase hex SHA-256 of body>"}`.
    pub fn webhook_jwt(&self, body: &[u8], iat: u64) -> String {
        let header = json!({ "alg": "ES256", "kid": self.kid, "typ": "JWT" });
        let payload = json!({
            "iat": iat,
            "request_body_sha256": format!("{:x}", Sha256::digest(body)),
        });
        self.sign(&header.to_string(), &payload.to_string())
    }
}

/// A fresh `kid`: `sim-key-` and 8 random hex digits.
pub(crate) fn random_kid() -> String {
    format!("sim-key-{:08x}", rand::random::<u32>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::signature::Verifier as _;

    #[test]
    fn the_jwt_has_plaids_header_and_verifies() {
        let signer = Signer::generate("sim-key-0000abcd");
        let jwt = signer.webhook_jwt(b"{}", 1_700_000_000);
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header = URL_SAFE_NO_PAD.decode(parts[0]).unwrap();
        assert_eq!(
            header,
            br#"{"alg":"ES256","kid":"sim-key-0000abcd","typ":"JWT"}"#
        );
        let payload: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(payload["iat"], json!(1_700_000_000));
        assert_eq!(
            payload["request_body_sha256"],
            json!("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        );
        let signature = Signature::from_slice(&URL_SAFE_NO_PAD.decode(parts[2]).unwrap()).unwrap();
        let input = format!("{}.{}", parts[0], parts[1]);
        assert!(signer
            .verifying_key()
            .verify(input.as_bytes(), &signature)
            .is_ok());
    }

    #[test]
    fn the_jwk_names_the_curve_and_both_coordinates() {
        let jwk = Signer::generate("k").jwk(10, None);
        assert_eq!(jwk["crv"], json!("P-256"));
        assert_eq!(jwk["expired_at"], Value::Null);
        assert_eq!(
            URL_SAFE_NO_PAD
                .decode(jwk["x"].as_str().unwrap())
                .unwrap()
                .len(),
            32
        );
        assert_eq!(
            URL_SAFE_NO_PAD
                .decode(jwk["y"].as_str().unwrap())
                .unwrap()
                .len(),
            32
        );
    }
}
