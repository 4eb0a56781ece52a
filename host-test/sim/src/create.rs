//! `POST /cra/check_report/create`: stores a report for the user and schedules its
//! webhook.

use std::sync::Arc;
use std::time::Instant;

use axum::response::Response;
use serde_json::json;

use crate::checks::{Admitted, Endpoint};
use crate::create_fields::{self, CreateRequest};
use crate::fixtures::json_response;
use crate::records::{Outcome, Record};
use crate::schema::{check_unknown, CREATE_REQUEST};
use crate::state::SimState;
use crate::users::{self, Behaviour};
use crate::{delivery, CREATE_PATH};

pub(crate) const ENDPOINT: Endpoint = Endpoint {
    path: CREATE_PATH,
    rate_limited: true,
};

/// The answer to an admitted request (see [`crate::checks::checked`]).
pub(crate) async fn answer(state: Arc<SimState>, admitted: Admitted) -> Response {
    let request_id = admitted.request_id;
    let read = check_unknown(&admitted.object, CREATE_REQUEST)
        .and_then(|()| create_fields::read(&admitted.object));
    match read {
        Ok(request) => {
            store(&state, request);
            json_response(200, json!({ "request_id": request_id }).to_string())
        }
        Err(failure) => failure.respond(&request_id),
    }
}

/// Stores the report (replacing the user's earlier one) and schedules its webhook.
fn store(state: &Arc<SimState>, request: CreateRequest) {
    let outcome = match users::behaviour(request.identity.given()) {
        Some(Behaviour::CreateFailed) => Outcome::Failed,
        Some(Behaviour::CreateInsightsFailed) => Outcome::InsightsFailed,
        _ => Outcome::Ready,
    };
    let created_at = Instant::now();
    let ready_at = created_at + state.config.ready_delay;
    let record = Record {
        generation: 0,
        identity: request.identity,
        webhook: request.webhook,
        created_at,
        ready_at,
        expires_at: created_at + state.config.report_lifetime,
        partner_insights: request.partner_insights,
        client_report_id: request.client_report_id,
        products: request.products,
        outcome,
    };
    let user_id = record.identity.user_id();
    let generation = state.records.lock().expect("records lock").insert(record);
    delivery::schedule(state, user_id, generation, ready_at);
}
