//! Loading a step component once and running each step in a fresh, bounded store.
//!
//! A component implements the generic HTTP-step contract (`http-step:contract@0.2.0`)
//! under an interface name of its own: the host finds the exported interface that has
//! the contract's five functions and checks their signatures when the plugin becomes
//! ready (its first use, or [`Plugin::ready`]). Readiness also reads the descriptor
//! once: the origins and credentials it declares become the plugin's grants.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, Context as _};
use serde_json::Value;
use tokio::sync::{OnceCell, Semaphore};
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{
    Component, ComponentExportIndex, ComponentNamedList, Instance, InstancePre, Lift, Linker,
    Lower, ResourceTable,
};
use wasmtime::{
    Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store,
    StoreLimits, StoreLimitsBuilder, Trap, UpdateDeadline,
};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::bindings::step as wit;
use crate::cache::CacheOutcome;
pub use crate::config::StepConfig;
use crate::grants::Grants;
use crate::outbound::OutboundHooks;
use crate::outcome::{PreparedRequest, StepError, Validation};
use crate::policy::{Origin, Policy};
use crate::pool::PooledClient;
use crate::secrets::{CredentialSource, Credentials};

/// The contract's five functions, which a component's step interface must export.
const FUNCTIONS: [&str; 5] = ["describe", "validate", "prepare", "parse", "execute"];

/// Bytes of a pooled slot's linear memory kept mapped between steps when the kernel can
/// tell which pages a step dirtied (8 MiB gave the same validate gain as 32 MiB).
const KEEP_RESIDENT: usize = 8 * 1024 * 1024;

/// Per-step store state: an empty WASI context (no files, sockets, environment or
/// stdin), the HTTP context with the host's hooks, and the resource limits.
struct StepState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: OutboundHooks,
    limits: StoreLimits,
    cpu_ticks_left: u64,
}

impl WasiView for StepState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for StepState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

/// Marker error: the step used up its CPU budget.
#[derive(Debug)]
struct CpuBudgetExhausted;

impl std::fmt::Display for CpuBudgetExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the component used up its CPU budget")
    }
}

impl std::error::Error for CpuBudgetExhausted {}

/// Export indices of the step functions, resolved once at load.
struct Exports {
    describe: ComponentExportIndex,
    validate: ComponentExportIndex,
    prepare: ComponentExportIndex,
    parse: ComponentExportIndex,
    execute: ComponentExportIndex,
}

/// Advances the engine's epoch on a background thread while the plugin lives.
struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    fn start(engine: &Engine, tick: Duration) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let weak = engine.weak();
        let flag = stop.clone();
        std::thread::Builder::new()
            .name("epoch-ticker".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(tick);
                    match weak.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            })
            .expect("spawn the epoch ticker thread");
        Self { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// How a plugin is loaded and how many steps may run at once.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Compile cache directory; `None` compiles on every load.
    pub cache_dir: Option<PathBuf>,
    /// Steps that may run at once. Instances come from a pooling allocator sized for
    /// this; further steps wait for a free slot.
    pub max_concurrency: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            cache_dir: None,
            max_concurrency: 64,
        }
    }
}

/// What a plugin knows once it is ready: its descriptor and what that grants it.
struct Ready {
    descriptor: wit::Descriptor,
    grants: Grants,
    policy: Arc<Policy>,
    credentials: Arc<Credentials>,
    client: Arc<PooledClient>,
    secret_paths: Vec<String>,
}

/// A loaded, pre-instantiated step component and the policy it runs under.
pub struct Plugin {
    engine: Engine,
    pre: InstancePre<StepState>,
    exports: Exports,
    interface: String,
    base_policy: Policy,
    source: CredentialSource,
    slots: Arc<Semaphore>,
    cache: CacheOutcome,
    ready: OnceCell<Ready>,
    _ticker: EpochTicker,
}

impl Plugin {
    /// Loads the component at `path` with default [`LoadOptions`]; fails with a clear
    /// message if the file is missing, is not a component, or does not export the step
    /// contract's functions.
    pub fn load(path: &Path, policy: Policy, source: CredentialSource) -> anyhow::Result<Self> {
        Self::load_with(path, policy, source, &LoadOptions::default())
    }

    /// Loads the component at `path`.
    pub fn load_with(
        path: &Path,
        policy: Policy,
        source: CredentialSource,
        options: &LoadOptions,
    ) -> anyhow::Result<Self> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read the plugin {}", path.display()))?;
        Self::from_bytes(&bytes, policy, source, options)
            .with_context(|| format!("cannot load the plugin {}", path.display()))
    }

    /// Loads a component from its bytes. `policy` is the operator's: the origins the
    /// component declares are added to it when the plugin becomes ready; `source` is
    /// where the credentials it declares are looked up.
    pub fn from_bytes(
        bytes: &[u8],
        policy: Policy,
        source: CredentialSource,
        options: &LoadOptions,
    ) -> anyhow::Result<Self> {
        let slots = options.max_concurrency.max(1);
        let mut pool = PoolingAllocationConfig::new();
        pool.total_component_instances(slots as u32)
            .total_core_instances(slots as u32 * 8)
            .total_memories(slots as u32 * 2)
            .total_tables(slots as u32 * 8)
            .max_memory_size(policy.max_memory);
        // A finished step's slot is decommitted (madvise, and a TLB shootdown on every
        // core) in batches rather than one by one. `host-test bench`, paired runs:
        // validate 0.78× the time, execute at concurrency 64 1.15× the steps/s.
        pool.decommit_batch_size((slots / 2).clamp(1, 32));
        // Where the kernel has PAGEMAP_SCAN (Linux 6.7+), a slot is reset by restoring only
        // the pages the step dirtied and up to `KEEP_RESIDENT` bytes stay mapped, so the
        // next step on that slot does not fault them in again (paired bench runs: validate
        // 0.62-0.65x the time). Without it, keeping memory resident would mean a memset of
        // the whole region on every reset: off.
        if PoolingAllocationConfig::is_pagemap_scan_available() {
            pool.pagemap_scan(Enabled::Yes)
                .linear_memory_keep_resident(KEEP_RESIDENT)
                .table_keep_resident(64 * 1024);
        }
        let mut config = Config::new();
        config.wasm_component_model(true);
        config.epoch_interruption(true);
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        let engine = Engine::new(&config).map_err(|e| anyhow!("engine: {}", first_line(&e)))?;
        let (component, cache) = crate::cache::load(&engine, bytes, options.cache_dir.as_deref())?;

        let (interface, exports) = find_step_interface(&engine, &component)?;

        let mut linker = Linker::<StepState>::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)
            .map_err(|e| anyhow!("linker: {}", first_line(&e)))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
            .map_err(|e| anyhow!("linker: {}", first_line(&e)))?;
        let pre = linker.instantiate_pre(&component).map_err(|e| {
            anyhow!(
                "the component needs imports this host does not provide: {}",
                first_line(&e)
            )
        })?;
        let ticker = EpochTicker::start(&engine, policy.epoch_tick);
        Ok(Self {
            engine,
            pre,
            exports,
            interface,
            base_policy: policy,
            source,
            slots: Arc::new(Semaphore::new(slots)),
            cache,
            ready: OnceCell::new(),
            _ticker: ticker,
        })
    }

    /// Makes the plugin ready (idempotent; every call does it first): checks the step
    /// functions' signatures against the contract, reads the descriptor, grants its
    /// declared origins and resolves its declared credentials. Fails when the component
    /// does not implement the contract or declares something malformed, or when a
    /// credential is too short to be masked safely.
    pub async fn ready(&self) -> anyhow::Result<()> {
        self.get_ready().await.map(|_| ())
    }

    async fn get_ready(&self) -> anyhow::Result<&Ready> {
        self.ready
            .get_or_try_init(|| async {
                let descriptor = self.read_descriptor().await?;
                let grants = Grants::from_descriptor(&descriptor)?;
                let credentials = Credentials::resolve(&grants.credentials, &self.source)?;
                crate::secrets::register_for_logs(&credentials);
                let policy = Arc::new(self.base_policy.clone().with_declared(&grants.declared()));
                let slots = self.slots.available_permits().max(1);
                let hints: Value = serde_json::from_str(&descriptor.ui_hints).unwrap_or_default();
                let secret_paths = hints["secrets"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect();
                tracing::info!(
                    interface = %self.interface,
                    origins = ?grants.declared().iter().map(ToString::to_string).collect::<Vec<_>>(),
                    credentials = ?grants.credentials.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
                    "step ready: declared origins and credentials granted"
                );
                Ok(Ready {
                    client: Arc::new(crate::pool::client(policy.clone(), slots)),
                    descriptor,
                    grants,
                    policy,
                    credentials: Arc::new(credentials),
                    secret_paths,
                })
            })
            .await
    }

    /// Reads the descriptor in a store whose outbound calls are all refused, checking the
    /// five functions' signatures on the way.
    async fn read_descriptor(&self) -> anyhow::Result<wit::Descriptor> {
        let policy = Arc::new(Policy::default());
        let hooks = OutboundHooks::new(
            policy.clone(),
            Arc::new(Credentials::default()),
            Arc::new(crate::pool::client(policy, 1)),
        );
        let mut store = self.new_store(hooks);
        let failed = |e: wasmtime::Error| {
            anyhow!("the component's describe() failed: {}", fault(&e).message)
        };
        let run = async {
            let instance = self
                .pre
                .instantiate_async(&mut store)
                .await
                .map_err(failed)?;
            self.check_signatures(&instance, &mut store)?;
            let describe = instance
                .get_typed_func::<(), (wit::Descriptor,)>(&mut store, &self.exports.describe)
                .map_err(failed)?;
            let (descriptor,) = describe.call_async(&mut store, ()).await.map_err(failed)?;
            anyhow::Ok(descriptor)
        };
        tokio::time::timeout(self.base_policy.step_deadline, run)
            .await
            .map_err(|_| anyhow!("the component's describe() did not finish in time"))?
    }

    /// Fails unless the five functions have exactly the contract's signatures.
    fn check_signatures(
        &self,
        instance: &Instance,
        store: &mut Store<StepState>,
    ) -> anyhow::Result<()> {
        let e = &self.exports;
        let contract = "does not match http-step:contract@0.2.0";
        instance
            .get_typed_func::<(String,), (Result<wit::Validated, wit::ValidateError>,)>(
                &mut *store,
                &e.validate,
            )
            .map_err(|err| {
                anyhow!(
                    "{}.validate {contract}: {}",
                    self.interface,
                    first_line(&err)
                )
            })?;
        instance
            .get_typed_func::<(String, wit::StepConfig), (Result<wit::HttpRequest, wit::StepFailure>,)>(&mut *store, &e.prepare)
            .map_err(|err| anyhow!("{}.prepare {contract}: {}", self.interface, first_line(&err)))?;
        instance
            .get_typed_func::<(u16, Vec<wit::HttpHeader>, Vec<u8>), (Result<String, wit::StepFailure>,)>(&mut *store, &e.parse)
            .map_err(|err| anyhow!("{}.parse {contract}: {}", self.interface, first_line(&err)))?;
        instance
            .get_typed_func::<(String, wit::StepConfig), (Result<String, wit::StepFailure>,)>(
                &mut *store,
                &e.execute,
            )
            .map_err(|err| {
                anyhow!(
                    "{}.execute {contract}: {}",
                    self.interface,
                    first_line(&err)
                )
            })?;
        instance
            .get_typed_func::<(), (wit::Descriptor,)>(&mut *store, &e.describe)
            .map_err(|err| {
                anyhow!(
                    "{}.describe {contract}: {}",
                    self.interface,
                    first_line(&err)
                )
            })?;
        Ok(())
    }

    /// The plugin's readiness as a step error (for calls that return step errors).
    async fn ready_or_fault(&self) -> Result<&Ready, StepError> {
        self.get_ready().await.map_err(|e| {
            StepError::host(
                "plugin_fault",
                "NOT_A_STEP",
                crate::outcome::first_line(&format!("{e:#}")),
                false,
            )
            .with_action(
                "check the component implements http-step:contract@0.2.0 and its declarations",
            )
        })
    }

    /// Whether the compiled code came from the compile cache.
    pub fn cache_outcome(&self) -> CacheOutcome {
        self.cache
    }

    /// The exported step interface's name, e.g. `plaid:partner-insights/step@0.3.0`.
    pub fn interface(&self) -> &str {
        &self.interface
    }

    /// The policy steps run under: the operator's, plus the declared origins once ready.
    pub fn policy(&self) -> &Policy {
        self.ready
            .get()
            .map_or(&self.base_policy, |ready| &ready.policy)
    }

    /// The credentials the host injects for this step (resolved once ready), e.g. for
    /// masking them in output.
    pub async fn credentials(&self) -> anyhow::Result<&Credentials> {
        Ok(&self.get_ready().await?.credentials)
    }

    /// JSON Pointers of the input fields that carry credentials (the descriptor's
    /// `ui_hints.secrets`), read once per plugin.
    pub async fn secret_paths(&self) -> &[String] {
        match self.get_ready().await {
            Ok(ready) => &ready.secret_paths,
            Err(_) => &[],
        }
    }

    /// The credential values an input carries at [`Plugin::secret_paths`], for redaction.
    pub async fn secret_values(&self, input: &Value) -> Vec<String> {
        self.secret_entries(input)
            .await
            .into_iter()
            .map(|(_, value)| value)
            .collect()
    }

    /// Each credential an input carries: its JSON Pointer and its value.
    pub async fn secret_entries(&self, input: &Value) -> Vec<(String, String)> {
        self.secret_paths()
            .await
            .iter()
            .filter_map(|path| {
                let value = input.pointer(path).and_then(Value::as_str)?;
                Some((path.clone(), value.to_owned()))
            })
            .collect()
    }

    /// `describe()`: the descriptor, read once when the plugin became ready.
    pub async fn describe(&self) -> Result<wit::Descriptor, StepError> {
        Ok(self.ready_or_fault().await?.descriptor.clone())
    }

    /// `validate(input)`.
    pub async fn validate(&self, input: &str) -> Result<Validation, StepError> {
        let result = self
            .call::<(String,), Result<wit::Validated, wit::ValidateError>>(
                &self.exports.validate,
                (input.to_owned(),),
                Call::offline(),
            )
            .await?;
        Ok(Validation::from_wit(result))
    }

    /// `prepare(input, config)`: the request with credentials masked.
    pub async fn prepare(
        &self,
        input: &str,
        config: &StepConfig,
    ) -> Result<PreparedRequest, StepError> {
        self.call::<(String, wit::StepConfig), Result<wit::HttpRequest, wit::StepFailure>>(
            &self.exports.prepare,
            (input.to_owned(), config.to_wit()),
            Call::offline(),
        )
        .await?
        .map(PreparedRequest::from)
        .map_err(StepError::from_failure)
    }

    /// `parse(status, headers, body)`: outputs as a JSON value.
    pub async fn parse(
        &self,
        status: u16,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<Value, StepError> {
        json_outputs(self.parse_text(status, headers, body).await?)
    }

    /// `parse`, keeping the outputs as the JSON text the component produced: no second
    /// parse on the host for callers that store or forward it.
    pub async fn parse_text(
        &self,
        status: u16,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<String, StepError> {
        let headers = headers
            .iter()
            .map(|(name, value)| wit::HttpHeader {
                name: name.clone(),
                value: value.clone(),
            })
            .collect();
        self.call::<(u16, Vec<wit::HttpHeader>, Vec<u8>), Result<String, wit::StepFailure>>(
            &self.exports.parse,
            (status, headers, body.to_vec()),
            Call::offline(),
        )
        .await?
        .map_err(StepError::from_failure)
    }

    /// `execute(input, config)`: one attempt, under the policy; outputs as a JSON value.
    pub async fn execute(&self, input: &str, config: &StepConfig) -> Result<Value, StepError> {
        json_outputs(self.execute_text(input, config).await?)
    }

    /// `execute`, keeping the outputs as the JSON text the component produced.
    ///
    /// Credentials go only to the declared origin the config's settings select and to
    /// the operator's explicit `credentials_for`; the input's own credentials are masked
    /// in responses too.
    pub async fn execute_text(
        &self,
        input: &str,
        config: &StepConfig,
    ) -> Result<String, StepError> {
        let ready = self.ready_or_fault().await?;
        let inline = match serde_json::from_str::<Value>(input) {
            Ok(value) => ready
                .secret_paths
                .iter()
                .filter_map(|path| value.pointer(path).and_then(Value::as_str))
                .map(str::to_owned)
                .collect(),
            Err(_) => Vec::new(),
        };
        let mut credential_origins: Vec<Origin> = ready.grants.selected(&config.settings);
        credential_origins.extend(ready.policy.credentials_for.iter().cloned());
        self.call::<(String, wit::StepConfig), Result<String, wit::StepFailure>>(
            &self.exports.execute,
            (input.to_owned(), config.to_wit()),
            Call {
                masked: inline,
                credential_origins,
            },
        )
        .await?
        .map_err(StepError::from_failure)
    }

    fn new_store(&self, hooks: OutboundHooks) -> Store<StepState> {
        let state = StepState {
            wasi: WasiCtx::builder().build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks,
            limits: StoreLimitsBuilder::new()
                .memory_size(self.base_policy.max_memory)
                .instances(16)
                .trap_on_grow_failure(true)
                .build(),
            cpu_ticks_left: self.base_policy.cpu_budget_ticks,
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|state| &mut state.limits);
        // Called only while guest code runs, so time spent waiting on I/O is free.
        store.epoch_deadline_callback(|mut ctx| {
            let state = ctx.data_mut();
            if state.cpu_ticks_left == 0 {
                return Err(CpuBudgetExhausted.into());
            }
            state.cpu_ticks_left -= 1;
            Ok(UpdateDeadline::Yield(1))
        });
        store.set_epoch_deadline(1);
        store
    }

    /// Instantiates in a fresh store and calls one export under the step deadline.
    async fn call<P, R>(
        &self,
        export: &ComponentExportIndex,
        params: P,
        call: Call,
    ) -> Result<R, StepError>
    where
        P: ComponentNamedList + Lower + Send + Sync,
        R: Lift + Send + Sync + 'static,
        (R,): ComponentNamedList + Lift + Send + Sync,
    {
        let ready = self.ready_or_fault().await?;
        let hooks = OutboundHooks::new(
            ready.policy.clone(),
            ready.credentials.clone(),
            ready.client.clone(),
        )
        .masking(call.masked)
        .sending_credentials_to(Arc::from(call.credential_origins));
        let run = async {
            // At most `max_concurrency` stores exist at once, so the instance pool is
            // never exhausted: further steps wait here.
            let _slot = self
                .slots
                .acquire()
                .await
                .expect("the semaphore is never closed");
            let mut store = self.new_store(hooks);
            let instance = self.pre.instantiate_async(&mut store).await?;
            let func = instance.get_typed_func::<P, (R,)>(&mut store, export)?;
            let (result,) = func.call_async(&mut store, params).await?;
            wasmtime::Result::<R>::Ok(result)
        };
        match tokio::time::timeout(self.base_policy.step_deadline, run).await {
            Ok(Ok(result)) => Ok(result),
            Ok(Err(error)) => Err(fault(&error)),
            Err(_) => Err(StepError::host(
                "timeout",
                "STEP_DEADLINE_EXCEEDED",
                format!(
                    "the step did not finish within the host's deadline of {} ms",
                    self.base_policy.step_deadline.as_millis()
                ),
                true,
            )
            .with_action("retry later; raise the step deadline if the API is slow")),
        }
    }
}

/// What one call may do on the network.
struct Call {
    /// Values masked in every response body the step receives.
    masked: Vec<String>,
    /// Origins the host's credentials are injected into.
    credential_origins: Vec<Origin>,
}

impl Call {
    /// A call that needs no credentials (pure functions reach nothing anyway).
    fn offline() -> Self {
        Self {
            masked: Vec::new(),
            credential_origins: Vec::new(),
        }
    }
}

/// Parses the component's outputs JSON.
fn json_outputs(text: String) -> Result<Value, StepError> {
    serde_json::from_str(&text).map_err(|_| {
        StepError::host(
            "plugin_fault",
            "INVALID_OUTPUTS",
            "the component returned outputs that are not JSON",
            false,
        )
    })
}

/// The first line of an error's message: never a backtrace, never a chain dump.
fn first_line(error: &wasmtime::Error) -> String {
    crate::outcome::first_line(&error.to_string())
}

/// Turns a trap, limit or host failure during a call into a `plugin_fault`. Only the
/// root cause's first line is kept: wasm and host backtraces stay out.
fn fault(error: &wasmtime::Error) -> StepError {
    let root = crate::outcome::first_line(&error.root_cause().to_string());
    let (code, message) = if error.downcast_ref::<CpuBudgetExhausted>().is_some() {
        ("CPU_BUDGET_EXHAUSTED", CpuBudgetExhausted.to_string())
    } else if root.contains("growing memory") || root.contains("memory limit") {
        (
            "MEMORY_LIMIT",
            "the component exceeded the host's memory limit".to_owned(),
        )
    } else if let Some(trap) = error.downcast_ref::<Trap>() {
        ("TRAP", format!("the component trapped: {trap}"))
    } else {
        ("HOST_ERROR", format!("the component call failed: {root}"))
    };
    tracing::warn!(code, "plugin fault: {message}");
    StepError::host("plugin_fault", code, message, false).with_action(
        "report this to the plugin's authors; the host is unaffected and serves the next step",
    )
}

/// Finds the one exported interface that has the contract's five functions (their
/// signatures are checked when the plugin becomes ready).
fn find_step_interface(
    engine: &Engine,
    component: &Component,
) -> anyhow::Result<(String, Exports)> {
    let ty = component.component_type();
    let mut names = Vec::new();
    let mut candidates = Vec::new();
    for (name, item) in ty.exports(engine) {
        names.push(name.to_owned());
        if let ComponentItem::ComponentInstance(instance) = item.ty {
            let functions: Vec<&str> = instance.exports(engine).map(|(f, _)| f).collect();
            if FUNCTIONS.iter().all(|f| functions.contains(f)) {
                candidates.push(name.to_owned());
            }
        }
    }
    let interface = match candidates.as_slice() {
        [one] => one.clone(),
        [] => anyhow::bail!(
            "the component does not implement the step contract (http-step:contract@0.2.0): no exported interface has describe, validate, prepare, parse and execute (exports: {})",
            if names.is_empty() { "none".to_owned() } else { names.join(", ") }
        ),
        many => anyhow::bail!(
            "the component exports several step interfaces ({}); a step component exports one",
            many.join(", ")
        ),
    };
    let (_, instance) = component
        .get_export(None, interface.as_str())
        .ok_or_else(|| anyhow!("export {interface} vanished"))?;
    let func = |name: &str| {
        component
            .get_export_index(Some(&instance), name)
            .ok_or_else(|| anyhow!("the component's {interface} lacks the function `{name}`"))
    };
    let exports = Exports {
        describe: func("describe")?,
        validate: func("validate")?,
        prepare: func("prepare")?,
        parse: func("parse")?,
        execute: func("execute")?,
    };
    Ok((interface, exports))
}
