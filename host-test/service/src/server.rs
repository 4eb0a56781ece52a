//! Serving [`crate::app`] on a socket, with graceful shutdown.
//!
//! The accept loop is hyper-util's (as in axum's `serve-with-hyper` example) rather than
//! `axum::serve`, for two things `axum::serve` 0.8 does not do: a header-read timeout
//! (axum #2741: a client that opens a connection and sends headers slowly, or idles on
//! a keep-alive connection, is cut off after [`ServiceOptions::header_read_timeout`]),
//! and a hard stop (its connection tasks outlive the serve future, so a call stuck past
//! the shutdown timeout would keep running; here they are aborted).
//!
//! [`ServiceOptions::header_read_timeout`]: crate::ServiceOptions::header_read_timeout

use std::future::Future;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::guard::ListenPort;
use crate::state::AppState;
use crate::telemetry;

/// Time connections get to close after the in-flight calls finished or the shutdown
/// timeout passed; then they are cut.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

/// The service's one exposure rule: anything but a loopback address needs a token.
pub fn check_exposure(addr: std::net::SocketAddr, has_token: bool) -> anyhow::Result<()> {
    if !addr.ip().is_loopback() && !has_token {
        anyhow::bail!(
            "{addr} is not a loopback address: serving there requires a token: set STEP_SERVICE_TOKEN or pass --token-file (callers then send Authorization: Bearer <token>)"
        );
    }
    Ok(())
}

/// Serves `state` on `listener` until `shutdown` resolves, then drains: `/readyz`
/// answers 503, new step calls get 503 `DRAINING` (the port stays open meanwhile, so
/// callers and load balancers get an answer, not a refused connection), the calls in
/// flight finish (up to [`ServiceOptions::shutdown_timeout`]), the port closes, idle
/// connections close at once and busy ones after their answer (up to one more second),
/// and anything left is cut. Scans the plugins folder in the background (first scan at
/// once) and runs the metrics upkeep while serving.
///
/// Refuses to start when the listener is not on a loopback address and no token is
/// configured.
///
/// [`ServiceOptions::shutdown_timeout`]: crate::ServiceOptions::shutdown_timeout
pub async fn serve<F>(listener: TcpListener, state: AppState, shutdown: F) -> anyhow::Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    let addr = listener.local_addr()?;
    check_exposure(addr, state.options().token.is_some())?;
    let _background = Background::start(&state);
    let mut server = Server {
        listener,
        state: state.clone(),
        // The guard needs the port loopback names must carry.
        router: crate::app(state.clone()).layer(axum::Extension(ListenPort(addr.port()))),
        graceful: GracefulShutdown::new(),
        connections: JoinSet::new(),
    };

    server.accept_until(shutdown).await;
    state.start_draining();
    tracing::info!(
        in_flight = state.steps_in_flight(),
        "shutdown signal: draining"
    );
    let deadline = Instant::now() + state.options().shutdown_timeout;
    let idle = state.clone();
    server
        .accept_until(async move {
            if tokio::time::timeout_at(deadline, idle.idle())
                .await
                .is_err()
            {
                tracing::warn!(
                    in_flight = idle.steps_in_flight(),
                    "shutdown timeout passed with step calls still running"
                );
            }
        })
        .await;

    let Server {
        listener,
        graceful,
        mut connections,
        ..
    } = server;
    drop(listener);
    let close_by = Instant::now().max(deadline) + CLOSE_GRACE;
    if tokio::time::timeout_at(close_by, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            connections = connections.len(),
            "connections still open after the shutdown timeout; cutting them"
        );
    }
    connections.abort_all();
    while connections.join_next().await.is_some() {}
    tracing::info!("stopped");
    Ok(())
}

/// The metrics upkeep and the plugin folder watcher; stopped when dropped.
struct Background {
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Background {
    fn start(state: &AppState) -> Self {
        let prometheus = state.inner.prometheus.clone();
        let upkeep = tokio::spawn(async move {
            loop {
                tokio::time::sleep(telemetry::UPKEEP_INTERVAL).await;
                prometheus.run_upkeep();
            }
        });
        Self {
            tasks: vec![state.registry().watch(), upkeep],
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

struct Server {
    listener: TcpListener,
    state: AppState,
    router: axum::Router,
    graceful: GracefulShutdown,
    connections: JoinSet<()>,
}

impl Server {
    /// Accepts connections until `stop` resolves, reaping finished connection tasks.
    async fn accept_until(&mut self, stop: impl Future<Output = ()>) {
        let mut stop = std::pin::pin!(stop);
        loop {
            tokio::select! {
                () = &mut stop => return,
                accepted = self.listener.accept() => match accepted {
                    Ok((tcp, _peer)) => self.spawn_connection(tcp),
                    Err(error) => {
                        // E.g. out of file descriptors: wait instead of spinning.
                        tracing::warn!("accept failed: {error}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                },
                Some(_) = self.connections.join_next(), if !self.connections.is_empty() => {}
            }
        }
    }

    fn spawn_connection(&mut self, tcp: tokio::net::TcpStream) {
        let _ = tcp.set_nodelay(true);
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(self.state.options().header_read_timeout)
            .serve_connection(
                TokioIo::new(tcp),
                TowerToHyperService::new(self.router.clone()),
            );
        let connection = self.graceful.watch(connection);
        self.connections.spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!("connection ended: {error}");
            }
        });
    }
}
