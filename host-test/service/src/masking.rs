//! Which values a call's answer masks: the step's credentials, and the credentials the
//! caller's input carries at the step's secret paths. A credential of the service that
//! the caller's own input contains is the one exception: masking it in the answer would
//! confirm the caller's guess (`"********"` where the guess was echoed), so the answer
//! echoes the input as sent, whether the guess was right or wrong.

use serde_json::Value;
use step_host::registry::LoadedStep;
use step_host::Redactor;

/// The redactor for one call of `step` with `input` (`raw`: its text as sent).
pub(crate) async fn redactor_for(step: &LoadedStep, input: &Value, raw: &str) -> Redactor {
    let mut redactor = match step.plugin.credentials().await {
        Ok(credentials) => {
            let sent = strings_of(input);
            let mut redactor = Redactor::default();
            for header in &credentials.headers {
                let value = header.value.expose();
                let caller_sent = raw.contains(value) || sent.iter().any(|s| s.contains(value));
                if !caller_sent {
                    redactor.add(value);
                }
            }
            redactor
        }
        // No credentials to read: mask everything the step was loaded with.
        Err(_) => step.redactor.clone(),
    };
    for secret in step.plugin.secret_values(input).await {
        redactor.add(&secret);
    }
    redactor
}

/// Every string of a JSON value: string values and object keys, at any depth.
fn strings_of(value: &Value) -> Vec<&str> {
    let mut found = Vec::new();
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        match value {
            Value::String(text) => found.push(text.as_str()),
            Value::Array(items) => pending.extend(items),
            Value::Object(members) => {
                for (key, member) in members {
                    found.push(key.as_str());
                    pending.push(member);
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::strings_of;
    use serde_json::json;

    #[test]
    fn every_string_and_key_is_found() {
        let value = json!({ "a": ["b", { "c": "d" }], "e": 1 });
        let mut found = strings_of(&value);
        found.sort_unstable();
        assert_eq!(found, ["a", "b", "c", "d", "e"]);
    }
}
