//! The handlers: probes, the step list, descriptors, and the three step calls.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use step_host::registry::{LoadedStep, StepStatus};
use step_host::Redactor;

use crate::error::{json_response, step_error_response, ServiceError};
use crate::state::AppState;
use crate::telemetry;

/// `GET /healthz`: the process answers. Checks nothing external, so a slow upstream or
/// a broken plugin never gets the instance restarted.
pub async fn healthz() -> Response {
    Json(json!({ "status": "ok" })).into_response()
}

/// `GET /readyz`: 200 once the first scan's plugins are compiled, 503 before that and
/// after the shutdown signal.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let (status, body) = if state.is_draining() {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            json!({ "status": "draining" }),
        )
    } else if !state.registry().is_ready() {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            json!({ "status": "starting" }),
        )
    } else {
        let steps = state
            .registry()
            .snapshot()
            .values()
            .filter(|entry| entry.serving.is_some())
            .count();
        (StatusCode::OK, json!({ "status": "ready", "steps": steps }))
    };
    (status, Json(body)).into_response()
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> Response {
    telemetry::publish_registry(state.registry(), state.is_draining());
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.inner.prometheus.render(),
    )
        .into_response()
}

/// `GET /v1/steps`: every plugin file with its status.
pub async fn list_steps(State(state): State<AppState>) -> Response {
    let steps: Vec<Value> = state
        .registry()
        .snapshot()
        .values()
        .map(|entry| {
            let serving = entry.serving.as_deref();
            let mut item = json!({
                "id": entry.id,
                "status": match entry.status() {
                    StepStatus::Ready => "ready",
                    StepStatus::Broken => "broken",
                },
                "name": serving.map(|s| s.descriptor.name.clone()),
                "title": serving.map(|s| s.descriptor.title.clone()),
                "version": serving.map(|s| s.descriptor.version.clone()),
                "endpoint": serving.map(|s| s.descriptor.endpoint.clone()),
                "interface": serving.map(|s| s.plugin.interface().to_owned()),
            });
            if let Some(error) = &entry.error {
                item["error"] = json!(error);
                // Calls still work, answered by the last version that loaded.
                item["serving_previous_version"] = json!(serving.is_some());
            }
            item
        })
        .collect();
    Json(json!({ "steps": steps })).into_response()
}

/// `GET /v1/steps/{id}`: the descriptor, as `host-test describe` prints it.
pub async fn describe(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    match serving(&state, &id) {
        Ok(step) => Json(step.descriptor_json.clone()).into_response(),
        Err(error) => error.into_response(),
    }
}

/// The three step calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `validate(input)`.
    Validate,
    /// `prepare(input, config)`.
    Prepare,
    /// `execute(input, config)`.
    Execute,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Self::Validate => "validate",
            Self::Prepare => "prepare",
            Self::Execute => "execute",
        }
    }
}

/// `POST /v1/steps/{id}/validate`.
pub async fn validate(state: State<AppState>, id: Path<String>, body: Body) -> Response {
    step_call(state, id, body, Action::Validate).await
}

/// `POST /v1/steps/{id}/prepare`.
pub async fn prepare(state: State<AppState>, id: Path<String>, body: Body) -> Response {
    step_call(state, id, body, Action::Prepare).await
}

/// `POST /v1/steps/{id}/execute`.
pub async fn execute(state: State<AppState>, id: Path<String>, body: Body) -> Response {
    step_call(state, id, body, Action::Execute).await
}

/// The loaded version of step `id` that serves calls.
fn serving(state: &AppState, id: &str) -> Result<Arc<LoadedStep>, ServiceError> {
    let entry = state
        .registry()
        .get(id)
        .ok_or_else(|| ServiceError::StepNotFound(id.to_owned()))?;
    match entry.serving {
        Some(step) => Ok(step),
        None => Err(ServiceError::StepBroken(
            entry.error.unwrap_or_else(|| "not loaded yet".into()),
        )),
    }
}

async fn step_call(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Body,
    action: Action,
) -> Response {
    let refuse = |error: ServiceError| {
        if state.registry().get(&id).is_some() {
            telemetry::step_outcome(&id, action.name(), "service");
        }
        error.into_response()
    };
    if state.is_draining() {
        return refuse(ServiceError::Draining);
    }
    let step = match serving(&state, &id) {
        Ok(step) => step,
        Err(error) => return refuse(error),
    };
    let Some(slot) = state.try_step_slot(&id) else {
        telemetry::load_shed("step");
        return refuse(ServiceError::Overloaded("step's"));
    };
    // The body is read only once the call has its slot: a shed request costs no read.
    let max_body = state.options().max_body;
    let body = match axum::body::to_bytes(body, max_body).await {
        Ok(body) => body,
        Err(error) if is_length_limit(&error) => {
            return refuse(ServiceError::BodyTooLarge(max_body))
        }
        Err(_) => {
            return refuse(ServiceError::InvalidJson(
                "the body could not be read to its end".into(),
            ))
        }
    };
    let input: Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        // serde_json's syntax errors name a position, never the input's values.
        Err(error) => return refuse(ServiceError::InvalidJson(error.to_string())),
    };
    let text = String::from_utf8_lossy(&body);
    let mut redactor = step.redactor.clone();
    for secret in step.plugin.secret_values(&input).await {
        redactor.add(&secret);
    }
    let response = run(&state, &step, action, &text, &redactor).await;
    drop(slot);
    response
}

/// Whether reading a body failed because it went over the cap.
fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if current.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = current.source();
    }
    false
}

/// Runs one call and shapes its answer as the CLI prints it, credentials masked.
async fn run(
    state: &AppState,
    step: &LoadedStep,
    action: Action,
    input: &str,
    redactor: &Redactor,
) -> Response {
    let config = &state.options().step_config;
    let retry_seconds = step.descriptor.defaults.retry_delay_seconds;
    let outcome: Result<(StatusCode, String), step_host::StepError> = match action {
        Action::Validate => step.plugin.validate(input).await.map(|validation| {
            let status = if validation.valid {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            (status, json!(validation).to_string())
        }),
        Action::Prepare => step
            .plugin
            .prepare(input, config)
            .await
            .map(|request| (StatusCode::OK, json!(request).to_string())),
        Action::Execute => match step.plugin.execute_text(input, config).await {
            Ok(outputs) => outputs_json(&outputs).map(|body| (StatusCode::OK, body)),
            Err(error) => Err(error),
        },
    };
    let (status, retry_after, body, kind) = match outcome {
        Ok((status, body)) => {
            let kind = if status == StatusCode::OK {
                "ok"
            } else {
                "invalid"
            };
            (status, None, body, kind.to_owned())
        }
        Err(error) => {
            let (status, retry_after, body) = step_error_response(&error, retry_seconds);
            (status, retry_after, body, error.kind)
        }
    };
    telemetry::step_outcome(&step.id, action.name(), &kind);
    json_response(status, retry_after, redactor.redact(&body))
}

/// `{"ok":true,"outputs":…,"attempts":1}` around the component's outputs text, checked
/// to be JSON but not re-encoded.
fn outputs_json(outputs: &str) -> Result<String, step_host::StepError> {
    if serde_json::from_str::<serde::de::IgnoredAny>(outputs).is_err() {
        return Err(step_host::StepError::host(
            "plugin_fault",
            "INVALID_OUTPUTS",
            "the component returned outputs that are not JSON",
            false,
        ));
    }
    Ok(format!(
        r#"{{"ok":true,"outputs":{},"attempts":1}}"#,
        outputs.trim()
    ))
}

/// Any other path: 404 in the service's envelope.
pub async fn no_route() -> Response {
    ServiceError::NoRoute.into_response()
}

/// A known path with the wrong method: 405 in the service's envelope.
pub async fn method_not_allowed() -> Response {
    ServiceError::MethodNotAllowed.into_response()
}
