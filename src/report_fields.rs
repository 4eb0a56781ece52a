//! The response model: Plaid's `CraCheckReportPartnerInsightsGetResponse` as of OAS
//! 1.778.0, the flat `summary` we add, and the `contract_deviations` list, as field trees.
//!
//! `response` checks a 2xx body against [`RESPONSE`] with the same walker that
//! validates inputs; what does not match becomes a contract deviation, never a
//! failure. `descriptor` derives the output JSON Schema from these trees, so an output
//! matches the output schema exactly when its `contract_deviations` list is empty.
//! Objects are open ([`Shape::Open`]): fields Plaid adds later are kept, not flagged.

use crate::fields::{
    field as f, node as n, nullable as nn, required as req, Deprecation, Field, Node, Shape,
};

const TEXT: Shape = Shape::Str { printable: false };

const CODE: Node = n(TEXT, "");

const fn texts(max: Option<u16>) -> Shape {
    Shape::Array {
        item: &CODE,
        min: 0,
        max,
    }
}

const fn list(item: &'static Node) -> Shape {
    Shape::Array {
        item,
        min: 0,
        max: None,
    }
}

const fn enumeration(values: &'static [&'static str]) -> Shape {
    Shape::Enum {
        values,
        numeric: false,
    }
}

/// A deprecated member of the response (shown as such in the output schema).
const fn old(shape: Shape, nullable: bool, replacement: &'static &'static str) -> Node {
    Node {
        nullable,
        deprecated: Some(Deprecation::ReplacedBy(replacement)),
        ..n(shape, "Deprecated.")
    }
}

const NULLABLE_INT: Node = nn(Shape::Int, "");
const NULLABLE_NUMBER: Node = nn(Shape::Number, "");
const NULLABLE_TEXT: Node = nn(TEXT, "");

const SCORE_METADATA: Shape = Shape::Open(&[
    req("max_age", NULLABLE_INT),
    req("min_age", NULLABLE_INT),
    req("min_age_credit", NULLABLE_INT),
    req("min_age_debit", NULLABLE_INT),
    req("max_age_debit", NULLABLE_INT),
    req("max_age_credit", NULLABLE_INT),
    req("num_trxn_credit", NULLABLE_INT),
    req("num_trxn_debit", NULLABLE_INT),
    req("l1m_credit_value_cnt", NULLABLE_INT),
    req("l1m_debit_value_cnt", NULLABLE_INT),
]);

const VERSION: Field = req("version", old(Shape::Int, false, &"model_version"));
const SCORE: Field = req(
    "score",
    nn(
        Shape::Int,
        "Score from 1 to 999, or null when none could be computed.",
    ),
);
const REASON_CODES: Field = f("reason_codes", n(texts(None), ""));
const METADATA: Field = f("metadata", n(SCORE_METADATA, "Transaction statistics."));
const ERROR_REASON: Field = f("error_reason", n(TEXT, "Why no result was produced."));

/// CashScore and FirstDetect (with the deprecated integer `version`).
const VERSIONED_SCORE: Shape = Shape::Open(&[
    VERSION,
    f("model_version", n(TEXT, "")),
    SCORE,
    REASON_CODES,
    METADATA,
    ERROR_REASON,
]);

/// Extend and Detect (`model_version` only).
const MODEL_SCORE: Shape = Shape::Open(&[
    req("model_version", n(TEXT, "")),
    SCORE,
    REASON_CODES,
    METADATA,
    ERROR_REASON,
]);

const PRISM: Shape = Shape::Open(&[
    req("status", n(TEXT, "Prism status, e.g. SUCCESS.")),
    f(
        "insights",
        nn(
            Shape::Open(&[
                VERSION,
                f("model_version", n(TEXT, "")),
                f(
                    "result",
                    n(Shape::Open(&[]), "Insight values by attribute name."),
                ),
                ERROR_REASON,
            ]),
            "",
        ),
    ),
    f("cash_score", nn(VERSIONED_SCORE, "")),
    f("first_detect", nn(VERSIONED_SCORE, "")),
    f("extend", nn(MODEL_SCORE, "")),
    f("detect", nn(MODEL_SCORE, "")),
]);

const OLD_CODE: Node = old(TEXT, true, &"the reason code arrays");

const ULTRAFICO_SCORE: Shape = Shape::Open(&[
    req("ultrafico_score_version", n(enumeration(&["1.0"]), "")),
    req("score", n(Shape::Int, "The UltraFICO score.")),
    f("negative_reason_codes", n(texts(Some(4)), "")),
    f("positive_reason_codes", n(texts(Some(4)), "")),
    f("reason_code_1", OLD_CODE),
    f("reason_code_2", OLD_CODE),
    f("reason_code_3", OLD_CODE),
    f("reason_code_4", OLD_CODE),
    f("positive_reason_code_1", OLD_CODE),
    f("positive_reason_code_2", OLD_CODE),
    f("positive_reason_code_3", OLD_CODE),
    f("positive_reason_code_4", OLD_CODE),
    f(
        "did_inquiries_adversely_affect_score",
        nn(Shape::Bool, "Whether inquiries lowered the score."),
    ),
]);

const ULTRAFICO_RESULT: Node = n(
    Shape::Open(&[
        f("request_correlation_id", n(TEXT, "")),
        f("fico_scoring_request_id", n(TEXT, "")),
        f(
            "exclusion_code",
            nn(
                TEXT,
                "FICO exclusion code: why no score could be computed; \"0\" when a score was produced (OAS 1.701.3).",
            ),
        ),
        f(
            "ultrafico_score",
            nn(ULTRAFICO_SCORE, "The score, when produced."),
        ),
        ERROR_REASON,
    ]),
    "",
);

const REPORT_CHARACTERISTICS: Shape = Shape::Open(&[
    f("num_accounts", NULLABLE_INT),
    f("num_checking_accounts", NULLABLE_INT),
    f("num_savings_accounts", NULLABLE_INT),
    f("num_money_market_accounts", NULLABLE_INT),
    f("days_since_earliest_tx", NULLABLE_INT),
    f("days_since_most_recent_tx", NULLABLE_INT),
    f(
        "days_since_most_recent_negative_ending_balance",
        NULLABLE_INT,
    ),
    f(
        "days_since_most_recent_insufficient_funds_fee_debit_tx",
        NULLABLE_INT,
    ),
    f(
        "tot_number_days_with_negative_balance_over_1_month",
        NULLABLE_INT,
    ),
    f(
        "tot_number_days_with_negative_balance_over_3_months",
        NULLABLE_INT,
    ),
    f(
        "tot_number_days_with_negative_balance_over_6_months",
        NULLABLE_INT,
    ),
    f(
        "tot_number_days_with_negative_balance_over_12_months",
        NULLABLE_INT,
    ),
    f("days_with_tx_over_1_month", NULLABLE_INT),
    f("days_with_tx_over_3_months", NULLABLE_INT),
    f("days_with_tx_over_6_months", NULLABLE_INT),
    f("days_with_tx_over_12_months", NULLABLE_INT),
    f("avg_daily_balance_over_1_month", NULLABLE_NUMBER),
    f("avg_daily_balance_over_3_months", NULLABLE_NUMBER),
    f("avg_daily_balance_over_6_months", NULLABLE_NUMBER),
    f("avg_daily_balance_over_12_months", NULLABLE_NUMBER),
    f("tot_current_balances", NULLABLE_NUMBER),
]);

const FICO: Shape = Shape::Open(&[
    req("lender_application_id", n(TEXT, "")),
    req(
        "ultrafico_score_results",
        n(
            list(&ULTRAFICO_RESULT),
            "One result per UltraFICO scoring request.",
        ),
    ),
    f(
        "report_characteristics",
        nn(REPORT_CHARACTERISTICS, "Account statistics FICO used."),
    ),
]);

const CONTACT_DATA: Field = req("data", n(TEXT, ""));
const CONTACT_PRIMARY: Field = req("primary", n(Shape::Bool, ""));

const OWNER: Node = n(
    Shape::Open(&[
        req("names", n(texts(None), "")),
        req(
            "phone_numbers",
            n(
                list(&n(
                    Shape::Open(&[
                        CONTACT_DATA,
                        CONTACT_PRIMARY,
                        req(
                            "type",
                            n(
                                enumeration(&[
                                    "home", "work", "office", "mobile", "mobile1", "other",
                                ]),
                                "",
                            ),
                        ),
                    ]),
                    "",
                )),
                "",
            ),
        ),
        req(
            "emails",
            n(
                list(&n(
                    Shape::Open(&[
                        CONTACT_DATA,
                        CONTACT_PRIMARY,
                        req(
                            "type",
                            n(enumeration(&["primary", "secondary", "other"]), ""),
                        ),
                    ]),
                    "",
                )),
                "",
            ),
        ),
        req(
            "addresses",
            n(
                list(&n(
                    Shape::Open(&[
                        req(
                            "data",
                            n(
                                Shape::Open(&[
                                    req("city", NULLABLE_TEXT),
                                    req("region", NULLABLE_TEXT),
                                    req("street", nn(TEXT, "Nullable since OAS 1.762.0.")),
                                    req("postal_code", NULLABLE_TEXT),
                                    req("country", NULLABLE_TEXT),
                                ]),
                                "",
                            ),
                        ),
                        f("primary", n(Shape::Bool, "")),
                    ]),
                    "",
                )),
                "",
            ),
        ),
    ]),
    "An account owner (identity data was dropped from Partner Insights in 2025).",
);

/// `DepositoryAccountSubtype`.
const SUBTYPES: &[&str] = &[
    "checking",
    "savings",
    "hsa",
    "cd",
    "money market",
    "paypal",
    "prepaid",
    "cash management",
    "ebt",
    "limited purpose checking",
    "all",
];

const ACCOUNT: Node = n(
    Shape::Open(&[
        f("account_id", n(TEXT, "")),
        req("mask", nn(TEXT, "")),
        req(
            "metadata",
            n(
                Shape::Open(&[
                    req("start_date", NULLABLE_TEXT),
                    req("end_date", NULLABLE_TEXT),
                ]),
                "",
            ),
        ),
        req("name", n(TEXT, "")),
        req("official_name", nn(TEXT, "")),
        req("subtype", n(enumeration(SUBTYPES), "")),
        req("type", n(enumeration(&["depository"]), "")),
        req("owners", n(list(&OWNER), "")),
    ]),
    "",
);

const ITEM: Node = n(
    Shape::Open(&[
        f("institution_id", n(TEXT, "")),
        f("institution_name", n(TEXT, "")),
        f("item_id", n(TEXT, "")),
        f("accounts", n(list(&ACCOUNT), "")),
    ]),
    "",
);

const WARNING: Node = n(
    Shape::Open(&[
        req("warning_type", n(TEXT, "")),
        req(
            "warning_code",
            n(
                enumeration(&[
                    "IDENTITY_UNAVAILABLE",
                    "TRANSACTIONS_UNAVAILABLE",
                    "USER_FRAUD_ALERT",
                ]),
                "Why some requested information could not be retrieved.",
            ),
        ),
        req(
            "cause",
            nn(
                Shape::Open(&[
                    req("item_id", n(TEXT, "")),
                    req("error_type", n(TEXT, "")),
                    req("error_code", n(TEXT, "")),
                    req("error_message", n(TEXT, "")),
                    req("display_message", NULLABLE_TEXT),
                ]),
                "The Plaid error behind the warning.",
            ),
        ),
    ]),
    "",
);

/// The 2xx response body.
pub const RESPONSE: Node = n(
    Shape::Open(&[
        req("request_id", n(TEXT, "Plaid request ID.")),
        f(
            "report",
            n(
                Shape::Open(&[
                    f("report_id", n(TEXT, "")),
                    f(
                        "generated_time",
                        n(TEXT, "When the report was generated (RFC 3339)."),
                    ),
                    f(
                        "client_report_id",
                        nn(TEXT, "Your report ID, if you set one."),
                    ),
                    f(
                        "prism",
                        nn(PRISM, "Prism Data results (absent when not generated)."),
                    ),
                    f("fico", nn(FICO, "UltraFICO results.")),
                    f("items", n(list(&ITEM), "Items the report covers.")),
                ]),
                "The Partner Insights report as Plaid returned it (unknown fields kept).",
            ),
        ),
        f(
            "warnings",
            n(
                list(&WARNING),
                "Report warnings (always present in outputs, possibly empty).",
            ),
        ),
    ]),
    "Partner Insights outputs.",
);

/// The `contract_deviations` output: where the body differs from [`RESPONSE`].
pub const CONTRACT_DEVIATIONS: Node = n(
    list(&n(
        Shape::Object(&[
            req("path", n(TEXT, "JSON Pointer into the outputs.")),
            req("expected", n(TEXT, "What the contract (OAS 1.778.0) says.")),
            req("found", n(TEXT, "What Plaid sent.")),
        ]),
        "One place where the body differs from Plaid's contract.",
    )),
    "Where the 2xx body differs from Plaid's contract; the report is kept as sent. Empty when it matches.",
);

const SUMMARY_TEXT: Node = nn(TEXT, "");
const SUMMARY_NUMBER: Node = nn(
    Shape::Number,
    "An integer when whole (712.0 becomes 712); null when absent or not a number.",
);

/// The flat `summary` added to outputs for workflow branching.
pub const SUMMARY: Node = n(
    Shape::Object(&[
        req("report_id", SUMMARY_TEXT),
        req("generated_time", SUMMARY_TEXT),
        req(
            "prism_status",
            nn(TEXT, "Prism status, null without Prism."),
        ),
        req("cash_score", SUMMARY_NUMBER),
        req("first_detect_score", SUMMARY_NUMBER),
        req("extend_score", SUMMARY_NUMBER),
        req("detect_score", SUMMARY_NUMBER),
        req(
            "insights_model_version",
            nn(TEXT, "Prism Insights model version as a string, or null."),
        ),
        req(
            "ultrafico_scores",
            n(
                list(&n(
                    Shape::Object(&[
                        req("request_correlation_id", SUMMARY_TEXT),
                        req("fico_scoring_request_id", SUMMARY_TEXT),
                        req("score", SUMMARY_NUMBER),
                        req(
                            "exclusion_code",
                            nn(TEXT, "Why no score: \"0\" when a score was produced."),
                        ),
                        req("error_reason", SUMMARY_TEXT),
                    ]),
                    "",
                )),
                "UltraFICO results in request order.",
            ),
        ),
        req("warning_codes", n(texts(None), "Report warning codes.")),
    ]),
    "Flat values for workflow branching, normalized: strings, numbers or null.",
);
