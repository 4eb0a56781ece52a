//! Check Reports made by `/cra/check_report/create`, one per user, in memory.

use std::collections::HashMap;
use std::time::Instant;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// How a report turns out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every product is generated.
    Ready,
    /// The report fails (`usr_create_failed`).
    Failed,
    /// Ready, but Partner Insights failed (`usr_create_insights_failed`).
    InsightsFailed,
}

/// Who a report was created for.
#[derive(Debug, Clone)]
pub(crate) enum Identity {
    /// `user_id` (the newer user APIs).
    UserId(String),
    /// `user_token` (older integrations).
    UserToken(String),
}

impl Identity {
    /// The `user_id` the report is stored under and its webhooks name: the `user_id`
    /// itself, or one derived from the token.
    pub(crate) fn user_id(&self) -> String {
        match self {
            Self::UserId(id) => id.clone(),
            Self::UserToken(token) => derived_user_id(token),
        }
    }

    /// The value given, as special users are matched against it.
    pub(crate) fn given(&self) -> &str {
        match self {
            Self::UserId(value) | Self::UserToken(value) => value,
        }
    }
}

/// A stable `user_id` for a `user_token`: `usr_` and 32 hex digits of its SHA-256.
pub(crate) fn derived_user_id(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    format!("usr_{:x}", digest)[..4 + 32].to_owned()
}

/// One stored report.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    /// Which create made it; a later create for the same user replaces it.
    pub(crate) generation: u64,
    /// Who it is for.
    pub(crate) identity: Identity,
    /// Where its webhook goes.
    pub(crate) webhook: String,
    /// When it was created.
    pub(crate) created_at: Instant,
    /// When it is ready (and its webhook is sent).
    pub(crate) ready_at: Instant,
    /// When it expires.
    pub(crate) expires_at: Instant,
    /// The create's `partner_insights` (`prism_versions`, `fico`).
    pub(crate) partner_insights: Option<Value>,
    /// The create's `client_report_id` (`null` when none was sent).
    pub(crate) client_report_id: Value,
    /// The create's `products`.
    pub(crate) products: Vec<String>,
    /// How it turns out.
    pub(crate) outcome: Outcome,
}

/// Where a report stands at some moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Still being generated.
    NotReady,
    /// Ready to be fetched.
    Ready,
    /// Past its lifetime.
    Expired,
}

impl Record {
    /// Where it stands at `now`.
    pub(crate) fn stage(&self, now: Instant) -> Stage {
        if now >= self.expires_at {
            Stage::Expired
        } else if now < self.ready_at {
            Stage::NotReady
        } else {
            Stage::Ready
        }
    }
}

/// Every stored report, by `user_id`.
#[derive(Debug, Default)]
pub(crate) struct Records {
    by_user: HashMap<String, Record>,
    generations: u64,
}

impl Records {
    /// Stores `record` (replacing the user's earlier one) under a new generation, which
    /// it returns.
    pub(crate) fn insert(&mut self, mut record: Record) -> u64 {
        self.generations += 1;
        record.generation = self.generations;
        self.by_user.insert(record.identity.user_id(), record);
        self.generations
    }

    /// The report stored under `user_id`.
    pub(crate) fn get(&self, user_id: &str) -> Option<&Record> {
        self.by_user.get(user_id)
    }

    /// The report a Partner Insights body asks for: by its `user_id`, else by the
    /// `user_id` derived from its `user_token`.
    pub(crate) fn for_request(&self, body: &Map<String, Value>) -> Option<&Record> {
        let text = |key: &str| body.get(key).and_then(Value::as_str);
        match (text("user_id"), text("user_token")) {
            (Some(id), _) => self.get(id),
            (None, Some(token)) => self.get(&derived_user_id(token)),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_gets_a_stable_user_id() {
        let id = derived_user_id("user-sandbox-1234");
        assert_eq!(id, derived_user_id("user-sandbox-1234"));
        assert_ne!(id, derived_user_id("user-sandbox-1235"));
        assert!(id.starts_with("usr_") && id.len() == 36);
    }
}
