//! The special users: one table of each name (or prefix), what it does, and how the
//! README describes it.

use crate::faults::FaultKind;
use crate::fixtures::ErrorObject;
use crate::report::Variant;
use crate::ECHO_USER_PREFIX;

use Behaviour::*;

/// What a special user makes the simulator do.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Behaviour {
    /// A documented Plaid error, answered from its fixture (a key of `error_fixture`).
    Documented(&'static str),
    /// A Plaid error with no documented example.
    Error(ErrorObject),
    /// This status with an empty body.
    Empty(u16),
    /// 200 whose body is Plaid's PRODUCT_NOT_READY error object.
    ErrorIn200,
    /// 502 with a proxy's HTML page.
    Html502,
    /// 429 RATE_LIMIT_EXCEEDED, with or without `Retry-After: 1`.
    RateLimited {
        /// Whether `Retry-After: 1` is sent.
        retry_after: bool,
    },
    /// The header-echo fault.
    EchoHeaders,
    /// A misbehaving answer.
    Fault(FaultKind),
    /// A full report after the configured slow delay.
    Slow,
    /// A full report, altered.
    Report(Variant),
    /// A Plaid client created on or after 2026-07-01.
    NewClient,
    /// `/cra/check_report/create` fails: a FAILED webhook, then DATA_UNAVAILABLE.
    CreateFailed,
    /// `/cra/check_report/create` succeeds without Partner Insights.
    CreateInsightsFailed,
}

/// One special user.
pub(crate) struct SpecialUser {
    /// The name, as documented.
    name: &'static str,
    /// Users starting with this also behave so.
    prefix: Option<&'static str>,
    behaviour: Behaviour,
    description: &'static str,
}

const fn user(name: &'static str, behaviour: Behaviour, description: &'static str) -> SpecialUser {
    SpecialUser {
        name,
        prefix: None,
        behaviour,
        description,
    }
}

const fn with_prefix(mut special: SpecialUser, prefix: &'static str) -> SpecialUser {
    special.prefix = Some(prefix);
    special
}

const fn error(
    error_type: &'static str,
    error_code: &'static str,
    message: &'static str,
) -> Behaviour {
    Behaviour::Error(ErrorObject {
        status: 400,
        error_type,
        error_code,
        message,
    })
}

const NOT_RESPONDING: &str =
    "this institution is not currently responding to this request. Please try again soon";

/// Every special user, in the order they are matched.
const TABLE: &[SpecialUser] = &[
    user("usr_not_ready", Documented("PRODUCT_NOT_READY"), "400 PRODUCT_NOT_READY (retryable)"),
    user("usr_expired", Documented("CONSUMER_REPORT_EXPIRED"), "400 CONSUMER_REPORT_EXPIRED"),
    user("usr_insufficient_data", Documented("INSUFFICIENT_TRANSACTION_DATA"), "400 INSUFFICIENT_TRANSACTION_DATA"),
    user("usr_data_unavailable", Documented("DATA_UNAVAILABLE"), "400 DATA_UNAVAILABLE with causes"),
    user("usr_no_accounts", Documented("NO_ACCOUNTS"), "400 NO_ACCOUNTS"),
    user("usr_not_found", Documented("USER_NOT_FOUND"), "400 USER_NOT_FOUND"),
    user("usr_server_error", Documented("INTERNAL_SERVER_ERROR"), "500 INTERNAL_SERVER_ERROR"),
    user("usr_maintenance", Documented("PLANNED_MAINTENANCE"), "503 PLANNED_MAINTENANCE"),
    with_prefix(
        user("usr_slow", Slow, "a full report after the configured slow delay (default 10 s); so does any usr_slow_<suffix>, which lets each caller have a user of its own"),
        "usr_slow_",
    ),
    user("usr_oversized", Report(Variant::Oversized), "a 200 whose body is 12 MiB (over the host's 8 MiB cap)"),
    user("usr_html_502", Html502, "502 with an HTML page, as a proxy would send"),
    user("usr_truncated", Report(Variant::Truncated), "200 with JSON cut off mid-body"),
    user("usr_fault_429", RateLimited { retry_after: false }, "429 RATE_LIMIT_EXCEEDED without Retry-After"),
    user("usr_fault_429_retry_after", RateLimited { retry_after: true }, "429 RATE_LIMIT_EXCEEDED with Retry-After: 1"),
    user("usr_fault_reset", Fault(FaultKind::Reset), "200 whose connection is cut after the first bytes of the body"),
    user("usr_fault_no_headers", Fault(FaultKind::NoHeaders), "accepts the request and never answers"),
    user("usr_fault_drip", Fault(FaultKind::Drip), "200 whose body arrives one byte a second"),
    user("usr_fault_huge", Fault(FaultKind::Huge), "200 with a 100 MB chunked body"),
    user("usr_fault_redirect", Fault(FaultKind::Redirect), "302 to http://169.254.169.254/ (another host)"),
    user("usr_fault_bad_utf8", Fault(FaultKind::BadUtf8), "200 whose body is not UTF-8"),
    user("usr_fault_big_headers", Fault(FaultKind::BigHeaders), "200 with a 1 MiB response header"),
    with_prefix(
        user("usr_fault_echo_headers_<N>", EchoHeaders, "502 HTML page echoing the request headers (credentials first) after N padding bytes, as a misconfigured proxy would"),
        ECHO_USER_PREFIX,
    ),
    user("usr_contract_null_version", Report(Variant::NullVersion), "200 with a full report whose prism.insights.version is null"),
    user("usr_contract_float_version", Report(Variant::FloatVersion), "200 with a full report whose prism.first_detect.version is 4.1"),
    user("usr_contract_float_score", Report(Variant::FloatScore), "200 with a full report whose prism.cash_score.score is 712.0"),
    user("usr_contract_fractional_score", Report(Variant::FractionalScore), "200 with a full report whose prism.cash_score.score is 712.5"),
    user("usr_exclusion_code", Report(Variant::ExclusionCode), "200 with two UltraFICO results: a score with exclusion_code \"0\", and none with exclusion_code \"12\""),
    user("usr_null_street", Report(Variant::NullStreet), "200 with an account owner whose addresses[].data.street is null (OAS 1.762.0)"),
    user("usr_institution_down", error("INSTITUTION_ERROR", "INSTITUTION_DOWN", NOT_RESPONDING), "400 INSTITUTION_ERROR / INSTITUTION_DOWN"),
    user("usr_institution_not_responding", error("INSTITUTION_ERROR", "INSTITUTION_NOT_RESPONDING", NOT_RESPONDING), "400 INSTITUTION_ERROR / INSTITUTION_NOT_RESPONDING"),
    user(
        "usr_item_login_required",
        error("ITEM_ERROR", "ITEM_LOGIN_REQUIRED", "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state"),
        "400 ITEM_ERROR / ITEM_LOGIN_REQUIRED",
    ),
    user(
        "usr_cra_report_error",
        error("CRA_REPORT_ERROR", "REPORT_GENERATION_FAILED", "the consumer report could not be generated"),
        "400 CRA_REPORT_ERROR / REPORT_GENERATION_FAILED (a code of our own: Plaid names none for this type yet)",
    ),
    user(
        "usr_cra_partner_insights_error",
        Error(PARTNER_INSIGHTS_FAILED),
        "400 CRA_PARTNER_INSIGHTS_ERROR / PARTNER_INSIGHTS_FAILED (a code of our own: Plaid names none for this type yet)",
    ),
    user("usr_408_empty", Empty(408), "408 with an empty body"),
    user("usr_502_empty", Empty(502), "502 with an empty body"),
    user("usr_503_empty", Empty(503), "503 with an empty body"),
    user("usr_504_empty", Empty(504), "504 with an empty body"),
    user("usr_error_in_200", ErrorIn200, "200 whose body is Plaid's PRODUCT_NOT_READY error object (no report), as some gateways do"),
    user(
        "usr_new_client",
        NewClient,
        "a Plaid client created on or after 2026-07-01: 400 INVALID_REQUEST / INVALID_FIELD when partner_insights or options is sent, else a full report",
    ),
    user(
        "usr_create_failed",
        CreateFailed,
        "/cra/check_report/create succeeds, then a CHECK_REPORT_FAILED (USER_CHECK_REPORT_FAILED for a user_id) webhook with repairable_items is sent; Partner Insights then answers 400 CHECK_REPORT_ERROR / DATA_UNAVAILABLE",
    ),
    user(
        "usr_create_insights_failed",
        CreateInsightsFailed,
        "/cra/check_report/create succeeds, then a READY webhook whose failed_products lists cra_partner_insights; Partner Insights then answers 400 CRA_PARTNER_INSIGHTS_ERROR / PARTNER_INSIGHTS_FAILED",
    ),
];

/// Partner Insights' own failure (`usr_cra_partner_insights_error`, and a report made by
/// `usr_create_insights_failed`).
pub(crate) const PARTNER_INSIGHTS_FAILED: ErrorObject = ErrorObject {
    status: 400,
    error_type: "CRA_PARTNER_INSIGHTS_ERROR",
    error_code: "PARTNER_INSIGHTS_FAILED",
    message: "partner insights could not be generated for this report",
};

/// Users the table does not name but that start with this are unknown fault users.
const FAULT_PREFIX: &str = "usr_fault_";

/// `user_id`s with special behaviour, and what they do.
pub const SPECIAL_USERS: &[(&str, &str)] = &names_and_descriptions::<{ TABLE.len() }>();

const fn names_and_descriptions<const N: usize>() -> [(&'static str, &'static str); N] {
    let mut out = [("", ""); N];
    let mut i = 0;
    while i < N {
        out[i] = (TABLE[i].name, TABLE[i].description);
        i += 1;
    }
    out
}

/// What `user` does, if it is special.
pub(crate) fn behaviour(user: &str) -> Option<Behaviour> {
    let named = TABLE.iter().find(|special| {
        special.name == user || special.prefix.is_some_and(|p| user.starts_with(p))
    });
    match named {
        Some(special) => Some(special.behaviour),
        None if user.starts_with(FAULT_PREFIX) => Some(Fault(FaultKind::Unknown)),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_list_follows_the_table() {
        assert_eq!(SPECIAL_USERS.len(), TABLE.len());
        assert_eq!(SPECIAL_USERS[0].0, "usr_not_ready");
        assert!(SPECIAL_USERS
            .iter()
            .all(|(n, d)| !n.is_empty() && !d.is_empty()));
    }

    #[test]
    fn prefixes_and_the_fault_fallback_match() {
        assert!(matches!(behaviour("usr_slow_7"), Some(Slow)));
        assert!(matches!(
            behaviour("usr_fault_echo_headers_12"),
            Some(EchoHeaders)
        ));
        assert!(matches!(
            behaviour("usr_fault_other"),
            Some(Fault(FaultKind::Unknown))
        ));
        assert!(matches!(
            behaviour("usr_fault_429"),
            Some(RateLimited { retry_after: false })
        ));
        assert!(behaviour("usr_good").is_none());
    }
}
