//! Plaid error bodies and unintelligible responses → step errors.
//!
//! Plaid says to branch on `error_type` / `error_code`, not on the HTTP status, so the
//! classification goes by code first, then by type, and falls back on the status only
//! for types the Plaid Check endpoints are not documented to return (or that Plaid adds
//! later). A step adds advice of its own for its endpoint through an [`Advise`] hook.

use serde_json::Value;

use crate::types::{ErrorKind, StepError};

/// Longest body excerpt carried in an error.
pub const EXCERPT_LIMIT: usize = 512;

/// Every `error_type` of Plaid's OAS 1.778.0 (`PlaidErrorType`, plaid-python 46.0.0):
/// the 24 of the 1.697.4 snapshot, `IDEMPOTENCY_ERROR` (by 1.698.7), 13 more in
/// 1.699.1, and `CRA_REPORT_ERROR` / `CRA_PARTNER_INSIGHTS_ERROR` (by 1.778.0).
pub const PLAID_ERROR_TYPES: &[&str] = &[
    "INVALID_REQUEST",
    "INVALID_RESULT",
    "INVALID_INPUT",
    "INSTITUTION_ERROR",
    "RATE_LIMIT_EXCEEDED",
    "API_ERROR",
    "ITEM_ERROR",
    "ASSET_REPORT_ERROR",
    "BASE_REPORT_ERROR",
    "RECAPTCHA_ERROR",
    "OAUTH_ERROR",
    "PAYMENT_ERROR",
    "BANK_TRANSFER_ERROR",
    "INCOME_VERIFICATION_ERROR",
    "MICRODEPOSITS_ERROR",
    "SANDBOX_ERROR",
    "PARTNER_ERROR",
    "SIGNAL_ERROR",
    "TRANSACTIONS_ERROR",
    "TRANSACTION_ERROR",
    "TRANSFER_ERROR",
    "CHECK_REPORT_ERROR",
    "CONSUMER_REPORT_ERROR",
    "USER_ERROR",
    "IDEMPOTENCY_ERROR",
    "ASSETS_ERROR",
    "CRA_MONITORING_ERROR",
    "CREDIT_PROFILE_REPORT_ERROR",
    "ENCOMPASS_ERROR",
    "ENRICH_ERROR",
    "FRAUD_INSIGHTS_ERROR",
    "FREDDIE_MAC_ERROR",
    "LINK_DELIVERY_ERROR",
    "PROFILE_ERROR",
    "RECURRING_TRANSACTIONS_ERROR",
    "STATEMENTS_ERROR",
    "TRANSFER_RECURRING_ERROR",
    "TRANSFER_REFUND_ERROR",
    "CRA_REPORT_ERROR",
    "CRA_PARTNER_INSIGHTS_ERROR",
];

const NEW_REPORT: &str = "create a new report with /cra/check_report/create";

/// Kind, retryability and advice for one Plaid error; `status` is the HTTP status it
/// came with (for an error inside a 2xx: its documented status). The rules are tried in
/// order: the codes (and types) that decide by themselves, then the report, Item and
/// request families, then the status.
pub fn classify(
    error_type: &str,
    error_code: &str,
    status: u16,
) -> (ErrorKind, bool, &'static str) {
    decisive(error_type, error_code)
        .or_else(|| by_family(error_type, error_code))
        // Types these endpoints are not documented to return, and types Plaid adds
        // later: the HTTP status is the best remaining signal.
        .unwrap_or_else(|| by_status(status))
}

/// One classification: kind, retryability, advice.
type Class = (ErrorKind, bool, &'static str);

/// Codes (and the rate-limit and API error types) whose meaning does not depend on
/// anything else.
fn decisive(error_type: &str, error_code: &str) -> Option<Class> {
    use ErrorKind::*;
    Some(match (error_type, error_code) {
        // Check Report's PRODUCT_NOT_READY (CONSUMER_REPORT_ERROR) and Item's (ITEM_ERROR)
        // both mean "still being generated": waiting helps.
        (_, "PRODUCT_NOT_READY") => (
            NotReady,
            true,
            "wait for the CHECK_REPORT_READY / USER_CHECK_REPORT_READY webhook, then retry",
        ),
        (_, "CONSUMER_REPORT_EXPIRED") => (
            Expired,
            false,
            "the report is older than 24 hours: create a new report with /cra/check_report/create",
        ),
        ("RATE_LIMIT_EXCEEDED", _) | (_, "RATE_LIMIT_EXCEEDED" | "INSTITUTION_RATE_LIMIT") => (
            RateLimited,
            true,
            "back off and retry; /cra/check_report/* allows 100 requests per minute per client",
        ),
        // Judgement: an institution outage is temporary and outside the user's and the
        // lender's control; Plaid's docs say to retry later. The report may still be
        // produced, so this is retryable (with backoff: outages can last hours).
        (_, "INSTITUTION_DOWN" | "INSTITUTION_NOT_RESPONDING" | "INSTITUTION_NOT_AVAILABLE") => (
            ReportUnavailable,
            true,
            "the user's institution is down or not responding: retry later with backoff (outages can last hours); if it persists, create a new report with /cra/check_report/create later",
        ),
        // A CRA report is a snapshot: once the Item is repaired, this report does not
        // change, so retrying this call cannot help; a new report is needed.
        (_, "ITEM_LOGIN_REQUIRED") => (
            ReportUnavailable,
            false,
            "the user's bank login needs attention: have the user repair the Item with Link in update mode, then create a new report with /cra/check_report/create (retrying this call cannot succeed)",
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
        (_, "UNAUTHORIZED_ROUTE_ACCESS" | "INVALID_PRODUCT") => (
            Auth,
            false,
            ENABLE_PRODUCT,
        ),
        (_, "USER_NOT_FOUND") => (
            NotFound,
            false,
            "check the user identity and that the user was created in this environment with /user/create",
        ),
        _ => return None,
    })
}

/// The report, Item, institution, identity and request families, by type (or code).
fn by_family(error_type: &str, error_code: &str) -> Option<Class> {
    use ErrorKind::*;
    Some(match (error_type, error_code) {
        (
            "CHECK_REPORT_ERROR" | "CONSUMER_REPORT_ERROR" | "CRA_REPORT_ERROR" | "BASE_REPORT_ERROR",
            code,
        ) => (ReportUnavailable, false, report_action(code)),
        // Judgement: no codes are documented for this type yet. A partner (Prism, FICO)
        // that could not produce insights for a report will not do so for the same
        // report on a retry; a workflow that retried blindly could loop.
        ("CRA_PARTNER_INSIGHTS_ERROR", code) => (
            ReportUnavailable,
            false,
            match report_action(code) {
                NEW_REPORT => "Plaid's partners could not produce Partner Insights for this report (see the message); fix what it names, then create a new report with /cra/check_report/create",
                action => action,
            },
        ),
        ("ITEM_ERROR", _) => (
            ReportUnavailable,
            false,
            "a linked Item needs attention (see the message): have the user repair it with Link in update mode, then create a new report with /cra/check_report/create",
        ),
        ("INSTITUTION_ERROR", _) => (
            ReportUnavailable,
            false,
            "the institution cannot be used for this report (see the message): have the user link another institution, then create a new report with /cra/check_report/create",
        ),
        (_, "INVALID_USER_ID" | "INVALID_USER_TOKEN") => (
            InvalidRequest,
            false,
            "check the user identity: user_id comes from /user/create (usr_…), user_token from older integrations",
        ),
        // This endpoint takes no idempotency key; a conflict cannot be fixed by retrying.
        ("IDEMPOTENCY_ERROR", _) => (
            InvalidRequest,
            false,
            "this endpoint takes no idempotency key; check what sits between the step and Plaid",
        ),
        ("INVALID_REQUEST" | "INVALID_INPUT" | "USER_ERROR", _) => (
            InvalidRequest,
            false,
            "fix the request as the message says; retrying it unchanged cannot succeed",
        ),
        _ => return None,
    })
}

/// Classification of an error whose type says nothing this endpoint knows, and of
/// bodies that carry no Plaid error at all. Judgement: 408 (the server gave up waiting
/// for the request) is a `timeout`; every 5xx, 504 included, stays `api_error` (the
/// gateway or Plaid failed, not the step's own timeouts), retryable like Plaid's
/// INTERNAL_SERVER_ERROR.
fn by_status(status: u16) -> Class {
    use ErrorKind::*;
    match status {
        408 => (
            Timeout,
            true,
            "the server timed out waiting for the request; retry with backoff",
        ),
        429 => (RateLimited, true, "back off and retry"),
        500..=599 => (
            ApiError,
            true,
            "retry later with backoff; Plaid or a proxy in front of it failed",
        ),
        401 | 403 => (
            Auth,
            false,
            "check the credentials and the client's access to this product",
        ),
        _ => (
            InvalidRequest,
            false,
            "fix the request as the message says; retrying it unchanged cannot succeed",
        ),
    }
}

/// The HTTP status Plaid documents for an error, used to classify an error object that
/// arrived inside a 2xx.
fn documented_status(error_type: &str, error_code: &str) -> u16 {
    match (error_type, error_code) {
        ("RATE_LIMIT_EXCEEDED", _) => 429,
        ("API_ERROR", "PLANNED_MAINTENANCE") => 503,
        ("API_ERROR", _) => 500,
        ("INVALID_REQUEST", "NOT_FOUND" | "NO_LONGER_AVAILABLE") => 404,
        _ => 400,
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
        _ => NEW_REPORT,
    }
}

/// A step's own advice for a Plaid error on its endpoint: given the error's type, code
/// and message and the generic classification's suggested action, the action to use.
pub type Advise =
    fn(error_type: &str, error_code: &str, message: &str, generic: &'static str) -> &'static str;

/// No advice beyond the generic classification.
pub fn no_advice(_: &str, _: &str, _: &str, generic: &'static str) -> &'static str {
    generic
}

/// The generic advice for `UNAUTHORIZED_ROUTE_ACCESS` / `INVALID_PRODUCT`; a step
/// names its product instead.
pub const ENABLE_PRODUCT: &str = "ask Plaid to enable this product for this client";

/// Maps a response carrying a Plaid error object; `None` when the body is not one.
/// An error object inside a 2xx is classified like the same error at its documented
/// status; `http_status` stays the real one.
/// Plaid's own `suggested_action` wins over any advice; `advise` wins over the generic
/// classification's.
pub fn from_plaid_body(status: u16, body: &Value, advise: Advise) -> Option<StepError> {
    let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
    let (error_type, error_code) = (text("error_type")?, text("error_code")?);
    let in_2xx = (200..300).contains(&status);
    let effective = if in_2xx {
        documented_status(&error_type, &error_code)
    } else {
        status
    };
    let (kind, retryable, generic) = classify(&error_type, &error_code, effective);
    let plaid_message = text("error_message").filter(|m| !m.trim().is_empty());
    let action = advise(
        &error_type,
        &error_code,
        plaid_message.as_deref().unwrap_or_default(),
        generic,
    );
    let mut message = plaid_message.unwrap_or_else(|| {
        format!("Plaid answered HTTP {status} with {error_code} and no message")
    });
    if in_2xx {
        message = format!(
            "Plaid's error {error_type}/{error_code} came in an HTTP {status} answer with no report (a gateway may have wrapped it): {message}"
        );
    }
    let mut detail = serde_json::Map::new();
    for key in ["causes", "documentation_url", "error_code_reason"] {
        if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
            detail.insert(key.into(), value.clone());
        }
    }
    Some(StepError {
        kind,
        code: error_code,
        error_type: Some(error_type),
        message,
        display_message: text("display_message"),
        request_id: text("request_id"),
        http_status: Some(status),
        retryable,
        suggested_action: Some(text("suggested_action").unwrap_or_else(|| action.to_owned())),
        field_errors: Vec::new(),
        detail: (!detail.is_empty()).then(|| Value::Object(detail).to_string()),
    })
}

/// A response we could not understand (HTML error page, empty, truncated JSON, or a
/// 2xx with no usable result).
pub fn unintelligible(status: u16, body: &[u8], why: &str) -> StepError {
    let (kind, retryable, action) = match status {
        200..=299 => (
            ErrorKind::ResponseInvalid,
            false,
            "the 2xx answer carried no usable report: check that the base URL points at Plaid (or a proxy that passes Plaid's body through unchanged)",
        ),
        408 | 429 | 500..=599 => by_status(status),
        _ => (
            ErrorKind::ResponseInvalid,
            false,
            "check the base URL points at Plaid; the response was not Plaid's",
        ),
    };
    let mut error = StepError::new(
        kind,
        "RESPONSE_INVALID",
        format!("HTTP {status} with a body that is not a Plaid response: {why}"),
        retryable,
    );
    error.http_status = Some(status);
    error.detail = Some(serde_json::json!({ "body_excerpt": excerpt(body) }).to_string());
    error.suggested_action = Some(action.to_owned());
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
