//! Implements the step contract badly on purpose: `validate("loop")` never returns,
//! `validate("grow")` allocates until the host's memory limit, `validate("trap")` hits
//! `unreachable`; anything else is valid.

wit_bindgen::generate!({
    world: "test:misbehaving/misbehaving-step",
    path: ["../../../wit/http-step", "wit"],
    generate_all,
});

use exports::test::misbehaving::step as wit;
use http_step::contract::types as contract;

struct Misbehaving;

export!(Misbehaving);

impl wit::Guest for Misbehaving {
    fn describe() -> contract::Descriptor {
        contract::Descriptor {
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
            settings_schema: "{}".into(),
            origins: Vec::new(),
            credentials: Vec::new(),
            defaults: contract::TaskDefaults {
                retry_count: 0,
                retry_logic: "FIXED".into(),
                retry_delay_seconds: 1,
                timeout_seconds: 1,
                response_timeout_seconds: 1,
            },
        }
    }

    fn validate(input: String) -> Result<contract::Validated, contract::ValidateError> {
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
            _ => Ok(contract::Validated {
                input,
                warnings: Vec::new(),
            }),
        }
    }

    fn prepare(_: String, _: contract::StepConfig) -> Result<contract::HttpRequest, contract::StepFailure> {
        Err(contract::StepFailure::ExecutionFailed)
    }

    fn parse(_: u16, _: Vec<contract::HttpHeader>, _: Vec<u8>) -> Result<String, contract::StepFailure> {
        Err(contract::StepFailure::ExecutionFailed)
    }

    fn execute(_: String, _: contract::StepConfig) -> Result<String, contract::StepFailure> {
        Err(contract::StepFailure::ExecutionFailed)
    }
}
