//! The step input model: the Plaid request body as a static field tree.
//!
//! Both the validator (`input`) and the input JSON Schema (`descriptor`) are derived
//! from this one tree, so they cannot drift apart.

/// The value shape a field accepts.
#[derive(Debug)]
pub enum Shape {
    /// A JSON string. `printable` refuses control characters (identifiers and
    /// credentials, which travel in headers or are matched byte for byte by Plaid).
    Str {
        /// Whether control characters (Unicode `Cc`) are refused.
        printable: bool,
    },
    /// A JSON integer (a number with no fractional part, as JSON Schema defines it).
    Int,
    /// A JSON boolean.
    Bool,
    /// One of a fixed set of strings. `numeric` marks enums whose values Plaid's
    /// spec snapshot wrote as bare numbers: a number equal to a value is accepted and
    /// normalized to its string form, with a warning.
    Enum {
        /// Allowed values.
        values: &'static [&'static str],
        /// Whether a JSON number spelling of a value is normalized to the string.
        numeric: bool,
    },
    /// A JSON object with exactly these fields (unknown fields are errors).
    Object(&'static [Field]),
    /// A JSON object with at least these fields checked; others are kept as they are.
    Open(&'static [Field]),
    /// Any JSON number.
    Number,
    /// Any JSON value.
    Any,
    /// A JSON array.
    Array {
        /// The item shape.
        item: &'static Node,
        /// Minimum item count.
        min: u16,
        /// Maximum item count, if bounded.
        max: Option<u16>,
    },
}

/// Why a field is deprecated, which decides the warning `validate` gives.
#[derive(Debug)]
pub enum Deprecation {
    /// Replaced by another field (warning code `deprecated`, naming the replacement;
    /// a thin reference keeps every node of the model trees small).
    ReplacedBy(&'static &'static str),
    /// Request-time Partner Insights configuration, deprecated by Plaid in OAS 1.700.0
    /// and refused for clients created on or after 2026-07-01 (warning code
    /// `request_time_config_deprecated`).
    RequestTimeConfig,
}

/// A value position in the tree.
#[derive(Debug)]
pub struct Node {
    /// Accepted shape.
    pub shape: Shape,
    /// Whether JSON `null` is accepted.
    pub nullable: bool,
    /// Description shown in the reference and the form.
    pub doc: &'static str,
    /// Deprecated: accepted, with a warning.
    pub deprecated: Option<Deprecation>,
    /// A credential: `writeOnly`, shown as a password field, masked everywhere.
    pub secret: bool,
}

/// A named member of an object.
#[derive(Debug)]
pub struct Field {
    /// JSON member name.
    pub name: &'static str,
    /// Whether the member must be present.
    pub required: bool,
    /// The member's value.
    pub node: Node,
}

/// A non-nullable node.
pub(crate) const fn node(shape: Shape, doc: &'static str) -> Node {
    Node {
        shape,
        nullable: false,
        doc,
        deprecated: None,
        secret: false,
    }
}

/// A node that also accepts `null`.
pub(crate) const fn nullable(shape: Shape, doc: &'static str) -> Node {
    Node {
        nullable: true,
        ..node(shape, doc)
    }
}

const fn deprecated(shape: Shape, doc: &'static str, replacement: &'static &'static str) -> Node {
    Node {
        nullable: true,
        deprecated: Some(Deprecation::ReplacedBy(replacement)),
        ..node(shape, doc)
    }
}

/// A request-time configuration member: deprecated with the 2026-07-01 cut-off.
const fn request_time(shape: Shape, nullable: bool, doc: &'static str) -> Node {
    Node {
        nullable,
        deprecated: Some(Deprecation::RequestTimeConfig),
        ..node(shape, doc)
    }
}

/// An optional member.
pub(crate) const fn field(name: &'static str, node: Node) -> Field {
    Field {
        name,
        required: false,
        node,
    }
}

/// A required member.
pub(crate) const fn required(name: &'static str, node: Node) -> Field {
    Field {
        name,
        required: true,
        node,
    }
}

/// Any string: the contract sets no minimum length or pattern anywhere in the request.
const STR: Shape = Shape::Str { printable: false };
/// An identifier or credential: a string without control characters.
const TOKEN: Shape = Shape::Str { printable: true };

const fn version_enum(values: &'static [&'static str]) -> Shape {
    Shape::Enum {
        values,
        numeric: true,
    }
}

/// Allowed UltraFICO versions.
pub const ULTRAFICO_VERSIONS: &[&str] = &["1.0"];
/// Allowed base FICO score versions (the seed's plus the spec's `"10"`).
pub const BASE_FICO_VERSIONS: &[&str] = &["10T", "10", "9", "8"];
/// Credit bureaus.
pub const BUREAUS: &[&str] = &["EXPERIAN", "EQUIFAX", "TRANSUNION"];
/// `user_tier` values (besides `null`).
pub const USER_TIERS: &[&str] = &["free", "paid"];

/// The five Prism version keys and their allowed values (besides `null`).
pub const PRISM_VERSION_KEYS: &[(&str, &[&str], &str)] = &[
    ("detect", &["4.1", "4"], "Prism Detect version."),
    ("firstdetect", &["3"], "Prism FirstDetect version."),
    (
        "cashscore",
        &["4.1", "4", "3_lite", "3"],
        "Prism CashScore version.",
    ),
    ("extend", &["4.1", "4"], "Prism Extend version."),
    ("insights", &["4.1", "4", "3"], "Prism Insights version."),
];

/// What Plaid does with Prism versions (OAS 1.778.0), shown on `prism_versions`.
pub const PRISM_VERSIONS_DOC: &str = "The Prism products to generate and their versions, sent as strings (\"4.1\", \"4\", \"3_lite\", \"3\"). If prism_versions is omitted entirely, Plaid uses the client's configured default Prism version (v3 if none is configured; FirstDetect only when that default is v3 or unset). If some versions are given, the products left out are not generated.";

const fn prism_version(i: usize) -> Field {
    let (name, values, doc) = PRISM_VERSION_KEYS[i];
    field(name, nullable(version_enum(values), doc))
}

const PRISM_VERSION_FIELDS: &[Field] = &[
    prism_version(0),
    prism_version(1),
    prism_version(2),
    prism_version(3),
    prism_version(4),
];

const REASON_CODE_DOC: &str = "Deprecated single reason code; use reason_codes.";

const BASE_FICO_SCORE_FIELDS: &[Field] = &[
    required(
        "bureau",
        node(
            Shape::Enum {
                values: BUREAUS,
                numeric: false,
            },
            "Credit bureau that produced the base FICO score.",
        ),
    ),
    required(
        "score",
        node(Shape::Int, "Numeric value of the base FICO score."),
    ),
    required(
        "base_fico_score_version",
        node(
            Shape::Enum {
                values: BASE_FICO_VERSIONS,
                numeric: true,
            },
            "Version of the base FICO score.",
        ),
    ),
    field(
        "reason_codes",
        node(
            Shape::Array {
                item: &node(STR, "A reason code."),
                min: 0,
                max: Some(4),
            },
            "Reason codes of the base FICO score, at most 4.",
        ),
    ),
    field(
        "reason_code_1",
        deprecated(STR, REASON_CODE_DOC, &"reason_codes"),
    ),
    field(
        "reason_code_2",
        deprecated(STR, REASON_CODE_DOC, &"reason_codes"),
    ),
    field(
        "reason_code_3",
        deprecated(STR, REASON_CODE_DOC, &"reason_codes"),
    ),
    field(
        "reason_code_4",
        deprecated(STR, REASON_CODE_DOC, &"reason_codes"),
    ),
    field(
        "did_inquiries_adversely_affect_score",
        nullable(
            Shape::Bool,
            "Whether credit inquiries adversely affected the base score.",
        ),
    ),
];

const ULTRAFICO_REQUEST_FIELDS: &[Field] = &[
    required(
        "ultrafico_score_version",
        node(
            Shape::Enum {
                values: ULTRAFICO_VERSIONS,
                numeric: true,
            },
            "The version of the UltraFICO score.",
        ),
    ),
    field(
        "request_correlation_id",
        node(
            STR,
            "Client-generated identifier to correlate scoring requests and results.",
        ),
    ),
    field(
        "fico_scoring_request_id",
        node(
            STR,
            "FICO identifier for a scoring request; only provided by UltraFICO in the FICO-led flow.",
        ),
    ),
    required(
        "base_fico_score",
        node(
            Shape::Object(BASE_FICO_SCORE_FIELDS),
            "The base FICO score this UltraFICO request builds on.",
        ),
    ),
];

const ULTRAFICO_REQUEST: Node = node(
    Shape::Object(ULTRAFICO_REQUEST_FIELDS),
    "Configuration required to generate a single UltraFICO score.",
);

const FICO_FIELDS: &[Field] = &[
    required(
        "fico_lender_id",
        node(
            STR,
            "ID provided by FICO that uniquely identifies the lender (Lender Org ID).",
        ),
    ),
    required(
        "lender_application_id",
        node(
            STR,
            "Client-generated identifier of the FICO application across FICO systems.",
        ),
    ),
    required(
        "ultrafico_score_requests",
        node(
            Shape::Array {
                item: &ULTRAFICO_REQUEST,
                min: 0,
                max: None,
            },
            "UltraFICO scoring requests, one per score wanted.",
        ),
    ),
];

const PARTNER_INSIGHTS_FIELDS: &[Field] = &[
    field(
        "prism_versions",
        nullable(Shape::Object(PRISM_VERSION_FIELDS), PRISM_VERSIONS_DOC),
    ),
    field(
        "fico",
        nullable(
            Shape::Object(FICO_FIELDS),
            "Configuration for FICO products (UltraFICO).",
        ),
    ),
];

const OPTIONS_FIELDS: &[Field] = &[field(
    "prism_versions",
    deprecated(
        Shape::Object(PRISM_VERSION_FIELDS),
        "Deprecated: the versions of Prism products to evaluate.",
        &"partner_insights.prism_versions",
    ),
)];

/// An identity member: a printable string; `null` is accepted and never sent.
const fn identity(doc: &'static str) -> Node {
    nullable(TOKEN, doc)
}

/// A credential member: a printable string, `writeOnly`, masked everywhere.
const fn credential(doc: &'static str) -> Node {
    Node {
        secret: true,
        ..node(TOKEN, doc)
    }
}

/// Where Plaid wants Partner Insights configured instead of at request time.
pub const REQUEST_TIME_ADVICE: &str = "configure Partner Insights when the report is created (/cra/check_report/create with cra_partner_insights in products) or in Link (credit_partner_insights) instead; the step setting request-time-config (send, omit, refuse) decides what is sent";

/// The identity members; any one of them (as a string) identifies the user.
pub const IDENTITY_FIELDS: &[&str] = &["user_id", "user_token", "third_party_user_token"];

/// The request-time configuration members (see [`Deprecation::RequestTimeConfig`]).
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
    field(
        "client_id",
        credential("Plaid client ID. Prefer the PLAID_CLIENT_ID credential; sent only as a header."),
    ),
    field(
        "secret",
        credential("Plaid secret. Prefer the PLAID_SECRET credential; sent only as a header."),
    ),
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
            "Deprecated request-time configuration (Prism versions, FICO). Plaid refuses it for clients created on or after 2026-07-01: configure Partner Insights at /cra/check_report/create or in Link (see the request-time-config setting).",
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

/// Names of the members that carry credentials.
pub const SECRET_FIELDS: &[&str] = &["client_id", "secret"];
