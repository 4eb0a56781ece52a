//! Reading and checking a `/cra/check_report/create` body (model
//! CraCheckReportCreateRequest, plaid-python 46.0.0), unknown fields aside.

use serde_json::{Map, Value};

use crate::fixtures::Failure;
use crate::loopback::is_loopback_http;
use crate::records::Identity;

/// The members the model requires.
const REQUIRED: &[&str] = &[
    "webhook",
    "days_requested",
    "consumer_report_permissible_purpose",
];

// The enums' values (ConsumerReportPermissiblePurpose, Products) are the create step's
// own constants: one list of Plaid's facts, read by the step and the simulator alike.
use plaid_check_report_create::fields::{PERMISSIBLE_PURPOSES, PRODUCTS};

/// The model's maxima (`inclusive_maximum`), by dotted path.
const DAY_LIMITS: &[(&[&str], u64)] = &[
    (&["days_requested"], 731),
    (&["days_required"], 184),
    (
        &[
            "base_report",
            "home_lending_report_options",
            "employment_refresh_options",
            "days_requested",
        ],
        731,
    ),
];

/// What a valid create asks for.
#[derive(Debug)]
pub(crate) struct CreateRequest {
    /// Who the report is for.
    pub(crate) identity: Identity,
    /// Where its webhook goes.
    pub(crate) webhook: String,
    /// Its `partner_insights` options.
    pub(crate) partner_insights: Option<Value>,
    /// Its `client_report_id` (the deprecated `base_report.client_report_id` when the
    /// top-level one is absent), `null` when neither was sent.
    pub(crate) client_report_id: Value,
    /// Its `products`.
    pub(crate) products: Vec<String>,
}

/// Reads `body`, or says what Plaid would refuse in it.
pub(crate) fn read(body: &Map<String, Value>) -> Result<CreateRequest, Failure> {
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|key| body.get(*key).is_none_or(Value::is_null))
        .collect();
    if !missing.is_empty() {
        return Err(Failure::new(
            "MISSING_FIELDS",
            format!(
                "the following required fields are missing: {}",
                missing.join(", ")
            ),
        ));
    }
    let identity = identity(body)?;
    check_days(body)?;
    check_purpose(body)?;
    Ok(CreateRequest {
        identity,
        webhook: webhook(body)?,
        partner_insights: partner_insights(body)?,
        client_report_id: client_report_id(body)?,
        products: products(body)?,
    })
}

fn invalid(message: impl Into<String>) -> Failure {
    Failure::new("INVALID_FIELD", message)
}

/// Exactly one of `user_id` (starting `usr_`) and `user_token`, as a string.
fn identity(body: &Map<String, Value>) -> Result<Identity, Failure> {
    let member = |key: &str| body.get(key).filter(|v| !v.is_null());
    for key in ["user_id", "user_token"] {
        if member(key).is_some_and(|v| !v.is_string()) {
            return Err(invalid(format!("{key} must be a string")));
        }
    }
    let text = |key: &str| member(key).and_then(Value::as_str).map(str::to_owned);
    match (text("user_id"), text("user_token")) {
        (Some(_), Some(_)) => Err(invalid("only one of user_id or user_token may be sent")),
        (Some(id), None) if !id.starts_with("usr_") => Err(Failure::new(
            "INVALID_USER_ID",
            "user_id must start with usr_",
        )),
        (Some(id), None) => Ok(Identity::UserId(id)),
        (None, Some(token)) => Ok(Identity::UserToken(token)),
        (None, None) => Err(Failure::new(
            "MISSING_FIELDS",
            "the following required fields are missing: user_id or user_token",
        )),
    }
}

/// Day counts are whole numbers no larger than the model allows.
fn check_days(body: &Map<String, Value>) -> Result<(), Failure> {
    for (path, max) in DAY_LIMITS {
        let mut value = body.get(path[0]);
        for key in &path[1..] {
            value = value.and_then(|v| v.get(key));
        }
        let name = path.join(".");
        match value.filter(|v| !v.is_null()).map(Value::as_u64) {
            None => {}
            Some(None) => return Err(invalid(format!("{name} must be a non-negative integer"))),
            Some(Some(days)) if days > *max => {
                return Err(invalid(format!("{name} must be at most {max}, got {days}")))
            }
            Some(Some(_)) => {}
        }
    }
    Ok(())
}

fn check_purpose(body: &Map<String, Value>) -> Result<(), Failure> {
    let purpose = body["consumer_report_permissible_purpose"].as_str();
    if purpose.is_some_and(|p| PERMISSIBLE_PURPOSES.contains(&p)) {
        return Ok(());
    }
    Err(invalid(format!(
        "consumer_report_permissible_purpose must be one of: {}",
        PERMISSIBLE_PURPOSES.join(", ")
    )))
}

fn webhook(body: &Map<String, Value>) -> Result<String, Failure> {
    match body["webhook"].as_str() {
        Some(url) if is_loopback_http(url) => Ok(url.to_owned()),
        _ => Err(invalid(
            "webhook must be an http URL whose host is a loopback name or address (127.0.0.0/8, localhost, [::1]): the simulator delivers webhooks only to loopback URLs",
        )),
    }
}

fn partner_insights(body: &Map<String, Value>) -> Result<Option<Value>, Failure> {
    match body.get("partner_insights") {
        None | Some(Value::Null) => Ok(None),
        Some(options @ Value::Object(_)) => Ok(Some(options.clone())),
        Some(_) => Err(invalid("partner_insights must be an object")),
    }
}

fn client_report_id(body: &Map<String, Value>) -> Result<Value, Failure> {
    let top = body.get("client_report_id").filter(|v| !v.is_null());
    let nested = body
        .get("base_report")
        .and_then(|b| b.get("client_report_id"))
        .filter(|v| !v.is_null());
    match top.or(nested) {
        None => Ok(Value::Null),
        Some(id @ Value::String(_)) => Ok(id.clone()),
        Some(_) => Err(invalid("client_report_id must be a string")),
    }
}

/// At least one known product when sent.
fn products(body: &Map<String, Value>) -> Result<Vec<String>, Failure> {
    let Some(value) = body.get("products").filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let names: Option<Vec<String>> = value.as_array().and_then(|items| {
        items
            .iter()
            .map(|item| {
                item.as_str()
                    .filter(|p| PRODUCTS.contains(p))
                    .map(str::to_owned)
            })
            .collect()
    });
    match names {
        Some(names) if !names.is_empty() => Ok(names),
        _ => Err(invalid(
            "products must be a non-empty list of Plaid product names",
        )),
    }
}
