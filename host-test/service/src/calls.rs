//! The three step calls, `POST /v1/steps/{id}/validate|prepare|execute`: JSON in, the
//! CLI's JSON out, step errors mapped to HTTP statuses by [`crate::error::step_status`].
//!
//! A call is admitted in this order: not draining; the step serves; both limits have room
//! (else 503 `OVERLOADED` before the body is read); the body arrives within the body
//! timeout and the cap and is JSON; the call takes its slots (else 503 `OVERLOADED`); it
//! runs; its slots are given back before the answer is sent.

use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use step_host::registry::LoadedStep;
use step_host::Redactor;

use crate::error::{json_response, step_error_response, ServiceError};
use crate::limits::Full;
use crate::routes::{serving, StepId};
use crate::state::AppState;
use crate::{body, masking, telemetry};

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
    /// The action's name (a metric label).
    pub fn name(self) -> &'static str {
        match self {
            Self::Validate => "validate",
            Self::Prepare => "prepare",
            Self::Execute => "execute",
        }
    }
}

/// `POST /v1/steps/{id}/validate`.
pub async fn validate(state: State<AppState>, id: StepId, body: Body) -> Response {
    step_call(state, id, body, Action::Validate).await
}

/// `POST /v1/steps/{id}/prepare`.
pub async fn prepare(state: State<AppState>, id: StepId, body: Body) -> Response {
    step_call(state, id, body, Action::Prepare).await
}

/// `POST /v1/steps/{id}/execute`.
pub async fn execute(state: State<AppState>, id: StepId, body: Body) -> Response {
    step_call(state, id, body, Action::Execute).await
}

async fn step_call(
    State(state): State<AppState>,
    StepId(id): StepId,
    body: Body,
    action: Action,
) -> Response {
    match admit_and_run(&state, &id, body, action).await {
        Ok(response) => response,
        Err(error) => {
            if state.registry().get(&id).is_some() {
                telemetry::step_outcome(&id, action.name(), "service");
            }
            error.into_response()
        }
    }
}

/// Admits one call (see the module's order) and runs it.
async fn admit_and_run(
    state: &AppState,
    id: &str,
    body: Body,
    action: Action,
) -> Result<Response, ServiceError> {
    if state.is_draining() {
        return Err(ServiceError::Draining);
    }
    let step = serving(state, id)?;
    let _accepted = state.accept_call();
    let limits = &state.inner.limits;
    // A call that would be shed is shed now, before its body is read.
    limits.wait_for_room(id).await.map_err(shed)?;
    let options = state.options();
    let body = body::read(body, options.max_body, options.body_timeout).await?;
    // serde_json's syntax errors name a position, never the input's values.
    let input: Value = serde_json::from_slice(&body)
        .map_err(|error| ServiceError::InvalidJson(error.to_string()))?;
    let slots = limits.take(id).await.map_err(shed)?;
    let text = String::from_utf8_lossy(&body);
    let redactor = masking::redactor_for(&step, &input, &text).await;
    let response = run(state, &step, action, &text, &redactor).await;
    drop(slots);
    Ok(response)
}

/// A call refused because `full` is: counted, and 503 `OVERLOADED`.
fn shed(full: Full) -> ServiceError {
    telemetry::load_shed(full.label());
    ServiceError::Overloaded(full.whose())
}

/// Runs one call and shapes its answer as the CLI prints it, credentials masked.
async fn run(
    state: &AppState,
    step: &LoadedStep,
    action: Action,
    input: &str,
    redactor: &Redactor,
) -> Response {
    // The service's configuration, with only the settings this step declares.
    let config = &step.plugin.settings_for(&state.options().step_config);
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

/// The success envelope around the component's outputs text, checked to be JSON but not
/// re-encoded.
fn outputs_json(outputs: &str) -> Result<String, step_host::StepError> {
    step_host::outcome::succeeded_text(outputs, 1).ok_or_else(|| {
        step_host::StepError::host(
            "plugin_fault",
            "INVALID_OUTPUTS",
            "the component returned outputs that are not JSON",
            false,
        )
    })
}
