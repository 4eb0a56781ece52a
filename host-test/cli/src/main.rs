//! `host-test`: run workflow-step components from the command line.
//!
//! Exit codes: 0 success, 1 the step failed or the input is invalid (JSON on stdout),
//! 2 usage error, unreadable input, or a missing/corrupt/incompatible plugin (one line
//! on stderr). Logs go to stderr; stdout carries JSON only.

mod bench;
mod cli;

use std::io::{IsTerminal as _, Write as _};

use clap::Parser as _;
use step_host::secrets::redact_log;
use tracing_subscriber::EnvFilter;

/// A stderr writer that masks, in every log line (free text), every credential value
/// a plugin of this process resolved.
#[derive(Clone)]
struct RedactingStderr;

impl std::io::Write for RedactingStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(redact_log(&text).as_bytes())?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// Text logs at `-v` levels; `serve` logs at least `info` (one line per request), as
/// JSON lines with `--log-format json`.
fn init_logging(verbose: u8, serving: Option<host_test::serve::LogFormat>) {
    let verbose = if serving.is_some() {
        verbose.max(1)
    } else {
        verbose
    };
    let ours = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let others = if verbose >= 3 { "debug" } else { "warn" };
    let filter = EnvFilter::new(format!(
        "{others},host_test={ours},step_host={ours},step_service={ours},plaid_sim={ours}"
    ));
    let writer = RedactingStderr;
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(move || writer.clone())
        .with_target(false);
    if serving == Some(host_test::serve::LogFormat::Json) {
        // The request span's fields (request id, method, path) go into every line.
        logs.json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init();
    } else {
        logs.fmt_fields(step_service::logs::TextFields)
            .with_ansi(std::io::stderr().is_terminal())
            .init();
    }
}

fn fail(message: &str) -> ! {
    let line = message.lines().next().unwrap_or("error");
    eprintln!("host-test: {}", redact_log(line));
    std::process::exit(2);
}

fn main() {
    // No Rust backtrace may reach users or guest-visible error strings.
    std::env::set_var("RUST_BACKTRACE", "0");
    std::env::set_var("RUST_LIB_BACKTRACE", "0");
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        fail(&format!("internal error: {message}"));
    }));

    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            std::process::exit(0);
        }
        Err(e) => {
            let text = e.to_string();
            fail(text.trim_start_matches("error: "));
        }
    };
    let serving = match &cli.command {
        cli::Command::Serve(args) => Some(args.log_format),
        _ => None,
    };
    init_logging(cli.verbose, serving);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| fail(&format!("cannot start the async runtime: {e}")));
    match runtime.block_on(cli::run(cli)) {
        Ok(outcome) => {
            // Masked on the JSON values, before serialising: a secret can never match
            // (and so corrupt) the JSON syntax around them.
            let masked = outcome.redactor.redact_json(&outcome.json);
            let text = serde_json::to_string_pretty(&masked).unwrap_or_default();
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            let _ = writeln!(std::io::stdout().lock(), "{text}");
            std::process::exit(outcome.code);
        }
        Err(error) => fail(&format!("{error:#}")),
    }
}
