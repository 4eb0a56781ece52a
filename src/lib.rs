//! Plaid `POST /cra/check_report/partner_insights/get` as a workflow step.
//!
//! What every Plaid step shares (the validator, error classification, identity rules,
//! origins, credentials, the `wasi:http` transport) is in `plaid-common`; this crate holds
//! the facts of this endpoint. Everything here except `component` is pure and compiles
//! natively, so it is unit-tested without a WebAssembly runtime; the WIT glue exists
//! only on `wasm32`.

// The output schema literal in `descriptor` nests deeper than `json!`'s default allows.
#![recursion_limit = "256"]
// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod advice;
pub mod descriptor;
pub mod fields;
pub mod input;
pub mod report_fields;
pub mod request;
pub mod response;
pub mod settings;
pub mod types;

#[cfg(target_arch = "wasm32")]
mod component;

use serde_json::Value;

/// The shared Plaid error classification (all 40 `error_type`s of OAS 1.778.0).
pub use plaid_common::error;
pub use plaid_common::invalid_input;
use plaid_common::with_retry_after;

pub use descriptor::{descriptor, Descriptor};
pub use input::{validate_text as validate, Invalid, Validated};
pub use request::Prepared;
pub use types::{
    Environment, ErrorKind, FieldError, HttpRequest, RequestTimeConfig, StepConfig, StepError,
};

/// Validates and builds the request. `env` looks up environment variables.
pub fn prepare(
    input: &str,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Prepared, StepError> {
    let mut validated = validate(input).map_err(invalid_input)?;
    request::apply_request_time_config(
        &mut validated.input,
        config.request_time_config.unwrap_or_default(),
    )?;
    request::build(validated.input, config, env)
}

/// Parses a response into outputs, adding `Retry-After` (seconds) to errors' detail.
pub fn parse(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<Value, StepError> {
    response::parse(status, body).map_err(|error| with_retry_after(error, headers))
}

/// [`parse`], with the outputs as JSON text: Plaid's body as it arrived with the added
/// members appended (what the component returns; no second serialization of a report).
pub fn parse_text(
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<String, StepError> {
    response::parse_text(status, body).map_err(|error| with_retry_after(error, headers))
}
