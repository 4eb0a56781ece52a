//! The inputs every runtime gets: the same step inputs, the same ~1 MB report.

use serde_json::{json, Value};

/// A typical step input: an identity and the Prism versions.
pub const TYPICAL: &str = r#"{"user_id":"usr_bench_typical","partner_insights":{"prism_versions":{"cashscore":"4","firstdetect":"3","insights":"4"}}}"#;

/// The `execute` input of step `i` (`{i}` in the template the peers get).
pub const EXECUTE_TEMPLATE: &str = r#"{"user_id":"usr_b{i}"}"#;

/// The `execute` input of step `i`.
pub fn execute_input(i: usize) -> String {
    EXECUTE_TEMPLATE.replace("{i}", &i.to_string())
}

/// A valid input heavy on FICO score requests (20 of them): the validator's worst
/// realistic case.
pub fn fico_heavy() -> String {
    let request = json!({
        "ultrafico_score_version": "1.0", "request_correlation_id": "corr",
        "base_fico_score": { "bureau": "EXPERIAN", "score": 700, "base_fico_score_version": "10T", "reason_codes": ["1", "2", "3", "4"] }
    });
    json!({ "user_id": "usr_bench_fico", "partner_insights": { "prism_versions": { "cashscore": "4" }, "fico": {
        "fico_lender_id": "l", "lender_application_id": "a", "ultrafico_score_requests": vec![request; 20]
    } } })
    .to_string()
}

/// A ~1 MB report: Plaid's own example with its Item repeated.
pub fn big_report() -> Vec<u8> {
    let mut body: Value = serde_json::from_str(include_str!(
        "../../../examples/plaid/response-200.spec-example-1.json"
    ))
    .expect("the example is JSON");
    let item = body["report"]["items"][0].clone();
    let item_len = serde_json::to_vec(&item).map(|v| v.len() + 1).unwrap_or(1);
    let items = vec![item; 1_000_000usize.div_ceil(item_len)];
    body["report"]["items"] = Value::Array(items);
    serde_json::to_vec(&body).expect("serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_is_valid_and_the_report_is_about_a_megabyte() {
        for input in [TYPICAL.to_owned(), fico_heavy(), execute_input(42)] {
            plaid_partner_insights::validate(&input).expect("a valid bench input");
        }
        let report = big_report();
        assert!(
            (1_000_000..1_100_000).contains(&report.len()),
            "{}",
            report.len()
        );
        plaid_partner_insights::parse(200, &[], &report).expect("the report parses");
    }
}
