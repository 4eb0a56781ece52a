//! Which webhook URLs the simulator will contact: plain `http` to a loopback host only,
//! so a test can never make it send anything off the machine.

use url::{Host, Url};

/// Whether `webhook` is an `http` URL whose host is `localhost`, an address in
/// 127.0.0.0/8, or `[::1]` (any port and path).
pub(crate) fn is_loopback_http(webhook: &str) -> bool {
    loopback_http(webhook).is_some()
}

/// `webhook` parsed and normalized (so what was checked is what is contacted), when it
/// is a loopback `http` URL.
pub(crate) fn loopback_http(webhook: &str) -> Option<Url> {
    let url = Url::parse(webhook).ok()?;
    let loopback = match url.host()? {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(address) => address.is_loopback(),
        Host::Ipv6(address) => address.is_loopback(),
    };
    (url.scheme() == "http" && loopback).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::is_loopback_http;

    #[test]
    fn only_loopback_http_urls_pass() {
        for good in [
            "http://127.0.0.1:8080/hook",
            "http://127.9.8.7/",
            "http://localhost:1/x?y=1",
            "http://[::1]:9000/",
        ] {
            assert!(is_loopback_http(good), "{good}");
        }
        for bad in [
            "https://127.0.0.1/",
            "http://10.0.0.1/",
            "http://example.com/",
            "http://localhost.example.com/",
            "http://169.254.169.254/",
            "http://[::2]/",
            "ftp://127.0.0.1/",
            "not a url",
            "",
        ] {
            assert!(!is_loopback_http(bad), "{bad}");
        }
    }
}
