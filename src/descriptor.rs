//! The descriptor: schemas, UI hints, examples and engine defaults.

use serde_json::{json, Map, Value};

use crate::fields::{Field, Node, Shape, IDENTITY_FIELDS, ROOT, ROOT_FIELDS};
use crate::report_fields::{CONTRACT_DEVIATIONS, RESPONSE, SUMMARY};
use crate::request::{env_vars, CLIENT_ID_HEADER, SECRET_HEADER};
use crate::types::Environment;

/// Native mirror of the WIT `task-defaults` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDefaults {
    /// Retries after the first attempt.
    pub retry_count: u32,
    /// Conductor retry logic.
    pub retry_logic: &'static str,
    /// Base delay in seconds.
    pub retry_delay_seconds: u32,
    /// Overall budget in seconds.
    pub timeout_seconds: u32,
    /// Per-attempt response budget in seconds.
    pub response_timeout_seconds: u32,
}

/// Native mirror of the WIT `descriptor` record.
#[derive(Debug, Clone)]
pub struct Descriptor {
    /// Machine name.
    pub name: &'static str,
    /// Component version.
    pub version: &'static str,
    /// Human title.
    pub title: &'static str,
    /// Markdown description.
    pub description: &'static str,
    /// API reference link.
    pub documentation_url: &'static str,
    /// Method and path.
    pub endpoint: &'static str,
    /// Input JSON Schema 2020-12.
    pub input_schema: Value,
    /// Output JSON Schema 2020-12.
    pub output_schema: Value,
    /// UI hints object.
    pub ui_hints: Value,
    /// Named example inputs.
    pub examples: Value,
    /// JSON Schema 2020-12 of the step settings.
    pub settings_schema: Value,
    /// Origins the step calls, each with the settings that select it.
    pub origins: Vec<(&'static str, Value)>,
    /// Credentials the step needs from its host: (name, header, description).
    pub credentials: &'static [(&'static str, &'static str, &'static str)],
    /// Engine defaults.
    pub defaults: TaskDefaults,
}

/// The credentials a host supplies, as headers, only to the selected Plaid origin.
pub const CREDENTIALS: &[(&str, &str, &str)] = &[
    (
        env_vars::CLIENT_ID,
        CLIENT_ID_HEADER,
        "Plaid client ID (Dashboard > Developers > Keys)",
    ),
    (
        env_vars::SECRET,
        SECRET_HEADER,
        "Plaid secret of the chosen environment",
    ),
];

/// The Plaid origins, one per environment, selected by the `environment` setting.
pub fn origins() -> Vec<(&'static str, Value)> {
    [Environment::Sandbox, Environment::Production]
        .into_iter()
        .map(|e| (e.base_url(), json!({ "environment": e.name() })))
        .collect()
}

const DESCRIPTION: &str =
    "Retrieves the Partner Insights of a user's Plaid Check consumer report: \
Prism Data scores (CashScore, FirstDetect, Extend, Detect, Insights) and UltraFICO scores. \
Follows Plaid's contract as of OAS 1.778.0 (API version 2020-09-14). \
Configure Partner Insights when the report is created (/cra/check_report/create or Link); \
the request-time partner_insights and options are deprecated and refused for Plaid clients \
created on or after 2026-07-01. Prism versions: if prism_versions is omitted, Plaid uses the \
client's configured default (v3 if none is configured); products left out of a partial list \
are not generated. A 2xx carrying a report always succeeds: differences from the contract are \
listed in contract_deviations. Errors say whether to wait (report not ready), retry later \
(rate limit, outage), create a new report (expired, Item needs repair), or fix the input.";

/// Builds the descriptor.
pub fn descriptor() -> Descriptor {
    Descriptor {
        name: "plaid.cra.check_report.partner_insights.get",
        version: env!("CARGO_PKG_VERSION"),
        title: "Plaid Check: Partner Insights",
        description: DESCRIPTION,
        documentation_url:
            "https://plaid.com/docs/api/products/check/#cracheck_reportpartner_insightsget",
        endpoint: "POST /cra/check_report/partner_insights/get",
        input_schema: input_schema(),
        output_schema: output_schema(),
        ui_hints: ui_hints(),
        examples: examples(),
        settings_schema: serde_json::from_str(crate::settings::SCHEMA).unwrap_or_default(),
        origins: origins(),
        credentials: CREDENTIALS,
        defaults: TaskDefaults {
            retry_count: 3,
            retry_logic: "EXPONENTIAL_BACKOFF",
            retry_delay_seconds: 5,
            timeout_seconds: 120,
            response_timeout_seconds: 45,
        },
    }
}

const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The input JSON Schema, derived from the field tree.
pub fn input_schema() -> Value {
    let mut schema = node_schema(&ROOT);
    let object = schema.as_object_mut().expect("root is an object");
    object.insert("$schema".into(), json!(SCHEMA_DIALECT));
    object.insert("title".into(), json!("Partner Insights request"));
    // Any one identity (as a string) is enough; the contract itself requires none.
    let identities: Vec<Value> = IDENTITY_FIELDS
        .iter()
        .map(|key| json!({ "required": [key], "properties": { *key: { "type": "string" } } }))
        .collect();
    object.insert("anyOf".into(), Value::Array(identities));
    schema
}

fn node_schema(node: &Node) -> Value {
    let mut s = Map::new();
    let nullable = node.nullable;
    let typed = |t: &str| {
        if nullable {
            json!([t, "null"])
        } else {
            json!(t)
        }
    };
    match &node.shape {
        Shape::Str { printable } => {
            s.insert("type".into(), typed("string"));
            if *printable {
                // The same set as Rust's `char::is_control` (Unicode Cc).
                s.insert(
                    "pattern".into(),
                    json!("^[^\\u0000-\\u001F\\u007F-\\u009F]*$"),
                );
            }
        }
        Shape::Int => {
            s.insert("type".into(), typed("integer"));
        }
        Shape::Bool => {
            s.insert("type".into(), typed("boolean"));
        }
        Shape::Enum { values, numeric } => {
            let mut all: Vec<Value> = values.iter().map(|v| json!(v)).collect();
            let mut types = vec!["string"];
            if *numeric {
                // Plaid's snapshot wrote these values as bare numbers; `validate`
                // accepts a number equal to a value and sends the string.
                types.push("number");
                all.extend(
                    values
                        .iter()
                        .filter_map(|v| crate::input::number_value(v))
                        .map(|n| crate::response::score(&n)),
                );
            }
            if nullable {
                types.push("null");
                all.push(Value::Null);
            }
            s.insert("type".into(), json!(types));
            s.insert("enum".into(), Value::Array(all));
        }
        Shape::Object(fields) | Shape::Open(fields) => {
            s.insert("type".into(), typed("object"));
            s.insert("properties".into(), properties(fields));
            let required: Vec<&str> = fields
                .iter()
                .filter(|f| f.required)
                .map(|f| f.name)
                .collect();
            if !required.is_empty() {
                s.insert("required".into(), json!(required));
            }
            if matches!(node.shape, Shape::Object(_)) {
                s.insert("additionalProperties".into(), json!(false));
            }
        }
        Shape::Number => {
            s.insert("type".into(), typed("number"));
        }
        Shape::Any => {}
        Shape::Array { item, min, max } => {
            s.insert("type".into(), typed("array"));
            s.insert("items".into(), node_schema(item));
            if *min > 0 {
                s.insert("minItems".into(), json!(min));
            }
            if let Some(max) = max {
                s.insert("maxItems".into(), json!(max));
            }
        }
    }
    if !node.doc.is_empty() {
        s.insert("description".into(), json!(node.doc));
    }
    if node.deprecated.is_some() {
        s.insert("deprecated".into(), json!(true));
    }
    if node.secret {
        s.insert("writeOnly".into(), json!(true));
    }
    Value::Object(s)
}

fn properties(fields: &[Field]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|f| (f.name.to_owned(), node_schema(&f.node)))
            .collect(),
    )
}

/// UI hints: field order, widgets, secrets and deprecated paths, from the field tree.
pub fn ui_hints() -> Value {
    let mut widgets = Map::new();
    let mut secrets = Vec::new();
    let mut deprecated = Vec::new();
    collect_hints(ROOT_FIELDS, "", &mut widgets, &mut secrets, &mut deprecated);
    // The fixed hints are data, not `json!` code: the component stays smaller.
    let mut hints: Map<String, Value> = serde_json::from_str(UI_HINTS).unwrap_or_default();
    let order = ROOT_FIELDS.iter().map(|f| json!(f.name)).collect();
    hints.insert("order".into(), Value::Array(order));
    hints.insert("widgets".into(), Value::Object(widgets));
    hints.insert("secrets".into(), json!(secrets));
    hints.insert("deprecated".into(), json!(deprecated));
    Value::Object(hints)
}

/// The fixed part of the UI hints (`src/ui_hints.json`).
const UI_HINTS: &str = include_str!("ui_hints.json");

fn collect_hints(
    fields: &[Field],
    prefix: &str,
    widgets: &mut Map<String, Value>,
    secrets: &mut Vec<String>,
    deprecated: &mut Vec<String>,
) {
    for field in fields {
        let path = format!("{prefix}/{}", field.name);
        if field.node.secret {
            widgets.insert(path.clone(), json!("password"));
            secrets.push(path.clone());
        } else if matches!(field.node.shape, Shape::Enum { .. }) {
            widgets.insert(path.clone(), json!("select"));
        }
        if field.node.deprecated.is_some() {
            deprecated.push(path.clone());
        }
        match &field.node.shape {
            Shape::Object(inner) => collect_hints(inner, &path, widgets, secrets, deprecated),
            Shape::Array { item, .. } => {
                if let Shape::Object(inner) = &item.shape {
                    collect_hints(inner, &format!("{path}/-"), widgets, secrets, deprecated)
                }
            }
            _ => {}
        }
    }
}

/// Named example inputs (`src/examples.json`, kept as data so it costs no code).
pub const EXAMPLES: &str = include_str!("examples.json");

/// Named example inputs as a value.
pub fn examples() -> Value {
    // A test checks that the file parses; no `expect` here (its `Debug` formatting of
    // the error would cost the component several KB).
    serde_json::from_str(EXAMPLES).unwrap_or_default()
}

/// The output JSON Schema: what `parse` produces for a 2xx, derived from the response,
/// summary and deviation trees. Outputs match it exactly when `contract_deviations` is
/// empty.
pub fn output_schema() -> Value {
    let mut schema = node_schema(&RESPONSE);
    let object = schema.as_object_mut().expect("the response is an object");
    object.insert("$schema".into(), json!(SCHEMA_DIALECT));
    object.insert("title".into(), json!("Partner Insights outputs"));
    object.insert(
        "required".into(),
        json!([
            "request_id",
            "report",
            "warnings",
            "summary",
            "contract_deviations"
        ]),
    );
    let properties = object["properties"]
        .as_object_mut()
        .expect("the response has properties");
    properties.insert("summary".into(), node_schema(&SUMMARY));
    properties.insert(
        "contract_deviations".into(),
        node_schema(&CONTRACT_DEVIATIONS),
    );
    schema
}
