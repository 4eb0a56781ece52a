//! `POST /webhook_verification_key/get` (models WebhookVerificationKeyGetRequest and
//! WebhookVerificationKeyGetResponse): the public key a webhook JWT's `kid` names.

use std::sync::Arc;

use axum::response::Response;
use serde_json::{json, Map, Value};

use crate::checks::{Admitted, Endpoint};
use crate::fixtures::{json_response, Failure};
use crate::schema::{check_unknown, KEY_REQUEST};
use crate::state::SimState;
use crate::KEY_PATH;

pub(crate) const ENDPOINT: Endpoint = Endpoint {
    path: KEY_PATH,
    rate_limited: false,
};

/// The answer to an admitted request (see [`crate::checks::checked`]).
pub(crate) async fn answer(state: Arc<SimState>, admitted: Admitted) -> Response {
    let request_id = admitted.request_id;
    match key_for(&state, &admitted.object) {
        Ok(key) => json_response(
            200,
            json!({ "key": key, "request_id": request_id }).to_string(),
        ),
        Err(failure) => failure.respond(&request_id),
    }
}

/// The JWK the body's `key_id` names, or why there is none.
fn key_for(state: &SimState, body: &Map<String, Value>) -> Result<Value, Failure> {
    check_unknown(body, KEY_REQUEST)?;
    let key_id = match body.get("key_id") {
        None | Some(Value::Null) => {
            return Err(Failure::new(
                "MISSING_FIELDS",
                "the following required fields are missing: key_id",
            ))
        }
        Some(Value::String(key_id)) => key_id,
        Some(_) => return Err(Failure::new("INVALID_FIELD", "key_id must be a string")),
    };
    // Plaid documents no error code for an unknown key_id; INVALID_FIELD is the closest
    // documented one (the field is well-formed but names nothing).
    state
        .keys
        .lock()
        .expect("keys lock")
        .jwk(key_id)
        .ok_or_else(|| Failure::new("INVALID_FIELD", "key_id not found"))
}
