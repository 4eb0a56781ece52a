//! Partner Insights' own advice on Plaid errors, beside the shared classification
//! ([`plaid_common::error`]).

use plaid_common::error::ENABLE_PRODUCT;

/// The suggested action for a Plaid error on this endpoint: the generic one, except
/// where this endpoint knows better.
pub fn advise(
    _error_type: &str,
    error_code: &str,
    message: &str,
    generic: &'static str,
) -> &'static str {
    if refuses_request_time_config(error_code, message) {
        "this Plaid client does not accept request-time configuration (clients created on or after 2026-07-01): configure Partner Insights at /cra/check_report/create (cra_partner_insights in products) or in Link, and set the step's request_time_config to omit"
    } else if generic == ENABLE_PRODUCT {
        "ask Plaid to enable Plaid Check Partner Insights for this client"
    } else {
        generic
    }
}

/// Whether a Plaid refusal names the deprecated request-time configuration as a whole
/// (`partner_insights`, `options`; not a member inside them such as
/// `partner_insights.fico.x`). Plaid documents no code for this refusal, so the
/// message is the only signal; the code must be one a refused field would get.
fn refuses_request_time_config(error_code: &str, message: &str) -> bool {
    matches!(error_code, "INVALID_FIELD" | "UNKNOWN_FIELDS")
        && message
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .any(|word| matches!(word, "partner_insights" | "options"))
}
