//! A Plaid simulator for `POST /cra/check_report/partner_insights/get`: a real HTTP
//! server on loopback that checks requests the way Plaid does and answers with
//! Plaid-shaped bodies built from Plaid's own examples (`examples/plaid/`).
//!
//! Special `user_id`s trigger documented errors and faults; see [`SPECIAL_USERS`].

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Map, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The simulator's documented test client ID.
pub const TEST_CLIENT_ID: &str = "sim_client_id_0123456789";
/// The simulator's documented test secret.
pub const TEST_SECRET: &str = "sim_secret_abcdef0123456789";
/// The endpoint path.
pub const PATH: &str = "/cra/check_report/partner_insights/get";

/// `user_id`s with special behaviour, and what they do.
pub const SPECIAL_USERS: &[(&str, &str)] = &[
    ("usr_not_ready", "400 PRODUCT_NOT_READY (retryable)"),
    ("usr_expired", "400 CONSUMER_REPORT_EXPIRED"),
    ("usr_insufficient_data", "400 INSUFFICIENT_TRANSACTION_DATA"),
    ("usr_data_unavailable", "400 DATA_UNAVAILABLE with causes"),
    ("usr_no_accounts", "400 NO_ACCOUNTS"),
    ("usr_not_found", "400 USER_NOT_FOUND"),
    ("usr_server_error", "500 INTERNAL_SERVER_ERROR"),
    ("usr_maintenance", "503 PLANNED_MAINTENANCE"),
    (
        "usr_slow",
        "a full report after the configured slow delay (default 10 s)",
    ),
    (
        "usr_oversized",
        "a 200 whose body is 12 MiB (over the host's 8 MiB cap)",
    ),
    (
        "usr_html_502",
        "502 with an HTML page, as a proxy would send",
    ),
    ("usr_truncated", "200 with JSON cut off mid-body"),
    (
        "usr_fault_429",
        "429 RATE_LIMIT_EXCEEDED without Retry-After",
    ),
    (
        "usr_fault_429_retry_after",
        "429 RATE_LIMIT_EXCEEDED with Retry-After: 1",
    ),
    (
        "usr_fault_reset",
        "200 whose connection is cut after the first bytes of the body",
    ),
    (
        "usr_fault_no_headers",
        "accepts the request and never answers",
    ),
    ("usr_fault_drip", "200 whose body arrives one byte a second"),
    ("usr_fault_huge", "200 with a 100 MB chunked body"),
    (
        "usr_fault_redirect",
        "302 to http://169.254.169.254/ (another host)",
    ),
    ("usr_fault_bad_utf8", "200 whose body is not UTF-8"),
    ("usr_fault_big_headers", "200 with a 1 MiB response header"),
    (
        "usr_fault_echo_headers_<N>",
        "502 HTML page echoing the request headers (credentials first) after N padding bytes, as a misconfigured proxy would",
    ),
];

/// `user_id` prefix of the header-echo fault: `usr_fault_echo_headers_<N>` answers 502
/// with an HTML page that echoes every request header, credential headers first, after
/// `N` bytes of padding, so a test can place a cut (e.g. a 512-byte excerpt) anywhere
/// inside an echoed credential.
pub const ECHO_USER_PREFIX: &str = "usr_fault_echo_headers_";

/// The echo page's text before the padding; then come `N` dots, `"\nplaid-secret: "`,
/// the secret, `"\nplaid-client-id: "`, the client ID, and the other headers.
pub const ECHO_PAGE_HEAD: &str = "<html><head><title>502 Bad Gateway</title></head><body><pre>";

/// Largest padding the echo fault accepts.
const ECHO_MAX_PADDING: usize = 4096;

const REPORT_EXAMPLE: &str =
    include_str!("../../../examples/plaid/response-200.spec-example-1.json");

macro_rules! error_fixture {
    ($file:literal) => {
        include_str!(concat!("../../../examples/plaid/errors/", $file))
    };
}

/// Plaid's documented error bodies by error code, with their HTTP status.
fn error_fixture(code: &str) -> (u16, &'static str) {
    match code {
        "PRODUCT_NOT_READY" => (400, error_fixture!("400.PRODUCT_NOT_READY.docs.json")),
        "CONSUMER_REPORT_EXPIRED" => (400, error_fixture!("400.CONSUMER_REPORT_EXPIRED.docs.json")),
        "INSUFFICIENT_TRANSACTION_DATA" => (
            400,
            error_fixture!("400.INSUFFICIENT_TRANSACTION_DATA.docs.json"),
        ),
        "DATA_UNAVAILABLE" => (400, error_fixture!("400.DATA_UNAVAILABLE.docs.json")),
        "NO_ACCOUNTS" => (400, error_fixture!("400.NO_ACCOUNTS.docs.json")),
        "USER_NOT_FOUND" => (400, error_fixture!("400.USER_NOT_FOUND.docs.json")),
        "INTERNAL_SERVER_ERROR" => (500, error_fixture!("500.INTERNAL_SERVER_ERROR.docs.json")),
        "PLANNED_MAINTENANCE" => (503, error_fixture!("503.PLANNED_MAINTENANCE.docs.json")),
        "INVALID_API_KEYS" => (400, error_fixture!("400.INVALID_API_KEYS.docs.json")),
        "INVALID_BODY" => (400, error_fixture!("400.INVALID_BODY.docs.json")),
        "INVALID_HEADERS" => (400, error_fixture!("400.INVALID_HEADERS.docs.json")),
        "INVALID_FIELD" => (400, error_fixture!("400.INVALID_FIELD.docs.json")),
        "INVALID_USER_ID" => (400, error_fixture!("400.INVALID_USER_ID.docs.json")),
        "MISSING_FIELDS" => (400, error_fixture!("400.MISSING_FIELDS.docs.json")),
        "UNKNOWN_FIELDS" => (400, error_fixture!("400.UNKNOWN_FIELDS.docs.json")),
        "RATE_LIMIT" => (429, error_fixture!("429.RATE_LIMIT.docs.json")),
        _ => (404, error_fixture!("404.NOT_FOUND.docs.json")),
    }
}

/// Simulator settings.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// Accepted client ID.
    pub client_id: String,
    /// Accepted secret.
    pub secret: String,
    /// Requests per minute per client before 429.
    pub rate_limit_per_minute: usize,
    /// How long `usr_slow` waits before answering.
    pub slow_delay: Duration,
    /// Percentage of otherwise good requests answered with 429 (fault injection).
    pub inject_429_percent: u8,
    /// Percentage of otherwise good requests answered with 500 (fault injection).
    pub inject_500_percent: u8,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            client_id: TEST_CLIENT_ID.to_owned(),
            secret: TEST_SECRET.to_owned(),
            rate_limit_per_minute: 100,
            slow_delay: Duration::from_secs(10),
            inject_429_percent: 0,
            inject_500_percent: 0,
        }
    }
}

/// What the simulator saw of one request (never the credential values).
#[derive(Debug, Clone)]
pub struct SeenRequest {
    /// Path requested.
    pub path: String,
    /// Whether both credential headers were present.
    pub credential_headers: bool,
    /// Whether the credentials matched the accepted ones.
    pub credentials_valid: bool,
    /// Whether the body carried `client_id` or `secret`.
    pub credentials_in_body: bool,
    /// `Plaid-Version` header.
    pub plaid_version: Option<String>,
    /// `User-Agent` header.
    pub user_agent: Option<String>,
    /// `Host` header.
    pub host: Option<String>,
    /// The client's address: one per TCP connection, so reuse shows keep-alive.
    pub peer: SocketAddr,
}

struct SimState {
    config: SimConfig,
    seen: Mutex<Vec<SeenRequest>>,
    windows: Mutex<HashMap<String, VecDeque<Instant>>>,
    counter: AtomicU64,
}

/// A running simulator; stops when dropped.
pub struct Simulator {
    addr: SocketAddr,
    state: Arc<SimState>,
    stop: Option<oneshot::Sender<()>>,
}

impl Simulator {
    /// Starts on `127.0.0.1:port` (0 picks a free port).
    pub async fn start(port: u16, config: SimConfig) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(SimState {
            config,
            seen: Mutex::new(Vec::new()),
            windows: Mutex::new(HashMap::new()),
            counter: AtomicU64::new(0),
        });
        let app = Router::new()
            .route(PATH, post(partner_insights))
            .fallback(unknown_route)
            .with_state(state.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let app = app.into_make_service_with_connect_info::<SocketAddr>();
            let served = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            if let Err(e) = served.await {
                tracing::error!("simulator stopped: {e}");
            }
        });
        tracing::info!(%addr, "Plaid simulator listening");
        Ok(Self {
            addr,
            state,
            stop: Some(stop),
        })
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Everything received so far.
    pub fn seen(&self) -> Vec<SeenRequest> {
        self.state.seen.lock().expect("seen lock").clone()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

async fn unknown_route(uri: axum::http::Uri) -> Response {
    tracing::warn!(%uri, "simulator: unexpected request");
    let (status, body) = error_fixture("NOT_FOUND");
    plaid_error(
        status,
        body,
        &format!("no such route: {}", uri.path()),
        "sim-404",
    )
}

fn plaid_error(status: u16, fixture: &str, message: &str, request_id: &str) -> Response {
    let mut body: Value = serde_json::from_str(fixture).expect("fixtures are JSON");
    if !message.is_empty() {
        body["error_message"] = json!(message);
    }
    body["request_id"] = json!(request_id);
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

async fn partner_insights(
    State(state): State<Arc<SimState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let n = state.counter.fetch_add(1, Ordering::Relaxed);
    let request_id = format!("sim{n:012}");
    let fail = |code: &str, message: &str| {
        let (status, fixture) = error_fixture(code);
        plaid_error(status, fixture, message, &request_id)
    };

    let parsed: Result<Value, _> = serde_json::from_slice(&body);
    let object = parsed.as_ref().ok().and_then(Value::as_object);
    let body_field = |key: &str| {
        object
            .and_then(|o| o.get(key))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let client_id = header(&headers, "plaid-client-id").or_else(|| body_field("client_id"));
    let secret = header(&headers, "plaid-secret").or_else(|| body_field("secret"));
    let credentials_valid = client_id.as_deref() == Some(state.config.client_id.as_str())
        && secret.as_deref() == Some(state.config.secret.as_str());
    let seen_user = object
        .and_then(|o| o.get("user_id").or_else(|| o.get("user_token")))
        .and_then(Value::as_str)
        .unwrap_or("-");
    tracing::info!(
        user = %seen_user,
        credentials_valid,
        credential_headers = headers.contains_key("plaid-client-id") && headers.contains_key("plaid-secret"),
        "simulator request"
    );
    state.seen.lock().expect("seen lock").push(SeenRequest {
        path: PATH.to_owned(),
        credential_headers: headers.contains_key("plaid-client-id")
            && headers.contains_key("plaid-secret"),
        credentials_valid,
        credentials_in_body: object
            .is_some_and(|o| o.contains_key("client_id") || o.contains_key("secret")),
        plaid_version: header(&headers, "plaid-version"),
        user_agent: header(&headers, "user-agent"),
        host: header(&headers, "host"),
        peer,
    });

    if let Some(version) = header(&headers, "plaid-version") {
        if version != "2020-09-14" {
            return fail(
                "INVALID_HEADERS",
                &format!("Plaid-Version {version:?} is not a supported API version"),
            );
        }
    }
    let Some(object) = object else {
        return fail("INVALID_BODY", "body could not be parsed as a JSON object");
    };
    let (Some(client_id), Some(_)) = (&client_id, &secret) else {
        return fail(
            "MISSING_FIELDS",
            "the following required fields are missing: client_id, secret",
        );
    };
    if !credentials_valid {
        return fail("INVALID_API_KEYS", "invalid client_id or secret provided");
    }
    if !within_rate_limit(&state, client_id) {
        return fail("RATE_LIMIT", "rate limit exceeded for /cra/check_report/partner_insights/get: 100 requests per minute per client");
    }
    let unknown = unknown_fields(object);
    if !unknown.is_empty() {
        return fail(
            "UNKNOWN_FIELDS",
            &format!(
                "the following fields are not recognized by this endpoint: {}",
                unknown.join(", ")
            ),
        );
    }
    let user = match (
        object.get("user_id").and_then(Value::as_str),
        object.get("user_token").and_then(Value::as_str),
    ) {
        (Some(id), _) if !id.starts_with("usr_") => {
            return fail("INVALID_USER_ID", "user_id must start with usr_")
        }
        (Some(id), _) => id.to_owned(),
        (None, Some(token)) => token.to_owned(),
        (None, None) => {
            return fail(
                "MISSING_FIELDS",
                "the following required fields are missing: user_id or user_token",
            )
        }
    };

    match user.as_str() {
        "usr_not_ready" => return fail("PRODUCT_NOT_READY", ""),
        "usr_expired" => return fail("CONSUMER_REPORT_EXPIRED", ""),
        "usr_insufficient_data" => return fail("INSUFFICIENT_TRANSACTION_DATA", ""),
        "usr_data_unavailable" => return fail("DATA_UNAVAILABLE", ""),
        "usr_no_accounts" => return fail("NO_ACCOUNTS", ""),
        "usr_not_found" => return fail("USER_NOT_FOUND", ""),
        "usr_server_error" => return fail("INTERNAL_SERVER_ERROR", ""),
        "usr_maintenance" => return fail("PLANNED_MAINTENANCE", ""),
        "usr_html_502" => {
            return (
                StatusCode::BAD_GATEWAY,
                [("content-type", "text/html")],
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
            )
                .into_response()
        }
        "usr_slow" => tokio::time::sleep(state.config.slow_delay).await,
        "usr_fault_429" => return fail("RATE_LIMIT", ""),
        "usr_fault_429_retry_after" => {
            let mut response = fail("RATE_LIMIT", "");
            response.headers_mut().insert("retry-after", axum::http::HeaderValue::from_static("1"));
            return response;
        }
        user if user.starts_with(ECHO_USER_PREFIX) => return echo_headers(&headers, user),
        user if user.starts_with("usr_fault_") => return fault(user).await,
        _ => {}
    }
    let roll: u8 = rand::random_range(0..100);
    if roll < state.config.inject_429_percent {
        return fail("RATE_LIMIT", "injected rate limit");
    }
    if roll
        < state
            .config
            .inject_429_percent
            .saturating_add(state.config.inject_500_percent)
    {
        return fail("INTERNAL_SERVER_ERROR", "injected server error");
    }

    let mut report = report_for(object, &user, &request_id);
    if user == "usr_oversized" {
        report["padding"] = json!("x".repeat(12 * 1024 * 1024));
    }
    let mut text = report.to_string();
    if user == "usr_truncated" {
        text.truncate(text.len() / 2);
    }
    (StatusCode::OK, [("content-type", "application/json")], text).into_response()
}

/// The header-echo fault: a 502 HTML page with the request headers, credentials first.
fn echo_headers(headers: &HeaderMap, user: &str) -> Response {
    let padding = user
        .strip_prefix(ECHO_USER_PREFIX)
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0)
        .min(ECHO_MAX_PADDING);
    let mut page = format!("{ECHO_PAGE_HEAD}{}", ".".repeat(padding));
    let first = ["plaid-secret", "plaid-client-id"];
    let mut rest: Vec<(&str, String)> = headers
        .iter()
        .filter(|(name, _)| !first.contains(&name.as_str()))
        .map(|(name, value)| {
            (
                name.as_str(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    rest.sort();
    for name in first {
        page.push_str(&format!(
            "\n{name}: {}",
            header(headers, name).unwrap_or_default()
        ));
    }
    for (name, value) in rest {
        page.push_str(&format!("\n{name}: {value}"));
    }
    page.push_str("\n</pre></body></html>");
    (
        StatusCode::BAD_GATEWAY,
        [("content-type", "text/html")],
        page,
    )
        .into_response()
}

/// Misbehaving answers for fault-injection users.
async fn fault(user: &str) -> Response {
    use axum::body::Body;
    use futures_util::stream;
    let json = [("content-type", "application/json")];
    match user {
        "usr_fault_reset" => {
            let chunks = stream::iter(vec![
                Ok::<_, std::io::Error>(Bytes::from_static(b"{\"request_id\": \"partial")),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "injected reset",
                )),
            ]);
            (StatusCode::OK, json, Body::from_stream(chunks)).into_response()
        }
        "usr_fault_no_headers" => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            StatusCode::GATEWAY_TIMEOUT.into_response()
        }
        "usr_fault_drip" => {
            let drip = stream::unfold(0u32, |n| async move {
                (n < 3600).then_some(())?;
                tokio::time::sleep(Duration::from_secs(1)).await;
                Some((Ok::<_, std::io::Error>(Bytes::from_static(b" ")), n + 1))
            });
            (StatusCode::OK, json, Body::from_stream(drip)).into_response()
        }
        "usr_fault_huge" => {
            let chunk = Bytes::from(vec![b' '; 64 * 1024]);
            let huge = stream::iter((0..1600).map(move |_| Ok::<_, std::io::Error>(chunk.clone())));
            (StatusCode::OK, json, Body::from_stream(huge)).into_response()
        }
        "usr_fault_redirect" => (
            StatusCode::FOUND,
            [("location", "http://169.254.169.254/latest/meta-data/")],
            "",
        )
            .into_response(),
        "usr_fault_bad_utf8" => {
            (StatusCode::OK, json, &b"{\"request_id\": \"\xff\xfe\"}"[..]).into_response()
        }
        "usr_fault_big_headers" => {
            let padding = "x".repeat(1024 * 1024);
            let mut response = (StatusCode::OK, json, "{}").into_response();
            if let Ok(value) = axum::http::HeaderValue::from_str(&padding) {
                response.headers_mut().insert("x-padding", value);
            }
            response
        }
        _ => {
            let (status, fixture) = error_fixture("USER_NOT_FOUND");
            plaid_error(status, fixture, "unknown fault user", "sim-fault")
        }
    }
}

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

const PRISM_KEYS: &[&str] = &["detect", "firstdetect", "cashscore", "extend", "insights"];
const ROOT_KEYS: &[&str] = &[
    "client_id",
    "secret",
    "user_id",
    "user_token",
    "third_party_user_token",
    "user_tier",
    "partner_insights",
    "options",
];
const FICO_KEYS: &[&str] = &[
    "fico_lender_id",
    "lender_application_id",
    "ultrafico_score_requests",
];
const FICO_REQUEST_KEYS: &[&str] = &[
    "ultrafico_score_version",
    "request_correlation_id",
    "fico_scoring_request_id",
    "base_fico_score",
];
const BASE_SCORE_KEYS: &[&str] = &[
    "bureau",
    "score",
    "base_fico_score_version",
    "reason_codes",
    "reason_code_1",
    "reason_code_2",
    "reason_code_3",
    "reason_code_4",
    "did_inquiries_adversely_affect_score",
];

/// Dotted paths of every field Plaid would not recognize.
fn unknown_fields(body: &Map<String, Value>) -> Vec<String> {
    let mut unknown = Vec::new();
    check_keys(body, ROOT_KEYS, "", &mut unknown);
    let sub = |v: Option<&Value>| v.and_then(Value::as_object).cloned();
    if let Some(pi) = sub(body.get("partner_insights")) {
        check_keys(
            &pi,
            &["prism_versions", "fico"],
            "partner_insights.",
            &mut unknown,
        );
        if let Some(pv) = sub(pi.get("prism_versions")) {
            check_keys(
                &pv,
                PRISM_KEYS,
                "partner_insights.prism_versions.",
                &mut unknown,
            );
        }
        if let Some(fico) = sub(pi.get("fico")) {
            check_keys(&fico, FICO_KEYS, "partner_insights.fico.", &mut unknown);
            for (i, req) in fico
                .get("ultrafico_score_requests")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let Some(req) = req.as_object() {
                    let prefix = format!("partner_insights.fico.ultrafico_score_requests[{i}].");
                    check_keys(req, FICO_REQUEST_KEYS, &prefix, &mut unknown);
                    if let Some(base) = sub(req.get("base_fico_score")) {
                        check_keys(
                            &base,
                            BASE_SCORE_KEYS,
                            &format!("{prefix}base_fico_score."),
                            &mut unknown,
                        );
                    }
                }
            }
        }
    }
    if let Some(options) = sub(body.get("options")) {
        check_keys(&options, &["prism_versions"], "options.", &mut unknown);
        if let Some(pv) = sub(options.get("prism_versions")) {
            check_keys(&pv, PRISM_KEYS, "options.prism_versions.", &mut unknown);
        }
    }
    unknown
}

fn check_keys(
    object: &Map<String, Value>,
    known: &[&str],
    prefix: &str,
    unknown: &mut Vec<String>,
) {
    for key in object.keys() {
        if !known.contains(&key.as_str()) {
            unknown.push(format!("{prefix}{key}"));
        }
    }
}

/// A stable pseudo-random number per user, so the same user always gets the same scores.
fn user_seed(user: &str) -> u64 {
    user.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// The full report: Plaid's spec example, with the Prism versions and FICO requests
/// that were asked for reflected in it.
fn report_for(body: &Map<String, Value>, user: &str, request_id: &str) -> Value {
    let mut response: Value = serde_json::from_str(REPORT_EXAMPLE).expect("example is JSON");
    let seed = user_seed(user);
    response["request_id"] = json!(request_id);
    let report = &mut response["report"];
    report["report_id"] = json!(format!("sim_report_{:016x}", seed));
    let score = 300 + (seed % 600) as i64;

    let versions = body
        .get("partner_insights")
        .and_then(|p| p.get("prism_versions"))
        .or_else(|| body.get("options").and_then(|o| o.get("prism_versions")))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let template = report["prism"]["cash_score"].clone();
    let mut prism = Map::new();
    let requested: Vec<(&str, String)> = PRISM_KEYS
        .iter()
        .filter_map(|k| {
            versions
                .get(*k)
                .and_then(Value::as_str)
                .map(|v| (*k, v.to_owned()))
        })
        .collect();
    if requested.is_empty() {
        prism = report["prism"].as_object().cloned().unwrap_or_default();
        prism["cash_score"]["score"] = json!(score);
    } else {
        for (key, version) in requested {
            let major: i64 = version
                .split(['.', '_'])
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(3);
            let mut product = template.clone();
            product["model_version"] = json!(version);
            product["version"] = json!(major);
            product["score"] =
                json!(score + PRISM_KEYS.iter().position(|k| *k == key).unwrap_or(0) as i64);
            let (name, product) = match key {
                "cashscore" => ("cash_score", product),
                "firstdetect" => ("first_detect", product),
                "insights" => (
                    "insights",
                    json!({ "version": major, "model_version": version, "result": { "l6m_cumbal_acc": 1 } }),
                ),
                other => {
                    product.as_object_mut().map(|p| p.remove("version"));
                    (other, product)
                }
            };
            prism.insert(name.to_owned(), product);
        }
        prism.insert("status".into(), json!("SUCCESS"));
    }
    report["prism"] = Value::Object(prism);

    if let Some(fico) = body
        .get("partner_insights")
        .and_then(|p| p.get("fico"))
        .filter(|f| f.is_object())
    {
        let results: Vec<Value> = fico["ultrafico_score_requests"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|req| {
                let base = req["base_fico_score"]["score"].as_i64().unwrap_or(650);
                json!({
                    "request_correlation_id": req.get("request_correlation_id").cloned().unwrap_or(json!("")),
                    "fico_scoring_request_id": req.get("fico_scoring_request_id").cloned().unwrap_or(json!(format!("fsr_{:08x}", seed as u32))),
                    "ultrafico_score": {
                        "ultrafico_score_version": "1.0",
                        "score": (base + 12).min(850),
                        "negative_reason_codes": req["base_fico_score"].get("reason_codes").cloned().unwrap_or(json!([])),
                        "positive_reason_codes": ["P01"],
                        "did_inquiries_adversely_affect_score": false
                    }
                })
            })
            .collect();
        report["fico"] = json!({
            "lender_application_id": fico["lender_application_id"],
            "ultrafico_score_results": results,
            "report_characteristics": {
                "num_accounts": 1, "num_checking_accounts": 1, "num_savings_accounts": 0,
                "days_since_earliest_tx": 365, "avg_daily_balance_over_3_months": 1523.75
            }
        });
    }
    response
}
