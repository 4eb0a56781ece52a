//! What the verbs share: loading the plugin from the global flags, the embedded Plaid
//! simulator with the credentials to run against it, and masking inline secrets.

use std::path::PathBuf;

use anyhow::bail;
use serde_json::Value;

use step_host::secrets::MIN_SECRET_LEN;
use step_host::{CredentialSource, LoadOptions, Plugin, Policy, Redactor};

use super::io::{default_plugins_dir, no_step_chosen, plugin_for_step};
use super::Cli;
use step_host::StepConfig;

/// Where and how plugins are loaded, from the global flags.
pub struct Loader {
    plugin: Option<PathBuf>,
    step: Option<String>,
    /// Compile cache and pool settings.
    pub options: LoadOptions,
}

impl Loader {
    /// The loader the global flags describe.
    pub fn from_cli(cli: &Cli) -> Self {
        let cache_dir = if cli.no_cache {
            None
        } else {
            cli.cache_dir.clone().or_else(step_host::cache::default_dir)
        };
        Self {
            plugin: cli.plugin.clone(),
            step: cli.step.clone(),
            options: LoadOptions {
                cache_dir,
                ..LoadOptions::default()
            },
        }
    }

    /// The plugin file: `--step`'s component, else `--plugin` (or `HOST_TEST_PLUGIN`);
    /// without either, an error that lists the built steps.
    pub fn path(&self) -> anyhow::Result<PathBuf> {
        match (&self.step, &self.plugin) {
            (Some(id), _) => plugin_for_step(id),
            (None, Some(path)) => Ok(path.clone()),
            (None, None) => Err(no_step_chosen()),
        }
    }

    /// The default plugins folder of `editor` and `serve`: the chosen plugin's folder,
    /// else the folder this workspace builds its step components into.
    pub fn folder(&self) -> anyhow::Result<PathBuf> {
        match (&self.step, &self.plugin) {
            (None, None) => default_plugins_dir(),
            _ => Ok(self.path()?.parent().map(PathBuf::from).unwrap_or_default()),
        }
    }

    /// Loads the plugin and makes it ready: a component that does not implement the
    /// contract, or a credential too short to mask, is a setup error (exit 2).
    pub async fn load(&self, policy: Policy, source: CredentialSource) -> anyhow::Result<Plugin> {
        let plugin = Plugin::load_with(&self.path()?, policy, source, &self.options)?;
        plugin.ready().await?;
        Ok(plugin)
    }

    /// Loads the plugin with no credentials and no origins beyond those it declares:
    /// for the verbs that never reach the network.
    pub async fn load_offline(&self) -> anyhow::Result<Plugin> {
        // The environment's credentials are resolved (and so length-checked and masked in
        // what the verb prints) although nothing is sent anywhere.
        self.load(Policy::default(), CredentialSource::env()).await
    }
}

pub use host_test::simulator::EmbeddedSim;

/// Refuses (exit 2) settings the step does not declare in its `settings_schema`, and
/// values outside a declared setting's `enum`: `--env`, `--set` and the config file are
/// generic, so a step without an `environment` setting never gets one.
pub async fn check_settings(plugin: &Plugin, config: &StepConfig) -> anyhow::Result<()> {
    if config.settings.is_empty() {
        return Ok(());
    }
    let descriptor = plugin
        .describe()
        .await
        .map_err(|e| anyhow::anyhow!("cannot read the step's descriptor: {}", e.message))?;
    let schema: Value = serde_json::from_str(&descriptor.settings_schema).unwrap_or_default();
    let declared = schema["properties"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let names = || declared.keys().cloned().collect::<Vec<_>>().join(", ");
    for (key, value) in &config.settings {
        let Some(property) = declared.get(key) else {
            bail!(
                "the step {} has no setting {key:?} (its settings: {})",
                descriptor.name,
                if declared.is_empty() {
                    "none".to_owned()
                } else {
                    names()
                }
            );
        };
        if let Some(allowed) = property["enum"].as_array() {
            if !allowed.contains(value) {
                let listed: Vec<String> = allowed
                    .iter()
                    .filter(|v| !v.is_null())
                    .map(Value::to_string)
                    .collect();
                bail!(
                    "the setting {key} must be one of {}; got {value}",
                    listed.join(", ")
                );
            }
        }
    }
    Ok(())
}

/// A redactor for everything a verb prints: the plugin's resolved credentials and the
/// values at the input's secret paths. An inline credential too short to be masked
/// safely is refused (its path is named, never its value).
pub async fn redactor_for(plugin: &Plugin, input: Option<&str>) -> anyhow::Result<Redactor> {
    let mut redactor = Redactor::new(plugin.credentials().await?);
    let Some(Ok(value)) = input.map(serde_json::from_str::<Value>) else {
        return Ok(redactor);
    };
    for (path, secret) in plugin.secret_entries(&value).await {
        if !secret.is_empty() && secret.len() < MIN_SECRET_LEN {
            bail!("the step input's credential at {path} is shorter than {MIN_SECRET_LEN} characters: too short to be masked safely in output, so it is refused");
        }
        redactor.add(&secret);
    }
    Ok(redactor)
}
