//! Per-step setup: one policy for every step, and credentials from the service's
//! environment or from a secrets file per step (`<secrets-dir>/<step-id>.json`, which
//! wins over the environment). Callers never send credentials.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::bail;
use step_host::registry::{Setup, StepSetup};
use step_host::secrets::{Credentials, InjectedHeader};
use step_host::Policy;

/// Largest secrets file read: they hold a few short strings.
const MAX_SECRETS_FILE: u64 = 64 * 1024;

/// Credentials by step: a secrets file per step, then the environment, then fallbacks.
#[derive(Debug, Clone)]
pub struct ServiceSetup {
    /// The policy every step runs under.
    pub policy: Policy,
    /// `(VARIABLE, header)` pairs: the keys a secrets file may hold and the header each
    /// is injected as (e.g. `PLAID_SECRET` → `plaid-secret`).
    pub bindings: Vec<(String, String)>,
    /// Credentials read from the service's environment through the same bindings.
    pub environment: Credentials,
    /// Folder of `<step-id>.json` secrets files, if any.
    pub secrets_dir: Option<PathBuf>,
    /// Headers used when neither the file nor the environment has them (e.g. the
    /// embedded simulator's test keys).
    pub fallback: Credentials,
}

impl ServiceSetup {
    /// The secrets file of step `id`, if a folder is configured.
    pub fn secrets_file(&self, id: &str) -> Option<PathBuf> {
        self.secrets_dir
            .as_ref()
            .map(|dir| dir.join(format!("{id}.json")))
    }

    /// The credentials of step `id`: the secrets file's values, then the environment's,
    /// then the fallback's, header by header.
    pub fn credentials(&self, id: &str) -> anyhow::Result<Credentials> {
        let mut credentials = match self.secrets_file(id) {
            Some(path) if path.exists() => self.read_secrets_file(&path)?,
            _ => Credentials::default(),
        };
        for header in self
            .environment
            .headers
            .iter()
            .chain(&self.fallback.headers)
        {
            if !credentials
                .headers
                .iter()
                .any(|h| h.header == header.header)
            {
                credentials.headers.push(header.clone());
            }
        }
        Ok(credentials)
    }

    /// A secrets file: a JSON object whose keys are binding variables and whose values
    /// are strings. Error messages name keys and positions, never values.
    fn read_secrets_file(&self, path: &Path) -> anyhow::Result<Credentials> {
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
        let values: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!(
                    "the secrets file {name} is not a JSON object (line {}, column {})",
                    e.line(),
                    e.column()
                )
            })?;
        let mut headers = Vec::new();
        for (key, value) in values {
            let Some((_, header)) = self.bindings.iter().find(|(var, _)| *var == key) else {
                let known: Vec<&str> = self.bindings.iter().map(|(v, _)| v.as_str()).collect();
                bail!(
                    "the secrets file {name} has an unknown key {key:?} (known: {})",
                    known.join(", ")
                );
            };
            let Some(value) = value.as_str().filter(|v| !v.is_empty()) else {
                bail!("the secrets file {name}: {key} must be a non-empty string");
            };
            headers.push(InjectedHeader {
                header: header.clone(),
                value: step_host::secrets::Secret::new(value),
            });
        }
        Ok(Credentials { headers })
    }
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
            bindings: vec![
                ("API_ID".into(), "x-api-id".into()),
                ("API_SECRET".into(), "x-api-secret".into()),
            ],
            environment: Credentials::default()
                .with_fallback("x-api-id", "env-id-value")
                .with_fallback("x-api-secret", "env-secret-value"),
            secrets_dir: Some(dir.to_path_buf()),
            fallback: Credentials::default().with_fallback("x-api-id", "fallback-id"),
        }
    }

    fn value(credentials: &Credentials, header: &str) -> String {
        credentials
            .headers
            .iter()
            .find(|h| h.header == header)
            .map(|h| h.value.expose().to_owned())
            .unwrap_or_default()
    }

    #[test]
    fn the_file_wins_over_the_environment_per_key() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("one.json"),
            r#"{"API_SECRET":"file-secret-value"}"#,
        )
        .unwrap();
        let setup = setup(dir.path());
        let one = setup.credentials("one").unwrap();
        assert_eq!(value(&one, "x-api-secret"), "file-secret-value");
        assert_eq!(value(&one, "x-api-id"), "env-id-value");
        let other = setup.credentials("other").unwrap();
        assert_eq!(value(&other, "x-api-secret"), "env-secret-value");
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
                "b",
                r#"{"API_SECRETS":"hidden-value-1"}"#,
                "unknown key \"API_SECRETS\"",
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
