//! The one guard of host-test's HTTP servers (the step service and the visual editor)
//! against web pages a user visits while they run.
//!
//! A request must be addressed to the server itself: its `Host` (and the authority of an
//! absolute-form target) is a loopback name or address on the server's port, or a name
//! the operator allowed ([`AllowedHost`]). That defeats DNS rebinding, where a foreign page
//! whose name now resolves to the server still sends its own name. An API request must
//! also come from no other site: an `Origin`, if any, is one of the server's own, and
//! `Sec-Fetch-Site`, if any, is `same-origin` or `none`. And a request that is not a
//! `GET`/`HEAD` must be `Content-Type: application/json`, which a cross-site page cannot
//! send without a CORS preflight these servers never grant. What a refusal looks like is
//! each server's own ([`layer::GuardConfig`]).

mod hosts;
mod layer;

use axum::http::{header, HeaderMap, Method, Uri};

pub use hosts::{AllowedHost, HostPort};
pub use layer::{enforce, GuardConfig, ListenPort};

/// Which checks a request goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// None: probes that reveal nothing (kubelet sends the pod IP as `Host`).
    Open,
    /// The `Host` check only: a page a browser may load by navigation.
    Page,
    /// Every check: an API call.
    Api,
}

/// Why a request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// `Host` (or the target's authority) is not one the server answers to.
    Host,
    /// A foreign `Origin`, or `Sec-Fetch-Site` other than `same-origin`/`none`.
    CrossSite,
    /// A request with a body that is not `application/json`.
    NotJson,
}

/// A refused request: why, and one sentence for the caller (which never lists the names
/// the operator allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Why.
    pub kind: RefusalKind,
    /// What to do instead.
    pub message: String,
}

impl Refusal {
    /// The stable code of the refusal.
    pub fn code(&self) -> &'static str {
        match self.kind {
            RefusalKind::Host => "HOST_NOT_ALLOWED",
            RefusalKind::CrossSite => "CROSS_SITE_REFUSED",
            RefusalKind::NotJson => "JSON_REQUIRED",
        }
    }
}

/// The names a server answers to besides loopback, and how to name the flag that adds one.
#[derive(Debug, Clone, Default)]
pub struct Guard {
    allowed: Vec<AllowedHost>,
    flag: Option<&'static str>,
}

impl Guard {
    /// A guard answering loopback on the server's port and `allowed`.
    pub fn new(allowed: Vec<AllowedHost>) -> Self {
        Self {
            allowed,
            flag: None,
        }
    }

    /// Names `flag` (e.g. `--allow-host NAME[:PORT]`) in the `Host` refusal's message.
    pub fn with_flag(mut self, flag: &'static str) -> Self {
        self.flag = Some(flag);
        self
    }

    /// Checks a request reaching the server on `listen_port` (`None`: unknown, so only the
    /// allowed names pass).
    pub fn check(
        &self,
        listen_port: Option<u16>,
        scope: Scope,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
    ) -> Result<(), Refusal> {
        if scope == Scope::Open {
            return Ok(());
        }
        if !self.is_addressed(uri, headers, listen_port) {
            return Err(self.refusal(RefusalKind::Host, listen_port));
        }
        if scope == Scope::Page {
            return Ok(());
        }
        let origin = header_text(headers, header::ORIGIN);
        let fetch_site = header_text(headers, header::HeaderName::from_static("sec-fetch-site"));
        if origin.is_some_and(|o| !self.is_own_origin(o, listen_port))
            || fetch_site.is_some_and(|s| s != "same-origin" && s != "none")
        {
            return Err(self.refusal(RefusalKind::CrossSite, listen_port));
        }
        if method != Method::GET && method != Method::HEAD && !is_json(headers) {
            return Err(self.refusal(RefusalKind::NotJson, listen_port));
        }
        Ok(())
    }

    /// Whether the request has exactly one `Host`, and it and the target's authority (an
    /// absolute-form request) are hosts the server answers to.
    fn is_addressed(&self, uri: &Uri, headers: &HeaderMap, listen_port: Option<u16>) -> bool {
        let mut hosts = headers.get_all(header::HOST).iter();
        let (Some(host), None) = (hosts.next(), hosts.next()) else {
            return false;
        };
        let Ok(host) = host.to_str() else {
            return false;
        };
        let answered =
            |text: &str| HostPort::parse(text).is_some_and(|h| self.answers(&h, listen_port));
        answered(host) && uri.authority().is_none_or(|a| answered(a.as_str()))
    }

    /// Whether the server answers to `host`.
    fn answers(&self, host: &HostPort, listen_port: Option<u16>) -> bool {
        listen_port.is_some_and(|port| host.is_loopback_on(port))
            || self.allowed.iter().any(|allowed| allowed.matches(host))
    }

    /// Whether `origin` is one of the server's own: `http://` and a host it answers to,
    /// or `https://` and an allowed name (a TLS proxy's public host).
    fn is_own_origin(&self, origin: &str, listen_port: Option<u16>) -> bool {
        let Ok(uri) = origin.parse::<Uri>() else {
            return false;
        };
        let host = uri.authority().and_then(|a| HostPort::parse(a.as_str()));
        let (Some(host), "/" | "") = (host, uri.path()) else {
            return false;
        };
        match uri.scheme_str() {
            Some("http") => self.answers(&host, listen_port),
            Some("https") => self.allowed.iter().any(|allowed| allowed.matches(&host)),
            _ => false,
        }
    }

    fn refusal(&self, kind: RefusalKind, listen_port: Option<u16>) -> Refusal {
        let port = listen_port.map_or_else(|| "PORT".to_owned(), |p| p.to_string());
        let message = match kind {
            RefusalKind::Host => {
                let names = format!("127.0.0.1:{port}, localhost:{port} or [::1]:{port}");
                let flag = self
                    .flag
                    .map(|flag| format!(", or a name allowed with {flag}"))
                    .unwrap_or_default();
                format!(
                    "this server answers only requests addressed to it \
                     (Host {names}{flag}): DNS rebinding protection"
                )
            }
            RefusalKind::CrossSite => "cross-site requests are refused: send no Origin but \
                 the server's own, and no Sec-Fetch-Site but same-origin or none"
                .to_owned(),
            RefusalKind::NotJson => {
                "requests with a body must be Content-Type: application/json".to_owned()
            }
        };
        Refusal { kind, message }
    }
}

/// A header's text; a value that is not visible ASCII counts as present but unreadable.
fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).map(|v| v.to_str().unwrap_or("\u{0}"))
}

/// Whether the content type is `application/json` (parameters such as a charset allowed).
fn is_json(headers: &HeaderMap) -> bool {
    header_text(headers, header::CONTENT_TYPE)
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        guard: &Guard,
        method: Method,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> Result<(), RefusalKind> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        guard
            .check(Some(8787), Scope::Api, &method, &uri.parse().unwrap(), &map)
            .map_err(|refusal| refusal.kind)
    }

    #[test]
    fn a_request_needs_one_host_and_each_must_be_answered() {
        let guard = Guard::new(vec!["steps.example.com".parse().unwrap()]);
        let own = ("host", "localhost:8787");
        assert_eq!(check(&guard, Method::GET, "/v1/steps", &[own]), Ok(()));
        assert_eq!(
            check(&guard, Method::GET, "/v1/steps", &[]),
            Err(RefusalKind::Host)
        );
        let foreign = ("host", "evil.example:8787");
        assert_eq!(
            check(&guard, Method::GET, "/v1/steps", &[own, foreign]),
            Err(RefusalKind::Host)
        );
        let absolute = "http://evil.example:8787/v1/steps";
        assert_eq!(
            check(&guard, Method::GET, absolute, &[own]),
            Err(RefusalKind::Host)
        );
        let public = ("host", "steps.example.com");
        assert_eq!(check(&guard, Method::GET, "/v1/steps", &[public]), Ok(()));
    }

    #[test]
    fn origins_must_be_the_servers_own() {
        let guard = Guard::new(vec!["steps.example.com".parse().unwrap()]);
        let host = ("host", "localhost:8787");
        for origin in [
            "http://localhost:8787",
            "http://127.0.0.1:8787",
            "https://steps.example.com",
        ] {
            assert_eq!(
                check(&guard, Method::GET, "/", &[host, ("origin", origin)]),
                Ok(()),
                "{origin}"
            );
        }
        for origin in [
            "null",
            "http://evil.example",
            "https://localhost:8787",
            "http://localhost:8787/x",
            "x",
        ] {
            let result = check(&guard, Method::GET, "/", &[host, ("origin", origin)]);
            assert_eq!(result, Err(RefusalKind::CrossSite), "{origin}");
        }
        for site in ["cross-site", "same-site", "bogus"] {
            let result = check(&guard, Method::GET, "/", &[host, ("sec-fetch-site", site)]);
            assert_eq!(result, Err(RefusalKind::CrossSite), "{site}");
        }
    }

    #[test]
    fn bodies_must_be_json() {
        let guard = Guard::default();
        let host = ("host", "localhost:8787");
        let json = ("content-type", "Application/JSON; charset=utf-8");
        assert_eq!(check(&guard, Method::POST, "/", &[host, json]), Ok(()));
        assert_eq!(
            check(&guard, Method::POST, "/", &[host]),
            Err(RefusalKind::NotJson)
        );
        let text = ("content-type", "text/plain");
        assert_eq!(
            check(&guard, Method::PUT, "/", &[host, text]),
            Err(RefusalKind::NotJson)
        );
        assert_eq!(check(&guard, Method::HEAD, "/", &[host]), Ok(()));
    }

    #[test]
    fn the_host_refusal_names_the_flag_but_never_the_allowed_names() {
        let guard = Guard::new(vec!["internal-name".parse().unwrap()])
            .with_flag("--allow-host NAME[:PORT]");
        let refusal = guard
            .check(
                Some(8787),
                Scope::Api,
                &Method::GET,
                &"/".parse().unwrap(),
                &HeaderMap::new(),
            )
            .unwrap_err();
        assert_eq!(refusal.code(), "HOST_NOT_ALLOWED");
        assert!(
            refusal.message.contains("--allow-host NAME[:PORT]"),
            "{}",
            refusal.message
        );
        assert!(
            refusal.message.contains("localhost:8787"),
            "{}",
            refusal.message
        );
        assert!(
            !refusal.message.contains("internal-name"),
            "{}",
            refusal.message
        );
    }
}
