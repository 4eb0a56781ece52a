//! Native mirrors of the contract's WIT records, so the pure logic of every Plaid step
//! compiles and tests natively.

use serde::Serialize;

/// One problem found in a step input (WIT `field-error`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// RFC 6901 JSON Pointer to the value, or where a missing value belongs.
    pub path: String,
    /// Stable snake_case code.
    pub code: String,
    /// A sentence a person understands.
    pub message: String,
}

impl FieldError {
    /// Builds a field error.
    pub fn new(path: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// Plaid environment (WIT `environment`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    /// `https://sandbox.plaid.com`.
    Sandbox,
    /// `https://production.plaid.com`.
    Production,
}

impl Environment {
    /// The environment's base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Environment::Sandbox => "https://sandbox.plaid.com",
            Environment::Production => "https://production.plaid.com",
        }
    }

    /// The environment's setting value: `sandbox` or `production`.
    pub fn name(self) -> &'static str {
        match self {
            Environment::Sandbox => "sandbox",
            Environment::Production => "production",
        }
    }

    /// Parses `sandbox` / `production` (case-insensitive), as found in `PLAID_ENV`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "sandbox" => Some(Environment::Sandbox),
            "production" => Some(Environment::Production),
            _ => None,
        }
    }
}

/// The generic part of a step configuration (WIT `step-config`): where to call and
/// the timeout wishes. A step's own settings are parsed by the step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepConfig {
    /// Target environment; `None` falls back to `PLAID_ENV`, then sandbox.
    pub environment: Option<Environment>,
    /// Base URL override.
    pub base_url: Option<String>,
    /// Connect timeout in milliseconds.
    pub connect_timeout_ms: Option<u32>,
    /// First-byte timeout in milliseconds.
    pub first_byte_timeout_ms: Option<u32>,
    /// Between-bytes timeout in milliseconds.
    pub between_bytes_timeout_ms: Option<u32>,
}

/// A prepared HTTP request (WIT `http-request`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpRequest {
    /// HTTP method.
    pub method: String,
    /// Absolute URL.
    pub url: String,
    /// Headers as (lower-case name, value).
    pub headers: Vec<(String, String)>,
    /// JSON body.
    pub body: String,
}

/// Error categories (WIT `error-kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The step input failed validation.
    InvalidInput,
    /// The step configuration is unusable.
    InvalidConfig,
    /// Credentials or access rights refused.
    Auth,
    /// What the call reads is still being produced (a report being generated).
    NotReady,
    /// What the call reads has expired (a consumer report older than 24 hours).
    Expired,
    /// Plaid could not produce the report.
    ReportUnavailable,
    /// Unknown user (or other subject of the call).
    NotFound,
    /// Malformed request according to Plaid.
    InvalidRequest,
    /// Too many requests.
    RateLimited,
    /// Plaid internal error or maintenance.
    ApiError,
    /// Unintelligible response.
    ResponseInvalid,
    /// Refused by the host.
    Denied,
    /// Connection failure.
    Transport,
    /// A timeout.
    Timeout,
    /// Response body over the host's cap.
    ResponseTooLarge,
    /// Component trap or host limit.
    PluginFault,
    /// An inbound message (a signed webhook) failed its authenticity check.
    WebhookInvalid,
}

/// A structured step error (WIT `step-error`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepError {
    /// Category.
    pub kind: ErrorKind,
    /// Plaid `error_code` or our own code.
    pub code: String,
    /// Plaid `error_type`.
    pub error_type: Option<String>,
    /// Developer message.
    pub message: String,
    /// End-user message from Plaid.
    pub display_message: Option<String>,
    /// Plaid `request_id`.
    pub request_id: Option<String>,
    /// HTTP status.
    pub http_status: Option<u16>,
    /// Whether a later retry may succeed.
    pub retryable: bool,
    /// What to do next.
    pub suggested_action: Option<String>,
    /// Field problems for `invalid_input`.
    pub field_errors: Vec<FieldError>,
    /// Extra JSON detail.
    pub detail: Option<String>,
}

impl StepError {
    /// A step error with only kind, code, message and retryability set.
    pub fn new(kind: ErrorKind, code: &str, message: impl Into<String>, retryable: bool) -> Self {
        Self {
            kind,
            code: code.to_owned(),
            error_type: None,
            message: message.into(),
            display_message: None,
            request_id: None,
            http_status: None,
            retryable,
            suggested_action: None,
            field_errors: Vec::new(),
            detail: None,
        }
    }

    /// Sets the suggested action.
    pub fn with_action(mut self, action: impl Into<String>) -> Self {
        self.suggested_action = Some(action.into());
        self
    }
}
