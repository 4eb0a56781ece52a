//! The step input model: Plaid's `CraCheckReportCreateRequest` (OAS 1.778.0, as shipped
//! in plaid-python 46.0.0) as a static field tree ([`plaid_common::model`]), with every
//! option object the model has. The validator and the input JSON Schema are both
//! derived from it.

use plaid_common::identity::IdentityRule;
use plaid_common::insights::PARTNER_INSIGHTS_FIELDS;
use plaid_common::model::{
    deprecated, field, identity, list, node, nullable, one_of, required, Field, Node, Shape,
    CLIENT_ID_FIELD, SECRET_FIELD, STR, TOKEN,
};

/// `consumer_report_permissible_purpose` (Plaid's `ConsumerReportPermissiblePurpose`).
pub const PERMISSIBLE_PURPOSES: &[&str] = &[
    "ACCOUNT_REVIEW_CREDIT",
    "ACCOUNT_REVIEW_NON_CREDIT",
    "EXTENSION_OF_CREDIT",
    "LEGITIMATE_BUSINESS_NEED_TENANT_SCREENING",
    "LEGITIMATE_BUSINESS_NEED_OTHER",
    "WRITTEN_INSTRUCTION_PREQUALIFICATION",
    "WRITTEN_INSTRUCTION_OTHER",
    "ELIGIBILITY_FOR_GOVT_BENEFITS",
];

/// `products[]` (Plaid's `Products`, all 40 values of the model).
pub const PRODUCTS: &[&str] = &[
    "assets",
    "auth",
    "balance",
    "balance_plus",
    "beacon",
    "identity",
    "identity_match",
    "investments",
    "investments_auth",
    "liabilities",
    "payment_initiation",
    "identity_verification",
    "transactions",
    "credit_details",
    "income",
    "income_verification",
    "standing_orders",
    "transfer",
    "employment",
    "recurring_transactions",
    "transactions_refresh",
    "signal",
    "statements",
    "processor_payments",
    "processor_identity",
    "profile",
    "cra_base_report",
    "cra_income_insights",
    "cra_partner_insights",
    "cra_network_insights",
    "cra_cashflow_insights",
    "cra_monitoring",
    "cra_lend_score",
    "cra_plaid_credit_score",
    "cra_qualify",
    "cra_home_lending",
    "layer",
    "pay_by_bank",
    "protect_linked_bank",
    "protect_transactions",
];

/// The largest `days_requested` (the model's `inclusive_maximum`).
pub const MAX_DAYS_REQUESTED: u32 = 731;
/// The smallest history Plaid requests, whatever `days_requested` says.
pub const MIN_DAYS_REQUESTED: i64 = 180;
/// The largest `days_required`.
pub const MAX_DAYS_REQUIRED: u32 = 184;

const PRODUCT: Node = node(one_of(PRODUCTS), "A product to generate.");

const GSE_REPORT_TYPE: Node = node(one_of(&["VOA", "EMPLOYMENT_REFRESH"]), "A GSE report type.");

const GSE_OPTIONS: &[Field] = &[required(
    "report_types",
    node(
        list(&GSE_REPORT_TYPE),
        "Which types of reports should be made available to GSEs.",
    ),
)];

const HOME_LENDING_REPORT: Node = node(
    one_of(&["VOA", "EMPLOYMENT_REFRESH", "INCOME"]),
    "A home lending report type.",
);

const EMPLOYMENT_REFRESH_OPTIONS: &[Field] = &[required(
    "days_requested",
    node(
        Shape::IntAtMost(MAX_DAYS_REQUESTED),
        "Days of data to request for the Employment Refresh report (required when one is requested; at most 731).",
    ),
)];

const HOME_LENDING_OPTIONS: &[Field] = &[
    required(
        "reports_requested",
        node(
            list(&HOME_LENDING_REPORT),
            "Which types of home lending reports to generate.",
        ),
    ),
    field(
        "employment_refresh_options",
        nullable(
            Shape::Object(EMPLOYMENT_REFRESH_OPTIONS),
            "Options for the Employment Refresh report.",
        ),
    ),
];

const BASE_REPORT_OPTIONS: &[Field] = &[
    field(
        "client_report_id",
        deprecated(
            STR,
            "Deprecated: use the top-level client_report_id.",
            &"client_report_id",
        ),
    ),
    field(
        "gse_options",
        nullable(
            Shape::Object(GSE_OPTIONS),
            "Options for reports shared with GSEs (Fannie Mae, Freddie Mac).",
        ),
    ),
    field(
        "require_identity",
        nullable(
            Shape::Bool,
            "The report must include identity information; if none is available, the report fails.",
        ),
    ),
    field(
        "home_lending_report_options",
        nullable(
            Shape::Object(HOME_LENDING_OPTIONS),
            "Options for home lending reports.",
        ),
    ),
];

const CASHFLOW_INSIGHTS_OPTIONS: &[Field] = &[field(
    "attributes_version",
    nullable(
        one_of(&["v1.0", "v2.0", "CFI1"]),
        "The version of cash flow attributes.",
    ),
)];

const LEND_SCORE_OPTIONS: &[Field] = &[field(
    "lend_score_version",
    nullable(
        one_of(&["v1.0", "v2.0", "LS1"]),
        "The version of the LendScore.",
    ),
)];

const NETWORK_INSIGHTS_OPTIONS: &[Field] = &[field(
    "network_insights_version",
    nullable(one_of(&["NI1"]), "The version of Network Insights."),
)];

const CATEGORY: Node = node(STR, "An income category.");

const INCOME_INSIGHTS_FILTER: &[Field] = &[
    required(
        "included_categories",
        node(
            list(&CATEGORY),
            "Includes income streams matching these categories.",
        ),
    ),
    field(
        "excluded_categories",
        node(
            list(&CATEGORY),
            "Excludes income streams matching these categories.",
        ),
    ),
];

const INCOME_INSIGHTS_OPTIONS: &[Field] = &[
    required(
        "income_insights_version",
        nullable(one_of(&["II2"]), "The version of Income Insights."),
    ),
    field(
        "income_insights_filter",
        nullable(
            Shape::Object(INCOME_INSIGHTS_FILTER),
            "Which income streams to include or exclude.",
        ),
    ),
];

/// The identity members; one of them (as a string) identifies the user.
pub const IDENTITY_FIELDS: &[&str] = &["user_id", "user_token"];

/// The step's identity rule (see [`plaid_common::identity`]).
pub const IDENTITY: IdentityRule = IdentityRule {
    fields: IDENTITY_FIELDS,
    missing: "a user is required: set user_id (usr_…, from /user/create) or user_token (older integrations)",
    expected: "one of user_id, user_token",
};

/// The root of the step input: Plaid's `CraCheckReportCreateRequest`.
pub const ROOT_FIELDS: &[Field] = &[
    required(
        "webhook",
        node(
            TOKEN,
            "The URL Plaid sends the CHECK_REPORT webhooks to (READY or FAILED): the workflow's webhook endpoint, e.g. https://hooks.example.com/plaid.",
        ),
    ),
    required(
        "days_requested",
        node(
            Shape::IntAtMost(MAX_DAYS_REQUESTED),
            "Days of transaction history to request: at most 731; Plaid requests at least 180 whatever is given.",
        ),
    ),
    required(
        "consumer_report_permissible_purpose",
        node(
            one_of(PERMISSIBLE_PURPOSES),
            "Why the consumer report is requested (the FCRA permissible purpose).",
        ),
    ),
    field(
        "user_id",
        identity("The Plaid user ID (usr_…) from /user/create. One of user_id or user_token is needed."),
    ),
    field(
        "user_token",
        identity("The user token from /user/create, for integrations older than user_id."),
    ),
    CLIENT_ID_FIELD,
    SECRET_FIELD,
    field(
        "days_required",
        node(
            Shape::IntAtMost(MAX_DAYS_REQUIRED),
            "The minimum days of data the report needs to be generated (at most 184).",
        ),
    ),
    field(
        "client_report_id",
        nullable(
            STR,
            "Your identifier for the report, e.g. the loan application's.",
        ),
    ),
    field(
        "products",
        nullable(
            Shape::Array {
                item: &PRODUCT,
                min: 1,
                max: None,
            },
            "Products to generate with the report (besides the Base Report), ready before the success webhook. cra_partner_insights generates Partner Insights now and is billed; the others are billed when fetched.",
        ),
    ),
    field(
        "partner_insights",
        nullable(
            Shape::Object(PARTNER_INSIGHTS_FIELDS),
            "Partner Insights configuration (Prism versions, FICO): where Plaid clients created on or after 2026-07-01 must configure it.",
        ),
    ),
    field(
        "base_report",
        nullable(
            Shape::Object(BASE_REPORT_OPTIONS),
            "Options for the Base Report.",
        ),
    ),
    field(
        "include_investments",
        nullable(
            Shape::Bool,
            "Extract investment data from the linked accounts.",
        ),
    ),
    field(
        "cashflow_insights",
        nullable(
            Shape::Object(CASHFLOW_INSIGHTS_OPTIONS),
            "Options for Cash Flow Insights.",
        ),
    ),
    field(
        "lend_score",
        nullable(Shape::Object(LEND_SCORE_OPTIONS), "Options for the LendScore."),
    ),
    field(
        "network_insights",
        nullable(
            Shape::Object(NETWORK_INSIGHTS_OPTIONS),
            "Options for Network Insights.",
        ),
    ),
    field(
        "income_insights",
        nullable(
            Shape::Object(INCOME_INSIGHTS_OPTIONS),
            "Options for Income Insights.",
        ),
    ),
];

/// The root node of the step input.
pub const ROOT: Node = node(
    Shape::Object(ROOT_FIELDS),
    "Request body of POST /cra/check_report/create.",
);
