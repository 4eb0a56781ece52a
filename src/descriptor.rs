//! The descriptor: schemas, UI hints, examples and engine defaults.

use serde_json::{json, Value};

use crate::fields::{IDENTITY, ROOT, ROOT_FIELDS};
use crate::report_fields::{CONTRACT_DEVIATIONS, RESPONSE, SUMMARY};
pub use plaid_common::descriptor::{
    node_schema, origins, Descriptor, TaskDefaults, CREDENTIALS, SCHEMA_DIALECT,
};

const DESCRIPTION: &str =
    "Retrieves the Partner Insights of a user's Plaid Check consumer report: \
Prism Data scores (CashScore, FirstDetect, Extend, Detect, Insights) and UltraFICO scores. \
Follows Plaid's contract as of OAS 1.778.0 (API version 2020-09-14). \
Configure Partner Insights when the report is created (/cra/check_report/create or Link); \
the request-time partner_insights and options are deprecated and refused for Plaid clients \
created on or after 2026-07-01. Prism versions: if prism_versions is omitted, Plaid uses the \
client's configured default (v3 if none is configured); products left out of a partial list \
are not generated. A 2xx carrying a report always succeeds: differences from the contract are \
listed in contract_deviations. Errors say whether to wait (report not ready), retry later \
(rate limit, outage), create a new report (expired, Item needs repair), or fix the input.";

/// Builds the descriptor.
pub fn descriptor() -> Descriptor {
    Descriptor {
        name: "plaid.cra.check_report.partner_insights.get",
        version: env!("CARGO_PKG_VERSION"),
        title: "Plaid Check: Partner Insights",
        description: DESCRIPTION,
        documentation_url:
            "https://plaid.com/docs/api/products/check/#cracheck_reportpartner_insightsget",
        endpoint: "POST /cra/check_report/partner_insights/get",
        input_schema: input_schema(),
        output_schema: output_schema(),
        ui_hints: ui_hints(),
        examples: examples(),
        settings_schema: serde_json::from_str(crate::settings::SCHEMA).unwrap_or_default(),
        origins: origins(),
        credentials: CREDENTIALS,
        defaults: TaskDefaults {
            retry_count: 3,
            retry_logic: "EXPONENTIAL_BACKOFF",
            retry_delay_seconds: 5,
            timeout_seconds: 120,
            response_timeout_seconds: 45,
        },
    }
}

/// The input JSON Schema, derived from the field tree.
pub fn input_schema() -> Value {
    plaid_common::descriptor::input_schema(&ROOT, "Partner Insights request", &IDENTITY)
}

/// UI hints: field order, widgets, secrets and deprecated paths, from the field tree.
pub fn ui_hints() -> Value {
    // The fixed hints are data, not `json!` code: the component stays smaller.
    plaid_common::descriptor::ui_hints(ROOT_FIELDS, UI_HINTS)
}

/// The fixed part of the UI hints (`src/ui_hints.json`).
const UI_HINTS: &str = include_str!("ui_hints.json");

/// Named example inputs (`src/examples.json`, kept as data so it costs no code).
pub const EXAMPLES: &str = include_str!("examples.json");

/// Named example inputs as a value.
pub fn examples() -> Value {
    // A test checks that the file parses; no `expect` here (its `Debug` formatting of
    // the error would cost the component several KB).
    serde_json::from_str(EXAMPLES).unwrap_or_default()
}

/// The output JSON Schema: what `parse` produces for a 2xx, derived from the response,
/// summary and deviation trees. Outputs match it exactly when `contract_deviations` is
/// empty.
pub fn output_schema() -> Value {
    let mut schema = node_schema(&RESPONSE);
    let object = schema.as_object_mut().expect("the response is an object");
    object.insert("$schema".into(), json!(SCHEMA_DIALECT));
    object.insert("title".into(), json!("Partner Insights outputs"));
    object.insert(
        "required".into(),
        json!([
            "request_id",
            "report",
            "warnings",
            "summary",
            "contract_deviations"
        ]),
    );
    let properties = object["properties"]
        .as_object_mut()
        .expect("the response has properties");
    properties.insert("summary".into(), node_schema(&SUMMARY));
    properties.insert(
        "contract_deviations".into(),
        node_schema(&CONTRACT_DEVIATIONS),
    );
    schema
}
