//! Response parsing: Plaid's `CraCheckReportCreateResponse` → the step outputs a
//! workflow branches on; anything else → a step error.

use serde_json::{json, Map, Value};

use plaid_common::error;
use plaid_common::model::{field, node, nullable, required, Field, Node, Shape, STR};
use plaid_common::types::StepError;
use plaid_common::validate::check;

/// Plaid's response model: `request_id` (open: members Plaid adds later are kept).
pub const RESPONSE: Node = node(
    Shape::Open(&[field(
        "request_id",
        node(STR, "Plaid's request ID (quote it to Plaid support)."),
    )]),
    "",
);

const CODES: Node = node(STR, "");
const CODE_LIST: Shape = Shape::Array {
    item: &CODES,
    min: 1,
    max: None,
};

/// The outputs' model, from which the output schema is derived.
pub const OUTPUT_FIELDS: &[Field] = &[
    required(
        "request_id",
        nullable(STR, "Plaid's request ID of the create call."),
    ),
    required(
        "status",
        node(
            Shape::Enum {
                values: &["generating"],
                numeric: false,
            },
            "The report is being generated.",
        ),
    ),
    required(
        "next",
        node(
            Shape::Enum {
                values: &["wait_for_webhook"],
                numeric: false,
            },
            "What the workflow does next: wait for one of the webhooks below at the request's webhook URL (then verify it with the plaid_webhook_verify step).",
        ),
    ),
    required(
        "webhook_type",
        node(STR, "The webhook_type of those webhooks: CHECK_REPORT."),
    ),
    required(
        "ready_webhook_codes",
        node(
            CODE_LIST,
            "The webhook_code that says the report is ready (USER_CHECK_REPORT_READY for user_id users, CHECK_REPORT_READY for user_token users; both when the identity is not known).",
        ),
    ),
    required(
        "failed_webhook_codes",
        node(
            CODE_LIST,
            "The webhook_code that says the report failed.",
        ),
    ),
    field(
        "user_id",
        nullable(STR, "The user_id the report is for (webhooks carry it)."),
    ),
    field(
        "client_report_id",
        nullable(STR, "The client_report_id sent, if any."),
    ),
    required(
        "contract_deviations",
        node(
            Shape::Array {
                item: &node(Shape::Open(&[]), ""),
                min: 0,
                max: None,
            },
            "Where Plaid's 2xx body differed from its contract ({path, expected, found}); empty when it matched.",
        ),
    ),
];

/// Parses an HTTP response into outputs (for the identity in `input`, when known).
pub fn parse(
    status: u16,
    body: &[u8],
    input: Option<&Map<String, Value>>,
) -> Result<Value, StepError> {
    if !(200..300).contains(&status) {
        return Err(match serde_json::from_slice::<Value>(body) {
            Ok(value) => error::from_plaid_body(status, &value, crate::advice::advise)
                .unwrap_or_else(|| {
                    error::unintelligible(status, body, "no Plaid error object in it")
                }),
            Err(_) => error::unintelligible(status, body, "not JSON"),
        });
    }
    let mut value: Value = serde_json::from_slice(body)
        .map_err(|e| error::unintelligible(status, body, &format!("invalid JSON ({e})")))?;
    if !value.is_object() {
        return Err(error::unintelligible(status, body, "not a JSON object"));
    }
    if value.get("request_id").is_none() {
        if let Some(error) = error::from_plaid_body(status, &value, crate::advice::advise) {
            return Err(error);
        }
    }
    let deviations: Vec<Value> = check(&RESPONSE, &mut value)
        .into_iter()
        .map(|p| json!({ "path": p.path, "expected": p.expected, "found": p.found }))
        .collect();
    Ok(outputs(&value, input, deviations))
}

fn outputs(body: &Value, input: Option<&Map<String, Value>>, deviations: Vec<Value>) -> Value {
    let text = |key: &str| input.and_then(|i| i.get(key)).and_then(Value::as_str);
    let (ready, failed) = match (text("user_id"), text("user_token")) {
        (Some(_), _) => (
            json!(["USER_CHECK_REPORT_READY"]),
            json!(["USER_CHECK_REPORT_FAILED"]),
        ),
        (None, Some(_)) => (
            json!(["CHECK_REPORT_READY"]),
            json!(["CHECK_REPORT_FAILED"]),
        ),
        (None, None) => (
            json!(["USER_CHECK_REPORT_READY", "CHECK_REPORT_READY"]),
            json!(["USER_CHECK_REPORT_FAILED", "CHECK_REPORT_FAILED"]),
        ),
    };
    let request_id = match body.get("request_id") {
        Some(Value::String(id)) => Value::String(id.clone()),
        _ => Value::Null,
    };
    json!({
        "request_id": request_id,
        "status": "generating",
        "next": "wait_for_webhook",
        "webhook_type": "CHECK_REPORT",
        "ready_webhook_codes": ready,
        "failed_webhook_codes": failed,
        "user_id": text("user_id"),
        "client_report_id": text("client_report_id"),
        "contract_deviations": deviations,
    })
}
