//! The two concurrency limits of step calls: one for the whole service
//! (`--max-in-flight`) and one per step (`--step-concurrency`). A call takes a slot of each
//! only once its body has been read, so a slow body holds none, and gives them back before
//! its answer is sent. A call that finds a limit full waits for a slot at most the queue
//! timeout: a slot freed in the meantime (a call that just ended, or whose caller went
//! away and whose connection the server has not yet seen close) goes to it, so callers
//! at the limit are never shed for a release that was on its way. The semaphores are
//! only ever awaited with that deadline, never queued on unboundedly.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// The limit a shed call found full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    /// The service's (`--max-in-flight`).
    Global,
    /// The step's (`--step-concurrency`).
    Step,
}

impl Full {
    /// The metric label (`load_shed_total{limit}`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Global => "global",
            Self::Step => "step",
        }
    }

    /// Whose limit, for the message.
    pub fn whose(self) -> &'static str {
        match self {
            Self::Global => "service's",
            Self::Step => "step's",
        }
    }
}

/// A running call's slots; given back when dropped.
#[derive(Debug)]
pub struct Slots {
    _step: OwnedSemaphorePermit,
    _global: OwnedSemaphorePermit,
}

/// The limits of one service.
#[derive(Debug)]
pub(crate) struct Limits {
    global: Arc<Semaphore>,
    global_size: usize,
    step_size: usize,
    steps: Mutex<HashMap<String, Arc<Semaphore>>>,
    wait: Duration,
}

impl Limits {
    /// `global` calls at once, `per_step` of one step, waiting at most `wait` for a slot.
    pub(crate) fn new(global: usize, per_step: usize, wait: Duration) -> Self {
        Self {
            global: Arc::new(Semaphore::new(global.max(1))),
            global_size: global.max(1),
            step_size: per_step.max(1),
            steps: Mutex::new(HashMap::new()),
            wait,
        }
    }

    /// Waits (at most the queue timeout) until both limits have room for a call of step
    /// `id`, without keeping it: a call that would be shed is shed before its body is read.
    pub(crate) async fn wait_for_room(&self, id: &str) -> Result<(), Full> {
        self.take(id).await.map(drop)
    }

    /// The slots of one call of step `id`, waiting at most the queue timeout for them.
    pub(crate) async fn take(&self, id: &str) -> Result<Slots, Full> {
        let deadline = Instant::now() + self.wait;
        // The step's first: a call waiting for a busy step holds nothing of the others'.
        let step = acquire(&self.step(id), deadline).await.ok_or(Full::Step)?;
        let global = acquire(&self.global, deadline).await.ok_or(Full::Global)?;
        Ok(Slots {
            _step: step,
            _global: global,
        })
    }

    /// Slots of the global limit taken now.
    pub(crate) fn global_in_use(&self) -> usize {
        self.global_size
            .saturating_sub(self.global.available_permits())
    }

    fn step(&self, id: &str) -> Arc<Semaphore> {
        self.steps
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .entry(id.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(self.step_size)))
            .clone()
    }
}

/// A permit now, else the first one freed before `deadline`.
async fn acquire(semaphore: &Arc<Semaphore>, deadline: Instant) -> Option<OwnedSemaphorePermit> {
    if let Ok(permit) = semaphore.clone().try_acquire_owned() {
        return Some(permit);
    }
    if Instant::now() >= deadline {
        return None;
    }
    tokio::time::timeout_at(deadline, semaphore.clone().acquire_owned())
        .await
        .ok()?
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_slot_freed_while_waiting_is_taken_and_a_full_limit_is_named() {
        let limits = Arc::new(Limits::new(2, 1, Duration::from_millis(500)));
        let first = limits.take("a").await.unwrap();
        let waiting = {
            let limits = limits.clone();
            tokio::spawn(async move { limits.take("a").await.map(drop) })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        drop(first);
        assert_eq!(waiting.await.unwrap(), Ok(()));

        let quick = Limits::new(1, 1, Duration::ZERO);
        let held = quick.take("a").await.unwrap();
        assert_eq!(quick.take("a").await.map(drop), Err(Full::Step));
        assert_eq!(quick.take("b").await.map(drop), Err(Full::Global));
        assert_eq!(quick.global_in_use(), 1);
        drop(held);
        assert_eq!(quick.global_in_use(), 0);
    }
}
