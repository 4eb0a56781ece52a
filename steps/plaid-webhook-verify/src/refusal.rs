//! Refusals: why a webhook (or the step input carrying it) was not accepted.

use std::fmt;

/// Why a webhook was refused. Each variant has a stable snake_case code
/// ([`RefusalCode::as_str`]) that callers may branch on; messages may change.
///
/// | code | when | stage |
/// | --- | --- | --- |
/// | `invalid_input` | the step input is not JSON, not an object, `headers` is not an object of strings, or `body` is not a string | input |
/// | `missing_verification_header` | no `Plaid-Verification` header (any case), or it is empty | input |
/// | `ambiguous_header` | two header names differing only in case carry different `Plaid-Verification` values | input |
/// | `malformed_jwt` | not three non-empty base64url (unpadded, canonical) parts; header or claims not a JSON object; signature not 64 bytes; `typ` present and not `JWT`; `crit` present; longer than 8 KiB | JWT header |
/// | `unsupported_alg` | header `alg` missing or anything but exactly `ES256` (`none`, `HS256`, `RS256`, `es256`, ...) | JWT header |
/// | `missing_kid` | header `kid` missing, not a string, or empty | JWT header |
/// | `unknown_key` | the key endpoint does not know the `kid` (the caller maps its "not found" with [`Refusal::unknown_key`]) | key |
/// | `invalid_key` | the key response is malformed, or the JWK is not `kty` `EC` / `crv` `P-256` / `alg` `ES256` / `use` `sig`, or `x`/`y` are not 32 bytes each, or they are not a point of P-256 | key |
/// | `key_id_mismatch` | the JWK's `kid` differs from the JWT's | key |
/// | `key_expired` | the JWK's `expired_at` is set and `expired_at <= now` | key |
/// | `bad_signature` | the ES256 signature does not verify (includes r or s zero or not below the group order) | signature |
/// | `missing_claims` | a verified payload lacks `iat` as an integer or `request_body_sha256` as a string | claims |
/// | `stale_iat` | `iat` is more than 300 s before `now` | claims |
/// | `iat_in_future` | `iat` is more than 300 s after `now` (clock skew bound) | claims |
/// | `body_hash_mismatch` | `request_body_sha256` is not the lowercase hex SHA-256 of the body bytes as given | claims |
/// | `invalid_body` | the verified body is not a JSON object, lacks string `webhook_type` / `webhook_code`, or is a `CHECK_REPORT` outcome without a string `user_id` | body |
///
/// Checks run in the order of the table's stages, so a webhook with several faults is
/// refused for the earliest one. No key is fetched unless the input and JWT header
/// stages pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefusalCode {
    /// `invalid_input`
    InvalidInput,
    /// `missing_verification_header`
    MissingVerificationHeader,
    /// `ambiguous_header`
    AmbiguousHeader,
    /// `malformed_jwt`
    MalformedJwt,
    /// `unsupported_alg`
    UnsupportedAlg,
    /// `missing_kid`
    MissingKid,
    /// `unknown_key`
    UnknownKey,
    /// `invalid_key`
    InvalidKey,
    /// `key_id_mismatch`
    KeyIdMismatch,
    /// `key_expired`
    KeyExpired,
    /// `bad_signature`
    BadSignature,
    /// `missing_claims`
    MissingClaims,
    /// `stale_iat`
    StaleIat,
    /// `iat_in_future`
    IatInFuture,
    /// `body_hash_mismatch`
    BodyHashMismatch,
    /// `invalid_body`
    InvalidBody,
}

impl RefusalCode {
    /// Every code, in the table's order.
    pub const ALL: [RefusalCode; 16] = [
        Self::InvalidInput,
        Self::MissingVerificationHeader,
        Self::AmbiguousHeader,
        Self::MalformedJwt,
        Self::UnsupportedAlg,
        Self::MissingKid,
        Self::UnknownKey,
        Self::InvalidKey,
        Self::KeyIdMismatch,
        Self::KeyExpired,
        Self::BadSignature,
        Self::MissingClaims,
        Self::StaleIat,
        Self::IatInFuture,
        Self::BodyHashMismatch,
        Self::InvalidBody,
    ];

    /// The stable snake_case code.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::MissingVerificationHeader => "missing_verification_header",
            Self::AmbiguousHeader => "ambiguous_header",
            Self::MalformedJwt => "malformed_jwt",
            Self::UnsupportedAlg => "unsupported_alg",
            Self::MissingKid => "missing_kid",
            Self::UnknownKey => "unknown_key",
            Self::InvalidKey => "invalid_key",
            Self::KeyIdMismatch => "key_id_mismatch",
            Self::KeyExpired => "key_expired",
            Self::BadSignature => "bad_signature",
            Self::MissingClaims => "missing_claims",
            Self::StaleIat => "stale_iat",
            Self::IatInFuture => "iat_in_future",
            Self::BodyHashMismatch => "body_hash_mismatch",
            Self::InvalidBody => "invalid_body",
        }
    }
}

impl fmt::Display for RefusalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refused webhook: a stable [`RefusalCode`] and a sentence for people.
///
/// Messages never contain the verification header, the signature, key material or the
/// body; any value they quote is cut to [`ECHO_LIMIT`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    code: RefusalCode,
    message: String,
}

impl Refusal {
    /// Builds a refusal.
    pub fn new(code: RefusalCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// For the caller: `/webhook_verification_key/get` does not know `kid`.
    pub fn unknown_key(kid: &str) -> Self {
        Self::new(
            RefusalCode::UnknownKey,
            format!("Plaid has no webhook verification key {}", quote(kid)),
        )
    }

    /// Why.
    pub fn code(&self) -> RefusalCode {
        self.code
    }

    /// A sentence a person understands.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for Refusal {}

/// The most characters of an untrusted value a message quotes.
pub const ECHO_LIMIT: usize = 60;

/// `value` quoted for a message: cut to [`ECHO_LIMIT`] characters (then marked with
/// `…`), control characters and quotes escaped.
pub fn quote(value: &str) -> String {
    let mut cut: String = value.chars().take(ECHO_LIMIT).collect();
    if cut.len() < value.len() {
        cut.push('…');
    }
    format!("{cut:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in RefusalCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate {s}");
            assert!(
                s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{s}"
            );
        }
    }

    #[test]
    fn every_code_is_in_the_table() {
        let table = include_str!("refusal.rs");
        for code in RefusalCode::ALL {
            let row = format!("/// | `{}` |", code.as_str());
            assert!(table.contains(&row), "{code} missing from the table");
        }
    }

    #[test]
    fn quote_caps_and_escapes() {
        let long = "a".repeat(500);
        let q = quote(&long);
        assert_eq!(q.chars().count(), ECHO_LIMIT + 3);
        assert!(q.ends_with("…\""));
        assert_eq!(quote("x\"\n"), "\"x\\\"\\n\"");
        assert_eq!(quote("é".repeat(61).as_str()).chars().count(), 63);
    }

    #[test]
    fn display_has_code_and_message() {
        let r = Refusal::unknown_key("k1");
        assert_eq!(r.code(), RefusalCode::UnknownKey);
        assert_eq!(
            r.to_string(),
            "unknown_key: Plaid has no webhook verification key \"k1\""
        );
    }
}
