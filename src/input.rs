//! Step input validation: every problem at once, each at its JSON Pointer.

use serde_json::{Map, Value};

use crate::fields::{Field, Node, Shape, ROOT};
use crate::types::FieldError;

/// A step input that passed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    /// The normalized Plaid request body.
    pub input: Map<String, Value>,
    /// Non-blocking remarks.
    pub warnings: Vec<FieldError>,
}

/// A step input that failed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Every blocking problem.
    pub errors: Vec<FieldError>,
    /// Remarks found on the way.
    pub warnings: Vec<FieldError>,
}

/// Validates step input text (JSON). Never panics, whatever the bytes.
pub fn validate_text(text: &str) -> Result<Validated, Invalid> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => validate_value(value),
        Err(e) => Err(Invalid {
            errors: vec![FieldError::new(
                "",
                "invalid_json",
                format!(
                    "the step input is not valid JSON: {} (line {}, column {})",
                    syntax_reason(&e),
                    e.line(),
                    e.column()
                ),
            )],
            warnings: Vec::new(),
        }),
    }
}

/// `serde_json`'s message without its trailing position, which we print ourselves.
fn syntax_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Validates an already parsed step input.
pub fn validate_value(mut value: Value) -> Result<Validated, Invalid> {
    let mut report = Report::default();
    walk(&ROOT, &mut value, &mut String::new(), &mut report);
    if let Value::Object(body) = &value {
        check_identity(body, &mut report);
        check_prism_conflict(body, &mut report);
    }
    match value {
        Value::Object(input) if report.errors.is_empty() => Ok(Validated {
            input,
            warnings: report.warnings,
        }),
        _ => Err(Invalid {
            errors: report.errors,
            warnings: report.warnings,
        }),
    }
}

/// Checks `value` against `node`, collecting every error and warning.
pub(crate) fn check(node: &Node, value: &mut Value) -> (Vec<FieldError>, Vec<FieldError>) {
    let mut report = Report::default();
    walk(node, value, &mut String::new(), &mut report);
    (report.errors, report.warnings)
}

#[derive(Default)]
struct Report {
    errors: Vec<FieldError>,
    warnings: Vec<FieldError>,
}

impl Report {
    fn error(&mut self, path: &str, code: &str, message: String) {
        self.errors.push(FieldError::new(path, code, message));
    }
    fn warn(&mut self, path: &str, code: &str, message: String) {
        self.warnings.push(FieldError::new(path, code, message));
    }
}

/// Appends one RFC 6901 reference token to a pointer.
pub fn push_token(path: &mut String, token: &str) {
    path.push('/');
    for c in token.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

/// The last token of a pointer, for messages ("bureau must be ...").
fn label(path: &str) -> &str {
    match path.rsplit('/').next() {
        Some("") | None => "the step input",
        Some(last) => last,
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(shape: &Shape) -> &'static str {
    match shape {
        Shape::Str { .. } | Shape::Enum { .. } => "a string",
        Shape::Int => "an integer",
        Shape::Bool => "a boolean",
        Shape::Object(_) | Shape::Open(_) => "an object",
        Shape::Array { .. } => "an array",
        Shape::Number => "a number",
        Shape::Any => "a value",
    }
}

/// A short JSON rendering of a value for messages, bounded in length.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.len() <= 60 {
        return text;
    }
    let mut end = 57;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &text[..end])
}

fn walk(node: &Node, value: &mut Value, path: &mut String, report: &mut Report) {
    if value.is_null() {
        if !node.nullable {
            report.error(
                path,
                "invalid_type",
                format!(
                    "{} must be {}, not null",
                    label(path),
                    expected(&node.shape)
                ),
            );
        }
        return;
    }
    if let Some(replacement) = node.deprecated {
        report.warn(
            path,
            "deprecated",
            format!(
                "{} is deprecated; use {} instead",
                path.trim_start_matches('/').replace('/', "."),
                replacement
            ),
        );
    }
    match &node.shape {
        Shape::Str { min_len, prefix } => check_string(value, *min_len, *prefix, path, report),
        Shape::Int => {
            if value.as_i64().is_none() && value.as_u64().is_none() {
                report.error(
                    path,
                    "invalid_type",
                    format!("{} must be an integer; got {}", label(path), shown(value)),
                );
            }
        }
        Shape::Bool => {
            if !value.is_boolean() {
                report.error(
                    path,
                    "invalid_type",
                    format!(
                        "{} must be true or false; got {}",
                        label(path),
                        shown(value)
                    ),
                );
            }
        }
        Shape::Enum { values, numeric } => {
            check_enum(value, values, *numeric, node.nullable, path, report)
        }
        Shape::Number => {
            if !value.is_number() {
                report.error(
                    path,
                    "invalid_type",
                    format!("{} must be a number; got {}", label(path), json_kind(value)),
                );
            }
        }
        Shape::Any => {}
        Shape::Object(fields) | Shape::Open(fields) => match value.as_object_mut() {
            Some(object) => walk_object(
                fields,
                matches!(node.shape, Shape::Open(_)),
                object,
                path,
                report,
            ),
            None => report.error(
                path,
                "invalid_type",
                format!(
                    "{} must be an object; got {}",
                    label(path),
                    json_kind(value)
                ),
            ),
        },
        Shape::Array { item, min, max } => match value.as_array_mut() {
            Some(items) => {
                if items.len() < *min {
                    report.error(
                        path,
                        "too_few_items",
                        format!("{} needs at least {min} item(s)", label(path)),
                    );
                }
                if let Some(max) = max.filter(|max| items.len() > *max) {
                    report.error(
                        path,
                        "too_many_items",
                        format!(
                            "{} allows at most {max} items; got {}",
                            label(path),
                            items.len()
                        ),
                    );
                }
                for (index, item_value) in items.iter_mut().enumerate() {
                    let len = path.len();
                    push_token(path, &index.to_string());
                    walk(item, item_value, path, report);
                    path.truncate(len);
                }
            }
            None => report.error(
                path,
                "invalid_type",
                format!("{} must be an array; got {}", label(path), json_kind(value)),
            ),
        },
    }
}

fn check_string(
    value: &Value,
    min_len: usize,
    prefix: Option<&str>,
    path: &str,
    report: &mut Report,
) {
    let Some(text) = value.as_str() else {
        report.error(
            path,
            "invalid_type",
            format!("{} must be a string; got {}", label(path), json_kind(value)),
        );
        return;
    };
    if min_len > 0 && text.trim().is_empty() {
        report.error(path, "empty", format!("{} must not be empty", label(path)));
    } else if let Some(prefix) = prefix.filter(|p| !text.starts_with(p)) {
        report.error(
            path,
            "invalid_format",
            format!(
                "{} must start with \"{prefix}\"; got {}",
                label(path),
                shown(value)
            ),
        );
    } else if text.chars().count() < min_len {
        report.error(
            path,
            "too_short",
            format!("{} must be at least {min_len} characters long", label(path)),
        );
    }
}

fn check_enum(
    value: &mut Value,
    values: &[&str],
    numeric: bool,
    nullable: bool,
    path: &str,
    report: &mut Report,
) {
    let found = match value {
        Value::String(s) => values.iter().any(|v| v == s),
        Value::Number(n) if numeric => {
            let spelled = n.to_string();
            if values.contains(&spelled.as_str()) {
                report.warn(
                    path,
                    "normalized_number",
                    format!(
                        "{} was sent as the number {spelled}; Plaid expects the string \"{spelled}\", which is what will be sent",
                        label(path)
                    ),
                );
                *value = Value::String(spelled);
                true
            } else {
                false
            }
        }
        _ => false,
    };
    if found {
        return;
    }
    let mut allowed = values.join(", ");
    if nullable {
        allowed.push_str(" or null");
    }
    let hint = match value.as_str() {
        Some(s) if values.iter().any(|v| v.eq_ignore_ascii_case(s)) => {
            " (values are case-sensitive)"
        }
        _ => "",
    };
    report.error(
        path,
        "invalid_enum",
        format!(
            "{} must be one of {allowed}; got {}{hint}",
            label(path),
            shown(value)
        ),
    );
}

fn walk_object(
    fields: &[Field],
    open: bool,
    object: &mut Map<String, Value>,
    path: &mut String,
    report: &mut Report,
) {
    for (name, member) in object.iter_mut() {
        let len = path.len();
        push_token(path, name);
        match fields.iter().find(|f| f.name == name) {
            Some(field) => walk(&field.node, member, path, report),
            None if open => {}
            None => {
                let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
                report.error(
                    path,
                    "unknown_field",
                    format!(
                        "unknown field \"{name}\"{}; allowed here: {}",
                        suggestion(name, &known),
                        known.join(", ")
                    ),
                );
            }
        }
        path.truncate(len);
    }
    for field in fields.iter().filter(|f| f.required) {
        if !object.contains_key(field.name) {
            let len = path.len();
            push_token(path, field.name);
            report.error(path, "required", format!("{} is required", field.name));
            path.truncate(len);
        }
    }
}

/// " (did you mean \"x\"?)" when a known name is close to a typo.
fn suggestion(name: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn present<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    body.get(key).filter(|v| !v.is_null())
}

fn check_identity(body: &Map<String, Value>, report: &mut Report) {
    match (present(body, "user_id"), present(body, "user_token")) {
        (None, None) => report.error(
            "/user_id",
            "missing_identity",
            "a user is required: set user_id (usr_…) or, for older integrations, user_token"
                .to_owned(),
        ),
        (Some(_), Some(_)) => report.warn(
            "/user_token",
            "both_identities",
            "both user_id and user_token are set; Plaid expects one of them, prefer user_id"
                .to_owned(),
        ),
        _ => {}
    }
}

fn check_prism_conflict(body: &Map<String, Value>, report: &mut Report) {
    let old = present(body, "options").and_then(|o| o.get("prism_versions"));
    let new = present(body, "partner_insights").and_then(|p| p.get("prism_versions"));
    if let (Some(old), Some(new)) = (old, new) {
        if !old.is_null() && !new.is_null() && old != new {
            report.error(
                "/options/prism_versions",
                "conflict",
                "options.prism_versions and partner_insights.prism_versions are both set and differ; keep only partner_insights.prism_versions".to_owned(),
            );
        }
    }
}
