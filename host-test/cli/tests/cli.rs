//! The `host-test` command line as scripts use it: exit codes, JSON on stdout, one
//! clear line on stderr for setup problems, and never a credential anywhere.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_host-test");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");

fn host_test(args: &[&str]) -> Output {
    host_test_with(args, &[], None)
}

fn host_test_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("HOST_TEST_PLUGIN", step_test_support::plugin_path())
        .env("RUST_BACKTRACE", "1")
        .env_remove("PLAID_CLIENT_ID")
        .env_remove("PLAID_SECRET")
        .env_remove("PLAID_ENV")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("host-test starts");
    let writer = stdin.map(|text| {
        let mut pipe = child.stdin.take().unwrap();
        let text = text.to_owned();
        // The host may stop reading early (an input over the cap): a closed pipe is fine.
        std::thread::spawn(move || drop(pipe.write_all(text.as_bytes())))
    });
    drop(child.stdin.take());
    let output = child.wait_with_output().expect("host-test finishes");
    if let Some(writer) = writer {
        writer.join().unwrap();
    }
    output
}

fn example(name: &str) -> String {
    format!("{EXAMPLES}/inputs/{name}")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[track_caller]
fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn describe_prints_the_descriptor() {
    let out = host_test(&["describe"]);
    assert_exit(&out, 0);
    let d = stdout_json(&out);
    assert_eq!(
        d["endpoint"],
        json!("POST /cra/check_report/partner_insights/get")
    );
    assert_eq!(
        d["input_schema"]["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
    assert_eq!(d["defaults"]["retryLogic"], json!("EXPONENTIAL_BACKOFF"));
}

#[test]
fn step_picks_a_step_of_the_plugins_folder_by_id() {
    for (id, name) in [
        ("plaid_check_report_create", "plaid.cra.check_report.create"),
        ("plaid_webhook_verify", "plaid.webhook.verify"),
        (
            "plaid_partner_insights",
            "plaid.cra.check_report.partner_insights.get",
        ),
    ] {
        let output = host_test(&["--step", id, "describe"]);
        assert_exit(&output, 0);
        assert_eq!(stdout_json(&output)["name"], name);
    }
    let created = host_test_with(
        &["run", "-", "--step", "plaid_check_report_create"],
        &[],
        Some(
            r#"{"user_id":"usr_cli","webhook":"http://127.0.0.1:9/hook","days_requested":365,"consumer_report_permissible_purpose":"EXTENSION_OF_CREDIT"}"#,
        ),
    );
    assert_exit(&created, 0);
    assert_eq!(stdout_json(&created)["outputs"]["next"], "wait_for_webhook");
    // The step id is also the id export gives the step in the service.
    let export = host_test(&["--step", "plaid_webhook_verify", "export", "conductor"]);
    assert_exit(&export, 0);
    assert_eq!(
        stdout_json(&export)["tasks"][0]["inputParameters"]["http_request"]["uri"],
        json!("http://127.0.0.1:8787/v1/steps/plaid_webhook_verify/execute")
    );
    // The CLI has no step of its own: without --step or --plugin it lists the built ones.
    let unnamed = Command::new(BIN)
        .arg("describe")
        .env_remove("HOST_TEST_PLUGIN")
        .output()
        .unwrap();
    assert_exit(&unnamed, 2);
    let stderr = String::from_utf8_lossy(&unnamed.stderr);
    assert!(
        stderr.contains("no step chosen: pass --step ID (built: plaid_check_report_create, plaid_partner_insights, plaid_webhook_verify)"),
        "{stderr}"
    );
    for bad in ["../plaid_partner_insights", "no_such_step", ""] {
        let output = host_test(&["--step", bad, "describe"]);
        assert_exit(&output, 2);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.lines().count() == 1 && stderr.contains("--"),
            "{stderr}"
        );
    }
}

#[test]
fn validate_reports_valid_and_invalid_inputs() {
    let ok = host_test(&["validate", &example("good.json")]);
    assert_exit(&ok, 0);
    let v = stdout_json(&ok);
    assert_eq!(v["valid"], json!(true));
    assert_eq!(v["input"]["user_id"], json!("usr_9nSp2KuZ2x4JDw"));
    let bad = host_test(&["validate", &example("invalid.json")]);
    assert_exit(&bad, 1);
    let v = stdout_json(&bad);
    assert_eq!(v["valid"], json!(false));
    let errors = v["errors"].as_array().unwrap();
    let has = |path: &str, code: &str| {
        errors
            .iter()
            .any(|e| e["path"] == json!(path) && e["code"] == json!(code))
    };
    assert!(has("/partner_insight", "unknown_field"));
    assert!(has("/user_tier", "invalid_enum"));
    assert!(has(
        "/partner_insights/fico/lender_application_id",
        "required"
    ));
    assert!(has(
        "/partner_insights/fico/ultrafico_score_requests/0/base_fico_score/bureau",
        "invalid_enum"
    ));
    assert!(has(
        "/partner_insights/fico/ultrafico_score_requests/0/base_fico_score/score",
        "invalid_type"
    ));
    let stdin = host_test_with(&["validate", "-"], &[], Some("{\"user_token\": \"tok\"}"));
    assert_exit(&stdin, 0);
    let not_json = host_test_with(&["validate", "-"], &[], Some("{oops"));
    assert_exit(&not_json, 1);
    assert_eq!(
        stdout_json(&not_json)["errors"][0]["code"],
        json!("invalid_json")
    );
}

#[test]
fn prepare_shows_the_request_with_credentials_masked() {
    let out = host_test(&["prepare", &example("good.json"), "--env", "production"]);
    assert_exit(&out, 0);
    let p = stdout_json(&out);
    assert_eq!(p["method"], json!("POST"));
    assert_eq!(
        p["url"],
        json!("https://production.plaid.com/cra/check_report/partner_insights/get")
    );
    assert_eq!(p["headers"]["plaid-version"], json!("2020-09-14"));
    assert_eq!(p["body"]["user_id"], json!("usr_9nSp2KuZ2x4JDw"));
    let bad = host_test(&["prepare", &example("invalid.json")]);
    assert_exit(&bad, 1);
    assert_eq!(stdout_json(&bad)["error"]["kind"], json!("invalid_input"));
}

#[test]
fn the_request_time_config_setting_and_config_key_decide_what_is_sent() {
    let omitted = host_test(&[
        "prepare",
        &example("good.json"),
        "--set",
        "request_time_config=omit",
    ]);
    assert_exit(&omitted, 0);
    let body = &stdout_json(&omitted)["body"];
    assert_eq!(body, &json!({ "user_id": "usr_9nSp2KuZ2x4JDw" }));
    let refused = host_test(&[
        "run",
        &example("good.json"),
        "--set",
        "request_time_config=refuse",
    ]);
    assert_exit(&refused, 1);
    let error = &stdout_json(&refused)["error"];
    assert_eq!(
        (&error["kind"], &error["code"]),
        (
            &json!("invalid_input"),
            &json!("REQUEST_TIME_CONFIG_REFUSED")
        )
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.json");
    std::fs::write(
        &config,
        r#"{ "environment": "sandbox", "request_time_config": "omit" }"#,
    )
    .unwrap();
    let from_file = host_test(&[
        "prepare",
        &example("good.json"),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_exit(&from_file, 0);
    assert!(stdout_json(&from_file)["body"]
        .get("partner_insights")
        .is_none());
    let flag_wins = host_test(&[
        "prepare",
        &example("good.json"),
        "--config",
        config.to_str().unwrap(),
        "--set",
        "request_time_config=send",
    ]);
    assert!(stdout_json(&flag_wins)["body"]
        .get("partner_insights")
        .is_some());
    let shipped = format!("{EXAMPLES}/config/production-new-client.json");
    let production = host_test(&["prepare", &example("good.json"), "--config", &shipped]);
    assert_exit(&production, 0);
    let prepared = stdout_json(&production);
    assert!(prepared["url"]
        .as_str()
        .unwrap()
        .starts_with("https://production.plaid.com/"));
    assert_eq!(prepared["body"], json!({ "user_id": "usr_9nSp2KuZ2x4JDw" }));
    let sent = host_test(&["run", &example("sim-new-client.json")]);
    assert_exit(&sent, 1);
    assert_eq!(stdout_json(&sent)["error"]["code"], json!("INVALID_FIELD"));
    let omitted = host_test(&[
        "run",
        &example("sim-new-client.json"),
        "--set",
        "request_time_config=omit",
    ]);
    assert_exit(&omitted, 0);
    let bad = host_test(&[
        "prepare",
        &example("good.json"),
        "--set",
        "request_time_config=drop",
    ]);
    assert_exit(&bad, 2);
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("\"send\", \"omit\", \"refuse\""),
        "{stderr}"
    );
}

#[test]
fn settings_are_the_steps_own_a_step_without_one_never_gets_it() {
    // Create and verify declare only `environment`: Partner Insights' setting is refused
    // before anything runs, and so is an environment no step declares.
    let create_input = r#"{"user_id":"usr_cli","webhook":"http://127.0.0.1:9/hook","days_requested":365,"consumer_report_permissible_purpose":"EXTENSION_OF_CREDIT"}"#;
    for args in [["--set", "request_time_config=omit"], ["--env", "staging"]] {
        let mut all = vec!["--step", "plaid_check_report_create", "prepare", "-"];
        all.extend(args);
        let output = host_test_with(&all, &[], Some(create_input));
        assert_exit(&output, 2);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("no setting \"request_time_config\" (its settings: environment)")
                || stderr.contains("must be one of \"sandbox\", \"production\"; got \"staging\""),
            "{stderr}"
        );
    }
    let production = host_test_with(
        &[
            "--step",
            "plaid_check_report_create",
            "prepare",
            "-",
            "--env",
            "production",
        ],
        &[],
        Some(create_input),
    );
    assert_exit(&production, 0);
    assert!(stdout_json(&production)["url"]
        .as_str()
        .unwrap()
        .starts_with("https://production.plaid.com/cra/check_report/create"));
}

#[test]
fn run_uses_the_embedded_simulator_by_default() {
    let out = host_test(&["run", &example("good.json")]);
    assert_exit(&out, 0);
    let r = stdout_json(&out);
    assert_eq!(r["ok"], json!(true));
    assert_eq!(r["attempts"], json!(1));
    assert!(r["outputs"]["summary"]["cash_score"].is_i64());
    let e = host_test(&["run", &example("sim-not-ready.json"), "--retries", "1"]);
    assert_exit(&e, 1);
    let r = stdout_json(&e);
    assert_eq!(r["ok"], json!(false));
    for key in [
        "kind",
        "code",
        "message",
        "retryable",
        "http_status",
        "request_id",
        "suggested_action",
    ] {
        assert!(r["error"].get(key).is_some(), "error lacks {key}: {r}");
    }
    assert_eq!(r["error"]["kind"], json!("not_ready"));
    assert_eq!(r["error"]["attempts"], json!(2));
}

#[test]
fn a_base_url_is_denied_unless_allowed() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let out = host_test(&["run", &example("good.json"), "--base-url", &url]);
    assert_exit(&out, 1);
    assert_eq!(stdout_json(&out)["error"]["kind"], json!("denied"));
    let allowed = host_test(&[
        "run",
        &example("good.json"),
        "--base-url",
        &url,
        "--allow",
        &listener.local_addr().unwrap().to_string(),
        "--first-byte-timeout-ms",
        "300",
    ]);
    assert_exit(&allowed, 1);
    assert_eq!(
        stdout_json(&allowed)["error"]["kind"],
        json!("timeout"),
        "allowed: the call reached the silent listener"
    );
}

#[test]
fn setup_problems_exit_2_with_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = dir.path().join("corrupt.wasm");
    std::fs::write(&corrupt, b"definitely not wasm").unwrap();
    let core_module = dir.path().join("core.wasm");
    std::fs::write(&core_module, b"\0asm\x01\0\0\0").unwrap();
    let empty_component = dir.path().join("empty.wasm");
    std::fs::write(&empty_component, b"\0asm\x0d\0\x01\0").unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "--plugin".into(),
                "/nonexistent/x.wasm".into(),
                "describe".into(),
            ],
            "cannot read the plugin",
        ),
        (
            vec![
                "--plugin".into(),
                corrupt.display().to_string(),
                "describe".into(),
            ],
            "not a valid WebAssembly component",
        ),
        (
            vec![
                "--plugin".into(),
                core_module.display().to_string(),
                "describe".into(),
            ],
            "not a valid WebAssembly component",
        ),
        (
            vec![
                "--plugin".into(),
                empty_component.display().to_string(),
                "describe".into(),
            ],
            "does not implement the step contract",
        ),
        (vec!["frobnicate".into()], "unrecognized subcommand"),
        (
            vec!["validate".into(), "/nonexistent/input.json".into()],
            "cannot read the step input",
        ),
        (
            vec![
                "run".into(),
                example("good.json"),
                "--retries".into(),
                "many".into(),
            ],
            "invalid value",
        ),
        (
            vec![
                "run".into(),
                example("good.json"),
                "--allow".into(),
                "user@host".into(),
            ],
            "allowed origin",
        ),
    ];
    for (args, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = host_test(&args);
        assert_exit(&out, 2);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one line for {args:?}: {stderr}"
        );
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "stdout stays clean for {args:?}");
    }
}

#[test]
fn verbose_may_come_before_or_after_the_verb_and_logs_only_to_stderr() {
    for args in [vec!["-v", "validate", "x"], vec!["validate", "x", "-vv"]] {
        let mut args = args;
        let file = example("good.json");
        *args.iter_mut().find(|a| **a == "x").unwrap() = &file;
        let out = host_test(&args);
        assert_exit(&out, 0);
        stdout_json(&out);
    }
}

// Long, random-looking credentials (never real ones): the scans look for every
// 6-character piece of each.
const ENV_CLIENT_ID: &str = "c9Tq4Wm8Zr2Xv6Bn1Lk5Hs7Jd3Pf0Ga";
const ENV_SECRET: &str = "S7hY2kQ9wE4rT6uI1oP3aZ8xC5vB0nM4";
const INLINE_CLIENT_ID: &str = "i3Nf8Rb1Vq6Wz9Xk2Mc7Lt4Hy5Gp0Jd";
const INLINE_SECRET: &str = "x5Kw1Qz7Rn3Ty9Uv2Hb8Jm4Lc6Fd0Sg";
const CONFIGURED: [&str; 4] = [ENV_CLIENT_ID, ENV_SECRET, INLINE_CLIENT_ID, INLINE_SECRET];

/// Fails if `text` holds any configured credential or any 6-character piece of one.
#[track_caller]
fn assert_no_credential_piece(label: &str, text: &str) {
    for credential in CONFIGURED {
        for start in 0..=credential.len() - 6 {
            let piece = &credential[start..start + 6];
            assert!(
                !text.contains(piece),
                "{label}: {piece:?}, a piece of a configured credential, appears in:\n{text}"
            );
        }
    }
    assert!(
        !text.contains("stack backtrace") && !text.contains("panicked"),
        "{label} printed a panic or backtrace:\n{text}"
    );
}

fn output_text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Paddings that make the 512-byte excerpt of the simulator's header-echo page cut the
/// environment secret and client ID at several places.
fn echo_users() -> Vec<String> {
    use plaid_sim::{ECHO_PAGE_HEAD, ECHO_USER_PREFIX};
    let secret_at = ECHO_PAGE_HEAD.len() + "\nplaid-secret: ".len();
    let client_at = secret_at + ENV_SECRET.len() + "\nplaid-client-id: ".len();
    let mut users = Vec::new();
    for cut in [1, 5, 6, 17, ENV_SECRET.len() - 1] {
        users.push(format!("{ECHO_USER_PREFIX}{}", 512 - cut - secret_at));
    }
    for cut in [3, 6, 29] {
        users.push(format!("{ECHO_USER_PREFIX}{}", 512 - cut - client_at));
    }
    users
}

/// A long-running verb (`sim`, `editor`) started with the credentials at `-vvv`: its
/// listening URL, and a handle that stops it and returns everything it printed.
struct Served {
    child: std::process::Child,
    url: String,
    stdout: std::thread::JoinHandle<String>,
    stderr: std::thread::JoinHandle<String>,
}

impl Served {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        use std::io::{BufRead as _, Read as _};
        let mut command = Command::new(BIN);
        command
            .args(args)
            .arg("-vvv")
            .env("HOST_TEST_PLUGIN", step_test_support::plugin_path())
            .env("RUST_BACKTRACE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("host-test starts");
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut stderr = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let url = serde_json::from_str::<Value>(&first).unwrap()["listening"]
            .as_str()
            .unwrap_or_else(|| panic!("no listening line: {first}"))
            .to_owned();
        let stdout = std::thread::spawn(move || {
            let mut text = first;
            let _ = stdout.read_to_string(&mut text);
            text
        });
        Self {
            child,
            url,
            stdout,
            stderr,
        }
    }

    fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        format!(
            "{}{}",
            self.stdout.join().unwrap(),
            self.stderr.join().unwrap()
        )
    }
}

/// One HTTP/1.1 exchange on loopback, as the editor's own page would send it.
fn http(url: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> String {
    use std::io::Read as _;
    let addr = url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: {url}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).into_owned()
}

/// The secret-scan matrix: every verb at `-vvv`, with environment and inline credentials
/// configured, good runs, step errors, retries, denials, a server echoing the credentials
/// into a cut error page, the simulator and the editor's API; stdout and stderr (and the
/// editor's answers) never hold a configured credential or any 6-character piece of one.
#[test]
fn no_piece_of_any_credential_appears_in_any_output_of_any_verb() {
    let dir = tempfile::tempdir().unwrap();
    let inline = dir.path().join("inline.json");
    std::fs::write(&inline, json!({ "user_id": "usr_not_ready", "client_id": INLINE_CLIENT_ID, "secret": INLINE_SECRET }).to_string()).unwrap();
    let inline_bad = dir.path().join("inline-bad.json");
    std::fs::write(&inline_bad, json!({ "user_id": 5, "client_id": INLINE_CLIENT_ID, "secret": INLINE_SECRET, "user_tier": INLINE_SECRET, INLINE_CLIENT_ID: 1 }).to_string()).unwrap();
    let inline = inline.display().to_string();
    let inline_bad = inline_bad.display().to_string();
    let good = example("good.json");
    let server_error = example("sim-server-error.json");
    let not_ready = example("sim-not-ready.json");
    let oversized = example("sim-oversized.json");
    let mut runs: Vec<Vec<String>> = [
        vec!["describe"],
        vec!["validate", &good],
        vec!["validate", &inline],
        vec!["validate", &inline_bad],
        vec!["prepare", &good],
        vec!["prepare", &good, "--env", "production"],
        vec!["prepare", &inline],
        vec!["prepare", &inline_bad],
        vec!["run", &good],
        vec!["run", &inline],
        vec!["run", &inline_bad],
        vec!["run", &good, "--base-url", "http://127.0.0.1:9"],
        vec![
            "run",
            &good,
            "--base-url",
            "http://127.0.0.1:9",
            "--allow",
            "127.0.0.1:9",
        ],
        vec![
            "run",
            &good,
            "--env",
            "sandbox",
            "--base-url",
            "http://127.0.0.1:9",
            "--allow",
            "127.0.0.1:9",
            "--credentials-for",
            "http://127.0.0.1:9",
        ],
        vec!["run", &server_error, "--retries", "1"],
        vec!["run", &not_ready, "--retries", "2"],
        vec!["run", &oversized],
        vec!["export", "conductor"],
        vec!["export", "conductor", "--env", "production"],
    ]
    .iter()
    .map(|args| args.iter().map(|a| a.to_string()).collect())
    .collect();
    for user in echo_users() {
        let file = dir.path().join(format!("{user}.json"));
        std::fs::write(&file, json!({ "user_id": user }).to_string()).unwrap();
        runs.push(vec!["run".into(), file.display().to_string()]);
    }
    let env = [
        ("PLAID_CLIENT_ID", ENV_CLIENT_ID),
        ("PLAID_SECRET", ENV_SECRET),
    ];
    let mut accepted = false;
    let mut echoed = 0;
    for args in &runs {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.push("-vvv");
        let out = host_test_with(&args, &env, None);
        let text = output_text(&out);
        assert_no_credential_piece(&format!("{args:?}"), &text);
        accepted |= args[0] == "run" && out.status.code() == Some(0);
        echoed += usize::from(text.contains("plaid-secret: "));
    }
    assert!(
        accepted,
        "the simulator accepted the environment credentials at least once"
    );
    assert_eq!(
        echoed,
        echo_users().len(),
        "every echo page reached the output (masked)"
    );

    // The simulator in the foreground, called with the credentials.
    let sim = Served::start(&["sim"], &env);
    for user in ["usr_scan", "usr_not_ready", &echo_users()[0]] {
        let body = json!({ "user_id": user }).to_string();
        let answer = http(
            &sim.url,
            "POST",
            plaid_sim::PATH,
            &[
                ("plaid-client-id", ENV_CLIENT_ID),
                ("plaid-secret", ENV_SECRET),
            ],
            &body,
        );
        assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
    }
    assert_no_credential_piece("sim", &sim.stop());

    // The editor's API, with credentials from the environment and typed into the page.
    let editor = Served::start(&["editor"], &env);
    let typed = json!({ "user_id": "usr_editor_scan", "client_id": INLINE_CLIENT_ID, "secret": INLINE_SECRET });
    let mut answers = vec![
        http(&editor.url, "GET", "/api/plugins", &[], ""),
        http(
            &editor.url,
            "GET",
            "/api/plugins/plaid_partner_insights/descriptor",
            &[],
            "",
        ),
    ];
    for action in ["validate", "prepare", "execute", "export"] {
        let path = format!("/api/plugins/plaid_partner_insights/{action}");
        for input in [
            typed.clone(),
            json!(typed.to_string()),
            json!({ "user_id": "usr_editor_scan" }),
            json!({ "user_id": echo_users()[2] }),
        ] {
            for environment in ["simulator", "sandbox", "production"] {
                let body = json!({ "input": input, "settings": { "environment": environment } })
                    .to_string();
                answers.push(http(&editor.url, "POST", &path, &[], &body));
            }
        }
    }
    let logs = editor.stop();
    assert!(
        answers.iter().any(|a| a.contains("plaid-secret: ")),
        "the echo page reached the editor (masked)"
    );
    assert!(
        answers.iter().all(|a| a.starts_with("HTTP/1.1 200")),
        "{answers:#?}"
    );
    assert_no_credential_piece("editor", &format!("{}{logs}", answers.join("\n")));
}

/// F5: a credential too short to be masked safely is refused (exit 2, one line, the
/// variable or input path named, the value never shown).
#[test]
fn a_credential_too_short_to_mask_is_refused_without_showing_it() {
    let good = example("good.json");
    for (var, value) in [("PLAID_SECRET", "true,"), ("PLAID_CLIENT_ID", "abc1234")] {
        for args in [vec!["validate", good.as_str()], vec!["run", good.as_str()]] {
            let out = host_test_with(&args, &[(var, value)], None);
            assert_exit(&out, 2);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
            assert!(
                stderr.contains(var) && stderr.contains("8 characters"),
                "{stderr}"
            );
            assert!(!stderr.contains(value), "{stderr}");
            assert!(out.stdout.is_empty());
        }
    }
    let inline = json!({ "user_id": "usr_1", "secret": "true," }).to_string();
    for verb in ["validate", "prepare", "run"] {
        let out = host_test_with(&[verb, "-"], &[], Some(&inline));
        assert_exit(&out, 2);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("/secret") && stderr.contains("8 characters"),
            "{stderr}"
        );
        assert!(!stderr.contains("true,"), "{stderr}");
    }
}

/// F5: credentials that look like pieces of JSON syntax never corrupt the JSON output
/// and never rename keys: masking works on values, not on printed text.
#[test]
fn a_credential_that_looks_like_json_syntax_never_corrupts_the_output() {
    let env = [
        ("PLAID_CLIENT_ID", "\"valid\":"),
        ("PLAID_SECRET", "\": true,"),
    ];
    let out = host_test_with(&["validate", &example("good.json")], &env, None);
    assert_exit(&out, 0);
    let v = stdout_json(&out);
    assert_eq!(v["valid"], json!(true));
    assert_eq!(v["input"]["user_id"], json!("usr_9nSp2KuZ2x4JDw"));
    let out = host_test_with(&["run", &example("good.json")], &env, None);
    assert_exit(&out, 0);
    let r = stdout_json(&out);
    assert_eq!(r["ok"], json!(true));
    assert!(r["outputs"]["summary"].is_object(), "{r}");
}

/// F7: the step input is capped (1 MiB by default, `--max-input BYTES`) and read in
/// bounded chunks; over the cap is exit 2 with one clear line, from stdin and from files.
#[test]
fn a_step_input_over_the_cap_is_refused_with_exit_2() {
    let big = json!({ "user_id": "usr_1", "user_token": "x".repeat(2 * 1024 * 1024) }).to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.json");
    std::fs::write(&file, &big).unwrap();
    let file = file.display().to_string();
    let cases: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec!["validate", "-"], Some(&big)),
        (vec!["validate", &file], None),
        (vec!["prepare", &file], None),
        (vec!["run", "-"], Some(&big)),
    ];
    for (args, stdin) in cases {
        let out = host_test_with(&args, &[], stdin);
        assert_exit(&out, 2);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains("1048576") && stderr.contains("--max-input"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    let small = host_test(&["validate", &example("good.json"), "--max-input", "10"]);
    assert_exit(&small, 2);
    let raised = host_test_with(
        &["--max-input", "4000000", "validate", "-"],
        &[],
        Some(&big),
    );
    assert_exit(&raised, 0);
    assert_eq!(stdout_json(&raised)["valid"], json!(true));
}

/// `validate` at the component's memory limit prints the structured error, not a bare
/// exit 2.
#[test]
fn validate_at_the_memory_limit_prints_a_structured_plugin_fault() {
    let huge =
        json!({ "user_id": "usr_1", "user_token": "x".repeat(50 * 1024 * 1024) }).to_string();
    let out = host_test_with(
        &["validate", "-", "--max-input", "60000000"],
        &[],
        Some(&huge),
    );
    assert_exit(&out, 1);
    let v = stdout_json(&out);
    assert_eq!(v["valid"], json!(false));
    assert_eq!(v["error"]["kind"], json!("plugin_fault"));
    assert_eq!(v["error"]["code"], json!("MEMORY_LIMIT"));
}

/// F8: environment credentials go only to the chosen environment's Plaid origin, or to
/// origins named with `--credentials-for` (with a warning for plain http); an origin that
/// is merely allowed gets the request without them.
#[test]
fn environment_credentials_go_only_where_they_are_meant_to() {
    use plaid_sim::{SimConfig, Simulator};
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime
        .block_on(Simulator::start(
            0,
            SimConfig {
                client_id: ENV_CLIENT_ID.into(),
                secret: ENV_SECRET.into(),
                ..SimConfig::default()
            },
        ))
        .unwrap();
    let (url, addr) = (sim.url(), sim.addr().to_string());
    let env = [
        ("PLAID_CLIENT_ID", ENV_CLIENT_ID),
        ("PLAID_SECRET", ENV_SECRET),
    ];
    let good = example("good.json");
    let base = [
        "run",
        &good,
        "--env",
        "sandbox",
        "--base-url",
        &url,
        "--allow",
        &addr,
    ];
    let out = host_test_with(&base, &env, None);
    assert_exit(&out, 1);
    assert_eq!(stdout_json(&out)["error"]["code"], json!("MISSING_FIELDS"));
    let seen = sim.seen();
    assert_eq!(seen.len(), 1);
    assert!(
        !seen[0].credential_headers,
        "no credentials for a merely allowed origin"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--credentials-for"),
        "the user is told why: {stderr}"
    );

    let mut named = base.to_vec();
    named.extend(["--credentials-for", &url]);
    let out = host_test_with(&named, &env, None);
    assert_exit(&out, 0);
    assert!(sim.seen()[1].credentials_valid);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("plain http"),
        "a warning for plain http: {stderr}"
    );

    let bad = host_test_with(
        &["run", &good, "--credentials-for", "127.0.0.1:1"],
        &env,
        None,
    );
    assert_exit(&bad, 2);
}

#[test]
fn the_workflow_examples_match_the_export() {
    let read = |name: &str| -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(format!("{EXAMPLES}/workflow/{name}")).unwrap(),
        )
        .unwrap()
    };
    let export = stdout_json(&host_test(&[
        "export",
        "conductor",
        "--service-url",
        "http://step-service:8787",
    ]));
    let task = read("task-definition.json");
    for (key, value) in task.as_object().unwrap() {
        assert_eq!(&export["taskDef"][key], value, "{key}");
    }
    let workflow = read("conductor-workflow.json");
    let http = &workflow["tasks"][0];
    let exported = &export["tasks"][0];
    assert_eq!(http["name"], task["name"]);
    assert_eq!(http["type"], exported["type"]);
    let (request, expected) = (
        &http["inputParameters"]["http_request"],
        &exported["inputParameters"]["http_request"],
    );
    for key in ["uri", "method", "headers", "readTimeOut"] {
        assert_eq!(request[key], expected[key], "{key}");
    }
    let mut body = request["body"].clone();
    body["user_id"] = json!("usr_workflow_example");
    let out = host_test_with(&["validate", "-"], &[], Some(&body.to_string()));
    assert_exit(&out, 0);
}

#[test]
fn export_conductor_writes_an_http_task_that_runs_the_step_in_the_service() {
    let out = host_test_with(
        &[
            "export",
            "conductor",
            "--service-url",
            "http://step-service:8787/",
        ],
        &[
            ("PLAID_SECRET", ENV_SECRET),
            ("PLAID_CLIENT_ID", ENV_CLIENT_ID),
        ],
        None,
    );
    assert_exit(&out, 0);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    for secret in [
        ENV_SECRET,
        ENV_CLIENT_ID,
        "********",
        "plaid-secret",
        "plaid.com",
    ] {
        assert!(!text.contains(secret), "export contains {secret}: {text}");
    }
    let export: Value = serde_json::from_str(&text).unwrap();
    let tasks = export["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 1, "one HTTP task: no jq mirror of the parser");
    let http = &tasks[0];
    assert_eq!(http["type"], json!("HTTP"));
    let request = &http["inputParameters"]["http_request"];
    assert_eq!(
        request["uri"],
        json!("http://step-service:8787/v1/steps/plaid_partner_insights/execute")
    );
    assert_eq!(request["method"], json!("POST"));
    assert_eq!(
        request["headers"],
        json!({ "Authorization": "Bearer ${workflow.secrets.step_service_token}" })
    );
    assert_eq!(
        request["body"]["user_id"],
        json!("${workflow.input.user_id}")
    );
    assert!(request["body"].get("secret").is_none() && request["body"].get("client_id").is_none());
    assert!(
        request["body"].get("options").is_none()
            && request["body"].get("partner_insights").is_none(),
        "deprecated fields (request-time configuration since OAS 1.700.0) are not exported"
    );
    let def = &export["taskDef"];
    let d = stdout_json(&host_test(&["describe"]));
    assert_eq!(def["name"], http["name"]);
    for key in [
        "retryCount",
        "retryLogic",
        "retryDelaySeconds",
        "timeoutSeconds",
        "responseTimeoutSeconds",
    ] {
        assert_eq!(def[key], d["defaults"][key], "{key}");
    }
    assert_eq!(
        request["readTimeOut"],
        json!(d["defaults"]["responseTimeoutSeconds"].as_u64().unwrap() * 1000)
    );
    assert_eq!(
        export["secrets"],
        json!(["${workflow.secrets.step_service_token}"])
    );
    assert!(export["outputMapping"]
        .as_str()
        .unwrap()
        .contains(".output.response.body.outputs"));

    let named = host_test(&["export", "conductor", "--service-id", "pi"]);
    assert_exit(&named, 0);
    assert_eq!(
        stdout_json(&named)["tasks"][0]["inputParameters"]["http_request"]["uri"],
        json!("http://127.0.0.1:8787/v1/steps/pi/execute")
    );
}

#[test]
fn parse_turns_a_response_into_outputs_or_a_structured_error_offline() {
    let report = format!("{EXAMPLES}/plaid/response-200.spec-example-1.json");
    let ok = host_test(&["parse", &report]);
    assert_exit(&ok, 0);
    let json = stdout_json(&ok);
    assert_eq!(json["ok"], json!(true));
    assert!(json["outputs"]["summary"].is_object());

    let limited = format!("{EXAMPLES}/plaid/errors/429.RATE_LIMIT.docs.json");
    let out = host_test(&[
        "parse",
        "--status",
        "429",
        "--header",
        "Retry-After: 3",
        &limited,
    ]);
    assert_exit(&out, 1);
    let error = &stdout_json(&out)["error"];
    assert_eq!(error["kind"], json!("rate_limited"));
    assert_eq!(error["retryable"], json!(true));
    assert_eq!(error["detail"]["retry_after_seconds"], json!(3));

    let from_stdin = host_test_with(
        &["parse", "--status", "502", "-"],
        &[],
        Some("<html>bad gateway</html>"),
    );
    assert_exit(&from_stdin, 1);
    assert_eq!(
        stdout_json(&from_stdin)["error"]["kind"],
        json!("api_error")
    );

    let bad_header = host_test(&["parse", "--header", "no-colon", &report]);
    assert_exit(&bad_header, 2);
}

/// `host-test sim --slow-ms` sets how long `usr_slow` and every `usr_slow_<suffix>` wait,
/// and `--rate-limit-per-minute` where the per-client 429s start.
#[test]
fn sim_flags_set_the_slow_delay_and_the_rate_limit() {
    let sim = Served::start(
        &["sim", "--slow-ms", "400", "--rate-limit-per-minute", "3"],
        &[],
    );
    let keys = [
        ("plaid-client-id", plaid_sim::TEST_CLIENT_ID),
        ("plaid-secret", plaid_sim::TEST_SECRET),
    ];
    let call = |user: &str| {
        let started = std::time::Instant::now();
        let body = json!({ "user_id": user }).to_string();
        let answer = http(&sim.url, "POST", plaid_sim::PATH, &keys, &body);
        (answer, started.elapsed())
    };
    for user in ["usr_slow", "usr_slow_cluster_7"] {
        let (answer, took) = call(user);
        assert!(answer.starts_with("HTTP/1.1 200"), "{user}: {answer}");
        assert!(answer.contains("sim_report_"), "{user}: {answer}");
        // At least the delay asked for, and far below the 10 s default.
        assert!(
            took >= std::time::Duration::from_millis(400),
            "{user} took {took:?}"
        );
        assert!(
            took < std::time::Duration::from_secs(8),
            "{user} took {took:?}"
        );
    }
    let (answer, _) = call("usr_third");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let (answer, _) = call("usr_fourth");
    assert!(answer.starts_with("HTTP/1.1 429"), "{answer}");
    assert!(answer.contains("RATE_LIMIT_EXCEEDED"), "{answer}");
    assert!(answer.contains("3 requests per minute"), "{answer}");
    sim.stop();
}
