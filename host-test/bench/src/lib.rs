//! The benchmark behind `host-test bench` (this crate, `step-bench`, with its peer runtimes'
//! scripts beside it in `peers/`; never part of the shipped `step-service`): the same
//! `.wasm`, inputs and loopback simulator under every way of running it, against the limit — the component's own crate linked natively with a
//! keep-alive client.
//!
//! Runtimes: native Rust, our host in-process (`step_host::Plugin`), our service over HTTP
//! (`host-test serve` in its own process), jco under Node (worker threads) and wasmtime-py.
//! Measurements: `validate` (typical and FICO-heavy inputs), `execute` at concurrency 1 and
//! 64, `parse` of a ~1 MB report, and whole `host-test validate` processes (the process
//! running the benchmark must be `host-test`: it starts itself for those and for `serve`). The table (min,
//! median, p99, ratios to native, targets) goes to stderr, the JSON to stdout and `--out`.
//! This is harness code: the host library itself stays plugin-agnostic.

mod local;
pub mod measurements;
mod native;
pub mod peers;
mod process;
pub mod report;
mod service;
pub mod stats;
mod timing;
pub mod workload;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use serde_json::{json, Value};

use plaid_sim::{SimConfig, Simulator, TEST_KEYS};
use step_host::policy::Origin;
use step_host::{CredentialSource, LoadOptions, Plugin, Policy, StepConfig};

use local::Local;
use measurements::Counts;
use peers::Peer;
use report::Results;
use timing::Outcome;

/// `host-test bench` options.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// A tenth of the iterations, for a quick look.
    #[arg(long)]
    pub quick: bool,
    /// Also write the JSON results to this file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Node.js, for the jco peer.
    #[arg(long, value_name = "BIN", default_value = "node")]
    pub node: String,
    /// A Python that has the `wasmtime` package, for the wasmtime-py peer
    /// (`scripts/bench.sh` makes one).
    #[arg(
        long,
        value_name = "BIN",
        env = "HOST_TEST_BENCH_PYTHON",
        default_value = "python3"
    )]
    pub python: String,
    /// The folder with `jco/bench.mjs` and `wasmtime-py/bench.py` (default: this crate's
    /// `peers/`).
    #[arg(long, value_name = "DIR")]
    pub peers_dir: Option<PathBuf>,
    /// Measure only native, in-process and `serve`.
    #[arg(long)]
    pub no_peers: bool,
}

impl BenchArgs {
    /// The peer runtimes to run (none with `--no-peers`).
    fn peers(&self) -> Vec<Peer> {
        if self.no_peers {
            return Vec::new();
        }
        let dir = self
            .peers_dir
            .clone()
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("peers"));
        vec![
            Peer {
                name: "jco (Node)",
                program: self.node.clone(),
                script: dir.join("jco/bench.mjs"),
            },
            Peer {
                name: "wasmtime-py",
                program: self.python.clone(),
                script: dir.join("wasmtime-py/bench.py"),
            },
        ]
    }
}

/// Runs the whole benchmark; prints the table on stderr and returns the JSON results.
pub async fn run(plugin_path: &Path, args: BenchArgs) -> anyhow::Result<Value> {
    if cfg!(debug_assertions) {
        eprintln!("warning: this is a debug build of host-test: a smoke run only, not figures (scripts/bench.sh builds the release host)");
    }
    let counts = Counts::new(args.quick);
    let scratch = tempfile::tempdir()?;
    let sim = Simulator::start(
        0,
        SimConfig {
            rate_limit_per_minute: usize::MAX,
            ..SimConfig::default()
        },
    )
    .await?;
    let locals = start_locals(plugin_path, &sim.url(), scratch.path()).await?;
    let report = workload::big_report();
    let mut results = Results::default();
    measure_validate(&locals, &counts, &mut results).await;
    measure_execute(&locals, &counts, &mut results).await;
    measure_parse(&locals, &counts, &report, &mut results).await;
    let mut names: Vec<&str> = locals.iter().map(Local::name).collect();
    drop(locals);

    let report_file = scratch.path().join("report-1mb.json");
    std::fs::write(&report_file, &report)?;
    let spec_file = scratch.path().join("spec.json");
    let spec = peers::spec(plugin_path, &sim.url(), &report_file, &counts);
    std::fs::write(&spec_file, serde_json::to_vec(&spec)?)?;
    let mut runtimes: Vec<Value> = names.iter().map(|name| json!({ "name": name })).collect();
    let peers = args.peers();
    for peer in &peers {
        let run = peer.run(&spec_file).await;
        for (measurement, outcome) in run.outcomes {
            results.push(measurement, peer.name, outcome);
        }
        runtimes.push(json!({ "name": peer.name, "version": run.version, "notes": run.notes }));
    }

    let processes = measure_processes(plugin_path, scratch.path(), args.quick)?;
    let size = std::fs::metadata(plugin_path)
        .context("component size")?
        .len();
    let peer_names: Vec<&str> = peers.iter().map(|p| p.name).collect();
    let targets = results.targets(size, &peer_names);
    names.extend(&peer_names);
    report::print_table(&results, &names, &targets);
    eprintln!("whole `host-test validate` processes (median ms): warm cache {:.1}, no cache {:.1}; component {size} bytes",
        processes["warm_cache"]["median_us"].as_f64().unwrap_or(0.0) / 1e3,
        processes["no_cache"]["median_us"].as_f64().unwrap_or(0.0) / 1e3);
    let json = json!({
        "machine": { "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) },
        "counts": counts,
        "component_bytes": size,
        "runtimes": runtimes,
        "results": results.cells_json(),
        "process_validate": processes,
        "targets": targets,
    });
    if let Some(path) = &args.out {
        std::fs::write(path, serde_json::to_string_pretty(&json)?)
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("results written to {}", path.display());
    }
    Ok(json)
}

/// Native, in-process and the service, all against the simulator at `sim_url`.
async fn start_locals(
    plugin_path: &Path,
    sim_url: &str,
    scratch: &Path,
) -> anyhow::Result<Vec<Local>> {
    let mut policy = Policy::default();
    policy.allow.push(Origin::parse(sim_url)?);
    policy.credentials_for.push(Origin::parse(sim_url)?);
    let credentials = TEST_KEYS
        .iter()
        .fold(CredentialSource::none(), |source, (name, value)| {
            source.with(name, value)
        });
    let options = LoadOptions {
        cache_dir: Some(scratch.join("cache")),
        max_concurrency: 64,
    };
    let plugin = Plugin::load_with(plugin_path, policy, credentials, &options)?;
    plugin.ready().await?;
    let config = StepConfig {
        base_url: Some(sim_url.to_owned()),
        ..StepConfig::default()
    };
    let service = service::Service::start(plugin_path, sim_url, scratch).await?;
    Ok(vec![
        Local::Native(Arc::new(native::Native::new(sim_url))),
        Local::InProcess(Arc::new(plugin), config),
        Local::Serve(Arc::new(service)),
    ])
}

async fn measure_validate(locals: &[Local], counts: &Counts, results: &mut Results) {
    let inputs = [
        (measurements::VALIDATE_TYPICAL, workload::TYPICAL.to_owned()),
        (measurements::VALIDATE_FICO, workload::fico_heavy()),
    ];
    for (measurement, input) in &inputs {
        for local in locals {
            let label = format!("{measurement}: {}", local.name());
            let outcome =
                timing::sequential(counts.validate, counts.validate_warmup, &label, || {
                    local.validate(input)
                })
                .await;
            results.push(measurement, local.name(), outcome);
        }
    }
}

async fn measure_execute(locals: &[Local], counts: &Counts, results: &mut Results) {
    let runs = [
        (measurements::EXECUTE_1, 1, counts.execute_sequential),
        (measurements::EXECUTE_64, 64, counts.execute_concurrent),
    ];
    for (measurement, concurrency, steps) in runs {
        for local in locals {
            let label = format!("{measurement}: {}", local.name());
            let step = |offset: usize| {
                let local = local.clone();
                move |i: usize| {
                    let local = local.clone();
                    async move { local.execute(offset + i).await }
                }
            };
            timing::load(
                counts.execute_warmup,
                concurrency,
                "warm-up",
                step(1_000_000),
            )
            .await;
            let outcome = timing::load(steps, concurrency, &label, step(0)).await;
            results.push(measurement, local.name(), outcome);
        }
    }
}

async fn measure_parse(locals: &[Local], counts: &Counts, report: &[u8], results: &mut Results) {
    for local in locals {
        let label = format!("{}: {}", measurements::PARSE, local.name());
        let outcome = match local.parser() {
            Ok(parser) => {
                timing::sequential(counts.parse, counts.parse_warmup, &label, || {
                    parser.parse(report)
                })
                .await
            }
            Err(reason) => Outcome::skipped(reason),
        };
        results.push(measurements::PARSE, local.name(), outcome);
    }
}

fn measure_processes(plugin_path: &Path, scratch: &Path, quick: bool) -> anyhow::Result<Value> {
    let input = scratch.join("typical.json");
    std::fs::write(&input, workload::TYPICAL)?;
    let warm = scratch.join("process-cache");
    process::validate_processes(1, plugin_path, Some(&warm), &input)?;
    let runs = if quick { 3 } else { 10 };
    Ok(json!({
        "warm_cache": process::validate_processes(runs, plugin_path, Some(&warm), &input)?,
        "no_cache": process::validate_processes(runs, plugin_path, None, &input)?,
    }))
}
