//! WIT glue: the step's exports, on `plaid-common`'s shared bindings and conversions.

use plaid_common::bindings::http_step::contract::types as contract;
use plaid_common::wit::{self as glue, wasi_env, Step};
use plaid_common::{Descriptor, HttpRequest, Invalid, StepError, Validated};

plaid_common::step_bindings!(
    "plaid:check-report-create/check-report-create-step",
    [
        "../../wit/http-step",
        "../../wit",
        "../../wit/plaid-check-report-create"
    ]
);

struct Component;

export!(Component);
plaid_common::export_step!(Component, exports::plaid::check_report_create::step::Guest);

impl Step for Component {
    fn describe() -> Descriptor {
        crate::descriptor()
    }

    fn validate(input: &str) -> Result<Validated, Invalid> {
        crate::validate(input)
    }

    fn prepare(input: &str, config: contract::StepConfig) -> Result<HttpRequest, StepError> {
        crate::prepare(input, &glue::environment_step_config(config)?, &wasi_env)
            .map(|prepared| prepared.shown)
    }

    fn parse(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<String, StepError> {
        crate::parse(status, headers, body).map(|outputs| outputs.to_string())
    }

    fn execute(input: &str, config: contract::StepConfig) -> Result<String, StepError> {
        let config = glue::environment_step_config(config)?;
        let prepared = crate::prepare(input, &config, &wasi_env)?;
        let response = plaid_common::transport::send(&prepared.wire, &config)?;
        crate::parse_for(input, response.status, &response.headers, &response.body)
            .map(|outputs| outputs.to_string())
    }
}
