//! The `host-test` command line: the "Add HTTP Task" flow in a terminal. Arguments
//! here; one function per verb in [`verbs`].

mod harness;
mod io;
mod verbs;

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};

use step_host::{Redactor, StepConfig};

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
    /// A step this workspace builds, by id (e.g. `plaid_check_report_create`,
    /// `plaid_webhook_verify`): its .wasm in the default plugins folder. Wins over
    /// `--plugin` / `HOST_TEST_PLUGIN`.
    #[arg(long, global = true, value_name = "ID")]
    pub step: Option<String>,
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
    Run(RunArgs),
    /// Export the step for another engine (Conductor: an HTTP task that runs the step in the
    /// step service, and its task definition).
    Export {
        /// The target engine.
        #[arg(value_enum)]
        target: ExportTarget,
        /// Base URL of the step service (`host-test serve`) the task calls.
        #[arg(long, value_name = "URL", default_value = host_test::export::DEFAULT_SERVICE_URL)]
        service_url: String,
        /// The step's id in the service, when it differs from the plugin's file stem
        /// (the id `--step` names, or the `--plugin` file's stem).
        #[arg(long, value_name = "ID")]
        service_id: Option<String>,
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
    /// Measure the component under every runtime (native Rust, in-process, `serve`, jco,
    /// wasmtime-py) against the same simulator: table on stderr, JSON on stdout.
    Bench(step_bench::BenchArgs),
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
        /// How long `usr_slow` (and `usr_slow_<suffix>`) waits before answering, in ms.
        #[arg(long, value_name = "MS", default_value_t = 10_000)]
        slow_ms: u64,
        /// Requests per minute per client before 429 RATE_LIMIT_EXCEEDED (Plaid's is 100),
        /// across /cra/check_report/*.
        #[arg(long, value_name = "N", default_value_t = 100)]
        rate_limit_per_minute: usize,
        /// How long after /cra/check_report/create a report is ready and its webhook sent, in ms.
        #[arg(long, value_name = "MS", default_value_t = 1_000)]
        ready_ms: u64,
        /// How long after /cra/check_report/create a report expires
        /// (CONSUMER_REPORT_EXPIRED), in ms.
        #[arg(long, value_name = "MS", default_value_t = 86_400_000)]
        report_lifetime_ms: u64,
    },
}

/// Engines `export` can write for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportTarget {
    /// Conductor-style workflow JSON.
    Conductor,
}

/// The flags of `run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Step input JSON file, or - for stdin.
    pub input: String,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Extra origin the component may reach (HOST[:PORT] or https://HOST[:PORT]).
    #[arg(long, value_name = "HOST[:PORT]")]
    pub allow: Vec<String>,
    /// Extra origin that receives the credentials (SCHEME://HOST[:PORT]; default: only
    /// the origin the step's settings select, over https).
    #[arg(long, value_name = "ORIGIN")]
    pub credentials_for: Vec<String>,
    /// Retries of retryable errors (exponential backoff with jitter).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub retries: u32,
    /// Wall-clock deadline of one attempt, in milliseconds.
    #[arg(long, value_name = "MS")]
    pub deadline_ms: Option<u64>,
    /// Response body cap in bytes.
    #[arg(long, value_name = "BYTES")]
    pub max_body: Option<u64>,
}

/// `--env`'s name for the embedded simulator.
const SIM: &str = "sim";

/// Step configuration flags.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// `sim`: the embedded simulator (the default when neither an environment nor a base
    /// URL is given); anything else is sugar for the step's `environment` setting (e.g.
    /// `sandbox`, `production`), for steps that declare one.
    #[arg(long, value_name = "sim|ENVIRONMENT")]
    pub env: Option<String>,
    /// Base URL override; it must also be allowed (--allow) to be reached.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Step configuration JSON file: base_url, *_timeout_ms and the step's settings
    /// (e.g. environment, request_time_config), as in examples/config/.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// One of the step's settings, `KEY=VALUE` (VALUE is JSON, or else taken as text);
    /// repeatable. The descriptor's settings_schema lists them.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub settings: Vec<String>,
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
        let mut config: StepConfig = match &self.config {
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
        if let Some(environment) = self.env.as_deref().filter(|e| *e != SIM) {
            config.set("environment", json!(environment));
        }
        for entry in &self.settings {
            let Some((key, value)) = entry.split_once('=') else {
                anyhow::bail!("--set must look like KEY=VALUE; got {entry:?}");
            };
            let value = serde_json::from_str(value).unwrap_or_else(|_| json!(value));
            config.set(key.trim(), value);
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
        match self.env.as_deref() {
            Some(SIM) => true,
            Some(_) => false,
            None => !config.settings.contains_key("environment") && config.base_url.is_none(),
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

impl Outcome {
    /// An outcome.
    pub fn new(json: Value, code: i32, redactor: Redactor) -> Self {
        Self {
            json,
            code,
            redactor,
        }
    }
}

/// Runs one verb. `Err` means a usage or setup problem (exit 2).
pub async fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let loader = harness::Loader::from_cli(&cli);
    let max_input = cli.max_input;
    match cli.command {
        Command::Describe => verbs::describe(&loader).await,
        Command::Validate { input } => verbs::validate(&loader, &input, max_input).await,
        Command::Prepare { input, config } => {
            verbs::prepare(&loader, &input, &config, max_input).await
        }
        Command::Run(args) => verbs::run(&loader, &args, max_input).await,
        Command::Export {
            target: ExportTarget::Conductor,
            service_url,
            service_id,
        } => verbs::export(&loader, service_url, service_id).await,
        Command::Editor { port, plugins } => verbs::editor(&loader, port, plugins).await,
        Command::Bench(args) => verbs::bench(&loader, args).await,
        Command::Parse {
            body,
            status,
            headers,
        } => verbs::parse(&loader, &body, status, &headers).await,
        Command::Serve(args) => verbs::serve(&loader, args).await,
        Command::Sim {
            port,
            slow_ms,
            rate_limit_per_minute,
            ready_ms,
            report_lifetime_ms,
        } => {
            let config = plaid_sim::SimConfig {
                slow_delay: std::time::Duration::from_millis(slow_ms),
                rate_limit_per_minute,
                ready_delay: std::time::Duration::from_millis(ready_ms),
                report_lifetime: std::time::Duration::from_millis(report_lifetime_ms),
                ..plaid_sim::SimConfig::from_env()
            };
            verbs::sim(port, config).await
        }
    }
}
