//! The response model: Plaid's `CraCheckReportPartnerInsightsGetResponse` and the flat
//! `summary` we add, as field trees.
//!
//! `response` checks a 200 body against [`RESPONSE`] with the same walker that
//! validates inputs, and `descriptor` derives the output JSON Schema from both trees.
//! Objects are open ([`Shape::Open`]): fields Plaid adds later are kept, not rejected.

use crate::fields::{field as f, node as n, nullable as nn, required as req, Node, Shape};

const TEXT: Shape = Shape::Str {
    min_len: 0,
    prefix: None,
};

const TEXTS: Shape = Shape::Array {
    item: &n(TEXT, "A code."),
    min: 0,
    max: None,
};

const SCORE_METADATA: Shape = Shape::Open(&[
    f("max_age", nn(Shape::Int, "")),
    f("min_age", nn(Shape::Int, "")),
    f("min_age_credit", nn(Shape::Int, "")),
    f("min_age_debit", nn(Shape::Int, "")),
    f("max_age_debit", nn(Shape::Int, "")),
    f("max_age_credit", nn(Shape::Int, "")),
    f("num_trxn_credit", nn(Shape::Int, "")),
    f("num_trxn_debit", nn(Shape::Int, "")),
    f("l1m_credit_value_cnt", nn(Shape::Int, "")),
    f("l1m_debit_value_cnt", nn(Shape::Int, "")),
]);

/// CashScore, FirstDetect, Extend and Detect share this shape.
const PRISM_SCORE: Shape = Shape::Open(&[
    f("version", n(Shape::Int, "Deprecated model version number.")),
    f("model_version", n(TEXT, "Model version.")),
    f(
        "score",
        nn(
            Shape::Int,
            "Score from 1 to 999, or null when none could be computed.",
        ),
    ),
    f("reason_codes", n(TEXTS, "Reason codes.")),
    f(
        "metadata",
        nn(SCORE_METADATA, "Transaction statistics behind the score."),
    ),
    f("error_reason", nn(TEXT, "Why no score was produced.")),
]);

const PRISM: Shape = Shape::Open(&[
    req("status", n(TEXT, "Prism status, e.g. SUCCESS.")),
    f(
        "insights",
        nn(
            Shape::Open(&[
                f("version", n(Shape::Int, "Deprecated model version number.")),
                f("model_version", n(TEXT, "Model version.")),
                f("result", nn(Shape::Any, "Insight values by name.")),
                f("error_reason", nn(TEXT, "Why no insights were produced.")),
            ]),
            "Prism Insights.",
        ),
    ),
    f("cash_score", nn(PRISM_SCORE, "Prism CashScore.")),
    f("first_detect", nn(PRISM_SCORE, "Prism FirstDetect.")),
    f("extend", nn(PRISM_SCORE, "Prism Extend.")),
    f("detect", nn(PRISM_SCORE, "Prism Detect.")),
]);

const ULTRAFICO_SCORE: Shape = Shape::Open(&[
    req("ultrafico_score_version", n(TEXT, "UltraFICO version.")),
    req("score", n(Shape::Int, "The UltraFICO score.")),
    f("negative_reason_codes", n(TEXTS, "Negative reason codes.")),
    f("positive_reason_codes", n(TEXTS, "Positive reason codes.")),
    f(
        "did_inquiries_adversely_affect_score",
        nn(Shape::Bool, "Whether inquiries lowered the score."),
    ),
]);

const FICO: Shape = Shape::Open(&[
    req(
        "lender_application_id",
        n(TEXT, "The lender application ID sent."),
    ),
    req(
        "ultrafico_score_results",
        n(
            Shape::Array {
                item: &n(
                    Shape::Open(&[
                        f("request_correlation_id", n(TEXT, "Correlation ID sent.")),
                        f(
                            "fico_scoring_request_id",
                            n(TEXT, "FICO scoring request ID."),
                        ),
                        f(
                            "ultrafico_score",
                            nn(ULTRAFICO_SCORE, "The score, when produced."),
                        ),
                        f("error_reason", nn(TEXT, "Why no score was produced.")),
                    ]),
                    "One UltraFICO result.",
                ),
                min: 0,
                max: None,
            },
            "One result per UltraFICO request.",
        ),
    ),
    f(
        "report_characteristics",
        nn(Shape::Any, "Account statistics FICO used."),
    ),
]);

const ACCOUNT: Shape = Shape::Open(&[
    f("account_id", n(TEXT, "Account ID.")),
    f("mask", nn(TEXT, "Last digits of the account number.")),
    f(
        "metadata",
        n(Shape::Any, "Start and end dates of the data."),
    ),
    f("name", n(TEXT, "Account name.")),
    f("official_name", nn(TEXT, "Official account name.")),
    f("type", n(TEXT, "Account type (depository).")),
    f("subtype", n(TEXT, "Account subtype.")),
    f(
        "owners",
        n(
            Shape::Array {
                item: &n(Shape::Any, "An owner."),
                min: 0,
                max: None,
            },
            "Owners (empty since identity data was dropped).",
        ),
    ),
]);

const ITEM: Shape = Shape::Open(&[
    f("institution_id", n(TEXT, "Institution ID.")),
    f("institution_name", n(TEXT, "Institution name.")),
    f("item_id", n(TEXT, "Item ID.")),
    f(
        "accounts",
        n(
            Shape::Array {
                item: &n(ACCOUNT, "An account."),
                min: 0,
                max: None,
            },
            "Accounts of the Item.",
        ),
    ),
]);

/// The 200 response body.
pub const RESPONSE: Node = n(
    Shape::Open(&[
        req("request_id", n(TEXT, "Plaid request ID.")),
        f(
            "report",
            n(
                Shape::Open(&[
                    f("report_id", n(TEXT, "Report ID.")),
                    f("generated_time", n(TEXT, "When the report was generated (RFC 3339).")),
                    f("client_report_id", nn(TEXT, "Your report ID, if you set one.")),
                    f("prism", nn(PRISM, "Prism Data results (absent when not requested).")),
                    f("fico", nn(FICO, "UltraFICO results.")),
                    f(
                        "items",
                        n(
                            Shape::Array {
                                item: &n(ITEM, "An Item."),
                                min: 0,
                                max: None,
                            },
                            "Items the report covers.",
                        ),
                    ),
                ]),
                "The Partner Insights report as Plaid returned it (unknown fields kept).",
            ),
        ),
        f(
            "warnings",
            n(
                Shape::Array {
                    item: &n(
                        Shape::Open(&[
                            f("warning_type", n(TEXT, "Always CHECK_REPORT_WARNING.")),
                            f("warning_code", n(TEXT, "IDENTITY_UNAVAILABLE, TRANSACTIONS_UNAVAILABLE or USER_FRAUD_ALERT.")),
                            f("cause", nn(Shape::Any, "The Plaid error behind the warning.")),
                        ]),
                        "A report warning.",
                    ),
                    min: 0,
                    max: None,
                },
                "Report warnings (always present in outputs, possibly empty).",
            ),
        ),
    ]),
    "Partner Insights outputs.",
);

const NULLABLE_INT: Node = nn(Shape::Int, "");

/// The flat `summary` added to outputs for workflow branching.
pub const SUMMARY: Node = n(
    Shape::Object(&[
        req("report_id", nn(TEXT, "Report ID.")),
        req("generated_time", nn(TEXT, "When the report was generated.")),
        req(
            "prism_status",
            nn(TEXT, "Prism status, null without Prism."),
        ),
        req(
            "cash_score",
            Node {
                doc: "CashScore, or null.",
                ..NULLABLE_INT
            },
        ),
        req(
            "first_detect_score",
            Node {
                doc: "FirstDetect score, or null.",
                ..NULLABLE_INT
            },
        ),
        req(
            "extend_score",
            Node {
                doc: "Extend score, or null.",
                ..NULLABLE_INT
            },
        ),
        req(
            "detect_score",
            Node {
                doc: "Detect score, or null.",
                ..NULLABLE_INT
            },
        ),
        req(
            "insights_model_version",
            nn(TEXT, "Prism Insights model version, or null."),
        ),
        req(
            "ultrafico_scores",
            n(
                Shape::Array {
                    item: &n(
                        Shape::Object(&[
                            req("request_correlation_id", nn(TEXT, "Correlation ID.")),
                            req(
                                "fico_scoring_request_id",
                                nn(TEXT, "FICO scoring request ID."),
                            ),
                            req("score", nn(Shape::Int, "UltraFICO score, or null.")),
                            req("error_reason", nn(TEXT, "Why no score was produced.")),
                        ]),
                        "One UltraFICO score.",
                    ),
                    min: 0,
                    max: None,
                },
                "UltraFICO scores in request order.",
            ),
        ),
        req("warning_codes", n(TEXTS, "Report warning codes.")),
    ]),
    "Flat values for workflow branching.",
);
