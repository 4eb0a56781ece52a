//! What every Plaid workflow-step component shares, so each step holds only the facts of
//! its own endpoint:
//!
//! - [`model`], [`validate`], [`descriptor`]: an input (or response) model as a static
//!   field tree, the validator and the JSON Schemas derived from it;
//! - [`identity`]: which user a call is about, and the rule every step applies;
//! - [`error`]: Plaid error bodies (all 40 `error_type`s of OAS 1.778.0) and responses
//!   that are not Plaid's → step errors;
//! - [`request`], [`settings`], [`descriptor`]: origins, credentials and the
//!   `environment` setting;
//! - on `wasm32` only: [`bindings`], [`transport`] (the call through
//!   `wasi:http/outgoing-handler`) and [`wit`] (conversions to the contract's types).
//!
//! Everything but the `wasm32` modules is pure and compiles natively.

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod descriptor;
pub mod error;
pub mod identity;
pub mod insights;
pub mod model;
pub mod request;
pub mod settings;
pub mod types;
pub mod validate;
pub mod values;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
#[cfg(target_arch = "wasm32")]
pub mod transport;
#[cfg(target_arch = "wasm32")]
pub mod wit;

use serde_json::{Map, Value};

pub use descriptor::Descriptor;
pub use types::{Environment, ErrorKind, FieldError, HttpRequest, StepConfig, StepError};
pub use validate::{Invalid, Validated};

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

/// Adds a `Retry-After` header's seconds to the error's detail.
pub fn with_retry_after(mut error: StepError, headers: &[(String, String)]) -> StepError {
    let retry_after = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
        .and_then(|(_, value)| value.trim().parse::<u64>().ok());
    if let Some(seconds) = retry_after {
        let mut detail = error
            .detail
            .as_deref()
            .and_then(|d| serde_json::from_str::<Map<String, Value>>(d).ok())
            .unwrap_or_default();
        detail.insert("retry_after_seconds".into(), Value::from(seconds));
        error.detail = Some(Value::Object(detail).to_string());
    }
    error
}
