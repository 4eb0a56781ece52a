//! Step results as the host returns them: plain serde types, independent of bindings.

use serde::Serialize;
use serde_json::Value;

use crate::bindings::step as wit;

/// The first line of a message, at most 300 characters: what the host shows of any
/// error text (a backtrace or an error chain never follows it out).
pub fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(300)
        .collect()
}

/// One problem found in a step input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// JSON Pointer to the value.
    pub path: String,
    /// Stable snake_case code.
    pub code: String,
    /// Human message.
    pub message: String,
}

impl From<wit::FieldError> for FieldError {
    fn from(e: wit::FieldError) -> Self {
        Self {
            path: e.path,
            code: e.code,
            message: e.message,
        }
    }
}

fn field_errors(errors: Vec<wit::FieldError>) -> Vec<FieldError> {
    errors.into_iter().map(FieldError::from).collect()
}

/// The result of `validate`, in the CLI's JSON shape.
#[derive(Debug, Clone, Serialize)]
pub struct Validation {
    /// Whether the input may be executed.
    pub valid: bool,
    /// The normalized input, when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Value>,
    /// Blocking problems, when invalid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// Non-blocking remarks.
    pub warnings: Vec<FieldError>,
}

impl Validation {
    pub(crate) fn from_wit(result: Result<wit::Validated, wit::ValidateError>) -> Self {
        match result {
            Ok(ok) => Self {
                valid: true,
                input: Some(serde_json::from_str(&ok.input).unwrap_or(Value::String(ok.input))),
                errors: None,
                warnings: field_errors(ok.warnings),
            },
            Err(wit::ValidateError::PermanentInvalidInput(bad)) => Self {
                valid: false,
                input: None,
                errors: Some(field_errors(bad.errors)),
                warnings: field_errors(bad.warnings),
            },
            Err(wit::ValidateError::ExecutionFailed) => Self {
                valid: false,
                input: None,
                errors: Some(vec![FieldError {
                    path: String::new(),
                    code: "execution_failed".into(),
                    message: "the component could not validate the input".into(),
                }]),
                warnings: Vec::new(),
            },
        }
    }
}

/// A structured step error, in the CLI's JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepError {
    /// snake_case kind (`invalid_input`, `denied`, `timeout`, `plugin_fault`, ...).
    pub kind: String,
    /// The API's error code, or a host or component code.
    pub code: String,
    /// Developer message.
    pub message: String,
    /// Whether a retry may help.
    pub retryable: bool,
    /// HTTP status, when a response arrived.
    pub http_status: Option<u16>,
    /// The API's request ID.
    pub request_id: Option<String>,
    /// What to do next.
    pub suggested_action: Option<String>,
    /// The API's error type (its coarser category).
    pub error_type: Option<String>,
    /// The API's message for end users.
    pub display_message: Option<String>,
    /// Field problems for `invalid_input`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub field_errors: Vec<FieldError>,
    /// Extra detail (the API's causes, a body excerpt, retry-after).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Value>,
    /// How many attempts the host made (set when the host retried).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts: Option<u32>,
}

impl StepError {
    /// An error raised by the host itself (not by the component).
    pub fn host(kind: &str, code: &str, message: impl Into<String>, retryable: bool) -> Self {
        Self {
            kind: kind.to_owned(),
            code: code.to_owned(),
            message: message.into(),
            retryable,
            http_status: None,
            request_id: None,
            suggested_action: None,
            error_type: None,
            display_message: None,
            field_errors: Vec::new(),
            detail: None,
            attempts: None,
        }
    }

    /// Sets the suggested action.
    pub fn with_action(mut self, action: &str) -> Self {
        self.suggested_action = Some(action.to_owned());
        self
    }

    /// Seconds the server asked us to wait, if it said.
    pub fn retry_after_seconds(&self) -> Option<u64> {
        self.detail.as_ref()?.get("retry_after_seconds")?.as_u64()
    }

    pub(crate) fn from_failure(failure: wit::StepFailure) -> Self {
        match failure {
            wit::StepFailure::Permanent(e) | wit::StepFailure::Retryable(e) => Self::from(e),
            wit::StepFailure::ExecutionFailed => Self::host(
                "plugin_fault",
                "EXECUTION_FAILED",
                "the component reported that it could not run to completion",
                true,
            ),
        }
    }
}

impl From<wit::StepError> for StepError {
    fn from(e: wit::StepError) -> Self {
        Self {
            kind: kind_name(e.kind).to_owned(),
            code: e.code,
            message: e.message,
            retryable: e.retryable,
            http_status: e.http_status,
            request_id: e.request_id,
            suggested_action: e.suggested_action,
            error_type: e.error_type,
            display_message: e.display_message,
            field_errors: field_errors(e.field_errors),
            detail: e
                .detail
                .map(|d| serde_json::from_str(&d).unwrap_or(Value::String(d))),
            attempts: None,
        }
    }
}

/// The answer envelope every face of the host (CLI, service, editor) gives a step call:
/// `{"ok":true,"outputs":…}` (with `"attempts"` when the caller retried) or
/// `{"ok":false,"error":…}`.
pub fn envelope(result: &Result<Value, StepError>, attempts: Option<u32>) -> Value {
    let mut answer = match result {
        Ok(outputs) => serde_json::json!({ "ok": true, "outputs": outputs }),
        Err(error) => failed(error),
    };
    if let (Some(attempts), Ok(_)) = (attempts, result) {
        answer["attempts"] = Value::from(attempts);
    }
    answer
}

/// The failure envelope: `{"ok":false,"error":…}`.
pub fn failed(error: &StepError) -> Value {
    serde_json::json!({ "ok": false, "error": error })
}

/// The success envelope around outputs that are already JSON text (no second encoding
/// of a large report): `{"ok":true,"outputs":…,"attempts":N}`. `None` when the text is
/// not JSON.
pub fn succeeded_text(outputs: &str, attempts: u32) -> Option<String> {
    serde_json::from_str::<serde::de::IgnoredAny>(outputs).ok()?;
    Some(format!(
        r#"{{"ok":true,"outputs":{},"attempts":{attempts}}}"#,
        outputs.trim()
    ))
}

/// The snake_case name of an error kind.
pub fn kind_name(kind: wit::ErrorKind) -> &'static str {
    use wit::ErrorKind as K;
    match kind {
        K::InvalidInput => "invalid_input",
        K::InvalidConfig => "invalid_config",
        K::Auth => "auth",
        K::NotReady => "not_ready",
        K::Expired => "expired",
        K::ReportUnavailable => "report_unavailable",
        K::NotFound => "not_found",
        K::InvalidRequest => "invalid_request",
        K::RateLimited => "rate_limited",
        K::ApiError => "api_error",
        K::ResponseInvalid => "response_invalid",
        K::Denied => "denied",
        K::Transport => "transport",
        K::Timeout => "timeout",
        K::ResponseTooLarge => "response_too_large",
        K::PluginFault => "plugin_fault",
        K::WebhookInvalid => "webhook_invalid",
    }
}

/// The prepared HTTP request, in the CLI's JSON shape.
#[derive(Debug, Clone, Serialize)]
pub struct PreparedRequest {
    /// Method.
    pub method: String,
    /// URL.
    pub url: String,
    /// Headers (name → value), credentials masked.
    pub headers: serde_json::Map<String, Value>,
    /// Body as JSON (or text if it is not JSON).
    pub body: Value,
}

impl From<wit::HttpRequest> for PreparedRequest {
    fn from(r: wit::HttpRequest) -> Self {
        Self {
            method: r.method,
            url: r.url,
            headers: r
                .headers
                .into_iter()
                .map(|h| (h.name, Value::String(h.value)))
                .collect(),
            body: serde_json::from_str(&r.body).unwrap_or(Value::String(r.body)),
        }
    }
}

/// The descriptor, in the CLI's JSON shape (embedded JSON documents parsed).
pub fn descriptor_json(d: &wit::Descriptor) -> Value {
    let parse =
        |text: &str| serde_json::from_str::<Value>(text).unwrap_or(Value::String(text.to_owned()));
    serde_json::json!({
        "name": d.name,
        "version": d.version,
        "title": d.title,
        "description": d.description,
        "documentation_url": d.documentation_url,
        "endpoint": d.endpoint,
        "input_schema": parse(&d.input_schema),
        "output_schema": parse(&d.output_schema),
        "ui_hints": parse(&d.ui_hints),
        "examples": parse(&d.examples),
        "settings_schema": parse(&d.settings_schema),
        "origins": d.origins.iter().map(|o| serde_json::json!({ "url": o.url, "selected_by": parse(&o.selected_by) })).collect::<Vec<_>>(),
        "credentials": d.credentials.iter().map(|c| serde_json::json!({ "name": c.name, "header": c.header, "description": c.description })).collect::<Vec<_>>(),
        "defaults": {
            "retryCount": d.defaults.retry_count,
            "retryLogic": d.defaults.retry_logic,
            "retryDelaySeconds": d.defaults.retry_delay_seconds,
            "timeoutSeconds": d.defaults.timeout_seconds,
            "responseTimeoutSeconds": d.defaults.response_timeout_seconds,
        },
    })
}
