//! Per-step setup: one policy for every step, and credentials from the service's
//! environment or from a secrets file per step (`<secrets-dir>/<step-id>.json`, which
//! wins over the environment). Callers never send credentials.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::bail;
use step_host::registry::{Setup, StepSetup};
use step_host::{CredentialSource, Policy};

/// Largest secrets file read: they hold a few short strings.
const MAX_SECRETS_FILE: u64 = 64 * 1024;

/// Credentials by step: a secrets file per step, then the environment, then fallbacks,
/// each looked up by the names the step's descriptor declares (e.g. `PLAID_SECRET`).
#[derive(Debug, Clone)]
pub struct ServiceSetup {
    /// The policy every step runs under.
    pub policy: Policy,
    /// Whether the service's environment is a credential source.
    pub from_env: bool,
    /// Folder of `<step-id>.json` secrets files, if any.
    pub secrets_dir: Option<PathBuf>,
    /// `(NAME, value)` used when neither the file nor the environment has `NAME` (e.g.
    /// the embedded simulator's test keys).
    pub fallback: Vec<(String, String)>,
}

impl ServiceSetup {
    /// The secrets file of step `id`, if a folder is configured.
    pub fn secrets_file(&self, id: &str) -> Option<PathBuf> {
        self.secrets_dir
            .as_ref()
            .map(|dir| dir.join(format!("{id}.json")))
    }

    /// Where step `id`'s credentials come from: its secrets file's values, then the
    /// environment's, then the fallbacks, name by name.
    pub fn credentials(&self, id: &str) -> anyhow::Result<CredentialSource> {
        let mut source = if self.from_env {
            CredentialSource::env()
        } else {
            CredentialSource::none()
        };
        if let Some(path) = self.secrets_file(id).filter(|p| p.exists()) {
            for (name, value) in read_secrets_file(&path)? {
                source = source.with(&name, &value);
            }
        }
        for (name, value) in &self.fallback {
            source = source.with_fallback(name, value);
        }
        Ok(source)
    }
}

/// A secrets file: a JSON object of names to non-empty strings. Error messages name
/// keys and positions, never values.
fn read_secrets_file(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let size = std::fs::metadata(path)
        .map_err(|e| anyhow::anyhow!("cannot read the secrets file {name}: {}", e.kind()))?
        .len();
    if size > MAX_SECRETS_FILE {
        bail!("the secrets file {name} is over {MAX_SECRETS_FILE} bytes");
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read the secrets file {name}: {}", e.kind()))?;
    // serde_json's messages can quote values; keep only the position.
    let values: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "the secrets file {name} is not a JSON object (line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    let mut pairs = Vec::new();
    for (key, value) in values {
        let Some(value) = value.as_str().filter(|v| !v.is_empty()) else {
            bail!("the secrets file {name}: {key} must be a non-empty string");
        };
        pairs.push((key, value.to_owned()));
    }
    Ok(pairs)
}

impl StepSetup for ServiceSetup {
    fn setup(&self, id: &str) -> anyhow::Result<Setup> {
        Ok(Setup {
            policy: self.policy.clone(),
            credentials: self.credentials(id)?,
        })
    }

    fn watched_files(&self, id: &str) -> Vec<PathBuf> {
        self.secrets_file(id).into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(dir: &Path) -> ServiceSetup {
        ServiceSetup {
            policy: Policy::default(),
            from_env: false,
            secrets_dir: Some(dir.to_path_buf()),
            fallback: vec![
                ("API_ID".into(), "fallback-id-value".into()),
                ("API_SECRET".into(), "fallback-secret-value".into()),
            ],
        }
    }

    fn value(source: &CredentialSource, name: &str) -> String {
        source
            .lookup(name)
            .map(|v| v.expose().to_owned())
            .unwrap_or_default()
    }

    #[test]
    fn the_file_wins_over_the_fallback_per_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("one.json"),
            r#"{"API_SECRET":"file-secret-value"}"#,
        )
        .unwrap();
        let setup = setup(dir.path());
        let one = setup.credentials("one").unwrap();
        assert_eq!(value(&one, "API_SECRET"), "file-secret-value");
        assert_eq!(value(&one, "API_ID"), "fallback-id-value");
        let other = setup.credentials("other").unwrap();
        assert_eq!(value(&other, "API_SECRET"), "fallback-secret-value");
        assert_eq!(setup.watched_files("one"), [dir.path().join("one.json")]);
    }

    #[test]
    fn bad_files_are_reported_without_their_values() {
        let dir = tempfile::tempdir().unwrap();
        let setup = setup(dir.path());
        let cases = [
            (
                "a",
                r#"{"API_SECRET": 12345678}"#,
                "must be a non-empty string",
            ),
            (
                "c",
                r#"{"API_SECRET":"hidden-value-2""#,
                "not a JSON object",
            ),
            ("d", r#"["hidden-value-3"]"#, "not a JSON object"),
        ];
        for (id, text, expected) in cases {
            std::fs::write(dir.path().join(format!("{id}.json")), text).unwrap();
            let message = format!("{:#}", setup.credentials(id).unwrap_err());
            assert!(message.contains(expected), "{id}: {message}");
            assert!(!message.contains("hidden-value"), "{id}: {message}");
            assert!(!message.contains("12345678"), "{id}: {message}");
        }
    }
}
