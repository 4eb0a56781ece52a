//! What a component's descriptor asks of its host: the origins it calls (each selected
//! by settings) and the credentials it needs. The host grants them when it loads the
//! component — installing a component is trusting what it declares, as installing a
//! package is — and keeps the grants narrow: declared origins over https only, never
//! resolved to internal addresses, and credentials only into the origin the step's
//! settings select.

use anyhow::Context as _;
use serde_json::{Map, Value};

use crate::bindings::step as wit;
use crate::policy::Origin;
use crate::secrets::CredentialBinding;

/// The grants read from one descriptor.
#[derive(Debug, Clone, Default)]
pub struct Grants {
    /// Each declared origin and the settings that select it.
    pub origins: Vec<(Origin, Map<String, Value>)>,
    /// The credentials the component declares.
    pub credentials: Vec<CredentialBinding>,
    /// Defaults of the settings (`default` of each property of the settings schema).
    pub setting_defaults: Map<String, Value>,
    /// The names of the settings the step declares (the settings schema's properties).
    pub settings: Vec<String>,
}

impl Grants {
    /// Reads the grants from a descriptor; a malformed declaration is an error.
    pub fn from_descriptor(descriptor: &wit::Descriptor) -> anyhow::Result<Self> {
        let mut origins = Vec::new();
        for declared in &descriptor.origins {
            let origin = Origin::parse(&declared.url).with_context(|| {
                format!(
                    "the descriptor declares an invalid origin {:?}",
                    declared.url
                )
            })?;
            if origin.scheme.as_deref() != Some("https") {
                anyhow::bail!(
                    "the descriptor declares {:?}: declared origins must be https",
                    declared.url
                );
            }
            let selected_by = match serde_json::from_str::<Value>(&declared.selected_by) {
                Ok(Value::Object(map)) => map,
                _ if declared.selected_by.trim().is_empty() => Map::new(),
                _ => anyhow::bail!(
                    "the descriptor's origin {:?} has a selected-by that is not a JSON object",
                    declared.url
                ),
            };
            origins.push((origin, selected_by));
        }
        let credentials = descriptor
            .credentials
            .iter()
            .map(|c| CredentialBinding {
                name: c.name.clone(),
                header: c.header.to_ascii_lowercase(),
            })
            .collect();
        let schema: Value = serde_json::from_str(&descriptor.settings_schema).unwrap_or_default();
        let properties = schema["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let setting_defaults = properties
            .iter()
            .filter_map(|(key, property)| Some((key.clone(), property.get("default")?.clone())))
            .collect();
        Ok(Self {
            origins,
            credentials,
            setting_defaults,
            settings: properties.keys().cloned().collect(),
        })
    }

    /// Every declared origin.
    pub fn declared(&self) -> Vec<Origin> {
        self.origins
            .iter()
            .map(|(origin, _)| origin.clone())
            .collect()
    }

    /// The declared origins `settings` select: each whose `selected-by` pairs all hold,
    /// settings left out taking their schema default.
    pub fn selected(&self, settings: &Map<String, Value>) -> Vec<Origin> {
        let value_of = |key: &str| {
            settings
                .get(key)
                .filter(|v| !v.is_null())
                .or_else(|| self.setting_defaults.get(key))
        };
        self.origins
            .iter()
            .filter(|(_, selected_by)| {
                selected_by
                    .iter()
                    .all(|(key, wanted)| value_of(key) == Some(wanted))
            })
            .map(|(origin, _)| origin.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn descriptor(origins: Vec<(&str, &str)>) -> wit::Descriptor {
        wit::Descriptor {
            name: "t".into(),
            version: "0".into(),
            title: "t".into(),
            description: String::new(),
            documentation_url: String::new(),
            endpoint: String::new(),
            input_schema: "{}".into(),
            output_schema: "{}".into(),
            settings_schema: json!({ "properties": { "environment": { "default": "sandbox" } } })
                .to_string(),
            ui_hints: "{}".into(),
            examples: "[]".into(),
            origins: origins
                .into_iter()
                .map(|(url, selected_by)| wit::Origin {
                    url: url.into(),
                    selected_by: selected_by.into(),
                })
                .collect(),
            credentials: vec![wit::Credential {
                name: "API_SECRET".into(),
                header: "X-Api-Secret".into(),
                description: String::new(),
            }],
            defaults: wit::TaskDefaults {
                retry_count: 0,
                retry_logic: "FIXED".into(),
                retry_delay_seconds: 1,
                timeout_seconds: 1,
                response_timeout_seconds: 1,
            },
        }
    }

    #[test]
    fn settings_select_their_origin_and_defaults_fill_the_gaps() {
        let grants = Grants::from_descriptor(&descriptor(vec![
            (
                "https://sandbox.example.com",
                r#"{"environment":"sandbox"}"#,
            ),
            ("https://api.example.com", r#"{"environment":"production"}"#),
            ("https://status.example.com", "{}"),
        ]))
        .unwrap();
        let hosts = |settings: Value| -> Vec<String> {
            grants
                .selected(settings.as_object().unwrap())
                .into_iter()
                .map(|o| o.host)
                .collect()
        };
        assert_eq!(
            hosts(json!({})),
            ["sandbox.example.com", "status.example.com"]
        );
        assert_eq!(
            hosts(json!({ "environment": null })),
            ["sandbox.example.com", "status.example.com"]
        );
        assert_eq!(
            hosts(json!({ "environment": "production" })),
            ["api.example.com", "status.example.com"]
        );
        assert_eq!(
            hosts(json!({ "environment": "staging" })),
            ["status.example.com"]
        );
        assert_eq!(grants.declared().len(), 3);
        assert_eq!(grants.credentials[0].header, "x-api-secret");
    }

    #[test]
    fn declared_origins_must_be_https_and_well_formed() {
        for (url, selected_by) in [
            ("http://api.example.com", "{}"),
            ("https://user@api.example.com", "{}"),
            ("https://api.example.com/path", "{}"),
            ("https://api.example.com", "[1]"),
        ] {
            assert!(
                Grants::from_descriptor(&descriptor(vec![(url, selected_by)])).is_err(),
                "{url} {selected_by}"
            );
        }
    }
}
