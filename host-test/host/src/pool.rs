//! A keep-alive connection pool for outbound step requests.
//!
//! wasi-http's default sender opens a new TCP (and TLS) connection per request; an
//! engine running thousands of steps pays that every time. This client is shared by
//! every step of a [`crate::Plugin`] and keeps idle connections per origin. Policy is
//! still applied per request by the hook before a request gets here (allowlist, body
//! cap). Every timeout the component asks for is honoured, clamped to the host's
//! maximum: a new connection opened for a request gets that request's connect timeout
//! (see [`with_connect_timeout`]); the first-byte and between-bytes timeouts are applied
//! per request by the hook.
//!
//! What a step's request costs with the pool is in the `execute` rows of `host-test
//! bench` (README, Performance), next to a native keep-alive client on the same server.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_util::client::legacy::connect::{Connected, Connection};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use wasmtime_wasi_http::{Error as HttpError, WasiBody};

use crate::addresses::internal_reason;
use crate::policy::Policy;

/// A TCP stream, with TLS for `https`.
pub enum Stream {
    /// Plain TCP (`http`).
    Plain(TcpStream),
    /// TLS over TCP (`https`).
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

impl Connection for Stream {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

tokio::task_local! {
    /// The connect timeout of the request being sent on this task.
    static CONNECT_TIMEOUT: Duration;
}

/// Sends `request` (a future of the pooled client) so that a connection it opens gets
/// `connect_timeout`. A request served from an idle pooled connection opens none; a
/// connection hyper finishes in the background after another request won the race for
/// it gets the policy's maximum.
pub async fn with_connect_timeout<F: Future>(connect_timeout: Duration, request: F) -> F::Output {
    CONNECT_TIMEOUT.scope(connect_timeout, request).await
}

/// Opens TCP (+TLS) connections under the host's policy: the connect timeout of the
/// request that needs the connection (at most the policy's), and its own name
/// resolution with the internal-address check.
#[derive(Clone)]
pub struct Connector {
    tls: tokio_rustls::TlsConnector,
    policy: Arc<Policy>,
}

impl Connector {
    fn new(policy: Arc<Policy>) -> Self {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.into(),
        };
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
        Self {
            tls: tokio_rustls::TlsConnector::from(Arc::new(config)),
            policy,
        }
    }
}

impl tower_service::Service<Uri> for Connector {
    type Response = TokioIo<Stream>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<TokioIo<Stream>>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let tls = uri.scheme_str() == Some("https");
            let host = uri
                .host()
                .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no host"))?
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned();
            let port = uri.port_u16().unwrap_or(if tls { 443 } else { 80 });
            let connect_timeout = Policy::clamp(
                CONNECT_TIMEOUT.try_with(|wish| *wish).ok(),
                this.policy.connect_timeout,
            );
            let tcp = tokio::time::timeout(connect_timeout, connect(&this.policy, &host, port))
                .await
                .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "connect timeout"))??;
            let _ = tcp.set_nodelay(true);
            if !tls {
                return Ok(TokioIo::new(Stream::Plain(tcp)));
            }
            let name = rustls::pki_types::ServerName::try_from(host)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
            let stream = tokio::time::timeout(connect_timeout, this.tls.connect(name, tcp))
                .await
                .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timeout"))??;
            Ok(TokioIo::new(Stream::Tls(Box::new(stream))))
        })
    }
}

/// Resolves `host` ourselves and connects to the first address the policy accepts:
/// names allowed by default may not resolve to internal addresses (DNS rebinding,
/// 169.254.169.254); explicitly allowed origins may.
async fn connect(policy: &Policy, host: &str, port: u16) -> io::Result<TcpStream> {
    let addresses: Vec<std::net::SocketAddr> =
        tokio::net::lookup_host((host, port)).await?.collect();
    let private_ok = policy.private_ok(host, port);
    let mut last = io::Error::new(io::ErrorKind::NotFound, "the name resolved to no address");
    for address in addresses {
        if let Some(reason) = internal_reason(address.ip()).filter(|_| !private_ok) {
            tracing::warn!(%host, ip = %address.ip(), %reason, "refusing an internal address for a host not explicitly allowed");
            last = io::Error::new(
                io::ErrorKind::PermissionDenied,
                "destination address not allowed",
            );
            continue;
        }
        match TcpStream::connect(address).await {
            Ok(stream) => return Ok(stream),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// The shared keep-alive client.
pub type PooledClient = Client<Connector, WasiBody>;

/// A client keeping up to `max_idle_per_host` idle connections per origin.
pub fn client(policy: Arc<Policy>, max_idle_per_host: usize) -> PooledClient {
    Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(max_idle_per_host)
        .build(Connector::new(policy))
}

/// Maps a client error to the wasi-http error the component will see.
pub fn error(e: &hyper_util::client::legacy::Error) -> HttpError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(inner) = source {
        if let Some(io) = inner.downcast_ref::<io::Error>() {
            return match io.kind() {
                io::ErrorKind::PermissionDenied => HttpError::DestinationIpProhibited,
                io::ErrorKind::TimedOut => HttpError::ConnectionTimeout,
                io::ErrorKind::ConnectionRefused => HttpError::ConnectionRefused,
                io::ErrorKind::ConnectionReset | io::ErrorKind::UnexpectedEof => {
                    HttpError::ConnectionTerminated
                }
                _ if e.is_connect() => HttpError::ConnectionRefused,
                _ => HttpError::ConnectionTerminated,
            };
        }
        source = inner.source();
    }
    if e.is_connect() {
        HttpError::ConnectionRefused
    } else {
        HttpError::HttpProtocolError
    }
}
