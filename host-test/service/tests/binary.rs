//! The `step-service` binary, as the container image runs it: a plugins folder served over
//! HTTP with no simulator; SIGTERM ends it with exit 0; setup problems exit 2 with one line.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_step-service");

/// A folder with the three Plaid components, as the image's /plugins.
fn plugins() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for stem in [
        "plaid_partner_insights",
        "plaid_check_report_create",
        "plaid_webhook_verify",
    ] {
        std::fs::copy(
            step_test_support::component_path(stem),
            dir.path().join(format!("{stem}.wasm")),
        )
        .unwrap();
    }
    dir
}

fn get(url: &str) -> (u16, Value) {
    let out = Command::new("curl")
        .args(["-s", "-w", "\n%{http_code}", url])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap();
    (
        status.parse().unwrap(),
        serde_json::from_str(body).unwrap_or(Value::Null),
    )
}

/// Starts the binary on a free loopback port over `folder` with `args`; returns it once
/// it has printed where it listens, and that URL.
fn start(folder: &tempfile::TempDir, args: &[&str], stderr: Stdio) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["--plugins", folder.path().to_str().unwrap()])
        .args(["--listen", "127.0.0.1:0", "--no-cache"])
        .args(args)
        .env_remove("STEP_SERVICE_TOKEN")
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = serde_json::from_str::<Value>(&line).unwrap()["listening"]
        .as_str()
        .unwrap_or_else(|| panic!("no listening line: {line}"))
        .to_owned();
    (child, url)
}

#[test]
fn the_binary_serves_a_folder_and_stops_cleanly_on_sigterm() {
    let folder = plugins();
    let args = ["--env", "production", "--log-format", "json"];
    let (mut child, url) = start(&folder, &args, Stdio::piped());
    let mut ready = false;
    for _ in 0..300 {
        if get(&format!("{url}/readyz")).0 == 200 {
            ready = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(ready, "the service became ready");
    let (status, list) = get(&format!("{url}/v1/steps"));
    assert_eq!(status, 200);
    let ids: Vec<&str> = list["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "plaid_check_report_create",
            "plaid_partner_insights",
            "plaid_webhook_verify"
        ]
    );
    assert!(list["steps"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["status"] == json!("ready")));
    terminate(child.id());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    for line in stderr.lines() {
        assert!(
            serde_json::from_str::<Value>(line).is_ok(),
            "every log line is JSON: {line}"
        );
    }
    assert!(
        !stderr.contains("simulator"),
        "the binary has no simulator: {stderr}"
    );
}

/// SIGTERM, as Kubernetes sends it.
fn terminate(pid: u32) {
    signal(pid, "TERM");
}

fn signal(pid: u32, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_signal_right_after_the_listening_line_stops_it_gracefully() {
    // A supervisor (or a script's Ctrl-C) may signal as soon as the service says where it
    // listens, before any request and before the steps have loaded.
    let folder = plugins();
    for name in ["INT", "TERM"] {
        let (mut child, _) = start(&folder, &[], Stdio::null());
        signal(child.id(), name);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "SIG{name}: {status:?}");
    }
}

#[test]
fn setup_problems_exit_2_with_one_line() {
    let cases: [(&[&str], &str); 3] = [
        (
            &["--listen", "127.0.0.1:0"],
            "no plugins folder: pass --plugins DIR",
        ),
        (
            &["--plugins", "/no/such/dir"],
            "the plugins folder /no/such/dir does not exist",
        ),
        (
            &["--plugins", "/", "--listen", "0.0.0.0:0"],
            "is not a loopback address",
        ),
    ];
    for (args, message) in cases {
        let out = Command::new(BIN)
            .args(args)
            .env_remove("STEP_SERVICE_TOKEN")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(out.stdout.is_empty());
    }
}
