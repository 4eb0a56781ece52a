//! The simulator's shared, in-memory state.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use tokio::task::AbortHandle;

use crate::keyring::KeyRing;
use crate::observed::{Delivery, SeenRequest};
use crate::records::Records;
use crate::{unix_time, SimConfig};

/// Everything the handlers and webhook tasks share.
pub(crate) struct SimState {
    /// The settings it was started with.
    pub(crate) config: SimConfig,
    /// Every request received.
    pub(crate) seen: Mutex<Vec<SeenRequest>>,
    /// Per client, when its requests of the last minute came (the rate limit).
    pub(crate) windows: Mutex<HashMap<String, VecDeque<Instant>>>,
    /// Check Reports by `user_id`.
    pub(crate) records: Mutex<Records>,
    /// Webhook signing keys, current and retired.
    pub(crate) keys: Mutex<KeyRing>,
    /// Webhook deliveries attempted.
    pub(crate) deliveries: Mutex<Vec<Delivery>>,
    /// Pending webhook tasks, aborted when the simulator stops.
    tasks: Mutex<Vec<AbortHandle>>,
    counter: AtomicU64,
}

impl SimState {
    /// Fresh state with a newly generated signing key.
    pub(crate) fn new(config: SimConfig) -> Self {
        Self {
            config,
            seen: Mutex::new(Vec::new()),
            windows: Mutex::new(HashMap::new()),
            records: Mutex::new(Records::default()),
            keys: Mutex::new(KeyRing::new(unix_time::now())),
            deliveries: Mutex::new(Vec::new()),
            tasks: Mutex::new(Vec::new()),
            counter: AtomicU64::new(0),
        }
    }

    /// The next `request_id` (`sim` and 12 digits).
    pub(crate) fn next_request_id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        format!("sim{n:012}")
    }

    /// Keeps `task` so that it can be aborted when the simulator stops.
    pub(crate) fn track(&self, task: AbortHandle) {
        let mut tasks = self.tasks.lock().expect("tasks lock");
        tasks.retain(|t| !t.is_finished());
        tasks.push(task);
    }

    /// Aborts every pending webhook task.
    pub(crate) fn abort_tasks(&self) {
        for task in self.tasks.lock().expect("tasks lock").drain(..) {
            task.abort();
        }
    }
}
