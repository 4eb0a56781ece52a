//! The Partner Insights configuration model (Prism versions and the FICO input), as
//! Plaid's OAS 1.778.0 defines it: configured at `/cra/check_report/create`
//! (`partner_insights`) and, deprecated, at request time on
//! `/cra/check_report/partner_insights/get`.

use crate::model::{deprecated, field, node, nullable, required, Field, Node, Shape, STR};

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

/// The members of `prism_versions` (Plaid's `PrismVersions`).
pub const PRISM_VERSION_FIELDS: &[Field] = &[
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

/// The members of the FICO input (Plaid's `CraPartnerInsightsFicoInput`).
pub const FICO_FIELDS: &[Field] = &[
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

/// The members of a Partner Insights configuration: `prism_versions` and `fico`.
pub const PARTNER_INSIGHTS_FIELDS: &[Field] = &[
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
