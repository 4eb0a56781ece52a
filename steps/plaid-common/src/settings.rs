//! The settings of a Plaid step whose only setting is `environment` (which Plaid
//! environment to call): `step-config.settings`, a JSON object.

use serde_json::Value;

use crate::types::{Environment, ErrorKind, StepError};

/// The settings' JSON Schema 2020-12 (`environment`: `sandbox`, the default, or
/// `production`).
pub const SCHEMA: &str = include_str!("settings.schema.json");

/// Parses the settings text: empty text or `{}` means the default environment. Anything
/// else must be a JSON object whose only member is `environment`, `null` or a name.
pub fn parse(text: &str) -> Result<Option<Environment>, StepError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let mut environment = None;
    let valid = value.as_object().is_some_and(|object| {
        object
            .iter()
            .all(|(key, value)| match (key.as_str(), value) {
                ("environment", Value::Null) => true,
                ("environment", Value::String(name)) => {
                    environment = Environment::from_name(name);
                    environment.is_some()
                }
                _ => false,
            })
    });
    if valid {
        return Ok(environment);
    }
    Err(StepError::new(
        ErrorKind::InvalidConfig,
        "invalid_settings",
        "the step settings must be a JSON object with at most environment (sandbox or production)",
        false,
    )
    .with_action("fix the step settings"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_parse_to_an_environment_or_the_default() {
        assert_eq!(parse("").unwrap(), None);
        assert_eq!(parse("{}").unwrap(), None);
        assert_eq!(parse(r#"{"environment":null}"#).unwrap(), None);
        assert_eq!(
            parse(r#"{"environment":"production"}"#).unwrap(),
            Some(Environment::Production)
        );
    }

    #[test]
    fn anything_else_is_invalid_config() {
        for bad in [
            "[]",
            "nope",
            r#"{"environment":"staging"}"#,
            r#"{"request_time_config":"omit"}"#,
        ] {
            let error = parse(bad).unwrap_err();
            assert_eq!(error.kind, ErrorKind::InvalidConfig, "{bad}");
            assert_eq!(error.code, "invalid_settings");
        }
    }

    #[test]
    fn the_schema_names_exactly_what_the_parser_accepts() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        let names: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert_eq!(names, ["environment"]);
        assert_eq!(schema["properties"]["environment"]["default"], "sandbox");
    }
}
