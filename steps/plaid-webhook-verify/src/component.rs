//! WIT glue: the step's exports, on the shared bindings and conversions of
//! `plaid-common` (its `wasi:http` and contract types are reused here with `with:`).

use plaid_common::bindings::{http_step, wasi};
use plaid_common::wit::{self as glue, failure};

wit_bindgen::generate!({
    world: "plaid:webhook-verify/webhook-verify-step",
    path: ["../../wit/http-step", "../../wit", "../../wit/plaid-webhook-verify"],
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

use crate::step;
use exports::plaid::webhook_verify::step as wit;
use http_step::contract::types as contract;

struct Component;

export!(Component);

impl wit::Guest for Component {
    fn describe() -> contract::Descriptor {
        glue::descriptor(crate::descriptor::descriptor())
    }

    fn validate(input: String) -> Result<contract::Validated, contract::ValidateError> {
        glue::validation(step::validate(&input))
    }

    fn prepare(
        input: String,
        config: contract::StepConfig,
    ) -> Result<contract::HttpRequest, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        step::prepare(&input, &config, &glue::wasi_env)
            .map(|(_, prepared)| glue::http_request(prepared.shown))
            .map_err(failure)
    }

    fn parse(
        _status: u16,
        _headers: Vec<contract::HttpHeader>,
        _body: Vec<u8>,
    ) -> Result<String, contract::StepFailure> {
        Err(failure(step::parse_unsupported()))
    }

    fn execute(
        input: String,
        config: contract::StepConfig,
    ) -> Result<String, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        let (pending, prepared) =
            step::prepare(&input, &config, &glue::wasi_env).map_err(failure)?;
        let response = plaid_common::transport::send(&prepared.wire, &config).map_err(failure)?;
        let key =
            step::key_from_response(&pending, response.status, &response.headers, &response.body)
                .map_err(failure)?;
        step::verify(&pending, &key, now())
            .map(|outputs| outputs.to_string())
            .map_err(failure)
    }
}

/// The current time in unix seconds (the host's wall clock, `wasi:clocks`).
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0)
}

/// The native configuration: the `environment` setting parsed, the rest as given.
fn step_config(
    config: contract::StepConfig,
) -> Result<plaid_common::StepConfig, plaid_common::StepError> {
    let environment = plaid_common::settings::parse(&config.settings)?;
    Ok(glue::step_config(config, environment))
}
