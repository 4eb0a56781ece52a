//! The step's rules beyond the field tree: the identity rule, the webhook URL, and the
//! history Plaid requests whatever `days_requested` says.

use serde_json::{Map, Value};

use crate::fields::{IDENTITY, MIN_DAYS_REQUESTED};
use plaid_common::validate::{shown, Report};

/// Applies every rule to an input that went through the tree walk.
pub fn apply(body: &mut Map<String, Value>, report: &mut Report) {
    IDENTITY.apply(body, report);
    if let Some(url) = body.get("webhook").and_then(Value::as_str) {
        check_webhook(url, report);
    }
    if let Some(days) = body.get("days_requested").and_then(Value::as_i64) {
        if days < MIN_DAYS_REQUESTED {
            report.warn(
                "/days_requested",
                "below_minimum",
                format!("days_requested is {days}; Plaid requests at least {MIN_DAYS_REQUESTED} days of history whatever is given"),
            );
        }
    }
}

/// The webhook must be an absolute `http(s)://host…` URL Plaid can deliver to; plain
/// `http` is only a warning (fine for a local simulator, not for Plaid).
fn check_webhook(url: &str, report: &mut Report) {
    let mut problem = |why: &str| {
        report.problem(
            "/webhook",
            "invalid_url",
            format!(
                "webhook must be an absolute http(s) URL such as https://hooks.example.com/plaid; {why}"
            ),
            "an http(s) URL".to_owned(),
            shown(&Value::String(url.to_owned())),
        )
    };
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return problem("the scheme must be https (or http for local tests)");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    if host.is_empty() || host.starts_with(':') {
        return problem("the host is missing");
    }
    if url.chars().any(char::is_whitespace) {
        return problem("it contains whitespace");
    }
    if authority.contains('@') {
        return problem("user information (user:password@) does not belong in a webhook URL");
    }
    if lower.starts_with("http://") {
        report.warn(
            "/webhook",
            "insecure_webhook",
            "webhook is plain http: fine for a local simulator, but Plaid's webhooks carry report status over the internet, so use https".to_owned(),
        );
    }
}
