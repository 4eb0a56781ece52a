//! Sending a report's webhook once it is ready: one signed POST to its loopback URL,
//! recorded as a [`Delivery`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use http_body_util::Full;
use hyper::header::CONTENT_TYPE;
use hyper::Request;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use url::Url;

use crate::loopback::loopback_http;
use crate::observed::Delivery;
use crate::state::SimState;
use crate::{unix_time, webhooks};

/// How long one delivery may take, connection to status line.
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(10);

/// Sends the webhook of `user_id`'s report `generation` at `ready_at`, unless a later
/// create has replaced that report by then.
pub(crate) fn schedule(state: &Arc<SimState>, user_id: String, generation: u64, ready_at: Instant) {
    let task_state = state.clone();
    let task = tokio::spawn(async move {
        tokio::time::sleep_until(ready_at.into()).await;
        deliver(&task_state, &user_id, generation).await;
    });
    state.track(task.abort_handle());
}

async fn deliver(state: &SimState, user_id: &str, generation: u64) {
    let record = state
        .records
        .lock()
        .expect("records lock")
        .get(user_id)
        .filter(|record| record.generation == generation)
        .cloned();
    let Some(record) = record else {
        return;
    };
    let webhook = webhooks::for_record(&record);
    // Sent as Plaid sends it, pretty-printed: the signature covers these exact bytes.
    let body = serde_json::to_vec_pretty(&webhook.body).expect("a JSON value serializes");
    let jwt = state
        .keys
        .lock()
        .expect("keys lock")
        .current()
        .webhook_jwt(&body, unix_time::now());
    let result = match loopback_http(&record.webhook) {
        Some(url) => post(&url, body, jwt).await,
        None => Err("not a loopback http URL: not contacted".to_owned()),
    };
    tracing::info!(
        user_id,
        code = webhook.code,
        after = ?record.created_at.elapsed(),
        ?result,
        "simulator webhook"
    );
    state
        .deliveries
        .lock()
        .expect("deliveries lock")
        .push(Delivery {
            url: record.webhook,
            webhook_code: webhook.code.to_owned(),
            user_id: user_id.to_owned(),
            result,
        });
}

/// One POST of `body` with its `Plaid-Verification` JWT; the response status.
async fn post(url: &Url, body: Vec<u8>, jwt: String) -> Result<u16, String> {
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(0)
        .build_http::<Full<Bytes>>();
    let request = Request::post(url.as_str())
        .header(CONTENT_TYPE, "application/json")
        .header("plaid-verification", jwt)
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| format!("{:#}", anyhow::Error::from(e)))?;
    match tokio::time::timeout(DELIVERY_TIMEOUT, client.request(request)).await {
        Ok(Ok(response)) => Ok(response.status().as_u16()),
        Ok(Err(e)) => Err(format!("{:#}", anyhow::Error::from(e))),
        Err(_) => Err(format!("no answer within {DELIVERY_TIMEOUT:?}")),
    }
}
