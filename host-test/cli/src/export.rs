//! Exporting a step for engines whose tasks call HTTP endpoints: a Conductor `HTTP` task
//! that runs the step through the step service (`host-test serve`), and a task definition
//! with the descriptor's retry and timeout defaults.
//!
//! The component runs inside the service at runtime, so the workflow carries step inputs
//! only: the step's configuration and its API credentials stay in the service, and the
//! only secret the workflow references is the service's bearer token.

use serde_json::{json, Map, Value};
use step_host::plugin::Plugin;

/// Where the exported task finds the step service.
#[derive(Debug, Clone)]
pub struct ServiceTarget {
    /// Base URL of the step service, e.g. `http://step-service:8787`.
    pub url: String,
    /// The step's id in the service (its plugin file stem).
    pub step_id: String,
}

/// Where `host-test serve` listens by default.
pub const DEFAULT_SERVICE_URL: &str = "http://127.0.0.1:8787";

/// A step's id in the service: its plugin file's stem (`plaid_partner_insights.wasm` →
/// `plaid_partner_insights`).
pub fn step_id(plugin: &std::path::Path) -> anyhow::Result<String> {
    plugin
        .file_stem()
        .and_then(|stem| stem.to_str())
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("cannot name a step after {}", plugin.display()))
}

/// The Conductor secret that holds the service's bearer token.
pub const TOKEN_SECRET: &str = "${workflow.secrets.step_service_token}";

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

/// The task's request body: each input field mapped to `${workflow.input.<field>}` (secret
/// and deprecated fields left out), or, with `literal_input`, that input without secrets.
fn request_body(schema: &Value, secrets: &[&str], literal_input: Option<&Value>) -> Value {
    let body: Map<String, Value> = match literal_input {
        Some(input) => without_secrets(input, secrets),
        None => schema["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(name, _)| !secrets.contains(&format!("/{name}").as_str()))
            .filter(|(_, property)| !fully_deprecated(property))
            .map(|(name, _)| (name.clone(), json!(format!("${{workflow.input.{name}}}"))))
            .collect(),
    };
    Value::Object(body)
}

/// Builds the Conductor export of `plugin`'s step, served at `target`.
pub async fn conductor(
    plugin: &Plugin,
    target: &ServiceTarget,
    literal_input: Option<&Value>,
) -> anyhow::Result<Value> {
    let descriptor = plugin
        .describe()
        .await
        .map_err(|e| anyhow::anyhow!(e.message))?;
    let schema: Value = serde_json::from_str(&descriptor.input_schema)?;
    let secrets: Vec<&str> = plugin
        .secret_paths()
        .await
        .iter()
        .map(String::as_str)
        .collect();

    let task_name = descriptor.name.replace('.', "_");
    let reference = format!("{task_name}_step");
    let defaults = &descriptor.defaults;
    let uri = format!(
        "{}/v1/steps/{}/execute",
        target.url.trim_end_matches('/'),
        target.step_id
    );
    Ok(json!({
        "description": format!(
            "{} ({}), exported from {} {}: runs the component in the step service",
            descriptor.title, descriptor.endpoint, descriptor.name, descriptor.version
        ),
        "tasks": [{
            "name": task_name,
            "taskReferenceName": reference,
            "type": "HTTP",
            "inputParameters": {
                "http_request": {
                    "uri": uri,
                    "method": "POST",
                    "headers": { "Authorization": format!("Bearer {TOKEN_SECRET}") },
                    "body": request_body(&schema, &secrets, literal_input),
                    "accept": "application/json",
                    "contentType": "application/json",
                    "connectionTimeOut": 5000,
                    "readTimeOut": defaults.response_timeout_seconds * 1000
                }
            }
        }],
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
        "secrets": [TOKEN_SECRET],
        "outputMapping": format!(
            "The step's outputs (as `host-test run` prints them under \"outputs\") are ${{{reference}.output.response.body.outputs}}, e.g. ${{{reference}.output.response.body.outputs.summary}}. A step error answers a non-2xx status with the structured error in ${{{reference}.output.response.body.error}}; Conductor fails the HTTP task and retries it per the task definition (retryable errors come as 429/503/504 with Retry-After)."
        )
    }))
}
