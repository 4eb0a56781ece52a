//! Loading a step component once and running each step in a fresh, bounded store.
//!
//! A component implements the generic HTTP-step contract (`http-step:contract@0.2.0`)
//! under an interface name of its own: the host finds the exported interface that has
//! the contract's five functions ([`interface`]) and checks their signatures when the
//! plugin becomes ready (its first use, or [`Plugin::ready`]). Readiness also reads the
//! descriptor once: the origins and credentials it declares become the plugin's grants.
//! Each call runs in a fresh store ([`store`]).

mod interface;
mod store;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{anyhow, Context as _};
use serde_json::Value;
use tokio::sync::{OnceCell, Semaphore};
use wasmtime::component::{
    ComponentExportIndex, ComponentNamedList, InstancePre, Lift, Linker, Lower,
};
use wasmtime::Engine;

use crate::bindings::step as wit;
use crate::cache::CacheOutcome;
pub use crate::config::StepConfig;
use crate::grants::Grants;
use crate::outbound::OutboundHooks;
use crate::outcome::{PreparedRequest, StepError, Validation};
use crate::policy::{Origin, Policy};
use crate::pool::PooledClient;
use crate::secrets::{CredentialSource, Credentials};
use interface::Exports;
use store::StepState;

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
    _ticker: store::EpochTicker,
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
        let engine = store::engine(&policy, slots)?;
        let (component, cache) = crate::cache::load(&engine, bytes, options.cache_dir.as_deref())?;

        let (interface, exports) = interface::find_step_interface(&engine, &component)?;

        let mut linker = Linker::<StepState>::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)
            .map_err(|e| anyhow!("linker: {}", store::first_line(&e)))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
            .map_err(|e| anyhow!("linker: {}", store::first_line(&e)))?;
        let pre = linker.instantiate_pre(&component).map_err(|e| {
            anyhow!(
                "the component needs imports this host does not provide: {}",
                store::first_line(&e)
            )
        })?;
        let ticker = store::EpochTicker::start(&engine, policy.epoch_tick);
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
        let mut store = store::new_store(&self.engine, &self.base_policy, hooks);
        let failed = |e: wasmtime::Error| {
            anyhow!(
                "the component's describe() failed: {}",
                store::fault(&e).message
            )
        };
        let run = async {
            let instance = self
                .pre
                .instantiate_async(&mut store)
                .await
                .map_err(failed)?;
            interface::check_signatures(&self.interface, &self.exports, &instance, &mut store)?;
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

    /// The exported step interface's name, e.g. `acme:payments/step@1.0.0`.
    pub fn interface(&self) -> &str {
        &self.interface
    }

    /// The policy steps run under: the operator's, plus the declared origins once ready.
    pub fn policy(&self) -> &Policy {
        self.ready
            .get()
            .map_or(&self.base_policy, |ready| &ready.policy)
    }

    /// `config` with only the settings this step declares (all of them before the plugin
    /// is ready): a configuration shared by several steps (a service's `--env`) gives a
    /// step without an `environment` setting none.
    pub fn settings_for(&self, config: &StepConfig) -> StepConfig {
        let mut own = config.clone();
        if let Some(ready) = self.ready.get() {
            own.settings.retain(|name, _| {
                ready
                    .grants
                    .settings
                    .iter()
                    .any(|declared| declared == name)
            });
        }
        own
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
            let mut store = store::new_store(&self.engine, &self.base_policy, hooks);
            let instance = self.pre.instantiate_async(&mut store).await?;
            let func = instance.get_typed_func::<P, (R,)>(&mut store, export)?;
            let (result,) = func.call_async(&mut store, params).await?;
            wasmtime::Result::<R>::Ok(result)
        };
        match tokio::time::timeout(self.base_policy.step_deadline, run).await {
            Ok(Ok(result)) => Ok(result),
            Ok(Err(error)) => Err(store::fault(&error)),
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
