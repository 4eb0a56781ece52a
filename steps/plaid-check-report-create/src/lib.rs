//! Plaid `POST /cra/check_report/create` as a workflow step: asks Plaid to generate a
//! user's Check Report (and, with `cra_partner_insights` in `products`, its Partner
//! Insights now), which Plaid announces with a signed webhook to the request's
//! `webhook` URL.
//!
//! What every Plaid step shares is in `plaid-common`; this crate holds the facts of this
//! endpoint. Everything here except `component` is pure and compiles natively.

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod advice;
pub mod descriptor;
pub mod fields;
pub mod response;
pub mod rules;

#[cfg(target_arch = "wasm32")]
mod component;

use serde_json::Value;

pub use descriptor::descriptor;
use plaid_common::request::{Endpoint, Prepared};
use plaid_common::{invalid_input, with_retry_after};
pub use plaid_common::{ErrorKind, FieldError, Invalid, StepConfig, StepError, Validated};

/// The endpoint this step calls.
pub const ENDPOINT: Endpoint = Endpoint {
    path: "/cra/check_report/create",
    user_agent: concat!("plaid-check-report-create-step/", env!("CARGO_PKG_VERSION")),
};

/// Validates step input text (JSON): every field of `CraCheckReportCreateRequest`, its
/// bounds, the identity rule and the webhook URL. Never panics, whatever the bytes.
pub fn validate(input: &str) -> Result<Validated, Invalid> {
    plaid_common::validate::validate_text(input, &fields::ROOT, rules::apply)
}

/// Validates and builds the request. `env` looks up environment variables.
pub fn prepare(
    input: &str,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Prepared, StepError> {
    let validated = validate(input).map_err(invalid_input)?;
    plaid_common::request::build(ENDPOINT, validated.input, config, env)
}

/// Parses a response into outputs (for any identity: both ready codes are listed),
/// adding `Retry-After` (seconds) to errors' detail.
pub fn parse(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<Value, StepError> {
    response::parse(status, body, None).map_err(|error| with_retry_after(error, headers))
}

/// [`parse`] for the response to `input`: the webhook codes of its identity, its
/// `user_id` and `client_report_id`.
pub fn parse_for(
    input: &str,
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<Value, StepError> {
    let input = validate(input).map_err(invalid_input)?.input;
    response::parse(status, body, Some(&input)).map_err(|error| with_retry_after(error, headers))
}
