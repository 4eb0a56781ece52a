//! The process's log setup, shared by the `step-service` binary and `host-test`: lines on
//! stderr, every credential value a plugin of the process resolved masked in every line,
//! text lines with every caller-controlled value escaped ([`crate::logs::TextFields`]), or
//! one JSON object per line with the request's span in it.

use std::io::IsTerminal as _;

use step_host::secrets::redact_log;
use tracing_subscriber::EnvFilter;

use crate::launch::LogFormat;

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

/// Installs the global subscriber: `verbose` 0 warn, 1 info, 2 debug, 3 trace for this
/// project's crates (`crates`, e.g. `["step_host", "step_service"]`), warn for the others
/// (debug at 3); `format` JSON lines or text.
pub fn init(verbose: u8, format: LogFormat, crates: &[&str]) {
    let ours = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let others = if verbose >= 3 { "debug" } else { "warn" };
    let mut directives = others.to_owned();
    for name in crates {
        directives.push_str(&format!(",{name}={ours}"));
    }
    let writer = RedactingStderr;
    let logs = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::new(directives))
        .with_writer(move || writer.clone())
        .with_target(false);
    match format {
        // The request span's fields (request id, method, path) go into every line.
        LogFormat::Json => logs
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init(),
        LogFormat::Text => logs
            .fmt_fields(crate::logs::TextFields)
            .with_ansi(std::io::stderr().is_terminal())
            .init(),
    }
}
