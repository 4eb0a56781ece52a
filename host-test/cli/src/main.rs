//! `host-test`: run workflow-step components from the command line.
//!
//! Exit codes: 0 success, 1 the step failed or the input is invalid (JSON on stdout),
//! 2 usage error, unreadable input, or a missing/corrupt/incompatible plugin (one line
//! on stderr). Logs go to stderr; stdout carries JSON only.

mod cli;

use std::io::Write as _;

use clap::Parser as _;
use step_host::secrets::redact_log;
use step_service::launch::LogFormat;

/// Text logs at `-v` levels; `serve` logs at least `info` (one line per request), as
/// JSON lines with `--log-format json`.
fn init_logging(verbose: u8, serving: Option<LogFormat>) {
    let verbose = if serving.is_some() {
        verbose.max(1)
    } else {
        verbose
    };
    step_service::logging::init(
        verbose,
        serving.unwrap_or(LogFormat::Text),
        &["host_test", "step_host", "step_service", "plaid_sim"],
    );
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
