//! `POST /cra/check_report/partner_insights/get`: the report, or the error a special
//! user, a stored report's stage or fault injection calls for.

use std::sync::Arc;
use std::time::Instant;

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use crate::checks::{Admitted, Endpoint, IDENTITY_KEYS};
use crate::faults::{echo_headers, fault};
use crate::fixtures::{error_fixture, json_response, plaid_error, Failure};
use crate::records::{Outcome, Stage};
use crate::report::{self, ReportOptions};
use crate::schema::{check_unknown, PARTNER_INSIGHTS_REQUEST};
use crate::state::SimState;
use crate::users::{self, Behaviour, PARTNER_INSIGHTS_FAILED};
use crate::PATH;

pub(crate) const ENDPOINT: Endpoint = Endpoint {
    path: PATH,
    rate_limited: true,
};

/// The answer to an admitted request (see [`crate::checks::checked`]).
pub(crate) async fn answer(state: Arc<SimState>, admitted: Admitted) -> Response {
    let (object, request_id) = (&admitted.object, admitted.request_id.as_str());
    let user = match check_unknown(object, PARTNER_INSIGHTS_REQUEST).and_then(|()| user(object)) {
        Ok(user) => user,
        Err(failure) => return failure.respond(request_id),
    };
    let behaviour = users::behaviour(&user);
    let new_client = state.config.new_client || matches!(behaviour, Some(Behaviour::NewClient));
    if let Some(failure) = new_client.then(|| refused_for_new_client(object)).flatten() {
        return failure.respond(request_id);
    }
    if let Some(response) = special_answer(behaviour, &admitted.headers, &user, request_id).await {
        return response;
    }
    if matches!(behaviour, Some(Behaviour::Slow)) {
        tokio::time::sleep(state.config.slow_delay).await;
    }
    let options = match stored_report(&state, object) {
        Ok(options) => options,
        Err(failure) => return failure.respond(request_id),
    };
    if let Some(failure) = injected(&state) {
        return failure.respond(request_id);
    }
    let variant = match behaviour {
        Some(Behaviour::Report(variant)) => Some(variant),
        _ => None,
    };
    json_response(200, report::render(&options, &user, request_id, variant))
}

/// The user: `user_id` (which must start `usr_`), else `user_token`, else
/// `third_party_user_token`.
fn user(object: &Map<String, Value>) -> Result<String, Failure> {
    // Plaid's identity fields are plain strings: `null` is not one.
    if let Some(key) = IDENTITY_KEYS
        .iter()
        .find(|key| object.get(**key).is_some_and(|v| !v.is_string()))
    {
        return Err(Failure::new(
            "INVALID_FIELD",
            format!("{key} must be a string"),
        ));
    }
    let identity = |key: &str| object.get(key).and_then(Value::as_str);
    match identity("user_id") {
        Some(id) if !id.starts_with("usr_") => Err(Failure::new(
            "INVALID_USER_ID",
            "user_id must start with usr_",
        )),
        Some(id) => Ok(id.to_owned()),
        None => identity("user_token")
            .or_else(|| identity("third_party_user_token"))
            .map(str::to_owned)
            .ok_or_else(|| {
                Failure::new(
                    "MISSING_FIELDS",
                    "the following required fields are missing: user_id, user_token or third_party_user_token",
                )
            }),
    }
}

/// A client created on or after 2026-07-01 may not send request-time options.
fn refused_for_new_client(object: &Map<String, Value>) -> Option<Failure> {
    let key = ["partner_insights", "options"]
        .into_iter()
        .find(|key| object.contains_key(*key))?;
    // Plaid documents no code for this refusal; INVALID_FIELD is the closest
    // documented one: the field exists in the API but is not accepted here.
    Some(Failure::new(
        "INVALID_FIELD",
        format!("{key} is not accepted for clients created on or after 2026-07-01; specify the required products when creating the report with /cra/check_report/create"),
    ))
}

/// The answer of a special user that answers without a report.
async fn special_answer(
    behaviour: Option<Behaviour>,
    headers: &HeaderMap,
    user: &str,
    request_id: &str,
) -> Option<Response> {
    let response = match behaviour? {
        Behaviour::Documented(code) => Failure::new(code, "").respond(request_id),
        Behaviour::Error(error) => error.respond(request_id),
        Behaviour::Empty(status) => StatusCode::from_u16(status)
            .unwrap_or(StatusCode::BAD_GATEWAY)
            .into_response(),
        Behaviour::ErrorIn200 => {
            let (_, fixture) = error_fixture("PRODUCT_NOT_READY");
            plaid_error(200, fixture, "", request_id)
        }
        Behaviour::Html502 => (
            StatusCode::BAD_GATEWAY,
            [("content-type", "text/html")],
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        Behaviour::RateLimited { retry_after } => {
            let mut response = Failure::new("RATE_LIMIT", "").respond(request_id);
            if retry_after {
                response
                    .headers_mut()
                    .insert("retry-after", HeaderValue::from_static("1"));
            }
            response
        }
        Behaviour::EchoHeaders => echo_headers(headers, user),
        Behaviour::Fault(kind) => fault(kind).await,
        Behaviour::Slow
        | Behaviour::Report(_)
        | Behaviour::NewClient
        | Behaviour::CreateFailed
        | Behaviour::CreateInsightsFailed => return None,
    };
    Some(response)
}

/// What the report reflects: the request's options, completed from the user's stored
/// report when there is one (and refused while that report is not ready, after it
/// expired, or when it failed).
fn stored_report(state: &SimState, object: &Map<String, Value>) -> Result<ReportOptions, Failure> {
    let options = ReportOptions::from_request(object);
    let records = state.records.lock().expect("records lock");
    let Some(record) = records.for_request(object) else {
        return Ok(options);
    };
    match (record.stage(Instant::now()), record.outcome) {
        (Stage::NotReady, _) => Err(Failure::new("PRODUCT_NOT_READY", "")),
        (Stage::Expired, _) => Err(Failure::new("CONSUMER_REPORT_EXPIRED", "")),
        (Stage::Ready, Outcome::Failed) => Err(Failure::new("DATA_UNAVAILABLE", "")),
        (Stage::Ready, Outcome::InsightsFailed) => Err(Failure::Object(PARTNER_INSIGHTS_FAILED)),
        (Stage::Ready, Outcome::Ready) => {
            Ok(options.or_created(record.partner_insights.as_ref(), &record.client_report_id))
        }
    }
}

/// The configured share of injected 429s and 500s.
fn injected(state: &SimState) -> Option<Failure> {
    let roll: u8 = rand::random_range(0..100);
    let config = &state.config;
    if roll < config.inject_429_percent {
        return Some(Failure::new("RATE_LIMIT", "injected rate limit"));
    }
    if roll
        < config
            .inject_429_percent
            .saturating_add(config.inject_500_percent)
    {
        return Some(Failure::new(
            "INTERNAL_SERVER_ERROR",
            "injected server error",
        ));
    }
    None
}
