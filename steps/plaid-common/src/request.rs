//! Request building every Plaid step shares: base URL, headers and credentials around a
//! validated JSON body.

use serde_json::{Map, Value};

use crate::types::{Environment, ErrorKind, HttpRequest, StepConfig, StepError};

/// The API version every official Plaid client sends.
pub const PLAID_VERSION: &str = "2020-09-14";
/// Header carrying the client ID.
pub const CLIENT_ID_HEADER: &str = "plaid-client-id";
/// Header carrying the secret.
pub const SECRET_HEADER: &str = "plaid-secret";
/// What replaces every credential value shown to callers.
pub const MASK: &str = "********";

/// Environment variable names the component reads when the caller provides them.
pub mod env_vars {
    /// Client ID (may be an engine's placeholder, substituted on the way out).
    pub const CLIENT_ID: &str = "PLAID_CLIENT_ID";
    /// Secret (may be a placeholder).
    pub const SECRET: &str = "PLAID_SECRET";
    /// `sandbox` or `production`.
    pub const ENV: &str = "PLAID_ENV";
}

/// A request ready to send, and its masked twin to show.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// What goes on the wire (credential headers carry real values).
    pub wire: HttpRequest,
    /// What callers see (credential values masked).
    pub shown: HttpRequest,
}

/// A Plaid endpoint a step calls: its path and the `User-Agent` naming the step.
#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    /// Path appended to the base URL, e.g. `/cra/check_report/create`.
    pub path: &'static str,
    /// `User-Agent` naming the step and its version.
    pub user_agent: &'static str,
}

/// Builds the `POST` request of `endpoint` for a validated input.
///
/// `env` looks up WASI environment variables; credentials come from the inline
/// input first, then the environment, then nowhere (a host may inject them).
pub fn build(
    endpoint: Endpoint,
    mut input: Map<String, Value>,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Prepared, StepError> {
    let base = base_url(config.environment, config.base_url.as_deref(), env)?;
    let client_id =
        take_inline(&mut input, "client_id").or_else(|| nonempty(env(env_vars::CLIENT_ID)));
    let secret = take_inline(&mut input, "secret").or_else(|| nonempty(env(env_vars::SECRET)));

    let mut headers = vec![
        ("content-type".to_owned(), "application/json".to_owned()),
        ("plaid-version".to_owned(), PLAID_VERSION.to_owned()),
        ("user-agent".to_owned(), endpoint.user_agent.to_owned()),
    ];
    let mut shown_headers = headers.clone();
    for (name, value) in [(CLIENT_ID_HEADER, client_id), (SECRET_HEADER, secret)] {
        if let Some(value) = value {
            headers.push((name.to_owned(), value));
            shown_headers.push((name.to_owned(), MASK.to_owned()));
        }
    }
    let body = Value::Object(input).to_string();
    // The body is small and known in advance: send it with its length, never chunked
    // (some proxies and WAFs in front of APIs refuse chunked uploads).
    for list in [&mut headers, &mut shown_headers] {
        list.push(("content-length".to_owned(), body.len().to_string()));
    }
    let url = format!("{base}{}", endpoint.path);
    let wire = HttpRequest {
        method: "POST".to_owned(),
        url,
        headers,
        body,
    };
    let shown = HttpRequest {
        headers: shown_headers,
        ..wire.clone()
    };
    Ok(Prepared { wire, shown })
}

fn nonempty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.is_empty())
}

/// Removes an inline credential from the body; it travels only as a header.
fn take_inline(input: &mut Map<String, Value>, key: &str) -> Option<String> {
    match input.remove(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// Resolves the base URL: explicit override, else the environment's host, else
/// `PLAID_ENV`'s, else sandbox.
pub fn base_url(
    environment: Option<Environment>,
    base_url: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<String, StepError> {
    if let Some(url) = base_url.filter(|u| !u.trim().is_empty()) {
        return check_base_url(url.trim()).map(|u| u.trim_end_matches('/').to_owned());
    }
    let environment = match environment {
        Some(environment) => environment,
        None => match nonempty(env(env_vars::ENV)) {
            Some(name) => Environment::from_name(&name).ok_or_else(|| {
                invalid_config(
                    "invalid_environment",
                    format!(
                        "PLAID_ENV must be sandbox or production; got \"{}\"",
                        name.chars().take(40).collect::<String>()
                    ),
                )
            })?,
            None => Environment::Sandbox,
        },
    };
    Ok(environment.base_url().to_owned())
}

fn invalid_config(code: &str, message: String) -> StepError {
    StepError::new(ErrorKind::InvalidConfig, code, message, false)
        .with_action("fix the step configuration")
}

/// Accepts `http(s)://host[:port][/prefix]` with no credentials, query or fragment.
fn check_base_url(url: &str) -> Result<&str, StepError> {
    let bad = |why: &str| {
        invalid_config(
            "invalid_base_url",
            format!("base-url must look like https://host[:port]; {why}"),
        )
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| bad("the scheme must be http or https"))?;
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.is_empty() {
        return Err(bad("the host is missing"));
    }
    if authority.contains('@') {
        return Err(bad("user information (user:password@) is not allowed"));
    }
    if rest.contains('?') || rest.contains('#') {
        return Err(bad("a query or fragment is not allowed"));
    }
    if rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("it contains whitespace"));
    }
    Ok(url)
}
