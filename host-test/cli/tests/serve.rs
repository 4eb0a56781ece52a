//! `host-test serve` as a process: the token rules at start, a step run over HTTP with
//! JSON logs that carry the request id and no credential, SIGTERM ending it with exit 0,
//! per-step secrets files, and two replicas behind a round-robin client under load with
//! one replica terminated mid-run: no step lost, each result counted once.

use std::collections::HashMap;
use std::io::{BufRead as _, BufReader, Read as _};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use plaid_sim::{SimConfig, Simulator, TEST_CLIENT_ID, TEST_SECRET};
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_host-test");
const GOOD: &str = include_str!("../../../examples/inputs/good.json");

/// A `host-test serve` process; killed if still running when dropped.
struct Replica {
    child: Child,
    url: String,
    stderr: Arc<Mutex<String>>,
}

impl Replica {
    /// Starts `host-test serve ARGS` with only `env` as credentials and waits for its
    /// listening line.
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut command = Command::new(BIN);
        command
            .arg("serve")
            .args(args)
            .env_remove("PLAID_CLIENT_ID")
            .env_remove("PLAID_SECRET")
            .env_remove("STEP_SERVICE_TOKEN")
            .env_remove("HOST_TEST_PLUGIN")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("host-test starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            sink.lock().unwrap().push_str(&text);
        });
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).expect("the listening line");
        let started: Value = serde_json::from_str(&line).unwrap_or_else(|e| {
            let _ = child.kill();
            std::thread::sleep(Duration::from_millis(200));
            panic!(
                "not the listening line ({e}): {line:?}; stderr: {}",
                stderr.lock().unwrap()
            )
        });
        let url = started["listening"].as_str().unwrap().to_owned();
        assert!(started["plugins"].is_string(), "{started}");
        // Keep reading stdout so the final line never blocks the process.
        let rest = Arc::new(Mutex::new(String::new()));
        let sink = rest.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text);
            sink.lock().unwrap().push_str(&text);
        });
        Self { child, url, stderr }
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the exit (bounded, for a stuck process) and returns its code.
    fn wait(&mut self) -> Option<i32> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the process did not exit; stderr: {}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

type HttpClient = Client<HttpConnector, Full<Bytes>>;

fn client() -> HttpClient {
    Client::builder(TokioExecutor::new()).build_http()
}

/// (status, body); `Err` on a connection-level failure.
async fn call(
    client: &HttpClient,
    method: &str,
    url: &str,
    body: &str,
) -> Result<(u16, Value), String> {
    let request = http::Request::builder()
        .method(method)
        .uri(url)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_owned())))
        .unwrap();
    let response = client
        .request(request)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let status = response.status().as_u16();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("{e:?}"))?
        .to_bytes();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Ok((status, value))
}

async fn wait_ready(client: &HttpClient, url: &str) {
    let started = Instant::now();
    while !matches!(
        call(client, "GET", &format!("{url}/readyz"), "").await,
        Ok((200, _))
    ) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{url} never got ready"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn plugins_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        step_test_support::plugin_path(),
        dir.path().join("plaid_partner_insights.wasm"),
    )
    .unwrap();
    dir
}

fn path(dir: &Path) -> &str {
    dir.to_str().unwrap()
}

#[test]
fn serve_refuses_to_start_off_loopback_without_a_good_token() {
    let plugins = plugins_dir();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = Command::new(BIN);
        command
            .arg("serve")
            .args(args)
            .env_remove("STEP_SERVICE_TOKEN");
        for (k, v) in env {
            command.env(k, v);
        }
        command.output().unwrap()
    };
    let plugins = path(plugins.path());
    let out = run(&["--plugins", plugins, "--listen", "0.0.0.0:0"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a loopback address"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty(), "nothing served, nothing printed");

    let out = run(
        &["--plugins", plugins, "--listen", "0.0.0.0:0"],
        &[("STEP_SERVICE_TOKEN", "short")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 16 characters"));

    let out = run(
        &["--listen", "127.0.0.1:0", "--plugins", "/no/such/dir"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_a_step_logs_json_and_exits_0_on_sigterm() {
    let plugins = plugins_dir();
    let token_file = plugins.path().join("token.txt");
    std::fs::write(&token_file, "serve-cli-token-0123456789\n").unwrap();
    // The embedded simulator accepts the environment's credentials.
    let env_id = "env-client-id-424242";
    let env_secret = "env-secret-value-434343";
    let mut replica = Replica::start(
        &[
            "--plugins",
            path(plugins.path()),
            "--listen",
            "0.0.0.0:0",
            "--token-file",
            token_file.to_str().unwrap(),
            "--log-format",
            "json",
        ],
        &[("PLAID_CLIENT_ID", env_id), ("PLAID_SECRET", env_secret)],
    );
    let url = replica.url.replace("0.0.0.0", "127.0.0.1");
    let client = client();
    wait_ready(&client, &url).await;
    let execute = format!("{url}/v1/steps/plaid_partner_insights/execute");
    let (status, body) = call(&client, "POST", &execute, GOOD).await.unwrap();
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"]["code"], "UNAUTHORIZED");

    let request = http::Request::post(&execute)
        .header("authorization", "Bearer serve-cli-token-0123456789")
        .header("content-type", "application/json")
        .header("x-request-id", "cli-test-request-1")
        .body(Full::new(Bytes::from(GOOD)))
        .unwrap();
    let response = client.request(request).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["x-request-id"], "cli-test-request-1");
    let body: Value =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(body["ok"], true);
    assert!(body["outputs"]["report"].is_object());

    replica.terminate();
    assert_eq!(replica.wait(), Some(0));
    let stderr = replica.stderr();
    let lines: Vec<Value> = stderr
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let request_line = lines
        .iter()
        .find(|l| {
            l["message"] == "request"
                && l["route"] == "/v1/steps/{id}/execute"
                && l["status"] == 200
        })
        .unwrap_or_else(|| panic!("no access line: {stderr}"));
    assert_eq!(request_line["span"]["request_id"], "cli-test-request-1");
    assert_eq!(request_line["route"], "/v1/steps/{id}/execute");
    // Every line inside a request carries its id.
    for line in lines.iter().filter(|l| l.get("span").is_some()) {
        assert!(line["span"]["request_id"].is_string(), "{line}");
    }
    assert!(lines
        .iter()
        .any(|l| l["message"] == "shutdown signal: draining"));
    for secret in [env_id, env_secret, "serve-cli-token-0123456789"] {
        assert!(!stderr.contains(secret), "a secret in the logs: {stderr}");
        assert!(!body.to_string().contains(secret));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steps_secrets_file_wins_over_the_environment() {
    let sim = Simulator::start(
        0,
        SimConfig {
            client_id: "file-client-id-5151".into(),
            secret: "file-secret-value-5252".into(),
            ..SimConfig::default()
        },
    )
    .await
    .unwrap();
    let plugins = plugins_dir();
    std::fs::copy(
        step_test_support::plugin_path(),
        plugins.path().join("no_file.wasm"),
    )
    .unwrap();
    let secrets = tempfile::tempdir().unwrap();
    std::fs::write(
        secrets.path().join("plaid_partner_insights.json"),
        r#"{"PLAID_CLIENT_ID":"file-client-id-5151","PLAID_SECRET":"file-secret-value-5252"}"#,
    )
    .unwrap();
    let replica = Replica::start(
        &[
            "--plugins",
            path(plugins.path()),
            "--listen",
            "127.0.0.1:0",
            "--base-url",
            &sim.url(),
            "--allow",
            &sim.addr().to_string(),
            "--credentials-for",
            &sim.url(),
            "--secrets-dir",
            path(secrets.path()),
        ],
        &[
            ("PLAID_CLIENT_ID", "env-client-id-wrong"),
            ("PLAID_SECRET", "env-secret-value-wrong"),
        ],
    );
    let client = client();
    wait_ready(&client, &replica.url).await;
    let with_file = format!("{}/v1/steps/plaid_partner_insights/execute", replica.url);
    let (status, body) = call(&client, "POST", &with_file, GOOD).await.unwrap();
    assert_eq!(status, 200, "{body}");
    let without = format!("{}/v1/steps/no_file/execute", replica.url);
    let (status, body) = call(&client, "POST", &without, GOOD).await.unwrap();
    assert_eq!(status, 502, "the environment's keys are wrong: {body}");
    assert_eq!(body["error"]["kind"], "auth");
    for secret in [
        "file-secret-value-5252",
        "env-secret-value-wrong",
        "file-client-id-5151",
    ] {
        assert!(!body.to_string().contains(secret));
        assert!(!replica.stderr().contains(secret));
    }
}

const STEPS: usize = 1000;
const CONCURRENCY: usize = 32;
const TERMINATE_AFTER: usize = 300;

/// What the round-robin client saw.
#[derive(Default)]
struct Tally {
    /// Successful results per step index.
    results: HashMap<usize, usize>,
    /// Sim request ids of the results (one per upstream call that produced a result).
    request_ids: Vec<String>,
    /// Successes per replica.
    by_replica: [usize; 2],
    /// Retries after a connection error / after 503 DRAINING.
    connection_retries: usize,
    draining_retries: usize,
    /// Anything else: a failure of the test.
    unexpected: Vec<String>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_lose_no_step_when_one_is_terminated_mid_run() {
    let sim = Simulator::start(
        0,
        SimConfig {
            rate_limit_per_minute: usize::MAX,
            ..SimConfig::default()
        },
    )
    .await
    .unwrap();
    let plugins = plugins_dir();
    let cache = tempfile::tempdir().unwrap();
    let start = || {
        Replica::start(
            &[
                "--plugins",
                path(plugins.path()),
                "--listen",
                "127.0.0.1:0",
                "--base-url",
                &sim.url(),
                "--allow",
                &sim.addr().to_string(),
                "--credentials-for",
                &sim.url(),
                "--cache-dir",
                path(cache.path()),
                "--shutdown-timeout-ms",
                "30000",
            ],
            &[
                ("PLAID_CLIENT_ID", TEST_CLIENT_ID),
                ("PLAID_SECRET", TEST_SECRET),
            ],
        )
    };
    let mut replicas = [start(), start()];
    let urls = [replicas[0].url.clone(), replicas[1].url.clone()];
    let client = client();
    for url in &urls {
        wait_ready(&client, url).await;
    }

    let tally = Arc::new(Mutex::new(Tally::default()));
    let next = Arc::new(AtomicUsize::new(0));
    let rotation = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (tally, next, rotation, done, client, urls) = (
                tally.clone(),
                next.clone(),
                rotation.clone(),
                done.clone(),
                client.clone(),
                urls.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let step = next.fetch_add(1, Ordering::SeqCst);
                    if step >= STEPS {
                        return;
                    }
                    let input = json!({
                        "user_id": format!("usr_replica_{step}"),
                        "partner_insights": { "prism_versions": { "cashscore": "4" } },
                    })
                    .to_string();
                    let mut replica = rotation.fetch_add(1, Ordering::SeqCst) % 2;
                    for attempt in 0.. {
                        assert!(attempt < 20, "step {step} kept failing");
                        let url =
                            format!("{}/v1/steps/plaid_partner_insights/execute", urls[replica]);
                        let outcome = call(&client, "POST", &url, &input).await;
                        let mut tally = tally.lock().unwrap();
                        match outcome {
                            Ok((200, body)) => {
                                *tally.results.entry(step).or_default() += 1;
                                tally.by_replica[replica] += 1;
                                let id = body["outputs"]["request_id"].as_str().unwrap_or_default();
                                tally.request_ids.push(id.to_owned());
                                break;
                            }
                            Ok((503, body)) if body["error"]["code"] == "DRAINING" => {
                                tally.draining_retries += 1;
                            }
                            Err(_) => tally.connection_retries += 1,
                            Ok((status, body)) => {
                                tally
                                    .unexpected
                                    .push(format!("step {step}: {status} {body}"));
                                break;
                            }
                        }
                        // The other replica; a connection error or DRAINING means this
                        // one did not run the step.
                        replica = 1 - replica;
                    }
                    done.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();

    while done.load(Ordering::SeqCst) < TERMINATE_AFTER {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    replicas[0].terminate();
    let done_at_signal = done.load(Ordering::SeqCst);
    for worker in workers {
        worker.await.unwrap();
    }
    let code = tokio::task::spawn_blocking(move || {
        let code = replicas[0].wait();
        (code, replicas)
    })
    .await
    .unwrap();
    let (exit_code, replicas) = code;
    assert_eq!(exit_code, Some(0), "stderr: {}", replicas[0].stderr());

    let tally = std::mem::take(&mut *tally.lock().unwrap());
    eprintln!(
        "{STEPS} steps at concurrency {CONCURRENCY}: replica 0 {} / replica 1 {}, terminated after {done_at_signal}, {} connection-error retries, {} DRAINING retries",
        tally.by_replica[0], tally.by_replica[1], tally.connection_retries, tally.draining_retries
    );
    assert!(tally.unexpected.is_empty(), "{:?}", tally.unexpected);
    assert!(done_at_signal < STEPS, "terminated mid-run");
    // 0 steps lost, each result counted once.
    assert_eq!(tally.results.len(), STEPS);
    assert!(tally.results.values().all(|n| *n == 1));
    let mut ids = tally.request_ids.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        STEPS,
        "every result comes from its own upstream call"
    );
    assert!(tally.by_replica[0] > 0 && tally.by_replica[1] > 0);
    // Only a retry after a connection error could have reached the simulator twice.
    let upstream = sim.seen().len();
    assert!(
        (STEPS..=STEPS + tally.connection_retries).contains(&upstream),
        "simulator saw {upstream}"
    );
    // The survivor is still ready.
    wait_ready(&client, &urls[1]).await;
}

/// The #12 secret-scan matrix, for `serve`: at `-vvv`, with environment credentials and a
/// step's secrets file, good runs, step errors, a server echoing the credentials into an
/// error page cut at several places, validate and prepare with inline credentials, and
/// shutdown: no credential, and no 6-character piece of one, in any answer or log line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_piece_of_any_credential_appears_in_any_output_of_serve() {
    const ENV_ID: &str = "Gq7Lm2Vx9Rt4Kp8Zc3Wn6Yb1Hd5Fj0";
    const ENV_SECRET: &str = "Tz4Qe8Nc1Ux6Ma3Lr9Ds7Kv2Wh5Bp0Jy";
    const INLINE_SECRET: &str = "Xo3Vb8Rl1Qm6Ht9Ge4Pz7Cn2Wk5Sd0Fa";
    const TOKEN: &str = "serve-scan-token-Ry6Tw3Qe9Lp2";
    let plugins = plugins_dir();
    let token_file = plugins.path().join("token.txt");
    std::fs::write(&token_file, TOKEN).unwrap();
    let mut replica = Replica::start(
        &[
            "--plugins",
            path(plugins.path()),
            "--listen",
            "127.0.0.1:0",
            "--token-file",
            token_file.to_str().unwrap(),
            "-vvv",
        ],
        &[("PLAID_CLIENT_ID", ENV_ID), ("PLAID_SECRET", ENV_SECRET)],
    );
    let client = client();
    wait_ready(&client, &replica.url).await;
    let step = format!("{}/v1/steps/plaid_partner_insights", replica.url);
    let mut bodies = Vec::new();
    let send = |path: String, body: String| {
        let client = client.clone();
        async move {
            let request = http::Request::post(path)
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .unwrap();
            let response = client.request(request).await.unwrap();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let inline =
        json!({ "user_id": "usr_not_ready", "client_id": ENV_ID, "secret": INLINE_SECRET });
    bodies.push(send(format!("{step}/execute"), GOOD.to_owned()).await);
    bodies.push(
        send(
            format!("{step}/execute"),
            json!({ "user_id": "usr_not_ready" }).to_string(),
        )
        .await,
    );
    bodies.push(send(format!("{step}/execute"), inline.to_string()).await);
    bodies.push(send(format!("{step}/validate"), inline.to_string()).await);
    bodies.push(send(format!("{step}/prepare"), inline.to_string()).await);
    for pad in [300, 420, 455, 470, 480] {
        let user = format!("{}{pad}", plaid_sim::ECHO_USER_PREFIX);
        bodies.push(
            send(
                format!("{step}/execute"),
                json!({ "user_id": user }).to_string(),
            )
            .await,
        );
    }
    assert!(bodies[0].contains("\"ok\":true"), "{}", bodies[0]);
    replica.terminate();
    assert_eq!(replica.wait(), Some(0));
    let stderr = replica.stderr();
    assert!(
        stderr.contains("TRACE") || stderr.contains("DEBUG"),
        "-vvv logs"
    );
    let texts: Vec<&str> = bodies
        .iter()
        .map(String::as_str)
        .chain([stderr.as_str()])
        .collect();
    for secret in [ENV_ID, ENV_SECRET, INLINE_SECRET, TOKEN] {
        for piece in secret.as_bytes().windows(6) {
            let piece = std::str::from_utf8(piece).unwrap();
            for text in &texts {
                assert!(
                    !text.contains(piece),
                    "a piece {piece:?} of a credential in: {text}"
                );
            }
        }
    }
}

/// (status, headers, body) of one call with exactly these extra headers.
async fn call_with(
    client: &HttpClient,
    method: &str,
    url: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> (u16, http::HeaderMap, Value) {
    let mut request = http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_owned())))
        .unwrap();
    let response = client.request(request).await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, value)
}

/// The Deployment's container `args` (one inline JSON-style list in the YAML).
fn deployment_args(yaml: &str) -> Vec<String> {
    let line = yaml
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("args:"))
        .expect("the Deployment has args");
    serde_json::from_str(line.trim_start_matches("args:").trim()).expect("args is an inline list")
}

/// F9 with the Kubernetes example: the Deployment names its Service with `--allow-host`;
/// kubelet's probes (the pod IP as `Host`) pass; in-cluster callers using the Service's
/// name on port 80 and 8787 pass; the pod IP on the API is refused, naming the flag.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kubernetes_example_passes_its_probes_and_its_service_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/kubernetes");
    let deployment = std::fs::read_to_string(root.join("deployment.yaml")).unwrap();
    let service = std::fs::read_to_string(root.join("service.yaml")).unwrap();
    let service_name = service
        .lines()
        .find_map(|l| l.trim().strip_prefix("name: "))
        .expect("the Service's name")
        .to_owned();
    let args = deployment_args(&deployment);
    let allowed: Vec<&str> = args
        .windows(2)
        .filter(|w| w[0] == "--allow-host")
        .map(|w| w[1].as_str())
        .collect();
    assert!(
        allowed.contains(&service_name.as_str()),
        "args {args:?} allow {service_name}"
    );
    let probes: Vec<&str> = deployment
        .lines()
        .filter_map(|l| l.trim().strip_prefix("path: "))
        .filter(|p| p.starts_with('/'))
        .collect();
    assert_eq!(probes, ["/readyz", "/healthz"]);

    let plugins = plugins_dir();
    let token_file = plugins.path().join("token");
    std::fs::write(&token_file, "k8s-example-token-0123456789\n").unwrap();
    let mut flags = vec!["--plugins", path(plugins.path()), "--listen", "0.0.0.0:0"];
    flags.extend(["--token-file", token_file.to_str().unwrap()]);
    for host in &allowed {
        flags.extend(["--allow-host", host]);
    }
    let replica = Replica::start(&flags, &[]);
    let url = replica.url.replace("0.0.0.0", "127.0.0.1");
    let port = url.rsplit(':').next().unwrap().to_owned();
    let client = client();
    wait_ready(&client, &url).await;
    let pod_ip = format!("10.1.2.3:{port}");
    for probe in probes {
        let (status, _, body) = call_with(
            &client,
            "GET",
            &format!("{url}{probe}"),
            "",
            &[("host", &pod_ip)],
        )
        .await;
        assert_eq!(status, 200, "{probe}: {body}");
    }
    let bearer = "Bearer k8s-example-token-0123456789";
    let execute = format!("{url}/v1/steps/plaid_partner_insights/execute");
    for host in [service_name.clone(), format!("{service_name}:8787")] {
        let headers = [
            ("host", host.as_str()),
            ("authorization", bearer),
            ("content-type", "application/json"),
        ];
        let (status, _, body) = call_with(&client, "POST", &execute, GOOD, &headers).await;
        assert_eq!(status, 200, "Host {host}: {body}");
        assert_eq!(body["ok"], true);
    }
    let headers = [("host", pod_ip.as_str()), ("authorization", bearer)];
    let (status, response_headers, body) =
        call_with(&client, "GET", &format!("{url}/v1/steps"), "", &headers).await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"]["code"], "HOST_NOT_ALLOWED");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--allow-host"),
        "{body}"
    );
    assert!(response_headers.contains_key("x-request-id"));
}

/// F9 behind a TLS proxy: its public name, given with `--allow-host`, passes with the
/// proxy's `https` origin; any other name is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configured_public_host_passes_and_no_other_name_does() {
    let plugins = plugins_dir();
    let replica = Replica::start(
        &[
            "--plugins",
            path(plugins.path()),
            "--listen",
            "127.0.0.1:0",
            "--allow-host",
            "steps.example.com",
            "--allow-host",
            "steps.internal:9000",
        ],
        &[],
    );
    let client = client();
    wait_ready(&client, &replica.url).await;
    let execute = format!("{}/v1/steps/plaid_partner_insights/execute", replica.url);
    let json = ("content-type", "application/json");
    let passes = [
        ("STEPS.example.com", Some("https://steps.example.com")),
        ("steps.example.com:443", None),
        ("steps.internal:9000", Some("http://steps.internal:9000")),
    ];
    for (host, origin) in passes {
        let mut headers = vec![("host", host), json];
        headers.extend(origin.map(|o| ("origin", o)));
        let (status, _, body) = call_with(&client, "POST", &execute, GOOD, &headers).await;
        assert_eq!(status, 200, "Host {host}: {body}");
    }
    let refused = [
        ("steps.example.com.evil.example", None),
        ("steps.internal:9001", None),
        ("steps.example.com", Some("https://evil.example")),
    ];
    for (host, origin) in refused {
        let mut headers = vec![("host", host), json];
        headers.extend(origin.map(|o| ("origin", o)));
        let (status, _, body) = call_with(&client, "POST", &execute, GOOD, &headers).await;
        assert_eq!(status, 403, "Host {host}, Origin {origin:?}: {body}");
    }
}

#[test]
fn serve_refuses_an_allow_host_that_is_no_host_name() {
    let plugins = plugins_dir();
    for bad in [
        "bad host",
        "",
        "http://steps.example.com",
        "*.example.com",
        "name:port",
    ] {
        let out = Command::new(BIN)
            .args([
                "serve",
                "--plugins",
                path(plugins.path()),
                "--listen",
                "127.0.0.1:0",
            ])
            .args(["--allow-host", bad])
            .env_remove("STEP_SERVICE_TOKEN")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--allow-host"), "{bad:?}: {stderr}");
        assert!(stderr.contains("is not a host name"), "{bad:?}: {stderr}");
        assert!(out.stdout.is_empty(), "nothing served");
    }
}

/// F10: in text logs a request id cannot forge the fields of the access line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_id_cannot_forge_a_text_log_line() {
    let plugins = plugins_dir();
    let mut replica = Replica::start(
        &[
            "--plugins",
            path(plugins.path()),
            "--listen",
            "127.0.0.1:0",
            "--log-format",
            "text",
        ],
        &[],
    );
    let client = client();
    wait_ready(&client, &replica.url).await;
    let forged = "x method=GET path=/admin}: request method=GET route=/admin status=200";
    let (status, headers, _) = call_with(
        &client,
        "GET",
        &format!("{}/v1/steps", replica.url),
        "",
        &[("x-request-id", forged)],
    )
    .await;
    assert_eq!(status, 200);
    assert_ne!(headers["x-request-id"], forged);
    replica.terminate();
    assert_eq!(replica.wait(), Some(0));
    let stderr = replica.stderr();
    assert!(stderr.contains("route=/v1/steps"), "{stderr}");
    assert!(!stderr.contains("/admin"), "a forged field: {stderr}");
}
