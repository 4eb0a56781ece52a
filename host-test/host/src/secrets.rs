//! Credentials: where they come from, how they are injected, how they are kept out of
//! everything the host prints or returns.

use std::fmt;

/// A credential value. Its `Debug` and `Display` never show the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value, for the one place that needs it: the outbound header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(********)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

/// What replaces a credential value wherever one would be shown.
pub const MASK: &str = "********";

/// One credential the host injects as a request header.
#[derive(Debug, Clone)]
pub struct InjectedHeader {
    /// Header name (lower case).
    pub header: String,
    /// The value.
    pub value: Secret,
}

/// The credentials a host injects into allowed outbound requests.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// Headers added to requests that do not already carry them.
    pub headers: Vec<InjectedHeader>,
}

/// Default mapping of environment variables to headers: Plaid's.
pub const DEFAULT_BINDINGS: &[(&str, &str)] = &[
    ("PLAID_CLIENT_ID", "plaid-client-id"),
    ("PLAID_SECRET", "plaid-secret"),
];

impl Credentials {
    /// Reads each `(ENV_VAR, header)` binding from the process environment.
    pub fn from_env(bindings: &[(&str, &str)]) -> Self {
        Self::from_lookup(bindings, |name| std::env::var(name).ok())
    }

    /// Reads each binding through `lookup` (empty values are ignored).
    pub fn from_lookup(bindings: &[(&str, &str)], lookup: impl Fn(&str) -> Option<String>) -> Self {
        let headers = bindings
            .iter()
            .filter_map(|(var, header)| {
                lookup(var)
                    .filter(|v| !v.is_empty())
                    .map(|value| InjectedHeader {
                        header: header.to_string(),
                        value: Secret::new(value),
                    })
            })
            .collect();
        Self { headers }
    }

    /// Adds a header credential unless one for that header is already configured.
    pub fn with_fallback(mut self, header: &str, value: &str) -> Self {
        if !self.headers.iter().any(|h| h.header == header) {
            self.headers.push(InjectedHeader {
                header: header.to_owned(),
                value: Secret::new(value),
            });
        }
        self
    }

    /// Whether a header name carries a credential (configured ones and the defaults).
    pub fn is_credential_header(&self, name: &str) -> bool {
        self.headers
            .iter()
            .any(|h| h.header.eq_ignore_ascii_case(name))
            || DEFAULT_BINDINGS
                .iter()
                .any(|(_, h)| h.eq_ignore_ascii_case(name))
    }
}

/// Replaces every known secret value in text with [`MASK`]: the last line of defence
/// on everything the host prints or returns.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    values: Vec<String>,
}

/// Shorter values would mask ordinary words; real credentials are far longer.
const MIN_REDACTED_LEN: usize = 4;

impl Redactor {
    /// A redactor for these credentials.
    pub fn new(credentials: &Credentials) -> Self {
        let mut redactor = Self::default();
        for header in &credentials.headers {
            redactor.add(header.value.expose());
        }
        redactor
    }

    /// Adds one more value to mask (e.g. an inline credential from a step input).
    pub fn add(&mut self, value: &str) {
        if value.len() >= MIN_REDACTED_LEN && !self.values.iter().any(|v| v == value) {
            self.values.push(value.to_owned());
            // Longest first, so a value containing another is masked whole.
            self.values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        }
    }

    /// The text with every known value masked, also in its JSON-escaped form.
    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for value in &self.values {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), MASK);
            }
            let escaped = serde_json::to_string(value).unwrap_or_default();
            let escaped = escaped.trim_matches('"');
            if escaped != value && out.contains(escaped) {
                out = out.replace(escaped, MASK);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_debug_and_display_hide_the_value() {
        let s = Secret::new("super-secret-value");
        assert!(!format!("{s:?}").contains("super"));
        assert!(!format!("{s}").contains("super"));
    }

    #[test]
    fn redactor_masks_plain_and_json_escaped_values() {
        let creds = Credentials::from_lookup(DEFAULT_BINDINGS, |v| {
            (v == "PLAID_SECRET").then(|| "s3cr\"et-value".to_owned())
        });
        let r = Redactor::new(&creds);
        assert_eq!(r.redact("a s3cr\"et-value b"), "a ******** b");
        assert_eq!(r.redact(r#"{"x":"s3cr\"et-value"}"#), r#"{"x":"********"}"#);
    }

    #[test]
    fn empty_environment_values_are_ignored() {
        let creds = Credentials::from_lookup(DEFAULT_BINDINGS, |_| Some(String::new()));
        assert!(creds.headers.is_empty());
    }
}
