//! Host policy: which origins a component may reach, which of them receive the host's
//! credentials, timeouts, caps and CPU bounds.

use std::fmt;
use std::time::Duration;

use anyhow::{bail, Context as _};

pub use crate::addresses::is_internal;

/// One origin the host allows: scheme, host and port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// `http` or `https`; `None` allows both (an `--allow HOST[:PORT]` entry).
    pub scheme: Option<String>,
    /// Lower-case host name or IP literal (IPv6 without brackets).
    pub host: String,
    /// Port; `None` means the scheme's default port.
    pub port: Option<u16>,
    /// Whether this origin may resolve to loopback, private or link-local addresses.
    /// True for origins allowed explicitly (`--allow`, the simulator), false for the
    /// built-in Plaid hosts, so DNS can never steer them at internal services.
    pub private_ok: bool,
}

impl Origin {
    /// Parses `HOST[:PORT]` or `SCHEME://HOST[:PORT]`.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        let (scheme, rest) = match text.split_once("://") {
            Some((scheme, rest)) => {
                let scheme = scheme.to_ascii_lowercase();
                if scheme != "http" && scheme != "https" {
                    bail!("allowed origin {text:?}: the scheme must be http or https");
                }
                (Some(scheme), rest)
            }
            None => (None, text),
        };
        let rest = rest.trim_end_matches('/');
        if rest.is_empty() || rest.contains(['/', '@', '?', '#', ' ']) {
            bail!("allowed origin {text:?} must look like HOST[:PORT] or https://HOST[:PORT]");
        }
        let (host, port) = split_host_port(rest)
            .with_context(|| format!("allowed origin {text:?} has an invalid port"))?;
        Ok(Self {
            scheme,
            host: host.to_ascii_lowercase(),
            port,
            private_ok: true,
        })
    }

    /// Whether a request to `scheme://host:port` matches this origin.
    pub fn matches(&self, scheme: &str, host: &str, port: u16) -> bool {
        let scheme_ok = self.scheme.as_deref().is_none_or(|s| s == scheme);
        let wanted_port = self.port.unwrap_or(default_port(scheme));
        scheme_ok && self.host.eq_ignore_ascii_case(host) && wanted_port == port
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(scheme) = &self.scheme {
            write!(f, "{scheme}://")?;
        }
        if self.host.contains(':') {
            write!(f, "[{}]", self.host)?;
        } else {
            write!(f, "{}", self.host)?;
        }
        if let Some(port) = self.port {
            write!(f, ":{port}")?;
        }
        Ok(())
    }
}

/// The default port of a scheme.
pub fn default_port(scheme: &str) -> u16 {
    if scheme == "http" {
        80
    } else {
        443
    }
}

/// Splits `host[:port]` / `[v6][:port]`.
pub fn split_host_port(text: &str) -> anyhow::Result<(&str, Option<u16>)> {
    if let Some(rest) = text.strip_prefix('[') {
        let (host, after) = rest.split_once(']').context("unclosed [")?;
        let port = match after.strip_prefix(':') {
            Some(port) => Some(port.parse()?),
            None if after.is_empty() => None,
            None => bail!("unexpected text after ]"),
        };
        return Ok((host, port));
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') => Ok((host, Some(port.parse()?))),
        _ => Ok((text, None)),
    }
}

/// Everything the host enforces on a step.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Origins a component may call. Anything else is refused before connecting.
    pub allow: Vec<Origin>,
    /// Origins the host's credentials are injected into (they must also be allowed).
    /// Default: the built-in Plaid origins over https. Requests to other allowed
    /// origins go out without them.
    pub credentials_for: Vec<Origin>,
    /// Maximum connect timeout (a component's own value is clamped to this).
    pub connect_timeout: Duration,
    /// Maximum time to the first response byte.
    pub first_byte_timeout: Duration,
    /// Maximum gap between response body bytes.
    pub between_bytes_timeout: Duration,
    /// Wall-clock deadline for one whole step (instantiate, call, all I/O).
    pub step_deadline: Duration,
    /// Largest response body accepted, in bytes.
    pub max_response_body: u64,
    /// Largest linear memory a component may grow to, in bytes.
    pub max_memory: usize,
    /// CPU budget of one step, in epoch ticks of [`Policy::epoch_tick`] of guest execution.
    pub cpu_budget_ticks: u64,
    /// Epoch tick length.
    pub epoch_tick: Duration,
}

/// The Plaid hosts allowed by default, and the only ones that get credentials by default.
pub const DEFAULT_ALLOW: &[&str] = &["https://sandbox.plaid.com", "https://production.plaid.com"];

/// A built-in origin: never allowed to resolve to an internal address.
fn builtin(origin: &str) -> Origin {
    Origin {
        private_ok: false,
        ..Origin::parse(origin).expect("default origins parse")
    }
}

/// The built-in Plaid origin of an environment (`sandbox`, `production`).
pub fn environment_origin(environment: &str) -> Option<Origin> {
    DEFAULT_ALLOW
        .iter()
        .find(|o| o.strip_prefix("https://").and_then(|h| h.split('.').next()) == Some(environment))
        .map(|o| builtin(o))
}

/// Whether `host` is one of the built-in Plaid hosts.
pub fn is_builtin_host(host: &str) -> bool {
    DEFAULT_ALLOW.iter().any(|o| {
        o.strip_prefix("https://")
            .is_some_and(|h| h.eq_ignore_ascii_case(host))
    })
}

impl Default for Policy {
    fn default() -> Self {
        let builtins: Vec<Origin> = DEFAULT_ALLOW.iter().map(|o| builtin(o)).collect();
        Self {
            allow: builtins.clone(),
            credentials_for: builtins,
            connect_timeout: Duration::from_secs(5),
            first_byte_timeout: Duration::from_secs(30),
            between_bytes_timeout: Duration::from_secs(10),
            step_deadline: Duration::from_secs(60),
            max_response_body: 8 * 1024 * 1024,
            max_memory: 64 * 1024 * 1024,
            cpu_budget_ticks: 200,
            epoch_tick: Duration::from_millis(10),
        }
    }
}

impl Policy {
    /// Whether `scheme://host:port` may be reached.
    pub fn allows(&self, scheme: &str, host: &str, port: u16) -> bool {
        self.allow.iter().any(|o| o.matches(scheme, host, port))
    }

    /// Whether `host:port` may resolve to a non-public address: only for origins allowed
    /// explicitly, and never for a built-in Plaid host, whatever an `--allow` entry says.
    pub fn private_ok(&self, host: &str, port: u16) -> bool {
        if is_builtin_host(host) {
            return false;
        }
        self.allow.iter().any(|o| {
            o.private_ok
                && o.host.eq_ignore_ascii_case(host)
                && o.port.map_or(port == 80 || port == 443, |p| p == port)
        })
    }

    /// Whether the host's credentials may be injected into a request to
    /// `scheme://host:port`.
    pub fn sends_credentials_to(&self, scheme: &str, host: &str, port: u16) -> bool {
        self.credentials_for
            .iter()
            .any(|o| o.matches(scheme, host, port))
    }

    /// The effective timeout: the component's wish, never above the host's maximum.
    pub fn clamp(wish: Option<Duration>, max: Duration) -> Duration {
        wish.map_or(max, |w| w.min(max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_explicit_origins_may_be_internal() {
        let mut p = Policy::default();
        assert!(!p.private_ok("sandbox.plaid.com", 443));
        p.allow.push(Origin::parse("127.0.0.1:8080").unwrap());
        assert!(p.private_ok("127.0.0.1", 8080));
        assert!(!p.private_ok("127.0.0.1", 8081));
    }

    #[test]
    fn credentials_go_only_to_the_plaid_origins_over_https_by_default() {
        let mut p = Policy::default();
        assert!(p.sends_credentials_to("https", "sandbox.plaid.com", 443));
        assert!(p.sends_credentials_to("https", "production.plaid.com", 443));
        assert!(!p.sends_credentials_to("http", "sandbox.plaid.com", 443));
        assert!(!p.sends_credentials_to("http", "sandbox.plaid.com", 80));
        p.allow.push(Origin::parse("127.0.0.1:8080").unwrap());
        p.allow
            .push(Origin::parse("http://sandbox.plaid.com:443").unwrap());
        assert!(p.allows("http", "127.0.0.1", 8080));
        assert!(!p.sends_credentials_to("http", "127.0.0.1", 8080));
        assert!(!p.sends_credentials_to("http", "sandbox.plaid.com", 443));
        p.credentials_for = vec![environment_origin("production").unwrap()];
        assert!(!p.sends_credentials_to("https", "sandbox.plaid.com", 443));
        assert!(p.sends_credentials_to("https", "production.plaid.com", 443));
        assert_eq!(
            environment_origin("sandbox").unwrap().to_string(),
            "https://sandbox.plaid.com"
        );
        assert!(environment_origin("staging").is_none());
    }

    #[test]
    fn default_allows_only_plaid_over_https() {
        let p = Policy::default();
        assert!(p.allows("https", "sandbox.plaid.com", 443));
        assert!(p.allows("https", "production.plaid.com", 443));
        assert!(!p.allows("http", "sandbox.plaid.com", 80));
        assert!(!p.allows("https", "sandbox.plaid.com", 8443));
        assert!(!p.allows("https", "evil.example", 443));
        assert!(!p.allows("https", "sandbox.plaid.com.evil.example", 443));
    }

    #[test]
    fn allow_entry_without_scheme_matches_both_schemes_on_its_port() {
        let o = Origin::parse("127.0.0.1:8080").unwrap();
        assert!(o.matches("http", "127.0.0.1", 8080));
        assert!(o.matches("https", "127.0.0.1", 8080));
        assert!(!o.matches("http", "127.0.0.1", 8081));
        let v6 = Origin::parse("[::1]:9000").unwrap();
        assert!(v6.matches("http", "::1", 9000));
        assert_eq!(v6.to_string(), "[::1]:9000");
    }

    #[test]
    fn bad_allow_entries_are_rejected() {
        for bad in ["", "ftp://x", "user@host", "host:notaport", "host/path"] {
            assert!(Origin::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn clamp_never_exceeds_the_maximum() {
        let max = Duration::from_secs(5);
        assert_eq!(Policy::clamp(None, max), max);
        assert_eq!(Policy::clamp(Some(Duration::from_secs(60)), max), max);
        assert_eq!(
            Policy::clamp(Some(Duration::from_secs(1)), max),
            Duration::from_secs(1)
        );
    }

    /// F8: an `--allow` entry naming a default Plaid host (any scheme, any port) never
    /// lets that host resolve to an internal address.
    #[test]
    fn an_allow_entry_for_a_plaid_host_keeps_the_internal_address_refusal() {
        for entry in [
            "http://sandbox.plaid.com:443",
            "sandbox.plaid.com",
            "https://production.plaid.com",
            "PRODUCTION.plaid.com:8443",
        ] {
            let mut p = Policy::default();
            let origin = Origin::parse(entry).unwrap();
            let (host, port) = (origin.host.clone(), origin.port.unwrap_or(443));
            p.allow.push(origin);
            assert!(!p.private_ok(&host, port), "{entry}");
        }
    }
}
