//! What the simulator observed and did, kept for tests to read: each request it saw
//! ([`SeenRequest`]) and each webhook it delivered ([`Delivery`]).

use std::net::SocketAddr;

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

/// One webhook delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The URL it was sent to (the create's `webhook`).
    pub url: String,
    /// Its `webhook_code`, e.g. `USER_CHECK_REPORT_READY`.
    pub webhook_code: String,
    /// The `user_id` it names.
    pub user_id: String,
    /// The receiver's HTTP status, or why none was had (the URL was not contacted, the
    /// connection failed, or 10 s passed).
    pub result: Result<u16, String>,
}
