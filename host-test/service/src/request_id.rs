//! Which caller request ids the service keeps. An `x-request-id` is echoed in the answer
//! and logged in every line of its request, so only a short plain one is kept: 1 to
//! [`MAX_REQUEST_ID_LEN`] characters of ASCII letters, digits, `-`, `_` and `.` (a UUID, a
//! ULID, 32 hex digits of a trace id all qualify). Anything else (too long, empty, with a
//! space, a quote, a slash, `=`, a non-ASCII character, or sent twice) is dropped here, and
//! `SetRequestId` then gives the request a new UUID.

use axum::extract::Request;

/// Header name of the request id.
pub const HEADER: &str = "x-request-id";

/// Longest request id kept, in characters.
pub const MAX_REQUEST_ID_LEN: usize = 64;

/// Whether `value` is a request id the service keeps.
pub fn is_plain(value: &[u8]) -> bool {
    (1..=MAX_REQUEST_ID_LEN).contains(&value.len())
        && value
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Middleware (`axum::middleware::map_request`): removes an `x-request-id` the service
/// does not keep, so a new one is made for the request.
pub async fn drop_unplain(mut request: Request) -> Request {
    let headers = request.headers_mut();
    let mut values = headers.get_all(HEADER).iter();
    let keep = match (values.next(), values.next()) {
        (Some(value), None) => is_plain(value.as_bytes()),
        _ => false,
    };
    if !keep {
        headers.remove(HEADER);
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_plain_ids_are_kept_and_nothing_else() {
        for good in ["a", "caller-id-42", "01HZX3J5Q9.abc_def", &"7".repeat(64)] {
            assert!(is_plain(good.as_bytes()), "{good}");
        }
        for bad in [
            "",
            "a b",
            "a=b",
            "a/b",
            "a\"b",
            "a}b",
            "café",
            &"7".repeat(65),
        ] {
            assert!(!is_plain(bad.as_bytes()), "{bad}");
        }
    }
}
