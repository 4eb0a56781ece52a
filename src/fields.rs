//! The step input model: the Plaid request body as a static field tree.
//!
//! Both the validator (`input`) and the input JSON Schema (`descriptor`) are derived
//! from this one tree, so they cannot drift apart.

/// The value shape a field accepts.
#[derive(Debug)]
pub enum Shape {
    /// A JSON string; `min_len` guards against empty identifiers.
    Str {
        /// Minimum length in characters.
        min_len: usize,
        /// Required prefix, if any (e.g. `usr_`).
        prefix: Option<&'static str>,
    },
    /// A JSON integer.
    Int,
    /// A JSON boolean.
    Bool,
    /// One of a fixed set of strings. `numeric` marks enums whose values Plaid's
    /// spec snapshot wrote as bare numbers: a number is accepted and normalized to
    /// its string form, with a warning.
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
        min: usize,
        /// Maximum item count, if bounded.
        max: Option<usize>,
    },
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
    /// Deprecated: accepted, with a warning naming `replacement`.
    pub deprecated: Option<&'static str>,
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

const fn deprecated(shape: Shape, doc: &'static str, replacement: &'static str) -> Node {
    Node {
        nullable: true,
        deprecated: Some(replacement),
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

const STR: Shape = Shape::Str {
    min_len: 1,
    prefix: None,
};

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
    (
        "detect",
        &["4.1", "4"],
        "Prism Detect version. Send as a string.",
    ),
    (
        "firstdetect",
        &["3"],
        "Prism FirstDetect version; Plaid defaults to \"3\". Send as a string.",
    ),
    (
        "cashscore",
        &["4.1", "4", "3_lite", "3"],
        "Prism CashScore version; Plaid defaults to \"3\". Send as a string.",
    ),
    (
        "extend",
        &["4.1", "4"],
        "Prism Extend version. Send as a string.",
    ),
    (
        "insights",
        &["4.1", "4", "3"],
        "Prism Insights version; Plaid defaults to \"3\". Send as a string.",
    ),
];

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
        deprecated(STR, REASON_CODE_DOC, "reason_codes"),
    ),
    field(
        "reason_code_2",
        deprecated(STR, REASON_CODE_DOC, "reason_codes"),
    ),
    field(
        "reason_code_3",
        deprecated(STR, REASON_CODE_DOC, "reason_codes"),
    ),
    field(
        "reason_code_4",
        deprecated(STR, REASON_CODE_DOC, "reason_codes"),
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
                min: 1,
                max: None,
            },
            "UltraFICO scoring requests, one per score wanted.",
        ),
    ),
];

const PARTNER_INSIGHTS_FIELDS: &[Field] = &[
    field(
        "prism_versions",
        nullable(
            Shape::Object(PRISM_VERSION_FIELDS),
            "The versions of Prism products to evaluate.",
        ),
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
        "partner_insights.prism_versions",
    ),
)];

/// The root of the step input: Plaid's `CraCheckReportPartnerInsightsGetRequest`.
pub const ROOT_FIELDS: &[Field] = &[
    field(
        "user_id",
        node(
            Shape::Str {
                min_len: 5,
                prefix: Some("usr_"),
            },
            "The Plaid user ID (usr_…) from /user/create. Send user_id or user_token.",
        ),
    ),
    field(
        "user_token",
        nullable(
            STR,
            "The user token from /user/create, for older integrations. Send user_id or user_token.",
        ),
    ),
    field(
        "third_party_user_token",
        node(STR, "The third-party user token issued for this user."),
    ),
    field(
        "client_id",
        Node {
            secret: true,
            ..node(
                STR,
                "Plaid client ID. Prefer the PLAID_CLIENT_ID credential; sent only as a header.",
            )
        },
    ),
    field(
        "secret",
        Node {
            secret: true,
            ..node(
                STR,
                "Plaid secret. Prefer the PLAID_SECRET credential; sent only as a header.",
            )
        },
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
        node(
            Shape::Object(PARTNER_INSIGHTS_FIELDS),
            "Configuration for generating Partner Insights (Prism versions, FICO).",
        ),
    ),
    field(
        "options",
        nullable(
            Shape::Object(OPTIONS_FIELDS),
            "Deprecated: use partner_insights instead. Only prism_versions is accepted here.",
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
