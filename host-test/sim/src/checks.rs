//! The checks every endpoint makes before reading the body: the request is recorded,
//! then its framing, `Plaid-Version`, JSON, credentials and rate limit are checked.
//! [`checked`] puts an endpoint behind them, so its handler sees admitted requests only.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{post, MethodRouter};
use serde_json::{Map, Value};

use crate::fixtures::Failure;
use crate::observed::SeenRequest;
use crate::state::SimState;

/// The identity members, in the order the simulator picks the user from.
pub(crate) const IDENTITY_KEYS: &[&str] = &["user_id", "user_token", "third_party_user_token"];

/// The one `Plaid-Version` the simulator accepts.
const PLAID_VERSION: &str = "2020-09-14";

/// Which endpoint is checking, and whether it counts against the rate limit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Endpoint {
    /// Its path, recorded in [`SeenRequest::path`] and named in rate-limit errors.
    pub(crate) path: &'static str,
    /// Whether it shares the per-client limit of `/cra/check_report/*`.
    pub(crate) rate_limited: bool,
}

/// A request that passed the common checks.
pub(crate) struct Admitted {
    /// The JSON body.
    pub(crate) object: Map<String, Value>,
    /// Its `request_id`.
    pub(crate) request_id: String,
    /// The request headers.
    pub(crate) headers: HeaderMap,
}

/// The request as received.
struct Incoming<'a> {
    /// The client's address.
    peer: SocketAddr,
    /// The request headers.
    headers: &'a HeaderMap,
    /// The raw body.
    body: &'a [u8],
}

/// A `POST` route for `endpoint`: every request is recorded and checked (framing,
/// `Plaid-Version`, JSON, credentials and, for `/cra/check_report/*`, the rate limit);
/// a refused one gets Plaid's error with a fresh `request_id`, an admitted one goes to
/// `answer`.
pub(crate) fn checked<F, Fut>(endpoint: Endpoint, answer: F) -> MethodRouter<Arc<SimState>>
where
    F: Fn(Arc<SimState>, Admitted) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    post(
        move |State(state): State<Arc<SimState>>,
              ConnectInfo(peer): ConnectInfo<SocketAddr>,
              headers: HeaderMap,
              body: Bytes| async move {
            let request_id = state.next_request_id();
            let incoming = Incoming {
                peer,
                headers: &headers,
                body: &body,
            };
            match check(&state, endpoint, &incoming) {
                Ok(object) => {
                    let admitted = Admitted {
                        object,
                        request_id,
                        headers,
                    };
                    answer(state, admitted).await
                }
                Err(failure) => failure.respond(&request_id),
            }
        },
    )
}

fn check(
    state: &SimState,
    endpoint: Endpoint,
    incoming: &Incoming<'_>,
) -> Result<Map<String, Value>, Failure> {
    let headers = incoming.headers;
    let parsed: Option<Value> = serde_json::from_slice(incoming.body).ok();
    let object = parsed.as_ref().and_then(Value::as_object);
    let body_field = |key: &str| {
        object
            .and_then(|o| o.get(key))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let client_id = header(headers, "plaid-client-id").or_else(|| body_field("client_id"));
    let secret = header(headers, "plaid-secret").or_else(|| body_field("secret"));
    let credentials_valid = client_id.as_deref() == Some(state.config.client_id.as_str())
        && secret.as_deref() == Some(state.config.secret.as_str());
    let seen = record(state, endpoint, incoming, object, credentials_valid);

    // Proxies and WAFs in front of APIs refuse chunked uploads; so does the simulator,
    // with the error Plaid gives for unacceptable headers.
    if seen.chunked || seen.content_length != Some(incoming.body.len() as u64) {
        return Err(Failure::new(
            "INVALID_HEADERS",
            "the request body must be sent with a Content-Length matching it, not chunked",
        ));
    }
    if let Some(version) = seen.plaid_version.filter(|v| v != PLAID_VERSION) {
        return Err(Failure::new(
            "INVALID_HEADERS",
            format!("Plaid-Version {version:?} is not a supported API version"),
        ));
    }
    let Some(object) = object else {
        return Err(Failure::new(
            "INVALID_BODY",
            "body could not be parsed as a JSON object",
        ));
    };
    let (Some(client_id), Some(_)) = (&client_id, &secret) else {
        return Err(Failure::new(
            "MISSING_FIELDS",
            "the following required fields are missing: client_id, secret",
        ));
    };
    if !credentials_valid {
        return Err(Failure::new(
            "INVALID_API_KEYS",
            "invalid client_id or secret provided",
        ));
    }
    if endpoint.rate_limited && !within_rate_limit(state, client_id) {
        return Err(Failure::new(
            "RATE_LIMIT",
            format!(
                "rate limit exceeded for {}: {} requests per minute per client",
                endpoint.path, state.config.rate_limit_per_minute
            ),
        ));
    }
    Ok(object.clone())
}

/// Logs the request and keeps a [`SeenRequest`] of it; returns that record.
fn record(
    state: &SimState,
    endpoint: Endpoint,
    incoming: &Incoming<'_>,
    object: Option<&Map<String, Value>>,
    credentials_valid: bool,
) -> SeenRequest {
    let headers = incoming.headers;
    let credential_headers =
        headers.contains_key("plaid-client-id") && headers.contains_key("plaid-secret");
    let seen_user = object
        .and_then(|o| {
            IDENTITY_KEYS
                .iter()
                .find_map(|key| o.get(*key).and_then(Value::as_str))
        })
        .unwrap_or("-");
    tracing::info!(
        path = endpoint.path,
        user = %seen_user,
        credentials_valid,
        credential_headers,
        "simulator request"
    );
    let seen = SeenRequest {
        path: endpoint.path.to_owned(),
        credential_headers,
        credentials_valid,
        credentials_in_body: object
            .is_some_and(|o| o.contains_key("client_id") || o.contains_key("secret")),
        plaid_version: header(headers, "plaid-version"),
        user_agent: header(headers, "user-agent"),
        host: header(headers, "host"),
        peer: incoming.peer,
        content_length: header(headers, "content-length").and_then(|v| v.parse::<u64>().ok()),
        chunked: header(headers, "transfer-encoding")
            .is_some_and(|v| v.to_ascii_lowercase().contains("chunked")),
        body_bytes: incoming.body.len(),
        fields: object
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default(),
    };
    state.seen.lock().expect("seen lock").push(seen.clone());
    seen
}

/// A header's value, when it is text.
pub(crate) fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Counts a request against `client_id`'s window of the last minute; false when full.
fn within_rate_limit(state: &SimState, client_id: &str) -> bool {
    let now = Instant::now();
    let mut windows = state.windows.lock().expect("rate lock");
    let window = windows.entry(client_id.to_owned()).or_default();
    while window
        .front()
        .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
    {
        window.pop_front();
    }
    if window.len() >= state.config.rate_limit_per_minute {
        return false;
    }
    window.push_back(now);
    true
}
