//! The editor's HTTP API: clear 4xx answers for bad requests, and it keeps serving.

use host_test::editor::{serve, EditorOptions, MAX_BODY};
use serde_json::{json, Value};
use step_host::LoadOptions;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

async fn start() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let options = EditorOptions {
        plugins_dir: step_test_support::plugin_path()
            .parent()
            .unwrap()
            .to_owned(),
        load: LoadOptions::default(),
        simulator_url: None,
        credentials: Default::default(),
    };
    tokio::spawn(serve(listener, options));
    addr
}

/// One HTTP/1.1 exchange: (status, body as JSON or text).
async fn call(addr: &str, method: &str, path: &str, body: &[u8]) -> (u16, Value) {
    let host = format!("Host: {addr}");
    call_with(
        addr,
        method,
        path,
        &[&host, "Content-Type: application/json"],
        body,
    )
    .await
}

/// One HTTP/1.1 exchange with exactly these header lines (plus length and close).
async fn call_with(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[&str],
    body: &[u8],
) -> (u16, Value) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    for line in headers {
        head.push_str(line);
        head.push_str("\r\n");
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
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
    let ids: Vec<&str> = list["plugins"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    // Every step of the plugins folder: the flow's three Plaid steps.
    assert_eq!(
        ids,
        [
            "plaid_check_report_create",
            "plaid_partner_insights",
            "plaid_webhook_verify"
        ]
    );

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
    // The environment is the step's own setting: the component refuses it clearly.
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["ok"], json!(false), "{body}");
    assert_eq!(body["error"]["kind"], json!("invalid_config"), "{body}");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("sandbox or production"));

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
    std::fs::copy(
        step_test_support::plugin_path(),
        dir.path().join("another_step.wasm"),
    )
    .unwrap();
    let (_, list) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(list["plugins"][0]["id"], json!("another_step"));
    assert_eq!(
        list["plugins"][0]["title"],
        json!("Plaid Check: Partner Insights")
    );
}

/// F1: a DNS-rebinding page (foreign `Host`) and cross-site pages (foreign `Origin`, or a
/// simple POST without `application/json`) are refused; the editor's own page works.
#[tokio::test]
async fn the_editor_refuses_foreign_hosts_and_cross_site_requests() {
    let addr = start().await;
    let port = addr.rsplit(':').next().unwrap().to_owned();
    let validate = "/api/plugins/plaid_partner_insights/validate";
    let body = br#"{"input": {"user_id": "usr_1"}}"#;
    let json = "Content-Type: application/json";
    let own_host = format!("Host: {addr}");
    let localhost = format!("Host: localhost:{port}");
    let rebound = format!("Host: attacker.example:{port}");
    let own_origin = format!("Origin: http://{addr}");
    let localhost_origin = format!("Origin: http://localhost:{port}");

    let refused: Vec<(&str, &str, Vec<&str>, &[u8])> = vec![
        ("GET", "/api/plugins", vec![&rebound], b""),
        ("GET", "/", vec![&rebound], b""),
        ("POST", validate, vec![&rebound, json], body),
        ("GET", "/api/plugins", vec!["Host: 127.0.0.1"], b""),
        (
            "POST",
            validate,
            vec![&own_host, json, "Origin: http://attacker.example"],
            body,
        ),
        (
            "POST",
            validate,
            vec![&own_host, json, "Origin: null"],
            body,
        ),
        (
            "GET",
            "/api/plugins",
            vec![&own_host, "Origin: https://attacker.example"],
            b"",
        ),
        (
            "POST",
            validate,
            vec![&own_host, "Content-Type: text/plain", &own_origin],
            body,
        ),
        ("POST", validate, vec![&own_host], body),
    ];
    for (method, path, headers, body) in refused {
        let (status, answer) = call_with(&addr, method, path, &headers, body).await;
        assert_eq!(status, 403, "{method} {path} {headers:?}: {answer}");
        assert!(
            answer["error"].as_str().is_some_and(|e| !e.is_empty()),
            "a clear JSON error: {answer}"
        );
    }

    let allowed: Vec<(&str, &str, Vec<&str>, &[u8])> = vec![
        ("GET", "/", vec![&own_host], b""),
        ("GET", "/api/plugins", vec![&own_host], b""),
        (
            "GET",
            "/api/plugins",
            vec![&localhost, &localhost_origin],
            b"",
        ),
        ("POST", validate, vec![&own_host, json, &own_origin], body),
        ("POST", validate, vec![&localhost, json], body),
    ];
    for (method, path, headers, body) in allowed {
        let (status, answer) = call_with(&addr, method, path, &headers, body).await;
        assert_eq!(status, 200, "{method} {path} {headers:?}: {answer}");
    }
}

/// F6: a huge file in the plugins folder is listed with an error from its size alone; it
/// is never read, so the palette stays fast.
#[tokio::test]
async fn a_huge_file_in_the_plugins_folder_is_listed_with_an_error_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        step_test_support::plugin_path(),
        dir.path().join("a_step.wasm"),
    )
    .unwrap();
    let huge = std::fs::File::create(dir.path().join("huge.wasm")).unwrap();
    huge.set_len(2 * 1024 * 1024 * 1024).unwrap();
    drop(huge);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let options = EditorOptions {
        plugins_dir: dir.path().to_owned(),
        load: LoadOptions::default(),
        simulator_url: None,
        credentials: Default::default(),
    };
    tokio::spawn(serve(listener, options));
    // The first palette load compiles the real component; the later ones must not touch
    // either file's contents again.
    let (status, list) = call(&addr, "GET", "/api/plugins", b"").await;
    assert_eq!(status, 200);
    let started = std::time::Instant::now();
    for _ in 0..3 {
        let (status, again) = call(&addr, "GET", "/api/plugins", b"").await;
        assert_eq!(status, 200);
        assert_eq!(again, list);
    }
    // Reading 2 GiB three times takes seconds even from the page cache (tens of seconds
    // from disk); a metadata check takes microseconds.
    let took = started.elapsed();
    assert!(
        took < std::time::Duration::from_secs(3),
        "three palette loads took {took:?}"
    );
    let entries = list["plugins"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{list}");
    assert_eq!(entries[0]["id"], json!("a_step"));
    assert!(entries[0].get("error").is_none(), "{list}");
    assert_eq!(entries[1]["id"], json!("huge"));
    let error = entries[1]["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("over the 67108864-byte cap"),
        "the error names the size cap: {list}"
    );
}

/// The editor and the service share one guard: besides the cases above, a request without
/// `Host`, a `same-site` page (another port of localhost), an `Origin` on another port, an
/// absolute-form request naming another host and an `https` origin are refused; the
/// browser's own `same-origin` and a typed-in `none` pass.
#[tokio::test]
async fn the_editor_refuses_hostless_same_site_and_other_port_requests() {
    let addr = start().await;
    let port: u16 = addr.rsplit(':').next().unwrap().parse().unwrap();
    let validate = "/api/plugins/plaid_partner_insights/validate";
    let body = br#"{"input": {"user_id": "usr_1"}}"#;
    let json = "Content-Type: application/json";
    let own_host = format!("Host: {addr}");
    let other_port = format!("Origin: http://localhost:{}", port.wrapping_add(1));
    let https_origin = format!("Origin: https://{addr}");
    let absolute = format!("http://attacker.example:{port}/api/plugins");
    let refused: Vec<(&str, &str, Vec<&str>, &[u8])> = vec![
        ("GET", "/api/plugins", vec![], b""),
        ("POST", validate, vec![json], body),
        (
            "POST",
            validate,
            vec![&own_host, json, "Sec-Fetch-Site: same-site"],
            body,
        ),
        ("POST", validate, vec![&own_host, json, &other_port], body),
        ("POST", validate, vec![&own_host, json, &https_origin], body),
        ("GET", &absolute, vec![&own_host], b""),
    ];
    for (method, path, headers, body) in refused {
        let (status, answer) = call_with(&addr, method, path, &headers, body).await;
        assert_eq!(status, 403, "{method} {path} {headers:?}: {answer}");
        assert!(
            answer["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{answer}"
        );
    }
    let allowed: Vec<(&str, &str, Vec<&str>, &[u8])> = vec![
        (
            "POST",
            validate,
            vec![&own_host, json, "Sec-Fetch-Site: same-origin"],
            body,
        ),
        ("GET", "/", vec![&own_host, "Sec-Fetch-Site: none"], b""),
    ];
    for (method, path, headers, body) in allowed {
        let (status, answer) = call_with(&addr, method, path, &headers, body).await;
        assert_eq!(status, 200, "{method} {path} {headers:?}: {answer}");
    }
}
