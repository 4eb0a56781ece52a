//! Dev-only helpers shared by the tests of the host, the service and the CLI: the real
//! release components, the real simulator, a host policy that allows it.

use std::path::PathBuf;
use std::time::Duration;

use plaid_sim::{SimConfig, Simulator, TEST_KEYS};
use step_host::policy::Origin;
use step_host::{CredentialSource, Plugin, Policy, StepConfig};

/// The Partner Insights release component this workspace builds (scripts/setup.sh's
/// `build_component`).
pub fn plugin_path() -> PathBuf {
    component_path("plaid_partner_insights")
}

/// A release step component of this workspace by file stem, as `build_component` ships
/// it (`plaid_partner_insights`, `plaid_check_report_create`, `plaid_webhook_verify`).
pub fn component_path(stem: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.ancestors()
        .map(|dir| dir.join(format!("wasm32-wasip2/release/{stem}.wasm")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("the release component {stem}.wasm is missing: run scripts/test.sh (its build_component builds every step)"))
}

/// The simulator's documented test keys, by the names the component declares.
pub fn sim_credentials() -> CredentialSource {
    TEST_KEYS
        .iter()
        .fold(CredentialSource::none(), |source, (name, value)| {
            source.with(name, value)
        })
}

/// A simulator with a short slow delay.
pub async fn sim() -> Simulator {
    sim_with(SimConfig {
        slow_delay: Duration::from_secs(5),
        ..SimConfig::default()
    })
    .await
}

/// A simulator with custom settings.
pub async fn sim_with(config: SimConfig) -> Simulator {
    Simulator::start(0, config).await.expect("simulator starts")
}

/// The default policy plus the simulator's origin, allowed and named for credentials.
pub fn policy_for(sim: &Simulator) -> Policy {
    let mut policy = Policy::default();
    policy.allow.push(Origin::parse(&sim.url()).unwrap());
    policy
        .credentials_for
        .push(Origin::parse(&sim.url()).unwrap());
    policy
}

/// The real component under `policy` with `credentials`.
pub fn load(policy: Policy, credentials: CredentialSource) -> Plugin {
    Plugin::load(&plugin_path(), policy, credentials).expect("the component loads")
}

/// A real step component (by file stem) under `policy` with `credentials`.
pub fn load_step(stem: &str, policy: Policy, credentials: CredentialSource) -> Plugin {
    Plugin::load(&component_path(stem), policy, credentials).expect("the component loads")
}

/// A configuration pointing at the simulator.
pub fn config_for(sim: &Simulator) -> StepConfig {
    StepConfig {
        base_url: Some(sim.url()),
        ..StepConfig::default()
    }
}

/// The misbehaving test component (`host-test/test-guests/misbehaving`, built by scripts/test.sh).
pub fn misbehaving_path() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.ancestors()
        .map(|dir| dir.join("test-guests/wasm32-wasip2/release/misbehaving_step.wasm"))
        .find(|p| p.is_file())
        .expect("the misbehaving test component is missing: run scripts/test.sh (it builds host-test/test-guests/misbehaving)")
}
