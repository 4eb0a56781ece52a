//! `parse` on an arbitrary status and body: never panics; a 2xx either parses into
//! outputs with a summary or is a `response_invalid` error with a bounded excerpt.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data {
        [a, b, rest @ ..] => (100 + u16::from_le_bytes([*a, *b]) % 500, rest),
        _ => (200, data),
    };
    match plaid_partner_insights::parse(status, &[], body) {
        Ok(outputs) => assert!(outputs.get("summary").is_some()),
        Err(error) => {
            assert_eq!(error.http_status, Some(status));
            if let Some(detail) = error.detail {
                assert!(detail.len() < 64 * 1024 || error.code != "RESPONSE_INVALID");
            }
        }
    }
});
