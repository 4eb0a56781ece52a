//! The `host-test` command line as scripts use it: exit codes, JSON on stdout, one
//! clear line on stderr for setup problems, and never a credential anywhere.

mod common;

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_host-test");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");

fn host_test(args: &[&str]) -> Output {
    host_test_with(args, &[], None)
}

fn host_test_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("HOST_TEST_PLUGIN", common::plugin_path())
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
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("host-test finishes")
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
fn the_request_time_config_flag_and_config_key_decide_what_is_sent() {
    let omitted = host_test(&[
        "prepare",
        &example("good.json"),
        "--request-time-config",
        "omit",
    ]);
    assert_exit(&omitted, 0);
    let body = &stdout_json(&omitted)["body"];
    assert_eq!(body, &json!({ "user_id": "usr_9nSp2KuZ2x4JDw" }));
    let refused = host_test(&[
        "run",
        &example("good.json"),
        "--request-time-config",
        "refuse",
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
        "--request-time-config",
        "send",
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
        "--request-time-config",
        "omit",
    ]);
    assert_exit(&omitted, 0);
    let bad = host_test(&[
        "prepare",
        &example("good.json"),
        "--request-time-config",
        "drop",
    ]);
    assert_exit(&bad, 2);
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

const ENV_CLIENT_ID: &str = "envclient-4d9f2a61c0";
const ENV_SECRET: &str = "envsecret-77aa31b9e5d2";
const INLINE_CLIENT_ID: &str = "inlineclient-3c1e9b";
const INLINE_SECRET: &str = "inlinesecret-a81f0e44";

#[test]
fn no_credential_value_appears_in_any_output_of_any_verb() {
    let dir = tempfile::tempdir().unwrap();
    let inline = dir.path().join("inline.json");
    std::fs::write(&inline, json!({ "user_id": "usr_not_ready", "client_id": INLINE_CLIENT_ID, "secret": INLINE_SECRET }).to_string()).unwrap();
    let inline_bad = dir.path().join("inline-bad.json");
    std::fs::write(&inline_bad, json!({ "user_id": 5, "client_id": INLINE_CLIENT_ID, "secret": INLINE_SECRET, "user_tier": INLINE_SECRET }).to_string()).unwrap();
    let inline = inline.display().to_string();
    let inline_bad = inline_bad.display().to_string();
    let good = example("good.json");
    let server_error = example("sim-server-error.json");
    let oversized = example("sim-oversized.json");
    let runs: Vec<Vec<&str>> = vec![
        vec!["describe"],
        vec!["validate", &good],
        vec!["validate", &inline],
        vec!["validate", &inline_bad],
        vec!["prepare", &good],
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
        vec!["run", &server_error, "--retries", "1"],
        vec!["run", &oversized],
    ];
    let env = [
        ("PLAID_CLIENT_ID", ENV_CLIENT_ID),
        ("PLAID_SECRET", ENV_SECRET),
    ];
    let mut ran_ok = false;
    for args in runs {
        let mut args = args;
        args.push("-vvv");
        let out = host_test_with(&args, &env, None);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in [ENV_CLIENT_ID, ENV_SECRET, INLINE_CLIENT_ID, INLINE_SECRET] {
            assert!(
                !all.contains(secret),
                "{args:?} leaked a credential:\n{all}"
            );
        }
        assert!(
            !all.contains("stack backtrace"),
            "{args:?} printed a backtrace:\n{all}"
        );
        ran_ok |= args[0] == "run" && out.status.code() == Some(0);
    }
    assert!(
        ran_ok,
        "the environment credentials were accepted by the simulator at least once"
    );
}

#[test]
fn the_workflow_examples_match_the_descriptor() {
    let d = stdout_json(&host_test(&["describe"]));
    let read = |name: &str| -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(format!("{EXAMPLES}/workflow/{name}")).unwrap(),
        )
        .unwrap()
    };
    let task = read("task-definition.json");
    for key in [
        "retryCount",
        "retryLogic",
        "retryDelaySeconds",
        "timeoutSeconds",
        "responseTimeoutSeconds",
    ] {
        assert_eq!(task[key], d["defaults"][key], "{key}");
    }
    let workflow = read("conductor-workflow.json");
    assert_eq!(workflow["tasks"][0]["name"], task["name"]);
    let out = host_test_with(&["validate", "-"], &[], Some(&json!({ "user_id": "usr_x", "partner_insights": workflow["tasks"][0]["inputParameters"]["step_input"]["partner_insights"] }).to_string()));
    assert_exit(&out, 0);
}

#[test]
fn export_conductor_writes_an_http_task_with_secret_references_only() {
    let out = host_test_with(
        &["export", "conductor", "--env", "production"],
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
        "export-placeholder-credential",
        "********",
    ] {
        assert!(!text.contains(secret), "export leaks {secret}: {text}");
    }
    let export: Value = serde_json::from_str(&text).unwrap();
    let http = &export["tasks"][0];
    assert_eq!(http["type"], json!("HTTP"));
    let request = &http["inputParameters"]["http_request"];
    assert_eq!(
        request["uri"],
        json!("https://production.plaid.com/cra/check_report/partner_insights/get")
    );
    assert_eq!(request["method"], json!("POST"));
    assert_eq!(
        request["headers"]["plaid-secret"],
        json!("${workflow.secrets.plaid_secret}")
    );
    assert_eq!(
        request["headers"]["plaid-client-id"],
        json!("${workflow.secrets.plaid_client_id}")
    );
    assert_eq!(request["headers"]["plaid-version"], json!("2020-09-14"));
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
    let jq = &export["tasks"][1];
    assert_eq!(jq["type"], json!("JSON_JQ_TRANSFORM"));
    assert!(jq["inputParameters"]["response"]
        .as_str()
        .unwrap()
        .ends_with(".output.response.body}"));
    let def = &export["taskDef"];
    let d = stdout_json(&host_test(&["describe"]));
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
        export["secrets"],
        json!([
            "${workflow.secrets.plaid_client_id}",
            "${workflow.secrets.plaid_secret}"
        ])
    );
    assert!(export["outputMapping"]
        .as_str()
        .unwrap()
        .contains("JSON_JQ_TRANSFORM"));
}
