//! Simulator settings.

use std::time::Duration;

use crate::{TEST_CLIENT_ID, TEST_KEYS, TEST_SECRET};

/// Simulator settings.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// Accepted client ID.
    pub client_id: String,
    /// Accepted secret.
    pub secret: String,
    /// Requests per minute per client before 429, across `/cra/check_report/*`.
    pub rate_limit_per_minute: usize,
    /// How long `usr_slow` waits before answering.
    pub slow_delay: Duration,
    /// Percentage of otherwise good requests answered with 429 (fault injection).
    pub inject_429_percent: u8,
    /// Percentage of otherwise good requests answered with 500 (fault injection).
    pub inject_500_percent: u8,
    /// Behave as a Plaid client created on or after 2026-07-01 for every user: refuse
    /// request-time `partner_insights` / `options` (as `usr_new_client` does).
    pub new_client: bool,
    /// How long after `/cra/check_report/create` the report is ready (and its webhook
    /// sent). Default 1 s.
    pub ready_delay: Duration,
    /// How long after `/cra/check_report/create` the report expires
    /// (`CONSUMER_REPORT_EXPIRED`). Default 24 h.
    pub report_lifetime: Duration,
}

impl SimConfig {
    /// Accepts the credentials in `PLAID_CLIENT_ID` / `PLAID_SECRET` when they are set
    /// (so a harness can run with the operator's real keys against the simulator), else
    /// the test keys.
    pub fn from_env() -> Self {
        let get = |name: &str, fallback: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_owned())
        };
        Self {
            client_id: get(TEST_KEYS[0].0, TEST_CLIENT_ID),
            secret: get(TEST_KEYS[1].0, TEST_SECRET),
            ..Self::default()
        }
    }
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            client_id: TEST_CLIENT_ID.to_owned(),
            secret: TEST_SECRET.to_owned(),
            rate_limit_per_minute: 100,
            slow_delay: Duration::from_secs(10),
            inject_429_percent: 0,
            inject_500_percent: 0,
            new_client: false,
            ready_delay: Duration::from_secs(1),
            report_lifetime: Duration::from_secs(24 * 60 * 60),
        }
    }
}
