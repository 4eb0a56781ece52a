//! `validate` on arbitrary bytes: never panics, always one verdict.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match plaid_partner_insights::validate(&text) {
        Ok(valid) => {
            assert!(valid.input.contains_key("user_id") || valid.input.contains_key("user_token"))
        }
        Err(invalid) => assert!(!invalid.errors.is_empty()),
    }
});
