//! `parse` on an arbitrary status and body: never panics; a 2xx whose body is a JSON
//! object with a `report` object always parses into outputs (a report is billed when
//! Plaid generates it, so it is never thrown away); any other 2xx is a
//! `response_invalid` error with a bounded excerpt or a classified Plaid error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data {
        [a, b, rest @ ..] => (100 + u16::from_le_bytes([*a, *b]) % 500, rest),
        _ => (200, data),
    };
    let carries_report = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .is_some_and(|value| value.get("report").is_some_and(|r| r.is_object()));
    match plaid_partner_insights::parse(status, &[], body) {
        Ok(outputs) => {
            assert!((200..300).contains(&status) && carries_report);
            assert!(outputs.get("summary").is_some());
            assert!(outputs["contract_deviations"].is_array());
        }
        Err(error) => {
            assert!(
                !((200..300).contains(&status) && carries_report),
                "a 2xx with a report failed: {error:?}"
            );
            assert_eq!(error.http_status, Some(status));
            if let Some(detail) = error.detail {
                assert!(detail.len() < 64 * 1024 || error.code != "RESPONSE_INVALID");
            }
        }
    }
});
