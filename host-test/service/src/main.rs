//! `step-service`: the step service for production, and nothing else: every step component
//! of a plugins folder served over HTTP (no simulator, no benchmark, no editor; the local
//! harness `host-test serve` runs the same library with its simulator).
//!
//! Exit codes: 0 after SIGTERM / Ctrl-C, 2 a setup problem (one line on stderr).

use clap::Parser;
use step_host::secrets::redact_log;
use step_service::launch::{self, Launch, ServiceArgs};

/// Serve every workflow-step component of a folder over HTTP.
#[derive(Debug, Parser)]
#[command(name = "step-service", version, about)]
struct Cli {
    /// The service's flags.
    #[command(flatten)]
    service: ServiceArgs,
    /// Compile cache directory (default: $XDG_CACHE_HOME/host-test or ~/.cache/host-test).
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<std::path::PathBuf>,
    /// Compile every component on start instead of using the compile cache.
    #[arg(long)]
    no_cache: bool,
    /// More logging on stderr (-v debug, -vv trace); the service logs at info.
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,
}

fn fail(message: &str) -> ! {
    let line = message.lines().next().unwrap_or("error");
    eprintln!("step-service: {}", redact_log(line));
    std::process::exit(2);
}

fn main() {
    // No Rust backtrace may reach callers, logs or guest-visible error strings.
    std::env::set_var("RUST_BACKTRACE", "0");
    std::env::set_var("RUST_LIB_BACKTRACE", "0");
    let cli = Cli::parse();
    step_service::logging::init(
        cli.verbose.saturating_add(1),
        cli.service.log_format,
        &["step_host", "step_service"],
    );
    let load = step_host::LoadOptions {
        cache_dir: if cli.no_cache {
            None
        } else {
            cli.cache_dir.clone().or_else(step_host::cache::default_dir)
        },
        ..step_host::LoadOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| fail(&format!("cannot start the async runtime: {e}")));
    let launch = Launch {
        load,
        ..Launch::default()
    };
    if let Err(error) = runtime.block_on(launch::run(&cli.service, launch)) {
        fail(&format!("{error:#}"));
    }
}
