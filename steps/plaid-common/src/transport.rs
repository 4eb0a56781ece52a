//! The outbound call through `wasi:http/outgoing-handler` (synchronous bindings).

use crate::bindings::wasi::http::outgoing_handler;
use crate::bindings::wasi::http::types::{
    ErrorCode, Fields, HeaderError, IncomingResponse, Method, OutgoingBody, OutgoingRequest,
    RequestOptions, Scheme,
};
use crate::bindings::wasi::io::streams::StreamError;
use crate::types::{ErrorKind, HttpRequest, StepConfig, StepError};

/// Largest chunk `blocking-write-and-flush` accepts.
const WRITE_CHUNK: usize = 4096;
/// Largest read per call.
const READ_CHUNK: u64 = 64 * 1024;

/// A received response.
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Headers as (name, value) text.
    pub headers: Vec<(String, String)>,
    /// The whole body.
    pub body: Vec<u8>,
}

/// Sends the request and reads the whole response.
pub fn send(request: &HttpRequest, config: &StepConfig) -> Result<Response, StepError> {
    let (scheme, authority, path) = split_url(&request.url)?;
    let headers = Fields::new();
    for (name, value) in &request.headers {
        headers.append(name, value.as_bytes()).map_err(|e| {
            let why = match e {
                HeaderError::InvalidSyntax => "invalid syntax",
                HeaderError::Forbidden => "forbidden",
                HeaderError::Immutable => "immutable",
            };
            internal(format!("header {name} rejected: {why}"))
        })?;
    }
    let outgoing = OutgoingRequest::new(headers);
    let _ = outgoing.set_method(&Method::Post);
    let _ = outgoing.set_scheme(Some(&scheme));
    outgoing
        .set_authority(Some(authority))
        .map_err(|()| internal("invalid authority".into()))?;
    outgoing
        .set_path_with_query(Some(path))
        .map_err(|()| internal("invalid path".into()))?;
    let body = outgoing
        .body()
        .map_err(|()| internal("request body unavailable".into()))?;

    let options = RequestOptions::new();
    let ms_to_ns = |ms: Option<u32>| ms.map(|ms| u64::from(ms) * 1_000_000);
    // A host may refuse to honour a timeout; it then applies its own, which is fine.
    let _ = options.set_connect_timeout(ms_to_ns(config.connect_timeout_ms));
    let _ = options.set_first_byte_timeout(ms_to_ns(config.first_byte_timeout_ms));
    let _ = options.set_between_bytes_timeout(ms_to_ns(config.between_bytes_timeout_ms));

    // `handle` first: the host starts the request, then we stream the body into it.
    let future = outgoing_handler::handle(outgoing, Some(options)).map_err(transport_error)?;
    let written = write_body(body, request.body.as_bytes());

    future.subscribe().block();
    let response = match future.get() {
        Some(Ok(Ok(response))) => response,
        Some(Ok(Err(code))) => return Err(transport_error(code)),
        Some(Err(())) | None => return Err(internal("response future already consumed".into())),
    };
    // The response future's error (if any) was reported above; a body write failure
    // that still produced a response means the server answered early.
    let _ = written;
    read_response(response)
}

fn write_body(body: OutgoingBody, bytes: &[u8]) -> Result<(), ()> {
    {
        let stream = body.write()?;
        for chunk in bytes.chunks(WRITE_CHUNK) {
            match stream.blocking_write_and_flush(chunk) {
                Ok(()) => {}
                Err(StreamError::Closed) => break,
                Err(StreamError::LastOperationFailed(_)) => return Err(()),
            }
        }
    }
    OutgoingBody::finish(body, None).map_err(|_| ())
}

fn read_response(response: IncomingResponse) -> Result<Response, StepError> {
    let status = response.status();
    let headers = response
        .headers()
        .entries()
        .into_iter()
        .map(|(name, value)| (name, String::from_utf8_lossy(&value).into_owned()))
        .collect();
    let incoming = response
        .consume()
        .map_err(|()| internal("response body unavailable".into()))?;
    let stream = incoming
        .stream()
        .map_err(|()| internal("response stream unavailable".into()))?;
    let mut body = Vec::new();
    loop {
        match stream.blocking_read(READ_CHUNK) {
            Ok(chunk) => body.extend_from_slice(&chunk),
            Err(StreamError::Closed) => break,
            Err(StreamError::LastOperationFailed(e)) => {
                let code = crate::bindings::wasi::http::types::http_error_code(&e);
                let mut error = match code {
                    Some(code) => transport_error(code),
                    None => body_error(&e.to_debug_string()),
                };
                error.http_status = Some(status);
                return Err(error);
            }
        }
    }
    drop(stream);
    Ok(Response {
        status,
        headers,
        body,
    })
}

fn split_url(url: &str) -> Result<(Scheme, &str, &str), StepError> {
    let (scheme, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (Scheme::Https, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (Scheme::Http, rest)
    } else {
        return Err(internal(format!("unsupported URL scheme in {url}")));
    };
    let slash = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(slash);
    Ok((scheme, authority, if path.is_empty() { "/" } else { path }))
}

fn internal(message: String) -> StepError {
    StepError::new(ErrorKind::Transport, "INTERNAL", message, false)
}

/// Keeps host-provided text short and free of anything after its first line (a host
/// may append a backtrace): it is shown to people and stored by engines.
fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(300)
        .collect()
}

/// Classifies a body-stream failure the host reported without an error code.
fn body_error(description: &str) -> StepError {
    let text = first_line(description);
    let lower = text.to_ascii_lowercase();
    let code = if lower.contains("body size") {
        ErrorCode::HttpResponseBodySize(None)
    } else if lower.contains("timeout") || lower.contains("timed out") {
        ErrorCode::HttpResponseTimeout
    } else {
        ErrorCode::InternalError(Some(format!(
            "the response body could not be read to the end: {text}"
        )))
    };
    transport_error(code)
}

/// The WIT name of an error code. Written out because the derived `Debug` (with its
/// payload formatting) costs about 6 KB of the component.
fn code_name(code: &ErrorCode) -> &'static str {
    use ErrorCode as E;
    match code {
        E::DnsTimeout => "DNS-timeout",
        E::DnsError(_) => "DNS-error",
        E::DestinationNotFound => "destination-not-found",
        E::DestinationUnavailable => "destination-unavailable",
        E::DestinationIpProhibited => "destination-IP-prohibited",
        E::DestinationIpUnroutable => "destination-IP-unroutable",
        E::ConnectionRefused => "connection-refused",
        E::ConnectionTerminated => "connection-terminated",
        E::ConnectionTimeout => "connection-timeout",
        E::ConnectionReadTimeout => "connection-read-timeout",
        E::ConnectionWriteTimeout => "connection-write-timeout",
        E::ConnectionLimitReached => "connection-limit-reached",
        E::TlsProtocolError => "TLS-protocol-error",
        E::TlsCertificateError => "TLS-certificate-error",
        E::TlsAlertReceived(_) => "TLS-alert-received",
        E::HttpRequestDenied => "HTTP-request-denied",
        E::HttpRequestLengthRequired => "HTTP-request-length-required",
        E::HttpRequestBodySize(_) => "HTTP-request-body-size",
        E::HttpRequestMethodInvalid => "HTTP-request-method-invalid",
        E::HttpRequestUriInvalid => "HTTP-request-URI-invalid",
        E::HttpRequestUriTooLong => "HTTP-request-URI-too-long",
        E::HttpRequestHeaderSectionSize(_) => "HTTP-request-header-section-size",
        E::HttpRequestHeaderSize(_) => "HTTP-request-header-size",
        E::HttpRequestTrailerSectionSize(_) => "HTTP-request-trailer-section-size",
        E::HttpRequestTrailerSize(_) => "HTTP-request-trailer-size",
        E::HttpResponseIncomplete => "HTTP-response-incomplete",
        E::HttpResponseHeaderSectionSize(_) => "HTTP-response-header-section-size",
        E::HttpResponseHeaderSize(_) => "HTTP-response-header-size",
        E::HttpResponseBodySize(_) => "HTTP-response-body-size",
        E::HttpResponseTrailerSectionSize(_) => "HTTP-response-trailer-section-size",
        E::HttpResponseTrailerSize(_) => "HTTP-response-trailer-size",
        E::HttpResponseTransferCoding(_) => "HTTP-response-transfer-coding",
        E::HttpResponseContentCoding(_) => "HTTP-response-content-coding",
        E::HttpResponseTimeout => "HTTP-response-timeout",
        E::HttpUpgradeFailed => "HTTP-upgrade-failed",
        E::HttpProtocolError => "HTTP-protocol-error",
        E::LoopDetected => "loop-detected",
        E::ConfigurationError => "configuration-error",
        E::InternalError(_) => "internal-error",
    }
}

/// Maps a `wasi:http` error code to a step error.
fn transport_error(code: ErrorCode) -> StepError {
    use ErrorKind::*;
    let (kind, retryable, name, action) = match &code {
        ErrorCode::HttpRequestDenied | ErrorCode::DestinationIpProhibited => (
            Denied,
            false,
            "DENIED",
            "allow this host in the host's outbound policy (e.g. host-test --allow HOST:PORT), or use the default Plaid hosts",
        ),
        ErrorCode::ConnectionTimeout
        | ErrorCode::ConnectionReadTimeout
        | ErrorCode::ConnectionWriteTimeout
        | ErrorCode::HttpResponseTimeout
        | ErrorCode::DnsTimeout => (Timeout, true, "TIMEOUT", "retry later; raise the timeouts if Plaid is slow"),
        ErrorCode::HttpResponseBodySize(_)
        | ErrorCode::HttpResponseHeaderSize(_)
        | ErrorCode::HttpResponseHeaderSectionSize(_) => (
            ResponseTooLarge,
            false,
            "RESPONSE_TOO_LARGE",
            "the response exceeded the host's size cap; check the base URL or raise the cap",
        ),
        ErrorCode::DnsError(_) => (Transport, true, "DNS_ERROR", "check the base URL and DNS; retry later"),
        ErrorCode::ConnectionRefused => (Transport, true, "CONNECTION_REFUSED", "check that the server is running; retry later"),
        _ => (Transport, true, "TRANSPORT", "retry later"),
    };
    let detail = match &code {
        ErrorCode::HttpRequestDenied => "the host does not allow this destination".to_owned(),
        ErrorCode::DestinationIpProhibited => {
            "the host does not allow this destination address".to_owned()
        }
        ErrorCode::ConnectionTimeout => "no connection within the connect timeout".to_owned(),
        ErrorCode::ConnectionReadTimeout | ErrorCode::HttpResponseTimeout => {
            "no response within the first-byte or between-bytes timeout".to_owned()
        }
        ErrorCode::DnsTimeout => "DNS lookup timed out".to_owned(),
        ErrorCode::ConnectionRefused => {
            "connection refused (or the name did not resolve)".to_owned()
        }
        ErrorCode::ConnectionTerminated => {
            "the connection closed before the response ended".to_owned()
        }
        ErrorCode::HttpResponseBodySize(Some(size)) => {
            format!("the response body exceeded the host's cap ({size} bytes)")
        }
        ErrorCode::HttpResponseBodySize(None) => {
            "the response body exceeded the host's cap".to_owned()
        }
        ErrorCode::InternalError(Some(message)) => first_line(message),
        ErrorCode::DnsError(payload) => format!(
            "DNS error: {}",
            first_line(payload.rcode.as_deref().unwrap_or("no answer"))
        ),
        other => format!("wasi:http error-code {}", code_name(other)),
    };
    StepError::new(
        kind,
        name,
        format!("the HTTP call failed: {detail}"),
        retryable,
    )
    .with_action(action)
}
