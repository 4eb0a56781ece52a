//! The parts of a descriptor every Plaid step shares: the record itself, its engine
//! defaults, the Plaid origins and credentials, and the JSON Schemas and UI hints
//! derived from a field tree.

use serde_json::{json, Map, Value};

use crate::identity::IdentityRule;
use crate::model::{Field, Node, Shape};
use crate::request::{env_vars, CLIENT_ID_HEADER, SECRET_HEADER};
use crate::types::Environment;
use crate::validate::number_value;
use crate::values::score;

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

/// The JSON Schema dialect of every schema a step describes.
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// A step input's JSON Schema: the tree's schema, titled, with the identity rule as an
/// `anyOf` (any one identity, as a string, is enough; Plaid's contract requires none).
pub fn input_schema(root: &Node, title: &str, identity: &IdentityRule) -> Value {
    let mut schema = node_schema(root);
    let object = schema.as_object_mut().expect("root is an object");
    object.insert("$schema".into(), json!(SCHEMA_DIALECT));
    object.insert("title".into(), json!(title));
    let identities: Vec<Value> = identity
        .fields
        .iter()
        .map(|key| json!({ "required": [key], "properties": { *key: { "type": "string" } } }))
        .collect();
    object.insert("anyOf".into(), Value::Array(identities));
    schema
}

/// The JSON Schema 2020-12 of one node of a field tree.
pub fn node_schema(node: &Node) -> Value {
    let mut s = Map::new();
    shape_schema(&node.shape, node.nullable, &mut s);
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

/// The type keywords of a shape (`type`, `enum`, `properties`, bounds...).
fn shape_schema(shape: &Shape, nullable: bool, s: &mut Map<String, Value>) {
    let typed = |t: &str| {
        if nullable {
            json!([t, "null"])
        } else {
            json!(t)
        }
    };
    match shape {
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
        Shape::IntAtMost(max) => {
            s.insert("type".into(), typed("integer"));
            s.insert("maximum".into(), json!(max));
        }
        Shape::Bool => {
            s.insert("type".into(), typed("boolean"));
        }
        Shape::Enum { values, numeric } => enum_schema(values, *numeric, nullable, s),
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
            if matches!(shape, Shape::Object(_)) {
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
}

fn enum_schema(values: &[&str], numeric: bool, nullable: bool, s: &mut Map<String, Value>) {
    let mut all: Vec<Value> = values.iter().map(|v| json!(v)).collect();
    let mut types = vec!["string"];
    if numeric {
        // Plaid's snapshot wrote these values as bare numbers; `validate` accepts a
        // number equal to a value and sends the string.
        types.push("number");
        all.extend(
            values
                .iter()
                .filter_map(|v| number_value(v))
                .map(|n| score(&n)),
        );
    }
    if nullable {
        types.push("null");
        all.push(Value::Null);
    }
    s.insert("type".into(), json!(types));
    s.insert("enum".into(), Value::Array(all));
}

fn properties(fields: &[Field]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|f| (f.name.to_owned(), node_schema(&f.node)))
            .collect(),
    )
}

/// UI hints: the fixed hints of a step (`fixed`, a JSON object kept as data so it
/// costs no code) plus field order, widgets, secrets and deprecated paths derived from
/// the root fields.
pub fn ui_hints(root_fields: &[Field], fixed: &str) -> Value {
    let mut widgets = Map::new();
    let mut secrets = Vec::new();
    let mut deprecated = Vec::new();
    collect_hints(root_fields, "", &mut widgets, &mut secrets, &mut deprecated);
    let mut hints: Map<String, Value> = serde_json::from_str(fixed).unwrap_or_default();
    let order = root_fields.iter().map(|f| json!(f.name)).collect();
    hints.insert("order".into(), Value::Array(order));
    hints.insert("widgets".into(), Value::Object(widgets));
    hints.insert("secrets".into(), json!(secrets));
    hints.insert("deprecated".into(), json!(deprecated));
    Value::Object(hints)
}

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
