//! The step input model: Plaid's `CraCheckReportPartnerInsightsGetRequest` (OAS
//! 1.778.0) as a static field tree ([`plaid_common::model`]).
//!
//! Both the validator (`input`) and the input JSON Schema (`descriptor`) are derived
//! from this one tree, so they cannot drift apart.

use plaid_common::identity::IdentityRule;
pub use plaid_common::insights::{
    BASE_FICO_VERSIONS, BUREAUS, PRISM_VERSIONS_DOC, PRISM_VERSION_KEYS, ULTRAFICO_VERSIONS,
};
use plaid_common::insights::{PARTNER_INSIGHTS_FIELDS, PRISM_VERSION_FIELDS};
pub use plaid_common::model::{
    deprecated, field, node, noticed, nullable, required, Deprecation, Field, Node, Notice, Shape,
    SECRET_FIELDS,
};
use plaid_common::model::{identity, CLIENT_ID_FIELD, SECRET_FIELD};

/// `user_tier` values (besides `null`).
pub const USER_TIERS: &[&str] = &["free", "paid"];

const OPTIONS_FIELDS: &[Field] = &[field(
    "prism_versions",
    deprecated(
        Shape::Object(PRISM_VERSION_FIELDS),
        "Deprecated: the versions of Prism products to evaluate.",
        &"partner_insights.prism_versions",
    ),
)];

/// Where Plaid wants Partner Insights configured instead of at request time.
pub const REQUEST_TIME_ADVICE: &str = "configure Partner Insights when the report is created (/cra/check_report/create with cra_partner_insights in products) or in Link (credit_partner_insights) instead; the step setting request_time_config (send, omit, refuse) decides what is sent";

/// The identity members; any one of them (as a string) identifies the user.
pub const IDENTITY_FIELDS: &[&str] = &["user_id", "user_token", "third_party_user_token"];

/// The step's identity rule (see [`plaid_common::identity`]).
pub const IDENTITY: IdentityRule = IdentityRule {
    fields: IDENTITY_FIELDS,
    missing: "a user is required: set user_id (usr_…), user_token (older integrations) or third_party_user_token",
    expected: "one of user_id, user_token, third_party_user_token",
};

/// The warning every request-time configuration member gives.
pub static REQUEST_TIME_NOTICE: Notice = Notice {
    code: "request_time_config_deprecated",
    text: "is request-time configuration, deprecated by Plaid (OAS 1.700.0) and not accepted for Plaid clients created on or after 2026-07-01: ",
    advice: REQUEST_TIME_ADVICE,
};

/// A request-time configuration member: deprecated with the 2026-07-01 cut-off.
const fn request_time(shape: Shape, nullable: bool, doc: &'static str) -> Node {
    noticed(shape, nullable, doc, &REQUEST_TIME_NOTICE)
}

/// The request-time configuration members (see [`REQUEST_TIME_NOTICE`]).
pub const REQUEST_TIME_FIELDS: &[&str] = &["partner_insights", "options"];

/// The root of the step input: Plaid's `CraCheckReportPartnerInsightsGetRequest`.
pub const ROOT_FIELDS: &[Field] = &[
    field(
        "user_id",
        identity("The Plaid user ID (usr_…) from /user/create. One of user_id, user_token or third_party_user_token is needed."),
    ),
    field(
        "user_token",
        identity("The user token from /user/create, for integrations older than user_id."),
    ),
    field(
        "third_party_user_token",
        identity("The third-party user token issued for this user."),
    ),
    CLIENT_ID_FIELD,
    SECRET_FIELD,
    field(
        "user_tier",
        nullable(
            Shape::Enum {
                values: USER_TIERS,
                numeric: false,
            },
            "The user's tier.",
        ),
    ),
    field(
        "partner_insights",
        request_time(
            Shape::Object(PARTNER_INSIGHTS_FIELDS),
            false,
            "Deprecated request-time configuration (Prism versions, FICO). Plaid refuses it for clients created on or after 2026-07-01: configure Partner Insights at /cra/check_report/create or in Link (see the request_time_config setting).",
        ),
    ),
    field(
        "options",
        request_time(
            Shape::Object(OPTIONS_FIELDS),
            true,
            "Deprecated request-time configuration (Prism versions only); refused like partner_insights for clients created on or after 2026-07-01.",
        ),
    ),
];

/// The root node of the step input.
pub const ROOT: Node = node(
    Shape::Object(ROOT_FIELDS),
    "Request body of POST /cra/check_report/partner_insights/get.",
);
