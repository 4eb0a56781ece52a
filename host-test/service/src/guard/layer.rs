//! The guard as an axum middleware, shared by the step service and the editor: each
//! gives it its scope rule and its refusal's shape.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;

use super::{Guard, Refusal, Scope};
use crate::logs::Shown;

/// The port of the socket a request came in on; servers that do not configure their port
/// in [`GuardConfig::port`] put it into each request's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListenPort(pub u16);

/// One server's guard.
#[derive(Debug)]
pub struct GuardConfig {
    /// The names it answers to besides loopback.
    pub guard: Guard,
    /// Its port; `None` reads each request's [`ListenPort`] (no port known: only the
    /// allowed names pass).
    pub port: Option<u16>,
    /// Which checks a request (method, path) goes through.
    pub scope: fn(&Method, &str) -> Scope,
    /// The server's answer to a refused request.
    pub refuse: fn(Refusal) -> Response,
}

/// Headers every answer carries: no content sniffing, no framing by other sites, no
/// caching of reports by browsers or proxies, no referrer.
const HARDENING: [(&str, &str); 5] = [
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("content-security-policy", "frame-ancestors 'none'"),
    ("referrer-policy", "no-referrer"),
    ("cache-control", "no-store"),
];

/// Middleware (`axum::middleware::from_fn_with_state`): refuses what the guard refuses,
/// logging it, and hardens every answer's headers.
pub async fn enforce(
    State(config): State<Arc<GuardConfig>>,
    request: Request,
    next: Next,
) -> Response {
    let port = config
        .port
        .or_else(|| request.extensions().get::<ListenPort>().map(|p| p.0));
    let scope = (config.scope)(request.method(), request.uri().path());
    let checked = config.guard.check(
        port,
        scope,
        request.method(),
        request.uri(),
        request.headers(),
    );
    let mut response = match checked {
        Ok(()) => next.run(request).await,
        Err(refusal) => {
            log_refusal(&request, &refusal);
            (config.refuse)(refusal)
        }
    };
    for (name, value) in HARDENING {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}

/// One warning line: what was refused, with the caller's values escaped and capped.
fn log_refusal(request: &Request, refusal: &Refusal) {
    let headers = request.headers();
    tracing::warn!(
        method = %Shown::new(request.method().as_str()),
        path = %Shown::new(request.uri().path()),
        host = %Shown::new(header_or_dash(headers, header::HOST)),
        origin = %Shown::new(header_or_dash(headers, header::ORIGIN)),
        code = refusal.code(),
        "request refused"
    );
}

fn header_or_dash(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(name)
        .map_or("-", |value| value.to_str().unwrap_or("(not visible ASCII)"))
}
