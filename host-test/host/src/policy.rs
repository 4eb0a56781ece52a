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
    /// origins a component declares, so DNS can never steer them at internal services.
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
    /// Origins a component may call. Anything else is refused before connecting. The
    /// origins the component declares (its descriptor's `origins`) are added when it
    /// loads, through [`Policy::with_declared`].
    pub allow: Vec<Origin>,
    /// Extra origins the host's credentials are injected into, named explicitly by the
    /// operator (they must also be allowed). The declared origin the step's settings
    /// select gets them anyway; requests to other allowed origins go out without them.
    pub credentials_for: Vec<Origin>,
    /// Hosts a component declared: https only, never resolved to an internal address,
    /// whatever an explicit `allow` entry says.
    pub declared_hosts: Vec<String>,
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

impl Default for Policy {
    fn default() -> Self {
        Self {
            allow: Vec::new(),
            credentials_for: Vec::new(),
            declared_hosts: Vec::new(),
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
    /// This policy plus the origins a component declares: allowed over https only and
    /// never resolved to an internal address.
    pub fn with_declared(mut self, declared: &[Origin]) -> Self {
        for origin in declared {
            self.declared_hosts.push(origin.host.clone());
            self.allow.push(Origin {
                scheme: Some("https".into()),
                private_ok: false,
                ..origin.clone()
            });
        }
        self
    }

    /// Whether `scheme://host:port` may be reached.
    pub fn allows(&self, scheme: &str, host: &str, port: u16) -> bool {
        self.allow.iter().any(|o| o.matches(scheme, host, port))
    }

    /// Whether `host:port` may resolve to a non-public address: only for origins allowed
    /// explicitly, and never for a declared host, whatever an `allow` entry says.
    pub fn private_ok(&self, host: &str, port: u16) -> bool {
        if self
            .declared_hosts
            .iter()
            .any(|declared| declared.eq_ignore_ascii_case(host))
        {
            return false;
        }
        self.allow.iter().any(|o| {
            o.private_ok
                && o.host.eq_ignore_ascii_case(host)
                && o.port.map_or(port == 80 || port == 443, |p| p == port)
        })
    }

    /// The effective timeout: the component's wish, never above the host's maximum.
    pub fn clamp(wish: Option<Duration>, max: Duration) -> Duration {
        wish.map_or(max, |w| w.min(max))
    }
}

/// Parses origins an operator names for credentials (`--credentials-for`): the scheme is
/// required, and a plain-http one is warned about (credentials readable on the path).
pub fn named_credential_origins(named: &[String]) -> anyhow::Result<Vec<Origin>> {
    let mut origins = Vec::new();
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

/// Whether any of `origins` matches `scheme://host:port`.
pub fn matches_any(origins: &[Origin], scheme: &str, host: &str, port: u16) -> bool {
    origins.iter().any(|o| o.matches(scheme, host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plaid_like() -> Policy {
        let declared: Vec<Origin> = ["https://api.example.com", "https://sandbox.example.com"]
            .iter()
            .map(|o| Origin::parse(o).unwrap())
            .collect();
        Policy::default().with_declared(&declared)
    }

    #[test]
    fn only_explicit_origins_may_be_internal() {
        let mut p = plaid_like();
        assert!(!p.private_ok("api.example.com", 443));
        p.allow.push(Origin::parse("127.0.0.1:8080").unwrap());
        assert!(p.private_ok("127.0.0.1", 8080));
        assert!(!p.private_ok("127.0.0.1", 8081));
    }

    #[test]
    fn declared_origins_are_allowed_over_https_only() {
        let p = plaid_like();
        assert!(p.allows("https", "api.example.com", 443));
        assert!(p.allows("https", "sandbox.example.com", 443));
        assert!(!p.allows("http", "api.example.com", 80));
        assert!(!p.allows("http", "api.example.com", 443));
        assert!(!p.allows("https", "api.example.com", 8443));
        assert!(!p.allows("https", "evil.example", 443));
        assert!(!p.allows("https", "api.example.com.evil.example", 443));
        assert!(!Policy::default().allows("https", "api.example.com", 443));
    }

    #[test]
    fn credential_origins_match_scheme_host_and_port() {
        let origins = [Origin::parse("https://api.example.com").unwrap()];
        assert!(matches_any(&origins, "https", "api.example.com", 443));
        assert!(!matches_any(&origins, "http", "api.example.com", 443));
        assert!(!matches_any(&origins, "https", "sandbox.example.com", 443));
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

    /// F8: an `--allow` entry naming a declared host (any scheme, any port) never lets
    /// that host resolve to an internal address.
    #[test]
    fn an_allow_entry_for_a_declared_host_keeps_the_internal_address_refusal() {
        for entry in [
            "http://sandbox.example.com:443",
            "sandbox.example.com",
            "https://api.example.com",
            "API.example.com:8443",
        ] {
            let mut p = plaid_like();
            let origin = Origin::parse(entry).unwrap();
            let (host, port) = (origin.host.clone(), origin.port.unwrap_or(443));
            p.allow.push(origin);
            assert!(!p.private_ok(&host, port), "{entry}");
        }
    }
}
