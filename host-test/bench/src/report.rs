//! The results: every (measurement, runtime) cell with its ratios to native, the targets
//! of issue #15 checked against them, the JSON and the table.

use serde_json::{json, Value};

use super::measurements;
use super::timing::Outcome;

/// The limit every ratio is taken against.
pub const NATIVE: &str = "native Rust";
/// Our host in-process: the row the targets are about.
pub const IN_PROCESS: &str = "host in-process";
/// Our service over HTTP.
pub const SERVE: &str = "host-test serve";

/// The `.wasm` size target: 200 KiB.
pub const SIZE_TARGET_BYTES: u64 = 200 * 1024;

/// One runtime's result for one measurement.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Which measurement.
    pub measurement: &'static str,
    /// Which runtime.
    pub runtime: String,
    /// What it did.
    pub outcome: Outcome,
}

/// All cells, in the order they were measured.
#[derive(Debug, Default)]
pub struct Results {
    /// The cells.
    pub cells: Vec<Cell>,
}

impl Results {
    /// Adds a cell.
    pub fn push(&mut self, measurement: &'static str, runtime: &str, outcome: Outcome) {
        self.cells.push(Cell {
            measurement,
            runtime: runtime.to_owned(),
            outcome,
        });
    }

    /// The cell of `runtime` for `measurement`.
    pub fn get(&self, measurement: &str, runtime: &str) -> Option<&Outcome> {
        self.cells
            .iter()
            .find(|c| c.measurement == measurement && c.runtime == runtime)
            .map(|c| &c.outcome)
    }

    fn median(&self, measurement: &str, runtime: &str) -> Option<f64> {
        self.get(measurement, runtime)
            .and_then(Outcome::latency)
            .map(|s| s.median_us)
    }

    fn throughput(&self, measurement: &str, runtime: &str) -> Option<f64> {
        self.get(measurement, runtime)
            .and_then(Outcome::steps_per_second)
    }

    /// Median latency of `runtime` over native's, for `measurement`.
    pub fn latency_ratio(&self, measurement: &str, runtime: &str) -> Option<f64> {
        Some(self.median(measurement, runtime)? / self.median(measurement, NATIVE)?)
    }

    /// Steps/s of `runtime` over native's, for `measurement`.
    pub fn throughput_ratio(&self, measurement: &str, runtime: &str) -> Option<f64> {
        Some(self.throughput(measurement, runtime)? / self.throughput(measurement, NATIVE)?)
    }

    /// Every cell as JSON, with its ratios to native.
    pub fn cells_json(&self) -> Vec<Value> {
        self.cells
            .iter()
            .map(|c| {
                json!({
                    "measurement": c.measurement,
                    "runtime": c.runtime,
                    "outcome": c.outcome,
                    "median_ratio_to_native": self.latency_ratio(c.measurement, &c.runtime),
                    "throughput_ratio_to_native": self.throughput_ratio(c.measurement, &c.runtime),
                })
            })
            .collect()
    }

    /// Issue #15's targets, each with the figure and whether it is met (`null`: not measured).
    pub fn targets(&self, component_bytes: u64, peers: &[&str]) -> Vec<Value> {
        use measurements::*;
        let at_most = |name: &str, value: Option<f64>, limit: f64| {
            target(name, value, value.map(|v| v <= limit))
        };
        let serve_gap = self
            .throughput(EXECUTE_64, IN_PROCESS)
            .zip(self.throughput(EXECUTE_64, SERVE))
            .map(|(ours, served)| ours / served);
        let concurrent = self.throughput_ratio(EXECUTE_64, IN_PROCESS);
        let mut targets = vec![
            at_most(
                "validate (typical) in-process ≤ 30 µs",
                self.median(VALIDATE_TYPICAL, IN_PROCESS),
                30.0,
            ),
            at_most(
                "execute c=1 in-process ≤ 1.2× native",
                self.latency_ratio(EXECUTE_1, IN_PROCESS),
                1.2,
            ),
            target(
                "execute c=64 in-process ≥ 0.7× native steps/s",
                concurrent,
                concurrent.map(|r| r >= 0.7),
            ),
            at_most(
                "serve c=64 within 1.5× of in-process steps/s",
                serve_gap,
                1.5,
            ),
            at_most(
                "parse ~1 MB in-process ≤ 1.3× native",
                self.latency_ratio(PARSE, IN_PROCESS),
                1.3,
            ),
            target(
                ".wasm ≤ 200 KiB (bytes)",
                Some(component_bytes as f64),
                Some(component_bytes <= SIZE_TARGET_BYTES),
            ),
        ];
        for peer in peers {
            let rows: Vec<Option<bool>> = ALL.iter().map(|m| self.faster_than(m, peer)).collect();
            let met = if rows.iter().any(Option::is_none) {
                None
            } else {
                Some(rows.iter().all(|r| *r == Some(true)))
            };
            let faster = rows.iter().filter(|r| **r == Some(true)).count() as f64;
            targets.push(target(
                &format!("in-process faster than {peer} on every row (rows faster)"),
                Some(faster),
                met,
            ));
        }
        targets
    }

    /// Whether in-process beats `peer` on `measurement` (steps/s for load rows).
    fn faster_than(&self, measurement: &str, peer: &str) -> Option<bool> {
        match (
            self.throughput(measurement, IN_PROCESS),
            self.throughput(measurement, peer),
        ) {
            (Some(ours), Some(theirs)) => Some(ours > theirs),
            _ => Some(self.median(measurement, IN_PROCESS)? < self.median(measurement, peer)?),
        }
    }
}

fn target(name: &str, value: Option<f64>, met: Option<bool>) -> Value {
    json!({ "target": name, "value": value, "met": met })
}

/// Prints the table of every measurement and runtime, then the targets, on stderr.
pub fn print_table(results: &Results, runtimes: &[&str], targets: &[Value]) {
    eprintln!(
        "\n{:<17} {:>10} {:>10} {:>10} {:>9} {:>9} {:>9} {:>6}",
        "runtime", "min µs", "median µs", "p99 µs", "×native", "steps/s", "×native", "failed"
    );
    for measurement in measurements::ALL {
        eprintln!("── {measurement}");
        for runtime in runtimes {
            let Some(outcome) = results.get(measurement, runtime) else {
                continue;
            };
            let ratio = |r: Option<f64>| r.map(|r| format!("{r:.2}")).unwrap_or_else(|| "–".into());
            match (outcome, outcome.latency()) {
                (Outcome::Skipped { reason }, _) => eprintln!("{runtime:<17} skipped: {reason}"),
                (_, Some(s)) => eprintln!(
                    "{runtime:<17} {:>10.1} {:>10.1} {:>10.1} {:>9} {:>9} {:>9} {:>6}",
                    s.min_us,
                    s.median_us,
                    s.p99_us,
                    ratio(results.latency_ratio(measurement, runtime)),
                    outcome
                        .steps_per_second()
                        .map(|t| format!("{t:.0}"))
                        .unwrap_or_else(|| "–".into()),
                    ratio(results.throughput_ratio(measurement, runtime)),
                    outcome.failures()
                ),
                _ => {}
            }
        }
    }
    eprintln!("\ntargets (issue #15):");
    for t in targets {
        let verdict = match t["met"].as_bool() {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "not measured",
        };
        let value = t["value"]
            .as_f64()
            .map(|v| format!("{v:.2}"))
            .unwrap_or_else(|| "–".into());
        eprintln!(
            "  {:<58} {:>12}  {verdict}",
            t["target"].as_str().unwrap_or(""),
            value
        );
    }
}
