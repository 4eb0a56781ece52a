//! `validate` on arbitrary bytes: never panics, always one verdict; a valid input names
//! its user with at least one identity string and sends no `null` identity.
#![no_main]

use libfuzzer_sys::fuzz_target;

const IDENTITIES: &[&str] = &["user_id", "user_token", "third_party_user_token"];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match plaid_partner_insights::validate(&text) {
        Ok(valid) => {
            assert!(IDENTITIES
                .iter()
                .any(|key| valid.input.get(*key).is_some_and(|v| v.is_string())));
            assert!(IDENTITIES
                .iter()
                .all(|key| valid.input.get(*key).is_none_or(|v| !v.is_null())));
        }
        Err(invalid) => assert!(!invalid.errors.is_empty()),
    }
});
