//! WIT glue: the step's exports, on the shared bindings and conversions of
//! `plaid-common` (its `wasi:http` and contract types are reused here with `with:`).

use plaid_common::bindings::{http_step, wasi};
use plaid_common::wit::{self as glue, failure};

use crate::types::StepConfig;

wit_bindgen::generate!({
    world: "plaid:partner-insights/partner-insights-step",
    // The generic HTTP-step contract is a package of its own, beside ours.
    path: ["wit/http-step", "wit"],
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

use exports::plaid::partner_insights::step as wit;
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
        crate::parse_text(status, &glue::headers(headers), &body).map_err(failure)
    }

    fn execute(
        input: String,
        config: contract::StepConfig,
    ) -> Result<String, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        let prepared = crate::prepare(&input, &config, &glue::wasi_env).map_err(failure)?;
        let response =
            plaid_common::transport::send(&prepared.wire, &config.common()).map_err(failure)?;
        crate::parse_text(response.status, &response.headers, &response.body).map_err(failure)
    }
}

/// The native configuration: the settings JSON parsed, the rest as given.
fn step_config(config: contract::StepConfig) -> Result<StepConfig, crate::StepError> {
    let settings = crate::settings::parse(&config.settings)?;
    Ok(StepConfig {
        environment: settings.environment,
        base_url: config.base_url,
        connect_timeout_ms: config.connect_timeout_ms,
        first_byte_timeout_ms: config.first_byte_timeout_ms,
        between_bytes_timeout_ms: config.between_bytes_timeout_ms,
        request_time_config: settings.request_time_config,
    })
}
