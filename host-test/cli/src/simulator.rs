//! The embedded Plaid simulator, as every face of the local harness uses it (`run`,
//! `serve`, the editor): started on a free loopback port, allowed, and the place the
//! (test) credentials are meant to go.

use plaid_sim::{SimConfig, Simulator, TEST_KEYS};
use step_host::policy::Origin;
use step_host::{CredentialSource, Policy};
use step_service::launch::ExtraTarget;

/// The embedded Plaid simulator and what a step needs to run against it.
pub struct EmbeddedSim {
    /// The running simulator (stops when dropped).
    pub sim: Simulator,
    /// Its origin: to allow, and to send the (test) credentials to.
    pub origin: Origin,
}

impl EmbeddedSim {
    /// Starts it on a free loopback port; it accepts `PLAID_CLIENT_ID` / `PLAID_SECRET`
    /// when they are set, else its test keys.
    pub async fn start() -> anyhow::Result<Self> {
        let sim = Simulator::start(0, SimConfig::from_env()).await?;
        let origin = Origin::parse(&sim.url())?;
        Ok(Self { sim, origin })
    }

    /// Its base URL.
    pub fn url(&self) -> String {
        self.sim.url()
    }

    /// The environment's credentials, the simulator's test keys where there are none.
    pub fn credentials() -> CredentialSource {
        TEST_KEYS
            .iter()
            .fold(CredentialSource::env(), |source, (name, value)| {
                source.with_fallback(name, value)
            })
    }

    /// `policy` plus the simulator's origin, allowed and receiving the credentials.
    pub fn allow_in(&self, policy: &mut Policy) {
        policy.allow.push(self.origin.clone());
        policy.credentials_for.push(self.origin.clone());
    }

    /// The simulator as the step service's extra target: allowed, receiving the
    /// credentials, the test keys where the environment has none.
    pub fn service_target(&self) -> ExtraTarget {
        ExtraTarget {
            origin: self.origin.clone(),
            base_url: self.url(),
            fallback: TEST_KEYS
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
        }
    }
}
