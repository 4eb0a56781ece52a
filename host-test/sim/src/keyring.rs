//! The webhook signing keys: the current one, and every retired one (still served by
//! `/webhook_verification_key/get`, with its `expired_at`).

use serde_json::Value;

use crate::signer::{random_kid, Signer};

struct Key {
    signer: Signer,
    created_at: u64,
    expired_at: Option<u64>,
}

/// The current key and the retired ones.
pub(crate) struct KeyRing {
    /// Oldest first; the last is current.
    keys: Vec<Key>,
}

impl KeyRing {
    /// A ring with one new key, created at `now` (Unix seconds).
    pub(crate) fn new(now: u64) -> Self {
        Self {
            keys: vec![Key {
                signer: Signer::generate(random_kid()),
                created_at: now,
                expired_at: None,
            }],
        }
    }

    /// The key that signs webhooks now.
    pub(crate) fn current(&self) -> &Signer {
        &self.keys.last().expect("a ring always has a key").signer
    }

    /// Expires the current key at `now` and makes a new current one.
    pub(crate) fn rotate(&mut self, now: u64) {
        if let Some(current) = self.keys.last_mut() {
            current.expired_at = Some(now);
        }
        let mut kid = random_kid();
        while self.find(&kid).is_some() {
            kid = random_kid();
        }
        self.keys.push(Key {
            signer: Signer::generate(kid),
            created_at: now,
            expired_at: None,
        });
    }

    /// The JWK of the key named `kid`, current or retired.
    pub(crate) fn jwk(&self, kid: &str) -> Option<Value> {
        self.find(kid)
            .map(|key| key.signer.jwk(key.created_at, key.expired_at))
    }

    fn find(&self, kid: &str) -> Option<&Key> {
        self.keys.iter().find(|key| key.signer.kid() == kid)
    }
}
