//! The step's native types: the shared ones, plus the `request_time_config` setting
//! and the step configuration that carries it.

use serde::Serialize;

pub use plaid_common::types::{Environment, ErrorKind, FieldError, HttpRequest, StepError};

/// What to do with request-time Partner Insights configuration (`partner_insights`,
/// `options`) in the input (setting `request_time_config`).
///
/// Plaid deprecated both fields in OAS 1.700.0 and does not accept them for clients
/// created on or after 2026-07-01; those clients configure Partner Insights at
/// `/cra/check_report/create` or in Link.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestTimeConfig {
    /// Send them as given (the default: existing Plaid clients rely on them).
    #[default]
    Send,
    /// Drop them from the request before the call.
    Omit,
    /// Fail with `invalid_input` before any call when the input carries them.
    Refuse,
}

impl RequestTimeConfig {
    /// Parses `send`, `omit` or `refuse`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "send" => Some(RequestTimeConfig::Send),
            "omit" => Some(RequestTimeConfig::Omit),
            "refuse" => Some(RequestTimeConfig::Refuse),
            _ => None,
        }
    }
}

/// Step configuration (WIT `step-config`, its settings parsed by [`crate::settings`]): what
/// every Plaid step has, plus this step's `request_time_config` setting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepConfig {
    /// Where to call (environment, base URL) and the timeout wishes.
    pub common: plaid_common::StepConfig,
    /// Request-time configuration handling; `None` means [`RequestTimeConfig::Send`].
    pub request_time_config: Option<RequestTimeConfig>,
}
