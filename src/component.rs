//! WIT glue: converts between the generated bindings and the pure native API.

use crate::types::{ErrorKind, FieldError, HttpRequest, StepConfig, StepError};

wit_bindgen::generate!({
    world: "plaid:partner-insights/partner-insights-step",
    // The generic HTTP-step contract is a package of its own, beside ours.
    path: ["wit/http-step", "wit"],
    generate_all,
});

use exports::plaid::partner_insights::step as wit;
use http_step::contract::types as contract;

struct Component;

export!(Component);

/// Reads a WASI environment variable (the caller may provide placeholders there).
fn wasi_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

impl wit::Guest for Component {
    fn describe() -> contract::Descriptor {
        let d = crate::descriptor();
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

    fn validate(input: String) -> Result<contract::Validated, contract::ValidateError> {
        match crate::validate(&input) {
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

    fn prepare(
        input: String,
        config: contract::StepConfig,
    ) -> Result<contract::HttpRequest, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        crate::prepare(&input, &config, &wasi_env)
            .map(|prepared| http_request(prepared.shown))
            .map_err(failure)
    }

    fn parse(
        status: u16,
        headers: Vec<contract::HttpHeader>,
        body: Vec<u8>,
    ) -> Result<String, contract::StepFailure> {
        let headers: Vec<(String, String)> =
            headers.into_iter().map(|h| (h.name, h.value)).collect();
        crate::parse_text(status, &headers, &body).map_err(failure)
    }

    fn execute(
        input: String,
        config: contract::StepConfig,
    ) -> Result<String, contract::StepFailure> {
        let config = step_config(config).map_err(failure)?;
        let prepared = crate::prepare(&input, &config, &wasi_env).map_err(failure)?;
        let response = crate::transport::send(&prepared.wire, &config).map_err(failure)?;
        crate::parse_text(response.status, &response.headers, &response.body).map_err(failure)
    }
}

fn field_errors(errors: Vec<FieldError>) -> Vec<contract::FieldError> {
    errors
        .into_iter()
        .map(|e| contract::FieldError {
            path: e.path,
            code: e.code,
            message: e.message,
        })
        .collect()
}

/// The native configuration: the settings JSON parsed, the rest as given.
fn step_config(config: contract::StepConfig) -> Result<StepConfig, StepError> {
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

fn http_request(request: HttpRequest) -> contract::HttpRequest {
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

fn failure(error: StepError) -> contract::StepFailure {
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
    }
}
