//! The shared state of one service instance: the registry, the limits and the
//! draining flag.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use metrics_exporter_prometheus::PrometheusHandle;
use step_host::Registry;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

use crate::options::ServiceOptions;

/// Everything the routes share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Shared>,
}

pub(crate) struct Shared {
    pub(crate) registry: Registry,
    pub(crate) options: ServiceOptions,
    /// One semaphore for the whole service: the global concurrency limit.
    pub(crate) global: Arc<Semaphore>,
    step_limits: Mutex<HashMap<String, Arc<Semaphore>>>,
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
                global: Arc::new(Semaphore::new(options.max_in_flight.max(1))),
                registry,
                options,
                step_limits: Mutex::new(HashMap::new()),
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

    /// Step calls (validate, prepare, execute) running now.
    pub fn steps_in_flight(&self) -> usize {
        self.inner.steps_in_flight.load(Ordering::SeqCst)
    }

    /// Step-call requests holding a slot of the global limit (body reading included).
    pub fn requests_in_flight(&self) -> usize {
        self.inner
            .options
            .max_in_flight
            .max(1)
            .saturating_sub(self.inner.global.available_permits())
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

    /// A slot for one call of step `id`, or `None` when the step's limit is reached.
    pub(crate) fn try_step_slot(&self, id: &str) -> Option<StepSlot> {
        let semaphore = self
            .inner
            .step_limits
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .entry(id.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(self.inner.options.step_concurrency.max(1))))
            .clone();
        let permit = semaphore.try_acquire_owned().ok()?;
        self.inner.steps_in_flight.fetch_add(1, Ordering::SeqCst);
        Some(StepSlot {
            state: self.clone(),
            _permit: permit,
        })
    }
}

/// One running step call: holds the step's permit and counts as in flight until dropped
/// (also when the request is cancelled).
pub(crate) struct StepSlot {
    state: AppState,
    _permit: OwnedSemaphorePermit,
}

impl Drop for StepSlot {
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
