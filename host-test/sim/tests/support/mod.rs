//! Shared test helpers: a simulator with short delays, a plain HTTP client, a webhook
//! receiver, and ES256 JWT verification with the served JWK.
#![allow(dead_code)]

use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use p256::ecdsa::signature::Verifier as _;
use p256::ecdsa::{Signature, VerifyingKey};
use plaid_sim::{SimConfig, Simulator, TEST_CLIENT_ID, TEST_SECRET};
use serde_json::{json, Value};
use tokio::sync::mpsc;

/// How long a test waits for a webhook.
pub const WEBHOOK_WAIT: Duration = Duration::from_secs(5);

/// A simulator whose reports are ready after 150 ms.
pub async fn sim() -> Simulator {
    sim_with(SimConfig {
        ready_delay: Duration::from_millis(150),
        ..SimConfig::default()
    })
    .await
}

/// A simulator with `config`.
pub async fn sim_with(config: SimConfig) -> Simulator {
    Simulator::start(0, config).await.expect("simulator starts")
}

/// An answer: status, headers and raw body.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts a Plaid error with this status, type and code; returns the body.
    pub fn assert_error(&self, status: u16, error_type: &str, error_code: &str) -> Value {
        let body = self.json();
        assert_eq!(self.status.as_u16(), status, "{body}");
        assert_eq!(
            (body["error_type"].as_str(), body["error_code"].as_str()),
            (Some(error_type), Some(error_code)),
            "{body}"
        );
        assert_eq!(
            self.headers["content-type"], "application/json",
            "errors are JSON"
        );
        assert!(body["request_id"].as_str().unwrap().starts_with("sim"));
        body
    }
}

/// POSTs `body` to `path` with the test credentials in headers.
pub async fn post(sim: &Simulator, path: &str, body: &Value) -> Answer {
    let headers = [
        ("plaid-client-id", TEST_CLIENT_ID),
        ("plaid-secret", TEST_SECRET),
        ("plaid-version", "2020-09-14"),
    ];
    post_with(sim, path, &headers, body.to_string().into_bytes()).await
}

/// POSTs raw `body` to `path` with exactly `headers` (and `content-type: application/json`).
pub async fn post_with(
    sim: &Simulator,
    path: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Answer {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder()
        .method(Method::POST)
        .uri(format!("{}{path}", sim.url()))
        .header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Full::new(Bytes::from(body))).unwrap();
    let response = client.request(request).await.expect("simulator answers");
    let (parts, body) = response.into_parts();
    Answer {
        status: parts.status,
        headers: parts.headers,
        body: body.collect().await.unwrap().to_bytes(),
    }
}

/// A create body for `user_id` delivering to `webhook`.
pub fn create_body(user_id: &str, webhook: &str) -> Value {
    json!({
        "user_id": user_id,
        "webhook": webhook,
        "days_requested": 365,
        "consumer_report_permissible_purpose": "EXTENSION_OF_CREDIT",
    })
}

/// A Partner Insights body for `user_id`.
pub fn pi_body(user_id: &str) -> Value {
    json!({ "user_id": user_id })
}

/// One webhook as received.
pub struct Received {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Received {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("webhook body is JSON")
    }
}

/// A webhook receiver on 127.0.0.1:0 answering 200 to every POST.
pub struct Receiver {
    pub url: String,
    rx: mpsc::UnboundedReceiver<Received>,
}

impl Receiver {
    /// Starts one.
    pub async fn start() -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        let app = axum::Router::new().fallback(
            move |uri: axum::http::Uri, headers: HeaderMap, body: Bytes| {
                let tx = tx.clone();
                async move {
                    let path = uri.path().to_owned();
                    let _ = tx.send(Received {
                        path,
                        headers,
                        body,
                    });
                    StatusCode::OK
                }
            },
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self {
            url: format!("http://{addr}/plaid/webhook"),
            rx,
        }
    }

    /// The next webhook, within [`WEBHOOK_WAIT`].
    pub async fn next(&mut self) -> Received {
        tokio::time::timeout(WEBHOOK_WAIT, self.rx.recv())
            .await
            .expect("a webhook within the wait")
            .expect("receiver open")
    }

    /// Asserts no webhook comes within `wait`.
    pub async fn assert_none_within(&mut self, wait: Duration) {
        if let Ok(Some(received)) = tokio::time::timeout(wait, self.rx.recv()).await {
            panic!(
                "unexpected webhook: {}",
                String::from_utf8_lossy(&received.body)
            );
        }
    }
}

/// Decodes one base64url (no padding) part.
pub fn b64(part: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(part)
        .expect("base64url without padding")
}

/// The JWT's header, as JSON text.
pub fn jwt_header(jwt: &str) -> String {
    String::from_utf8(b64(jwt.split('.').next().unwrap())).unwrap()
}

/// Fetches the JWK for `kid` from the simulator.
pub async fn fetch_jwk(sim: &Simulator, kid: &str) -> Value {
    let answer = post(sim, plaid_sim::KEY_PATH, &json!({ "key_id": kid })).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.json());
    answer.json()["key"].clone()
}

/// Verifies `jwt`'s ES256 signature with `jwk` (a JWKPublicKey) and returns its payload.
pub fn verify_jwt(jwt: &str, jwk: &Value) -> Value {
    let x = b64(jwk["x"].as_str().unwrap());
    let y = b64(jwk["y"].as_str().unwrap());
    let point = p256::EncodedPoint::from_affine_coordinates(
        p256::FieldBytes::from_slice(&x),
        p256::FieldBytes::from_slice(&y),
        false,
    );
    let key = VerifyingKey::from_encoded_point(&point).expect("a P-256 point");
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3, "compact JWS");
    let signature = Signature::from_slice(&b64(parts[2])).expect("64-byte r||s");
    key.verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
        .expect("signature verifies");
    serde_json::from_slice(&b64(parts[1])).unwrap()
}
