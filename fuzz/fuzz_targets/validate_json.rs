//! `validate` on structure-aware JSON: objects whose keys come mostly from the request
//! schema, so the fuzzer reaches deep fields (FICO requests, Prism versions).
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};

const KEYS: &[&str] = &[
    "user_id",
    "user_token",
    "third_party_user_token",
    "client_id",
    "secret",
    "user_tier",
    "partner_insights",
    "options",
    "prism_versions",
    "fico",
    "detect",
    "firstdetect",
    "cashscore",
    "extend",
    "insights",
    "fico_lender_id",
    "lender_application_id",
    "ultrafico_score_requests",
    "ultrafico_score_version",
    "request_correlation_id",
    "fico_scoring_request_id",
    "base_fico_score",
    "bureau",
    "score",
    "base_fico_score_version",
    "reason_codes",
    "reason_code_1",
    "did_inquiries_adversely_affect_score",
    "partner_insight",
];
const STRINGS: &[&str] = &[
    "usr_abc", "4", "4.1", "3", "3_lite", "1.0", "10T", "EXPERIAN", "free", "paid", "", "x/~y",
];

fn value(u: &mut Unstructured<'_>, depth: u32) -> arbitrary::Result<Value> {
    Ok(match u.int_in_range(0..=7)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        4 => Value::String(u.choose(STRINGS)?.to_string()),
        5 => Value::String(u.arbitrary()?),
        6 if depth < 6 => {
            let n = u.int_in_range(0..=4)?;
            Value::Array(
                (0..n)
                    .map(|_| value(u, depth + 1))
                    .collect::<Result<_, _>>()?,
            )
        }
        _ if depth < 6 => Value::Object(object(u, depth + 1)?),
        _ => Value::Null,
    })
}

fn object(u: &mut Unstructured<'_>, depth: u32) -> arbitrary::Result<Map<String, Value>> {
    let mut map = Map::new();
    for _ in 0..u.int_in_range(0..=6)? {
        let key = if u.ratio(9, 10)? {
            u.choose(KEYS)?.to_string()
        } else {
            u.arbitrary()?
        };
        map.insert(key, value(u, depth)?);
    }
    Ok(map)
}

#[derive(Debug)]
struct Input(Value);

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Input(Value::Object(object(u, 0)?)))
    }
}

fuzz_target!(|input: Input| {
    let text = input.0.to_string();
    if let Err(invalid) = plaid_partner_insights::validate(&text) {
        for error in &invalid.errors {
            assert!(
                error.path.is_empty() || error.path.starts_with('/'),
                "{error:?}"
            );
            assert!(!error.code.is_empty() && !error.message.is_empty());
        }
    }
});
