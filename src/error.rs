//! Plaid error bodies and unintelligible responses → step errors.

use serde_json::Value;

use crate::types::{ErrorKind, StepError};

/// Longest body excerpt carried in an error.
pub const EXCERPT_LIMIT: usize = 512;

/// Kind, retryability and advice for one Plaid error.
fn classify(error_type: &str, error_code: &str) -> (ErrorKind, bool, &'static str) {
    use ErrorKind::*;
    match (error_type, error_code) {
        (_, "PRODUCT_NOT_READY") => (
            NotReady,
            true,
            "wait for the CHECK_REPORT_READY / USER_CHECK_REPORT_READY webhook, then retry",
        ),
        (_, "CONSUMER_REPORT_EXPIRED") => (
            Expired,
            false,
            "create a new consumer report with /cra/check_report/create",
        ),
        ("RATE_LIMIT_EXCEEDED", _) => (
            RateLimited,
            true,
            "back off and retry; /cra/check_report/* allows 100 requests per minute per client",
        ),
        ("API_ERROR", "PLANNED_MAINTENANCE") => (
            ApiError,
            true,
            "Plaid is in planned maintenance; retry later with backoff",
        ),
        ("API_ERROR", _) => (ApiError, true, "retry with exponential backoff"),
        (_, "INVALID_API_KEYS") => (
            Auth,
            false,
            "check PLAID_CLIENT_ID / PLAID_SECRET and that they belong to the chosen environment",
        ),
        (_, "UNAUTHORIZED_ENVIRONMENT") => (
            Auth,
            false,
            "request access to this environment in the Plaid Dashboard, or use sandbox",
        ),
        (_, "UNAUTHORIZED_ROUTE_ACCESS") | (_, "INVALID_PRODUCT") => (
            Auth,
            false,
            "ask Plaid to enable Plaid Check Partner Insights for this client",
        ),
        (_, "USER_NOT_FOUND") => (
            NotFound,
            false,
            "check user_id and that the user was created in this environment with /user/create",
        ),
        ("CHECK_REPORT_ERROR", code) | ("CONSUMER_REPORT_ERROR", code) => {
            (ReportUnavailable, false, report_action(code))
        }
        _ => (
            InvalidRequest,
            false,
            "fix the request as the message says; retrying it unchanged cannot succeed",
        ),
    }
}

/// The docs' advice for Check Report errors.
fn report_action(code: &str) -> &'static str {
    match code {
        "DATA_UNAVAILABLE" => "see causes (e.g. ITEM_LOGIN_REQUIRED): repair the Item with Link update mode, then create a new report with /cra/check_report/create",
        "INSUFFICIENT_TRANSACTION_DATA" => "the accounts have too few transactions; have the user link accounts with more history, then create a new report with /cra/check_report/create",
        "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED" => "request fewer days of history in /cra/check_report/create, or link another institution",
        "NO_ACCOUNTS" => "have the user link a checking or savings account, then create a new report with /cra/check_report/create",
        "DATA_QUALITY_CHECK_FAILED" => "the bank data was inconsistent; create a new report after at least 24 hours",
        "NETWORK_CONSENT_REQUIRED" => "obtain the user's network consent through Link, then create a new report",
        _ => "create a new consumer report with /cra/check_report/create",
    }
}

/// Maps a non-2xx response carrying a Plaid error body; `None` when the body is not one.
pub fn from_plaid_body(status: u16, body: &Value) -> Option<StepError> {
    let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
    let (error_type, error_code) = (text("error_type")?, text("error_code")?);
    let (kind, retryable, action) = classify(&error_type, &error_code);
    let mut detail = serde_json::Map::new();
    for key in ["causes", "documentation_url", "error_code_reason"] {
        if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
            detail.insert(key.into(), value.clone());
        }
    }
    Some(StepError {
        kind,
        code: error_code.clone(),
        error_type: Some(error_type),
        message: text("error_message")
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| {
                format!("Plaid answered HTTP {status} with {error_code} and no message")
            }),
        display_message: text("display_message"),
        request_id: text("request_id"),
        http_status: Some(status),
        retryable,
        suggested_action: Some(text("suggested_action").unwrap_or_else(|| action.to_owned())),
        field_errors: Vec::new(),
        detail: (!detail.is_empty()).then(|| Value::Object(detail).to_string()),
    })
}

/// Whether an HTTP status alone says a retry may help.
pub fn status_retryable(status: u16) -> bool {
    status == 429 || status >= 500
}

/// A response we could not understand (HTML error page, truncated JSON, wrong shape).
pub fn unintelligible(status: u16, body: &[u8], why: &str) -> StepError {
    let kind = match status {
        429 => ErrorKind::RateLimited,
        500..=599 => ErrorKind::ApiError,
        _ => ErrorKind::ResponseInvalid,
    };
    let retryable = status_retryable(status);
    let mut error = StepError::new(
        kind,
        "RESPONSE_INVALID",
        format!("HTTP {status} with a body that is not a Plaid response: {why}"),
        retryable,
    );
    error.http_status = Some(status);
    error.detail = Some(serde_json::json!({ "body_excerpt": excerpt(body) }).to_string());
    error.suggested_action = Some(
        if retryable {
            "retry later with backoff; a proxy or Plaid returned an error page"
        } else {
            "check the base URL points at Plaid; the response was not Plaid's"
        }
        .to_owned(),
    );
    error
}

/// At most [`EXCERPT_LIMIT`] bytes of the body as text, cut on a character boundary.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(EXCERPT_LIMIT)]);
    let mut out = String::with_capacity(EXCERPT_LIMIT);
    for c in text.chars() {
        if out.len() + c.len_utf8() > EXCERPT_LIMIT {
            break;
        }
        out.push(c);
    }
    out
}
