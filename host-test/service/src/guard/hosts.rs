//! Host names and the `Host` values a server answers to: loopback on its own port, and
//! the names an operator allows (`--allow-host NAME[:PORT]`).
//!
//! DNS rebinding works only through a DNS name the attacker controls, so a server that
//! answers only loopback names and addresses, plus names its operator chose, cannot be
//! reached from a rebinding page: the browser keeps sending the attacker's name in `Host`.

use std::fmt;
use std::str::FromStr;

/// The loopback names and addresses a server always answers to, with its own port.
const LOOPBACK: [&str; 3] = ["127.0.0.1", "localhost", "[::1]"];

/// A host name or address, lower case, IPv6 in brackets, without a trailing dot, and the
/// port when one was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPort {
    name: String,
    port: Option<u16>,
}

impl HostPort {
    /// The host of a `Host` header or of a URI's authority: `name`, `name:port`,
    /// `[v6]` or `[v6]:port`; `None` for anything else (user information, an empty name, a
    /// port that is not 1 to 65535 in digits).
    pub fn parse(text: &str) -> Option<Self> {
        let (name, port) = match text.strip_prefix('[') {
            Some(rest) => {
                let (inner, after) = rest.split_once(']')?;
                let port = match after {
                    "" => None,
                    after => Some(after.strip_prefix(':')?),
                };
                (&text[..inner.len() + 2], port)
            }
            None => match text.rsplit_once(':') {
                Some((name, port)) => (name, Some(port)),
                None => (text, None),
            },
        };
        let port = match port {
            None => None,
            Some(digits) => Some(parse_port(digits)?),
        };
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let plain = name.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'[' | b']' | b':')
        });
        (!name.is_empty() && plain).then_some(Self { name, port })
    }

    /// Whether this is a loopback name or address on `listen_port` (the bare form only
    /// when that port is 80, as browsers leave the default port out).
    pub fn is_loopback_on(&self, listen_port: u16) -> bool {
        LOOPBACK.contains(&self.name.as_str()) && self.port.unwrap_or(80) == listen_port
    }
}

/// A host name callers may address the server by, besides loopback: `NAME` (any port) or
/// `NAME:PORT`. NAME is a DNS name (letters, digits, `-`, dots between labels), an IPv4
/// address or a bracketed IPv6 address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedHost {
    name: String,
    port: Option<u16>,
}

impl AllowedHost {
    /// Whether `host` is this name (on this port, when one was given; a `Host` without a
    /// port is port 80 or, behind a TLS proxy, 443).
    pub fn matches(&self, host: &HostPort) -> bool {
        self.name == host.name
            && match (self.port, host.port) {
                (None, _) => true,
                (Some(allowed), Some(port)) => allowed == port,
                (Some(allowed), None) => allowed == 80 || allowed == 443,
            }
    }
}

impl FromStr for AllowedHost {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refuse = || {
            format!(
                "{text:?} is not a host name: give NAME or NAME:PORT, \
                 e.g. step-service or steps.example.com:443"
            )
        };
        let host = HostPort::parse(text.trim()).ok_or_else(refuse)?;
        if !is_host_name(&host.name) {
            return Err(refuse());
        }
        Ok(Self {
            name: host.name,
            port: host.port,
        })
    }
}

impl fmt::Display for AllowedHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.port {
            Some(port) => write!(f, "{}:{port}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// A port: 1 to 65535, in digits only.
fn parse_port(digits: &str) -> Option<u16> {
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    digits.parse().ok().filter(|port| all_digits && *port != 0)
}

/// A DNS name of labels of letters, digits and inner `-`, or an IP address literal.
fn is_host_name(name: &str) -> bool {
    if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        return inner.parse::<std::net::Ipv6Addr>().is_ok();
    }
    name.len() <= 253
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(text: &str) -> HostPort {
        HostPort::parse(text).unwrap_or_else(|| panic!("{text:?} parses"))
    }

    #[test]
    fn host_values_parse_to_a_name_and_a_port() {
        assert_eq!(host("LocalHost:8787"), host("localhost:8787"));
        assert_eq!(host("step-service."), host("step-service"));
        assert!(host("[::1]:8787").is_loopback_on(8787));
        for bad in [
            "",
            "user@localhost:8787",
            "localhost:",
            "localhost:port",
            "a b",
            "x:0",
        ] {
            assert_eq!(HostPort::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn loopback_needs_the_listen_port_or_80_for_the_bare_form() {
        assert!(host("127.0.0.1:8787").is_loopback_on(8787));
        assert!(!host("127.0.0.1:8788").is_loopback_on(8787));
        assert!(!host("localhost").is_loopback_on(8787));
        assert!(host("localhost").is_loopback_on(80));
        assert!(!host("localhost.attacker.example:8787").is_loopback_on(8787));
    }

    #[test]
    fn allowed_names_match_any_port_or_the_one_given() {
        let any: AllowedHost = "Step-Service".parse().unwrap();
        assert!(any.matches(&host("step-service")));
        assert!(any.matches(&host("step-service:8787")));
        assert!(!any.matches(&host("step-service.evil.example")));
        let one: AllowedHost = "steps.internal:9000".parse().unwrap();
        assert!(one.matches(&host("steps.internal:9000")));
        assert!(!one.matches(&host("steps.internal:9001")));
        assert!(!one.matches(&host("steps.internal")));
        let tls: AllowedHost = "steps.example.com:443".parse().unwrap();
        assert!(tls.matches(&host("steps.example.com")));
        assert_eq!(tls.to_string(), "steps.example.com:443");
    }

    #[test]
    fn only_host_names_and_addresses_are_allowed() {
        for good in ["step-service", "10.0.0.7", "[fd00::1]:8787", "a.b-c.d:80"] {
            assert!(good.parse::<AllowedHost>().is_ok(), "{good}");
        }
        for bad in [
            "",
            "bad host",
            "*.example.com",
            "http://x",
            "-x",
            "x_y",
            "[zz]",
            "name:port",
        ] {
            let error = bad.parse::<AllowedHost>().unwrap_err();
            assert!(error.contains("not a host name"), "{bad}: {error}");
        }
    }
}
