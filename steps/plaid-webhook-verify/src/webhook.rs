//! The verified webhook body: parsing, routing (`next`) and the step's output.

use serde_json::{json, Map, Value};

use crate::refusal::{quote, Refusal, RefusalCode};

/// The product whose failure makes a READY report unusable here.
pub const PARTNER_INSIGHTS: &str = "cra_partner_insights";

/// What the workflow should do next.
///
/// Routing matches `webhook_type` `CHECK_REPORT` together with the code (codes are
/// exact, case-sensitive):
///
/// | `webhook_code` | `failed_products` | `next` | `reason` |
/// | --- | --- | --- | --- |
/// | `CHECK_REPORT_READY`, `USER_CHECK_REPORT_READY` | absent, `null`, or without `cra_partner_insights` | `fetch_insights` | — |
/// | `CHECK_REPORT_READY`, `USER_CHECK_REPORT_READY` | lists `cra_partner_insights` | `repair_or_recreate` | `partner_insights_failed` |
/// | `CHECK_REPORT_FAILED`, `USER_CHECK_REPORT_FAILED` | any | `repair_or_recreate` | `check_report_failed` |
/// | anything else (any other type or code) | any | `ignore` | — |
///
/// A READY report whose partner insights failed has nothing to fetch (the insights
/// endpoint would answer with an error), so it goes down the same branch as a failed
/// report; `reason` tells the two apart, and `error` is `null` and `repairable_items`
/// `[]` there (the READY webhook carries neither).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Next {
    /// `fetch_insights`: the report is ready; fetch the partner insights.
    FetchInsights,
    /// `repair_or_recreate`: repair the `repairable_items` in Link update mode, or
    /// create the report again.
    RepairOrRecreate,
    /// `ignore`: not a Check Report outcome.
    Ignore,
}

impl Next {
    /// The stable snake_case value of `next`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FetchInsights => "fetch_insights",
            Self::RepairOrRecreate => "repair_or_recreate",
            Self::Ignore => "ignore",
        }
    }
}

/// Why `next` is [`Next::RepairOrRecreate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// `check_report_failed`: a `*CHECK_REPORT_FAILED` webhook.
    CheckReportFailed,
    /// `partner_insights_failed`: a READY webhook whose `failed_products` lists
    /// `cra_partner_insights`.
    PartnerInsightsFailed,
}

impl Reason {
    /// The stable snake_case value of `reason`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CheckReportFailed => "check_report_failed",
            Self::PartnerInsightsFailed => "partner_insights_failed",
        }
    }
}

/// A webhook that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    /// The `kid` of the Plaid key that signed it.
    pub key_id: String,
    /// The JWT's `iat`, unix seconds.
    pub issued_at: i64,
    /// `webhook_type`.
    pub webhook_type: String,
    /// `webhook_code`.
    pub webhook_code: String,
    /// The route.
    pub next: Next,
    /// Set exactly when `next` is [`Next::RepairOrRecreate`].
    pub reason: Option<Reason>,
    /// The body, parsed, members in their original order.
    pub webhook: Map<String, Value>,
}

impl Verified {
    /// Parses the verified `body` and routes it. Not an object, or no string
    /// `webhook_type` / `webhook_code`, or a routed (non-`ignore`) webhook without a
    /// string `user_id` → `invalid_body`.
    pub(crate) fn from_body(body: &str, key_id: &str, issued_at: i64) -> Result<Self, Refusal> {
        let webhook = match serde_json::from_str::<Value>(body) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return Err(invalid("is JSON but not an object".to_owned())),
            Err(e) => {
                return Err(invalid(format!(
                    "is not valid JSON (line {}, column {})",
                    e.line(),
                    e.column()
                )))
            }
        };
        let webhook_type = required_string(&webhook, "webhook_type")?;
        let webhook_code = required_string(&webhook, "webhook_code")?;
        let (next, reason) = route(&webhook_type, &webhook_code, &webhook);
        if next != Next::Ignore && !webhook.get("user_id").is_some_and(Value::is_string) {
            return Err(invalid(format!(
                "is a {} webhook without a string user_id",
                quote(&webhook_code)
            )));
        }
        Ok(Self {
            key_id: key_id.to_owned(),
            issued_at,
            webhook_type,
            webhook_code,
            next,
            reason,
            webhook,
        })
    }

    /// The step output; its shape is in the crate docs (Output).
    pub fn output(&self) -> Value {
        let string_or_null = |member: &str| match self.webhook.get(member) {
            Some(Value::String(s)) => Value::String(s.clone()),
            _ => Value::Null,
        };
        let mut out = Map::new();
        out.insert("webhook_type".into(), json!(self.webhook_type));
        out.insert("webhook_code".into(), json!(self.webhook_code));
        out.insert("user_id".into(), string_or_null("user_id"));
        out.insert("environment".into(), string_or_null("environment"));
        out.insert("key_id".into(), json!(self.key_id));
        out.insert("issued_at".into(), json!(self.issued_at));
        out.insert("next".into(), json!(self.next.as_str()));
        if let Some(reason) = self.reason {
            out.insert("reason".into(), json!(reason.as_str()));
            let error = self.webhook.get("error").cloned().unwrap_or(Value::Null);
            let items = match self.webhook.get("repairable_items") {
                Some(items @ Value::Array(_)) => items.clone(),
                _ => json!([]),
            };
            out.insert("error".into(), error);
            out.insert("repairable_items".into(), items);
        }
        for member in ["successful_products", "failed_products"] {
            match self.webhook.get(member) {
                None | Some(Value::Null) => {}
                Some(products) => {
                    out.insert(member.into(), products.clone());
                }
            }
        }
        out.insert("webhook".into(), Value::Object(self.webhook.clone()));
        Value::Object(out)
    }
}

/// The route for a webhook; see the module table.
fn route(webhook_type: &str, code: &str, webhook: &Map<String, Value>) -> (Next, Option<Reason>) {
    if webhook_type != "CHECK_REPORT" {
        return (Next::Ignore, None);
    }
    match code {
        "CHECK_REPORT_READY" | "USER_CHECK_REPORT_READY" => {
            let partner_failed = match webhook.get("failed_products") {
                Some(Value::Array(products)) => products
                    .iter()
                    .any(|p| p.as_str() == Some(PARTNER_INSIGHTS)),
                _ => false,
            };
            if partner_failed {
                (Next::RepairOrRecreate, Some(Reason::PartnerInsightsFailed))
            } else {
                (Next::FetchInsights, None)
            }
        }
        "CHECK_REPORT_FAILED" | "USER_CHECK_REPORT_FAILED" => {
            (Next::RepairOrRecreate, Some(Reason::CheckReportFailed))
        }
        _ => (Next::Ignore, None),
    }
}

fn required_string(webhook: &Map<String, Value>, member: &str) -> Result<String, Refusal> {
    match webhook.get(member) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(invalid(format!("has no string {member}"))),
    }
}

/// An `invalid_body` refusal.
fn invalid(detail: String) -> Refusal {
    Refusal::new(
        RefusalCode::InvalidBody,
        format!("the verified webhook body {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verified(body: Value) -> Verified {
        Verified::from_body(&body.to_string(), "k", 1).unwrap()
    }

    fn refusal(body: &str) -> Refusal {
        Verified::from_body(body, "k", 1).unwrap_err()
    }

    #[test]
    fn routes_each_check_report_code() {
        let ready = |code: &str, failed: Value| {
            json!({"webhook_type": "CHECK_REPORT", "webhook_code": code, "user_id": "u",
                   "environment": "sandbox", "failed_products": failed})
        };
        for code in ["CHECK_REPORT_READY", "USER_CHECK_REPORT_READY"] {
            let v = verified(ready(code, Value::Null));
            assert_eq!((v.next, v.reason), (Next::FetchInsights, None));
            let v = verified(ready(code, json!(["cra_income_insights"])));
            assert_eq!((v.next, v.reason), (Next::FetchInsights, None));
            let v = verified(ready(code, json!(["cra_base_report", PARTNER_INSIGHTS])));
            let want = (Next::RepairOrRecreate, Some(Reason::PartnerInsightsFailed));
            assert_eq!((v.next, v.reason), want);
        }
        for code in ["CHECK_REPORT_FAILED", "USER_CHECK_REPORT_FAILED"] {
            let v = verified(ready(code, json!([])));
            let want = (Next::RepairOrRecreate, Some(Reason::CheckReportFailed));
            assert_eq!((v.next, v.reason), want);
        }
        for (t, c) in [
            ("CHECK_REPORT", "check_report_ready"),
            ("CHECK_REPORT", "SOMETHING_NEW"),
            ("OTHER", "CHECK_REPORT_READY"),
            ("TRANSACTIONS", "SYNC_UPDATES_AVAILABLE"),
        ] {
            let v = verified(json!({"webhook_type": t, "webhook_code": c}));
            assert_eq!((v.next, v.reason), (Next::Ignore, None), "{t} {c}");
        }
    }

    #[test]
    fn refuses_bodies_without_type_code_or_user() {
        for body in [
            "",
            "not json",
            "[]",
            "\"CHECK_REPORT\"",
            "null",
            "{}",
            "{\"webhook_type\": \"CHECK_REPORT\"}",
            "{\"webhook_code\": \"CHECK_REPORT_READY\"}",
            "{\"webhook_type\": 1, \"webhook_code\": \"X\"}",
            "{\"webhook_type\": \"CHECK_REPORT\", \"webhook_code\": \"CHECK_REPORT_READY\"}",
            "{\"webhook_type\": \"CHECK_REPORT\", \"webhook_code\": \"CHECK_REPORT_FAILED\", \
             \"user_id\": null}",
        ] {
            assert_eq!(refusal(body).code(), RefusalCode::InvalidBody, "{body}");
        }
    }

    #[test]
    fn output_keeps_the_webhook_in_order() {
        let body =
            r#"{"z": 1, "webhook_type": "X", "a": {"b": [1, 2.5, "c"]}, "webhook_code": "Y"}"#;
        let v = Verified::from_body(body, "k", 1).unwrap();
        let out = v.output();
        let keys: Vec<&String> = out["webhook"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["z", "webhook_type", "a", "webhook_code"]);
        assert_eq!(out["webhook"], serde_json::from_str::<Value>(body).unwrap());
        assert_eq!(out["user_id"], Value::Null);
        assert_eq!(out["environment"], Value::Null);
        assert!(out.get("successful_products").is_none());
        assert!(out.get("reason").is_none());
        assert!(out.get("error").is_none());
    }
}
