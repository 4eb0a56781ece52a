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

/// The credentials a host injects into outbound requests to the origins they are for.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// Headers added to requests that do not already carry them.
    pub headers: Vec<InjectedHeader>,
    /// Every header the component declares as a credential, with or without a value
    /// here: values a request carries in them (e.g. inline ones) are masked too.
    pub declared_headers: Vec<String>,
}

/// One credential a component declares (its descriptor's `credentials`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialBinding {
    /// Name operators give it, also the environment variable read (e.g. `API_SECRET`).
    pub name: String,
    /// Request header it travels in, lower case.
    pub header: String,
}

impl Credentials {
    /// Resolves each binding through `source` (empty values are ignored). Refuses a
    /// value too short to be masked safely, naming the credential, never its value.
    pub fn resolve(
        bindings: &[CredentialBinding],
        source: &CredentialSource,
    ) -> anyhow::Result<Self> {
        let mut headers = Vec::new();
        for binding in bindings {
            let Some(value) = source.lookup(&binding.name) else {
                continue;
            };
            if value.expose().len() < MIN_SECRET_LEN {
                anyhow::bail!(
                    "{} is shorter than {MIN_SECRET_LEN} characters: too short to be masked safely in output, so it is refused",
                    binding.name
                );
            }
            headers.push(InjectedHeader {
                header: binding.header.to_ascii_lowercase(),
                value,
            });
        }
        Ok(Self {
            headers,
            declared_headers: bindings
                .iter()
                .map(|b| b.header.to_ascii_lowercase())
                .collect(),
        })
    }

    /// Whether a header name carries a credential (a declared or configured one).
    pub fn is_credential_header(&self, name: &str) -> bool {
        self.headers
            .iter()
            .map(|h| &h.header)
            .chain(&self.declared_headers)
            .any(|h| h.eq_ignore_ascii_case(name))
    }
}

/// Where a host finds credential values, by the names components declare: values set
/// here first (a secrets file, a simulator's test keys), then, if enabled, the process
/// environment.
#[derive(Debug, Clone, Default)]
pub struct CredentialSource {
    values: Vec<(String, Secret)>,
    from_env: bool,
}

impl CredentialSource {
    /// No credentials at all.
    pub fn none() -> Self {
        Self::default()
    }

    /// The process environment (e.g. `API_SECRET`).
    pub fn env() -> Self {
        Self {
            values: Vec::new(),
            from_env: true,
        }
    }

    /// Adds an explicit value for `name`; it wins over the environment.
    pub fn with(mut self, name: &str, value: &str) -> Self {
        self.values.retain(|(n, _)| n != name);
        self.values.push((name.to_owned(), Secret::new(value)));
        self
    }

    /// Adds a value for `name` only if the source has none (explicit or environment).
    pub fn with_fallback(self, name: &str, value: &str) -> Self {
        if self.lookup(name).is_some() {
            self
        } else {
            self.with(name, value)
        }
    }

    /// Reads a secrets file: a JSON object of `NAME: value` (e.g.
    /// `{"API_CLIENT_ID": "...", "API_SECRET": "..."}`, the names the step declares); its values win over the
    /// environment. Errors never quote the file's content.
    pub fn with_file(mut self, path: &std::path::Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read the secrets file {}: {e}", path.display()))?;
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).map_err(|_| {
                anyhow::anyhow!(
                    "the secrets file {} is not a JSON object of names to strings",
                    path.display()
                )
            })?;
        for (name, value) in map {
            let serde_json::Value::String(value) = value else {
                anyhow::bail!(
                    "the secrets file {}: {name} is not a string",
                    path.display()
                );
            };
            self = self.with(&name, &value);
        }
        Ok(self)
    }

    /// The value for `name`, if any (empty values count as none).
    pub fn lookup(&self, name: &str) -> Option<Secret> {
        self.values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .or_else(|| {
                self.from_env
                    .then(|| std::env::var(name).ok())
                    .flatten()
                    .map(Secret::new)
            })
            .filter(|v| !v.expose().is_empty())
    }
}

/// Every credential value this process resolved (see [`register_for_logs`]): log lines
/// are masked with it, whichever plugin or verb wrote them.
static LOG_SECRETS: std::sync::RwLock<Vec<String>> = std::sync::RwLock::new(Vec::new());

/// Registers credential values to be masked in every log line of this process
/// ([`redact_log`]). Plugins register theirs when they become ready.
pub fn register_for_logs(credentials: &Credentials) {
    let mut secrets = LOG_SECRETS.write().unwrap_or_else(|p| p.into_inner());
    for header in &credentials.headers {
        let value = header.value.expose();
        if !secrets.iter().any(|s| s == value) {
            secrets.push(value.to_owned());
        }
    }
}

/// A log line (free text) with every registered credential value masked.
pub fn redact_log(text: &str) -> String {
    let secrets = LOG_SECRETS.read().unwrap_or_else(|p| p.into_inner());
    if secrets.is_empty() {
        return text.to_owned();
    }
    let mut redactor = Redactor::default();
    for secret in secrets.iter() {
        redactor.add(secret);
    }
    redactor.redact_cut(text)
}

/// Shortest credential the host accepts: shorter values cannot be masked in free text
/// without masking ordinary words too (API keys and secrets are typically 20 characters or more).
/// The CLI refuses shorter ones (exit 2); the library masks them only where a whole
/// JSON string equals them.
pub const MIN_SECRET_LEN: usize = 8;

/// Shortest trailing piece of a credential masked where text may have been cut.
pub const MIN_PARTIAL_LEN: usize = 4;

/// Masks known secret values in everything the host prints or returns: structurally in
/// JSON (every string value and object key, never the JSON syntax around them) and as
/// text in free text such as log lines.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Values of at least [`MIN_SECRET_LEN`] bytes, and their JSON-escaped forms when
    /// those differ, longest first.
    values: Vec<String>,
    /// Shorter values: masked only where a whole string equals them.
    short: Vec<String>,
}

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
        if value.is_empty() {
            return;
        }
        if value.len() < MIN_SECRET_LEN {
            if !self.short.iter().any(|v| v == value) {
                self.short.push(value.to_owned());
            }
            return;
        }
        let escaped = serde_json::to_string(value).unwrap_or_default();
        let escaped = escaped.trim_matches('"');
        for form in [value, escaped] {
            if !self.values.iter().any(|v| v == form) {
                self.values.push(form.to_owned());
            }
        }
        // Longest first, so a value containing another is masked whole.
        self.values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    }

    /// Free text (a log line) with every known value masked.
    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for value in &self.values {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), MASK);
            }
        }
        out
    }

    /// Text that may have been cut (a body excerpt, a truncated message): every known
    /// value masked, and also a trailing piece of one (a suffix of the text of at least
    /// [`MIN_PARTIAL_LEN`] bytes that begins a secret), which the text pass alone would
    /// no longer recognise.
    pub fn redact_cut(&self, text: &str) -> String {
        let mut out = self.redact(text);
        for value in &self.values {
            let longest = value.len().saturating_sub(1).min(out.len());
            let cut = (MIN_PARTIAL_LEN..=longest)
                .rev()
                .filter(|&n| value.is_char_boundary(n))
                .find(|&n| out.ends_with(&value[..n]));
            if let Some(n) = cut {
                out.truncate(out.len() - n);
                out.push_str(MASK);
            }
        }
        out
    }

    /// A JSON string value or key, masked: whole-value matches (also of short values),
    /// then [`Redactor::redact_cut`].
    fn redact_string(&self, text: &str) -> String {
        if self.short.iter().chain(&self.values).any(|v| v == text) {
            return MASK.to_owned();
        }
        self.redact_cut(text)
    }

    /// A JSON value with every string value and object key masked; numbers, booleans,
    /// nulls and the structure are never touched, so no secret can corrupt the JSON.
    /// Keys are masked only where they contain a secret of at least [`MIN_SECRET_LEN`]
    /// bytes (a short value equal to a key name does not rename it).
    pub fn redact_json(&self, value: &serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        if self.values.is_empty() && self.short.is_empty() {
            return value.clone();
        }
        match value {
            Value::String(text) => Value::String(self.redact_string(text)),
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.redact_json(v)).collect())
            }
            Value::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(key, v)| (self.redact_cut(key), self.redact_json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// Whether no secret is known.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.short.is_empty()
    }
}

/// Masks secret values in a byte stream as it passes, chunk by chunk: a value split
/// across chunks is still found, because the tail of each chunk that could begin one is
/// held back until the next chunk (or the end) decides. Each masked byte becomes `*`, so
/// lengths (and a `Content-Length`) stay true. At the end, a held-back tail of at least
/// [`MIN_PARTIAL_LEN`] bytes that begins a secret is masked too.
#[derive(Debug)]
pub struct StreamMasker {
    patterns: Vec<Vec<u8>>,
    /// Whether a byte may begin a pattern: everything else is passed on in bulk.
    starts: Vec<bool>,
    carry: Vec<u8>,
}

impl StreamMasker {
    /// A masker for these values (those shorter than [`MIN_SECRET_LEN`] are ignored:
    /// masking them would damage ordinary data); JSON-escaped forms are masked too.
    pub fn new<'a>(values: impl IntoIterator<Item = &'a str>) -> Self {
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        for value in values.into_iter().filter(|v| v.len() >= MIN_SECRET_LEN) {
            let escaped = serde_json::to_string(value).unwrap_or_default();
            for form in [value, escaped.trim_matches('"')] {
                if !patterns.iter().any(|p| p == form.as_bytes()) {
                    patterns.push(form.as_bytes().to_vec());
                }
            }
        }
        patterns.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let mut starts = vec![false; 256];
        for pattern in &patterns {
            starts[usize::from(pattern[0])] = true;
        }
        Self {
            patterns,
            starts,
            carry: Vec::new(),
        }
    }

    /// Whether there is nothing to mask.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Bytes held back so far.
    pub fn held(&self) -> usize {
        self.carry.len()
    }

    /// Takes the next chunk; returns the bytes that are now safe to pass on.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        let mut buf = std::mem::take(&mut self.carry);
        buf.extend_from_slice(chunk);
        let mut out = Vec::with_capacity(buf.len());
        let mut i = 0;
        while i < buf.len() {
            let run = buf[i..]
                .iter()
                .position(|&b| self.starts[usize::from(b)])
                .unwrap_or(buf.len() - i);
            out.extend_from_slice(&buf[i..i + run]);
            i += run;
            if i == buf.len() {
                break;
            }
            let rest = &buf[i..];
            if let Some(p) = self.patterns.iter().find(|p| rest.starts_with(p)) {
                out.resize(out.len() + p.len(), b'*');
                i += p.len();
            } else if self.patterns.iter().any(|p| p.starts_with(rest)) {
                self.carry = rest.to_vec();
                break;
            } else {
                out.push(buf[i]);
                i += 1;
            }
        }
        out
    }

    /// The end of the stream: the held-back tail, masked if it may be a cut secret.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut tail = std::mem::take(&mut self.carry);
        if tail.len() >= MIN_PARTIAL_LEN {
            tail.fill(b'*');
        }
        tail
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
        let source = CredentialSource::none().with("API_SECRET", "s3cr\"et-value");
        let creds = Credentials::resolve(&bindings(), &source).unwrap();
        let r = Redactor::new(&creds);
        assert_eq!(r.redact("a s3cr\"et-value b"), "a ******** b");
        assert_eq!(r.redact(r#"{"x":"s3cr\"et-value"}"#), r#"{"x":"********"}"#);
    }

    const SECRET: &str = "Ur3Ki9Oa5Pl1Zs7Xd2Cf8Vg4Bh6Nj0Mq";

    /// F3: text cut inside a secret (as a 512-byte excerpt is) shows none of it.
    #[test]
    fn a_trailing_piece_of_a_cut_secret_is_masked() {
        let mut r = Redactor::default();
        r.add(SECRET);
        for cut in 1..SECRET.len() {
            let text = format!("plaid-secret: {}", &SECRET[..cut]);
            let masked = r.redact_cut(&text);
            if cut >= MIN_PARTIAL_LEN {
                assert_eq!(masked, "plaid-secret: ********", "cut {cut}");
            } else {
                assert_eq!(
                    masked, text,
                    "shorter pieces are not recognisable: cut {cut}"
                );
            }
        }
        assert_eq!(
            r.redact_cut(&format!("{SECRET} and Ur3K")),
            "******** and ********"
        );
    }

    /// F5: structural masking never touches JSON syntax or keys it does not contain.
    #[test]
    fn structural_masking_never_corrupts_json_or_renames_keys() {
        let mut r = Redactor::default();
        for secret in ["true,", "\": true,", "\"valid\":", "null", "input", SECRET] {
            r.add(secret);
        }
        let value = serde_json::json!({
            "valid": true,
            "input": { "secret": "true,", "note": format!("key {SECRET} here"), "n": null },
            "list": ["null", "input", 5, false],
            SECRET: format!("cut {}", &SECRET[..9]),
        });
        let masked = r.redact_json(&value);
        let text = serde_json::to_string_pretty(&masked).unwrap();
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, masked);
        assert_eq!(masked["valid"], serde_json::json!(true));
        assert_eq!(masked["input"]["secret"], serde_json::json!(MASK));
        assert_eq!(
            masked["input"]["note"],
            serde_json::json!("key ******** here")
        );
        assert_eq!(masked["input"]["n"], serde_json::Value::Null);
        assert_eq!(masked["list"], serde_json::json!([MASK, MASK, 5, false]));
        assert_eq!(masked[MASK], serde_json::json!("cut ********"));
        assert!(!text.contains(SECRET) && !text.contains(&SECRET[..6]));
        let keys: Vec<&String> = masked.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["valid", "input", "list", MASK]);
    }

    /// F3: the stream masker finds a secret wherever chunk boundaries split it.
    #[test]
    fn the_stream_masker_masks_secrets_split_across_chunks() {
        let body = format!("<pre>plaid-secret: {SECRET}\nplaid-client-id: x\n{SECRET}</pre>");
        let expected = body.replace(SECRET, &"*".repeat(SECRET.len()));
        for size in [1, 2, 3, 5, 7, 8, 13, 31, 32, 33, 64, 1000] {
            let mut masker = StreamMasker::new([SECRET]);
            let mut out = Vec::new();
            for chunk in body.as_bytes().chunks(size) {
                out.extend(masker.push(chunk));
            }
            out.extend(masker.finish());
            assert_eq!(
                String::from_utf8(out).unwrap(),
                expected,
                "chunks of {size}"
            );
        }
        let mut masker = StreamMasker::new([SECRET]);
        let mut out = masker.push(format!("ends with {}", &SECRET[..10]).as_bytes());
        assert_eq!(masker.held(), 10);
        out.extend(masker.finish());
        assert_eq!(String::from_utf8(out).unwrap(), "ends with **********");
        assert!(StreamMasker::new(["short"]).is_empty());
    }

    fn bindings() -> Vec<CredentialBinding> {
        ["API_KEY", "API_SECRET"]
            .iter()
            .map(|name| CredentialBinding {
                name: (*name).into(),
                header: format!("x-{}", name.to_ascii_lowercase().replace('_', "-")),
            })
            .collect()
    }

    #[test]
    fn empty_values_are_ignored_and_declared_headers_are_known() {
        let source = CredentialSource::none().with("API_KEY", "");
        let creds = Credentials::resolve(&bindings(), &source).unwrap();
        assert!(creds.headers.is_empty());
        assert!(creds.is_credential_header("X-API-SECRET"));
        assert!(!creds.is_credential_header("content-type"));
    }

    #[test]
    fn explicit_values_win_and_short_ones_are_refused_by_name_only() {
        let source = CredentialSource::none()
            .with("API_KEY", "first-value-0123")
            .with("API_KEY", "second-value-0123")
            .with_fallback("API_KEY", "fallback-value-0123")
            .with_fallback("API_SECRET", "fallback-secret-0123");
        let creds = Credentials::resolve(&bindings(), &source).unwrap();
        let values: Vec<&str> = creds.headers.iter().map(|h| h.value.expose()).collect();
        assert_eq!(values, ["second-value-0123", "fallback-secret-0123"]);
        let error = Credentials::resolve(
            &bindings(),
            &CredentialSource::none().with("API_SECRET", "tiny"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("API_SECRET") && !error.contains("tiny"),
            "{error}"
        );
    }

    #[test]
    fn a_secrets_file_is_read_without_quoting_it() {
        let dir = std::env::temp_dir().join(format!("secrets-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.json");
        std::fs::write(&good, r#"{"API_KEY": "from-file-0123456"}"#).unwrap();
        let source = CredentialSource::none().with_file(&good).unwrap();
        assert_eq!(
            source.lookup("API_KEY").unwrap().expose(),
            "from-file-0123456"
        );
        let bad = dir.join("bad.json");
        std::fs::write(&bad, r#"{"API_KEY": "visible-0123456", "n": 1}"#).unwrap();
        let error = CredentialSource::none()
            .with_file(&bad)
            .unwrap_err()
            .to_string();
        assert!(!error.contains("visible"), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
