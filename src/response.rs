//! Response parsing: a 2xx body carrying a report → step outputs; anything else → a
//! step error.
//!
//! A report is billed when Plaid generates it, so a 2xx whose body is a JSON object
//! with a `report` object always succeeds: the body is kept whole (fields Plaid adds
//! later survive), where it differs from the response model (`report_fields::RESPONSE`)
//! is listed in `contract_deviations`, and a flat, normalized `summary` is added for
//! workflow branching. Only a 2xx with no usable report is an error.

use serde_json::{Map, Value};

use crate::report_fields::RESPONSE;
use crate::types::StepError;
use plaid_common::error;
use plaid_common::validate::{check, Problem};
pub use plaid_common::values::{score, spelled};

/// Parses an HTTP response into step outputs (a JSON object) or a step error.
pub fn parse(status: u16, body: &[u8]) -> Result<Value, StepError> {
    let (mut outputs, added) = parse_parts(status, body)?;
    added.merge_into(&mut outputs);
    Ok(Value::Object(outputs))
}

/// [`parse`], as the JSON text of the outputs. Plaid's body is kept as the bytes it
/// arrived as and the added members are appended to it, so a large report is not
/// serialized again (what `host-test bench` measured: README, Performance). Equal, as
/// JSON, to [`parse`]'s outputs.
pub fn parse_text(status: u16, body: &[u8]) -> Result<String, StepError> {
    let (mut outputs, added) = parse_parts(status, body)?;
    match splice(body, &outputs, &added) {
        Some(text) => Ok(text),
        None => {
            added.merge_into(&mut outputs);
            Ok(Value::Object(outputs).to_string())
        }
    }
}

/// The members `parse` adds to Plaid's body.
struct Added {
    /// Whether to add `warnings: []` (the body has no `warnings`).
    empty_warnings: bool,
    summary: Value,
    contract_deviations: Value,
}

impl Added {
    fn merge_into(self, outputs: &mut Map<String, Value>) {
        if self.empty_warnings {
            outputs.insert("warnings".into(), Value::Array(Vec::new()));
        }
        outputs.insert("summary".into(), self.summary);
        outputs.insert("contract_deviations".into(), self.contract_deviations);
    }
}

/// `body` (a JSON object) with the added members appended before its closing brace;
/// `None` when the body already has a member of those names (rare: then the outputs
/// are serialized whole, with ours in its place) or is not text ending in `}`.
fn splice(body: &[u8], outputs: &Map<String, Value>, added: &Added) -> Option<String> {
    if outputs.contains_key("summary") || outputs.contains_key("contract_deviations") {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?.trim_end();
    let open = text.strip_suffix('}')?;
    let mut out = String::with_capacity(text.len() + 256);
    out.push_str(open);
    // The body has a `report` member, so it is never `{}`: a comma always separates.
    if added.empty_warnings {
        out.push_str(",\"warnings\":[]");
    }
    out.push_str(",\"summary\":");
    out.push_str(&added.summary.to_string());
    out.push_str(",\"contract_deviations\":");
    out.push_str(&added.contract_deviations.to_string());
    out.push('}');
    Some(out)
}

/// The body as an object and the members to add, or the step error.
fn parse_parts(status: u16, body: &[u8]) -> Result<(Map<String, Value>, Added), StepError> {
    let tree: Result<Value, _> = serde_json::from_slice(body);
    if !(200..300).contains(&status) {
        return Err(tree
            .ok()
            .and_then(|value| error::from_plaid_body(status, &value, crate::advice::advise))
            .unwrap_or_else(|| {
                error::unintelligible(status, body, "no Plaid error object in it")
            }));
    }
    let tree =
        tree.map_err(|e| error::unintelligible(status, body, &format!("invalid JSON ({e})")))?;
    let mut outputs = match tree {
        Value::Object(object) if object.get("report").is_some_and(Value::is_object) => object,
        other => {
            // A gateway (or Plaid) may put an error object in a 2xx: classify it like
            // the same error at its documented status.
            if let Some(error) = error::from_plaid_body(status, &other, crate::advice::advise) {
                return Err(error);
            }
            let why = match &other {
                Value::Object(o) if o.contains_key("report") => "its report is not an object",
                Value::Object(_) => "it carries no report",
                _ => "it is not a JSON object",
            };
            return Err(error::unintelligible(status, body, why));
        }
    };
    let mut whole = Value::Object(std::mem::take(&mut outputs));
    let deviations: Vec<Value> = check(&RESPONSE, &mut whole)
        .into_iter()
        .map(deviation)
        .collect();
    if let Value::Object(object) = whole {
        outputs = object;
    }
    let added = Added {
        empty_warnings: !outputs.contains_key("warnings"),
        summary: summarize(&outputs),
        contract_deviations: Value::Array(deviations),
    };
    Ok((outputs, added))
}

fn deviation(problem: Problem) -> Value {
    let mut entry = Map::new();
    entry.insert("path".into(), Value::String(problem.path));
    entry.insert("expected".into(), Value::String(problem.expected));
    entry.insert("found".into(), Value::String(problem.found));
    Value::Object(entry)
}

/// A value at a JSON Pointer, with `null` for anything missing.
fn at<'a>(value: &'a Value, pointer: &str) -> &'a Value {
    value.pointer(pointer).unwrap_or(&Value::Null)
}

/// A string, else `null`.
fn text(value: &Value) -> Value {
    match value {
        Value::String(_) => value.clone(),
        _ => Value::Null,
    }
}

/// A product's `model_version`, else its deprecated integer `version`, as a string.
fn model_version(product: &Value) -> Value {
    match spelled(at(product, "/model_version")) {
        Value::Null => spelled(at(product, "/version")),
        version => version,
    }
}

/// One summary member: its name, where it is read from, and how it is normalized.
type Pick = (&'static str, &'static str, fn(&Value) -> Value);

/// The summary members read from the report.
const FROM_REPORT: &[Pick] = &[
    ("report_id", "/report_id", text),
    ("generated_time", "/generated_time", text),
    ("prism_status", "/prism/status", text),
    ("cash_score", "/prism/cash_score/score", score),
    ("first_detect_score", "/prism/first_detect/score", score),
    ("extend_score", "/prism/extend/score", score),
    ("detect_score", "/prism/detect/score", score),
    ("insights_model_version", "/prism/insights", model_version),
];

/// The members of each `summary.ultrafico_scores[]` entry.
const FROM_ULTRAFICO: &[Pick] = &[
    ("request_correlation_id", "/request_correlation_id", text),
    ("fico_scoring_request_id", "/fico_scoring_request_id", text),
    ("score", "/ultrafico_score/score", score),
    ("exclusion_code", "/exclusion_code", spelled),
    ("error_reason", "/error_reason", text),
];

fn pick(source: &Value, table: &[Pick]) -> Map<String, Value> {
    table
        .iter()
        .map(|(name, pointer, normalize)| ((*name).to_owned(), normalize(at(source, pointer))))
        .collect()
}

/// The flat summary workflows branch on: only strings, numbers and `null`, whatever
/// the body holds.
fn summarize(outputs: &Map<String, Value>) -> Value {
    let report = outputs.get("report").unwrap_or(&Value::Null);
    let mut summary = pick(report, FROM_REPORT);
    let ultrafico: Vec<Value> = at(report, "/fico/ultrafico_score_results")
        .as_array()
        .into_iter()
        .flatten()
        .map(|result| Value::Object(pick(result, FROM_ULTRAFICO)))
        .collect();
    summary.insert("ultrafico_scores".into(), Value::Array(ultrafico));
    let warning_codes: Vec<Value> = outputs
        .get("warnings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|w| at(w, "/warning_code"))
        .filter(|code| code.is_string())
        .cloned()
        .collect();
    summary.insert("warning_codes".into(), Value::Array(warning_codes));
    Value::Object(summary)
}
