//! WIT glue: converts between the generated bindings and the pure native API.

use crate::types::{
    Environment, ErrorKind, FieldError, HttpRequest, RequestTimeConfig, StepConfig, StepError,
};

wit_bindgen::generate!({
    world: "partner-insights-step",
    path: "wit",
    generate_all,
});

use exports::plaid::partner_insights::step as wit;

struct Component;

export!(Component);

/// Reads a WASI environment variable (the caller may provide placeholders there).
fn wasi_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

impl wit::Guest for Component {
    fn describe() -> wit::Descriptor {
        let d = crate::descriptor();
        wit::Descriptor {
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
            defaults: wit::TaskDefaults {
                retry_count: d.defaults.retry_count,
                retry_logic: d.defaults.retry_logic.into(),
                retry_delay_seconds: d.defaults.retry_delay_seconds,
                timeout_seconds: d.defaults.timeout_seconds,
                response_timeout_seconds: d.defaults.response_timeout_seconds,
            },
        }
    }

    fn validate(input: String) -> Result<wit::Validated, wit::ValidateError> {
        match crate::validate(&input) {
            Ok(ok) => Ok(wit::Validated {
                input: serde_json::Value::Object(ok.input).to_string(),
                warnings: field_errors(ok.warnings),
            }),
            Err(bad) => Err(wit::ValidateError::PermanentInvalidInput(
                wit::InvalidInput {
                    errors: field_errors(bad.errors),
                    warnings: field_errors(bad.warnings),
                },
            )),
        }
    }

    fn prepare(
        input: String,
        config: wit::StepConfig,
    ) -> Result<wit::HttpRequest, wit::StepFailure> {
        crate::prepare(&input, &step_config(config), &wasi_env)
            .map(|prepared| http_request(prepared.shown))
            .map_err(failure)
    }

    fn parse(
        status: u16,
        headers: Vec<wit::HttpHeader>,
        body: Vec<u8>,
    ) -> Result<String, wit::StepFailure> {
        let headers: Vec<(String, String)> =
            headers.into_iter().map(|h| (h.name, h.value)).collect();
        crate::parse(status, &headers, &body)
            .map(|outputs| outputs.to_string())
            .map_err(failure)
    }

    fn execute(input: String, config: wit::StepConfig) -> Result<String, wit::StepFailure> {
        let config = step_config(config);
        let prepared = crate::prepare(&input, &config, &wasi_env).map_err(failure)?;
        let response = crate::transport::send(&prepared.wire, &config).map_err(failure)?;
        crate::parse(response.status, &response.headers, &response.body)
            .map(|outputs| outputs.to_string())
            .map_err(failure)
    }
}

fn field_errors(errors: Vec<FieldError>) -> Vec<wit::FieldError> {
    errors
        .into_iter()
        .map(|e| wit::FieldError {
            path: e.path,
            code: e.code,
            message: e.message,
        })
        .collect()
}

fn step_config(config: wit::StepConfig) -> StepConfig {
    StepConfig {
        environment: config.environment.map(|e| match e {
            wit::Environment::Sandbox => Environment::Sandbox,
            wit::Environment::Production => Environment::Production,
        }),
        base_url: config.base_url,
        connect_timeout_ms: config.connect_timeout_ms,
        first_byte_timeout_ms: config.first_byte_timeout_ms,
        between_bytes_timeout_ms: config.between_bytes_timeout_ms,
        request_time_config: config.request_time_config.map(|setting| match setting {
            wit::RequestTimeConfig::Send => RequestTimeConfig::Send,
            wit::RequestTimeConfig::Omit => RequestTimeConfig::Omit,
            wit::RequestTimeConfig::Refuse => RequestTimeConfig::Refuse,
        }),
    }
}

fn http_request(request: HttpRequest) -> wit::HttpRequest {
    wit::HttpRequest {
        method: request.method,
        url: request.url,
        headers: request
            .headers
            .into_iter()
            .map(|(name, value)| wit::HttpHeader { name, value })
            .collect(),
        body: request.body,
    }
}

fn failure(error: StepError) -> wit::StepFailure {
    let retryable = error.retryable;
    let error = wit::StepError {
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
        wit::StepFailure::Retryable(error)
    } else {
        wit::StepFailure::Permanent(error)
    }
}

fn kind(kind: ErrorKind) -> wit::ErrorKind {
    use wit::ErrorKind as W;
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
