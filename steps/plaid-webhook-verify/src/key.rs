//! Plaid's webhook verification key: the `/webhook_verification_key/get` response and
//! the checks that turn its JWK into a P-256 verifying key.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::VerifyingKey;
use p256::EncodedPoint;
use serde_json::{Map, Value};

use crate::refusal::{quote, Refusal, RefusalCode};

/// Plaid's `JWKPublicKey`: every member is required by the API; `expired_at` may be
/// `null`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jwk {
    /// `alg`: must be `ES256`.
    pub alg: String,
    /// `crv`: must be `P-256`.
    pub crv: String,
    /// `kid`: must equal the JWT header's `kid`.
    pub kid: String,
    /// `kty`: must be `EC`.
    pub kty: String,
    /// `use`: must be `sig`.
    pub key_use: String,
    /// `x`: base64url (unpadded) big-endian x coordinate, 32 bytes.
    pub x: String,
    /// `y`: base64url (unpadded) big-endian y coordinate, 32 bytes.
    pub y: String,
    /// `created_at`: unix seconds.
    pub created_at: i64,
    /// `expired_at`: unix seconds, or `None` while the key is current.
    pub expired_at: Option<i64>,
}

/// Plaid's `WebhookVerificationKeyGetResponse`: `{"key": JWK, "request_id": ...}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyResponse {
    /// The key.
    pub key: Jwk,
    /// Plaid's request id, for troubleshooting.
    pub request_id: String,
}

impl KeyResponse {
    /// Parses the endpoint's JSON response text. Malformed → `invalid_key`.
    pub fn from_json(text: &str) -> Result<Self, Refusal> {
        match serde_json::from_str::<Value>(text) {
            Ok(value) => Self::from_value(&value),
            Err(_) => Err(invalid("response is not valid JSON".to_owned())),
        }
    }

    /// Reads an already parsed response. Unknown members are ignored.
    pub fn from_value(value: &Value) -> Result<Self, Refusal> {
        let response = object(Some(value), "response")?;
        Ok(Self {
            key: Jwk::from_value(response.get("key").unwrap_or(&Value::Null))?,
            request_id: string(response, "request_id")?,
        })
    }
}

impl Jwk {
    /// Reads a JWK object (the `key` member of the response).
    pub fn from_value(value: &Value) -> Result<Self, Refusal> {
        let key = object(Some(value), "key")?;
        Ok(Self {
            alg: string(key, "alg")?,
            crv: string(key, "crv")?,
            kid: string(key, "kid")?,
            kty: string(key, "kty")?,
            key_use: string(key, "use")?,
            x: string(key, "x")?,
            y: string(key, "y")?,
            created_at: integer(key, "created_at")?,
            expired_at: match key.get("expired_at") {
                Some(Value::Null) => None,
                Some(_) => Some(integer(key, "expired_at")?),
                None => return Err(invalid("key has no expired_at (int or null)".to_owned())),
            },
        })
    }

    /// Checks this key for a JWT signed by `kid` at time `now` (unix seconds) and returns
    /// the P-256 point to verify with. Order: `kid` (`key_id_mismatch`), parameters
    /// (`invalid_key`), expiry (`key_expired`: `expired_at <= now`), coordinates
    /// (`invalid_key`: 32 bytes each, on the curve, not the identity).
    pub fn verifying_key(&self, kid: &str, now: i64) -> Result<VerifyingKey, Refusal> {
        if self.kid != kid {
            return Err(Refusal::new(
                RefusalCode::KeyIdMismatch,
                format!(
                    "the key's kid {} is not the JWT's kid {}",
                    quote(&self.kid),
                    quote(kid)
                ),
            ));
        }
        expect("kty", &self.kty, "EC")?;
        expect("crv", &self.crv, "P-256")?;
        expect("alg", &self.alg, "ES256")?;
        expect("use", &self.key_use, "sig")?;
        if let Some(expired_at) = self.expired_at {
            if expired_at <= now {
                return Err(Refusal::new(
                    RefusalCode::KeyExpired,
                    format!(
                        "the key {} expired at {expired_at}, {} s before now",
                        quote(kid),
                        now.saturating_sub(expired_at)
                    ),
                ));
            }
        }
        // Decoding checks both coordinates are below the field prime and the point is
        // on the curve and not the identity (no SEC1 parsing: its error formatting
        // would cost the component several KB).
        let x = coordinate(&self.x, "x")?;
        let y = coordinate(&self.y, "y")?;
        let point = EncodedPoint::from_affine_coordinates(&x.into(), &y.into(), false);
        VerifyingKey::from_encoded_point(&point)
            .map_err(|_| invalid("key's x and y are not a point of P-256".to_owned()))
    }
}

/// One coordinate: unpadded base64url of exactly 32 bytes.
fn coordinate(text: &str, name: &str) -> Result<[u8; 32], Refusal> {
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| invalid(format!("key's {name} is not base64url without padding")))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| invalid(format!("key's {name} is {} bytes, not 32", bytes.len())))
}

/// `member` must be exactly `want`.
fn expect(member: &str, got: &str, want: &str) -> Result<(), Refusal> {
    if got == want {
        Ok(())
    } else {
        Err(invalid(format!(
            "key's {member} is {}, not {want:?}",
            quote(got)
        )))
    }
}

fn object<'a>(value: Option<&'a Value>, what: &str) -> Result<&'a Map<String, Value>, Refusal> {
    match value {
        Some(Value::Object(map)) => Ok(map),
        _ => Err(invalid(format!("{what} is not a JSON object"))),
    }
}

fn string(map: &Map<String, Value>, member: &str) -> Result<String, Refusal> {
    match map.get(member) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(invalid(format!("{member} is missing or not a string"))),
    }
}

fn integer(map: &Map<String, Value>, member: &str) -> Result<i64, Refusal> {
    map.get(member)
        .and_then(Value::as_i64)
        .ok_or_else(|| invalid(format!("{member} is missing or not an integer")))
}

/// An `invalid_key` refusal.
fn invalid(detail: String) -> Refusal {
    Refusal::new(
        RefusalCode::InvalidKey,
        format!("the webhook verification key {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::Signer;
    use serde_json::json;

    const NOW: i64 = 1_700_000_000;

    fn code(jwk: &Jwk) -> RefusalCode {
        jwk.verifying_key(&jwk.kid.clone(), NOW).unwrap_err().code()
    }

    #[test]
    fn reads_a_plaid_shaped_response() {
        let signer = Signer::new("bfbd5111-8e33-4643-8ced-b2e642a72f3c");
        let text = signer.key_response(None).to_string();
        let response = KeyResponse::from_json(&text).unwrap();
        assert_eq!(response.key, signer.jwk(None));
        assert_eq!(response.request_id, "req-1");
        let key = response.key.verifying_key(signer.kid(), NOW).unwrap();
        assert_eq!(&key, signer.signing_key().verifying_key());
    }

    #[test]
    fn requires_every_member() {
        let signer = Signer::new("k");
        let full = signer.key_response(Some(NOW + 10));
        for member in [
            "alg",
            "crv",
            "kid",
            "kty",
            "use",
            "x",
            "y",
            "created_at",
            "expired_at",
        ] {
            let mut response = full.clone();
            response["key"].as_object_mut().unwrap().remove(member);
            let refusal = KeyResponse::from_value(&response).unwrap_err();
            assert_eq!(refusal.code(), RefusalCode::InvalidKey, "{member}");
        }
        let mut response = full.clone();
        response.as_object_mut().unwrap().remove("request_id");
        assert!(KeyResponse::from_value(&response).is_err());
        for bad in ["", "[]", "{\"key\": 1, \"request_id\": \"r\"}"] {
            let refusal = KeyResponse::from_json(bad).unwrap_err();
            assert_eq!(refusal.code(), RefusalCode::InvalidKey);
        }
        let mut response = full;
        response["key"]["expired_at"] = json!("soon");
        assert!(KeyResponse::from_value(&response).is_err());
    }

    #[test]
    fn refuses_other_key_types() {
        let signer = Signer::new("k");
        for (member, value) in [
            ("kty", "RSA"),
            ("crv", "P-384"),
            ("crv", "secp256k1"),
            ("alg", "ES384"),
            ("alg", "none"),
            ("use", "enc"),
        ] {
            let mut jwk = signer.jwk(None);
            match member {
                "kty" => jwk.kty = value.to_owned(),
                "crv" => jwk.crv = value.to_owned(),
                "alg" => jwk.alg = value.to_owned(),
                _ => jwk.key_use = value.to_owned(),
            }
            assert_eq!(code(&jwk), RefusalCode::InvalidKey, "{member}={value}");
        }
    }

    #[test]
    fn refuses_coordinates_of_the_wrong_size() {
        let signer = Signer::new("k");
        let x = URL_SAFE_NO_PAD.decode(signer.jwk(None).x).unwrap();
        let mut jwk = signer.jwk(None);
        jwk.x = URL_SAFE_NO_PAD.encode(&x[1..]);
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        let mut long = vec![0];
        long.extend_from_slice(&x);
        jwk.x = URL_SAFE_NO_PAD.encode(&long);
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        jwk.x = format!("{}=", URL_SAFE_NO_PAD.encode(&x));
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        let mut jwk = signer.jwk(None);
        jwk.y = String::new();
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
    }

    #[test]
    fn refuses_points_off_the_curve() {
        let signer = Signer::new("k");
        let one = {
            let mut b = [0u8; 32];
            b[31] = 1;
            URL_SAFE_NO_PAD.encode(b)
        };
        let mut jwk = signer.jwk(None);
        jwk.x = one.clone();
        jwk.y = one;
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        // The real x with another y.
        let mut jwk = signer.jwk(None);
        let mut y = URL_SAFE_NO_PAD.decode(&jwk.y).unwrap();
        y[0] ^= 0x80;
        jwk.y = URL_SAFE_NO_PAD.encode(&y);
        assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        // Coordinates not below the field prime; the identity (0, 0).
        for fill in [0xff, 0x00] {
            let mut jwk = signer.jwk(None);
            jwk.x = URL_SAFE_NO_PAD.encode([fill; 32]);
            jwk.y = URL_SAFE_NO_PAD.encode([fill; 32]);
            assert_eq!(code(&jwk), RefusalCode::InvalidKey);
        }
    }

    #[test]
    fn expiry_is_compared_with_now() {
        let signer = Signer::new("k");
        for (expired_at, ok) in [
            (None, true),
            (Some(NOW + 1), true),
            (Some(NOW), false),
            (Some(NOW - 1), false),
            (Some(i64::MIN), false),
        ] {
            let result = signer.jwk(expired_at).verifying_key("k", NOW);
            match ok {
                true => assert!(result.is_ok(), "{expired_at:?}"),
                false => assert_eq!(result.unwrap_err().code(), RefusalCode::KeyExpired),
            }
        }
    }

    #[test]
    fn kid_must_match() {
        let signer = Signer::new("k1");
        let refusal = signer.jwk(None).verifying_key("k2", NOW).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::KeyIdMismatch);
        // Exact comparison: no case folding.
        let refusal = signer.jwk(None).verifying_key("K1", NOW).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::KeyIdMismatch);
    }
}
