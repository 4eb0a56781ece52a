//! WIT glue: the step's exports, on the shared bindings and conversions of
//! `plaid-common` (its `wasi:http` and contract types are reused here with `with:`).

use plaid_common::bindings::{http_step, wasi};
use plaid_common::wit::{self as glue, failure};

wit_bindgen::generate!({
    world: "plaid:check-report-create/check-report-create-step",
    path: ["../../wit/http-step", "../../wit", "../../wit/plaid-check-report-create"],
    with: {
        "http-step:contract/types@0.2.0": http_step::contract::types,
        "wasi:http/types@0.2.12": wasi::http::types,
        "wasi:http/outgoing-handler@0.2.12": wasi::http::outgoing_handler,
        "wasi:io/error@0.2.12": wasi::io::error,
        "wasi:io/poll@0.2.12": wasi::io::poll,
        "wasi:io/streams@0.2.12": wasi::io::streams,
        "wasi:clocks/monotonic-clock@0.2.12": wasi::clocks::monotonic_clock,
    },
});

use exports::plaid::check_report_create::step as wit;
use http_step::contract::types as contract;

struct Component;

export!(Component);

impl wit::Guest for Component {
    fn describe() -> contract::Descriptor {
        glue::descriptor(crate::descriptor())
    }

    fn validate(input: String) -> Result<contract::Validated, contract::ValidateError> {
        glue::validation(crate::validate(&input))
    }

    fn prepare(
        input: String,
        config: contract::StepConfig,
    ) -> Result<contract::HttpRequest, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        crate::prepare(&input, &config, &glue::wasi_env)
            .map(|prepared| glue::http_request(prepared.shown))
            .map_err(failure)
    }

    fn parse(
        status: u16,
        headers: Vec<contract::HttpHeader>,
        body: Vec<u8>,
    ) -> Result<String, contract::StepFailure> {
        crate::parse(status, &glue::headers(headers), &body)
            .map(|outputs| outputs.to_string())
            .map_err(failure)
    }

    fn execute(
        input: String,
        config: contract::StepConfig,
    ) -> Result<String, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        let prepared = crate::prepare(&input, &config, &glue::wasi_env).map_err(failure)?;
        let response = plaid_common::transport::send(&prepared.wire, &config).map_err(failure)?;
        crate::parse_for(&input, response.status, &response.headers, &response.body)
            .map(|outputs| outputs.to_string())
            .map_err(failure)
    }
}

/// The native configuration: the `environment` setting parsed, the rest as given.
fn step_config(config: contract::StepConfig) -> Result<crate::StepConfig, crate::StepError> {
    let environment = plaid_common::settings::parse(&config.settings)?;
    Ok(glue::step_config(config, environment))
}
