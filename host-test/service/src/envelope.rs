//! Every answer of the service in its envelope. Handlers answer in it already; what the
//! layers and extractors below them answer on their own (a `Content-Length` over the body
//! cap, an extractor's rejection) is plain text, and is replaced here by the envelope with
//! the same status, without echoing the original text.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::ServiceError;
use crate::state::AppState;

/// Middleware (`axum::middleware::map_response_with_state`): an error answer that is not
/// JSON becomes the service's envelope.
pub async fn wrap(State(state): State<AppState>, response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_json(&response) {
        return response;
    }
    let error = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ServiceError::BodyTooLarge(state.options().max_body),
        StatusCode::NOT_FOUND => ServiceError::NoRoute,
        StatusCode::METHOD_NOT_ALLOWED => ServiceError::MethodNotAllowed,
        StatusCode::INTERNAL_SERVER_ERROR => ServiceError::Internal,
        other => ServiceError::Http(other),
    };
    let (mut parts, _) = response.into_parts();
    let enveloped = error.into_response();
    // Keep what the original answer said about the connection (e.g. `connection: close`).
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.extend(enveloped.headers().clone());
    let (_, body) = enveloped.into_parts();
    Response::from_parts(parts, body)
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"))
}
