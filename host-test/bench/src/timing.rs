//! Timing loops: sequential calls, and a fixed number of steps at a fixed concurrency.
//! Failures are counted, never hidden: a row with failures says so in the table.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use super::stats::Stats;

/// What one runtime did for one measurement.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// Sequential calls.
    Calls {
        /// Per-call latency.
        latency: Stats,
        /// Calls that failed (timed all the same).
        failures: usize,
    },
    /// Steps at a concurrency.
    Load {
        /// Per-step latency.
        latency: Stats,
        /// Steps per second over the whole run.
        steps_per_second: f64,
        /// Steps that failed.
        failures: usize,
    },
    /// Not measured, and why.
    Skipped {
        /// Why.
        reason: String,
    },
}

impl Outcome {
    /// A skipped measurement.
    pub fn skipped(reason: impl Into<String>) -> Self {
        Self::Skipped {
            reason: reason.into(),
        }
    }

    /// Per-call latency, when measured.
    pub fn latency(&self) -> Option<&Stats> {
        match self {
            Self::Calls { latency, .. } | Self::Load { latency, .. } => Some(latency),
            Self::Skipped { .. } => None,
        }
    }

    /// Steps per second, for load measurements.
    pub fn steps_per_second(&self) -> Option<f64> {
        match self {
            Self::Load {
                steps_per_second, ..
            } => Some(*steps_per_second),
            _ => None,
        }
    }

    /// Failed calls.
    pub fn failures(&self) -> usize {
        match self {
            Self::Calls { failures, .. } | Self::Load { failures, .. } => *failures,
            Self::Skipped { .. } => 0,
        }
    }
}

fn bar(len: u64, label: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{msg:48} {bar:30} {pos}/{len} {elapsed}").expect("template"),
    );
    bar.set_message(label.to_owned());
    bar
}

/// `warmup` untimed calls, then `iterations` timed ones, one after the other.
pub async fn sequential<F, Fut>(
    iterations: usize,
    warmup: usize,
    label: &str,
    mut call: F,
) -> Outcome
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    for _ in 0..warmup {
        let _ = call().await;
    }
    let progress = bar(iterations as u64, label);
    let mut samples = Vec::with_capacity(iterations);
    let mut failures = 0;
    for _ in 0..iterations {
        let start = Instant::now();
        let result = call().await;
        samples.push(start.elapsed());
        if let Err(error) = result {
            if failures == 0 {
                progress.suspend(|| eprintln!("{label}: {error:#}"));
            }
            failures += 1;
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    match Stats::of(samples) {
        Some(latency) => Outcome::Calls { latency, failures },
        None => Outcome::skipped("no iterations"),
    }
}

/// `total` steps by `concurrency` workers that take the next step index as they finish.
pub async fn load<F, Fut>(total: usize, concurrency: usize, label: &str, step: F) -> Outcome
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    let step = Arc::new(step);
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let progress = bar(total as u64, label);
    let label: Arc<str> = label.into();
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (step, next, failures, progress, label) = (
                step.clone(),
                next.clone(),
                failures.clone(),
                progress.clone(),
                label.clone(),
            );
            tokio::spawn(async move {
                let mut samples: Vec<Duration> = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    let start = Instant::now();
                    if let Err(error) = step(i).await {
                        if failures.fetch_add(1, Ordering::Relaxed) == 0 {
                            progress.suspend(|| eprintln!("{label} step {i}: {error:#}"));
                        }
                    }
                    samples.push(start.elapsed());
                    progress.inc(1);
                }
                samples
            })
        })
        .collect();
    let mut samples = Vec::with_capacity(total);
    for worker in workers {
        samples.extend(worker.await.unwrap_or_default());
    }
    let elapsed = started.elapsed();
    progress.finish_and_clear();
    match Stats::of(samples) {
        Some(latency) => Outcome::Load {
            latency,
            steps_per_second: total as f64 / elapsed.as_secs_f64(),
            failures: failures.load(Ordering::Relaxed),
        },
        None => Outcome::skipped("no steps"),
    }
}
