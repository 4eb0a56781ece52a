//! Implements the step contract badly on purpose: `validate("loop")` never returns,
//! `validate("grow")` allocates until the host's memory limit, `validate("trap")` hits
//! `unreachable`; anything else is valid.

wit_bindgen::generate!({
    world: "partner-insights-step",
    path: "../../../wit",
    generate_all,
});

use exports::plaid::partner_insights::step as wit;

struct Misbehaving;

export!(Misbehaving);

impl wit::Guest for Misbehaving {
    fn describe() -> wit::Descriptor {
        wit::Descriptor {
            name: "test.misbehaving".into(),
            version: "0.1.0".into(),
            title: "Misbehaving step (tests only)".into(),
            description: "Loops, grows or traps on request.".into(),
            documentation_url: String::new(),
            endpoint: "POST /nowhere".into(),
            input_schema: "{}".into(),
            output_schema: "{}".into(),
            ui_hints: "{}".into(),
            examples: "[]".into(),
            defaults: wit::TaskDefaults {
                retry_count: 0,
                retry_logic: "FIXED".into(),
                retry_delay_seconds: 1,
                timeout_seconds: 1,
                response_timeout_seconds: 1,
            },
        }
    }

    fn validate(input: String) -> Result<wit::Validated, wit::ValidateError> {
        match input.as_str() {
            "loop" => {
                let mut n: u64 = 0;
                loop {
                    n = std::hint::black_box(n.wrapping_add(1));
                }
            }
            "grow" => {
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    hoard.push(vec![1u8; 1 << 20]);
                    std::hint::black_box(&hoard);
                }
            }
            "trap" => core::arch::wasm32::unreachable(),
            _ => Ok(wit::Validated {
                input,
                warnings: Vec::new(),
            }),
        }
    }

    fn prepare(_: String, _: wit::StepConfig) -> Result<wit::HttpRequest, wit::StepFailure> {
        Err(wit::StepFailure::ExecutionFailed)
    }

    fn parse(_: u16, _: Vec<wit::HttpHeader>, _: Vec<u8>) -> Result<String, wit::StepFailure> {
        Err(wit::StepFailure::ExecutionFailed)
    }

    fn execute(_: String, _: wit::StepConfig) -> Result<String, wit::StepFailure> {
        Err(wit::StepFailure::ExecutionFailed)
    }
}
