//! The step's own advice on Plaid errors, beside the shared classification.

use plaid_common::error::ENABLE_PRODUCT;

/// The suggested action for a Plaid error on `/cra/check_report/create`.
pub fn advise(
    _error_type: &str,
    _error_code: &str,
    _message: &str,
    generic: &'static str,
) -> &'static str {
    if generic == ENABLE_PRODUCT {
        "ask Plaid to enable Plaid Check (Consumer Reports) for this client"
    } else {
        generic
    }
}
