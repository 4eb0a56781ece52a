//! The descriptor: schemas, UI hints, examples and engine defaults (kept as data files:
//! this step's input is a webhook request, not a Plaid request body).

use plaid_common::descriptor::{origins, Descriptor, TaskDefaults, CREDENTIALS};

const DESCRIPTION: &str = "Verifies a webhook Plaid sent (Plaid-Verification: an ES256-signed JWT) and says what a Check Report \
workflow does next. Give it the request's headers and its raw body exactly as received. It refuses any alg but ES256, fetches \
the key the JWT names with /webhook_verification_key/get (credentials from the host), refuses an expired key, checks the \
signature, refuses a JWT issued more than 5 minutes ago (or ahead), and compares the signed SHA-256 of the body with the body's \
in constant time. Every refusal is a permanent webhook_invalid error with a stable code: answer the sender 401 and act on \
nothing. Verified: next is fetch_insights (READY, Partner Insights not failed), repair_or_recreate (FAILED: error and \
repairable_items; send the user through Link update mode, then create a new report) or ignore (other webhooks).";

/// Named example inputs.
pub const EXAMPLES: &str = include_str!("examples.json");
/// The input JSON Schema.
pub const INPUT_SCHEMA: &str = include_str!("input.schema.json");
/// The output JSON Schema.
pub const OUTPUT_SCHEMA: &str = include_str!("output.schema.json");
/// The UI hints.
pub const UI_HINTS: &str = include_str!("ui_hints.json");

/// Builds the descriptor.
pub fn descriptor() -> Descriptor {
    let data = |text: &str| serde_json::from_str(text).unwrap_or_default();
    Descriptor {
        name: "plaid.webhook.verify",
        version: env!("CARGO_PKG_VERSION"),
        title: "Plaid: Verify webhook",
        description: DESCRIPTION,
        documentation_url: "https://plaid.com/docs/api/webhooks/webhook-verification/",
        endpoint: "POST /webhook_verification_key/get",
        input_schema: data(INPUT_SCHEMA),
        output_schema: data(OUTPUT_SCHEMA),
        ui_hints: data(UI_HINTS),
        examples: data(EXAMPLES),
        settings_schema: data(plaid_common::settings::SCHEMA),
        origins: origins(),
        credentials: CREDENTIALS,
        defaults: TaskDefaults {
            retry_count: 2,
            retry_logic: "EXPONENTIAL_BACKOFF",
            retry_delay_seconds: 2,
            timeout_seconds: 30,
            response_timeout_seconds: 15,
        },
    }
}
