//! WIT glue: the step's exports, on `plaid-common`'s shared bindings and conversions.

use plaid_common::bindings::http_step::contract::types as contract;
use plaid_common::wit::{wasi_env, Step};
use plaid_common::{Descriptor, HttpRequest, Invalid, StepError, Validated};

use crate::types::StepConfig;

plaid_common::step_bindings!(
    "plaid:partner-insights/partner-insights-step",
    // The generic HTTP-step contract is a package of its own, beside ours.
    ["wit/http-step", "wit"]
);

struct Component;

export!(Component);
plaid_common::export_step!(Component, exports::plaid::partner_insights::step::Guest);

impl Step for Component {
    fn describe() -> Descriptor {
        crate::descriptor()
    }

    fn validate(input: &str) -> Result<Validated, Invalid> {
        crate::validate(input)
    }

    fn prepare(input: &str, config: contract::StepConfig) -> Result<HttpRequest, StepError> {
        crate::prepare(input, &step_config(config)?, &wasi_env).map(|prepared| prepared.shown)
    }

    fn parse(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<String, StepError> {
        crate::parse_text(status, headers, body)
    }

    fn execute(input: &str, config: contract::StepConfig) -> Result<String, StepError> {
        let config = step_config(config)?;
        let prepared = crate::prepare(input, &config, &wasi_env)?;
        let response = plaid_common::transport::send(&prepared.wire, &config.common)?;
        crate::parse_text(response.status, &response.headers, &response.body)
    }
}

/// The native configuration: the settings JSON parsed, the rest as given.
fn step_config(config: contract::StepConfig) -> Result<StepConfig, StepError> {
    let settings = crate::settings::parse(&config.settings)?;
    Ok(StepConfig {
        common: plaid_common::wit::step_config(config, settings.environment),
        request_time_config: settings.request_time_config,
    })
}
