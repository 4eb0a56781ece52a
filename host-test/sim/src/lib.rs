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
/// `usr_slow_<suffix>` behaves as `usr_slow`: many slow users, each seen separately.
const SLOW_USER_PREFIX: &str = "usr_slow_";

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
        "a full report after the configured slow delay (default 10 s); so does any usr_slow_<suffix>, which lets each caller have a user of its own",
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
    (
        "usr_contract_null_version",
        "200 with a full report whose prism.insights.version is null",
    ),
    (
        "usr_contract_float_version",
        "200 with a full report whose prism.first_detect.version is 4.1",
    ),
    (
        "usr_contract_float_score",
        "200 with a full report whose prism.cash_score.score is 712.0",
    ),
    (
        "usr_contract_fractional_score",
        "200 with a full report whose prism.cash_score.score is 712.5",
    ),
    (
        "usr_exclusion_code",
        "200 with two UltraFICO results: a score with exclusion_code \"0\", and none with exclusion_code \"12\"",
    ),
    (
        "usr_null_street",
        "200 with an account owner whose addresses[].data.street is null (OAS 1.762.0)",
    ),
    (
        "usr_institution_down",
        "400 INSTITUTION_ERROR / INSTITUTION_DOWN",
    ),
    (
        "usr_institution_not_responding",
        "400 INSTITUTION_ERROR / INSTITUTION_NOT_RESPONDING",
    ),
    ("usr_item_login_required", "400 ITEM_ERROR / ITEM_LOGIN_REQUIRED"),
    (
        "usr_cra_report_error",
        "400 CRA_REPORT_ERROR / REPORT_GENERATION_FAILED (a code of our own: Plaid names none for this type yet)",
    ),
    (
        "usr_cra_partner_insights_error",
        "400 CRA_PARTNER_INSIGHTS_ERROR / PARTNER_INSIGHTS_FAILED (a code of our own: Plaid names none for this type yet)",
    ),
    ("usr_408_empty", "408 with an empty body"),
    ("usr_502_empty", "502 with an empty body"),
    ("usr_503_empty", "503 with an empty body"),
    ("usr_504_empty", "504 with an empty body"),
    (
        "usr_error_in_200",
        "200 whose body is Plaid's PRODUCT_NOT_READY error object (no report), as some gateways do",
    ),
    (
        "usr_new_client",
        "a Plaid client created on or after 2026-07-01: 400 INVALID_REQUEST / INVALID_FIELD when partner_insights or options is sent, else a full report",
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

/// The credential names Plaid step components declare, with the simulator's test values:
/// what a harness supplies when the operator has configured none.
pub const TEST_KEYS: [(&str, &str); 2] = [
    ("PLAID_CLIENT_ID", TEST_CLIENT_ID),
    ("PLAID_SECRET", TEST_SECRET),
];

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
    /// Behave as a Plaid client created on or after 2026-07-01 for every user: refuse
    /// request-time `partner_insights` / `options` (as `usr_new_client` does).
    pub new_client: bool,
}

impl SimConfig {
    /// Accepts the credentials in `PLAID_CLIENT_ID` / `PLAID_SECRET` when they are set
    /// (so a harness can run with the operator's real keys against the simulator), else
    /// the test keys.
    pub fn from_env() -> Self {
        let get = |name: &str, fallback: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_owned())
        };
        Self {
            client_id: get(TEST_KEYS[0].0, TEST_CLIENT_ID),
            secret: get(TEST_KEYS[1].0, TEST_SECRET),
            ..Self::default()
        }
    }
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
            new_client: false,
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
    /// `Content-Length` header, when sent (and a number).
    pub content_length: Option<u64>,
    /// Whether the body came with `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// Bytes of body received.
    pub body_bytes: usize,
    /// Top-level member names of the JSON body, in order (never their values).
    pub fields: Vec<String>,
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
        .and_then(|o| {
            IDENTITY_KEYS
                .iter()
                .find_map(|key| o.get(*key).and_then(Value::as_str))
        })
        .unwrap_or("-");
    let content_length = header(&headers, "content-length").and_then(|v| v.parse::<u64>().ok());
    let chunked = header(&headers, "transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
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
        content_length,
        chunked,
        body_bytes: body.len(),
        fields: object
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default(),
    });

    // Proxies and WAFs in front of APIs refuse chunked uploads; so does the simulator,
    // with the error Plaid gives for unacceptable headers.
    if chunked || content_length != Some(body.len() as u64) {
        return fail(
            "INVALID_HEADERS",
            "the request body must be sent with a Content-Length matching it, not chunked",
        );
    }

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
        return fail(
            "RATE_LIMIT",
            &format!(
                "rate limit exceeded for /cra/check_report/partner_insights/get: {} requests per minute per client",
                state.config.rate_limit_per_minute
            ),
        );
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
    // Plaid's identity fields are plain strings: `null` is not one.
    if let Some(key) = IDENTITY_KEYS
        .iter()
        .find(|key| object.get(**key).is_some_and(|v| !v.is_string()))
    {
        return fail("INVALID_FIELD", &format!("{key} must be a string"));
    }
    let identity = |key: &str| object.get(key).and_then(Value::as_str);
    let user = match identity("user_id") {
        Some(id) if !id.starts_with("usr_") => {
            return fail("INVALID_USER_ID", "user_id must start with usr_")
        }
        Some(id) => id.to_owned(),
        None => match identity("user_token").or_else(|| identity("third_party_user_token")) {
            Some(token) => token.to_owned(),
            None => {
                return fail(
                    "MISSING_FIELDS",
                    "the following required fields are missing: user_id, user_token or third_party_user_token",
                )
            }
        },
    };
    let new_client = state.config.new_client || user == "usr_new_client";
    if new_client {
        if let Some(key) = ["partner_insights", "options"]
            .into_iter()
            .find(|key| object.contains_key(*key))
        {
            // Plaid documents no code for this refusal; INVALID_FIELD is the closest
            // documented one: the field exists in the API but is not accepted here.
            return fail(
                "INVALID_FIELD",
                &format!("{key} is not accepted for clients created on or after 2026-07-01; specify the required products when creating the report with /cra/check_report/create"),
            );
        }
    }

    match user.as_str() {
        "usr_not_ready" => return fail("PRODUCT_NOT_READY", ""),
        "usr_expired" => return fail("CONSUMER_REPORT_EXPIRED", ""),
        "usr_insufficient_data" => return fail("INSUFFICIENT_TRANSACTION_DATA", ""),
        "usr_data_unavailable" => return fail("DATA_UNAVAILABLE", ""),
        "usr_no_accounts" => return fail("NO_ACCOUNTS", ""),
        "usr_not_found" => return fail("USER_NOT_FOUND", ""),
        "usr_server_error" => return fail("INTERNAL_SERVER_ERROR", ""),
        "usr_maintenance" => return fail("PLANNED_MAINTENANCE", ""),
        "usr_institution_down" => {
            return plaid_error_object(
                400,
                "INSTITUTION_ERROR",
                "INSTITUTION_DOWN",
                "this institution is not currently responding to this request. Please try again soon",
                &request_id,
            )
        }
        "usr_institution_not_responding" => {
            return plaid_error_object(
                400,
                "INSTITUTION_ERROR",
                "INSTITUTION_NOT_RESPONDING",
                "this institution is not currently responding to this request. Please try again soon",
                &request_id,
            )
        }
        "usr_item_login_required" => {
            return plaid_error_object(
                400,
                "ITEM_ERROR",
                "ITEM_LOGIN_REQUIRED",
                "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
                &request_id,
            )
        }
        "usr_cra_report_error" => {
            return plaid_error_object(
                400,
                "CRA_REPORT_ERROR",
                "REPORT_GENERATION_FAILED",
                "the consumer report could not be generated",
                &request_id,
            )
        }
        "usr_cra_partner_insights_error" => {
            return plaid_error_object(
                400,
                "CRA_PARTNER_INSIGHTS_ERROR",
                "PARTNER_INSIGHTS_FAILED",
                "partner insights could not be generated for this report",
                &request_id,
            )
        }
        "usr_408_empty" => return StatusCode::REQUEST_TIMEOUT.into_response(),
        "usr_502_empty" => return StatusCode::BAD_GATEWAY.into_response(),
        "usr_503_empty" => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
        "usr_504_empty" => return StatusCode::GATEWAY_TIMEOUT.into_response(),
        "usr_error_in_200" => {
            let (_, fixture) = error_fixture("PRODUCT_NOT_READY");
            return plaid_error(200, fixture, "", &request_id);
        }
        "usr_html_502" => {
            return (
                StatusCode::BAD_GATEWAY,
                [("content-type", "text/html")],
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
            )
                .into_response()
        }
        user if user == "usr_slow" || user.starts_with(SLOW_USER_PREFIX) => {
            tokio::time::sleep(state.config.slow_delay).await
        }
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
    contract_variant(&user, &mut report["report"]);
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

/// A Plaid error object that has no documented fixture (institution and Item errors,
/// the newer CRA types). `error_code_reason` is omitted, as OAS 1.778.0 describes.
fn plaid_error_object(
    status: u16,
    error_type: &str,
    error_code: &str,
    message: &str,
    request_id: &str,
) -> Response {
    let body = json!({
        "error_type": error_type,
        "error_code": error_code,
        "error_message": message,
        "display_message": null,
        "request_id": request_id,
        "causes": [],
        "status": null,
        "documentation_url": "https://plaid.com/docs/errors/",
        "suggested_action": null
    });
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// Real-shaped departures from the 1.697.4 contract, for the `usr_contract_*` users
/// and the newer fields (`exclusion_code`, a null `street`).
fn contract_variant(user: &str, report: &mut Value) {
    match user {
        "usr_contract_null_version" => report["prism"]["insights"]["version"] = Value::Null,
        "usr_contract_float_version" => report["prism"]["first_detect"]["version"] = json!(4.1),
        "usr_contract_float_score" => report["prism"]["cash_score"]["score"] = json!(712.0),
        "usr_contract_fractional_score" => report["prism"]["cash_score"]["score"] = json!(712.5),
        "usr_exclusion_code" => {
            report["fico"] = json!({
                "lender_application_id": "app_exclusion",
                "ultrafico_score_results": [
                    {
                        "request_correlation_id": "corr-scored",
                        "fico_scoring_request_id": "fsr_scored",
                        "exclusion_code": "0",
                        "ultrafico_score": { "ultrafico_score_version": "1.0", "score": 702, "negative_reason_codes": [], "positive_reason_codes": ["P01"] }
                    },
                    {
                        "request_correlation_id": "corr-excluded",
                        "fico_scoring_request_id": "fsr_excluded",
                        "exclusion_code": "12",
                        "ultrafico_score": null,
                        "error_reason": "INSUFFICIENT_ACCOUNT_HISTORY"
                    }
                ]
            })
        }
        "usr_null_street" => {
            report["items"][0]["accounts"][0]["owners"] = json!([{
                "names": ["Alberta Bobbeth Charleson"],
                "phone_numbers": [],
                "emails": [],
                "addresses": [{
                    "data": { "street": null, "city": "Malakoff", "region": "NY", "postal_code": "14236", "country": "US" },
                    "primary": true
                }]
            }])
        }
        _ => {}
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
/// The identity members, in the order the simulator picks the user from.
const IDENTITY_KEYS: &[&str] = &["user_id", "user_token", "third_party_user_token"];
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
                    "exclusion_code": "0",
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
