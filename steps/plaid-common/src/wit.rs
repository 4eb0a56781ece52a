//! Conversions between the contract's generated types and the native ones, shared by
//! every Plaid step's WIT glue.

use crate::bindings::http_step::contract::types as contract;
use crate::descriptor::Descriptor;
use crate::types::{Environment, ErrorKind, FieldError, HttpRequest, StepConfig, StepError};
use crate::validate::{Invalid, Validated};

/// Reads a WASI environment variable (the caller may provide placeholders there).
pub fn wasi_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The WIT descriptor of a native one.
pub fn descriptor(d: Descriptor) -> contract::Descriptor {
    contract::Descriptor {
        name: d.name.into(),
        version: d.version.into(),
        title: d.title.into(),
        description: d.description.into(),
        documentation_url: d.documentation_url.into(),
        endpoint: d.endpoint.into(),
        input_schema: d.input_schema.to_string(),
        output_schema: d.output_schema.to_string(),
        ui_hints: d.ui_hints.to_string(),
        examples: d.examples.to_string(),
        settings_schema: d.settings_schema.to_string(),
        origins: d
            .origins
            .into_iter()
            .map(|(url, selected_by)| contract::Origin {
                url: url.into(),
                selected_by: selected_by.to_string(),
            })
            .collect(),
        credentials: d
            .credentials
            .iter()
            .map(|(name, header, description)| contract::Credential {
                name: (*name).into(),
                header: (*header).into(),
                description: (*description).into(),
            })
            .collect(),
        defaults: contract::TaskDefaults {
            retry_count: d.defaults.retry_count,
            retry_logic: d.defaults.retry_logic.into(),
            retry_delay_seconds: d.defaults.retry_delay_seconds,
            timeout_seconds: d.defaults.timeout_seconds,
            response_timeout_seconds: d.defaults.response_timeout_seconds,
        },
    }
}

/// The WIT result of `validate`.
pub fn validation(
    result: Result<Validated, Invalid>,
) -> Result<contract::Validated, contract::ValidateError> {
    match result {
        Ok(ok) => Ok(contract::Validated {
            input: serde_json::Value::Object(ok.input).to_string(),
            warnings: field_errors(ok.warnings),
        }),
        Err(bad) => Err(contract::ValidateError::PermanentInvalidInput(
            contract::InvalidInput {
                errors: field_errors(bad.errors),
                warnings: field_errors(bad.warnings),
            },
        )),
    }
}

/// WIT field errors of native ones.
pub fn field_errors(errors: Vec<FieldError>) -> Vec<contract::FieldError> {
    errors
        .into_iter()
        .map(|e| contract::FieldError {
            path: e.path,
            code: e.code,
            message: e.message,
        })
        .collect()
}

/// The generic part of a WIT step configuration, with the environment the step's
/// settings chose.
pub fn step_config(config: contract::StepConfig, environment: Option<Environment>) -> StepConfig {
    StepConfig {
        environment,
        base_url: config.base_url,
        connect_timeout_ms: config.connect_timeout_ms,
        first_byte_timeout_ms: config.first_byte_timeout_ms,
        between_bytes_timeout_ms: config.between_bytes_timeout_ms,
    }
}

/// The configuration of a step whose only setting is `environment`
/// ([`crate::settings`]): the setting parsed, the rest as given.
pub fn environment_step_config(config: contract::StepConfig) -> Result<StepConfig, StepError> {
    let environment = crate::settings::parse(&config.settings)?;
    Ok(step_config(config, environment))
}

/// Response headers as (name, value) pairs.
pub fn headers(headers: Vec<contract::HttpHeader>) -> Vec<(String, String)> {
    headers.into_iter().map(|h| (h.name, h.value)).collect()
}

/// The WIT prepared request of a native one.
pub fn http_request(request: HttpRequest) -> contract::HttpRequest {
    contract::HttpRequest {
        method: request.method,
        url: request.url,
        headers: request
            .headers
            .into_iter()
            .map(|(name, value)| contract::HttpHeader { name, value })
            .collect(),
        body: request.body,
    }
}

/// A step error as the WIT failure its retryability calls for.
pub fn failure(error: StepError) -> contract::StepFailure {
    let retryable = error.retryable;
    let error = contract::StepError {
        kind: kind(error.kind),
        code: error.code,
        error_type: error.error_type,
        message: error.message,
        display_message: error.display_message,
        request_id: error.request_id,
        http_status: error.http_status,
        retryable,
        suggested_action: error.suggested_action,
        field_errors: field_errors(error.field_errors),
        detail: error.detail,
    };
    if retryable {
        contract::StepFailure::Retryable(error)
    } else {
        contract::StepFailure::Permanent(error)
    }
}

fn kind(kind: ErrorKind) -> contract::ErrorKind {
    use contract::ErrorKind as W;
    match kind {
        ErrorKind::InvalidInput => W::InvalidInput,
        ErrorKind::InvalidConfig => W::InvalidConfig,
        ErrorKind::Auth => W::Auth,
        ErrorKind::NotReady => W::NotReady,
        ErrorKind::Expired => W::Expired,
        ErrorKind::ReportUnavailable => W::ReportUnavailable,
        ErrorKind::NotFound => W::NotFound,
        ErrorKind::InvalidRequest => W::InvalidRequest,
        ErrorKind::RateLimited => W::RateLimited,
        ErrorKind::ApiError => W::ApiError,
        ErrorKind::ResponseInvalid => W::ResponseInvalid,
        ErrorKind::Denied => W::Denied,
        ErrorKind::Transport => W::Transport,
        ErrorKind::Timeout => W::Timeout,
        ErrorKind::ResponseTooLarge => W::ResponseTooLarge,
        ErrorKind::PluginFault => W::PluginFault,
        ErrorKind::WebhookInvalid => W::WebhookInvalid,
    }
}

/// A Plaid step in native types: what [`export_step!`](crate::export_step) turns into the
/// component's WIT exports (the conversions above, once for every step).
pub trait Step {
    /// The descriptor.
    fn describe() -> Descriptor;
    /// Validates an input without any network access.
    fn validate(input: &str) -> Result<Validated, Invalid>;
    /// The request `execute` would send, credentials masked.
    fn prepare(input: &str, config: contract::StepConfig) -> Result<HttpRequest, StepError>;
    /// Outputs (JSON text) of an HTTP response.
    fn parse(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<String, StepError>;
    /// Validates, calls the API through `wasi:http`, parses: outputs as JSON text.
    fn execute(input: &str, config: contract::StepConfig) -> Result<String, StepError>;
}

/// Generates a Plaid step component's bindings: its `world` from the WIT `paths`
/// (relative to the component's manifest), with the imports every Plaid step shares
/// (`wasi:http`, the contract's types) taken from `plaid_common::bindings`.
#[macro_export]
macro_rules! step_bindings {
    ($world:literal, [$($path:literal),+ $(,)?]) => {
        wit_bindgen::generate!({
            world: $world,
            path: [$($path),+],
            with: {
                "http-step:contract/types@0.2.0": ::plaid_common::bindings::http_step::contract::types,
                "wasi:http/types@0.2.12": ::plaid_common::bindings::wasi::http::types,
                "wasi:http/outgoing-handler@0.2.12": ::plaid_common::bindings::wasi::http::outgoing_handler,
                "wasi:io/error@0.2.12": ::plaid_common::bindings::wasi::io::error,
                "wasi:io/poll@0.2.12": ::plaid_common::bindings::wasi::io::poll,
                "wasi:io/streams@0.2.12": ::plaid_common::bindings::wasi::io::streams,
                "wasi:clocks/monotonic-clock@0.2.12": ::plaid_common::bindings::wasi::clocks::monotonic_clock,
            },
        });
    };
}

/// Implements a component's generated `Guest` trait (`$guest`, e.g.
/// `exports::plaid::webhook_verify::step::Guest`) for `$step`, a type implementing
/// [`Step`], converting to and from the contract's types.
#[macro_export]
macro_rules! export_step {
    ($step:ty, $guest:path) => {
        impl $guest for $step {
            fn describe() -> ::plaid_common::bindings::http_step::contract::types::Descriptor {
                ::plaid_common::wit::descriptor(<$step as ::plaid_common::wit::Step>::describe())
            }

            fn validate(
                input: String,
            ) -> Result<
                ::plaid_common::bindings::http_step::contract::types::Validated,
                ::plaid_common::bindings::http_step::contract::types::ValidateError,
            > {
                ::plaid_common::wit::validation(<$step as ::plaid_common::wit::Step>::validate(
                    &input,
                ))
            }

            fn prepare(
                input: String,
                config: ::plaid_common::bindings::http_step::contract::types::StepConfig,
            ) -> Result<
                ::plaid_common::bindings::http_step::contract::types::HttpRequest,
                ::plaid_common::bindings::http_step::contract::types::StepFailure,
            > {
                <$step as ::plaid_common::wit::Step>::prepare(&input, config)
                    .map(::plaid_common::wit::http_request)
                    .map_err(::plaid_common::wit::failure)
            }

            fn parse(
                status: u16,
                headers: Vec<::plaid_common::bindings::http_step::contract::types::HttpHeader>,
                body: Vec<u8>,
            ) -> Result<String, ::plaid_common::bindings::http_step::contract::types::StepFailure>
            {
                let headers = ::plaid_common::wit::headers(headers);
                <$step as ::plaid_common::wit::Step>::parse(status, &headers, &body)
                    .map_err(::plaid_common::wit::failure)
            }

            fn execute(
                input: String,
                config: ::plaid_common::bindings::http_step::contract::types::StepConfig,
            ) -> Result<String, ::plaid_common::bindings::http_step::contract::types::StepFailure>
            {
                <$step as ::plaid_common::wit::Step>::execute(&input, config)
                    .map_err(::plaid_common::wit::failure)
            }
        }
    };
}
