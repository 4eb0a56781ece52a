//! Shared helpers of the service tests: the real release component copied into a temp
//! plugins folder, the real simulator, the service's router called in-process
//! (`oneshot`) or served on a real socket, and a strict Prometheus text parser.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt as _;
use plaid_sim::{SimConfig, Simulator, TEST_KEYS};
use serde_json::Value;
use step_host::registry::{Registry, RegistryOptions};
use step_host::{LoadOptions, Policy};
use step_service::guard::ListenPort;
use step_service::{app, AppState, ServiceOptions, ServiceSetup};
use tower::ServiceExt as _;

/// The step id of the real component in the tests' plugins folders.
pub const STEP: &str = "plaid_partner_insights";

/// A compile cache shared by the tests (keyed by the component's digest): loads after
/// the first are cache hits.
pub fn cache_dir() -> PathBuf {
    std::env::temp_dir().join("step-service-tests-cache")
}

/// Copies `source` into `dir` as `<id>.wasm` atomically (write a dot-file, rename), as
/// a deployment would.
pub fn install(dir: &Path, id: &str, source: &Path) {
    let temp = dir.join(format!(".{id}.wasm.partial"));
    std::fs::copy(source, &temp).expect("copy the component");
    std::fs::rename(&temp, dir.join(format!("{id}.wasm"))).expect("rename into place");
}

/// Random bytes: a file that is no component at all.
pub fn random_bytes(len: usize) -> Vec<u8> {
    (0..len).map(|_| rand::random::<u8>()).collect()
}

/// A simulator with no rate limit (the tests send thousands of steps) and a custom
/// delay for `usr_slow`.
pub async fn sim(slow_delay: Duration) -> Simulator {
    Simulator::start(
        0,
        SimConfig {
            rate_limit_per_minute: usize::MAX,
            slow_delay,
            ..SimConfig::default()
        },
    )
    .await
    .expect("the simulator starts")
}

/// One service under test: its plugins folder, simulator, state and router.
pub struct Harness {
    /// The plugins folder (deleted on drop).
    pub plugins: tempfile::TempDir,
    /// The folder of per-step secrets files.
    pub secrets: tempfile::TempDir,
    /// The simulator the steps call.
    pub sim: Simulator,
    /// The service state.
    pub state: AppState,
    /// The gate in front of the simulator, when the harness is gated.
    pub gate: Option<Gate>,
}

/// What a harness is built with.
pub struct HarnessConfig {
    /// Step ids to install the real component as.
    pub steps: Vec<&'static str>,
    /// Service options (the step configuration is pointed at the simulator).
    pub options: ServiceOptions,
    /// Policy tweak (the simulator's origin is allowed).
    pub policy: fn(&mut Policy),
    /// `usr_slow`'s delay.
    pub slow_delay: Duration,
    /// Largest plugin file.
    pub max_file_size: u64,
    /// Scan interval when served.
    pub poll_interval: Duration,
    /// Steps call the simulator through a [`Gate`] (held users wait there until opened).
    pub gated: bool,
}

impl Default for HarnessConfig {
    fn default() -> Self {
        Self {
            steps: vec![STEP],
            options: ServiceOptions::default(),
            policy: |_| {},
            slow_delay: Duration::from_secs(5),
            max_file_size: step_host::registry::DEFAULT_MAX_FILE_SIZE,
            poll_interval: Duration::from_millis(50),
            gated: false,
        }
    }
}

impl HarnessConfig {
    /// The default set-up with the service requiring `token` (as `--token-file` would).
    pub fn with_token(token: &str) -> Self {
        Self {
            options: ServiceOptions {
                token: Some(step_service::Token::new(token).unwrap()),
                ..ServiceOptions::default()
            },
            ..Self::default()
        }
    }
}

impl Harness {
    /// Installs the steps and builds the state; nothing is loaded until [`Harness::scan`]
    /// (or [`serve`]).
    pub async fn new(config: HarnessConfig) -> Self {
        let plugins = tempfile::tempdir().unwrap();
        let secrets = tempfile::tempdir().unwrap();
        for id in &config.steps {
            install(plugins.path(), id, &step_test_support::plugin_path());
        }
        let sim = sim(config.slow_delay).await;
        let gate = match config.gated {
            true => Some(Gate::start(sim.url()).await),
            false => None,
        };
        let upstream = gate.as_ref().map_or_else(|| sim.url(), |g| g.url.clone());
        let mut policy = step_test_support::policy_for(&sim);
        let origin = step_host::policy::Origin::parse(&upstream).unwrap();
        policy.allow.push(origin.clone());
        policy.credentials_for.push(origin);
        (config.policy)(&mut policy);
        let setup = ServiceSetup {
            policy,
            from_env: false,
            secrets_dir: Some(secrets.path().to_path_buf()),
            fallback: TEST_KEYS
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
        };
        let registry = Registry::new(
            RegistryOptions {
                dir: plugins.path().to_path_buf(),
                max_file_size: config.max_file_size,
                poll_interval: config.poll_interval,
                load: LoadOptions {
                    cache_dir: Some(cache_dir()),
                    max_concurrency: config.options.step_concurrency,
                },
            },
            Arc::new(setup),
        );
        let options = ServiceOptions {
            step_config: step_host::StepConfig {
                base_url: Some(upstream),
                ..step_test_support::config_for(&sim)
            },
            ..config.options
        };
        let state = AppState::new(registry, options);
        Self {
            plugins,
            secrets,
            sim,
            state,
            gate,
        }
    }

    /// One scan of the plugins folder.
    pub async fn scan(&self) {
        self.state.registry().scan().await;
    }

    /// Calls the router in-process.
    pub async fn call(&self, request: Request<Body>) -> Reply {
        let response = app(self.state.clone())
            .oneshot(request)
            .await
            .expect("the router is infallible");
        Reply::read(response).await
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Reply {
        self.call(request(Method::GET, path, Body::empty(), &[]))
            .await
    }

    /// `POST path` with a JSON text body.
    pub async fn post(&self, path: &str, body: &str) -> Reply {
        self.call(request(
            Method::POST,
            path,
            Body::from(body.to_owned()),
            &[],
        ))
        .await
    }
}

/// The port in-process requests come in on (the router is called without a socket).
pub const IN_PROCESS_PORT: u16 = 8787;

/// A request with headers, as a well-behaved client sends it in-process: unless given,
/// addressed to `127.0.0.1:IN_PROCESS_PORT`, and JSON when it is not a `GET`/`HEAD`.
pub fn request(method: Method, path: &str, body: Body, headers: &[(&str, &str)]) -> Request<Body> {
    let given = |name: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
    let mut builder = Request::builder().method(method.clone()).uri(path);
    if !given("host") {
        builder = builder.header("host", format!("127.0.0.1:{IN_PROCESS_PORT}"));
    }
    if method != Method::GET && method != Method::HEAD && !given("content-type") {
        builder = builder.header("content-type", "application/json");
    }
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder
        .extension(ListenPort(IN_PROCESS_PORT))
        .body(body)
        .expect("a valid request")
}

/// A response read to its end.
#[derive(Debug)]
pub struct Reply {
    /// Status.
    pub status: StatusCode,
    /// Headers.
    pub headers: HeaderMap,
    /// Body text.
    pub text: String,
}

impl Reply {
    /// Reads a response.
    pub async fn read(response: axum::response::Response) -> Self {
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.expect("the body reads").to_bytes();
        Self {
            status: parts.status,
            headers: parts.headers,
            text: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
        }
    }

    /// The body as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", self.status, self.text))
    }

    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts the service envelope: status, `kind: service`, the code, JSON type.
    #[track_caller]
    pub fn assert_service_error(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        assert_eq!(self.header("content-type"), Some("application/json"));
        let body = self.json();
        assert_eq!(body["ok"], false, "{body}");
        assert_eq!(body["error"]["kind"], "service", "{body}");
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
        assert!(body["error"]["retryable"].is_boolean());
    }
}

/// A served harness: its base URL, the shutdown trigger and the serve task.
pub struct Served {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Send to start the graceful shutdown.
    pub shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    /// The `serve` task; ends when the service stopped.
    pub task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Served {
    /// Triggers the shutdown signal.
    pub fn signal(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Serves the harness's state on `bind` (e.g. `127.0.0.1:0`) with `step_service::serve`.
pub async fn serve(harness: &Harness, bind: &str) -> Served {
    let listener = tokio::net::TcpListener::bind(bind).await.expect("bind");
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(step_service::serve(
        listener,
        harness.state.clone(),
        async {
            let _ = rx.await;
        },
    ));
    Served {
        url: format!("http://127.0.0.1:{port}"),
        shutdown: Some(tx),
        task,
    }
}

/// A keep-alive HTTP/1 client.
pub type Client = hyper_util::client::legacy::Client<
    hyper_util::client::legacy::connect::HttpConnector,
    http_body_util::Full<bytes::Bytes>,
>;

/// A new client.
pub fn client() -> Client {
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build_http()
}

/// One request over the network (JSON when it is not a `GET`/`HEAD` and no content type
/// is given); `Err` is a connection-level failure.
pub async fn http(
    client: &Client,
    method: Method,
    url: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> Result<Reply, String> {
    let given = |name: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
    let mut builder = Request::builder().method(method.clone()).uri(url);
    if method != Method::GET && method != Method::HEAD && !given("content-type") {
        builder = builder.header("content-type", "application/json");
    }
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let request = builder
        .body(http_body_util::Full::new(bytes::Bytes::from(
            body.to_owned(),
        )))
        .expect("a valid request");
    let response = client
        .request(request)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let (parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map_err(|e| format!("{e:?}"))?
        .to_bytes();
    Ok(Reply {
        status: parts.status,
        headers: parts.headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    })
}

/// Polls `condition` every 20 ms until it holds; panics with `what` after 60 s (a bound
/// for a stuck test, not a timing assertion).
pub async fn wait_until<F, Fut>(what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !condition().await {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// One sample of a Prometheus text exposition.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    /// Metric name (with `_bucket`/`_sum`/`_count` suffixes for histograms).
    pub name: String,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Value.
    pub value: f64,
}

/// Parses the Prometheus text format strictly: every line is blank, a `# HELP`, a
/// `# TYPE` (before its samples, a known type) or a well-formed sample of a declared
/// metric; label values unescaped. Panics on anything else.
pub fn parse_prometheus(text: &str) -> Vec<Sample> {
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut samples = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |why: &str| -> ! { panic!("line {}: {why}: {line:?}", n + 1) };
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, _) = rest
                .split_once(' ')
                .unwrap_or_else(|| at("HELP without text"));
            if !valid_name(name) {
                at("bad metric name");
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest
                .split_once(' ')
                .unwrap_or_else(|| at("TYPE without type"));
            if !valid_name(name)
                || !["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind)
            {
                at("bad TYPE");
            }
            if types.insert(name.to_owned(), kind.to_owned()).is_some() {
                at("TYPE declared twice");
            }
            continue;
        }
        if line.starts_with('#') {
            at("unknown comment");
        }
        let (name_and_labels, value) = match line.find('{') {
            Some(_) => {
                let close = line.rfind('}').unwrap_or_else(|| at("unclosed labels"));
                (&line[..=close], line[close + 1..].trim())
            }
            None => {
                let (name, value) = line.split_once(' ').unwrap_or_else(|| at("no value"));
                (name, value.trim())
            }
        };
        let (name, labels) = match name_and_labels.split_once('{') {
            Some((name, labels)) => (
                name,
                parse_labels(labels.trim_end_matches('}')).unwrap_or_else(|why| at(&why)),
            ),
            None => (name_and_labels, BTreeMap::new()),
        };
        if !valid_name(name) {
            at("bad metric name");
        }
        let value_text = value.split(' ').next().unwrap_or_default();
        let value: f64 = match value_text {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            "NaN" => f64::NAN,
            other => other.parse().unwrap_or_else(|_| at("bad value")),
        };
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| {
                name.strip_suffix(suffix).filter(|base| {
                    types
                        .get(*base)
                        .is_some_and(|t| t == "histogram" || t == "summary")
                })
            })
            .unwrap_or(name);
        if !types.contains_key(family) {
            at("sample before its TYPE");
        }
        samples.push(Sample {
            name: name.to_owned(),
            labels,
            value,
        });
    }
    samples
}

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

fn parse_labels(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut labels = BTreeMap::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (name, after) = rest.split_once("=\"").ok_or("label without =\"")?;
        if !valid_name(name) {
            return Err(format!("bad label name {name:?}"));
        }
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next() {
                Some((_, '\\')) => match chars.next() {
                    Some((_, 'n')) => value.push('\n'),
                    Some((_, c @ ('\\' | '"'))) => value.push(c),
                    _ => return Err("bad escape".into()),
                },
                Some((i, '"')) => break i,
                Some((_, c)) => value.push(c),
                None => return Err("unterminated label value".into()),
            }
        };
        if labels.insert(name.to_owned(), value).is_some() {
            return Err(format!("label {name} twice"));
        }
        rest = &after[end + 1..];
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
    Ok(labels)
}

/// The value of the sample `name` whose labels include `labels`, summed over matches.
pub fn metric(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| s.name == name)
        .filter(|s| {
            labels
                .iter()
                .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
        .sum()
}

/// A request written by hand on its own connection, for what a client library will not
/// send (foreign `Host`, a body that arrives slowly, a connection dropped mid-call).
pub struct RawCall {
    /// The connection.
    pub stream: tokio::net::TcpStream,
}

impl RawCall {
    /// Connects to `url` (`http://ADDR`) and writes `head` (request line and header lines,
    /// without the blank line) plus `Content-Length: body_len`, then `sent` body bytes.
    pub async fn start(url: &str, head: &str, body_len: usize, sent: &[u8]) -> Self {
        use tokio::io::AsyncWriteExt as _;
        let mut stream = tokio::net::TcpStream::connect(url.trim_start_matches("http://"))
            .await
            .expect("connect");
        let head = format!("{head}\r\ncontent-length: {body_len}\r\nconnection: close\r\n\r\n");
        stream
            .write_all(head.as_bytes())
            .await
            .expect("write the head");
        stream.write_all(sent).await.expect("write the body");
        Self { stream }
    }

    /// Writes more of the body.
    pub async fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        use tokio::io::AsyncWriteExt as _;
        self.stream.write_all(bytes).await
    }

    /// Reads the answer to its end, for at most `within`: `None` if none came by then.
    pub async fn answer(mut self, within: Duration) -> Option<RawReply> {
        use tokio::io::AsyncReadExt as _;
        let mut raw = Vec::new();
        tokio::time::timeout(within, self.stream.read_to_end(&mut raw))
            .await
            .ok()?
            .ok()?;
        (!raw.is_empty()).then(|| RawReply::parse(&raw))
    }
}

/// An answer read off a raw connection.
#[derive(Debug)]
pub struct RawReply {
    /// Status code.
    pub status: u16,
    /// Header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Body text.
    pub body: String,
}

impl RawReply {
    fn parse(raw: &[u8]) -> Self {
        let text = String::from_utf8_lossy(raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("not an HTTP answer: {text:?}"));
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        Self {
            status,
            headers,
            body: body.to_owned(),
        }
    }

    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The harness served on `127.0.0.1:0` once its first scan is done, and a client.
pub async fn served_ready(harness: &Harness) -> (Served, Client) {
    let served = serve(harness, "127.0.0.1:0").await;
    let client = client();
    let url = served.url.clone();
    wait_until("ready", || async {
        http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
            .await
            .is_ok_and(|r| r.status == 200)
    })
    .await;
    (served, client)
}

/// The port of a served harness's URL.
pub fn port_of(url: &str) -> u16 {
    url.rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("a port")
}

/// What a held call's `user_id` starts with: the [`Gate`] holds such calls until opened.
pub const HELD_USER_PREFIX: &str = "usr_held_";

/// An upstream in front of the simulator: a request whose body names a held user
/// ([`HELD_USER_PREFIX`]) waits here until [`Gate::open`], any other passes at once. A
/// call held here is running (it holds its service slots), deterministically, for as long
/// as a test needs.
pub struct Gate {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    inner: Arc<GateInner>,
    task: tokio::task::JoinHandle<()>,
}

struct GateInner {
    upstream: String,
    open: tokio::sync::watch::Sender<bool>,
    arrived: std::sync::atomic::AtomicUsize,
    client: Client,
}

impl Gate {
    /// A gate forwarding to `upstream` (`http://ADDR`), closed.
    pub async fn start(upstream: String) -> Self {
        let inner = Arc::new(GateInner {
            upstream,
            open: tokio::sync::watch::channel(false).0,
            arrived: Default::default(),
            client: client(),
        });
        let router = axum::Router::new()
            .fallback(gate_pass)
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Self { url, inner, task }
    }

    /// Held requests that arrived so far.
    pub fn arrived(&self) -> usize {
        self.inner.arrived.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Lets every held request (and every later one) through.
    pub fn open(&self) {
        self.inner.open.send_replace(true);
    }

    /// [`Gate::open`] for another task.
    pub fn opener(&self) -> impl FnOnce() + Send + 'static {
        let inner = self.inner.clone();
        move || {
            inner.open.send_replace(true);
        }
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn gate_pass(
    axum::extract::State(gate): axum::extract::State<Arc<GateInner>>,
    request: Request<Body>,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.expect("the body reads").to_bytes();
    if body
        .windows(HELD_USER_PREFIX.len())
        .any(|w| w == HELD_USER_PREFIX.as_bytes())
    {
        gate.arrived
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut open = gate.open.subscribe();
        let _ = open.wait_for(|open| *open).await;
    }
    let target = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut forward = Request::builder()
        .method(parts.method)
        .uri(format!("{}{target}", gate.upstream));
    for (name, value) in parts.headers.iter().filter(|(n, _)| *n != "host") {
        forward = forward.header(name, value);
    }
    let forward = forward
        .body(http_body_util::Full::new(body))
        .expect("a valid request");
    let response = gate
        .client
        .request(forward)
        .await
        .expect("the simulator answers");
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.expect("the body reads").to_bytes();
    axum::response::Response::from_parts(parts, Body::from(bytes))
}
