//! The service from its command-line flags: [`ServiceArgs`] (shared by the `step-service`
//! binary and `host-test serve`) and [`run`], which serves until SIGTERM or Ctrl-C.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context as _};
use clap::{Args, ValueEnum};
use serde_json::json;
use step_host::policy::{named_credential_origins, Origin};
use step_host::registry::{Registry, RegistryOptions, DEFAULT_MAX_FILE_SIZE};
use step_host::{LoadOptions, Policy, StepConfig};

use crate::guard::AllowedHost;
use crate::{options, AppState, ServiceOptions, ServiceSetup, Token};

/// Environment variable holding the bearer token.
pub const TOKEN_ENV: &str = "STEP_SERVICE_TOKEN";

/// The service's flags.
#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// Folder of step components: every `*.wasm` is a step, its id the file stem.
    #[arg(long, value_name = "DIR")]
    pub plugins: Option<PathBuf>,
    /// Address to listen on; port 0 picks a free port. Anything but loopback needs a token.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR:PORT")]
    pub listen: String,
    /// The `environment` setting of every step that declares one (e.g. `sandbox`,
    /// `production`); steps without that setting never get it.
    #[arg(long, value_name = "ENVIRONMENT")]
    pub env: Option<String>,
    /// Base URL override for every step; it must also be allowed (--allow).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Extra origin steps may reach (HOST[:PORT] or https://HOST[:PORT]).
    #[arg(long, value_name = "ORIGIN")]
    pub allow: Vec<String>,
    /// Extra origin that receives the steps' credentials (SCHEME://HOST[:PORT]; default:
    /// only the origin each step's settings select, over https).
    #[arg(long, value_name = "ORIGIN")]
    pub credentials_for: Vec<String>,
    /// File holding the bearer token (wins over STEP_SERVICE_TOKEN).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// A host name callers may address the service by (`Host`), besides 127.0.0.1,
    /// localhost and [::1] on its port: NAME (any port) or NAME:PORT, e.g. a Kubernetes
    /// Service's name or a proxy's public host. Repeatable. Others get 403 (DNS rebinding
    /// protection); /healthz and /readyz answer any Host.
    #[arg(long, value_name = "NAME[:PORT]")]
    pub allow_host: Vec<AllowedHost>,
    /// Request body cap in bytes.
    #[arg(long, default_value_t = options::DEFAULT_MAX_BODY, value_name = "BYTES")]
    pub max_body: usize,
    /// Requests running at once across all steps; more get 503 OVERLOADED.
    #[arg(long, default_value_t = options::DEFAULT_MAX_IN_FLIGHT, value_name = "N")]
    pub max_in_flight: usize,
    /// Calls of one step running at once; more get 503 OVERLOADED.
    #[arg(long, default_value_t = options::DEFAULT_STEP_CONCURRENCY, value_name = "N")]
    pub step_concurrency: usize,
    /// Deadline of one request in milliseconds (504 REQUEST_TIMEOUT after it); the
    /// host's step deadline is kept below it.
    #[arg(long, default_value_t = options::DEFAULT_REQUEST_TIMEOUT.as_millis() as u64, value_name = "MS")]
    pub request_timeout_ms: u64,
    /// Time a step call's body has to arrive once its headers have, in milliseconds (408
    /// BODY_TIMEOUT after it); the body is read before the call takes a slot.
    #[arg(long, default_value_t = options::DEFAULT_BODY_TIMEOUT.as_millis() as u64, value_name = "MS")]
    pub body_timeout_ms: u64,
    /// Time a step call that finds a limit full waits for a slot, in milliseconds, before
    /// 503 OVERLOADED (0: at once).
    #[arg(long, default_value_t = options::DEFAULT_QUEUE_TIMEOUT.as_millis() as u64, value_name = "MS")]
    pub queue_timeout_ms: u64,
    /// Time in-flight requests get to finish after SIGTERM / Ctrl-C, in milliseconds.
    #[arg(long, default_value_t = options::DEFAULT_SHUTDOWN_TIMEOUT.as_millis() as u64, value_name = "MS")]
    pub shutdown_timeout_ms: u64,
    /// Interval between scans of the plugins folder, in milliseconds.
    #[arg(long, default_value_t = 1000, value_name = "MS")]
    pub reload_ms: u64,
    /// Folder of per-step secrets files, `<step-id>.json` (`{"NAME": "value", …}` for the
    /// credential names the step declares); a file wins over the environment.
    #[arg(long, value_name = "DIR")]
    pub secrets_dir: Option<PathBuf>,
    /// Log lines on stderr: JSON (one object a line, with the request id) or text.
    #[arg(long, value_enum, default_value = "text")]
    pub log_format: LogFormat,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// An origin the steps call besides those the flags name, with credentials for it (a
/// local harness's simulator).
#[derive(Debug, Clone)]
pub struct ExtraTarget {
    /// Its origin: allowed, and receiving the credentials.
    pub origin: Origin,
    /// Its base URL, used by every step unless `--base-url` is given.
    pub base_url: String,
    /// `(NAME, value)` credentials used where neither a secrets file nor the environment
    /// has `NAME` (e.g. a simulator's test keys).
    pub fallback: Vec<(String, String)>,
}

/// What the caller hands over besides the flags.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// The folder used when `--plugins` is absent.
    pub default_plugins: Option<PathBuf>,
    /// Compile cache settings.
    pub load: LoadOptions,
    /// An extra target (the harness's embedded simulator), if any.
    pub extra: Option<ExtraTarget>,
}

/// Runs the service until SIGTERM or Ctrl-C. `Err` is a setup problem (exit 2).
pub async fn run(args: &ServiceArgs, launch: Launch) -> anyhow::Result<()> {
    let plugins = match args.plugins.clone().or(launch.default_plugins.clone()) {
        Some(dir) if dir.is_dir() => dir,
        Some(dir) => bail!("the plugins folder {} does not exist", dir.display()),
        None => bail!("no plugins folder: pass --plugins DIR"),
    };
    if let Some(dir) = &args.secrets_dir {
        if !dir.is_dir() {
            bail!("the secrets folder {} does not exist", dir.display());
        }
    }
    let (addr, token) = check_listen(args).await?;
    let (setup, step_config) = target(args, launch.extra)?;
    let state = app_state(args, &plugins, setup, step_config, launch.load, token);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    let stop = stop_signals()?;
    println!(
        "{}",
        json!({ "listening": format!("http://{local}"), "plugins": plugins })
    );
    crate::serve(listener, state, stop).await
}

/// The address to listen on and the token, refused (before anything starts) when the
/// address is not loopback and there is no token.
pub async fn check_listen(args: &ServiceArgs) -> anyhow::Result<(SocketAddr, Option<Token>)> {
    let token = read_token(args.token_file.as_deref())?;
    let addr = resolve_listen(&args.listen).await?;
    crate::server::check_exposure(addr, token.is_some())?;
    Ok((addr, token))
}

/// The policy, the credential sources and the step configuration every step gets.
fn target(
    args: &ServiceArgs,
    extra: Option<ExtraTarget>,
) -> anyhow::Result<(ServiceSetup, StepConfig)> {
    let request_timeout = Duration::from_millis(args.request_timeout_ms.max(1));
    let mut policy = Policy::default();
    // A slow step then ends as its own `timeout` error, before the bare request deadline.
    policy.step_deadline = policy
        .step_deadline
        .min(request_timeout.saturating_sub(Duration::from_millis(250)))
        .max(Duration::from_millis(1));
    for entry in &args.allow {
        policy.allow.push(Origin::parse(entry)?);
    }
    policy.credentials_for = named_credential_origins(&args.credentials_for)?;
    let mut step_config = StepConfig {
        base_url: args.base_url.clone(),
        ..StepConfig::default()
    };
    if let Some(environment) = &args.env {
        step_config.set("environment", json!(environment));
    }
    let mut fallback = Vec::new();
    if let Some(extra) = extra {
        policy.allow.push(extra.origin.clone());
        policy.credentials_for.push(extra.origin);
        step_config.base_url.get_or_insert(extra.base_url);
        fallback = extra.fallback;
    }
    let setup = ServiceSetup {
        policy,
        from_env: true,
        secrets_dir: args.secrets_dir.clone(),
        fallback,
    };
    Ok((setup, step_config))
}

/// The service's state: the plugins registry and the limits from the flags.
fn app_state(
    args: &ServiceArgs,
    plugins: &Path,
    setup: ServiceSetup,
    step_config: StepConfig,
    load: LoadOptions,
    token: Option<Token>,
) -> AppState {
    let step_concurrency = args.step_concurrency.max(1);
    let registry = Registry::new(
        RegistryOptions {
            dir: plugins.to_path_buf(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll_interval: Duration::from_millis(args.reload_ms.max(10)),
            load: LoadOptions {
                // The service's per-step limit sheds first; the instance pool never waits.
                max_concurrency: step_concurrency,
                ..load
            },
        },
        Arc::new(setup),
    );
    AppState::new(
        registry,
        ServiceOptions {
            token,
            step_config,
            max_body: args.max_body.max(1),
            max_in_flight: args.max_in_flight.max(1),
            step_concurrency,
            request_timeout: Duration::from_millis(args.request_timeout_ms.max(1)),
            shutdown_timeout: Duration::from_millis(args.shutdown_timeout_ms),
            header_read_timeout: options::DEFAULT_HEADER_READ_TIMEOUT,
            body_timeout: Duration::from_millis(args.body_timeout_ms.max(1)),
            queue_timeout: Duration::from_millis(args.queue_timeout_ms),
            allowed_hosts: args.allow_host.clone(),
        },
    )
}

/// The token from `--token-file`, else `STEP_SERVICE_TOKEN`; `None` when neither is set.
fn read_token(file: Option<&Path>) -> anyhow::Result<Option<Token>> {
    let text = match file {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the token file {}", path.display()))?,
        ),
        None => std::env::var(TOKEN_ENV)
            .ok()
            .filter(|t| !t.trim().is_empty()),
    };
    text.map(|text| Token::new(&text)).transpose()
}

/// `ADDR:PORT`, resolving names (`localhost:8787`); the first address is used.
async fn resolve_listen(listen: &str) -> anyhow::Result<SocketAddr> {
    if let Ok(addr) = listen.parse() {
        return Ok(addr);
    }
    tokio::net::lookup_host(listen)
        .await
        .ok()
        .and_then(|mut addrs| addrs.next())
        .with_context(|| {
            format!("--listen {listen:?} must look like ADDR:PORT, e.g. 127.0.0.1:8787")
        })
}

/// A future that resolves on SIGTERM or Ctrl-C (SIGINT). The handlers are installed when
/// this is called, not when the future is first polled: called before a server announces
/// where it listens, a signal sent right after that line stops it gracefully instead of
/// killing it.
pub fn stop_signals() -> anyhow::Result<impl std::future::Future<Output = ()> + Send> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?;
        let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
    }
}
