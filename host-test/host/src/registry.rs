//! A plugin directory: every `*.wasm` in a folder is a step, compiled in the background
//! and swapped in atomically when its file changes.
//!
//! - A step's id is its file stem (`my_step.wasm` → `my_step`).
//! - A file is reloaded only when its (size, modification time, inode) stamp changes, or
//!   the stamp of one of the files [`StepSetup::watched_files`] names for it (e.g. a
//!   per-step secrets file).
//! - Files over [`RegistryOptions::max_file_size`] (default [`DEFAULT_MAX_FILE_SIZE`],
//!   64 MiB) are refused before a byte is read.
//! - Compilation runs on tokio's blocking pool (`spawn_blocking`), never on the async
//!   workers; then the step's `describe()` is called once, so a component that loads but
//!   cannot describe itself is refused too.
//! - A file that fails is reported ([`StepEntry::error`]) and never served half-loaded;
//!   the last good version of that step keeps serving. Other steps are never affected.
//! - Readers get an immutable [`Snapshot`]; each change publishes a new one.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use anyhow::{bail, Context as _};
use serde_json::Value;

use crate::bindings::step::Descriptor;
use crate::cache::CacheOutcome;
use crate::outcome::{descriptor_json, first_line};
use crate::plugin::{LoadOptions, Plugin};
use crate::policy::Policy;
use crate::secrets::{CredentialSource, Redactor};

/// Largest `.wasm` file the registry reads: 64 MiB (the component this workspace builds
/// is about 0.3 MiB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Default interval between two scans of the folder.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(1);

/// What a step runs under: the host's policy and where its credentials come from.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Allowlist, timeouts and caps.
    pub policy: Policy,
    /// Where the credentials the step declares are looked up.
    pub credentials: CredentialSource,
}

/// Decides, per step id, the policy and credentials a step is loaded with.
pub trait StepSetup: Send + Sync + 'static {
    /// The setup of step `id`. An error marks the step broken with that message, so it
    /// must never contain a credential value.
    fn setup(&self, id: &str) -> anyhow::Result<Setup>;

    /// Files whose change reloads step `id` (besides its `.wasm`), e.g. its secrets file.
    /// Missing files are fine: appearing or disappearing is a change too.
    fn watched_files(&self, _id: &str) -> Vec<PathBuf> {
        Vec::new()
    }
}

/// The same setup for every step.
impl StepSetup for Setup {
    fn setup(&self, _id: &str) -> anyhow::Result<Setup> {
        Ok(self.clone())
    }
}

/// Where the registry looks and how it loads.
#[derive(Debug, Clone)]
pub struct RegistryOptions {
    /// The folder scanned for `*.wasm` files (not recursively; dot-files are ignored).
    pub dir: PathBuf,
    /// Files larger than this are refused before reading.
    pub max_file_size: u64,
    /// Interval between scans in [`Registry::watch`].
    pub poll_interval: Duration,
    /// Compile cache and instance pool size of each loaded step.
    pub load: LoadOptions,
}

impl RegistryOptions {
    /// Defaults for a folder: 64 MiB cap, one scan a second, default [`LoadOptions`].
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll_interval: DEFAULT_POLL_INTERVAL,
            load: LoadOptions::default(),
        }
    }
}

/// What identifies one version of a file: size, modification time and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time.
    pub modified: Option<SystemTime>,
    /// Inode number (0 where the platform has none).
    pub inode: u64,
}

impl FileStamp {
    /// The stamp of the file at `path` (following symlinks), or `None` if it is missing.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(Self {
            size: meta.len(),
            modified: meta.modified().ok(),
            inode,
        })
    }
}

/// One successfully loaded version of a step.
pub struct LoadedStep {
    /// The step id (file stem).
    pub id: String,
    /// The compiled, pre-instantiated component.
    pub plugin: Plugin,
    /// Its descriptor, read once at load.
    pub descriptor: Descriptor,
    /// The descriptor in the CLI's JSON shape (`host-test describe`).
    pub descriptor_json: Value,
    /// Masks the credentials this step was loaded with.
    pub redactor: Redactor,
    /// When this version was loaded.
    pub loaded_at: SystemTime,
    /// Whether the compiled code came from the compile cache.
    pub cache: CacheOutcome,
}

impl std::fmt::Debug for LoadedStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedStep")
            .field("id", &self.id)
            .field("interface", &self.plugin.interface())
            .field("version", &self.descriptor.version)
            .field("cache", &self.cache)
            .finish_non_exhaustive()
    }
}

/// Whether a step can be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// The current file is loaded and serving.
    Ready,
    /// The current file failed to load; an older version may still be serving.
    Broken,
}

/// One step of the folder as the last scan left it.
#[derive(Debug, Clone)]
pub struct StepEntry {
    /// The step id (file stem).
    pub id: String,
    /// The `.wasm` file.
    pub path: PathBuf,
    /// The version that serves calls: the current file's, or the last good one when the
    /// current file is broken; `None` if no version of this file ever loaded.
    pub serving: Option<Arc<LoadedStep>>,
    /// Why the current file failed to load (first line, no backtrace), if it did.
    pub error: Option<String>,
    stamp: Vec<Option<FileStamp>>,
}

impl StepEntry {
    /// Ready or broken.
    pub fn status(&self) -> StepStatus {
        if self.error.is_some() || self.serving.is_none() {
            StepStatus::Broken
        } else {
            StepStatus::Ready
        }
    }
}

/// An immutable view of the folder: step id → entry, sorted by id.
pub type Snapshot = BTreeMap<String, StepEntry>;

/// Counters since the registry was created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RegistryStats {
    /// Loads whose compiled code came from the compile cache.
    pub cache_hits: u64,
    /// Loads that compiled (no artifact, or a stale or corrupt one).
    pub cache_misses: u64,
    /// Successful loads (first loads and reloads).
    pub loads: u64,
    /// Failed loads.
    pub failures: u64,
    /// Completed scans.
    pub scans: u64,
}

/// What one scan changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanReport {
    /// Steps loaded or reloaded successfully.
    pub loaded: Vec<String>,
    /// Steps whose current file failed to load.
    pub failed: Vec<String>,
    /// Steps whose file disappeared.
    pub removed: Vec<String>,
}

struct Inner {
    options: RegistryOptions,
    setup: Arc<dyn StepSetup>,
    snapshot: RwLock<Arc<Snapshot>>,
    scanning: tokio::sync::Mutex<()>,
    ready: AtomicBool,
    cache_hits: AtomicU64,
    cache_misses: AtomicU64,
    loads: AtomicU64,
    failures: AtomicU64,
    scans: AtomicU64,
}

/// A folder of step components, loaded and kept current. Cheap to clone (shared).
#[derive(Clone)]
pub struct Registry {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("dir", &self.inner.options.dir)
            .field("steps", &self.snapshot().len())
            .field("ready", &self.is_ready())
            .finish()
    }
}

impl Registry {
    /// A registry for `options.dir`; nothing is loaded until [`Registry::scan`] or
    /// [`Registry::watch`] runs.
    pub fn new(options: RegistryOptions, setup: Arc<dyn StepSetup>) -> Self {
        Self {
            inner: Arc::new(Inner {
                options,
                setup,
                snapshot: RwLock::new(Arc::new(Snapshot::new())),
                scanning: tokio::sync::Mutex::new(()),
                ready: AtomicBool::new(false),
                cache_hits: AtomicU64::new(0),
                cache_misses: AtomicU64::new(0),
                loads: AtomicU64::new(0),
                failures: AtomicU64::new(0),
                scans: AtomicU64::new(0),
            }),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.inner.options.dir
    }

    /// The options the registry was created with.
    pub fn options(&self) -> &RegistryOptions {
        &self.inner.options
    }

    /// The current view of the folder.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.inner
            .snapshot
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The entry of step `id`, if its file exists (as of the last scan).
    pub fn get(&self, id: &str) -> Option<StepEntry> {
        self.snapshot().get(id).cloned()
    }

    /// Whether the first scan has finished (every plugin found then is compiled or
    /// reported broken).
    pub fn is_ready(&self) -> bool {
        self.inner.ready.load(Ordering::Acquire)
    }

    /// Counters: compile cache hits and misses, loads, failures, scans.
    pub fn stats(&self) -> RegistryStats {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        RegistryStats {
            cache_hits: get(&self.inner.cache_hits),
            cache_misses: get(&self.inner.cache_misses),
            loads: get(&self.inner.loads),
            failures: get(&self.inner.failures),
            scans: get(&self.inner.scans),
        }
    }

    /// Scans forever: once now, then every [`RegistryOptions::poll_interval`]. Abort
    /// the task to stop.
    pub fn watch(&self) -> tokio::task::JoinHandle<()> {
        let registry = self.clone();
        tokio::spawn(async move {
            loop {
                registry.scan().await;
                tokio::time::sleep(registry.inner.options.poll_interval).await;
            }
        })
    }

    /// One pass over the folder: loads new and changed files, drops removed ones. A
    /// folder that cannot be read counts as empty (and is logged).
    pub async fn scan(&self) -> ScanReport {
        let _one_at_a_time = self.inner.scanning.lock().await;
        let mut report = ScanReport::default();
        let found = match list_wasm_files(&self.inner.options.dir) {
            Ok(found) => found,
            Err(error) => {
                tracing::warn!(dir = %self.inner.options.dir.display(), "cannot read the plugins folder: {error:#}");
                Vec::new()
            }
        };
        let previous = self.snapshot();
        let removed: Vec<String> = previous
            .keys()
            .filter(|id| !found.iter().any(|(found_id, _)| found_id == *id))
            .cloned()
            .collect();
        if !removed.is_empty() {
            self.publish(|map| {
                for id in &removed {
                    map.remove(id);
                }
            });
            tracing::info!(steps = ?removed, "step files removed");
            report.removed = removed;
        }
        for (id, path) in found {
            let stamp = self.stamp(&id, &path);
            let current = previous.get(&id);
            if current.is_some_and(|entry| entry.stamp == stamp && entry.path == path) {
                continue;
            }
            let result = self.load(&id, &path).await;
            let serving_before = current.and_then(|entry| entry.serving.clone());
            let entry = match result {
                Ok(loaded) => {
                    self.inner.loads.fetch_add(1, Ordering::Relaxed);
                    match loaded.cache {
                        CacheOutcome::Hit => &self.inner.cache_hits,
                        CacheOutcome::Miss | CacheOutcome::Disabled => &self.inner.cache_misses,
                    }
                    .fetch_add(1, Ordering::Relaxed);
                    tracing::info!(step = %id, version = %loaded.descriptor.version, interface = %loaded.plugin.interface(), cache = ?loaded.cache, "step loaded");
                    report.loaded.push(id.clone());
                    StepEntry {
                        id: id.clone(),
                        path,
                        serving: Some(Arc::new(loaded)),
                        error: None,
                        stamp,
                    }
                }
                Err(error) => {
                    self.inner.failures.fetch_add(1, Ordering::Relaxed);
                    let message = first_line(&format!("{error:#}"));
                    tracing::warn!(step = %id, keeps_serving_previous = serving_before.is_some(), "step failed to load: {message}");
                    report.failed.push(id.clone());
                    StepEntry {
                        id: id.clone(),
                        path,
                        serving: serving_before,
                        error: Some(message),
                        stamp,
                    }
                }
            };
            self.publish(|map| {
                map.insert(id, entry);
            });
        }
        self.inner.scans.fetch_add(1, Ordering::Relaxed);
        self.inner.ready.store(true, Ordering::Release);
        report
    }

    /// Replaces the snapshot with an edited copy (readers keep the one they hold).
    fn publish(&self, edit: impl FnOnce(&mut Snapshot)) {
        let mut guard = self
            .inner
            .snapshot
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut next = Snapshot::clone(&guard);
        edit(&mut next);
        *guard = Arc::new(next);
    }

    fn stamp(&self, id: &str, path: &Path) -> Vec<Option<FileStamp>> {
        std::iter::once(FileStamp::of(path))
            .chain(
                self.inner
                    .setup
                    .watched_files(id)
                    .iter()
                    .map(|p| FileStamp::of(p)),
            )
            .collect()
    }

    /// Reads, compiles (on the blocking pool) and describes one step.
    async fn load(&self, id: &str, path: &Path) -> anyhow::Result<LoadedStep> {
        check_id(id)?;
        let setup = self.inner.setup.setup(id)?;
        let bytes = read_capped(path, self.inner.options.max_file_size)?;
        let options = self.inner.options.load.clone();
        let plugin = tokio::task::spawn_blocking(move || {
            Plugin::from_bytes(&bytes, setup.policy, setup.credentials, &options)
        })
        .await
        .context("the compile task stopped")??;
        plugin.ready().await?;
        let redactor = Redactor::new(plugin.credentials().await?);
        let descriptor = plugin
            .describe()
            .await
            .map_err(|e| anyhow::anyhow!("describe() failed: {} ({})", e.message, e.code))?;
        Ok(LoadedStep {
            id: id.to_owned(),
            descriptor_json: descriptor_json(&descriptor),
            descriptor,
            redactor,
            loaded_at: SystemTime::now(),
            cache: plugin.cache_outcome(),
            plugin,
        })
    }
}

/// `*.wasm` regular files (symlinks followed) in `dir`, by id, sorted; dot-files skipped.
fn list_wasm_files(dir: &Path) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("read {}", dir.display()))? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".wasm") else {
            continue;
        };
        if stem.is_empty() || name.starts_with('.') || !path.is_file() {
            continue;
        }
        found.push((stem.to_owned(), path));
    }
    found.sort();
    Ok(found)
}

/// Step ids appear in URLs, metric labels and logs: letters, digits, `_`, `-`, `.`.
fn check_id(id: &str) -> anyhow::Result<()> {
    let ok = id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !ok {
        bail!("the file name is not a valid step id: use at most 128 letters, digits, `_`, `-` or `.` before `.wasm`");
    }
    Ok(())
}

/// The file's bytes, refusing files over `cap` before reading (and files that grow
/// past it while being read).
fn read_capped(path: &Path, cap: u64) -> anyhow::Result<Vec<u8>> {
    let file = std::fs::File::open(path).context("cannot open the file")?;
    let size = file.metadata().context("cannot stat the file")?.len();
    if size > cap {
        bail!("the file is {size} bytes, over the {cap}-byte cap");
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .context("cannot read the file")?;
    if bytes.len() as u64 > cap {
        bail!("the file grew over the {cap}-byte cap while being read");
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_and_label_safe() {
        for good in ["plaid_partner_insights", "step-2", "a.b"] {
            assert!(check_id(good).is_ok(), "{good}");
        }
        for bad in ["with space", "sl/ash", "ünï", "q?x", &"x".repeat(129)] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_wasm_files_are_listed_and_dot_files_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.wasm",
            "a.wasm",
            ".hidden.wasm",
            "notes.txt",
            "c.wasm.tmp",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        std::fs::create_dir(dir.path().join("d.wasm")).unwrap();
        let ids: Vec<String> = list_wasm_files(dir.path())
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn oversized_files_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.wasm");
        std::fs::write(&path, vec![0u8; 100]).unwrap();
        let error = read_capped(&path, 99).unwrap_err().to_string();
        assert!(error.contains("100 bytes, over the 99-byte cap"), "{error}");
        assert_eq!(read_capped(&path, 100).unwrap().len(), 100);
    }

    #[test]
    fn stamps_change_with_size_and_inode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.wasm");
        std::fs::write(&path, b"one").unwrap();
        let first = FileStamp::of(&path).unwrap();
        std::fs::write(&path, b"three").unwrap();
        let resized = FileStamp::of(&path).unwrap();
        assert_ne!(first, resized);
        let other = dir.path().join("y");
        std::fs::write(&other, b"three").unwrap();
        std::fs::rename(&other, &path).unwrap();
        let renamed = FileStamp::of(&path).unwrap();
        assert_ne!(resized.inode, renamed.inode);
        assert!(FileStamp::of(&dir.path().join("missing")).is_none());
    }
}
