//! Misbehaving answers for the fault-injection users: broken connections, endless or
//! huge bodies, redirects, bad bytes, and the header echo.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, BoxStream, StreamExt as _};

use crate::checks::header;
use crate::fixtures::Failure;
use crate::{ECHO_PAGE_HEAD, ECHO_USER_PREFIX};

/// Largest padding the echo fault accepts.
const ECHO_MAX_PADDING: usize = 4096;

/// Which misbehaviour.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FaultKind {
    /// 200 whose connection is cut after the first body bytes.
    Reset,
    /// Never answers.
    NoHeaders,
    /// 200 whose body arrives one byte a second.
    Drip,
    /// 200 with a 100 MB chunked body.
    Huge,
    /// 302 to the cloud metadata address.
    Redirect,
    /// 200 whose body is not UTF-8.
    BadUtf8,
    /// 200 with a 1 MiB header.
    BigHeaders,
    /// A `usr_fault_` user the table does not name: USER_NOT_FOUND.
    Unknown,
}

/// The misbehaving answer.
pub(crate) async fn fault(kind: FaultKind) -> Response {
    let json = [("content-type", "application/json")];
    match kind {
        FaultKind::Reset | FaultKind::Drip | FaultKind::Huge => {
            (StatusCode::OK, json, Body::from_stream(streamed(kind))).into_response()
        }
        FaultKind::NoHeaders => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            StatusCode::GATEWAY_TIMEOUT.into_response()
        }
        FaultKind::Redirect => (
            StatusCode::FOUND,
            [("location", "http://169.254.169.254/latest/meta-data/")],
            "",
        )
            .into_response(),
        FaultKind::BadUtf8 => {
            (StatusCode::OK, json, &b"{\"request_id\": \"\xff\xfe\"}"[..]).into_response()
        }
        FaultKind::BigHeaders => {
            let padding = "x".repeat(1024 * 1024);
            let mut response = (StatusCode::OK, json, "{}").into_response();
            if let Ok(value) = HeaderValue::from_str(&padding) {
                response.headers_mut().insert("x-padding", value);
            }
            response
        }
        FaultKind::Unknown => {
            Failure::new("USER_NOT_FOUND", "unknown fault user").respond("sim-fault")
        }
    }
}

/// The body of a fault that misbehaves while streaming: cut after the first bytes, one
/// byte a second, or 100 MB.
fn streamed(kind: FaultKind) -> BoxStream<'static, Result<Bytes, std::io::Error>> {
    match kind {
        FaultKind::Reset => stream::iter(vec![
            Ok(Bytes::from_static(b"{\"request_id\": \"partial")),
            Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionReset,
                "injected reset",
            )),
        ])
        .boxed(),
        FaultKind::Drip => stream::unfold(0u32, |n| async move {
            (n < 3600).then_some(())?;
            tokio::time::sleep(Duration::from_secs(1)).await;
            Some((Ok(Bytes::from_static(b" ")), n + 1))
        })
        .boxed(),
        _ => {
            let chunk = Bytes::from(vec![b' '; 64 * 1024]);
            stream::iter((0..1600).map(move |_| Ok(chunk.clone()))).boxed()
        }
    }
}

/// The header-echo fault: a 502 HTML page with the request headers, credentials first.
pub(crate) fn echo_headers(headers: &HeaderMap, user: &str) -> Response {
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
