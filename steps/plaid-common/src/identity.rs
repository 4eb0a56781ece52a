//! Who a Plaid call is about: the identity members of a request body and the rule every
//! Plaid step applies to them.
//!
//! Plaid's request models mark no identity as required; the steps ask for one (a call
//! without a user cannot succeed), accept `null` members and never send them (Plaid's
//! types are plain strings), and warn where Plaid will most likely refuse.

use serde_json::{Map, Value};

use crate::validate::{shown, Report};

/// The identity members a step's request body has, and how to say that none was given.
#[derive(Debug)]
pub struct IdentityRule {
    /// The identity members, most preferred first (`user_id` first).
    pub fields: &'static [&'static str],
    /// The message when none is set (`a user is required: ...`).
    pub missing: &'static str,
    /// What is expected, for deviations (`one of user_id, user_token`).
    pub expected: &'static str,
}

impl IdentityRule {
    /// Applies the rule: one identity (as a string) is needed; `null` identities are
    /// removed; both `user_id` and `user_token`, an empty one, or a `user_id` that does
    /// not look like `usr_…` give warnings (Plaid decides).
    pub fn apply(&self, body: &mut Map<String, Value>, report: &mut Report) {
        self.check(body, report);
        for key in self.fields {
            if body.get(*key).is_some_and(Value::is_null) {
                body.remove(*key);
            }
        }
    }

    fn check(&self, body: &Map<String, Value>, report: &mut Report) {
        let text = |key: &str| body.get(key).and_then(Value::as_str);
        if self.fields.iter().all(|key| text(key).is_none()) {
            report.problem(
                "/user_id",
                "missing_identity",
                self.missing.to_owned(),
                self.expected.to_owned(),
                "none".to_owned(),
            );
            return;
        }
        if text("user_id").is_some() && text("user_token").is_some() {
            report.warn(
                "/user_token",
                "both_identities",
                "both user_id and user_token are set; Plaid expects one of them, prefer user_id"
                    .to_owned(),
            );
        }
        for key in self.fields {
            if text(key) == Some("") {
                report.warn(
                    &format!("/{key}"),
                    "empty",
                    format!("{key} is empty; Plaid will most likely refuse it"),
                );
            }
        }
        if let Some(id) = text("user_id").filter(|id| !id.is_empty() && !id.starts_with("usr_")) {
            report.warn(
                "/user_id",
                "user_id_format",
                format!(
                    "user_id usually starts with usr_ (IDs from /user/create); {} is sent as given and Plaid decides",
                    shown(&Value::String(id.to_owned()))
                ),
            );
        }
    }
}
