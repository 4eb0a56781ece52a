//! Load: 10,000 steps at concurrency 64 against the simulator with 5 % injected 429 and
//! 5 % injected 500, retries on. Every step is accounted for exactly once, and open file
//! descriptors and resident memory do not grow between the first and the last thousand.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{self, StreamExt as _};
use plaid_sim::SimConfig;
use step_host::{LoadOptions, Plugin, RetryPolicy};
use step_test_support::*;

const STEPS: usize = 10_000;
const BATCH: usize = 1_000;
const CONCURRENCY: usize = 64;

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd")
        .map(|d| d.count())
        .unwrap_or(0)
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_steps_with_injected_faults_lose_nothing() {
    let sim = sim_with(SimConfig {
        rate_limit_per_minute: usize::MAX,
        inject_429_percent: 5,
        inject_500_percent: 5,
        ..SimConfig::default()
    })
    .await;
    let options = LoadOptions {
        max_concurrency: CONCURRENCY,
        ..LoadOptions::default()
    };
    let plugin = Arc::new(
        Plugin::load_with(
            &plugin_path(),
            policy_for(&sim),
            sim_credentials(),
            &options,
        )
        .unwrap(),
    );
    let config = config_for(&sim);
    let retry = RetryPolicy {
        retries: 4,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
    };

    let mut outcomes: Vec<Option<Result<String, String>>> = vec![None; STEPS];
    let mut attempts_total = 0u64;
    let mut marks = Vec::new();
    for batch in 0..STEPS / BATCH {
        let results: Vec<(usize, Result<String, String>, u32)> =
            stream::iter(batch * BATCH..(batch + 1) * BATCH)
                .map(|i| {
                    let (plugin, config, retry) = (plugin.clone(), config.clone(), retry.clone());
                    async move {
                        let input = format!(r#"{{"user_id":"usr_load_{i}"}}"#);
                        let attempted = plugin.execute_with_retries(&input, &config, &retry).await;
                        let outcome = attempted
                            .result
                            .map(|o| {
                                o["summary"]["report_id"]
                                    .as_str()
                                    .unwrap_or_default()
                                    .to_owned()
                            })
                            .map_err(|e| format!("{}:{}", e.kind, e.code));
                        (i, outcome, attempted.attempts)
                    }
                })
                .buffer_unordered(CONCURRENCY)
                .collect()
                .await;
        for (i, outcome, attempts) in results {
            assert!(outcomes[i].is_none(), "step {i} reported twice");
            outcomes[i] = Some(outcome);
            attempts_total += u64::from(attempts);
        }
        if batch == 0 || batch == STEPS / BATCH - 1 {
            marks.push((open_fds(), rss_bytes()));
        }
    }

    let completed: Vec<&String> = outcomes
        .iter()
        .flatten()
        .filter_map(|o| o.as_ref().ok())
        .collect();
    let failed: Vec<&String> = outcomes
        .iter()
        .flatten()
        .filter_map(|o| o.as_ref().err())
        .collect();
    let lost = outcomes.iter().filter(|o| o.is_none()).count();
    let distinct: HashSet<&&String> = completed.iter().collect();
    let (first, last) = (marks[0], marks[1]);
    eprintln!(
        "load: steps={STEPS} completed={} structured_errors={} lost={lost} attempts={attempts_total} fds {}→{} rss {:.1}→{:.1} MiB",
        completed.len(),
        failed.len(),
        first.0,
        last.0,
        first.1 as f64 / 1048576.0,
        last.1 as f64 / 1048576.0
    );
    assert_eq!(lost, 0);
    assert_eq!(completed.len() + failed.len(), STEPS);
    assert_eq!(distinct.len(), completed.len(), "no result was duplicated");
    assert!(
        attempts_total > STEPS as u64,
        "faults were injected and retried"
    );
    assert!(
        failed
            .iter()
            .all(|e| e.starts_with("rate_limited:") || e.starts_with("api_error:")),
        "{failed:?}"
    );
    assert!(
        failed.len() < STEPS / 100,
        "retries absorb nearly all injected faults: {}",
        failed.len()
    );
    // The keep-alive pool may hold more idle connections at the end than after the first
    // thousand (each costs two descriptors here: client and in-process server side), but
    // never more than one per concurrent step; a per-step leak would exceed that quickly.
    assert!(
        last.0 <= first.0 + 2 * CONCURRENCY,
        "open file descriptors grew: {} → {}",
        first.0,
        last.0
    );
    assert!(
        last.1 <= first.1 + 48 * 1024 * 1024,
        "resident memory grew: {} → {}",
        first.1,
        last.1
    );
}
