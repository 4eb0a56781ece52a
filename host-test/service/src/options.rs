//! What the service is configured with: limits, deadlines, the step configuration, the
//! bearer token and the host names it answers to.

use std::fmt;
use std::time::Duration;

use sha2::{Digest as _, Sha256};
use step_host::StepConfig;
use subtle::ConstantTimeEq as _;

use crate::guard::AllowedHost;

/// Default request body cap: 1 MiB (step inputs are a few KB).
pub const DEFAULT_MAX_BODY: usize = 1024 * 1024;
/// Default global limit of requests running at once.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 128;
/// Default limit of calls of one step running at once.
pub const DEFAULT_STEP_CONCURRENCY: usize = 64;
/// Default per-request deadline: above the host's 60 s step deadline, so a slow step
/// ends as the step's own `timeout` error, not as a bare request timeout.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(65);
/// Default time in-flight requests get to finish after the shutdown signal.
pub const DEFAULT_SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit for a client to send a request's headers, also the longest a
/// keep-alive connection may idle between requests.
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit for a step call's body to arrive, once its headers have: step inputs are
/// a few KB, so a body still arriving after this is a slow or stalled client.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time a step call that finds a limit full waits for a slot before it is shed:
/// long enough for a call that just ended, or whose caller went away, to free its slot.
pub const DEFAULT_QUEUE_TIMEOUT: Duration = Duration::from_millis(100);
/// Shortest token accepted.
pub const MIN_TOKEN_LEN: usize = 16;

/// The bearer token callers must send. Compared in constant time; its `Debug` never
/// shows the value.
#[derive(Clone)]
pub struct Token {
    digest: [u8; 32],
}

impl Token {
    /// A token from its text (surrounding whitespace, e.g. a file's final newline, is
    /// trimmed). Fails if it is shorter than [`MIN_TOKEN_LEN`] or not printable ASCII.
    pub fn new(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        if text.len() < MIN_TOKEN_LEN {
            anyhow::bail!(
                "the token must be at least {MIN_TOKEN_LEN} characters (e.g. `openssl rand -hex 32`)"
            );
        }
        if !text.bytes().all(|b| b.is_ascii_graphic()) {
            anyhow::bail!("the token must be printable ASCII without spaces");
        }
        Ok(Self {
            digest: Sha256::digest(text.as_bytes()).into(),
        })
    }

    /// Whether `candidate` is the token. Both sides are hashed first, so neither the
    /// content nor the length of the token leaks through timing.
    pub fn matches(&self, candidate: &[u8]) -> bool {
        let digest: [u8; 32] = Sha256::digest(candidate).into();
        self.digest.ct_eq(&digest).into()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(********)")
    }
}

/// Service settings (the plugins folder and how steps are loaded live in the
/// [`step_host::Registry`]).
#[derive(Debug, Clone)]
pub struct ServiceOptions {
    /// Required as `Authorization: Bearer …` on every route but `/healthz` and `/readyz`.
    pub token: Option<Token>,
    /// The step configuration every call runs with (environment, base URL, timeouts):
    /// the service's, never the caller's.
    pub step_config: StepConfig,
    /// Largest request body, in bytes (413 above).
    pub max_body: usize,
    /// Requests running at once across all steps; more are shed with 503.
    pub max_in_flight: usize,
    /// Calls of one step running at once; more are shed with 503.
    pub step_concurrency: usize,
    /// Deadline of one request, body reading included (504 after it).
    pub request_timeout: Duration,
    /// Time in-flight requests get after the shutdown signal.
    pub shutdown_timeout: Duration,
    /// Time a client has to send a request's headers (and the longest a keep-alive
    /// connection may idle); the connection is closed after it.
    pub header_read_timeout: Duration,
    /// Time a step call's body has to arrive once its headers have (408 after it). The
    /// body is read before the call takes a slot, so a slow body never holds one.
    pub body_timeout: Duration,
    /// Time a step call that finds a limit full waits for a slot before it is shed with
    /// 503 (zero: shed at once).
    pub queue_timeout: Duration,
    /// Host names (with or without a port) answered besides loopback on the service's
    /// own port: a Kubernetes Service's name, a proxy's public host.
    pub allowed_hosts: Vec<AllowedHost>,
}

impl Default for ServiceOptions {
    fn default() -> Self {
        Self {
            token: None,
            step_config: StepConfig::default(),
            max_body: DEFAULT_MAX_BODY,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            step_concurrency: DEFAULT_STEP_CONCURRENCY,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            shutdown_timeout: DEFAULT_SHUTDOWN_TIMEOUT,
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            queue_timeout: DEFAULT_QUEUE_TIMEOUT,
            allowed_hosts: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_by_value_and_hide_it() {
        let token = Token::new("  0123456789abcdef-token\n").unwrap();
        assert!(token.matches(b"0123456789abcdef-token"));
        assert!(!token.matches(b"0123456789abcdef-toke"));
        assert!(!token.matches(b""));
        assert!(!format!("{token:?}").contains("0123"));
    }

    #[test]
    fn short_or_unprintable_tokens_are_refused() {
        assert!(Token::new("short").is_err());
        assert!(Token::new("0123456789 abcdef").is_err());
        assert!(Token::new("").is_err());
    }
}
