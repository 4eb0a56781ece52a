//! The two phases: [`parse`] the input (no key yet), then [`Pending::verify`] with the
//! key the caller fetched for [`Pending::key_id`].

use serde_json::{json, Value};

use crate::claims;
use crate::input::{self, HEADER};
use crate::jwt::Token;
use crate::key::Jwk;
use crate::refusal::{Refusal, RefusalCode};
use crate::signature::verify_es256;
use crate::webhook::Verified;

/// A webhook whose input shape and JWT header passed; it awaits Plaid's key.
///
/// Nothing in it is trusted yet. Obtain one from [`parse`] or [`crate::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    token: Token,
    header_value: String,
    body: String,
}

impl Pending {
    pub(crate) fn new(token: Token, header_value: String, body: String) -> Self {
        Self {
            token,
            header_value,
            body,
        }
    }

    /// The JWT's `kid`: what to send as `key_id` to `/webhook_verification_key/get`.
    pub fn key_id(&self) -> &str {
        self.token.kid()
    }

    /// The normalized input: `{"headers": {"plaid-verification": <trimmed value>},
    /// "body": <body>}`; the headers this step does not read are dropped.
    pub fn normalized(&self) -> Value {
        json!({"headers": {HEADER: self.header_value}, "body": self.body})
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

/// Phase one: validates the step input text and decodes the JWT header without trusting
/// it. A refusal here means no key needs fetching. With several problems, the refusal
/// carries the first one's code (see [`crate::validate`] for all of them).
pub fn parse(input: &str) -> Result<Pending, Refusal> {
    input::validate(input).map_err(|errors| {
        let Some(first) = errors.first() else {
            return Refusal::new(RefusalCode::InvalidInput, "the step input is invalid");
        };
        let more = match errors.len() {
            1 => String::new(),
            n => format!(" (and {} more problem(s))", n - 1),
        };
        let at = match first.pointer.as_str() {
            "" => "the input".to_owned(),
            pointer => pointer.to_owned(),
        };
        Refusal::new(first.code, format!("{at}: {}{more}", first.message))
    })
}
