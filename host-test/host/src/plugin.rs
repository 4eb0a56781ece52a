//! Loading a step component once and running each step in a fresh, bounded store.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, Context as _};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Semaphore;
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{
    Component, ComponentExportIndex, ComponentNamedList, InstancePre, Lift, Linker, Lower,
    ResourceTable,
};
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store, StoreLimits,
    StoreLimitsBuilder, Trap, UpdateDeadline,
};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::bindings::step as wit;
use crate::cache::CacheOutcome;
use crate::outbound::OutboundHooks;
use crate::outcome::{PreparedRequest, StepError, Validation};
use crate::policy::Policy;
use crate::pool::PooledClient;
use crate::secrets::Credentials;

/// The interface name suffix a step component exports (`<ns>:<pkg>/step@0.1.x`).
const INTERFACE: &str = "/step@0.1.";

/// Step configuration as engines and the CLI give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepConfig {
    /// `sandbox` or `production`; `None` lets the component decide (sandbox).
    pub environment: Option<String>,
    /// Base URL override; must still be allowed by the host's policy.
    pub base_url: Option<String>,
    /// Connect timeout wish in milliseconds (clamped by the host).
    pub connect_timeout_ms: Option<u32>,
    /// First-byte timeout wish in milliseconds (clamped by the host).
    pub first_byte_timeout_ms: Option<u32>,
    /// Between-bytes timeout wish in milliseconds (clamped by the host).
    pub between_bytes_timeout_ms: Option<u32>,
    /// What the component does with request-time configuration in the input
    /// (`partner_insights`, `options`); `None` lets the component decide (`send`).
    pub request_time_config: Option<RequestTimeConfig>,
}

/// The WIT `request-time-config` setting, as engines, config files and the CLI name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestTimeConfig {
    /// Send it as given.
    Send,
    /// Drop it before the call.
    Omit,
    /// Fail with `invalid_input` before any call.
    Refuse,
}

impl std::str::FromStr for RequestTimeConfig {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "send" => Ok(Self::Send),
            "omit" => Ok(Self::Omit),
            "refuse" => Ok(Self::Refuse),
            other => Err(format!("expected send, omit or refuse; got {other:?}")),
        }
    }
}

impl StepConfig {
    fn to_wit(&self) -> Result<wit::StepConfig, StepError> {
        let environment = match self.environment.as_deref() {
            None => None,
            Some("sandbox") => Some(wit::Environment::Sandbox),
            Some("production") => Some(wit::Environment::Production),
            Some(other) => {
                return Err(StepError::host(
                    "invalid_config",
                    "invalid_environment",
                    format!("environment must be sandbox or production; got {other:?}"),
                    false,
                ))
            }
        };
        Ok(wit::StepConfig {
            environment,
            base_url: self.base_url.clone(),
            connect_timeout_ms: self.connect_timeout_ms,
            first_byte_timeout_ms: self.first_byte_timeout_ms,
            between_bytes_timeout_ms: self.between_bytes_timeout_ms,
            request_time_config: self.request_time_config.map(|setting| match setting {
                RequestTimeConfig::Send => wit::RequestTimeConfig::Send,
                RequestTimeConfig::Omit => wit::RequestTimeConfig::Omit,
                RequestTimeConfig::Refuse => wit::RequestTimeConfig::Refuse,
            }),
        })
    }
}

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

/// A loaded, pre-instantiated step component and the policy it runs under.
pub struct Plugin {
    engine: Engine,
    pre: InstancePre<StepState>,
    exports: Exports,
    interface: String,
    policy: Arc<Policy>,
    credentials: Arc<Credentials>,
    slots: Arc<Semaphore>,
    client: Arc<PooledClient>,
    cache: CacheOutcome,
    secret_paths: tokio::sync::OnceCell<Vec<String>>,
    _ticker: EpochTicker,
}

impl Plugin {
    /// Loads the component at `path` with default [`LoadOptions`]; fails with a clear
    /// message if the file is missing, is not a component, or does not implement the
    /// step contract.
    pub fn load(path: &Path, policy: Policy, credentials: Credentials) -> anyhow::Result<Self> {
        Self::load_with(path, policy, credentials, &LoadOptions::default())
    }

    /// Loads the component at `path`.
    pub fn load_with(
        path: &Path,
        policy: Policy,
        credentials: Credentials,
        options: &LoadOptions,
    ) -> anyhow::Result<Self> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read the plugin {}", path.display()))?;
        Self::from_bytes(&bytes, policy, credentials, options)
            .with_context(|| format!("cannot load the plugin {}", path.display()))
    }

    /// Loads a component from its bytes.
    pub fn from_bytes(
        bytes: &[u8],
        policy: Policy,
        credentials: Credentials,
        options: &LoadOptions,
    ) -> anyhow::Result<Self> {
        let slots = options.max_concurrency.max(1);
        let mut pool = PoolingAllocationConfig::new();
        pool.total_component_instances(slots as u32)
            .total_core_instances(slots as u32 * 8)
            .total_memories(slots as u32 * 2)
            .total_tables(slots as u32 * 8)
            .max_memory_size(policy.max_memory);
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
        let policy = Arc::new(policy);
        Ok(Self {
            engine,
            pre,
            exports,
            interface,
            credentials: Arc::new(credentials),
            slots: Arc::new(Semaphore::new(slots)),
            client: Arc::new(crate::pool::client(policy.clone(), slots)),
            cache,
            secret_paths: tokio::sync::OnceCell::new(),
            policy,
            _ticker: ticker,
        })
    }

    /// Whether the compiled code came from the compile cache.
    pub fn cache_outcome(&self) -> CacheOutcome {
        self.cache
    }

    /// The exported step interface's name, e.g. `plaid:partner-insights/step@0.1.0`.
    pub fn interface(&self) -> &str {
        &self.interface
    }

    /// The policy steps run under.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// JSON Pointers of the input fields that carry credentials (the descriptor's
    /// `ui_hints.secrets`), read once per plugin.
    pub async fn secret_paths(&self) -> &[String] {
        self.secret_paths
            .get_or_init(|| async {
                let Ok(descriptor) = self.describe().await else {
                    return Vec::new();
                };
                let hints: Value = serde_json::from_str(&descriptor.ui_hints).unwrap_or_default();
                hints["secrets"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .await
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

    /// `describe()`.
    pub async fn describe(&self) -> Result<wit::Descriptor, StepError> {
        self.call::<(), wit::Descriptor>(&self.exports.describe, ())
            .await
    }

    /// `validate(input)`.
    pub async fn validate(&self, input: &str) -> Result<Validation, StepError> {
        let result = self
            .call::<(String,), Result<wit::Validated, wit::ValidateError>>(
                &self.exports.validate,
                (input.to_owned(),),
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
        let config = config.to_wit()?;
        self.call::<(String, wit::StepConfig), Result<wit::HttpRequest, wit::StepFailure>>(
            &self.exports.prepare,
            (input.to_owned(), config),
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
        )
        .await?
        .map_err(StepError::from_failure)
    }

    /// `execute(input, config)`: one attempt, under the policy; outputs as a JSON value.
    pub async fn execute(&self, input: &str, config: &StepConfig) -> Result<Value, StepError> {
        json_outputs(self.execute_text(input, config).await?)
    }

    /// `execute`, keeping the outputs as the JSON text the component produced.
    pub async fn execute_text(
        &self,
        input: &str,
        config: &StepConfig,
    ) -> Result<String, StepError> {
        let config = config.to_wit()?;
        // The input's own credentials are masked in responses too (see `OutboundHooks`),
        // when the secret paths are known already (no extra `describe` on the step's
        // clock): the hook masks every credential header of the request in any case.
        let inline = match (
            self.secret_paths.get(),
            serde_json::from_str::<Value>(input),
        ) {
            (Some(paths), Ok(value)) => paths
                .iter()
                .filter_map(|path| value.pointer(path).and_then(Value::as_str))
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        };
        self.call_masking::<(String, wit::StepConfig), Result<String, wit::StepFailure>>(
            &self.exports.execute,
            (input.to_owned(), config),
            inline,
        )
        .await?
        .map_err(StepError::from_failure)
    }

    fn new_store(&self, masked: Vec<String>) -> Store<StepState> {
        let state = StepState {
            wasi: WasiCtx::builder().build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: OutboundHooks::new(
                self.policy.clone(),
                self.credentials.clone(),
                self.client.clone(),
            )
            .masking(masked),
            limits: StoreLimitsBuilder::new()
                .memory_size(self.policy.max_memory)
                .instances(16)
                .trap_on_grow_failure(true)
                .build(),
            cpu_ticks_left: self.policy.cpu_budget_ticks,
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
    async fn call<P, R>(&self, export: &ComponentExportIndex, params: P) -> Result<R, StepError>
    where
        P: ComponentNamedList + Lower + Send + Sync,
        R: Lift + Send + Sync + 'static,
        (R,): ComponentNamedList + Lift + Send + Sync,
    {
        self.call_masking(export, params, Vec::new()).await
    }

    /// [`Plugin::call`], also masking `masked` in every response body the step receives.
    async fn call_masking<P, R>(
        &self,
        export: &ComponentExportIndex,
        params: P,
        masked: Vec<String>,
    ) -> Result<R, StepError>
    where
        P: ComponentNamedList + Lower + Send + Sync,
        R: Lift + Send + Sync + 'static,
        (R,): ComponentNamedList + Lift + Send + Sync,
    {
        let run = async {
            // At most `max_concurrency` stores exist at once, so the instance pool is
            // never exhausted: further steps wait here.
            let _slot = self
                .slots
                .acquire()
                .await
                .expect("the semaphore is never closed");
            let mut store = self.new_store(masked);
            let instance = self.pre.instantiate_async(&mut store).await?;
            let func = instance.get_typed_func::<P, (R,)>(&mut store, export)?;
            let (result,) = func.call_async(&mut store, params).await?;
            wasmtime::Result::<R>::Ok(result)
        };
        match tokio::time::timeout(self.policy.step_deadline, run).await {
            Ok(Ok(result)) => Ok(result),
            Ok(Err(error)) => Err(fault(&error)),
            Err(_) => Err(StepError::host(
                "timeout",
                "STEP_DEADLINE_EXCEEDED",
                format!(
                    "the step did not finish within the host's deadline of {} ms",
                    self.policy.step_deadline.as_millis()
                ),
                true,
            )
            .with_action("retry later; raise the step deadline if the API is slow")),
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

/// Finds the exported `<ns>:<pkg>/step@0.1.x` interface and its five functions.
fn find_step_interface(
    engine: &Engine,
    component: &Component,
) -> anyhow::Result<(String, Exports)> {
    let ty = component.component_type();
    let names: Vec<String> = ty
        .exports(engine)
        .map(|(name, _)| name.to_owned())
        .collect();
    let interface = names
        .iter()
        .find(|name| name.contains(INTERFACE))
        .ok_or_else(|| {
            anyhow!(
                "the component does not implement the step contract: it exports no `<package>/step@0.1.x` interface (exports: {})",
                if names.is_empty() { "none".to_owned() } else { names.join(", ") }
            )
        })?
        .clone();
    let (item, instance) = component
        .get_export(None, interface.as_str())
        .ok_or_else(|| anyhow!("export {interface} vanished"))?;
    if !matches!(item, ComponentItem::ComponentInstance(_)) {
        anyhow::bail!("the export {interface} is not an interface instance");
    }
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
