//! The verified claims: freshness (`iat`) and the body hash (`request_body_sha256`).

use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

use crate::refusal::{Refusal, RefusalCode};

/// Oldest accepted `iat`, in seconds before `now` (Plaid: five minutes).
pub const MAX_AGE_SECS: i64 = 300;

/// Latest accepted `iat`, in seconds after `now` (clock skew bound).
pub const MAX_SKEW_SECS: i64 = 300;

/// Checks verified claims against the raw `body` at `now` (unix seconds); returns `iat`.
///
/// Order: both claims present and typed (`missing_claims`), then `iat` not older than
/// [`MAX_AGE_SECS`] (`stale_iat`, exactly 300 s old is accepted) nor more than
/// [`MAX_SKEW_SECS`] ahead (`iat_in_future`), then the hash (`body_hash_mismatch`). The
/// hash is of `body`'s bytes exactly as given, compared in constant time against the
/// claim's bytes: only lowercase hex matches.
pub fn check(claims: &Map<String, Value>, body: &[u8], now: i64) -> Result<i64, Refusal> {
    let iat = claims.get("iat").and_then(Value::as_i64).ok_or_else(|| {
        missing("iat (issued-at, an integer number of unix seconds) is missing or not an integer")
    })?;
    let claimed = match claims.get("request_body_sha256") {
        Some(Value::String(hash)) => hash,
        _ => return Err(missing("request_body_sha256 is missing or not a string")),
    };
    let age = i128::from(now) - i128::from(iat);
    if age > i128::from(MAX_AGE_SECS) {
        return Err(Refusal::new(
            RefusalCode::StaleIat,
            format!(
                "the webhook was signed {age} s ago (iat {iat}); at most {MAX_AGE_SECS} s \
                 is accepted"
            ),
        ));
    }
    if -age > i128::from(MAX_SKEW_SECS) {
        return Err(Refusal::new(
            RefusalCode::IatInFuture,
            format!(
                "the webhook's iat {iat} is {} s ahead of now; at most {MAX_SKEW_SECS} s of \
                 clock skew is accepted",
                -age
            ),
        ));
    }
    let actual = sha256_hex(body);
    if !bool::from(actual.as_bytes().ct_eq(claimed.as_bytes())) {
        return Err(Refusal::new(
            RefusalCode::BodyHashMismatch,
            "the body's SHA-256 is not the JWT's request_body_sha256: the body was changed \
             (or re-serialized) after Plaid signed it",
        ));
    }
    Ok(iat)
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    hex
}

/// A `missing_claims` refusal.
fn missing(detail: &str) -> Refusal {
    Refusal::new(
        RefusalCode::MissingClaims,
        format!("the Plaid-Verification JWT's claim {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const NOW: i64 = 1_700_000_000;
    const BODY: &[u8] = b"{\"a\": 1}";

    fn claims(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn code(value: Value) -> RefusalCode {
        check(&claims(value), BODY, NOW).unwrap_err().code()
    }

    #[test]
    fn sha256_hex_known_answer() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn accepts_fresh_matching_claims() {
        let hash = sha256_hex(BODY);
        for iat in [NOW, NOW - MAX_AGE_SECS, NOW + MAX_SKEW_SECS] {
            let c = claims(json!({"iat": iat, "request_body_sha256": hash}));
            assert_eq!(check(&c, BODY, NOW), Ok(iat));
        }
    }

    #[test]
    fn refuses_stale_and_future_iat() {
        let hash = sha256_hex(BODY);
        let stale = json!({"iat": NOW - MAX_AGE_SECS - 1, "request_body_sha256": hash});
        assert_eq!(code(stale), RefusalCode::StaleIat);
        let ancient = json!({"iat": i64::MIN, "request_body_sha256": hash});
        assert_eq!(code(ancient), RefusalCode::StaleIat);
        let future = json!({"iat": NOW + MAX_SKEW_SECS + 1, "request_body_sha256": hash});
        assert_eq!(code(future), RefusalCode::IatInFuture);
        let far = json!({"iat": i64::MAX, "request_body_sha256": hash});
        assert_eq!(code(far), RefusalCode::IatInFuture);
    }

    #[test]
    fn refuses_missing_or_mistyped_claims() {
        let hash = sha256_hex(BODY);
        for value in [
            json!({"request_body_sha256": hash}),
            json!({"iat": "1700000000", "request_body_sha256": hash}),
            json!({"iat": 1.7e9, "request_body_sha256": hash}),
            json!({"iat": NOW as f64 + 0.5, "request_body_sha256": hash}),
            json!({"iat": u64::MAX, "request_body_sha256": hash}),
            json!({"iat": NOW}),
            json!({"iat": NOW, "request_body_sha256": null}),
        ] {
            assert_eq!(code(value.clone()), RefusalCode::MissingClaims, "{value}");
        }
    }

    #[test]
    fn refuses_another_hash() {
        let hash = sha256_hex(BODY);
        for claimed in [
            hash.to_uppercase(),
            hash[..63].to_owned(),
            format!("{hash}0"),
            sha256_hex(b"{\"a\":1}"),
            String::new(),
        ] {
            let value = json!({"iat": NOW, "request_body_sha256": claimed});
            assert_eq!(code(value), RefusalCode::BodyHashMismatch);
        }
    }
}
