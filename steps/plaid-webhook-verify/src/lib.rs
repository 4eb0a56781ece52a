//! Verifies Plaid's signed webhooks (the `Plaid-Verification` ES256 JWT) and routes
//! Check Report outcomes, as a workflow step: [`step`] is the step (validate, the key
//! request, refusals as step errors), `component` its WIT glue (`wasm32` only), and the
//! rest the pure core.
//!
//! The core has no I/O and no clock: it compiles natively and for `wasm32-wasip2`. The
//! component fetches the key and supplies `now`. Two phases:
//!
//! ```no_run
//! # fn fetch_key(kid: &str) -> Result<String, ()> { unimplemented!() }
//! # fn run(input: &str, now: i64) -> Result<serde_json::Value, ()> {
//! use plaid_webhook_verify::{parse, KeyResponse};
//!
//! // 1. Input shape and the untrusted JWT header (alg ES256, kid): no key needed yet.
//! let pending = parse(input).map_err(|_refusal| ())?;
//! // 2. The caller calls POST /webhook_verification_key/get {"key_id": kid}; its own
//! //    errors (network, retryable) stay its own. Plaid's "not found" maps to
//! //    `Refusal::unknown_key(pending.key_id())`.
//! let text = fetch_key(pending.key_id())?;
//! let key = KeyResponse::from_json(&text).map_err(|_| ())?.key;
//! // 3. Key checks, signature, claims, body; `now` is unix seconds.
//! let verified = pending.verify(&key, now).map_err(|_| ())?;
//! Ok(verified.output())
//! # }
//! ```
//!
//! Every refusal is a [`Refusal`] with a stable [`RefusalCode`] (table on the enum).
//! [`validate`] reports every input problem with its JSON Pointer.
//!
//! # Output
//!
//! [`Verified::output`] returns:
//!
//! ```json
//! {
//!   "webhook_type": "CHECK_REPORT",
//!   "webhook_code": "CHECK_REPORT_FAILED",
//!   "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
//!   "environment": "sandbox",
//!   "key_id": "bfbd5111-8e33-4643-8ced-b2e642a72f3c",
//!   "issued_at": 1700000000,
//!   "next": "repair_or_recreate",
//!   "reason": "check_report_failed",
//!   "error": { "error_type": "CHECK_REPORT_ERROR", "error_code": "...", "...": "..." },
//!   "repairable_items": [ { "item_id": "...", "error_code": "ITEM_LOGIN_REQUIRED", "...": "..." } ],
//!   "successful_products": ["cra_base_report"],
//!   "failed_products": ["cra_partner_insights"],
//!   "webhook": { "...": "the verified body, parsed, members in their original order" }
//! }
//! ```
//!
//! * Always: `webhook_type`, `webhook_code`, `user_id` and `environment` (string, or
//!   `null` when the body has none, as other products' webhooks may), `key_id`,
//!   `issued_at` (the JWT's `iat`), `next` (`fetch_insights` | `repair_or_recreate` |
//!   `ignore`, see [`Next`] for the routing table), `webhook`.
//! * Only when `next` is `repair_or_recreate`: `reason` (`check_report_failed` |
//!   `partner_insights_failed`), `error` (the body's, or `null`) and `repairable_items`
//!   (the body's, or `[]`).
//! * Only when the body has them non-null: `successful_products`, `failed_products`.
//!
//! # Decisions
//!
//! * High-S ECDSA signatures are accepted. JWS does not require low-S and Plaid does
//!   not document normalising S, so refusing would drop about half of genuine webhooks;
//!   a flipped S signs the same header and claims (same `iat`, same body hash), which
//!   gives an attacker nothing a replay of the original would not.
//! * `iat` exactly 300 s old, or 300 s ahead, is accepted; one second more is not.
//! * A key with `expired_at <= now` is expired; `expired_at: null` never expires.
//! * The JWK must also say `use: "sig"`.
//! * Duplicate members in the JWT header: the last one counts (`serde_json`), which
//!   RFC 7515 §4 allows.
//!
//! # Size
//!
//! Measured on throwaway `wasm32-wasip2` cdylibs (release profile: fat LTO,
//! codegen-units 1, panic abort, strip, `opt-level="z"`; rustc 1.95) with the same
//! entry point (parse → `KeyResponse::from_json` → [`Pending::verify`] → output): a stub
//! that only parses the input with `serde_json` is 94,147 bytes; with this crate but
//! `verify` stripped of the JWK checks and the ES256 verification, 134,923; the real
//! crate, 164,767. So the signature code costs 29,844 bytes (about 29 KiB) and the whole
//! crate about 69 KiB. The `p256` `ecdsa` feature also enables signing; LTO drops it.

// Refusals are the product here, returned once per webhook: boxing them buys nothing.
#![allow(clippy::result_large_err)]
#![warn(missing_docs)]

pub mod descriptor;
pub mod step;

#[cfg(target_arch = "wasm32")]
mod component;

mod claims;
mod input;
mod jwt;
mod key;
mod refusal;
mod signature;
mod verify;
mod webhook;

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;

pub use claims::{MAX_AGE_SECS, MAX_SKEW_SECS};
pub use input::{parse, validate, InputError, HEADER};
pub use key::{Jwk, KeyResponse};
pub use refusal::{Refusal, RefusalCode, ECHO_LIMIT};
pub use verify::Pending;
pub use webhook::{Next, Reason, Verified};
