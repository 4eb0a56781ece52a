//! Response parsing: a 200 body → step outputs; anything else → a step error.
//!
//! The body is read once into a JSON tree, checked against the response model
//! (`report_fields::RESPONSE`), and returned unchanged (so fields Plaid adds later
//! survive) with a flat `summary` derived from it for workflow branching.

use serde_json::{json, Map, Value};

use crate::error;
use crate::input::check;
use crate::report_fields::RESPONSE;
use crate::types::StepError;

/// Parses an HTTP response into step outputs (a JSON object) or a step error.
pub fn parse(status: u16, body: &[u8]) -> Result<Value, StepError> {
    let tree: Result<Value, _> = serde_json::from_slice(body);
    if !(200..300).contains(&status) {
        return Err(tree
            .ok()
            .and_then(|value| error::from_plaid_body(status, &value))
            .unwrap_or_else(|| {
                error::unintelligible(status, body, "no Plaid error object in it")
            }));
    }
    let mut tree =
        tree.map_err(|e| error::unintelligible(status, body, &format!("invalid JSON ({e})")))?;
    let (errors, _) = check(&RESPONSE, &mut tree);
    if let Some(first) = errors.first() {
        let why = format!("unexpected shape at {}: {}", first.path, first.message);
        return Err(error::unintelligible(status, body, &why));
    }
    let Value::Object(mut outputs) = tree else {
        unreachable!("the response model is an object")
    };
    outputs
        .entry("warnings")
        .or_insert_with(|| Value::Array(Vec::new()));
    let summary = summarize(&outputs);
    outputs.insert("summary".into(), summary);
    Ok(Value::Object(outputs))
}

/// A value at a JSON Pointer, with `null` for anything missing.
fn at<'a>(value: &'a Value, pointer: &str) -> &'a Value {
    value.pointer(pointer).unwrap_or(&Value::Null)
}

/// The flat summary workflows branch on.
fn summarize(outputs: &Map<String, Value>) -> Value {
    let report = outputs.get("report").unwrap_or(&Value::Null);
    let prism = at(report, "/prism");
    let ultrafico: Vec<Value> = at(report, "/fico/ultrafico_score_results")
        .as_array()
        .into_iter()
        .flatten()
        .map(|result| {
            json!({
                "request_correlation_id": at(result, "/request_correlation_id"),
                "fico_scoring_request_id": at(result, "/fico_scoring_request_id"),
                "score": at(result, "/ultrafico_score/score"),
                "error_reason": at(result, "/error_reason"),
            })
        })
        .collect();
    let warning_codes: Vec<Value> = outputs
        .get("warnings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|w| at(w, "/warning_code"))
        .filter(|code| code.is_string())
        .cloned()
        .collect();
    let insights_version = match at(prism, "/insights/model_version") {
        Value::Null => match at(prism, "/insights/version") {
            Value::Number(n) => Value::String(n.to_string()),
            _ => Value::Null,
        },
        version => version.clone(),
    };
    json!({
        "report_id": at(report, "/report_id"),
        "generated_time": at(report, "/generated_time"),
        "prism_status": at(prism, "/status"),
        "cash_score": at(prism, "/cash_score/score"),
        "first_detect_score": at(prism, "/first_detect/score"),
        "extend_score": at(prism, "/extend/score"),
        "detect_score": at(prism, "/detect/score"),
        "insights_model_version": insights_version,
        "ultrafico_scores": ultrafico,
        "warning_codes": warning_codes,
    })
}
