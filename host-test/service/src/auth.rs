//! The bearer token: required, when one is configured, on every route but the probes, and
//! checked before a route's method is: a caller without it learns neither the methods a
//! route takes nor whether a step exists. Paths that are no route stay 404.

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ServiceError;
use crate::state::AppState;

/// The probes: open to anyone, whatever the `Host` (kubelet sends the pod IP).
pub const PROBES: [&str; 2] = ["/healthz", "/readyz"];

/// Whether `path` is a probe.
pub fn is_probe(path: &str) -> bool {
    PROBES.contains(&path)
}

/// Middleware: requires `Authorization: Bearer <token>` on every matched route but the
/// probes, whatever the method.
pub async fn require_bearer(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let exempt =
        is_probe(request.uri().path()) || request.extensions().get::<MatchedPath>().is_none();
    if let (Some(token), false) = (&state.options().token, exempt) {
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
