//! Small JSON value normalizations shared by schemas and outputs.

use serde_json::Value;

/// A number as an integer when it is whole (712.0 → 712), else unchanged; anything
/// that is not a number → `null`.
pub fn score(value: &Value) -> Value {
    match value.as_f64() {
        _ if value.is_i64() || value.is_u64() => value.clone(),
        Some(f) if f.fract() == 0.0 && (-9.0e15..9.0e15).contains(&f) => Value::from(f as i64),
        Some(_) => value.clone(),
        None => Value::Null,
    }
}

/// A version or code as a string: strings unchanged, numbers spelled (4.1 → "4.1",
/// 4 → "4", 4.0 → "4"), anything else → `null`.
pub fn spelled(value: &Value) -> Value {
    match value {
        Value::String(_) => value.clone(),
        Value::Number(_) => Value::String(score(value).to_string()),
        _ => Value::Null,
    }
}
