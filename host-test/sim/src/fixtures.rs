//! Plaid's error bodies: the documented ones from `examples/plaid/errors/`, and error
//! objects for the codes that have no documented example.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

macro_rules! error_fixture {
    ($file:literal) => {
        include_str!(concat!("../../../examples/plaid/errors/", $file))
    };
}

/// Plaid's documented error bodies by error code, with their HTTP status.
pub(crate) fn error_fixture(code: &str) -> (u16, &'static str) {
    match code {
        "PRODUCT_NOT_READY" => (400, error_fixture!("400.PRODUCT_NOT_READY.docs.json")),
        "CONSUMER_REPORT_EXPIRED" => (400, error_fixture!("400.CONSUMER_REPORT_EXPIRED.docs.json")),
        "INSUFFICIENT_TRANSACTION_DATA" => (
            400,
            error_fixture!("400.INSUFFICIENT_TRANSACTION_DATA.docs.json"),
        ),
        "DATA_UNAVAILABLE" => (400, error_fixture!("400.DATA_UNAVAILABLE.docs.json")),
        "NO_ACCOUNTS" => (400, error_fixture!("400.NO_ACCOUNTS.docs.json")),
        "USER_NOT_FOUND" => (400, error_fixture!("400.USER_NOT_FOUND.docs.json")),
        "INTERNAL_SERVER_ERROR" => (500, error_fixture!("500.INTERNAL_SERVER_ERROR.docs.json")),
        "PLANNED_MAINTENANCE" => (503, error_fixture!("503.PLANNED_MAINTENANCE.docs.json")),
        "INVALID_API_KEYS" => (400, error_fixture!("400.INVALID_API_KEYS.docs.json")),
        "INVALID_BODY" => (400, error_fixture!("400.INVALID_BODY.docs.json")),
        "INVALID_HEADERS" => (400, error_fixture!("400.INVALID_HEADERS.docs.json")),
        "INVALID_FIELD" => (400, error_fixture!("400.INVALID_FIELD.docs.json")),
        "INVALID_USER_ID" => (400, error_fixture!("400.INVALID_USER_ID.docs.json")),
        "MISSING_FIELDS" => (400, error_fixture!("400.MISSING_FIELDS.docs.json")),
        "UNKNOWN_FIELDS" => (400, error_fixture!("400.UNKNOWN_FIELDS.docs.json")),
        "RATE_LIMIT" => (429, error_fixture!("429.RATE_LIMIT.docs.json")),
        _ => (404, error_fixture!("404.NOT_FOUND.docs.json")),
    }
}

/// A documented fixture as a parsed JSON object.
pub(crate) fn fixture_json(code: &str) -> Value {
    serde_json::from_str(error_fixture(code).1).expect("fixtures are JSON")
}

/// An error answer: a documented error code and the message to put in its body, or an
/// error object with no documented example.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A key of [`error_fixture`], with the message (empty keeps the fixture's).
    Documented {
        /// The error code.
        code: &'static str,
        /// The `error_message`.
        message: String,
    },
    /// An error with no documented example.
    Object(ErrorObject),
}

impl Failure {
    /// `code` (a key of [`error_fixture`]) with `message` (empty keeps the fixture's).
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self::Documented {
            code,
            message: message.into(),
        }
    }

    /// The answer, with `request_id` in its body.
    pub(crate) fn respond(&self, request_id: &str) -> Response {
        match self {
            Self::Documented { code, message } => {
                let (status, fixture) = error_fixture(code);
                plaid_error(status, fixture, message, request_id)
            }
            Self::Object(error) => error.respond(request_id),
        }
    }
}

/// `fixture` with `message` (unless empty) and `request_id` put in, as a response.
pub(crate) fn plaid_error(status: u16, fixture: &str, message: &str, request_id: &str) -> Response {
    let mut body: Value = serde_json::from_str(fixture).expect("fixtures are JSON");
    if !message.is_empty() {
        body["error_message"] = json!(message);
    }
    body["request_id"] = json!(request_id);
    json_response(status, body.to_string())
}

/// A Plaid error object that has no documented fixture.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ErrorObject {
    /// HTTP status.
    pub(crate) status: u16,
    /// `error_type`.
    pub(crate) error_type: &'static str,
    /// `error_code`.
    pub(crate) error_code: &'static str,
    /// `error_message`.
    pub(crate) message: &'static str,
}

impl ErrorObject {
    /// The answer. `error_code_reason` is omitted, as OAS 1.778.0 describes.
    pub(crate) fn respond(&self, request_id: &str) -> Response {
        let body = json!({
            "error_type": self.error_type,
            "error_code": self.error_code,
            "error_message": self.message,
            "display_message": null,
            "request_id": request_id,
            "causes": [],
            "status": null,
            "documentation_url": "https://plaid.com/docs/errors/",
            "suggested_action": null
        });
        json_response(self.status, body.to_string())
    }
}

/// A response with `content-type: application/json`.
pub(crate) fn json_response(status: u16, body: impl Into<axum::body::Body>) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        [("content-type", "application/json")],
        body.into(),
    )
        .into_response()
}

/// The fallback route: Plaid's 404.
pub(crate) async fn unknown_route(uri: axum::http::Uri) -> Response {
    tracing::warn!(%uri, "simulator: unexpected request");
    let (status, body) = error_fixture("NOT_FOUND");
    plaid_error(
        status,
        body,
        &format!("no such route: {}", uri.path()),
        "sim-404",
    )
}
