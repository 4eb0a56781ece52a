//! Retrying a step: exponential backoff with full jitter, honouring `Retry-After`,
//! retryable errors only.

use std::time::Duration;

use rand::Rng as _;
use serde_json::Value;

use crate::outcome::StepError;
use crate::plugin::{Plugin, StepConfig};

/// How a host retries a failed step.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 = one attempt).
    pub retries: u32,
    /// First backoff; doubled after each attempt.
    pub base_delay: Duration,
    /// No single wait exceeds this, whatever `Retry-After` says.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            retries: 0,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` (attempt counts from 1).
    pub fn delay(&self, attempt: u32, error: &StepError) -> Duration {
        if let Some(seconds) = error.retry_after_seconds() {
            return Duration::from_secs(seconds).min(self.max_delay);
        }
        let ceiling = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(self.max_delay);
        // Full jitter: spreads retries of many steps so they do not arrive together.
        let millis = ceiling.as_millis() as u64;
        Duration::from_millis(rand::rng().random_range(millis / 2..=millis.max(1)))
    }
}

/// The outcome of a step with retries: the result and how many attempts it took.
#[derive(Debug, Clone)]
pub struct Attempted {
    /// Outputs or the last error.
    pub result: Result<Value, StepError>,
    /// Attempts made (at least 1).
    pub attempts: u32,
}

impl Plugin {
    /// `execute` with retries of retryable errors only.
    pub async fn execute_with_retries(
        &self,
        input: &str,
        config: &StepConfig,
        retry: &RetryPolicy,
    ) -> Attempted {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let result = self.execute(input, config).await;
            match &result {
                Err(error) if error.retryable && attempts <= retry.retries => {
                    let wait = retry.delay(attempts, error);
                    tracing::info!(attempt = attempts, kind = %error.kind, code = %error.code, wait_ms = wait.as_millis() as u64, "retrying step");
                    tokio::time::sleep(wait).await;
                }
                _ => return Attempted { result, attempts },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(detail: Option<Value>) -> StepError {
        let mut e = StepError::host("api_error", "X", "m", true);
        e.detail = detail;
        e
    }

    #[test]
    fn backoff_grows_and_stays_under_the_cap() {
        let p = RetryPolicy {
            retries: 5,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(350),
        };
        for _ in 0..50 {
            assert!(p.delay(1, &error(None)) <= Duration::from_millis(100));
            assert!(p.delay(1, &error(None)) >= Duration::from_millis(50));
            assert!(p.delay(3, &error(None)) >= Duration::from_millis(175));
            assert!(p.delay(10, &error(None)) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn retry_after_wins_but_is_capped() {
        let p = RetryPolicy {
            retries: 1,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_secs(5),
        };
        let e = error(Some(serde_json::json!({ "retry_after_seconds": 2 })));
        assert_eq!(p.delay(1, &e), Duration::from_secs(2));
        let e = error(Some(serde_json::json!({ "retry_after_seconds": 3600 })));
        assert_eq!(p.delay(1, &e), Duration::from_secs(5));
    }
}
