//! The `CHECK_REPORT` webhook bodies (models CraCheckReportReadyWebhook,
//! CraUserCheckReportReadyWebhook, CraCheckReportFailedWebhook,
//! CraUserCheckReportFailedWebhook).

use serde_json::{json, Value};

use crate::fixtures::fixture_json;
use crate::records::{Identity, Outcome, Record};

/// The product always generated (except for products the simulator does not model).
const BASE_REPORT: &str = "cra_base_report";
/// The product that fails for `usr_create_insights_failed`.
const PARTNER_INSIGHTS: &str = "cra_partner_insights";

/// A webhook to send.
#[derive(Debug, Clone)]
pub(crate) struct Webhook {
    /// Its `webhook_code`.
    pub(crate) code: &'static str,
    /// Its body.
    pub(crate) body: Value,
}

/// The webhook `record` sends once ready.
pub(crate) fn for_record(record: &Record) -> Webhook {
    let by_user_id = matches!(record.identity, Identity::UserId(_));
    let code = match (record.outcome, by_user_id) {
        (Outcome::Failed, true) => "USER_CHECK_REPORT_FAILED",
        (Outcome::Failed, false) => "CHECK_REPORT_FAILED",
        (_, true) => "USER_CHECK_REPORT_READY",
        (_, false) => "CHECK_REPORT_READY",
    };
    let user_id = record.identity.user_id();
    let products = requested_products(record);
    let body = match record.outcome {
        Outcome::Failed => failed(code, &user_id, &products),
        Outcome::Ready => ready(code, &user_id, products, Vec::new()),
        Outcome::InsightsFailed => {
            let succeeded = products
                .into_iter()
                .filter(|p| p != PARTNER_INSIGHTS)
                .collect();
            ready(code, &user_id, succeeded, vec![PARTNER_INSIGHTS.to_owned()])
        }
    };
    Webhook { code, body }
}

/// `cra_base_report` and the create's `products`, each once.
fn requested_products(record: &Record) -> Vec<String> {
    let mut products = vec![BASE_REPORT.to_owned()];
    for product in &record.products {
        if !products.contains(product) {
            products.push(product.clone());
        }
    }
    products
}

fn ready(code: &str, user_id: &str, successful: Vec<String>, failed: Vec<String>) -> Value {
    json!({
        "webhook_type": "CHECK_REPORT",
        "webhook_code": code,
        "user_id": user_id,
        "successful_products": successful,
        "failed_products": failed,
        "environment": "sandbox",
    })
}

/// A FAILED webhook: DATA_UNAVAILABLE caused by an Item that needs the user to log in
/// again (Plaid's documented DATA_UNAVAILABLE example), so that Item is repairable.
fn failed(code: &str, user_id: &str, products: &[String]) -> Value {
    let documented = fixture_json("DATA_UNAVAILABLE");
    let causes = documented["causes"].as_array().cloned().unwrap_or_default();
    let repairable_items: Vec<Value> = causes
        .iter()
        .map(|cause| {
            json!({
                "error_type": cause["error_type"],
                "error_code": cause["error_code"],
                "error_message": cause["error_message"],
                "display_message": cause["display_message"],
                "item_id": cause["item_id"],
            })
        })
        .collect();
    json!({
        "webhook_type": "CHECK_REPORT",
        "webhook_code": code,
        "user_id": user_id,
        "error": {
            "error_type": documented["error_type"],
            "error_code": documented["error_code"],
            "error_message": documented["error_message"],
            "display_message": documented["display_message"],
            "status": 400,
            "causes": causes,
        },
        "repairable_items": repairable_items,
        "failed_products": products,
        "environment": "sandbox",
    })
}
