//! Step input validation: the Partner Insights model ([`crate::fields::ROOT`]) and the
//! identity rule, every problem at once, each at its JSON Pointer.

use serde_json::{Map, Value};

use crate::fields::{IDENTITY, ROOT};
pub use plaid_common::validate::{
    check, expectation, is_integer, json_kind, number_value, push_token, Invalid, Problem, Report,
    Validated,
};

/// Validates step input text (JSON). Never panics, whatever the bytes.
pub fn validate_text(text: &str) -> Result<Validated, Invalid> {
    plaid_common::validate::validate_text(text, &ROOT, rules)
}

/// Validates an already parsed step input.
pub fn validate_value(value: Value) -> Result<Validated, Invalid> {
    plaid_common::validate::validate_value(value, &ROOT, rules)
}

fn rules(body: &mut Map<String, Value>, report: &mut Report) {
    IDENTITY.apply(body, report);
}
