//! The step service: every workflow-step component of a plugins folder, served over
//! HTTP, so any engine that can make an HTTP call can run the steps.
//!
//! Routes (the contract is `docs`-level: see the README's "Serve it over HTTP"):
//! - `GET /healthz`, `GET /readyz`: probes, never behind the token
//! - `GET /metrics`: Prometheus text format
//! - `GET /v1/steps`, `GET /v1/steps/{id}`: the list and each descriptor
//! - `POST /v1/steps/{id}/validate|prepare|execute`: the step calls (JSON in, the CLI's
//!   JSON out, step errors mapped to HTTP statuses by [`error::step_status`])
//!
//! Layers, outermost first: `Authorization` marked sensitive → request id set (the
//! caller's `x-request-id`, else a UUID) → trace span with the id → id copied to the
//! response → metrics and access log. Behind the token check (a `route_layer`, so 404
//! stays 404 and the probes stay open), the step calls additionally go through: errors
//! to responses → load shedding → one global concurrency limit → the request deadline →
//! the body cap; and inside the handler, the step's own concurrency limit.

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod error;
pub mod options;
pub mod routes;
pub mod server;
pub mod setup;
pub mod state;
pub mod telemetry;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
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

/// The service's router over `state`; serve it with [`serve`], or call it directly
/// (`tower::ServiceExt::oneshot`) in tests.
pub fn app(state: AppState) -> Router {
    let options = state.options().clone();
    let timeout_ms = options.request_timeout.as_millis();
    let limits = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |error: BoxError| async move {
            refused(error, timeout_ms)
        }))
        .load_shed()
        .layer(tower::limit::GlobalConcurrencyLimitLayer::with_semaphore(
            state.inner.global.clone(),
        ))
        .timeout(options.request_timeout)
        .layer(middleware::map_response_with_state(
            state.clone(),
            body_limit_envelope,
        ))
        .layer(RequestBodyLimitLayer::new(options.max_body));

    let step_calls = Router::new()
        .route("/v1/steps/{id}/validate", post(routes::validate))
        .route("/v1/steps/{id}/prepare", post(routes::prepare))
        .route("/v1/steps/{id}/execute", post(routes::execute))
        .route_layer(limits);
    let protected = Router::new()
        .route("/metrics", get(routes::metrics))
        .route("/v1/steps", get(routes::list_steps))
        .route("/v1/steps/{id}", get(routes::describe))
        .merge(step_calls)
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            require_bearer,
        ));
    let observability = ServiceBuilder::new()
        .layer(SetSensitiveRequestHeadersLayer::new([
            header::AUTHORIZATION,
        ]))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(telemetry::request_span::<axum::body::Body>)
                .on_request(())
                .on_response(())
                .on_failure(()),
        )
        .layer(PropagateRequestIdLayer::x_request_id());
    Router::new()
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .merge(protected)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .fallback(routes::no_route)
        .layer(middleware::from_fn(telemetry::track))
        .layer(DefaultBodyLimit::max(options.max_body))
        .layer(observability)
        .with_state(state)
}

/// What the limit layers refused, as the service's envelope.
fn refused(error: BoxError, timeout_ms: u128) -> Response {
    if error.is::<tower::load_shed::error::Overloaded>() {
        telemetry::load_shed("global");
        ServiceError::Overloaded("service's").into_response()
    } else if error.is::<tower::timeout::error::Elapsed>() {
        ServiceError::RequestTimeout(timeout_ms).into_response()
    } else {
        tracing::error!("unexpected middleware error: {error}");
        (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
    }
}

/// `RequestBodyLimitLayer` answers a too-long `Content-Length` itself, in plain text:
/// give that answer the service's envelope.
async fn body_limit_envelope<B>(
    State(state): State<AppState>,
    response: axum::http::Response<B>,
) -> Response
where
    B: http_body::Body<Data = axum::body::Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE && !is_json {
        return ServiceError::BodyTooLarge(state.options().max_body).into_response();
    }
    response.map(axum::body::Body::new)
}

/// Requires `Authorization: Bearer <token>` when a token is configured.
async fn require_bearer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if let Some(token) = &state.options().token {
        let presented = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|value| bearer(value.as_bytes()));
        if !presented.is_some_and(|candidate| token.matches(candidate)) {
            return ServiceError::Unauthorized.into_response();
        }
    }
    next.run(request).await
}

/// The credentials of a `Bearer` authorization value (the scheme is case-insensitive).
fn bearer(value: &[u8]) -> Option<&[u8]> {
    let (scheme, rest) = value.split_at_checked(7)?;
    scheme
        .eq_ignore_ascii_case(b"bearer ")
        .then(|| rest.trim_ascii())
}

#[cfg(test)]
mod tests {
    use super::bearer;

    #[test]
    fn bearer_scheme_is_case_insensitive_and_required() {
        assert_eq!(bearer(b"Bearer abc"), Some(&b"abc"[..]));
        assert_eq!(bearer(b"bearer  abc "), Some(&b"abc"[..]));
        assert_eq!(bearer(b"Basic abcdefg"), None);
        assert_eq!(bearer(b"Bearer"), None);
    }
}
