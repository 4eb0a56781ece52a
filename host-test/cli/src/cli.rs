//! The `host-test` command line: the "Add HTTP Task" flow in a terminal.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context as _};
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};

use plaid_sim::{SimConfig, Simulator, TEST_CLIENT_ID, TEST_SECRET};
use step_host::policy::Origin;
use step_host::secrets::DEFAULT_BINDINGS;
use step_host::{Credentials, LoadOptions, Plugin, Policy, Redactor, RetryPolicy, StepConfig};

/// Name of the component this workspace builds: the default plugin.
const DEFAULT_PLUGIN: &str = "plaid_partner_insights.wasm";

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
    /// Export the step for another engine (Conductor: HTTP task + jq transform + task definition).
    Export {
        /// The target engine.
        #[arg(value_enum)]
        target: ExportTarget,
        /// Environment whose URL the exported task calls.
        #[arg(long, value_enum, default_value = "sandbox")]
        env: ExportEnv,
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

/// Environments an export may target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportEnv {
    /// https://sandbox.plaid.com
    Sandbox,
    /// https://production.plaid.com
    Production,
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
    /// Step configuration JSON file (environment, base_url, *_timeout_ms).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
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

fn read_input(source: &str) -> anyhow::Result<String> {
    if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the step input from stdin")?;
        return Ok(text);
    }
    std::fs::read_to_string(Path::new(source))
        .with_context(|| format!("cannot read the step input {source}"))
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

/// Adds the values at the descriptor's secret paths (JSON Pointers) to the redactor.
async fn redact_inline_secrets(plugin: &Plugin, input: &str, redactor: &mut Redactor) {
    let Ok(value) = serde_json::from_str::<Value>(input) else {
        return;
    };
    for secret in plugin.secret_values(&value).await {
        redactor.add(&secret);
    }
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

    fn load(&self, policy: Policy, credentials: Credentials) -> anyhow::Result<Plugin> {
        let path = match &self.plugin {
            Some(path) => path.clone(),
            None => default_plugin()?,
        };
        Plugin::load_with(&path, policy, credentials, &self.options)
    }
}

fn step_error_json(error: &step_host::StepError) -> Value {
    serde_json::to_value(error).unwrap_or_else(|_| json!({ "kind": "plugin_fault" }))
}

/// Runs one verb. `Err` means a usage or setup problem (exit 2).
pub async fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let loader = Loader::from_cli(&cli);
    let credentials = Credentials::from_env(DEFAULT_BINDINGS);
    let mut redactor = Redactor::new(&credentials);
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
            let text = read_input(&input)?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await;
            let validation = plugin
                .validate(&text)
                .await
                .map_err(|e| anyhow::anyhow!(e.message))?;
            Ok(Outcome {
                code: if validation.valid { 0 } else { 1 },
                json: serde_json::to_value(&validation)?,
                redactor,
            })
        }
        Command::Prepare { input, config } => {
            let text = read_input(&input)?;
            let mut step_config = config.step_config()?;
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await;
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
            retries,
            deadline_ms,
            max_body,
        } => {
            let text = read_input(&input)?;
            let mut step_config = config.step_config()?;
            let mut policy = Policy::default();
            for entry in &allow {
                policy.allow.push(Origin::parse(entry)?);
            }
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
                step_config.base_url.get_or_insert_with(|| sim.url());
                credentials = with_test_keys;
                redactor = Redactor::new(&credentials);
                Some(sim)
            } else {
                None
            };
            let plugin = loader.load(policy, credentials)?;
            redact_inline_secrets(&plugin, &text, &mut redactor).await;
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
            env,
        } => {
            let plugin = loader.load(Policy::default(), Credentials::default())?;
            let environment = match env {
                ExportEnv::Sandbox => "sandbox",
                ExportEnv::Production => "production",
            };
            let json = host_test::export::conductor(&plugin, environment, None).await?;
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
