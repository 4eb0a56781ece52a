//! Step configuration as engines, config files and the CLI give it: the step's own
//! settings (described by its descriptor's `settings-schema`) beside the generic HTTP
//! knobs every step shares.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::bindings::step as wit;

/// Step configuration. In JSON (config files, the service) it is one flat object: the
/// generic keys below, and every other key a setting of the step (e.g.
/// `{"environment": "production", "first_byte_timeout_ms": 20000}`). The component
/// validates its settings; unknown ones are an `invalid_config` error.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StepConfig {
    /// Base URL override; must still be allowed by the host's policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Connect timeout wish in milliseconds (clamped by the host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_timeout_ms: Option<u32>,
    /// First-byte timeout wish in milliseconds (clamped by the host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_byte_timeout_ms: Option<u32>,
    /// Between-bytes timeout wish in milliseconds (clamped by the host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub between_bytes_timeout_ms: Option<u32>,
    /// The step's own settings.
    #[serde(flatten)]
    pub settings: Map<String, Value>,
}

impl StepConfig {
    /// Sets one of the step's settings (`null` removes it).
    pub fn set(&mut self, key: &str, value: Value) -> &mut Self {
        if value.is_null() {
            self.settings.remove(key);
        } else {
            self.settings.insert(key.to_owned(), value);
        }
        self
    }

    /// The configuration as the contract's record.
    pub(crate) fn to_wit(&self) -> wit::StepConfig {
        wit::StepConfig {
            settings: Value::Object(self.settings.clone()).to_string(),
            base_url: self.base_url.clone(),
            connect_timeout_ms: self.connect_timeout_ms,
            first_byte_timeout_ms: self.first_byte_timeout_ms,
            between_bytes_timeout_ms: self.between_bytes_timeout_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn generic_keys_and_settings_share_one_flat_object() {
        let config: StepConfig = serde_json::from_value(json!({
            "environment": "production",
            "request_time_config": "omit",
            "base_url": "https://proxy.example",
            "first_byte_timeout_ms": 2000
        }))
        .unwrap();
        assert_eq!(config.base_url.as_deref(), Some("https://proxy.example"));
        assert_eq!(config.first_byte_timeout_ms, Some(2000));
        assert_eq!(
            Value::Object(config.settings.clone()),
            json!({ "environment": "production", "request_time_config": "omit" })
        );
        let wit = config.to_wit();
        assert_eq!(
            serde_json::from_str::<Value>(&wit.settings).unwrap(),
            json!({ "environment": "production", "request_time_config": "omit" })
        );
        let mut empty = StepConfig::default();
        assert_eq!(empty.to_wit().settings, "{}");
        empty
            .set("environment", json!("sandbox"))
            .set("environment", Value::Null);
        assert!(empty.settings.is_empty());
    }
}
