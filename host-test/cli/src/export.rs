//! Exporting a step for engines that make the HTTP call themselves: a Conductor HTTP
//! task, a jq transform that turns the response into the step's outputs, and a task
//! definition with the descriptor's retry and timeout defaults.
//!
//! Everything comes from the component (`describe` and `prepare`), so any step
//! component exports the same way. Credentials appear only as secret references.

use serde_json::{json, Map, Value};

use step_host::plugin::{Plugin, StepConfig};

/// A value that stands for a credential while preparing the template request.
const PLACEHOLDER: &str = "export-placeholder-credential";

/// The Conductor secret reference for a credential header: `${workflow.secrets.plaid_secret}`.
pub fn secret_reference(header: &str) -> String {
    format!(
        "${{workflow.secrets.{}}}",
        header.to_ascii_lowercase().replace('-', "_")
    )
}

/// The top-level members of `input` except those at the given secret paths.
pub fn without_secrets(input: &Value, secrets: &[&str]) -> Map<String, Value> {
    input
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(name, _)| !secrets.contains(&format!("/{name}").as_str()))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

/// A property that is deprecated, or an object all of whose properties are.
fn fully_deprecated(property: &Value) -> bool {
    if property.get("deprecated") == Some(&json!(true)) {
        return true;
    }
    match property.get("properties").and_then(Value::as_object) {
        Some(inner) if !inner.is_empty() => inner.values().all(fully_deprecated),
        _ => false,
    }
}

/// Builds the Conductor export for `environment` (`sandbox` or `production`). The
/// HTTP body maps each input field to `${workflow.input.<field>}`, or, with
/// `literal_input`, carries that input (its secret fields removed).
pub async fn conductor(
    plugin: &Plugin,
    environment: &str,
    literal_input: Option<&Value>,
) -> anyhow::Result<Value> {
    let descriptor = plugin
        .describe()
        .await
        .map_err(|e| anyhow::anyhow!(e.message))?;
    let hints: Value = serde_json::from_str(&descriptor.ui_hints)?;
    let examples: Value = serde_json::from_str(&descriptor.examples)?;
    let schema: Value = serde_json::from_str(&descriptor.input_schema)?;
    let secrets: Vec<&str> = plugin
        .secret_paths()
        .await
        .iter()
        .map(String::as_str)
        .collect();

    // A template input: the first example with every secret path set, so `prepare`
    // shows which headers carry credentials (masked).
    let mut template = examples[0]["input"].clone();
    for pointer in &secrets {
        if let Some(name) = pointer.strip_prefix('/').filter(|n| !n.contains('/')) {
            template[name] = json!(PLACEHOLDER);
        }
    }
    let config = StepConfig {
        environment: Some(environment.to_owned()),
        ..StepConfig::default()
    };
    let prepared = plugin
        .prepare(&template.to_string(), &config)
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "the component could not prepare its template request: {}",
                e.message
            )
        })?;

    let mut headers = Map::new();
    for (name, value) in &prepared.headers {
        let value = match value.as_str() {
            Some(v) if v.chars().all(|c| c == '*') && !v.is_empty() => {
                json!(secret_reference(name))
            }
            _ => value.clone(),
        };
        headers.insert(name.clone(), value);
    }
    let body: Map<String, Value> = match literal_input {
        Some(input) => without_secrets(input, &secrets),
        None => schema["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(name, _)| !secrets.contains(&format!("/{name}").as_str()))
            .filter(|(_, property)| !fully_deprecated(property))
            .map(|(name, _)| (name.clone(), json!(format!("${{workflow.input.{name}}}"))))
            .collect(),
    };

    let task_name = descriptor.name.replace('.', "_");
    let http_ref = format!("{task_name}_http");
    let defaults = &descriptor.defaults;
    let mut tasks = vec![json!({
        "name": task_name,
        "taskReferenceName": http_ref,
        "type": "HTTP",
        "inputParameters": {
            "http_request": {
                "uri": prepared.url,
                "method": prepared.method,
                "headers": headers,
                "body": body,
                "accept": "application/json",
                "contentType": "application/json",
                "connectionTimeOut": 5000,
                "readTimeOut": defaults.response_timeout_seconds * 1000
            }
        }
    })];
    let output_jq = hints["output_jq"].as_str();
    if let Some(jq) = output_jq {
        tasks.push(json!({
            "name": format!("{task_name}_outputs"),
            "taskReferenceName": format!("{task_name}_outputs"),
            "type": "JSON_JQ_TRANSFORM",
            "inputParameters": {
                "response": format!("${{{http_ref}.output.response.body}}"),
                "queryExpression": format!(".response | {jq}")
            }
        }));
    }
    Ok(json!({
        "description": format!("{} ({}), exported from {} {}", descriptor.title, descriptor.endpoint, descriptor.name, descriptor.version),
        "tasks": tasks,
        "taskDef": {
            "name": task_name,
            "description": descriptor.title,
            "retryCount": defaults.retry_count,
            "retryLogic": defaults.retry_logic,
            "retryDelaySeconds": defaults.retry_delay_seconds,
            "timeoutSeconds": defaults.timeout_seconds,
            "responseTimeoutSeconds": defaults.response_timeout_seconds,
            "timeoutPolicy": "TIME_OUT_WF"
        },
        "secrets": headers.values().filter_map(Value::as_str).filter(|v| v.starts_with("${workflow.secrets.")).collect::<Vec<_>>(),
        "outputMapping": if output_jq.is_some() {
            format!("The HTTP task's response body (${{{http_ref}.output.response.body}}) is turned into the step's outputs (request_id, report, warnings, summary) by the JSON_JQ_TRANSFORM task; read them as ${{{task_name}_outputs.output.result}}. Non-2xx answers fail the HTTP task; Conductor retries it per the task definition.")
        } else {
            format!("Read the response body as ${{{http_ref}.output.response.body}}.")
        }
    }))
}
