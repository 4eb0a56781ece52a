//! Request building: URL, headers and body for a validated input.

use serde_json::{Map, Value};

use crate::fields::REQUEST_TIME_FIELDS;
use crate::types::{
    Environment, ErrorKind, FieldError, HttpRequest, RequestTimeConfig, StepConfig, StepError,
};

/// Path of the endpoint, appended to the base URL.
pub const ENDPOINT_PATH: &str = "/cra/check_report/partner_insights/get";
/// The API version every official Plaid client sends.
pub const PLAID_VERSION: &str = "2020-09-14";
/// `User-Agent` naming the product and version.
pub const USER_AGENT: &str = concat!("plaid-partner-insights-step/", env!("CARGO_PKG_VERSION"));
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

/// Builds the request for a validated input.
///
/// `env` looks up WASI environment variables; credentials come from the inline
/// input first, then the environment, then nowhere (a host may inject them).
pub fn build(
    mut input: Map<String, Value>,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Prepared, StepError> {
    let base = base_url(config, env)?;
    let client_id =
        take_inline(&mut input, "client_id").or_else(|| nonempty(env(env_vars::CLIENT_ID)));
    let secret = take_inline(&mut input, "secret").or_else(|| nonempty(env(env_vars::SECRET)));

    let mut headers = vec![
        ("content-type".to_owned(), "application/json".to_owned()),
        ("plaid-version".to_owned(), PLAID_VERSION.to_owned()),
        ("user-agent".to_owned(), USER_AGENT.to_owned()),
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
    let url = format!("{base}{ENDPOINT_PATH}");
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

/// Applies the step's request-time configuration setting to a validated input:
/// `send` keeps `partner_insights` / `options`, `omit` drops them, `refuse` fails with
/// `invalid_input` when either carries configuration (a `null` one is dropped).
pub fn apply_request_time_config(
    input: &mut Map<String, Value>,
    setting: RequestTimeConfig,
) -> Result<(), StepError> {
    match setting {
        RequestTimeConfig::Send => Ok(()),
        RequestTimeConfig::Omit => {
            drop_request_time_config(input);
            Ok(())
        }
        RequestTimeConfig::Refuse => {
            let present: Vec<FieldError> = REQUEST_TIME_FIELDS
                .iter()
                .filter(|key| input.get(**key).is_some_and(|v| !v.is_null()))
                .map(|key| {
                    FieldError::new(
                        format!("/{key}"),
                        "request_time_config_refused",
                        format!(
                            "{key} is request-time configuration, which this step is set to refuse (request-time-config: refuse); Plaid does not accept it for clients created on or after 2026-07-01: {}",
                            crate::fields::REQUEST_TIME_ADVICE
                        ),
                    )
                })
                .collect();
            if present.is_empty() {
                drop_request_time_config(input);
                return Ok(());
            }
            let mut error = StepError::new(
                ErrorKind::InvalidInput,
                "REQUEST_TIME_CONFIG_REFUSED",
                format!(
                    "the step input carries request-time configuration ({}), which this step is set to refuse",
                    present.iter().map(|e| &e.path[1..]).collect::<Vec<_>>().join(", ")
                ),
                false,
            )
            .with_action("remove partner_insights and options from the input and configure Partner Insights at /cra/check_report/create or in Link, or set request-time-config to omit (drop them) or send (existing Plaid clients)");
            error.field_errors = present;
            Err(error)
        }
    }
}

fn drop_request_time_config(input: &mut Map<String, Value>) {
    for key in REQUEST_TIME_FIELDS {
        input.remove(*key);
    }
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

/// Resolves the base URL: explicit override, else the environment's host.
pub fn base_url(
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<String, StepError> {
    if let Some(url) = config.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        return check_base_url(url.trim()).map(|u| u.trim_end_matches('/').to_owned());
    }
    let environment = match config.environment {
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
