//! The outbound control point: every `wasi:http` request a component makes passes
//! through [`OutboundHooks::send_request`], which applies the host's [`Policy`]: the
//! allowlist, credentials only for the origins they are meant for, timeouts, the body
//! cap, and masking of credential values in the response body before the component
//! sees it (so a server echoing them back cannot make the component carry a piece of
//! one out, e.g. in an error excerpt cut at 512 bytes).

use std::future::Future as _;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_LENGTH};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody, WasiHttpHooks};

use crate::policy::{default_port, matches_any, Origin, Policy};
use crate::pool::{self, PooledClient};
use crate::secrets::{Credentials, StreamMasker};

/// Hooks that enforce the allowlist, clamp timeouts, cap response bodies, inject
/// credentials and mask them in responses.
#[derive(Clone)]
pub struct OutboundHooks {
    policy: Arc<Policy>,
    credentials: Arc<Credentials>,
    client: Arc<PooledClient>,
    masked: Arc<[String]>,
    credential_origins: Arc<[Origin]>,
}

impl OutboundHooks {
    /// Hooks for one policy and credential set, sending through a shared keep-alive client.
    pub fn new(
        policy: Arc<Policy>,
        credentials: Arc<Credentials>,
        client: Arc<PooledClient>,
    ) -> Self {
        Self {
            policy,
            credentials,
            client,
            masked: Arc::from(Vec::new()),
            credential_origins: Arc::from(Vec::new()),
        }
    }

    /// Injects the credentials into requests to these origins only (none by default).
    pub fn sending_credentials_to(mut self, origins: Arc<[Origin]>) -> Self {
        self.credential_origins = origins;
        self
    }

    /// Also masks these values in response bodies (e.g. the step input's inline
    /// credentials).
    pub fn masking(mut self, values: Vec<String>) -> Self {
        self.masked = Arc::from(values);
        self
    }
}

type ResponseFuture = Box<
    dyn std::future::Future<
            Output = wasmtime_wasi_http::Result<(
                http::Response<WasiBody>,
                Box<dyn std::future::Future<Output = Result<(), HttpError>> + Send>,
            )>,
        > + Send,
>;

impl WasiHttpHooks for OutboundHooks {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: Box<dyn std::future::Future<Output = Result<(), HttpError>> + Send>,
    ) -> ResponseFuture {
        drop(fut);
        let hooks = self.clone();
        Box::new(async move {
            let response = hooks.send(request, options.unwrap_or_default()).await?;
            Ok((
                response,
                Box::new(async { Ok(()) }) as Box<dyn std::future::Future<Output = _> + Send>,
            ))
        })
    }
}

impl OutboundHooks {
    /// One outbound request under the policy: the allowlist, credentials into the
    /// origins they are meant for, the timeouts, the body cap and the streamed masking.
    async fn send(
        self,
        mut request: http::Request<WasiBody>,
        wish: RequestOptions,
    ) -> Result<http::Response<WasiBody>, HttpError> {
        let (scheme, host, port) = self.destination(request.uri())?;
        if matches_any(&self.credential_origins, &scheme, &host, port) {
            inject_credentials(request.headers_mut(), &self.credentials);
        } else if !self.credentials.headers.is_empty() {
            tracing::warn!(
                %scheme, %host, port,
                "credentials not sent: this origin is not one they are meant for (the origin the step's settings select, over https, or one named with --credentials-for)"
            );
        }
        let masker = StreamMasker::new(self.secrets(request.headers()).iter().map(String::as_str));

        // The component's timeouts, each clamped to the host's maximum; the connect
        // timeout applies only when the pool has to open a connection.
        let policy = &self.policy;
        let connect = Policy::clamp(wish.connect_timeout, policy.connect_timeout);
        let first_byte = Policy::clamp(wish.first_byte_timeout, policy.first_byte_timeout);
        let gap = Policy::clamp(wish.between_bytes_timeout, policy.between_bytes_timeout);
        let sent = pool::with_connect_timeout(connect, self.client.request(request));
        let response = match tokio::time::timeout(first_byte, sent).await {
            Err(_) => return Err(HttpError::ConnectionReadTimeout),
            Ok(Err(e)) => {
                tracing::debug!("outbound request failed: {e}");
                return Err(pool::error(&e));
            }
            Ok(Ok(response)) => response,
        };
        let cap = policy.max_response_body;
        let declared = response
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if let Some(length) = declared.filter(|length| *length > cap) {
            tracing::warn!(length, cap, "response body over the cap");
            return Err(HttpError::HttpResponseBodySize(Some(length)));
        }
        tracing::debug!(
            status = response.status().as_u16(),
            "response headers received"
        );
        Ok(response
            .map(|body| MaskedBody::new(GuardedBody::new(body, cap, gap), masker).boxed_unsync()))
    }

    /// The request's scheme, host and port, if the allowlist lets it out (a URL with user
    /// information never does).
    fn destination(&self, uri: &http::Uri) -> Result<(String, String, u16), HttpError> {
        let scheme = uri.scheme_str().unwrap_or("https").to_ascii_lowercase();
        let host = uri
            .host()
            .unwrap_or_default()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_ascii_lowercase();
        let port = uri.port_u16().unwrap_or(default_port(&scheme));
        let userinfo = uri.authority().is_some_and(|a| a.as_str().contains('@'));
        if userinfo || !self.policy.allows(&scheme, &host, port) {
            tracing::warn!(%scheme, %host, port, "outbound request denied by the allowlist");
            return Err(HttpError::HttpRequestDenied);
        }
        tracing::debug!(%scheme, %host, port, "outbound request allowed");
        Ok((scheme, host, port))
    }

    /// Every credential value that may come back: configured, inline (the component
    /// moved them to credential headers), and the step's own.
    fn secrets(&self, headers: &http::HeaderMap) -> Vec<String> {
        let mut secrets: Vec<String> = self.masked.to_vec();
        secrets.extend(
            self.credentials
                .headers
                .iter()
                .map(|h| h.value.expose().to_owned()),
        );
        for (name, value) in headers {
            if self.credentials.is_credential_header(name.as_str()) {
                secrets.extend(value.to_str().ok().map(str::to_owned));
            }
        }
        secrets
    }
}

/// Adds each configured credential header the request does not already carry
/// (an inline credential from the step input wins, as the API allows).
fn inject_credentials(headers: &mut http::HeaderMap, credentials: &Credentials) {
    for injected in &credentials.headers {
        if headers.contains_key(injected.header.as_str()) {
            continue;
        }
        if let (Ok(name), Ok(mut value)) = (
            http::HeaderName::from_bytes(injected.header.as_bytes()),
            HeaderValue::from_str(injected.value.expose()),
        ) {
            value.set_sensitive(true);
            headers.insert(name, value);
        }
    }
}

/// A response body under the host's policy: it fails once more than `cap` bytes have
/// arrived, or when no frame arrives within `gap` (the between-bytes timeout).
pub struct GuardedBody<B> {
    inner: B,
    cap: u64,
    seen: u64,
    gap: Duration,
    sleep: Pin<Box<tokio::time::Sleep>>,
}

impl<B> GuardedBody<B> {
    /// Wraps `inner`, allowing at most `cap` bytes and gaps of at most `gap`.
    pub fn new(inner: B, cap: u64, gap: Duration) -> Self {
        Self {
            inner,
            cap,
            seen: 0,
            gap,
            sleep: Box::pin(tokio::time::sleep(gap)),
        }
    }
}

impl<B> Body for GuardedBody<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<HttpError>,
{
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let this = &mut *self;
        let frame = match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => frame,
            Poll::Pending => {
                return match this.sleep.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Some(Err(HttpError::ConnectionReadTimeout))),
                    Poll::Pending => Poll::Pending,
                }
            }
        };
        let gap = this.gap;
        this.sleep.as_mut().reset(tokio::time::Instant::now() + gap);
        let frame = frame.map(|f| f.map_err(Into::into));
        if let Some(data) = frame.as_ref().and_then(|f| f.as_ref().ok()?.data_ref()) {
            this.seen += data.len() as u64;
            if this.seen > this.cap {
                tracing::warn!(cap = this.cap, "response body over the cap");
                return Poll::Ready(Some(Err(HttpError::HttpResponseBodySize(Some(this.seen)))));
            }
        }
        Poll::Ready(frame)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// A response body with credential values masked as it streams (see [`StreamMasker`]).
pub struct MaskedBody<B> {
    inner: B,
    masker: StreamMasker,
    /// Trailers held while the masker's last bytes go out first.
    trailers: Option<http::HeaderMap>,
    finished: bool,
}

impl<B> MaskedBody<B> {
    /// Wraps `inner`, masking with `masker`.
    pub fn new(inner: B, masker: StreamMasker) -> Self {
        Self {
            inner,
            masker,
            trailers: None,
            finished: false,
        }
    }
}

impl<B> Body for MaskedBody<B>
where
    B: Body<Data = Bytes, Error = HttpError> + Unpin,
{
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let this = &mut *self;
        if let Some(trailers) = this.trailers.take() {
            return Poll::Ready(Some(Ok(Frame::trailers(trailers))));
        }
        if this.finished {
            return Poll::Ready(None);
        }
        if this.masker.is_empty() {
            return Pin::new(&mut this.inner).poll_frame(cx);
        }
        loop {
            match Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                    Ok(data) => {
                        let out = this.masker.push(&data);
                        if !out.is_empty() {
                            return Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))));
                        }
                    }
                    Err(frame) => {
                        let tail = this.masker.finish();
                        if tail.is_empty() {
                            return Poll::Ready(Some(Ok(frame)));
                        }
                        this.trailers = frame.into_trailers().ok();
                        return Poll::Ready(Some(Ok(Frame::data(Bytes::from(tail)))));
                    }
                },
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => {
                    this.finished = true;
                    let tail = this.masker.finish();
                    return Poll::Ready(
                        (!tail.is_empty()).then(|| Ok(Frame::data(Bytes::from(tail)))),
                    );
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.trailers.is_none()
            && (self.finished || (self.masker.held() == 0 && self.inner.is_end_stream()))
    }

    fn size_hint(&self) -> SizeHint {
        // Masking keeps lengths; held-back bytes are still to come.
        let held = self.masker.held() as u64;
        let inner = self.inner.size_hint();
        let mut hint = SizeHint::new();
        if let Some(upper) = inner.upper() {
            hint.set_upper(upper + held);
        }
        hint.set_lower(inner.lower() + held);
        hint
    }
}
