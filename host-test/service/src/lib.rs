//! The step service: every workflow-step component of a plugins folder, served over
//! HTTP, so any engine that can make an HTTP call can run the steps.
//!
//! Routes (the contract clients build to is `docs/service.md`):
//! - `GET /healthz`, `GET /readyz`: probes, open to any caller and any `Host`
//! - `GET /metrics`: Prometheus text format
//! - `GET /v1/steps`, `GET /v1/steps/{id}`: the list and each descriptor
//! - `POST /v1/steps/{id}/validate|prepare|execute`: the step calls ([`calls`])
//!
//! Layers, outermost first: `Authorization` marked sensitive → a caller's request id kept
//! only when short and plain ([`request_id`]), else a new UUID → trace span with the id →
//! id copied to the response → every error answer in the envelope ([`envelope`]) →
//! metrics and access log → the guard shared with the editor ([`guard`]: `Host`,
//! `Origin`/`Sec-Fetch-Site`, JSON bodies; the probes are outside it) → the bearer token
//! (every route but the probes, before the method is looked at). The step calls then go
//! through the request deadline and an early body cap on `Content-Length`; their limits
//! and body timeout are the handler's ([`calls`]).

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod auth;
mod body;
pub mod calls;
pub mod envelope;
pub mod error;
pub mod guard;
pub mod launch;
mod limits;
pub mod logging;
pub mod logs;
mod masking;
pub mod options;
pub mod request_id;
pub mod routes;
pub mod server;
pub mod setup;
pub mod state;
pub mod telemetry;

use std::sync::Arc;

use axum::error_handling::HandleErrorLayer;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, Method};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{BoxError, Router};
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::trace::TraceLayer;

pub use error::ServiceError;
pub use options::{ServiceOptions, Token};
pub use server::serve;
pub use setup::ServiceSetup;
pub use state::AppState;

/// How the service's `Host` refusal names the flag that allows another name.
pub const ALLOW_HOST_FLAG: &str = "--allow-host NAME[:PORT]";

/// The service's router over `state`; serve it with [`serve`], or call it directly
/// (`tower::ServiceExt::oneshot`) in tests, with a [`guard::ListenPort`] extension on each
/// request (the port loopback names must carry; `serve` adds it).
pub fn app(state: AppState) -> Router {
    let routes = Router::new()
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .route("/metrics", get(routes::metrics))
        .route("/v1/steps", get(routes::list_steps))
        .route("/v1/steps/{id}", get(routes::describe))
        .merge(step_calls(&state))
        // Both fallbacks before the layers, so the layers apply to them too.
        .method_not_allowed_fallback(routes::method_not_allowed)
        .fallback(routes::no_route);
    let observability = ServiceBuilder::new()
        .layer(SetSensitiveRequestHeadersLayer::new([
            header::AUTHORIZATION,
        ]))
        .layer(middleware::map_request(request_id::drop_unplain))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(telemetry::request_span::<axum::body::Body>)
                .on_request(())
                .on_response(())
                .on_failure(()),
        )
        .layer(PropagateRequestIdLayer::x_request_id());
    let max_body = state.options().max_body;
    routes
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_bearer,
        ))
        .layer(middleware::from_fn_with_state(
            Arc::new(guard_config(&state)),
            guard::enforce,
        ))
        .layer(middleware::from_fn(telemetry::track))
        .layer(middleware::map_response_with_state(
            state.clone(),
            envelope::wrap,
        ))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(observability)
        .with_state(state)
}

/// The three step calls, behind the request deadline and the early body cap.
fn step_calls(state: &AppState) -> Router<AppState> {
    let options = state.options();
    let timeout_ms = options.request_timeout.as_millis();
    let deadline = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |error: BoxError| async move {
            timed_out(error, timeout_ms)
        }))
        .timeout(options.request_timeout)
        .layer(RequestBodyLimitLayer::new(options.max_body));
    Router::new()
        .route("/v1/steps/{id}/validate", post(calls::validate))
        .route("/v1/steps/{id}/prepare", post(calls::prepare))
        .route("/v1/steps/{id}/execute", post(calls::execute))
        .route_layer(deadline)
}

/// The service's guard: loopback on its port and `--allow-host` names; the probes open.
fn guard_config(state: &AppState) -> guard::GuardConfig {
    guard::GuardConfig {
        guard: guard::Guard::new(state.options().allowed_hosts.clone()).with_flag(ALLOW_HOST_FLAG),
        port: None,
        scope: |_: &Method, path: &str| {
            if auth::is_probe(path) {
                guard::Scope::Open
            } else {
                guard::Scope::Api
            }
        },
        refuse: |refusal| ServiceError::Refused(refusal).into_response(),
    }
}

/// What the deadline layer refused, as the service's envelope.
fn timed_out(error: BoxError, timeout_ms: u128) -> Response {
    if error.is::<tower::timeout::error::Elapsed>() {
        ServiceError::RequestTimeout(timeout_ms).into_response()
    } else {
        tracing::error!("unexpected middleware error: {error}");
        ServiceError::Internal.into_response()
    }
}
