//! The shared state of one service instance: the registry, the limits, the calls in
//! flight and the draining flag.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use metrics_exporter_prometheus::PrometheusHandle;
use step_host::Registry;
use tokio::sync::Notify;

use crate::limits::Limits;
use crate::options::ServiceOptions;

/// Everything the routes share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Shared>,
}

pub(crate) struct Shared {
    pub(crate) registry: Registry,
    pub(crate) options: ServiceOptions,
    /// The global and per-step concurrency limits.
    pub(crate) limits: Limits,
    draining: AtomicBool,
    steps_in_flight: AtomicUsize,
    idle: Notify,
    pub(crate) prometheus: PrometheusHandle,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("registry", &self.inner.registry)
            .field("options", &self.inner.options)
            .field("draining", &self.is_draining())
            .field("steps_in_flight", &self.steps_in_flight())
            .finish()
    }
}

impl AppState {
    /// State for a service over `registry` with `options`. Installs the process-wide
    /// Prometheus recorder on first use.
    pub fn new(registry: Registry, options: ServiceOptions) -> Self {
        Self {
            inner: Arc::new(Shared {
                limits: Limits::new(
                    options.max_in_flight,
                    options.step_concurrency,
                    options.queue_timeout,
                ),
                registry,
                options,
                draining: AtomicBool::new(false),
                steps_in_flight: AtomicUsize::new(0),
                idle: Notify::new(),
                prometheus: crate::telemetry::prometheus(),
            }),
        }
    }

    /// The plugin registry.
    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    /// The options.
    pub fn options(&self) -> &ServiceOptions {
        &self.inner.options
    }

    /// Starts draining: `/readyz` answers 503 and new step calls get 503 `DRAINING`.
    pub fn start_draining(&self) {
        self.inner.draining.store(true, Ordering::SeqCst);
    }

    /// Whether the service is draining.
    pub fn is_draining(&self) -> bool {
        self.inner.draining.load(Ordering::SeqCst)
    }

    /// Step calls (validate, prepare, execute) accepted and not answered yet: reading
    /// their body, waiting for a slot or running. Shutdown waits for them.
    pub fn steps_in_flight(&self) -> usize {
        self.inner.steps_in_flight.load(Ordering::SeqCst)
    }

    /// Step calls holding a slot of the global limit: running.
    pub fn requests_in_flight(&self) -> usize {
        self.inner.limits.global_in_use()
    }

    /// Resolves once no step call is running.
    pub async fn idle(&self) {
        loop {
            let notified = self.inner.idle.notified();
            if self.steps_in_flight() == 0 {
                return;
            }
            notified.await;
        }
    }

    /// Counts one step call as in flight until the returned value is dropped (also when
    /// the request is cancelled).
    pub(crate) fn accept_call(&self) -> Accepted {
        self.inner.steps_in_flight.fetch_add(1, Ordering::SeqCst);
        Accepted {
            state: self.clone(),
        }
    }
}

/// One accepted step call, counted in flight until dropped.
pub(crate) struct Accepted {
    state: AppState,
}

impl Drop for Accepted {
    fn drop(&mut self) {
        if self
            .state
            .inner
            .steps_in_flight
            .fetch_sub(1, Ordering::SeqCst)
            == 1
        {
            self.state.inner.idle.notify_waiters();
        }
    }
}
