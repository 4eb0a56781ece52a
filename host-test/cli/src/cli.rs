//! The `host-test` command line: the "Add HTTP Task" flow in a terminal.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context as _};
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};

use plaid_sim::{SimConfig, Simulator, TEST_CLIENT_ID, TEST_SECRET};
use step_host::policy::{environment_origin, Origin};
use step_host::secrets::{DEFAULT_BINDINGS, MIN_SECRET_LEN};
use step_host::{
    Credentials, LoadOptions, Plugin, Policy, Redactor, RequestTimeConfig, RetryPolicy, StepConfig,
};

/// Name of the component this workspace builds: the default plugin.
const DEFAULT_PLUGIN: &str = "plaid_partner_insights.wasm";

/// Largest step input read by default (`--max-input`): 1 MiB, far above any real
/// Partner Insights request, far below what would stress the host.
pub const DEFAULT_MAX_INPUT: u64 = 1024 * 1024;

/// Load, validate, prepare and run workflow-step components.
#[derive(Debug, Parser)]
#[command(name = "host-test", version, about, disable_help_subcommand = true)]
pub struct Cli {
    /// The step component (.wasm). Default: the one this workspace builds.
    #[arg(long, global = true, env = "HOST_TEST_PLUGIN", value_name = "PATH")]
    pub plugin: Option<PathBuf>,
    /// Compile cache directory (default: $XDG_CACHE_HOME/host-test or ~/.cache/host-test).
    #[arg(long, global = true, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Compile the component on every start instead of using the compile cache.
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Largest step input accepted, in bytes (larger is refused with exit 2).
    #[arg(long, global = true, value_name = "BYTES", default_value_t = DEFAULT_MAX_INPUT)]
    pub max_input: u64,
    /// More logging on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the step descriptor (schemas, UI hints, examples, defaults) as JSON.
    Describe,
    /// Validate a step input without any network access.
    Validate {
        /// Step input JSON file, or - for stdin.
        input: String,
    },
    /// Show the exact HTTP request the step would send (credentials masked).
    Prepare {
        /// Step input JSON file, or - for stdin.
        input: String,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Run the step: validate, call the API, print structured outputs.
    Run {
        /// Step input JSON file, or - for stdin.
        input: String,
        #[command(flatten)]
        config: ConfigArgs,
        /// Extra origin the component may reach (HOST[:PORT] or https://HOST[:PORT]).
        #[arg(long, value_name = "HOST[:PORT]")]
        allow: Vec<String>,
        /// Extra origin that receives the environment credentials (SCHEME://HOST[:PORT];
        /// default: only the chosen environment's Plaid origin over https).
        #[arg(long, value_name = "ORIGIN")]
        credentials_for: Vec<String>,
        /// Retries of retryable errors (exponential backoff with jitter).
        #[arg(long, default_value_t = 0, value_name = "N")]
        retries: u32,
        /// Wall-clock deadline of one attempt, in milliseconds.
        #[arg(long, value_name = "MS")]
        deadline_ms: Option<u64>,
        /// Response body cap in bytes.
        #[arg(long, value_name = "BYTES")]
        max_body: Option<u64>,
    },
    /// Export the step for another engine (Conductor: an HTTP task that runs the step in the
    /// step service, and its task definition).
    Export {
        /// The target engine.
        #[arg(value_enum)]
        target: ExportTarget,
        /// Base URL of the step service (`host-test serve`) the task calls.
        #[arg(long, value_name = "URL", default_value = host_test::export::DEFAULT_SERVICE_URL)]
        service_url: String,
        /// The step's id in the service (default: the plugin's file stem).
        #[arg(long, value_name = "ID")]
        step: Option<String>,
    },
    /// Serve the visual step editor on 127.0.0.1 (with the embedded simulator).
    Editor {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Folder of step components (default: the folder of the default plugin).
        #[arg(long, value_name = "DIR")]
        plugins: Option<PathBuf>,
    },
    /// Measure the plugin boundary against a native baseline (table on stderr, JSON on stdout).
    Bench {
        /// A tenth of the iterations, for a quick look.
        #[arg(long)]
        quick: bool,
        /// Also write the JSON results to this file.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Turn an HTTP response into step outputs or a step error, without any network access
    /// (what an engine that makes the HTTP call itself does with the answer).
    Parse {
        /// Response body file, or - for stdin.
        body: String,
        /// HTTP status of the response.
        #[arg(long, default_value_t = 200)]
        status: u16,
        /// A response header, `NAME: VALUE` (repeatable), e.g. `retry-after: 2`.
        #[arg(long = "header", value_name = "NAME: VALUE")]
        headers: Vec<String>,
    },
    /// Serve every step component of a folder over HTTP (list, describe, validate,
    /// prepare, execute), with the embedded simulator by default.
    Serve(host_test::serve::ServeArgs),
    /// Run the Plaid simulator in the foreground.
    Sim {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
    },
}

/// Where the step runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Env {
    /// The embedded Plaid simulator on loopback (no credentials or network needed).
    Sim,
    /// https://sandbox.plaid.com
    Sandbox,
    /// https://production.plaid.com
    Production,
}

/// Engines `export` can write for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportTarget {
    /// Conductor-style workflow JSON.
    Conductor,
}

/// Step configuration flags.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Environment.
    #[arg(long, value_enum)]
    pub env: Option<Env>,
    /// Base URL override; it must also be allowed (--allow) to be reached.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Step configuration JSON file (environment, base_url, *_timeout_ms, request_time_config).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Request-time partner_insights/options: send them (default), omit them, or refuse
    /// the input (Plaid clients created on or after 2026-07-01 cannot send them).
    #[arg(long, value_name = "send|omit|refuse")]
    pub request_time_config: Option<RequestTimeConfig>,
    /// Connect timeout wish in milliseconds (clamped by the host).
    #[arg(long, value_name = "MS")]
    pub connect_timeout_ms: Option<u32>,
    /// First-byte timeout wish in milliseconds (clamped by the host).
    #[arg(long, value_name = "MS")]
    pub first_byte_timeout_ms: Option<u32>,
    /// Between-bytes timeout wish in milliseconds (clamped by the host).
    #[arg(long, value_name = "MS")]
    pub between_bytes_timeout_ms: Option<u32>,
}

impl ConfigArgs {
    fn step_config(&self) -> anyhow::Result<StepConfig> {
        let mut config = match &self.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read the config file {}", path.display()))?;
                serde_json::from_str(&text).with_context(|| {
                    format!(
                        "the config file {} is not a valid step configuration",
                        path.display()
                    )
                })?
            }
            None => StepConfig::default(),
        };
        match self.env {
            Some(Env::Sandbox) => config.environment = Some("sandbox".into()),
            Some(Env::Production) => config.environment = Some("production".into()),
            Some(Env::Sim) | None => {}
        }
        if self.base_url.is_some() {
            config.base_url = self.base_url.clone();
        }
        config.connect_timeout_ms = self.connect_timeout_ms.or(config.connect_timeout_ms);
        config.first_byte_timeout_ms = self.first_byte_timeout_ms.or(config.first_byte_timeout_ms);
        config.between_bytes_timeout_ms = self
            .between_bytes_timeout_ms
            .or(config.between_bytes_timeout_ms);
        config.request_time_config = self.request_time_config.or(config.request_time_config);
        Ok(config)
    }

    /// The simulator runs unless another environment or a base URL was chosen.
    fn uses_sim(&self, config: &StepConfig) -> bool {
        match self.env {
            Some(Env::Sim) => true,
            Some(_) => false,
            None => config.environment.is_none() && config.base_url.is_none(),
        }
    }
}

/// What a verb produced: JSON for stdout and the exit code.
pub struct Outcome {
    /// Printed on stdout.
    pub json: Value,
    /// 0 success, 1 step failure.
    pub code: i32,
    /// Masks every credential value in what is printed.
    pub redactor: Redactor,
}

/// Finds the component this workspace builds, next to the running binary's target dir.
pub fn default_plugin() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe().context("cannot locate the host-test binary")?;
    for dir in exe.ancestors().skip(1) {
        let candidate = dir
            .join("wasm32-wasip2")
            .join("release")
            .join(DEFAULT_PLUGIN);
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    bail!("no plugin given and none built: run `cargo build --release --target wasm32-wasip2` or pass --plugin PATH")
}

/// Reads the step input from a file or stdin (`-`), at most `cap` bytes: a larger input
/// is refused before more than `cap + 1` bytes are held.
fn read_input(source: &str, cap: u64) -> anyhow::Result<String> {
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

fn read_body(source: &str) -> anyhow::Result<Vec<u8>> {
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

/// Refuses environment credentials too short to be masked safely (the value is never shown).
fn check_credential_lengths(credentials: &Credentials) -> anyhow::Result<()> {
    for injected in &credentials.headers {
        if injected.value.expose().len() < MIN_SECRET_LEN {
            let var = DEFAULT_BINDINGS
                .iter()
                .find(|(_, header)| *header == injected.header)
                .map_or(injected.header.as_str(), |(var, _)| var);
            bail!("{var} is shorter than {MIN_SECRET_LEN} characters: too short to be masked safely in output, so it is refused (Plaid credentials are 24-30 characters)");
        }
    }
    Ok(())
}

/// Adds the values at the descriptor's secret paths (JSON Pointers) to the redactor;
/// refuses one too short to be masked safely (its path is named, never its value).
async fn redact_inline_secrets(
    plugin: &Plugin,
    input: &str,
    redactor: &mut Redactor,
) -> anyhow::Result<()> {
    let Ok(value) = serde_json::from_str::<Value>(input) else {
        return Ok(());
    };
    for (path, secret) in plugin.secret_entries(&value).await {
        if !secret.is_empty() && secret.len() < MIN_SECRET_LEN {
            bail!("the step input's credential at {path} is shorter than {MIN_SECRET_LEN} characters: too short to be masked safely in output, so it is refused");
        }
        redactor.add(&secret);
    }
    Ok(())
}

/// The origins that receive credentials: the chosen environment's Plaid origin, and
/// those named with `--credentials-for` (a warning for each plain-http one).
fn credential_origins(config: &StepConfig, named: &[String]) -> anyhow::Result<Vec<Origin>> {
    let environment = config.environment.as_deref().unwrap_or("sandbox");
    let mut origins: Vec<Origin> = environment_origin(environment).into_iter().collect();
    for entry in named {
        let origin = Origin::parse(entry)?;
        match origin.scheme.as_deref() {
            None => bail!("--credentials-for {entry:?} must name the scheme: https://HOST[:PORT] (or http:// on purpose)"),
            Some("http") => tracing::warn!(
                "--credentials-for {origin}: credentials will travel over plain http, readable by anyone on the path"
            ),
            Some(_) => {}
        }
        origins.push(origin);
    }
    Ok(origins)
}

/// Where and how plugins are loaded, from the global flags.
pub struct Loader {
    plugin: Option<PathBuf>,
    options: LoadOptions,
}

impl Loader {
    fn from_cli(cli: &Cli) -> Self {
        let cache_dir = if cli.no_cache {
            None
        } else {
            cli.cache_dir.clone().or_else(step_host::cache::default_dir)
        };
        Self {
            plugin: cli.plugin.clone(),
            options: LoadOptions {
                cache_dir,
                ..LoadOptions::default()
            },
        }
    }

    /// The plugin file: `--plugin`, else the component this workspace builds.
    fn path(&self) -> anyhow::Result<PathBuf> {
        match &self.plugin {
            Some(path) => Ok(path.clone()),
            None => default_plugin(),
        }
    }

    fn load(&self, policy: Policy, credentials: Credentials) -> anyhow::Result<Plugin> {
        Plugin::load_with(&self.path()?, policy, credentials, &self.options)
    }
}

fn step_error_json(error: &step_host::StepError) -> Value {
    serde_json::to_value(error).unwrap_or_else(|_| json!({ "kind": "plugin_fault" }))
}

/// Runs one verb. `Err` means a usage or setup problem (exit 2).
pub async fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let loader = Loader::from_cli(&cli);
    let credentials = Credentials::from_env(DEFAULT_BINDINGS);
    check_credential_lengths(&credentials)?;
    let mut redactor = Redactor::new(&credentials);
    let max_input = cli.max_input;
    match cli.command {
        Command::Describe => {
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            let descriptor = plugin
                .describe()
                .await
                .map_err(|e| anyhow::anyhow!(e.message))?;
            Ok(Outcome {
                json: step_host::outcome::descriptor_json(&descriptor),
                code: 0,
                redactor,
            })
        }
        Command::Validate { input } => {
            let text = read_input(&input, max_input)?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await?;
            let (json, code) = match plugin.validate(&text).await {
                Ok(validation) => (
                    serde_json::to_value(&validation)?,
                    if validation.valid { 0 } else { 1 },
                ),
                // The component could not validate (e.g. it hit its memory limit).
                Err(error) => (
                    json!({ "valid": false, "error": step_error_json(&error) }),
                    1,
                ),
            };
            Ok(Outcome {
                json,
                code,
                redactor,
            })
        }
        Command::Prepare { input, config } => {
            let text = read_input(&input, max_input)?;
            let mut step_config = config.step_config()?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await?;
            if config.uses_sim(&step_config) && step_config.base_url.is_none() {
                // Show the request as `run` would send it to the embedded simulator.
                step_config.base_url = Some("http://127.0.0.1:PORT".into());
            }
            let (json, code) = match plugin.prepare(&text, &step_config).await {
                Ok(request) => (serde_json::to_value(&request)?, 0),
                Err(error) => (json!({ "ok": false, "error": step_error_json(&error) }), 1),
            };
            Ok(Outcome {
                json,
                code,
                redactor,
            })
        }
        Command::Run {
            input,
            config,
            allow,
            credentials_for,
            retries,
            deadline_ms,
            max_body,
        } => {
            let text = read_input(&input, max_input)?;
            let mut step_config = config.step_config()?;
            let mut policy = Policy::default();
            for entry in &allow {
                policy.allow.push(Origin::parse(entry)?);
            }
            policy.credentials_for = credential_origins(&step_config, &credentials_for)?;
            if let Some(ms) = deadline_ms {
                policy.step_deadline = Duration::from_millis(ms);
            }
            if let Some(bytes) = max_body {
                policy.max_response_body = bytes;
            }
            let mut credentials = credentials;
            let _sim = if config.uses_sim(&step_config) {
                let (sim, with_test_keys) = start_simulator(credentials).await?;
                policy.allow.push(Origin::parse(&sim.url())?);
                // The embedded simulator is where the (test) credentials are meant to go.
                policy.credentials_for.push(Origin::parse(&sim.url())?);
                step_config.base_url.get_or_insert_with(|| sim.url());
                credentials = with_test_keys;
                redactor = Redactor::new(&credentials);
                Some(sim)
            } else {
                None
            };
            for origin in &policy.credentials_for {
                let port = origin.port.unwrap_or(step_host::policy::default_port(
                    origin.scheme.as_deref().unwrap_or("https"),
                ));
                let scheme = origin.scheme.as_deref().unwrap_or("https");
                if !policy.allows(scheme, &origin.host, port) {
                    tracing::warn!("--credentials-for {origin}: that origin is not allowed (add --allow), so no request will reach it");
                }
            }
            let plugin = loader.load(policy, credentials)?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await?;
            let retry = RetryPolicy {
                retries,
                ..RetryPolicy::default()
            };
            let attempted = plugin
                .execute_with_retries(&text, &step_config, &retry)
                .await;
            let (json, code) = match attempted.result {
                Ok(outputs) => (
                    json!({ "ok": true, "outputs": outputs, "attempts": attempted.attempts }),
                    0,
                ),
                Err(mut error) => {
                    error.attempts = Some(attempted.attempts);
                    (json!({ "ok": false, "error": step_error_json(&error) }), 1)
                }
            };
            Ok(Outcome {
                json,
                code,
                redactor,
            })
        }
        Command::Export {
            target: ExportTarget::Conductor,
            service_url,
            step,
        } => {
            let path = loader.path()?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            let step_id = match step {
                Some(id) => id,
                None => host_test::export::step_id(&path)?,
            };
            let target = host_test::export::ServiceTarget {
                url: service_url,
                step_id,
            };
            let json = host_test::export::conductor(&plugin, &target, None).await?;
            Ok(Outcome {
                json,
                code: 0,
                redactor,
            })
        }
        Command::Editor { port, plugins } => {
            let plugins_dir = match plugins {
                Some(dir) => dir,
                None => {
                    let plugin = match &cli.plugin {
                        Some(path) => path.clone(),
                        None => default_plugin()?,
                    };
                    plugin.parent().map(Path::to_path_buf).unwrap_or_default()
                }
            };
            if !plugins_dir.is_dir() {
                bail!(
                    "the plugins folder {} does not exist",
                    plugins_dir.display()
                );
            }
            let (sim, credentials) = start_simulator(credentials).await?;
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            let url = format!("http://{}", listener.local_addr()?);
            println!("{}", json!({ "listening": url, "plugins": plugins_dir }));
            let options = host_test::editor::EditorOptions {
                plugins_dir,
                load: loader.options.clone(),
                simulator_url: Some(sim.url()),
                credentials,
            };
            tokio::select! {
                served = host_test::editor::serve(listener, options) => served?,
                stopped = tokio::signal::ctrl_c() => stopped.context("waiting for Ctrl-C")?,
            }
            drop(sim);
            Ok(Outcome {
                json: json!({ "stopped": true }),
                code: 0,
                redactor,
            })
        }
        Command::Bench { quick, out } => {
            let plugin = match &cli.plugin {
                Some(path) => path.clone(),
                None => default_plugin()?,
            };
            let json = crate::bench::run(&plugin, quick, out).await?;
            Ok(Outcome {
                json,
                code: 0,
                redactor,
            })
        }
        Command::Parse {
            body,
            status,
            headers,
        } => {
            let body = read_body(&body)?;
            let headers = headers
                .iter()
                .map(|h| match h.split_once(':') {
                    Some((name, value)) => Ok((name.trim().to_owned(), value.trim().to_owned())),
                    None => bail!("--header must look like `NAME: VALUE`; got {h:?}"),
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            let (json, code) = match plugin.parse(status, &headers, &body).await {
                Ok(outputs) => (json!({ "ok": true, "outputs": outputs }), 0),
                Err(error) => (json!({ "ok": false, "error": step_error_json(&error) }), 1),
            };
            Ok(Outcome {
                json,
                code,
                redactor,
            })
        }
        Command::Serve(args) => {
            let default_plugins = match (&args.plugins, &cli.plugin) {
                (Some(_), _) => None,
                (None, Some(plugin)) => plugin.parent().map(Path::to_path_buf),
                (None, None) => default_plugin()?.parent().map(Path::to_path_buf),
            };
            let context = host_test::serve::ServeContext {
                default_plugins,
                load: loader.options.clone(),
            };
            host_test::serve::run(args, context).await?;
            Ok(Outcome {
                json: json!({ "stopped": true }),
                code: 0,
                redactor,
            })
        }
        Command::Sim { port } => {
            let (client_id, secret) = sim_keys(&credentials);
            let sim = Simulator::start(
                port,
                SimConfig {
                    client_id,
                    secret,
                    ..SimConfig::default()
                },
            )
            .await?;
            println!(
                "{}",
                json!({ "listening": sim.url(), "endpoint": format!("{}{}", sim.url(), plaid_sim::PATH) })
            );
            tokio::signal::ctrl_c()
                .await
                .context("waiting for Ctrl-C")?;
            drop(sim);
            Ok(Outcome {
                json: json!({ "stopped": true }),
                code: 0,
                redactor,
            })
        }
    }
}

/// Starts the embedded simulator; returns it and the credentials to run against it (the
/// configured ones, else the simulator's documented test keys).
async fn start_simulator(credentials: Credentials) -> anyhow::Result<(Simulator, Credentials)> {
    let (client_id, secret) = sim_keys(&credentials);
    let sim = Simulator::start(
        0,
        SimConfig {
            client_id,
            secret,
            ..SimConfig::default()
        },
    )
    .await?;
    let credentials = credentials
        .with_fallback("plaid-client-id", TEST_CLIENT_ID)
        .with_fallback("plaid-secret", TEST_SECRET);
    Ok((sim, credentials))
}

/// The simulator accepts the configured credentials, else its documented test keys.
fn sim_keys(credentials: &Credentials) -> (String, String) {
    let get = |header: &str, fallback: &str| {
        credentials
            .headers
            .iter()
            .find(|h| h.header == header)
            .map_or_else(|| fallback.to_owned(), |h| h.value.expose().to_owned())
    };
    (
        get("plaid-client-id", TEST_CLIENT_ID),
        get("plaid-secret", TEST_SECRET),
    )
}
