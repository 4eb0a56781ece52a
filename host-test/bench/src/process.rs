//! Whole `host-test validate` processes: what a one-shot CLI step costs, with the
//! compile cache warm and without it.

use std::path::Path;
use std::time::Instant;

use super::stats::Stats;

/// Wall times of `runs` `host-test validate` processes.
pub fn validate_processes(
    runs: usize,
    plugin: &Path,
    cache: Option<&Path>,
    input: &Path,
) -> anyhow::Result<Stats> {
    let exe = std::env::current_exe()?;
    let mut samples = Vec::with_capacity(runs);
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
            "host-test validate failed during the benchmark: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Stats::of(samples).ok_or_else(|| anyhow::anyhow!("no runs"))
}
