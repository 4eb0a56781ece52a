//! The workflow step around the verification core: the contract's validate, prepare
//! and the key call, and refusals as step errors.
//!
//! `execute` is: [`prepare`] (input shape and the untrusted JWT header; the request for
//! the key its `kid` names) → the host-policed call to `/webhook_verification_key/get` →
//! [`key_from_response`] → [`verify`] at the current time. The key is fetched on every
//! call: our host gives each call a fresh instance (nothing survives between calls to
//! cache it in), and a cache in the host would be Plaid knowledge in a generic host.

use serde_json::{Map, Value};

use crate::{KeyResponse, Pending, Refusal, RefusalCode};
use plaid_common::request::{Endpoint, Prepared};
use plaid_common::{
    error, invalid_input, with_retry_after, ErrorKind, FieldError, Invalid, StepConfig, StepError,
    Validated,
};

/// The endpoint the step calls for the key.
pub const ENDPOINT: Endpoint = Endpoint {
    path: "/webhook_verification_key/get",
    user_agent: concat!("plaid-webhook-verify-step/", env!("CARGO_PKG_VERSION")),
};

/// What to do with a refused webhook.
const REFUSED_ACTION: &str = "do not act on this webhook and answer its sender 401; if a report was expected, its /get endpoint says whether it is ready";

/// Validates the step input without any network access: every problem at once, each at
/// its JSON Pointer with its refusal code. On success, the input normalized to the one
/// header the step reads and the body.
pub fn validate(input: &str) -> Result<Validated, Invalid> {
    match crate::validate(input) {
        Ok(pending) => Ok(Validated {
            input: into_map(pending.normalized()),
            warnings: Vec::new(),
        }),
        Err(errors) => Err(Invalid {
            errors: errors
                .into_iter()
                .map(|e| FieldError::new(e.pointer, e.code.as_str(), e.message))
                .collect(),
            warnings: Vec::new(),
        }),
    }
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// Phase one: the webhook awaiting its key, and the key request (credentials masked in
/// `shown`). A webhook refused here needs no key: its refusal is returned at once.
pub fn prepare(
    input: &str,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(Pending, Prepared), StepError> {
    let pending = crate::parse(input).map_err(|refusal| match refusal.code() {
        // The workflow passed something other than {headers, body}: its own wiring,
        // not the webhook, is at fault; say what to fix.
        RefusalCode::InvalidInput => invalid_input(validate(input).err().unwrap_or(Invalid {
            errors: Vec::new(),
            warnings: Vec::new(),
        })),
        _ => refused(&refusal),
    })?;
    let mut body = Map::new();
    body.insert("key_id".into(), Value::String(pending.key_id().to_owned()));
    let prepared = plaid_common::request::build(ENDPOINT, body, config, env)?;
    Ok((pending, prepared))
}

/// The key from Plaid's answer to the key request. A key Plaid does not know is a
/// refusal (`UNKNOWN_KEY`); Plaid's other errors keep their classification (a key
/// endpoint that is down is retryable like any Plaid error).
pub fn key_from_response(
    pending: &Pending,
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<crate::Jwk, StepError> {
    let value = serde_json::from_slice::<Value>(body).ok();
    if (200..300).contains(&status) {
        let value = value
            .filter(Value::is_object)
            .ok_or_else(|| error::unintelligible(status, body, "not a JSON object"))?;
        if value.get("key").is_none() {
            if let Some(error) = error::from_plaid_body(status, &value, error::no_advice) {
                return Err(with_retry_after(error, headers));
            }
        }
        return KeyResponse::from_value(&value)
            .map(|response| response.key)
            .map_err(|refusal| refused(&refusal));
    }
    let error = value
        .as_ref()
        .and_then(|v| error::from_plaid_body(status, v, error::no_advice))
        .unwrap_or_else(|| error::unintelligible(status, body, "no Plaid error object in it"));
    if !error.retryable && status < 500 && names_the_key(&error) {
        return Err(refused(&Refusal::unknown_key(pending.key_id())));
    }
    Err(with_retry_after(error, headers))
}

/// Whether Plaid's refusal of the key request is about the `key_id` sent (the only
/// field of the request): Plaid documents no code for an unknown key, so an
/// `INVALID_FIELD` / `NOT_FOUND` on this call means it.
fn names_the_key(error: &StepError) -> bool {
    matches!(error.code.as_str(), "INVALID_FIELD" | "NOT_FOUND")
}

/// Phase two: verifies the webhook with Plaid's key at `now` (unix seconds) and returns
/// the outputs.
pub fn verify(pending: &Pending, key: &crate::Jwk, now: i64) -> Result<Value, StepError> {
    pending
        .verify(key, now)
        .map(|verified| verified.output())
        .map_err(|refusal| refused(&refusal))
}

/// A refusal as a permanent step error of kind `webhook_invalid`, its code the
/// refusal's in upper case (e.g. `BAD_SIGNATURE`).
pub fn refused(refusal: &Refusal) -> StepError {
    StepError::new(
        ErrorKind::WebhookInvalid,
        &refusal.code().as_str().to_ascii_uppercase(),
        format!("the webhook was refused: {}", refusal.message()),
        false,
    )
    .with_action(REFUSED_ACTION)
}

/// What `parse` says: this step's answer cannot be parsed without its input.
pub fn parse_unsupported() -> StepError {
    StepError::new(
        ErrorKind::InvalidInput,
        "PARSE_UNSUPPORTED",
        "verifying a webhook needs the webhook itself: the key response alone proves nothing",
        false,
    )
    .with_action("run execute with {headers, body}; an engine that makes HTTP calls itself can call prepare for the key request, then verify with this step's execute")
}
