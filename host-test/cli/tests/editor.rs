//! The editor's HTTP API: clear 4xx answers for bad requests, and it keeps serving.

#[path = "../../host/tests/common/mod.rs"]
mod common;

use host_test::editor::{serve, EditorOptions, MAX_BODY};
use serde_json::{json, Value};
use step_host::LoadOptions;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

async fn start() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let options = EditorOptions {
        plugins_dir: common::plugin_path().parent().unwrap().to_owned(),
        load: LoadOptions::default(),
        simulator_url: None,
        credentials: Default::default(),
    };
    tokio::spawn(serve(listener, options));
    addr
}

/// One HTTP/1.1 exchange: (status, body as JSON or text).
async fn call(addr: &str, method: &str, path: &str, body: &[u8]) -> (u16, Value) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let _ = stream.write_all(body).await;
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response).await;
    let text = String::from_utf8_lossy(&response).to_string();
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    (
        status,
        serde_json::from_str(body).unwrap_or(Value::String(body.to_owned())),
    )
}

#[tokio::test]
async fn the_api_answers_bad_requests_clearly_and_keeps_serving() {
    let addr = start().await;
    let (status, list) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(status, 200);
    assert_eq!(list["plugins"][0]["id"], json!("plaid_partner_insights"));

    let (status, body) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/validate",
        b"{not json",
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(body["error"].as_str().unwrap().contains("JSON"), "{body}");

    let (status, body) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/validate",
        br#"{"inputs": {}}"#,
    )
    .await;
    assert_eq!(status, 422, "unknown request fields are rejected: {body}");

    let (status, body) = call(
        &addr,
        "POST",
        "/api/plugins/nope/validate",
        br#"{"input": {}}"#,
    )
    .await;
    assert_eq!(status, 404);
    assert!(body["error"].as_str().unwrap().contains("nope"));

    let (status, _) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/frobnicate",
        br#"{"input": {}}"#,
    )
    .await;
    assert_eq!(status, 404);

    let (status, body) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/execute",
        br#"{"input": {"user_id": "usr_1"}, "settings": {"environment": "mars"}}"#,
    )
    .await;
    assert_eq!(status, 400, "{body}");

    let big = format!(
        r#"{{"input": {{"user_token": "{}"}}}}"#,
        "x".repeat(MAX_BODY + 10)
    );
    let (status, _) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/validate",
        big.as_bytes(),
    )
    .await;
    assert_eq!(status, 413);

    let (status, body) = call(
        &addr,
        "POST",
        "/api/plugins/plaid_partner_insights/validate",
        br#"{"input": {"user_id": "usr_1", "secret": "typed-secret-123"}}"#,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["valid"], json!(true));
    assert!(
        !body.to_string().contains("typed-secret-123"),
        "the credential is not echoed: {body}"
    );

    let (status, _) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(status, 200, "still serving after bad requests");
    let (status, page) = call(&addr, "GET", "/", b"").await;
    assert_eq!(status, 200);
    assert!(page.as_str().unwrap().contains("Add HTTP Task"));
}

#[tokio::test]
async fn a_dropped_in_component_appears_without_code_changes() {
    let dir = tempfile::tempdir().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let options = EditorOptions {
        plugins_dir: dir.path().to_owned(),
        load: LoadOptions::default(),
        simulator_url: None,
        credentials: Default::default(),
    };
    tokio::spawn(serve(listener, options));
    let (_, empty) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(empty["plugins"], json!([]));
    std::fs::copy(common::plugin_path(), dir.path().join("another_step.wasm")).unwrap();
    let (_, list) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(list["plugins"][0]["id"], json!("another_step"));
    assert_eq!(
        list["plugins"][0]["title"],
        json!("Plaid Check: Partner Insights")
    );
}
