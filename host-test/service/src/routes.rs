//! The handlers of everything but the step calls ([`crate::calls`]): probes, metrics,
//! the step list, descriptors, and the 404/405 answers.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use step_host::registry::{LoadedStep, StepStatus};

use crate::error::ServiceError;
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
pub async fn describe(State(state): State<AppState>, StepId(id): StepId) -> Response {
    match serving(&state, &id) {
        Ok(step) => Json(step.descriptor_json.clone()).into_response(),
        Err(error) => error.into_response(),
    }
}

/// The `{id}` of a step route; a path that does not decode to UTF-8 is 400
/// `INVALID_PATH` in the envelope.
#[derive(Debug, Clone)]
pub struct StepId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for StepId {
    type Rejection = ServiceError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ServiceError::InvalidPath)?;
        Ok(Self(id))
    }
}

/// The loaded version of step `id` that serves calls.
pub(crate) fn serving(state: &AppState, id: &str) -> Result<Arc<LoadedStep>, ServiceError> {
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

/// Any other path: 404 in the service's envelope.
pub async fn no_route() -> Response {
    ServiceError::NoRoute.into_response()
}

/// A known path with the wrong method: 405 in the service's envelope.
pub async fn method_not_allowed() -> Response {
    ServiceError::MethodNotAllowed.into_response()
}
