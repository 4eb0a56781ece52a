//! Plaid `POST /cra/check_report/partner_insights/get` as a workflow step.
//!
//! Everything here except [`component`] and [`transport`] is pure and compiles natively,
//! so it is unit-tested without a WebAssembly runtime. The WIT glue and the
//! `wasi:http` transport exist only on `wasm32`.

// The output schema literal in `descriptor` nests deeper than `json!`'s default allows.
#![recursion_limit = "256"]
// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod descriptor;
pub mod error;
pub mod fields;
pub mod input;
pub mod report_fields;
pub mod request;
pub mod response;
pub mod settings;
pub mod types;

#[cfg(target_arch = "wasm32")]
mod component;
#[cfg(target_arch = "wasm32")]
mod transport;

use serde_json::Value;

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

/// The step error for an input that failed validation.
pub fn invalid_input(invalid: Invalid) -> StepError {
    let count = invalid.errors.len();
    let first = invalid
        .errors
        .first()
        .map(|e| format!(": {} {}", display_path(&e.path), e.message))
        .unwrap_or_default();
    let mut error = StepError::new(
        ErrorKind::InvalidInput,
        "INVALID_INPUT",
        format!("the step input has {count} problem(s){first}"),
        false,
    )
    .with_action("fix the fields listed in field_errors");
    error.field_errors = invalid.errors;
    error
}

fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "(input)"
    } else {
        path
    }
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

/// Adds a `Retry-After` header's seconds to the error's detail.
fn with_retry_after(mut error: StepError, headers: &[(String, String)]) -> StepError {
    let retry_after = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
        .and_then(|(_, value)| value.trim().parse::<u64>().ok());
    if let Some(seconds) = retry_after {
        let mut detail = error
            .detail
            .as_deref()
            .and_then(|d| serde_json::from_str::<serde_json::Map<String, Value>>(d).ok())
            .unwrap_or_default();
        detail.insert("retry_after_seconds".into(), Value::from(seconds));
        error.detail = Some(Value::Object(detail).to_string());
    }
    error
}
