//! Other runtimes of the same `.wasm`, each a script that takes a spec file and prints its
//! samples as JSON (`host-test/bench/peers/jco/bench.mjs`, `host-test/bench/peers/wasmtime-py/bench.py`).
//! A peer that cannot run is reported as skipped, with the reason, never estimated.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context as _;
use serde_json::{json, Value};

use super::measurements::{self, Counts};
use super::stats::Stats;
use super::timing::Outcome;
use super::workload;

/// A peer runtime: a name, a program and the script it runs.
#[derive(Debug, Clone)]
pub struct Peer {
    /// The runtime's name in the table.
    pub name: &'static str,
    /// The interpreter (`node`, a Python with `wasmtime`).
    pub program: String,
    /// The benchmark script.
    pub script: PathBuf,
}

/// What a peer reported: its version and notes, and one outcome per measurement.
#[derive(Debug)]
pub struct PeerRun {
    /// The runtime package version it loaded, when it ran.
    pub version: Option<String>,
    /// How it runs the component (instances, threads).
    pub notes: Option<String>,
    /// (measurement, outcome) in table order.
    pub outcomes: Vec<(&'static str, Outcome)>,
}

/// The spec every peer gets: the same component, simulator, inputs and counts as ours.
pub fn spec(wasm: &Path, sim_url: &str, report: &Path, counts: &Counts) -> Value {
    json!({
        "wasm": wasm,
        "env": plaid_sim::TEST_KEYS.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
        "config": { "base_url": sim_url },
        "validate": {
            "inputs": { "typical": workload::TYPICAL, "fico_heavy": workload::fico_heavy() },
            "iterations": counts.validate, "warmup": counts.validate_warmup,
        },
        "execute": {
            "input_template": workload::EXECUTE_TEMPLATE,
            "runs": [
                { "concurrency": 1, "steps": counts.execute_sequential },
                { "concurrency": 64, "steps": counts.execute_concurrent },
            ],
            "warmup": counts.execute_warmup,
        },
        "parse": { "report_file": report, "iterations": counts.parse, "warmup": counts.parse_warmup },
    })
}

impl Peer {
    /// Runs the peer on the spec file; every failure to run becomes a skipped row.
    pub async fn run(&self, spec_file: &Path) -> PeerRun {
        eprintln!("running {} ({})…", self.name, self.script.display());
        let (program, script, spec_file) = (
            self.program.clone(),
            self.script.clone(),
            spec_file.to_owned(),
        );
        let output = tokio::task::spawn_blocking(move || {
            Command::new(&program).arg(&script).arg(&spec_file).output()
        })
        .await;
        let report = match output {
            Ok(Ok(output)) if output.status.success() => {
                serde_json::from_slice::<Value>(&output.stdout)
                    .with_context(|| format!("its output is not JSON: {}", tail(&output.stderr)))
            }
            Ok(Ok(output)) => Err(anyhow::anyhow!(
                "exited with {}: {}",
                output.status,
                tail(&output.stderr)
            )),
            Ok(Err(error)) => Err(anyhow::anyhow!(
                "{} could not be started: {error}",
                self.program
            )),
            Err(error) => Err(anyhow::anyhow!("{error}")),
        };
        match report {
            Ok(report) => from_report(&report),
            Err(error) => skipped_everywhere(format!("{error:#}")),
        }
    }
}

/// The last few hundred bytes of a peer's stderr, for the reason it was skipped.
fn tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim();
    let start = text.len().saturating_sub(400);
    text[text.floor_char_boundary(start)..].to_owned()
}

fn skipped_everywhere(reason: String) -> PeerRun {
    PeerRun {
        version: None,
        notes: None,
        outcomes: measurements::ALL
            .iter()
            .map(|m| (*m, Outcome::skipped(reason.clone())))
            .collect(),
    }
}

/// Turns a peer's JSON report into outcomes.
pub fn from_report(report: &Value) -> PeerRun {
    if let Some(reason) = report["skipped"].as_str() {
        return skipped_everywhere(reason.to_owned());
    }
    let run_at = |concurrency: u64| {
        report["execute"]
            .as_array()
            .and_then(|runs| runs.iter().find(|r| r["concurrency"] == concurrency))
            .map(load)
            .unwrap_or_else(|| Outcome::skipped("not reported"))
    };
    PeerRun {
        version: report["version"].as_str().map(str::to_owned),
        notes: report["notes"].as_str().map(str::to_owned),
        outcomes: vec![
            (
                measurements::VALIDATE_TYPICAL,
                calls(&report["validate"]["typical"]),
            ),
            (
                measurements::VALIDATE_FICO,
                calls(&report["validate"]["fico_heavy"]),
            ),
            (measurements::EXECUTE_1, run_at(1)),
            (measurements::EXECUTE_64, run_at(64)),
            (measurements::PARSE, calls(&report["parse"])),
        ],
    }
}

fn samples(entry: &Value) -> Result<Stats, String> {
    if let Some(reason) = entry["skipped"].as_str() {
        return Err(reason.to_owned());
    }
    let nanos: Vec<u64> = entry["samples_ns"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    Stats::of_nanos(&nanos).ok_or_else(|| "no samples reported".to_owned())
}

fn failures(entry: &Value) -> usize {
    entry["failures"].as_u64().unwrap_or(0) as usize
}

fn calls(entry: &Value) -> Outcome {
    match samples(entry) {
        Ok(latency) => Outcome::Calls {
            latency,
            failures: failures(entry),
        },
        Err(reason) => Outcome::skipped(reason),
    }
}

fn load(entry: &Value) -> Outcome {
    let elapsed_s = entry["elapsed_ns"].as_f64().unwrap_or(0.0) / 1e9;
    match samples(entry) {
        Ok(latency) if elapsed_s > 0.0 => Outcome::Load {
            steps_per_second: entry["steps"].as_f64().unwrap_or(latency.n as f64) / elapsed_s,
            latency,
            failures: failures(entry),
        },
        Ok(_) => Outcome::skipped("no elapsed time reported"),
        Err(reason) => Outcome::skipped(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_becomes_one_outcome_per_measurement() {
        let report = json!({
            "runtime": "x", "version": "1.2.3", "notes": "n",
            "validate": { "typical": { "samples_ns": [1000, 2000, 3000], "failures": 0 }, "fico_heavy": { "skipped": "no" } },
            "execute": [{ "concurrency": 64, "steps": 10, "elapsed_ns": 1_000_000_000u64, "failures": 2, "samples_ns": [5000] }],
            "parse": { "samples_ns": [], "failures": 0 }
        });
        let run = from_report(&report);
        assert_eq!(run.version.as_deref(), Some("1.2.3"));
        let by = |m: &str| {
            run.outcomes
                .iter()
                .find(|(n, _)| *n == m)
                .map(|(_, o)| o.clone())
                .expect(m)
        };
        assert_eq!(
            by(measurements::VALIDATE_TYPICAL)
                .latency()
                .map(|s| s.median_us),
            Some(2.0)
        );
        assert!(
            matches!(by(measurements::VALIDATE_FICO), Outcome::Skipped { reason } if reason == "no")
        );
        assert!(matches!(
            by(measurements::EXECUTE_1),
            Outcome::Skipped { .. }
        ));
        let load = by(measurements::EXECUTE_64);
        assert_eq!((load.steps_per_second(), load.failures()), (Some(10.0), 2));
        assert!(
            matches!(by(measurements::PARSE), Outcome::Skipped { reason } if reason == "no samples reported")
        );
    }

    #[tokio::test]
    async fn a_peer_that_cannot_start_is_skipped_with_the_reason_never_measured() {
        let peer = Peer {
            name: "missing",
            program: "/nonexistent/interpreter".into(),
            script: PathBuf::from("bench.js"),
        };
        let run = peer.run(Path::new("/nonexistent/spec.json")).await;
        assert_eq!(run.outcomes.len(), measurements::ALL.len());
        for (measurement, outcome) in &run.outcomes {
            match outcome {
                Outcome::Skipped { reason } => assert!(
                    reason.contains("/nonexistent/interpreter could not be started"),
                    "{measurement}: {reason}"
                ),
                other => panic!("{measurement}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_runtime_that_skipped_itself_is_skipped_on_every_row() {
        let run = from_report(&json!({ "runtime": "x", "skipped": "not installed" }));
        assert_eq!(run.outcomes.len(), measurements::ALL.len());
        assert!(run
            .outcomes
            .iter()
            .all(|(_, o)| matches!(o, Outcome::Skipped { reason } if reason == "not installed")));
    }
}
