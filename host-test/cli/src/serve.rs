//! `host-test serve`: the step service ([`step_service::launch`], the same flags and code
//! as the `step-service` binary) with the local harness's embedded Plaid simulator by
//! default: `--env sim`, or neither `--env` nor `--base-url`.

use step_host::LoadOptions;
use step_service::launch::{self, Launch};
pub use step_service::launch::{LogFormat, ServiceArgs as ServeArgs, TOKEN_ENV};

use crate::simulator::EmbeddedSim;

/// `--env`'s name for the embedded simulator.
pub const SIM: &str = "sim";

/// What the command line hands over besides the flags.
#[derive(Debug, Clone)]
pub struct ServeContext {
    /// The folder used when `--plugins` is absent (resolved by the caller).
    pub default_plugins: Option<std::path::PathBuf>,
    /// Compile cache settings from the global flags.
    pub load: LoadOptions,
}

/// Runs the service until SIGTERM or Ctrl-C. `Err` is a setup problem (exit 2).
pub async fn run(mut args: ServeArgs, context: ServeContext) -> anyhow::Result<()> {
    let uses_sim = match args.env.as_deref() {
        Some(SIM) => true,
        Some(_) => false,
        None => args.base_url.is_none(),
    };
    if args.env.as_deref() == Some(SIM) {
        args.env = None;
    }
    // Refused before the simulator starts: nothing runs, nothing is printed.
    launch::check_listen(&args).await?;
    let sim = match uses_sim {
        true => Some(EmbeddedSim::start().await?),
        false => None,
    };
    let launch = Launch {
        default_plugins: context.default_plugins,
        load: context.load,
        extra: sim.as_ref().map(EmbeddedSim::service_target),
    };
    let served = launch::run(&args, launch).await;
    drop(sim);
    served
}
