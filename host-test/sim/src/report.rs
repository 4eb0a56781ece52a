//! Building the Partner Insights report: Plaid's spec example, with the Prism versions
//! and FICO requests that were asked for reflected in it.

use serde_json::{json, Map, Value};

const REPORT_EXAMPLE: &str =
    include_str!("../../../examples/plaid/response-200.spec-example-1.json");

/// The Prism products, in the order their scores are offset.
const PRISM_KEYS: &[&str] = &["detect", "firstdetect", "cashscore", "extend", "insights"];

/// What the report reflects: Prism versions, FICO requests and the report's ID.
#[derive(Debug, Default, Clone)]
pub(crate) struct ReportOptions {
    /// The `prism_versions` asked for, as found (a non-object asks for none).
    pub(crate) prism_versions: Option<Value>,
    /// The `fico` object asked for.
    pub(crate) fico: Option<Value>,
    /// The create's `client_report_id`, replacing the example's.
    pub(crate) client_report_id: Option<Value>,
}

impl ReportOptions {
    /// What a Partner Insights request asks for: `partner_insights.prism_versions` (else
    /// the older `options.prism_versions`) and `partner_insights.fico`.
    pub(crate) fn from_request(body: &Map<String, Value>) -> Self {
        let prism_versions = body
            .get("partner_insights")
            .and_then(|p| p.get("prism_versions"))
            .or_else(|| body.get("options").and_then(|o| o.get("prism_versions")))
            .cloned();
        Self {
            prism_versions,
            fico: fico_of(body.get("partner_insights")),
            client_report_id: None,
        }
    }

    /// Fills what the request did not ask for from the create's `partner_insights`,
    /// and takes the create's `client_report_id`.
    pub(crate) fn or_created(
        mut self,
        partner_insights: Option<&Value>,
        client_report_id: &Value,
    ) -> Self {
        if self.prism_versions.is_none() {
            self.prism_versions = partner_insights
                .and_then(|p| p.get("prism_versions"))
                .cloned();
        }
        if self.fico.is_none() {
            self.fico = fico_of(partner_insights);
        }
        self.client_report_id = Some(client_report_id.clone());
        self
    }
}

fn fico_of(partner_insights: Option<&Value>) -> Option<Value> {
    partner_insights
        .and_then(|p| p.get("fico"))
        .filter(|f| f.is_object())
        .cloned()
}

/// A full report altered for a special user.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Variant {
    /// Padded to 12 MiB.
    Oversized,
    /// The JSON text cut in half.
    Truncated,
    /// `prism.insights.version` is `null`.
    NullVersion,
    /// `prism.first_detect.version` is `4.1`.
    FloatVersion,
    /// `prism.cash_score.score` is `712.0`.
    FloatScore,
    /// `prism.cash_score.score` is `712.5`.
    FractionalScore,
    /// Two UltraFICO results, one excluded.
    ExclusionCode,
    /// An owner whose `addresses[].data.street` is `null`.
    NullStreet,
}

/// The report's JSON text for `user`, altered by `variant`.
pub(crate) fn render(
    options: &ReportOptions,
    user: &str,
    request_id: &str,
    variant: Option<Variant>,
) -> String {
    let mut response = report_for(options, user, request_id);
    if let Some(variant) = variant {
        if matches!(variant, Variant::Oversized) {
            response["padding"] = json!("x".repeat(12 * 1024 * 1024));
        }
        contract_variant(variant, &mut response["report"]);
    }
    let mut text = response.to_string();
    if matches!(variant, Some(Variant::Truncated)) {
        text.truncate(text.len() / 2);
    }
    text
}

/// A stable pseudo-random number per user, so the same user always gets the same scores.
fn user_seed(user: &str) -> u64 {
    user.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// The full report response.
fn report_for(options: &ReportOptions, user: &str, request_id: &str) -> Value {
    let mut response: Value = serde_json::from_str(REPORT_EXAMPLE).expect("example is JSON");
    let seed = user_seed(user);
    response["request_id"] = json!(request_id);
    let report = &mut response["report"];
    report["report_id"] = json!(format!("sim_report_{:016x}", seed));
    if let Some(id) = &options.client_report_id {
        report["client_report_id"] = id.clone();
    }
    let score = 300 + (seed % 600) as i64;
    let versions = options
        .prism_versions
        .as_ref()
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    report["prism"] = prism(&report["prism"], &versions, score);
    if let Some(fico) = &options.fico {
        report["fico"] = fico_results(fico, seed);
    }
    response
}

/// The `prism` section: the example's (with this user's cash score) when no version was
/// asked for, else one product per version asked for.
fn prism(example: &Value, versions: &Map<String, Value>, score: i64) -> Value {
    let requested: Vec<(usize, &str, &str)> = PRISM_KEYS
        .iter()
        .enumerate()
        .filter_map(|(i, k)| versions.get(*k).and_then(Value::as_str).map(|v| (i, *k, v)))
        .collect();
    if requested.is_empty() {
        let mut prism = example.as_object().cloned().unwrap_or_default();
        prism["cash_score"]["score"] = json!(score);
        return Value::Object(prism);
    }
    let template = &example["cash_score"];
    let mut prism = Map::new();
    for (offset, key, version) in requested {
        let major: i64 = version
            .split(['.', '_'])
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3);
        let mut product = template.clone();
        product["model_version"] = json!(version);
        product["version"] = json!(major);
        product["score"] = json!(score + offset as i64);
        let (name, product) = match key {
            "cashscore" => ("cash_score", product),
            "firstdetect" => ("first_detect", product),
            "insights" => (
                "insights",
                json!({ "version": major, "model_version": version, "result": { "l6m_cumbal_acc": 1 } }),
            ),
            other => {
                product.as_object_mut().map(|p| p.remove("version"));
                (other, product)
            }
        };
        prism.insert(name.to_owned(), product);
    }
    prism.insert("status".into(), json!("SUCCESS"));
    Value::Object(prism)
}

/// The `fico` section: one UltraFICO result per request (base score + 12).
fn fico_results(fico: &Value, seed: u64) -> Value {
    let results: Vec<Value> = fico["ultrafico_score_requests"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|req| {
            let base = req["base_fico_score"]["score"].as_i64().unwrap_or(650);
            json!({
                "request_correlation_id": req.get("request_correlation_id").cloned().unwrap_or(json!("")),
                "fico_scoring_request_id": req.get("fico_scoring_request_id").cloned().unwrap_or(json!(format!("fsr_{:08x}", seed as u32))),
                "exclusion_code": "0",
                "ultrafico_score": {
                    "ultrafico_score_version": "1.0",
                    "score": (base + 12).min(850),
                    "negative_reason_codes": req["base_fico_score"].get("reason_codes").cloned().unwrap_or(json!([])),
                    "positive_reason_codes": ["P01"],
                    "did_inquiries_adversely_affect_score": false
                }
            })
        })
        .collect();
    json!({
        "lender_application_id": fico["lender_application_id"],
        "ultrafico_score_results": results,
        "report_characteristics": {
            "num_accounts": 1, "num_checking_accounts": 1, "num_savings_accounts": 0,
            "days_since_earliest_tx": 365, "avg_daily_balance_over_3_months": 1523.75
        }
    })
}

/// Real-shaped departures from the 1.697.4 contract, for the `usr_contract_*` users
/// and the newer fields (`exclusion_code`, a null `street`).
fn contract_variant(variant: Variant, report: &mut Value) {
    match variant {
        Variant::NullVersion => report["prism"]["insights"]["version"] = Value::Null,
        Variant::FloatVersion => report["prism"]["first_detect"]["version"] = json!(4.1),
        Variant::FloatScore => report["prism"]["cash_score"]["score"] = json!(712.0),
        Variant::FractionalScore => report["prism"]["cash_score"]["score"] = json!(712.5),
        Variant::ExclusionCode => {
            report["fico"] = json!({
                "lender_application_id": "app_exclusion",
                "ultrafico_score_results": [
                    {
                        "request_correlation_id": "corr-scored",
                        "fico_scoring_request_id": "fsr_scored",
                        "exclusion_code": "0",
                        "ultrafico_score": { "ultrafico_score_version": "1.0", "score": 702, "negative_reason_codes": [], "positive_reason_codes": ["P01"] }
                    },
                    {
                        "request_correlation_id": "corr-excluded",
                        "fico_scoring_request_id": "fsr_excluded",
                        "exclusion_code": "12",
                        "ultrafico_score": null,
                        "error_reason": "INSUFFICIENT_ACCOUNT_HISTORY"
                    }
                ]
            })
        }
        Variant::NullStreet => {
            report["items"][0]["accounts"][0]["owners"] = json!([{
                "names": ["Alberta Bobbeth Charleson"],
                "phone_numbers": [],
                "emails": [],
                "addresses": [{
                    "data": { "street": null, "city": "Malakoff", "region": "NY", "postal_code": "14236", "country": "US" },
                    "primary": true
                }]
            }])
        }
        Variant::Oversized | Variant::Truncated => {}
    }
}
