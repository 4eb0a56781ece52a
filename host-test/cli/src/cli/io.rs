//! Reading what the verbs read: step inputs (capped), response bodies, the built step
//! components.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};

/// The folder this workspace builds its step components into
/// (`<target dir>/wasm32-wasip2/release`, next to the running binary's target dir).
pub fn default_plugins_dir() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe().context("cannot locate the host-test binary")?;
    exe.ancestors()
        .skip(1)
        .map(|dir| dir.join("wasm32-wasip2").join("release"))
        .find(|dir| !built_steps(dir).is_empty())
        .ok_or_else(|| anyhow::anyhow!("no step components built next to host-test: run scripts/setup.sh's build_component (scripts/run.sh does), or pass --plugin PATH / --plugins DIR"))
}

/// The ids (file stems) of the step components in `dir`.
pub fn built_steps(dir: &Path) -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let id = name.strip_suffix(".wasm")?;
            (!id.starts_with('.')).then(|| id.to_owned())
        })
        .collect();
    ids.sort();
    ids
}

/// No step was named: say how to name one, and which are built.
pub fn no_step_chosen() -> anyhow::Error {
    let built = default_plugins_dir()
        .map(|dir| built_steps(&dir).join(", "))
        .unwrap_or_else(|_| "none".to_owned());
    anyhow::anyhow!("no step chosen: pass --step ID (built: {built}) or --plugin PATH (or set HOST_TEST_PLUGIN)")
}

/// Finds a step component this workspace builds by its id (the file stem, e.g.
/// `plaid_webhook_verify`), in the default plugins folder.
pub fn plugin_for_step(id: &str) -> anyhow::Result<PathBuf> {
    let valid = !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !id.starts_with('.');
    if !valid {
        bail!("--step must be a step id (letters, digits, _, - and ., as the plugin file's stem)");
    }
    built_plugin(&format!("{id}.wasm"))
}

fn built_plugin(file: &str) -> anyhow::Result<PathBuf> {
    let candidate = default_plugins_dir()?.join(file);
    if !candidate.is_file() {
        return Err(no_step_chosen().context(format!("no step component {file} is built")));
    }
    Ok(candidate)
}

/// Reads the step input from a file or stdin (`-`), at most `cap` bytes: a larger input
/// is refused before more than `cap + 1` bytes are held.
pub fn read_input(source: &str, cap: u64) -> anyhow::Result<String> {
    let too_large = || {
        anyhow::anyhow!(
            "the step input {} is larger than the {cap}-byte cap (raise it with --max-input BYTES)",
            if source == "-" { "on stdin" } else { source }
        )
    };
    let mut bytes = Vec::new();
    if source == "-" {
        std::io::stdin()
            .lock()
            .take(cap + 1)
            .read_to_end(&mut bytes)
            .context("cannot read the step input from stdin")?;
    } else {
        let file = std::fs::File::open(Path::new(source))
            .with_context(|| format!("cannot read the step input {source}"))?;
        if file.metadata().is_ok_and(|m| m.is_file() && m.len() > cap) {
            return Err(too_large());
        }
        file.take(cap + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read the step input {source}"))?;
    }
    if bytes.len() as u64 > cap {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "the step input {source} is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads a response body from a file or stdin (`-`).
pub fn read_body(source: &str) -> anyhow::Result<Vec<u8>> {
    if source == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read the response body from stdin")?;
        return Ok(bytes);
    }
    std::fs::read(Path::new(source))
        .with_context(|| format!("cannot read the response body {source}"))
}

/// Parses `NAME: VALUE` header arguments.
pub fn parse_headers(headers: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    headers
        .iter()
        .map(|h| match h.split_once(':') {
            Some((name, value)) => Ok((name.trim().to_owned(), value.trim().to_owned())),
            None => bail!("--header must look like `NAME: VALUE`; got {h:?}"),
        })
        .collect()
}
