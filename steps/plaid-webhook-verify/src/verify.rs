//! Phase two: a webhook whose input passed ([`crate::parse`], no key yet) verified with
//! the key the caller fetched for [`Pending::key_id`] ([`Pending::verify`]).

use serde_json::Value;

use crate::claims;
use crate::jwt::Token;
use crate::key::Jwk;
use crate::refusal::Refusal;
use crate::signature::verify_es256;
use crate::webhook::Verified;

/// A webhook whose input shape and JWT header passed; it awaits Plaid's key.
///
/// Nothing in it is trusted yet. Obtain one from [`crate::parse`] or [`crate::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    token: Token,
    body: String,
    normalized: Value,
}

impl Pending {
    /// `normalized` is the input as [`Pending::normalized`] returns it.
    pub(crate) fn new(token: Token, body: String, normalized: Value) -> Self {
        Self {
            token,
            body,
            normalized,
        }
    }

    /// The JWT's `kid`: what to send as `key_id` to `/webhook_verification_key/get`.
    pub fn key_id(&self) -> &str {
        self.token.kid()
    }

    /// The normalized input: `{"headers": {"plaid-verification": <trimmed value>},
    /// "body": <body>}`; the headers this step does not read are dropped.
    pub fn normalized(&self) -> Value {
        self.normalized.clone()
    }

    /// Verifies with `key` (the `key` of the caller's `/webhook_verification_key/get`
    /// response) at `now` (unix seconds): key checks, signature, claims, then the body.
    /// Takes `&self` so a caller may retry with a freshly fetched key.
    pub fn verify(&self, key: &Jwk, now: i64) -> Result<Verified, Refusal> {
        let verifying_key = key.verifying_key(self.key_id(), now)?;
        verify_es256(
            &verifying_key,
            self.token.signing_input(),
            self.token.signature(),
        )?;
        let issued_at = claims::check(self.token.claims(), self.body.as_bytes(), now)?;
        Verified::from_body(&self.body, self.key_id(), issued_at)
    }
}
