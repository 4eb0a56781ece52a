//! Response parsing: a 200 body → step outputs; anything else → a step error.
//!
//! The body is read once into a JSON tree, which becomes the outputs unchanged (so
//! fields Plaid adds later survive), after its shape is checked against the typed
//! model below and a flat `summary` is derived from it for workflow branching.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error;
use crate::types::StepError;

#[derive(Deserialize)]
struct Response {
    request_id: String,
    #[serde(default)]
    report: Option<Report>,
    #[serde(default)]
    warnings: Option<Vec<Warning>>,
}

#[derive(Deserialize)]
struct Report {
    report_id: Option<String>,
    generated_time: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    client_report_id: Option<String>,
    prism: Option<Prism>,
    fico: Option<FicoResults>,
    #[serde(default)]
    #[allow(dead_code)]
    items: Option<Vec<Item>>,
}

#[derive(Deserialize)]
struct Prism {
    status: String,
    insights: Option<PrismInsights>,
    cash_score: Option<PrismScore>,
    first_detect: Option<PrismScore>,
    extend: Option<PrismScore>,
    detect: Option<PrismScore>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PrismInsights {
    version: Option<i64>,
    model_version: Option<String>,
    result: Option<Map<String, Value>>,
    error_reason: Option<String>,
}

/// CashScore, FirstDetect, Extend and Detect share this shape.
#[derive(Deserialize)]
#[allow(dead_code)]
struct PrismScore {
    version: Option<i64>,
    model_version: Option<String>,
    score: Option<i64>,
    reason_codes: Option<Vec<String>>,
    metadata: Option<Map<String, Value>>,
    error_reason: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct FicoResults {
    lender_application_id: String,
    ultrafico_score_results: Vec<UltraFicoResult>,
    report_characteristics: Option<Map<String, Value>>,
}

#[derive(Deserialize)]
struct UltraFicoResult {
    request_correlation_id: Option<String>,
    fico_scoring_request_id: Option<String>,
    ultrafico_score: Option<UltraFicoScore>,
    error_reason: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct UltraFicoScore {
    ultrafico_score_version: String,
    score: i64,
    negative_reason_codes: Option<Vec<String>>,
    positive_reason_codes: Option<Vec<String>>,
    did_inquiries_adversely_affect_score: Option<bool>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Item {
    institution_id: Option<String>,
    institution_name: Option<String>,
    item_id: Option<String>,
    accounts: Option<Vec<Account>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Account {
    account_id: Option<String>,
    mask: Option<String>,
    name: Option<String>,
    official_name: Option<String>,
    subtype: Option<String>,
    #[serde(rename = "type")]
    account_type: Option<String>,
    owners: Option<Vec<Map<String, Value>>>,
}

#[derive(Deserialize)]
struct Warning {
    #[allow(dead_code)]
    warning_type: Option<String>,
    warning_code: Option<String>,
}

/// Parses an HTTP response into step outputs (a JSON object) or a step error.
pub fn parse(status: u16, body: &[u8]) -> Result<Value, StepError> {
    let tree: Result<Value, _> = serde_json::from_slice(body);
    if !(200..300).contains(&status) {
        return Err(match &tree {
            Ok(value) => error::from_plaid_body(status, value),
            Err(_) => None,
        }
        .unwrap_or_else(|| error::unintelligible(status, body, "no Plaid error object in it")));
    }
    let tree =
        tree.map_err(|e| error::unintelligible(status, body, &format!("invalid JSON ({e})")))?;
    let typed = Response::deserialize(&tree)
        .map_err(|e| error::unintelligible(status, body, &format!("unexpected shape ({e})")))?;
    let summary = summarize(&typed);
    let Value::Object(mut outputs) = tree else {
        unreachable!("a Response deserialized from a non-object")
    };
    if !outputs.contains_key("warnings") {
        outputs.insert("warnings".into(), Value::Array(Vec::new()));
    }
    outputs.insert("summary".into(), summary);
    Ok(Value::Object(outputs))
}

fn score_of(score: &Option<PrismScore>) -> Value {
    score
        .as_ref()
        .and_then(|s| s.score)
        .map_or(Value::Null, Value::from)
}

/// The flat summary workflows branch on.
fn summarize(response: &Response) -> Value {
    let report = response.report.as_ref();
    let prism = report.and_then(|r| r.prism.as_ref());
    let scores =
        |pick: fn(&Prism) -> &Option<PrismScore>| prism.map_or(Value::Null, |p| score_of(pick(p)));
    let ultrafico: Vec<Value> = report
        .and_then(|r| r.fico.as_ref())
        .map(|f| {
            f.ultrafico_score_results
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "request_correlation_id": r.request_correlation_id,
                        "fico_scoring_request_id": r.fico_scoring_request_id,
                        "score": r.ultrafico_score.as_ref().map(|s| s.score),
                        "error_reason": r.error_reason,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let warning_codes: Vec<Value> = response
        .warnings
        .iter()
        .flatten()
        .filter_map(|w| w.warning_code.clone().map(Value::String))
        .collect();
    serde_json::json!({
        "report_id": report.and_then(|r| r.report_id.clone()),
        "generated_time": report.and_then(|r| r.generated_time.clone()),
        "prism_status": prism.map(|p| p.status.clone()),
        "cash_score": scores(|p| &p.cash_score),
        "first_detect_score": scores(|p| &p.first_detect),
        "extend_score": scores(|p| &p.extend),
        "detect_score": scores(|p| &p.detect),
        "insights_model_version": prism
            .and_then(|p| p.insights.as_ref())
            .and_then(|i| i.model_version.clone().or_else(|| i.version.map(|v| v.to_string()))),
        "ultrafico_scores": ultrafico,
        "warning_codes": warning_codes,
    })
}
