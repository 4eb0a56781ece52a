//! Validation against a field tree: every problem at once, each at its JSON Pointer.
//! Step inputs are normalized on the way (numeric spellings of enum values); response
//! bodies are only checked ([`check`]), never changed.

use serde_json::{Map, Value};

use crate::model::{Deprecation, Field, Node, Shape};
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

/// A step's own rules over a whole input that passed or failed the tree walk (e.g. the
/// identity rule); they add problems and warnings to the report and may normalize.
pub type Rules = fn(&mut Map<String, Value>, &mut Report);

/// Validates step input text (JSON) against `root`, then applies `rules`. Never
/// panics, whatever the bytes.
pub fn validate_text(text: &str, root: &Node, rules: Rules) -> Result<Validated, Invalid> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => validate_value(value, root, rules),
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

/// Validates an already parsed step input against `root`, then applies `rules`.
pub fn validate_value(mut value: Value, root: &Node, rules: Rules) -> Result<Validated, Invalid> {
    let mut report = Report::new(true);
    walk(root, &mut value, &mut String::new(), &mut report);
    if let Value::Object(body) = &mut value {
        rules(body, &mut report);
    }
    let errors: Vec<FieldError> = report
        .problems
        .into_iter()
        .map(Problem::into_field_error)
        .collect();
    match value {
        Value::Object(input) if errors.is_empty() => Ok(Validated {
            input,
            warnings: report.warnings,
        }),
        _ => Err(Invalid {
            errors,
            warnings: report.warnings,
        }),
    }
}

/// One mismatch between a value and the model: what a field error (inputs) and a
/// contract deviation (responses) are both made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// RFC 6901 JSON Pointer to the value, or to where a missing value belongs.
    pub path: String,
    /// Stable snake_case code (`invalid_type`, `invalid_enum`, `required`, ...).
    pub code: &'static str,
    /// A sentence for people (input validation).
    pub message: String,
    /// What the model expects there, e.g. `an integer or null`.
    pub expected: String,
    /// What was found, e.g. `null`, `a number`, `missing`, `"NEW_CODE"`.
    pub found: String,
}

impl Problem {
    fn into_field_error(self) -> FieldError {
        FieldError {
            path: self.path,
            code: self.code.to_owned(),
            message: self.message,
        }
    }
}

/// Checks `value` against `node` without changing it: every mismatch, in model order.
/// Used on response bodies, which are kept exactly as Plaid sent them.
pub fn check(node: &Node, value: &mut Value) -> Vec<Problem> {
    let mut report = Report::new(false);
    walk(node, value, &mut String::new(), &mut report);
    report.problems
}

/// What a walk found: problems (blocking for inputs, deviations for responses) and
/// warnings.
pub struct Report {
    problems: Vec<Problem>,
    warnings: Vec<FieldError>,
    /// Inputs are normalized (numeric spellings → the string Plaid expects); response
    /// bodies are never changed.
    normalize: bool,
}

impl Report {
    fn new(normalize: bool) -> Self {
        Self {
            problems: Vec::new(),
            warnings: Vec::new(),
            normalize,
        }
    }
    /// Records a problem at `path`.
    pub fn problem(
        &mut self,
        path: &str,
        code: &'static str,
        message: String,
        expected: String,
        found: String,
    ) {
        self.problems.push(Problem {
            path: path.to_owned(),
            code,
            message,
            expected,
            found,
        });
    }
    fn mismatch(
        &mut self,
        node: &Node,
        path: &str,
        code: &'static str,
        message: String,
        found: String,
    ) {
        self.problem(path, code, message, expectation(node), found);
    }
    /// Records a non-blocking warning at `path`.
    pub fn warn(&mut self, path: &str, code: &str, message: String) {
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

/// A whole number within `i64` (JSON Schema's `integer` accepts `712.0` too).
fn whole(value: &Value) -> Option<i64> {
    value.as_i64().or_else(|| {
        let f = value.as_f64()?;
        (f.fract() == 0.0 && (-9.0e18..9.0e18).contains(&f)).then_some(f as i64)
    })
}

/// Whether a value is an integer in JSON Schema's sense (no fractional part).
pub fn is_integer(value: &Value) -> bool {
    value.is_i64()
        || value.is_u64()
        || value
            .as_f64()
            .is_some_and(|f| f.is_finite() && f.fract() == 0.0)
}

/// The JSON kind of a value, as messages and deviations name it.
pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) if is_integer(value) => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(shape: &Shape) -> &'static str {
    match shape {
        Shape::Str { .. } | Shape::Enum { .. } => "a string",
        Shape::Int | Shape::IntAtMost(_) => "an integer",
        Shape::Bool => "a boolean",
        Shape::Object(_) | Shape::Open(_) => "an object",
        Shape::Array { .. } => "an array",
        Shape::Number => "a number",
        Shape::Any => "a value",
    }
}

/// What a node accepts, in words: `an integer or null`, `one of A, B`.
pub fn expectation(node: &Node) -> String {
    let mut text = match &node.shape {
        Shape::Enum { values, .. } => format!("one of {}", values.join(", ")),
        Shape::Str { printable: true } => "a string without control characters".to_owned(),
        shape => expected(shape).to_owned(),
    };
    if node.nullable {
        text.push_str(" or null");
    }
    text
}

/// What a mismatching value is, for deviations: its kind, or a short quoted string
/// where the value itself is the point (an unknown enum value).
fn found_enum(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let quoted = Value::String(s.clone()).to_string();
            if quoted.chars().count() <= 60 {
                quoted
            } else {
                "a string".to_owned()
            }
        }
        other => json_kind(other).to_owned(),
    }
}

/// A short JSON rendering of a value for messages, bounded in length.
pub fn shown(value: &Value) -> String {
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

fn dotted(path: &str) -> String {
    path.trim_start_matches('/').replace('/', ".")
}

fn walk(node: &Node, value: &mut Value, path: &mut String, report: &mut Report) {
    if value.is_null() {
        if !node.nullable {
            report.mismatch(
                node,
                path,
                "invalid_type",
                format!(
                    "{} must be {}, not null",
                    label(path),
                    expected(&node.shape)
                ),
                "null".to_owned(),
            );
        }
        return;
    }
    warn_deprecated(node, path, report);
    match &node.shape {
        Shape::Str { printable } => check_string(node, value, *printable, path, report),
        Shape::Int => {
            check_integer(node, value, path, report);
        }
        Shape::IntAtMost(max) => {
            if check_integer(node, value, path, report) {
                check_at_most(node, value, *max, path, report);
            }
        }
        Shape::Bool => {
            let got = |v: &Value| shown(v);
            check_kind(
                node,
                value,
                Value::is_boolean,
                "true or false",
                got,
                path,
                report,
            )
        }
        Shape::Number => {
            let got = |v: &Value| json_kind(v).to_owned();
            check_kind(node, value, Value::is_number, "a number", got, path, report)
        }
        Shape::Enum { values, numeric } => check_enum(node, value, values, *numeric, path, report),
        Shape::Any => {}
        Shape::Object(fields) | Shape::Open(fields) => {
            let open = matches!(node.shape, Shape::Open(_));
            match value.as_object_mut() {
                Some(object) => walk_object(fields, open, object, path, report),
                None => wrong_kind(node, value, "an object", path, report),
            }
        }
        Shape::Array { item, min, max } => match value.as_array_mut() {
            Some(items) => walk_array(item, *min, *max, items, path, report),
            None => wrong_kind(node, value, "an array", path, report),
        },
    }
}

fn warn_deprecated(node: &Node, path: &str, report: &mut Report) {
    match &node.deprecated {
        Some(Deprecation::ReplacedBy(replacement)) => report.warn(
            path,
            "deprecated",
            format!("{} is deprecated; use {replacement} instead", dotted(path)),
        ),
        Some(Deprecation::Notice(notice)) => report.warn(
            path,
            notice.code,
            format!("{} {}{}", dotted(path), notice.text, notice.advice),
        ),
        None => {}
    }
}

/// A value of the wrong JSON kind for an object or array node.
fn wrong_kind(node: &Node, value: &Value, wanted: &str, path: &str, report: &mut Report) {
    let found = json_kind(value);
    report.mismatch(
        node,
        path,
        "invalid_type",
        format!("{} must be {wanted}; got {found}", label(path)),
        found.to_owned(),
    )
}

/// A boolean or number node: only the JSON kind is checked. `got` says what was found
/// instead (booleans show the value, numbers its kind).
fn check_kind(
    node: &Node,
    value: &Value,
    is: fn(&Value) -> bool,
    wanted: &str,
    got: fn(&Value) -> String,
    path: &str,
    report: &mut Report,
) {
    if !is(value) {
        report.mismatch(
            node,
            path,
            "invalid_type",
            format!("{} must be {wanted}; got {}", label(path), got(value)),
            json_kind(value).to_owned(),
        );
    }
}

/// An integer node (JSON Schema's `integer` accepts `712.0` too, which inputs normalize
/// to `712`). Whether the value is an integer.
fn check_integer(node: &Node, value: &mut Value, path: &str, report: &mut Report) -> bool {
    match whole(value) {
        Some(_) if value.is_i64() || value.is_u64() => true,
        Some(integer) => {
            if report.normalize {
                report.warn(
                    path,
                    "normalized_number",
                    format!(
                        "{} was sent as {}; the integer {integer} will be sent",
                        label(path),
                        shown(value)
                    ),
                );
                *value = Value::from(integer);
            }
            true
        }
        None if is_integer(value) => true,
        None => {
            report.mismatch(
                node,
                path,
                "invalid_type",
                format!("{} must be an integer; got {}", label(path), shown(value)),
                json_kind(value).to_owned(),
            );
            false
        }
    }
}

fn check_at_most(node: &Node, value: &Value, max: u32, path: &str, report: &mut Report) {
    if value.as_f64().is_some_and(|n| n > f64::from(max)) {
        report.mismatch(
            node,
            path,
            "too_large",
            format!(
                "{} must be at most {max}; got {}",
                label(path),
                shown(value)
            ),
            shown(value),
        );
    }
}

fn walk_array(
    item: &Node,
    min: u16,
    max: Option<u16>,
    items: &mut [Value],
    path: &mut String,
    report: &mut Report,
) {
    let count = items.len();
    if count < usize::from(min) {
        report.problem(
            path,
            "too_few_items",
            format!("{} needs at least {min} item(s)", label(path)),
            format!("at least {min} item(s)"),
            format!("{count} items"),
        );
    }
    if let Some(max) = max.filter(|max| count > usize::from(*max)) {
        report.problem(
            path,
            "too_many_items",
            format!("{} allows at most {max} items; got {count}", label(path)),
            format!("at most {max} items"),
            format!("{count} items"),
        );
    }
    for (index, item_value) in items.iter_mut().enumerate() {
        let len = path.len();
        push_token(path, &index.to_string());
        walk(item, item_value, path, report);
        path.truncate(len);
    }
}

fn check_string(node: &Node, value: &Value, printable: bool, path: &str, report: &mut Report) {
    let Some(text) = value.as_str() else {
        let found = json_kind(value);
        report.mismatch(
            node,
            path,
            "invalid_type",
            format!("{} must be a string; got {found}", label(path)),
            found.to_owned(),
        );
        return;
    };
    if let Some(control) = text.chars().find(|c| printable && c.is_control()) {
        // Never echo a credential, not even one character of it.
        let which = if node.secret {
            "a control character (a line break, tab or similar)".to_owned()
        } else {
            format!("the control character U+{:04X}", u32::from(control))
        };
        report.mismatch(
            node,
            path,
            "control_character",
            format!("{} contains {which}; remove it", label(path)),
            "a string with control characters".to_owned(),
        );
    }
}

/// The JSON number a value spells (`"4.1"` → 4.1), read with the `Value` parser the
/// component already carries (core's float parser would add ~20 KB to it).
pub fn number_value(text: &str) -> Option<Value> {
    serde_json::from_str::<Value>(text)
        .ok()
        .filter(Value::is_number)
}

/// The allowed value a JSON number spells, for enums Plaid once wrote as numbers.
fn numeric_spelling<'a>(number: &serde_json::Number, values: &[&'a str]) -> Option<&'a str> {
    let number = number.as_f64()?;
    values
        .iter()
        .find(|v| number_value(v).and_then(|n| n.as_f64()) == Some(number))
        .copied()
}

fn check_enum(
    node: &Node,
    value: &mut Value,
    values: &[&str],
    numeric: bool,
    path: &str,
    report: &mut Report,
) {
    let found = match value {
        Value::String(s) => values.iter().any(|v| v == s),
        Value::Number(n) if numeric => match numeric_spelling(n, values) {
            Some(spelled) => {
                if report.normalize {
                    report.warn(
                        path,
                        "normalized_number",
                        format!(
                            "{} was sent as the number {}; Plaid expects the string \"{spelled}\", which is what will be sent",
                            label(path),
                            // Serialized, not `Display`ed: core's float formatting
                            // would add ~20 KB to the component.
                            Value::Number(n.clone())
                        ),
                    );
                    *value = Value::String(spelled.to_owned());
                }
                true
            }
            None => false,
        },
        _ => false,
    };
    if found {
        return;
    }
    let mut allowed = values.join(", ");
    if node.nullable {
        allowed.push_str(" or null");
    }
    let hint = match value.as_str() {
        Some(s) if values.iter().any(|v| v.eq_ignore_ascii_case(s)) => {
            " (values are case-sensitive)"
        }
        _ => "",
    };
    report.mismatch(
        node,
        path,
        "invalid_enum",
        format!(
            "{} must be one of {allowed}; got {}{hint}",
            label(path),
            shown(value)
        ),
        found_enum(value),
    );
}

fn walk_object(
    fields: &[Field],
    open: bool,
    object: &mut Map<String, Value>,
    path: &mut String,
    report: &mut Report,
) {
    for field in fields {
        let len = path.len();
        push_token(path, field.name);
        match object.get_mut(field.name) {
            Some(member) => walk(&field.node, member, path, report),
            None if field.required => report.mismatch(
                &field.node,
                path,
                "required",
                format!("{} is required", field.name),
                "missing".to_owned(),
            ),
            None => {}
        }
        path.truncate(len);
    }
    if open {
        return;
    }
    for name in object.keys() {
        if fields.iter().any(|f| f.name == name) {
            continue;
        }
        let len = path.len();
        push_token(path, name);
        let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
        report.problem(
            path,
            "unknown_field",
            format!(
                "unknown field \"{name}\"{}; allowed here: {}",
                suggestion(name, &known),
                known.join(", ")
            ),
            "no member of this name".to_owned(),
            "an unknown member".to_owned(),
        );
        path.truncate(len);
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
