//! Step settings: the parser and the settings JSON Schema in the descriptor agree, and
//! the descriptor's origins are the ones the settings select.

use plaid_partner_insights::settings::{parse, Settings};
use plaid_partner_insights::{descriptor, Environment, ErrorKind, RequestTimeConfig};
use serde_json::{json, Value};

#[test]
fn settings_parse_to_their_values_and_defaults() {
    assert_eq!(parse("").unwrap(), Settings::default());
    assert_eq!(parse("{}").unwrap(), Settings::default());
    let s = parse(r#"{"environment":"production","request_time_config":"omit"}"#).unwrap();
    assert_eq!(s.environment, Some(Environment::Production));
    assert_eq!(s.request_time_config, Some(RequestTimeConfig::Omit));
    let s = parse(r#"{"environment":null,"request_time_config":"refuse"}"#).unwrap();
    assert_eq!(s.environment, None);
    assert_eq!(s.request_time_config, Some(RequestTimeConfig::Refuse));
}

#[test]
fn bad_settings_are_an_invalid_config_error_naming_what_is_allowed() {
    for bad in [
        "[]",
        "not json",
        r#"{"environment":"staging"}"#,
        r#"{"environment":1}"#,
        r#"{"request_time_config":"drop"}"#,
        r#"{"environment":"sandbox","extra":true}"#,
        r#"{"extra":null}"#,
    ] {
        let error = parse(bad).unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidConfig, "{bad}");
        assert!(!error.retryable);
        assert!(
            error.message.contains("sandbox or production")
                && error.message.contains("send, omit or refuse"),
            "{bad}: {}",
            error.message
        );
    }
}

#[test]
fn the_settings_schema_and_the_parser_agree() {
    let schema = descriptor().settings_schema;
    jsonschema::draft202012::meta::validate(&schema)
        .expect("valid against the 2020-12 meta-schema");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let values = [
        json!(null),
        json!("sandbox"),
        json!("production"),
        json!("send"),
        json!("omit"),
        json!("refuse"),
        json!("staging"),
        json!(3),
        json!(true),
    ];
    let mut corpus = vec![json!({}), json!([]), json!("x"), json!({"other": null})];
    for key in ["environment", "request_time_config"] {
        for value in &values {
            corpus.push(json!({ key: value }));
            corpus.push(json!({ key: value, "other": 1 }));
        }
    }
    for value in &corpus {
        assert_eq!(
            validator.is_valid(value),
            parse(&value.to_string()).is_ok(),
            "schema and parser disagree on {value}"
        );
    }
    for (key, default) in [("environment", "sandbox"), ("request_time_config", "send")] {
        assert_eq!(schema["properties"][key]["default"], json!(default));
    }
}

#[test]
fn each_origin_is_the_one_its_settings_select() {
    let d = descriptor();
    assert_eq!(d.origins.len(), 2);
    for (url, selected_by) in &d.origins {
        let settings = parse(&selected_by.to_string()).unwrap();
        let environment = settings
            .environment
            .expect("each origin names its environment");
        assert_eq!(*url, environment.base_url());
        assert!(url.starts_with("https://"));
    }
    let headers: Vec<&str> = d.credentials.iter().map(|(_, header, _)| *header).collect();
    assert_eq!(headers, ["plaid-client-id", "plaid-secret"]);
    let names: Vec<&str> = d.credentials.iter().map(|(name, _, _)| *name).collect();
    assert_eq!(names, ["PLAID_CLIENT_ID", "PLAID_SECRET"]);
    let _: &Value = &d.settings_schema;
}
