//! A compile cache: precompiled component artifacts keyed by the `.wasm`'s SHA-256 and
//! the engine's compatibility hash, so a process loads a component in milliseconds
//! instead of compiling it with Cranelift every time.
//!
//! Each artifact sits beside a `.sha256` file holding its own digest, checked before the
//! (unsafe) deserialization: a truncated or corrupted artifact is rebuilt, never loaded.
//! The cache directory must be writable only by the user running the host: anyone who
//! can write both files there can make the host run native code.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _};
use sha2::{Digest as _, Sha256};
use wasmtime::component::Component;
use wasmtime::Engine;

use crate::outcome::first_line;

/// How a component was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Loaded from a verified artifact.
    Hit,
    /// Compiled and stored (first use, stale or corrupt artifact).
    Miss,
    /// Compiled without a cache.
    Disabled,
}

/// The default cache directory: `$XDG_CACHE_HOME/host-test` or `~/.cache/host-test`.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .map(|base| base.join("host-test"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn artifact_path(dir: &Path, engine: &Engine, wasm: &[u8]) -> PathBuf {
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let key = format!(
        "{}-{:016x}.cwasm",
        hex(&Sha256::digest(wasm)),
        hasher.finish()
    );
    dir.join(key)
}

fn sidecar(artifact: &Path) -> PathBuf {
    artifact.with_extension("sha256")
}

/// Loads `wasm` as a component, through the cache in `dir` when given.
pub fn load(
    engine: &Engine,
    wasm: &[u8],
    dir: Option<&Path>,
) -> anyhow::Result<(Component, CacheOutcome)> {
    let compile = || {
        Component::from_binary(engine, wasm).map_err(|e| {
            anyhow!(
                "not a valid WebAssembly component: {}",
                first_line(&e.to_string())
            )
        })
    };
    let Some(dir) = dir else {
        return Ok((compile()?, CacheOutcome::Disabled));
    };
    let path = artifact_path(dir, engine, wasm);
    if let Some(component) = load_verified(engine, &path) {
        tracing::debug!(path = %path.display(), "compile cache hit");
        return Ok((component, CacheOutcome::Hit));
    }
    let artifact = engine.precompile_component(wasm).map_err(|e| {
        anyhow!(
            "not a valid WebAssembly component: {}",
            first_line(&e.to_string())
        )
    })?;
    if let Err(e) = store(dir, &path, &artifact) {
        tracing::warn!("compile cache not written ({e:#}); continuing without it");
    }
    // SAFETY: the bytes were produced by `precompile_component` on this very engine.
    let component = unsafe { Component::deserialize(engine, &artifact) }.map_err(|e| {
        anyhow!(
            "cannot load the freshly compiled component: {}",
            first_line(&e.to_string())
        )
    })?;
    tracing::debug!(path = %path.display(), "compile cache miss: compiled and stored");
    Ok((component, CacheOutcome::Miss))
}

/// The cached component if its artifact matches its recorded digest.
fn load_verified(engine: &Engine, path: &Path) -> Option<Component> {
    let artifact = std::fs::read(path).ok()?;
    let recorded = std::fs::read_to_string(sidecar(path)).ok()?;
    if recorded.trim() != hex(&Sha256::digest(&artifact)) {
        tracing::warn!(path = %path.display(), "compile cache artifact does not match its digest; rebuilding");
        return None;
    }
    // SAFETY: the artifact's digest matches the one recorded when this host wrote it,
    // and its name binds it to this wasm and this engine's compatibility hash;
    // wasmtime additionally checks the engine configuration recorded in it.
    match unsafe { Component::deserialize(engine, &artifact) } {
        Ok(component) => Some(component),
        Err(e) => {
            tracing::warn!(
                "compile cache artifact rejected ({}); rebuilding",
                first_line(&e.to_string())
            );
            None
        }
    }
}

fn store(dir: &Path, path: &Path, artifact: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("create {}", dir.display()))?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, artifact)?;
    std::fs::rename(&tmp, path)?;
    let tmp_sum = sidecar(path).with_extension(format!("sha256.tmp{}", std::process::id()));
    std::fs::write(&tmp_sum, hex(&Sha256::digest(artifact)))?;
    std::fs::rename(&tmp_sum, sidecar(path))?;
    Ok(())
}
