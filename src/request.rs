//! Request building for Partner Insights: the endpoint, and what the
//! `request_time_config` setting does to the input.

use serde_json::{Map, Value};

use crate::fields::REQUEST_TIME_FIELDS;
use crate::types::{ErrorKind, FieldError, RequestTimeConfig, StepConfig, StepError};
use plaid_common::request::Endpoint;
pub use plaid_common::request::{
    env_vars, Prepared, CLIENT_ID_HEADER, MASK, PLAID_VERSION, SECRET_HEADER,
};

/// Path of the endpoint, appended to the base URL.
pub const ENDPOINT_PATH: &str = "/cra/check_report/partner_insights/get";
/// `User-Agent` naming the product and version.
pub const USER_AGENT: &str = concat!("plaid-partner-insights-step/", env!("CARGO_PKG_VERSION"));

/// The endpoint this step calls.
pub const ENDPOINT: Endpoint = Endpoint {
    path: ENDPOINT_PATH,
    user_agent: USER_AGENT,
};

/// Builds the request for a validated input.
///
/// `env` looks up WASI environment variables; credentials come from the inline
/// input first, then the environment, then nowhere (a host may inject them).
pub fn build(
    input: Map<String, Value>,
    config: &StepConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Prepared, StepError> {
    plaid_common::request::build(ENDPOINT, input, &config.common, env)
}

/// Applies the step's request-time configuration setting to a validated input:
/// `send` keeps `partner_insights` / `options`, `omit` drops them, `refuse` fails with
/// `invalid_input` when either carries configuration (a `null` one is dropped).
pub fn apply_request_time_config(
    input: &mut Map<String, Value>,
    setting: RequestTimeConfig,
) -> Result<(), StepError> {
    match setting {
        RequestTimeConfig::Send => Ok(()),
        RequestTimeConfig::Omit => {
            drop_request_time_config(input);
            Ok(())
        }
        RequestTimeConfig::Refuse => {
            let present: Vec<FieldError> = REQUEST_TIME_FIELDS
                .iter()
                .filter(|key| input.get(**key).is_some_and(|v| !v.is_null()))
                .map(|key| {
                    FieldError::new(
                        format!("/{key}"),
                        "request_time_config_refused",
                        format!(
                            "{key} is request-time configuration, which this step is set to refuse (request_time_config: refuse); Plaid does not accept it for clients created on or after 2026-07-01: {}",
                            crate::fields::REQUEST_TIME_ADVICE
                        ),
                    )
                })
                .collect();
            if present.is_empty() {
                drop_request_time_config(input);
                return Ok(());
            }
            let mut error = StepError::new(
                ErrorKind::InvalidInput,
                "REQUEST_TIME_CONFIG_REFUSED",
                format!(
                    "the step input carries request-time configuration ({}), which this step is set to refuse",
                    present.iter().map(|e| &e.path[1..]).collect::<Vec<_>>().join(", ")
                ),
                false,
            )
            .with_action("remove partner_insights and options from the input and configure Partner Insights at /cra/check_report/create or in Link, or set request_time_config to omit (drop them) or send (existing Plaid clients)");
            error.field_errors = present;
            Err(error)
        }
    }
}

fn drop_request_time_config(input: &mut Map<String, Value>) {
    for key in REQUEST_TIME_FIELDS {
        input.remove(*key);
    }
}
