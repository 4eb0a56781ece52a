//! How failures become HTTP responses: step errors mapped to statuses (with
//! `Retry-After` where retryable), and the service's own errors in the same envelope.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use step_host::StepError;

use crate::guard::Refusal;

/// Longest part of a caller's value (a step id) echoed in a message, in characters.
pub const MAX_ECHOED_CHARS: usize = 64;

/// The HTTP status of a step error: 422 for input the caller must fix, 502/504 for
/// upstream failures, 429/503 for retryable conditions, 500 for the service's own
/// configuration.
pub fn step_status(error: &StepError) -> StatusCode {
    match (error.retryable, error.kind.as_str()) {
        (_, "rate_limited") => StatusCode::TOO_MANY_REQUESTS,
        (_, "timeout") => StatusCode::GATEWAY_TIMEOUT,
        (true, _) => StatusCode::SERVICE_UNAVAILABLE,
        (
            false,
            "invalid_input" | "expired" | "report_unavailable" | "not_found" | "invalid_request"
            | "webhook_invalid",
        ) => StatusCode::UNPROCESSABLE_ENTITY,
        (false, "invalid_config") => StatusCode::INTERNAL_SERVER_ERROR,
        // auth, denied, response_invalid, response_too_large, plugin_fault, and any
        // kind a future component adds: the call upstream went wrong.
        (false, _) => StatusCode::BAD_GATEWAY,
    }
}

/// Seconds a caller should wait before retrying a retryable step error: the upstream's
/// `retry_after_seconds` when known, else the step's `retryDelaySeconds`.
pub fn retry_after(error: &StepError, default_seconds: u32) -> Option<u64> {
    error.retryable.then(|| {
        error
            .retry_after_seconds()
            .unwrap_or(u64::from(default_seconds))
    })
}

/// A step error as a response: `{"ok":false,"error":{…}}` with its mapped status.
pub fn step_error_response(
    error: &StepError,
    default_retry_seconds: u32,
) -> (StatusCode, Option<u64>, String) {
    let body = step_host::outcome::failed(error).to_string();
    (
        step_status(error),
        retry_after(error, default_retry_seconds),
        body,
    )
}

/// The service's own failures (`kind: "service"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceError {
    /// 401: missing or wrong bearer token.
    Unauthorized,
    /// 404: no such step (or route).
    StepNotFound(String),
    /// 503: the step's file failed to load and no older version is serving.
    StepBroken(String),
    /// 413: the body is over the cap.
    BodyTooLarge(usize),
    /// 400: the body is not JSON.
    InvalidJson(String),
    /// 503 + `Retry-After: 1`: a concurrency limit is reached.
    Overloaded(&'static str),
    /// 503: the service is shutting down.
    Draining,
    /// 504: the request did not finish within the service's deadline.
    RequestTimeout(u128),
    /// 404: no such route.
    NoRoute,
    /// 405: the route exists, not with this method.
    MethodNotAllowed,
    /// 403: not addressed to the service, cross-site, or a body that is not JSON.
    Refused(Refusal),
    /// 408 + `Connection: close`: the body did not arrive within the body timeout (ms).
    BodyTimeout(u128),
    /// 400: the path does not decode to UTF-8.
    InvalidPath,
    /// Any other refusal of the HTTP layer, with its status.
    Http(StatusCode),
    /// 500: the service failed; nothing about the request.
    Internal,
}

impl ServiceError {
    /// The stable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthorized => "UNAUTHORIZED",
            Self::StepNotFound(_) => "STEP_NOT_FOUND",
            Self::NoRoute => "NO_ROUTE",
            Self::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            Self::StepBroken(_) => "STEP_BROKEN",
            Self::BodyTooLarge(_) => "BODY_TOO_LARGE",
            Self::InvalidJson(_) => "INVALID_JSON",
            Self::Overloaded(_) => "OVERLOADED",
            Self::Draining => "DRAINING",
            Self::RequestTimeout(_) => "REQUEST_TIMEOUT",
            Self::Refused(refusal) => refusal.code(),
            Self::BodyTimeout(_) => "BODY_TIMEOUT",
            Self::InvalidPath => "INVALID_PATH",
            Self::Http(_) => "HTTP_ERROR",
            Self::Internal => "INTERNAL",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::StepNotFound(_) | Self::NoRoute => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::StepBroken(_) | Self::Overloaded(_) | Self::Draining => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::BodyTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::InvalidJson(_) => StatusCode::BAD_REQUEST,
            Self::RequestTimeout(_) => StatusCode::GATEWAY_TIMEOUT,
            Self::Refused(_) => StatusCode::FORBIDDEN,
            Self::BodyTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            Self::InvalidPath => StatusCode::BAD_REQUEST,
            Self::Http(status) => *status,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Whether the same request may succeed later.
    pub fn retryable(&self) -> bool {
        matches!(
            self,
            Self::Overloaded(_) | Self::Draining | Self::RequestTimeout(_) | Self::BodyTimeout(_)
        )
    }

    /// One sentence for the caller.
    pub fn message(&self) -> String {
        match self {
            Self::Unauthorized => "send `Authorization: Bearer <token>` with the service's token".into(),
            Self::StepNotFound(id) => format!("no step named {}: GET /v1/steps lists them", echoed(id)),
            Self::StepBroken(why) => format!("the step's plugin file failed to load: {why}"),
            Self::BodyTooLarge(max) => format!("the request body is over the {max}-byte cap"),
            Self::InvalidJson(why) => format!("the request body is not valid JSON: {why}"),
            Self::Overloaded(which) => format!("the {which} concurrency limit is reached; retry shortly"),
            Self::Draining => "this instance is shutting down; retry on another instance".into(),
            Self::RequestTimeout(ms) => format!("the request did not finish within the service's deadline of {ms} ms"),
            Self::NoRoute => "no such route: the routes are /v1/steps, /v1/steps/{id} and /v1/steps/{id}/validate|prepare|execute".into(),
            Self::MethodNotAllowed => "this route does not take this method: GET for /v1/steps and /v1/steps/{id}, POST for the step calls".into(),
            Self::Refused(refusal) => refusal.message.clone(),
            Self::BodyTimeout(ms) => format!("the request body did not arrive within the service's body timeout of {ms} ms; the step did not run"),
            Self::InvalidPath => "the path is not valid UTF-8 once percent-decoded".into(),
            Self::Http(status) => format!("the request was refused with HTTP {}", status.as_u16()),
            Self::Internal => "the service failed to handle the request; the step did not run".into(),
        }
    }
}

/// A caller's value in a message: quoted and escaped, cut to [`MAX_ECHOED_CHARS`]
/// characters with a final `…`.
fn echoed(value: &str) -> String {
    match value.char_indices().nth(MAX_ECHOED_CHARS) {
        Some((end, _)) => format!("{:?}…", &value[..end]),
        None => format!("{value:?}"),
    }
}

impl IntoResponse for ServiceError {
    fn into_response(self) -> Response {
        let body = json!({
            "ok": false,
            "error": {
                "kind": "service",
                "code": self.code(),
                "message": self.message(),
                "retryable": self.retryable(),
            }
        });
        let mut response = (self.status(), json_body(body.to_string())).into_response();
        let headers = response.headers_mut();
        match self {
            Self::Unauthorized => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            Self::Overloaded(_) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            Self::Draining => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                // The caller's pool should not reuse a connection to a draining instance.
                headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Self::BodyTimeout(_) => {
                // The rest of the body may still come: the connection cannot be reused.
                headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            _ => {}
        }
        response
    }
}

/// A JSON text body with its content type.
pub fn json_body(text: String) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], text)
}

/// A JSON response with a status and, for retryable errors, `Retry-After`.
pub fn json_response(status: StatusCode, retry_after: Option<u64>, text: String) -> Response {
    let mut response = (status, json_body(text)).into_response();
    if let Some(seconds) = retry_after {
        response.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_str(&seconds.to_string()).expect("digits are a valid header"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(kind: &str, retryable: bool) -> StepError {
        StepError::host(kind, "X", "m", retryable)
    }

    #[test]
    fn the_documented_status_mapping() {
        let cases = [
            ("rate_limited", true, 429),
            ("timeout", true, 504),
            ("not_ready", true, 503),
            ("api_error", true, 503),
            ("transport", true, 503),
            ("plugin_fault", true, 503),
            ("invalid_input", false, 422),
            ("expired", false, 422),
            ("report_unavailable", false, 422),
            ("not_found", false, 422),
            ("invalid_request", false, 422),
            ("webhook_invalid", false, 422),
            ("invalid_config", false, 500),
            ("auth", false, 502),
            ("denied", false, 502),
            ("response_invalid", false, 502),
            ("response_too_large", false, 502),
            ("plugin_fault", false, 502),
        ];
        for (kind, retryable, status) in cases {
            assert_eq!(
                step_status(&error(kind, retryable)).as_u16(),
                status,
                "{kind} retryable={retryable}"
            );
        }
    }

    #[test]
    fn retry_after_prefers_the_upstream_value() {
        let mut e = error("rate_limited", true);
        assert_eq!(retry_after(&e, 5), Some(5));
        e.detail = Some(json!({ "retry_after_seconds": 2 }));
        assert_eq!(retry_after(&e, 5), Some(2));
        assert_eq!(retry_after(&error("auth", false), 5), None);
    }
}
