//! `host-test bench`: what the plugin boundary costs next to the same work done natively.
//!
//! The native baseline links the component's own crate (`plaid-partner-insights`) as a
//! normal Rust library and does the same request building and response parsing, with a
//! keep-alive hyper client, against the same loopback simulator. This is harness code;
//! the host library itself stays plugin-agnostic.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};

use plaid_sim::{SimConfig, Simulator, TEST_CLIENT_ID, TEST_KEYS, TEST_SECRET};
use step_host::policy::Origin;
use step_host::{CredentialSource, LoadOptions, Plugin, Policy, StepConfig};

/// Sample statistics in microseconds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    /// Samples.
    pub n: usize,
    /// Median.
    pub median_us: f64,
    /// 10th percentile.
    pub p10_us: f64,
    /// 90th percentile.
    pub p90_us: f64,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() - 1) as f64 * q).round() as usize;
        samples[i].as_secs_f64() * 1e6
    };
    Stats {
        n: samples.len(),
        median_us: at(0.5),
        p10_us: at(0.1),
        p90_us: at(0.9),
    }
}

fn bar(len: u64, label: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{msg:40} {bar:30} {pos}/{len} {elapsed}").expect("template"),
    );
    bar.set_message(label.to_owned());
    bar
}

const TYPICAL: &str = r#"{"user_id":"usr_bench_typical","partner_insights":{"prism_versions":{"cashscore":"4","firstdetect":"3","insights":"4"}}}"#;

fn fico_heavy() -> String {
    let request = json!({
        "ultrafico_score_version": "1.0", "request_correlation_id": "corr",
        "base_fico_score": { "bureau": "EXPERIAN", "score": 700, "base_fico_score_version": "10T", "reason_codes": ["1", "2", "3", "4"] }
    });
    json!({ "user_id": "usr_bench_fico", "partner_insights": { "prism_versions": { "cashscore": "4" }, "fico": {
        "fico_lender_id": "l", "lender_application_id": "a", "ultrafico_score_requests": vec![request; 20]
    } } })
    .to_string()
}

/// A ~1 MB report: the simulator's answer with many Items.
fn big_report() -> Vec<u8> {
    let mut body: Value = serde_json::from_str(include_str!(
        "../../../examples/plaid/response-200.spec-example-1.json"
    ))
    .expect("example");
    let item = body["report"]["items"][0].clone();
    let mut items = Vec::new();
    while serde_json::to_vec(&items).map(|v| v.len()).unwrap_or(0) < 1_000_000 {
        items.push(item.clone());
    }
    body["report"]["items"] = Value::Array(items);
    serde_json::to_vec(&body).expect("serializes")
}

async fn time_each<F, Fut>(iterations: usize, label: &str, mut f: F) -> anyhow::Result<Stats>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let progress = bar(iterations as u64, label);
    let mut samples = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let start = Instant::now();
        f().await?;
        samples.push(start.elapsed());
        progress.inc(1);
    }
    progress.finish_and_clear();
    Ok(stats(samples))
}

/// The native baseline: build, send with keep-alive, parse, using the same crate.
struct Native {
    client: Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>,
    config: plaid_partner_insights::StepConfig,
}

impl Native {
    async fn execute(&self, input: &str) -> anyhow::Result<Value> {
        let env = |name: &str| match name {
            "PLAID_CLIENT_ID" => Some(TEST_CLIENT_ID.to_owned()),
            "PLAID_SECRET" => Some(TEST_SECRET.to_owned()),
            _ => None,
        };
        let prepared = plaid_partner_insights::prepare(input, &self.config, &env)
            .map_err(|e| anyhow::anyhow!(e.message))?;
        let mut request = http::Request::post(&prepared.wire.url);
        for (name, value) in &prepared.wire.headers {
            request = request.header(name, value);
        }
        let response = self
            .client
            .request(request.body(Full::new(Bytes::from(prepared.wire.body)))?)
            .await?;
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_owned()))
            .collect();
        let body = response.into_body().collect().await?.to_bytes();
        plaid_partner_insights::parse(status, &headers, &body)
            .map_err(|e| anyhow::anyhow!(e.message))
    }
}

/// Runs `total` steps at `concurrency`; returns (per-step latency stats, steps/s, failures).
async fn load<F, Fut>(total: usize, concurrency: usize, label: &str, step: F) -> (Stats, f64, usize)
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<Value>> + Send,
{
    let step = Arc::new(step);
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let progress = bar(total as u64, label);
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (step, next, failures, progress) = (
                step.clone(),
                next.clone(),
                failures.clone(),
                progress.clone(),
            );
            tokio::spawn(async move {
                let mut samples = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        return samples;
                    }
                    let start = Instant::now();
                    if step(i).await.is_err() {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                    samples.push(start.elapsed());
                    progress.inc(1);
                }
            })
        })
        .collect();
    let mut samples = Vec::new();
    for worker in workers {
        samples.extend(worker.await.unwrap_or_default());
    }
    let elapsed = started.elapsed();
    progress.finish_and_clear();
    (
        stats(samples),
        total as f64 / elapsed.as_secs_f64(),
        failures.load(Ordering::Relaxed),
    )
}

/// Median wall time of whole `host-test validate` processes.
fn cold_starts(
    runs: usize,
    plugin: &Path,
    cache: Option<&Path>,
    input: &Path,
) -> anyhow::Result<Stats> {
    let exe = std::env::current_exe()?;
    let mut samples = Vec::new();
    for _ in 0..runs {
        let mut command = std::process::Command::new(&exe);
        command
            .arg("--plugin")
            .arg(plugin)
            .arg("validate")
            .arg(input);
        match cache {
            Some(dir) => command.arg("--cache-dir").arg(dir),
            None => command.arg("--no-cache"),
        };
        let start = Instant::now();
        let output = command.output()?;
        samples.push(start.elapsed());
        anyhow::ensure!(
            output.status.success(),
            "host-test validate failed during the benchmark"
        );
    }
    Ok(stats(samples))
}

/// Runs the whole benchmark; prints a table on stderr and returns the JSON results.
pub async fn run(plugin_path: &Path, quick: bool, out: Option<PathBuf>) -> anyhow::Result<Value> {
    let scale = if quick { 10 } else { 1 };
    let sim = Simulator::start(
        0,
        SimConfig {
            rate_limit_per_minute: usize::MAX,
            ..SimConfig::default()
        },
    )
    .await?;
    let mut policy = Policy::default();
    policy.allow.push(Origin::parse(&sim.url())?);
    policy.credentials_for.push(Origin::parse(&sim.url())?);
    let credentials = TEST_KEYS
        .iter()
        .fold(CredentialSource::none(), |source, (name, value)| {
            source.with(name, value)
        });
    let cache_dir = tempfile::tempdir()?;
    let options = LoadOptions {
        cache_dir: Some(cache_dir.path().to_owned()),
        max_concurrency: 64,
    };
    let plugin = Arc::new(Plugin::load_with(
        plugin_path,
        policy,
        credentials,
        &options,
    )?);
    let config = StepConfig {
        base_url: Some(sim.url()),
        ..StepConfig::default()
    };
    let native = Arc::new(Native {
        client: Client::builder(TokioExecutor::new())
            .pool_max_idle_per_host(64)
            .build_http(),
        config: plaid_partner_insights::StepConfig {
            base_url: Some(sim.url()),
            ..Default::default()
        },
    });
    let heavy = fico_heavy();

    let validate_typical = time_each(5000 / scale, "fresh instance + validate (typical)", || {
        let plugin = plugin.clone();
        async move {
            plugin
                .validate(TYPICAL)
                .await
                .map(drop)
                .map_err(|e| anyhow::anyhow!(e.message))
        }
    })
    .await?;
    let validate_fico = time_each(
        2000 / scale,
        "fresh instance + validate (FICO-heavy)",
        || {
            let (plugin, heavy) = (plugin.clone(), heavy.clone());
            async move {
                plugin
                    .validate(&heavy)
                    .await
                    .map(drop)
                    .map_err(|e| anyhow::anyhow!(e.message))
            }
        },
    )
    .await?;
    let native_validate = time_each(5000 / scale, "native validate (typical)", || async {
        plaid_partner_insights::validate(TYPICAL)
            .map(drop)
            .map_err(|_| anyhow::anyhow!("invalid"))
    })
    .await?;

    let mut execute = Vec::new();
    for concurrency in [1usize, 8, 64] {
        let total = (if concurrency == 1 { 1000 } else { 5000 }) / scale;
        let wasm = {
            let (plugin, config) = (plugin.clone(), config.clone());
            load(
                total,
                concurrency,
                &format!("execute wasm   c={concurrency}"),
                move |i| {
                    let (plugin, config) = (plugin.clone(), config.clone());
                    async move {
                        plugin
                            .execute_text(&format!(r#"{{"user_id":"usr_b{i}"}}"#), &config)
                            .await
                            .map(Value::String)
                            .map_err(|e| anyhow::anyhow!(e.message))
                    }
                },
            )
            .await
        };
        let base = {
            let native = native.clone();
            load(
                total,
                concurrency,
                &format!("execute native c={concurrency}"),
                move |i| {
                    let native = native.clone();
                    async move {
                        native
                            .execute(&format!(r#"{{"user_id":"usr_b{i}"}}"#))
                            .await
                    }
                },
            )
            .await
        };
        execute.push(json!({
            "concurrency": concurrency,
            "steps": total,
            "wasm": { "latency": wasm.0, "steps_per_second": wasm.1, "failures": wasm.2 },
            "native": { "latency": base.0, "steps_per_second": base.1, "failures": base.2 },
            "ratio_median_latency": wasm.0.median_us / base.0.median_us,
        }));
    }

    let report = big_report();
    let parse_wasm = time_each(100 / scale.min(10), "parse ~1 MB report (wasm)", || {
        let (plugin, report) = (plugin.clone(), &report);
        async move {
            plugin
                .parse_text(200, &[], report)
                .await
                .map(drop)
                .map_err(|e| anyhow::anyhow!(e.message))
        }
    })
    .await?;
    let parse_native = time_each(
        100 / scale.min(10),
        "parse ~1 MB report (native)",
        || async {
            plaid_partner_insights::parse(200, &[], &report)
                .map(drop)
                .map_err(|e| anyhow::anyhow!(e.message))
        },
    )
    .await?;

    let input_file = cache_dir.path().join("typical.json");
    std::fs::write(&input_file, TYPICAL)?;
    let warm_dir = cache_dir.path().join("warm");
    cold_starts(1, plugin_path, Some(&warm_dir), &input_file)?;
    let starts = 10 / scale.min(5);
    let cold_warm = cold_starts(starts.max(2), plugin_path, Some(&warm_dir), &input_file)?;
    let cold_nocache = cold_starts(starts.max(2), plugin_path, None, &input_file)?;

    let size = std::fs::metadata(plugin_path)
        .context("component size")?
        .len();
    let results = json!({
        "machine": { "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) },
        "component_bytes": size,
        "validate_fresh_instance": { "typical": validate_typical, "fico_heavy": validate_fico, "native_typical": native_validate },
        "execute": execute,
        "parse_1mb": { "report_bytes": report.len(), "wasm": parse_wasm, "native": parse_native, "ratio_median": parse_wasm.median_us / parse_native.median_us },
        "process_validate": { "warm_cache": cold_warm, "no_cache": cold_nocache },
    });
    print_table(&results);
    if let Some(path) = out {
        std::fs::write(&path, serde_json::to_string_pretty(&results)?)?;
        eprintln!("results written to {}", path.display());
    }
    Ok(results)
}

fn print_table(r: &Value) {
    let us = |v: &Value| format!("{:>10.1}", v["median_us"].as_f64().unwrap_or(0.0));
    let spread = |v: &Value| {
        format!(
            "{:.1}–{:.1}",
            v["p10_us"].as_f64().unwrap_or(0.0),
            v["p90_us"].as_f64().unwrap_or(0.0)
        )
    };
    eprintln!(
        "{:<46} {:>10} {:>22}",
        "measurement", "median µs", "p10–p90 µs"
    );
    let row = |name: &str, v: &Value| eprintln!("{:<46} {} {:>22}", name, us(v), spread(v));
    row(
        "fresh instance + validate (typical)",
        &r["validate_fresh_instance"]["typical"],
    );
    row(
        "fresh instance + validate (FICO-heavy)",
        &r["validate_fresh_instance"]["fico_heavy"],
    );
    row(
        "native validate (typical)",
        &r["validate_fresh_instance"]["native_typical"],
    );
    for e in r["execute"].as_array().into_iter().flatten() {
        let c = &e["concurrency"];
        row(
            &format!("execute wasm, concurrency {c}"),
            &e["wasm"]["latency"],
        );
        row(
            &format!("execute native, concurrency {c}"),
            &e["native"]["latency"],
        );
        eprintln!(
            "{:<46} wasm {:.0}/s ({} failed), native {:.0}/s ({} failed), latency ratio {:.2}",
            format!("  throughput, concurrency {c}"),
            e["wasm"]["steps_per_second"].as_f64().unwrap_or(0.0),
            e["wasm"]["failures"],
            e["native"]["steps_per_second"].as_f64().unwrap_or(0.0),
            e["native"]["failures"],
            e["ratio_median_latency"].as_f64().unwrap_or(0.0)
        );
    }
    row(
        "parse ~1 MB (wasm, fresh instance)",
        &r["parse_1mb"]["wasm"],
    );
    row("parse ~1 MB (native)", &r["parse_1mb"]["native"]);
    eprintln!(
        "{:<46} {:.2}",
        "  parse ratio wasm/native",
        r["parse_1mb"]["ratio_median"].as_f64().unwrap_or(0.0)
    );
    row(
        "process: host-test validate, warm cache",
        &r["process_validate"]["warm_cache"],
    );
    row(
        "process: host-test validate, no cache",
        &r["process_validate"]["no_cache"],
    );
    eprintln!("{:<46} {}", "component size (bytes)", r["component_bytes"]);
}
