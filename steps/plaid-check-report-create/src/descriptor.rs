//! The descriptor: schemas, UI hints, examples and engine defaults.

use serde_json::{json, Value};

use crate::fields::{IDENTITY, ROOT, ROOT_FIELDS};
use crate::response::OUTPUT_FIELDS;
use plaid_common::descriptor::{
    input_schema, node_schema, origins, ui_hints, Descriptor, TaskDefaults, CREDENTIALS,
    SCHEMA_DIALECT,
};
use plaid_common::model::{node, Shape};

const DESCRIPTION: &str = "Creates a user's Plaid Check consumer report (the Base Report, and the products listed in products). \
Plaid generates it in the background and announces it with a signed webhook to the webhook URL: \
USER_CHECK_REPORT_READY (user_id users) or CHECK_REPORT_READY (user_token users) when it is ready, \
..._FAILED when it is not; verify that webhook with the plaid_webhook_verify step, then fetch the report's \
Partner Insights with plaid_partner_insights. Plaid clients created on or after 2026-07-01 configure Partner \
Insights here (partner_insights, with cra_partner_insights in products), not at request time. \
Follows Plaid's contract as of OAS 1.778.0 (API version 2020-09-14). Not idempotent: each successful call \
starts a new report (and, with cra_partner_insights, a new billable Partner Insights), so retries are kept to one.";

/// Named example inputs (`src/examples.json`, kept as data so it costs no code).
pub const EXAMPLES: &str = include_str!("examples.json");

/// The fixed part of the UI hints (`src/ui_hints.json`).
const UI_HINTS: &str = include_str!("ui_hints.json");

/// Builds the descriptor.
pub fn descriptor() -> Descriptor {
    Descriptor {
        name: "plaid.cra.check_report.create",
        version: env!("CARGO_PKG_VERSION"),
        title: "Plaid Check: Create Check Report",
        description: DESCRIPTION,
        documentation_url: "https://plaid.com/docs/api/products/check/#cracheck_reportcreate",
        endpoint: "POST /cra/check_report/create",
        input_schema: input_schema(&ROOT, "Check Report create request", &IDENTITY),
        output_schema: output_schema(),
        ui_hints: ui_hints(ROOT_FIELDS, UI_HINTS),
        examples: serde_json::from_str(EXAMPLES).unwrap_or_default(),
        settings_schema: serde_json::from_str(plaid_common::settings::SCHEMA).unwrap_or_default(),
        origins: origins(),
        credentials: CREDENTIALS,
        defaults: TaskDefaults {
            retry_count: 1,
            retry_logic: "EXPONENTIAL_BACKOFF",
            retry_delay_seconds: 10,
            timeout_seconds: 90,
            response_timeout_seconds: 45,
        },
    }
}

/// The output JSON Schema, derived from the outputs' model.
pub fn output_schema() -> Value {
    let mut schema = node_schema(&node(Shape::Object(OUTPUT_FIELDS), ""));
    let object = schema.as_object_mut().expect("the outputs are an object");
    object.insert("$schema".into(), json!(SCHEMA_DIALECT));
    object.insert("title".into(), json!("Check Report create outputs"));
    schema
}
