//! Reading a step call's body: at most the body cap, within the body timeout.

use std::time::Duration;

use axum::body::{Body, Bytes};

use crate::error::ServiceError;

/// The whole body, or why not: over `max` bytes (413), not all there within `timeout`
/// (408), or cut off by the client (400).
pub(crate) async fn read(body: Body, max: usize, timeout: Duration) -> Result<Bytes, ServiceError> {
    match tokio::time::timeout(timeout, axum::body::to_bytes(body, max)).await {
        Err(_) => Err(ServiceError::BodyTimeout(timeout.as_millis())),
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(error)) if is_length_limit(&error) => Err(ServiceError::BodyTooLarge(max)),
        Ok(Err(_)) => Err(ServiceError::InvalidJson(
            "the body could not be read to its end".into(),
        )),
    }
}

/// Whether reading a body failed because it went over the cap.
fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if current.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = current.source();
    }
    false
}
