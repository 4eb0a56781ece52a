//! Phase one, step input validation: `{"headers": {name: string}, "body": string}`, every problem
//! at once, each at its RFC 6901 JSON Pointer. No network, no key, no clock.
//!
//! * Members other than `headers` and `body` are ignored (a trigger may pass the method,
//!   path, query...).
//! * Every header value must be a string, even headers this step does not read.
//! * Header names are compared ASCII-case-insensitively. Only `Plaid-Verification` is
//!   read; if it appears under several spellings with different values (after trimming
//!   spaces and tabs, the optional whitespace of RFC 9110) the input is
//!   `ambiguous_header`; equal values are fine.
//! * The header must hold a JWT whose header passes [`Token::parse`]: problems there
//!   carry that refusal's code at the header's pointer.

use serde_json::{json, Map, Value};

use crate::jwt::Token;
use crate::refusal::{quote, Refusal, RefusalCode};
use crate::verify::Pending;

/// The header that carries Plaid's JWT, lowercase.
pub const HEADER: &str = "plaid-verification";

/// One input problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// RFC 6901 JSON Pointer to the value, or where a missing value belongs: `""`,
    /// `/headers`, `/headers/<name as given>`, `/headers/plaid-verification` (missing),
    /// `/body`.
    pub pointer: String,
    /// The refusal code this problem would produce.
    pub code: RefusalCode,
    /// A sentence a person understands; never quotes the header value.
    pub message: String,
}

impl InputError {
    fn new(pointer: impl Into<String>, code: RefusalCode, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            code,
            message: message.into(),
        }
    }
}

/// Validates the step input text; on success the webhook awaits its key.
pub fn validate(input: &str) -> Result<Pending, Vec<InputError>> {
    let root = match serde_json::from_str::<Value>(input) {
        Ok(Value::Object(root)) => root,
        Ok(_) => {
            return Err(vec![InputError::new(
                "",
                RefusalCode::InvalidInput,
                "the step input must be a JSON object {\"headers\": {...}, \"body\": \"...\"}",
            )])
        }
        Err(e) => {
            return Err(vec![InputError::new(
                "",
                RefusalCode::InvalidInput,
                format!(
                    "the step input is not valid JSON (line {}, column {})",
                    e.line(),
                    e.column()
                ),
            )])
        }
    };
    let mut errors = Vec::new();
    let header = verification_header(root.get("headers"), &mut errors);
    let body = body(root.get("body"), &mut errors);
    match (header, body) {
        (Some((token, raw)), Some(body)) if errors.is_empty() => {
            let normalized = json!({"headers": {HEADER: raw}, "body": body});
            Ok(Pending::new(token, body, normalized))
        }
        _ => Err(errors),
    }
}

/// Phase one: validates the step input text and decodes the JWT header without trusting
/// it. A refusal here means no key needs fetching. With several problems, the refusal
/// carries the first one's code (see [`crate::validate`] for all of them).
pub fn parse(input: &str) -> Result<Pending, Refusal> {
    validate(input).map_err(|errors| {
        let Some(first) = errors.first() else {
            return Refusal::new(RefusalCode::InvalidInput, "the step input is invalid");
        };
        let more = match errors.len() {
            1 => String::new(),
            n => format!(" (and {} more problem(s))", n - 1),
        };
        let at = match first.pointer.as_str() {
            "" => "the input".to_owned(),
            pointer => pointer.to_owned(),
        };
        Refusal::new(first.code, format!("{at}: {}{more}", first.message))
    })
}

/// The parsed token and its trimmed text, if `headers` yields exactly one.
fn verification_header(
    headers: Option<&Value>,
    errors: &mut Vec<InputError>,
) -> Option<(Token, String)> {
    let headers = match headers {
        Some(Value::Object(headers)) => headers,
        Some(_) => {
            errors.push(invalid("/headers", "headers must be an object of strings"));
            return None;
        }
        None => {
            errors.push(invalid(
                "/headers",
                "headers is required (an object of strings)",
            ));
            return None;
        }
    };
    let (name, text) = find(headers, errors)?;
    let pointer = format!("/headers/{}", escape(name));
    if text.is_empty() {
        errors.push(InputError::new(
            pointer,
            RefusalCode::MissingVerificationHeader,
            "the Plaid-Verification header is empty",
        ));
        return None;
    }
    match Token::parse(text) {
        Ok(token) => Some((token, text.to_owned())),
        Err(refusal) => {
            errors.push(InputError::new(pointer, refusal.code(), refusal.message()));
            None
        }
    }
}

/// Checks every header value is a string; returns the one `Plaid-Verification` (name as
/// given, value trimmed), or records why there is none.
fn find<'a>(
    headers: &'a Map<String, Value>,
    errors: &mut Vec<InputError>,
) -> Option<(&'a str, &'a str)> {
    let mut found: Option<(&str, &str)> = None;
    let mut ambiguous = false;
    for (name, value) in headers {
        let Value::String(text) = value else {
            let pointer = format!("/headers/{}", escape(name));
            errors.push(invalid(pointer, "header values must be strings"));
            continue;
        };
        if !name.eq_ignore_ascii_case(HEADER) {
            continue;
        }
        let text = text.trim_matches([' ', '\t']);
        match found {
            None => found = Some((name, text)),
            Some((first, seen)) if seen != text && !ambiguous => {
                ambiguous = true;
                errors.push(InputError::new(
                    format!("/headers/{}", escape(name)),
                    RefusalCode::AmbiguousHeader,
                    format!(
                        "headers {} and {} differ only in case and carry different values; \
                         which one Plaid sent cannot be told",
                        quote(first),
                        quote(name)
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    if found.is_none() && !headers.keys().any(|k| k.eq_ignore_ascii_case(HEADER)) {
        errors.push(InputError::new(
            format!("/headers/{HEADER}"),
            RefusalCode::MissingVerificationHeader,
            "the Plaid-Verification header is required (any case): Plaid signs every \
             webhook with it",
        ));
    }
    found.filter(|_| !ambiguous)
}

/// The raw body, if it is a string.
fn body(body: Option<&Value>, errors: &mut Vec<InputError>) -> Option<String> {
    match body {
        Some(Value::String(body)) => Some(body.clone()),
        Some(_) => {
            errors.push(invalid(
                "/body",
                "body must be a string: the raw request body exactly as received, not parsed \
                 JSON (its hash is what Plaid signed)",
            ));
            None
        }
        None => {
            errors.push(invalid(
                "/body",
                "body is required: the raw request body exactly as received",
            ));
            None
        }
    }
}

/// A JSON Pointer reference token (RFC 6901 §3: `~` → `~0`, `/` → `~1`).
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

fn invalid(pointer: impl Into<String>, message: &str) -> InputError {
    InputError::new(pointer, RefusalCode::InvalidInput, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::Signer;
    use serde_json::json;

    fn errors(input: Value) -> Vec<(String, RefusalCode)> {
        validate(&input.to_string())
            .unwrap_err()
            .into_iter()
            .map(|e| (e.pointer, e.code))
            .collect()
    }

    fn token() -> String {
        Signer::new("k1").webhook_token("{}", 0)
    }

    #[test]
    fn accepts_any_case_and_trims() {
        let t = token();
        for name in [
            "Plaid-Verification",
            "plaid-verification",
            "PLAID-VERIFICATION",
        ] {
            let input = json!({"headers": {name: format!(" {t}\t"), "x": "y"}, "body": "{}"});
            let pending = validate(&input.to_string()).unwrap();
            assert_eq!(pending.key_id(), "k1");
            assert_eq!(
                pending.normalized(),
                json!({"headers": {"plaid-verification": t}, "body": "{}"})
            );
        }
    }

    #[test]
    fn same_value_under_two_spellings_is_fine() {
        let t = token();
        let input = json!({"headers": {"plaid-verification": t, "Plaid-Verification": t},
                           "body": ""});
        assert!(validate(&input.to_string()).is_ok());
    }

    #[test]
    fn different_values_are_ambiguous() {
        let t = token();
        let other = Signer::new("k2").webhook_token("{}", 0);
        let input = json!({"headers": {"plaid-verification": t, "Plaid-Verification": other,
                                       "PLAID-VERIFICATION": "x"},
                           "body": ""});
        assert_eq!(
            errors(input),
            [(
                "/headers/Plaid-Verification".to_owned(),
                RefusalCode::AmbiguousHeader
            )]
        );
    }

    #[test]
    fn reports_every_shape_problem() {
        let input = json!({"headers": {"a/b~c": 1, "x": null}, "body": {"parsed": true}});
        assert_eq!(
            errors(input),
            [
                ("/headers/a~1b~0c".to_owned(), RefusalCode::InvalidInput),
                ("/headers/x".to_owned(), RefusalCode::InvalidInput),
                (
                    "/headers/plaid-verification".to_owned(),
                    RefusalCode::MissingVerificationHeader
                ),
                ("/body".to_owned(), RefusalCode::InvalidInput),
            ]
        );
        assert_eq!(
            errors(json!({})),
            [
                ("/headers".to_owned(), RefusalCode::InvalidInput),
                ("/body".to_owned(), RefusalCode::InvalidInput),
            ]
        );
        assert_eq!(
            errors(json!({"headers": [], "body": 1})),
            [
                ("/headers".to_owned(), RefusalCode::InvalidInput),
                ("/body".to_owned(), RefusalCode::InvalidInput),
            ]
        );
    }

    #[test]
    fn refuses_input_that_is_not_an_object() {
        for text in ["", "nope", "[1]", "\"x\"", "null", "{\"headers\": {}"] {
            let errs = validate(text).unwrap_err();
            assert_eq!(errs.len(), 1);
            assert_eq!(
                (errs[0].pointer.as_str(), errs[0].code),
                ("", RefusalCode::InvalidInput)
            );
        }
    }

    #[test]
    fn a_non_string_verification_header_is_invalid_input_not_missing() {
        let input = json!({"headers": {"Plaid-Verification": ["a", "b"]}, "body": ""});
        assert_eq!(
            errors(input),
            [(
                "/headers/Plaid-Verification".to_owned(),
                RefusalCode::InvalidInput
            )]
        );
    }

    #[test]
    fn empty_header_is_missing() {
        let input = json!({"headers": {"Plaid-Verification": "  "}, "body": ""});
        assert_eq!(
            errors(input),
            [(
                "/headers/Plaid-Verification".to_owned(),
                RefusalCode::MissingVerificationHeader
            )]
        );
    }

    #[test]
    fn jwt_problems_sit_at_the_header() {
        for (value, code) in [
            ("a.b", RefusalCode::MalformedJwt),
            (
                "eyJhbGciOiJub25lIiwia2lkIjoiayJ9.e30.",
                RefusalCode::UnsupportedAlg,
            ),
            ("eyJhbGciOiJFUzI1NiJ9.e30.AA", RefusalCode::MissingKid),
        ] {
            let input = json!({"headers": {"plaid-verification": value}, "body": ""});
            assert_eq!(
                errors(input),
                [("/headers/plaid-verification".to_owned(), code)],
                "{value}"
            );
        }
    }

    #[test]
    fn messages_never_quote_the_header_value() {
        let secretish = format!("{}.{}", "Q".repeat(100), "Q".repeat(100));
        let input = json!({"headers": {"plaid-verification": secretish}, "body": ""});
        for e in validate(&input.to_string()).unwrap_err() {
            assert!(!e.message.contains("QQQ"), "{}", e.message);
        }
    }
}
