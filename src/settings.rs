//! Step settings (`step-config.settings`, a JSON object): which Plaid environment to call
//! and what to do with the deprecated request-time configuration. Their JSON Schema is
//! `src/settings.schema.json` (in the descriptor); a test keeps the two in step.

use serde_json::Value;

use crate::types::{Environment, ErrorKind, RequestTimeConfig, StepError};

/// The settings' JSON Schema 2020-12.
pub const SCHEMA: &str = include_str!("settings.schema.json");

/// The settings a step configuration carries; `None` means the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    /// `environment`.
    pub environment: Option<Environment>,
    /// `request_time_config`.
    pub request_time_config: Option<RequestTimeConfig>,
}

/// Parses the settings text: empty text means all defaults. Anything else must be a
/// JSON object with only known settings, each `null` or one of its names.
pub fn parse(text: &str) -> Result<Settings, StepError> {
    if text.trim().is_empty() {
        return Ok(Settings::default());
    }
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let mut settings = Settings::default();
    let valid = value.as_object().is_some_and(|object| {
        object
            .iter()
            .all(|(key, value)| match (key.as_str(), value) {
                (_, Value::Null) => matches!(key.as_str(), "environment" | "request_time_config"),
                ("environment", Value::String(name)) => {
                    settings.environment = Environment::from_name(name);
                    settings.environment.is_some()
                }
                ("request_time_config", Value::String(name)) => {
                    settings.request_time_config = RequestTimeConfig::from_name(name);
                    settings.request_time_config.is_some()
                }
                _ => false,
            })
    });
    if valid {
        return Ok(settings);
    }
    Err(StepError::new(
        ErrorKind::InvalidConfig,
        "invalid_settings",
        "the step settings must be a JSON object with at most environment (sandbox or production) and request_time_config (send, omit or refuse)",
        false,
    )
    .with_action("fix the step settings"))
}
