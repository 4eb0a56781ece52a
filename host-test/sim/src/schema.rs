//! The request fields each endpoint recognizes (from the plaid-python 46.0.0 models),
//! and the walk that names every other one (`UNKNOWN_FIELDS`).

use serde_json::{Map, Value};

use crate::fixtures::Failure;

/// One recognized member and what it may hold.
pub(crate) struct Field {
    name: &'static str,
    shape: Shape,
}

/// What a recognized member holds, as far as unknown fields go.
enum Shape {
    /// A value whose inside is not checked (strings, numbers, lists of strings).
    Leaf,
    /// An object with these members.
    Object(&'static [Field]),
    /// A list of objects with these members.
    ListOf(&'static [Field]),
}

const fn leaf(name: &'static str) -> Field {
    Field {
        name,
        shape: Shape::Leaf,
    }
}

const fn object(name: &'static str, fields: &'static [Field]) -> Field {
    Field {
        name,
        shape: Shape::Object(fields),
    }
}

const fn list_of(name: &'static str, fields: &'static [Field]) -> Field {
    Field {
        name,
        shape: Shape::ListOf(fields),
    }
}

/// PrismVersions.
const PRISM_VERSIONS: &[Field] = &[
    leaf("detect"),
    leaf("firstdetect"),
    leaf("cashscore"),
    leaf("extend"),
    leaf("insights"),
];

/// CraPartnerInsightsBaseFicoScore.
const BASE_FICO_SCORE: &[Field] = &[
    leaf("bureau"),
    leaf("score"),
    leaf("base_fico_score_version"),
    leaf("reason_codes"),
    leaf("reason_code_1"),
    leaf("reason_code_2"),
    leaf("reason_code_3"),
    leaf("reason_code_4"),
    leaf("did_inquiries_adversely_affect_score"),
];

/// CraPartnerInsightsUltraFicoScoreRequest.
const ULTRAFICO_SCORE_REQUEST: &[Field] = &[
    leaf("ultrafico_score_version"),
    leaf("request_correlation_id"),
    leaf("fico_scoring_request_id"),
    object("base_fico_score", BASE_FICO_SCORE),
];

/// CraPartnerInsightsFicoInput.
const FICO: &[Field] = &[
    leaf("fico_lender_id"),
    leaf("lender_application_id"),
    list_of("ultrafico_score_requests", ULTRAFICO_SCORE_REQUEST),
];

/// The `partner_insights` options, the same in both requests.
const PARTNER_INSIGHTS: &[Field] = &[
    object("prism_versions", PRISM_VERSIONS),
    object("fico", FICO),
];

/// CraCheckReportPartnerInsightsGetRequest.
pub(crate) const PARTNER_INSIGHTS_REQUEST: &[Field] = &[
    leaf("client_id"),
    leaf("secret"),
    leaf("user_id"),
    leaf("user_token"),
    leaf("third_party_user_token"),
    leaf("user_tier"),
    object("partner_insights", PARTNER_INSIGHTS),
    object("options", &[object("prism_versions", PRISM_VERSIONS)]),
];

/// CraCheckReportCreateBaseReportOptions.
const BASE_REPORT: &[Field] = &[
    leaf("client_report_id"),
    object("gse_options", &[leaf("report_types")]),
    leaf("require_identity"),
    object(
        "home_lending_report_options",
        &[
            leaf("reports_requested"),
            object("employment_refresh_options", &[leaf("days_requested")]),
        ],
    ),
];

/// CraCheckReportCreateIncomeInsightsOptions.
const INCOME_INSIGHTS: &[Field] = &[
    leaf("income_insights_version"),
    object(
        "income_insights_filter",
        &[leaf("included_categories"), leaf("excluded_categories")],
    ),
];

/// CraCheckReportCreateRequest.
pub(crate) const CREATE_REQUEST: &[Field] = &[
    leaf("webhook"),
    leaf("days_requested"),
    leaf("consumer_report_permissible_purpose"),
    leaf("client_id"),
    leaf("secret"),
    leaf("user_id"),
    leaf("user_token"),
    leaf("days_required"),
    leaf("client_report_id"),
    leaf("products"),
    object("base_report", BASE_REPORT),
    object("cashflow_insights", &[leaf("attributes_version")]),
    object("partner_insights", PARTNER_INSIGHTS),
    object("lend_score", &[leaf("lend_score_version")]),
    object("network_insights", &[leaf("network_insights_version")]),
    leaf("include_investments"),
    object("income_insights", INCOME_INSIGHTS),
];

/// WebhookVerificationKeyGetRequest.
pub(crate) const KEY_REQUEST: &[Field] = &[leaf("key_id"), leaf("client_id"), leaf("secret")];

/// UNKNOWN_FIELDS naming every member of `body` that `fields` does not recognize.
pub(crate) fn check_unknown(body: &Map<String, Value>, fields: &[Field]) -> Result<(), Failure> {
    let unknown = unknown_fields(body, fields);
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Failure::new(
        "UNKNOWN_FIELDS",
        format!(
            "the following fields are not recognized by this endpoint: {}",
            unknown.join(", ")
        ),
    ))
}

/// Dotted paths of every member of `body` that `fields` does not recognize: first this
/// level's, in body order, then those inside each recognized member, in `fields` order.
pub(crate) fn unknown_fields(body: &Map<String, Value>, fields: &[Field]) -> Vec<String> {
    let mut unknown = Vec::new();
    walk(body, fields, "", &mut unknown);
    unknown
}

fn walk(object: &Map<String, Value>, fields: &[Field], prefix: &str, unknown: &mut Vec<String>) {
    for key in object.keys() {
        if !fields.iter().any(|f| f.name == key) {
            unknown.push(format!("{prefix}{key}"));
        }
    }
    for field in fields {
        let Some(value) = object.get(field.name) else {
            continue;
        };
        match field.shape {
            Shape::Leaf => {}
            Shape::Object(inner) => {
                if let Some(member) = value.as_object() {
                    walk(member, inner, &format!("{prefix}{}.", field.name), unknown);
                }
            }
            Shape::ListOf(inner) => {
                let items = value.as_array().into_iter().flatten().enumerate();
                for (i, item) in items {
                    if let Some(item) = item.as_object() {
                        let at = format!("{prefix}{}[{i}].", field.name);
                        walk(item, inner, &at, unknown);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn unknown(body: Value, fields: &[Field]) -> Vec<String> {
        unknown_fields(body.as_object().unwrap(), fields)
    }

    #[test]
    fn partner_insights_paths_come_level_by_level_as_before() {
        let body = json!({
            "partner_insights": {
                "x": 1,
                "fico": { "ultrafico_score_requests": [{ "base_fico_score": { "y": 1 }, "z": 1 }] }
            },
            "options": { "prism_versions": { "w": 1 } },
            "top": 1
        });
        assert_eq!(
            unknown(body, PARTNER_INSIGHTS_REQUEST),
            [
                "top",
                "partner_insights.x",
                "partner_insights.fico.ultrafico_score_requests[0].z",
                "partner_insights.fico.ultrafico_score_requests[0].base_fico_score.y",
                "options.prism_versions.w",
            ]
        );
    }

    #[test]
    fn create_nested_options_are_checked() {
        let body = json!({
            "base_report": { "home_lending_report_options": { "employment_refresh_options": { "days": 1 } } },
            "income_insights": { "income_insights_filter": { "included_categories": [], "other": 1 } }
        });
        assert_eq!(
            unknown(body, CREATE_REQUEST),
            [
                "base_report.home_lending_report_options.employment_refresh_options.days",
                "income_insights.income_insights_filter.other",
            ]
        );
    }
}
