//! A compile cache: precompiled component artifacts, so a process loads a component in
//! milliseconds instead of compiling it with Cranelift every time.
//!
//! Loading a precompiled artifact runs its native code as is (`Component::deserialize`
//! is `unsafe` for that reason), so this cache trusts an artifact only when it can prove
//! that this host compiled it from this very `.wasm` for this very engine:
//!
//! - **Binding.** Each artifact `<wasm-sha256>-<engine-hash>.cwasm` has a sidecar
//!   (`.meta`) recording the `.wasm`'s SHA-256, the engine's compatibility hash and the
//!   artifact's own SHA-256, authenticated with HMAC-SHA256 under a per-user key. An
//!   artifact copied in from another component (with its sidecar), edited, truncated,
//!   or written by anyone without the key fails the check and is recompiled.
//! - **Key.** 32 random bytes in `$XDG_CONFIG_HOME/host-test/cache.key` (default
//!   `~/.config/host-test/cache.key`; beside the cache directory when neither is known),
//!   created 0600 in a 0700 directory, outside the cache, so a cache restored from
//!   elsewhere (a CI cache, a shared volume, a backup) is never trusted.
//! - **Directory.** Created 0700. A cache directory (or key directory) owned by another
//!   user, or writable by group or others, is refused: the host compiles without the
//!   cache and warns once.
//! - **Files.** Written to unpredictable temporary names created exclusively
//!   (`O_EXCL`, by `tempfile`) and renamed into place, so a planted symlink is replaced,
//!   never followed; artifacts, sidecars and the key are opened with `O_NOFOLLOW`.
//!
//! What it does not defend against: code running as the same user, which can read the
//! key (or replace the `.wasm`, or the host binary) anyway.
//!
//! Why not wasmtime's own `cache` feature (`Config::cache`): as of wasmtime 48 it
//! deserializes whatever file sits under the hash of the input (`fs::read` of
//! `<cache>/<hash>`, zstd-decoded), with no authentication of entries and no check of
//! the directory's owner or permissions, so a substituted entry runs; it is also
//! configured through its own TOML file and cleanup worker, and does not tell the
//! caller whether it hit (the benchmark and tests rely on [`CacheOutcome`]). Moving to
//! it would need those guarantees added first.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{anyhow, bail, Context as _};
use sha2::{Digest as _, Sha256};
use wasmtime::component::Component;
use wasmtime::Engine;

use crate::outcome::first_line;

/// How a component was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Loaded from a verified artifact.
    Hit,
    /// Compiled and stored (first use, or a stale, corrupt or untrusted artifact).
    Miss,
    /// Compiled without a cache: none configured, or the configured one was refused
    /// (another user's, or writable by others; see the warning).
    Disabled,
}

/// The default cache directory: `$XDG_CACHE_HOME/host-test` or `~/.cache/host-test`.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .map(|base| base.join("host-test"))
}

/// Where the cache key lives for a cache in `dir`: `$XDG_CONFIG_HOME/host-test/cache.key`
/// or `~/.config/host-test/cache.key`, else `<dir>.key` beside the cache directory.
pub fn key_file(dir: &Path) -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))
        .map(|base| base.join("host-test").join("cache.key"))
        .unwrap_or_else(|| dir.with_extension("key"))
}

/// Extension of an artifact's authenticated sidecar.
const SIDECAR: &str = "meta";
/// First line of a sidecar: the format's name and version.
const SIDECAR_HEADER: &str = "host-test compile cache 1";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// HMAC-SHA256 (RFC 2104) of `message` under `key` (at most one 64-byte block).
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    block[..key.len()].copy_from_slice(key);
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

/// Equality that takes the same time wherever the first difference is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The facts an artifact is bound to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Binding {
    wasm_sha256: String,
    engine: String,
    artifact_sha256: String,
}

impl Binding {
    fn text(&self) -> String {
        format!(
            "{SIDECAR_HEADER}\nwasm-sha256 {}\nengine {}\nartifact-sha256 {}\n",
            self.wasm_sha256, self.engine, self.artifact_sha256
        )
    }

    fn sidecar(&self, key: &[u8]) -> String {
        let text = self.text();
        format!(
            "{text}hmac-sha256 {}\n",
            hex(&hmac_sha256(key, text.as_bytes()))
        )
    }

    /// Whether `sidecar` is this binding's, authenticated under `key`.
    fn verify(&self, key: &[u8], sidecar: &str) -> Result<(), &'static str> {
        let text = self.text();
        let Some(mac) = sidecar
            .strip_prefix(text.as_str())
            .and_then(|rest| rest.strip_prefix("hmac-sha256 "))
            .map(str::trim_end)
        else {
            return Err("it was compiled from another component or engine, or changed since");
        };
        if !constant_time_eq(
            mac.as_bytes(),
            hex(&hmac_sha256(key, text.as_bytes())).as_bytes(),
        ) {
            return Err("its authentication code does not match this user's cache key");
        }
        Ok(())
    }
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
    let key = match open(dir) {
        Ok(key) => key,
        Err(e) => {
            warn_once(dir, &e);
            return Ok((compile()?, CacheOutcome::Disabled));
        }
    };
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let engine_hash = format!("{:016x}", hasher.finish());
    let wasm_sha256 = hex(&Sha256::digest(wasm));
    let path = dir.join(format!("{wasm_sha256}-{engine_hash}.cwasm"));
    if let Some(component) = load_verified(engine, &path, &key, &wasm_sha256, &engine_hash) {
        tracing::debug!(path = %path.display(), "compile cache hit");
        return Ok((component, CacheOutcome::Hit));
    }
    let artifact = engine.precompile_component(wasm).map_err(|e| {
        anyhow!(
            "not a valid WebAssembly component: {}",
            first_line(&e.to_string())
        )
    })?;
    let binding = Binding {
        wasm_sha256,
        engine: engine_hash,
        artifact_sha256: hex(&Sha256::digest(&artifact)),
    };
    if let Err(e) = store(dir, &path, &artifact, &binding.sidecar(&key)) {
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

/// Warns about a refused cache directory once per directory and process.
fn warn_once(dir: &Path, error: &anyhow::Error) {
    static WARNED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut warned = WARNED.lock().unwrap_or_else(|e| e.into_inner());
    if !warned.iter().any(|d| d == dir) {
        warned.push(dir.to_owned());
        tracing::warn!("compile cache not used ({error:#}); compiling without it");
    }
}

/// The cached component if its artifact is bound to this wasm and engine by a sidecar
/// authenticated under this user's key.
fn load_verified(
    engine: &Engine,
    path: &Path,
    key: &[u8],
    wasm_sha256: &str,
    engine_hash: &str,
) -> Option<Component> {
    let artifact = read_no_follow(path).ok()?;
    let sidecar = read_no_follow(&path.with_extension(SIDECAR)).ok()?;
    let binding = Binding {
        wasm_sha256: wasm_sha256.to_owned(),
        engine: engine_hash.to_owned(),
        artifact_sha256: hex(&Sha256::digest(&artifact)),
    };
    if let Err(why) = binding.verify(key, &String::from_utf8_lossy(&sidecar)) {
        tracing::warn!(path = %path.display(), "compile cache artifact not trusted ({why}); recompiling");
        return None;
    }
    // SAFETY: an authenticated sidecar proves this host compiled these exact bytes from
    // this wasm for an engine with this compatibility hash; wasmtime additionally checks
    // the engine configuration recorded in the artifact.
    match unsafe { Component::deserialize(engine, &artifact) } {
        Ok(component) => Some(component),
        Err(e) => {
            tracing::warn!(
                "compile cache artifact rejected ({}); recompiling",
                first_line(&e.to_string())
            );
            None
        }
    }
}

/// Writes the artifact and then its sidecar, each through an exclusively created
/// temporary file renamed into place.
fn store(dir: &Path, path: &Path, artifact: &[u8], sidecar: &str) -> anyhow::Result<()> {
    write_replacing(dir, path, artifact)?;
    write_replacing(dir, &path.with_extension(SIDECAR), sidecar.as_bytes())
}

/// Writes `bytes` to `path` via a fresh temporary file in `dir` (random name, `O_EXCL`,
/// mode 0600): a symlink at either name is never followed.
fn write_replacing(dir: &Path, path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .with_context(|| format!("create a temporary file in {}", dir.display()))?;
    file.write_all(bytes)?;
    file.persist(path)
        .map_err(|e| anyhow!("rename into {}: {}", path.display(), e.error))?;
    Ok(())
}

/// Reads a regular file without following a symlink at its name.
fn read_no_follow(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    let mut file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Makes sure `dir` exists (created 0700) and is private to this user; returns the key.
fn open(dir: &Path) -> anyhow::Result<Vec<u8>> {
    private_dir(dir)?;
    let key_path = key_file(dir);
    let key_dir = key_path
        .parent()
        .context("the cache key has no parent directory")?;
    private_dir(key_dir)?;
    read_or_create_key(&key_path)
}

/// Creates `dir` (and missing parents) 0700, then checks it is this user's and not
/// writable by anyone else.
fn private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("create {}", dir.display()))?;
    let meta = std::fs::metadata(dir).with_context(|| format!("inspect {}", dir.display()))?;
    if !meta.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    check_private(dir, &meta, 0o022)
}

/// Checks `meta` is owned by this user and has none of the `forbidden` mode bits.
#[cfg(unix)]
fn check_private(path: &Path, meta: &std::fs::Metadata, forbidden: u32) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        bail!(
            "{} is owned by uid {}, not by this user (uid {me})",
            path.display(),
            meta.uid()
        );
    }
    let mode = meta.mode() & 0o7777;
    if mode & forbidden != 0 {
        bail!(
            "{} has mode {mode:04o}: others may write or read it (it must be private to you)",
            path.display()
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path, _: &std::fs::Metadata, _: u32) -> anyhow::Result<()> {
    Ok(())
}

/// Length of the cache key in bytes.
const KEY_LEN: usize = 32;

/// Reads this user's cache key, creating it (0600, published atomically) on first use.
fn read_or_create_key(path: &Path) -> anyhow::Result<Vec<u8>> {
    match read_key(path) {
        Ok(key) => return Ok(key),
        Err(e)
            if e.downcast_ref::<std::io::Error>().map(std::io::Error::kind)
                == Some(std::io::ErrorKind::NotFound) => {}
        Err(e) => return Err(e),
    }
    let dir = path
        .parent()
        .context("the cache key has no parent directory")?;
    let key: [u8; KEY_LEN] = rand::random();
    let mut file = tempfile::Builder::new()
        .prefix(".tmp-key-")
        .tempfile_in(dir)
        .with_context(|| format!("create a temporary file in {}", dir.display()))?;
    file.write_all(hex(&key).as_bytes())?;
    match file.persist_noclobber(path) {
        Ok(_) => Ok(key.to_vec()),
        // Another process created it first: use theirs.
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => read_key(path),
        Err(e) => Err(anyhow!(
            "create the cache key {}: {}",
            path.display(),
            e.error
        )),
    }
}

fn read_key(path: &Path) -> anyhow::Result<Vec<u8>> {
    let text = read_no_follow(path)?;
    #[cfg(unix)]
    {
        let meta = std::fs::symlink_metadata(path)?;
        check_private(path, &meta, 0o077)?;
    }
    let text = String::from_utf8_lossy(&text);
    let text = text.trim();
    let key: Option<Vec<u8>> = (text.len() == KEY_LEN * 2)
        .then(|| {
            (0..KEY_LEN)
                .map(|i| u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok())
                .collect()
        })
        .flatten();
    key.ok_or_else(|| anyhow!("the cache key {} is malformed", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_test_case_2() {
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn a_sidecar_verifies_only_for_its_own_binding_and_key() {
        let key = [7u8; KEY_LEN];
        let binding = Binding {
            wasm_sha256: "aa".repeat(32),
            engine: "0123456789abcdef".into(),
            artifact_sha256: "bb".repeat(32),
        };
        let sidecar = binding.sidecar(&key);
        assert!(binding.verify(&key, &sidecar).is_ok());
        assert!(
            binding.verify(&[8u8; KEY_LEN], &sidecar).is_err(),
            "another key"
        );
        for changed in [
            Binding {
                wasm_sha256: "cc".repeat(32),
                ..binding.clone()
            },
            Binding {
                engine: "fedcba9876543210".into(),
                ..binding.clone()
            },
            Binding {
                artifact_sha256: "dd".repeat(32),
                ..binding.clone()
            },
        ] {
            assert!(changed.verify(&key, &sidecar).is_err(), "{changed:?}");
        }
        let forged = sidecar.replace(&"aa".repeat(32), &"cc".repeat(32));
        let target = Binding {
            wasm_sha256: "cc".repeat(32),
            ..binding.clone()
        };
        assert!(
            target.verify(&key, &forged).is_err(),
            "an edited sidecar fails its MAC"
        );
    }
}
