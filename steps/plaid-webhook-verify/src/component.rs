//! WIT glue: the step's exports, on `plaid-common`'s shared bindings and conversions.

use plaid_common::bindings::http_step::contract::types as contract;
use plaid_common::wit::{self as glue, wasi_env, Step};
use plaid_common::{Descriptor, HttpRequest, Invalid, StepError, Validated};

use crate::step;

plaid_common::step_bindings!(
    "plaid:webhook-verify/webhook-verify-step",
    [
        "../../wit/http-step",
        "../../wit",
        "../../wit/plaid-webhook-verify"
    ]
);

struct Component;

export!(Component);
plaid_common::export_step!(Component, exports::plaid::webhook_verify::step::Guest);

impl Step for Component {
    fn describe() -> Descriptor {
        crate::descriptor::descriptor()
    }

    fn validate(input: &str) -> Result<Validated, Invalid> {
        step::validate(input)
    }

    fn prepare(input: &str, config: contract::StepConfig) -> Result<HttpRequest, StepError> {
        step::prepare(input, &glue::environment_step_config(config)?, &wasi_env)
            .map(|(_, prepared)| prepared.shown)
    }

    fn parse(_: u16, _: &[(String, String)], _: &[u8]) -> Result<String, StepError> {
        Err(step::parse_unsupported())
    }

    fn execute(input: &str, config: contract::StepConfig) -> Result<String, StepError> {
        let config = glue::environment_step_config(config)?;
        let (pending, prepared) = step::prepare(input, &config, &wasi_env)?;
        let response = plaid_common::transport::send(&prepared.wire, &config)?;
        let key =
            step::key_from_response(&pending, response.status, &response.headers, &response.body)?;
        step::verify(&pending, &key, now()).map(|outputs| outputs.to_string())
    }
}

/// The current time in unix seconds (the host's wall clock, `wasi:clocks`).
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0)
}
