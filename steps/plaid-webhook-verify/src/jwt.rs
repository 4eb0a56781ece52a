//! The `Plaid-Verification` JWT: compact JWS parsing and the untrusted header checks.
//!
//! Nothing read here is trusted until [`crate::signature`] has verified the signature;
//! the header is only used to refuse early (`alg`, `typ`, `crit`) and to name the key
//! (`kid`). Header parameters that point at keys (`jwk`, `jku`, `x5u`, `x5c`) are
//! ignored: the key always comes from Plaid's key endpoint by `kid`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{Map, Value};

use crate::refusal::{quote, Refusal, RefusalCode};

/// The only accepted `alg` (RFC 7518 §3.4: ECDSA P-256 with SHA-256).
pub const ALG: &str = "ES256";

/// Longest accepted token, in bytes. Plaid's are a few hundred bytes.
pub const MAX_TOKEN_LEN: usize = 8 * 1024;

/// A compact JWS whose header passed the checks; claims not yet trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    kid: String,
    signing_input: String,
    claims: Map<String, Value>,
    signature: [u8; 64],
}

impl Token {
    /// The header's `kid`: which Plaid key signed this token.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)), what was signed.
    pub fn signing_input(&self) -> &[u8] {
        self.signing_input.as_bytes()
    }

    /// The claims set, untrusted until the signature is verified.
    pub fn claims(&self) -> &Map<String, Value> {
        &self.claims
    }

    /// The 64-byte R || S signature (RFC 7518 §3.4).
    pub fn signature(&self) -> &[u8; 64] {
        &self.signature
    }

    /// Parses `token` and checks its header: `alg` exactly `ES256`, a non-empty string
    /// `kid`, `typ` absent or `JWT`, no `crit`. The header is checked before the payload
    /// and signature are decoded, so an `alg: none` token with an empty signature is
    /// refused as `unsupported_alg`.
    pub fn parse(token: &str) -> Result<Token, Refusal> {
        if token.len() > MAX_TOKEN_LEN {
            return Err(malformed(format!(
                "is {} bytes long, more than the {MAX_TOKEN_LEN} accepted",
                token.len()
            )));
        }
        let parts: Vec<&str> = token.split('.').collect();
        let [header_b64, payload_b64, signature_b64] = parts[..] else {
            return Err(malformed(format!(
                "has {} part(s) separated by '.', not 3 (header.payload.signature)",
                parts.len()
            )));
        };
        let kid = check_header(&json_object(header_b64, "header")?)?;
        let claims = json_object(payload_b64, "payload")?;
        let signature = decode_part(signature_b64, "signature")?;
        let signature: [u8; 64] = signature.as_slice().try_into().map_err(|_| {
            malformed(format!(
                "signature is {} bytes; ES256 needs the 64-byte R || S of RFC 7518 §3.4 \
                 (a DER signature is not accepted)",
                signature.len()
            ))
        })?;
        Ok(Token {
            kid,
            signing_input: format!("{header_b64}.{payload_b64}"),
            claims,
            signature,
        })
    }
}

/// Checks the untrusted header; returns its `kid`.
fn check_header(header: &Map<String, Value>) -> Result<String, Refusal> {
    match header.get("alg") {
        Some(Value::String(alg)) if alg == ALG => {}
        Some(Value::String(alg)) => {
            return Err(Refusal::new(
                RefusalCode::UnsupportedAlg,
                format!(
                    "the Plaid-Verification JWT's alg is {}; only ES256 is accepted",
                    quote(alg)
                ),
            ))
        }
        Some(_) | None => {
            return Err(Refusal::new(
                RefusalCode::UnsupportedAlg,
                "the Plaid-Verification JWT's header has no string alg; only ES256 is accepted",
            ))
        }
    }
    let kid = match header.get("kid") {
        Some(Value::String(kid)) if !kid.is_empty() => kid.clone(),
        _ => {
            return Err(Refusal::new(
                RefusalCode::MissingKid,
                "the Plaid-Verification JWT's header has no kid (a non-empty string naming \
                 Plaid's key)",
            ))
        }
    };
    match header.get("typ") {
        None => {}
        Some(Value::String(typ)) if typ == "JWT" => {}
        Some(Value::String(typ)) => {
            return Err(malformed(format!("typ is {}, not \"JWT\"", quote(typ))))
        }
        Some(_) => return Err(malformed("typ is not a string".to_owned())),
    }
    if header.contains_key("crit") {
        return Err(malformed(
            "header has crit; no JWS extension is understood here".to_owned(),
        ));
    }
    Ok(kid)
}

/// Decodes one part and parses it as a JSON object.
fn json_object(part: &str, what: &str) -> Result<Map<String, Value>, Refusal> {
    let bytes = decode_part(part, what)?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(malformed(format!("{what} is JSON but not an object"))),
        Err(_) => Err(malformed(format!("{what} is not valid JSON"))),
    }
}

/// Decodes one non-empty, unpadded, canonical base64url part.
fn decode_part(part: &str, what: &str) -> Result<Vec<u8>, Refusal> {
    if part.is_empty() {
        return Err(malformed(format!("{what} is empty")));
    }
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| malformed(format!("{what} is not base64url without padding")))
}

/// A `malformed_jwt` refusal.
fn malformed(detail: String) -> Refusal {
    Refusal::new(
        RefusalCode::MalformedJwt,
        format!("the Plaid-Verification JWT {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b64(value: &Value) -> String {
        URL_SAFE_NO_PAD.encode(value.to_string())
    }

    fn token(header: Value, claims: Value, signature: &[u8]) -> String {
        let sig = URL_SAFE_NO_PAD.encode(signature);
        format!("{}.{}.{sig}", b64(&header), b64(&claims))
    }

    fn es256(kid: &str) -> Value {
        json!({"alg": "ES256", "kid": kid, "typ": "JWT"})
    }

    fn code(token: &str) -> RefusalCode {
        Token::parse(token).unwrap_err().code()
    }

    #[test]
    fn parses_a_well_formed_token() {
        let t = token(es256("k1"), json!({"iat": 1}), &[7; 64]);
        let parsed = Token::parse(&t).unwrap();
        assert_eq!(parsed.kid(), "k1");
        assert_eq!(parsed.claims()["iat"], 1);
        assert_eq!(parsed.signature(), &[7; 64]);
        let dot = t.rfind('.').unwrap();
        assert_eq!(parsed.signing_input(), &t.as_bytes()[..dot]);
    }

    #[test]
    fn typ_is_optional() {
        let t = token(json!({"alg": "ES256", "kid": "k"}), json!({}), &[1; 64]);
        assert!(Token::parse(&t).is_ok());
    }

    #[test]
    fn refuses_other_algs() {
        for alg in ["none", "HS256", "RS256", "ES384", "es256", "ES256 ", ""] {
            let t = token(json!({"alg": alg, "kid": "k"}), json!({}), &[1; 64]);
            assert_eq!(code(&t), RefusalCode::UnsupportedAlg, "{alg}");
        }
        let t = token(json!({"alg": ["ES256"], "kid": "k"}), json!({}), &[1; 64]);
        assert_eq!(code(&t), RefusalCode::UnsupportedAlg);
        let t = token(json!({"kid": "k"}), json!({}), &[1; 64]);
        assert_eq!(code(&t), RefusalCode::UnsupportedAlg);
    }

    #[test]
    fn alg_none_with_empty_signature_is_unsupported_alg() {
        let t = format!(
            "{}.{}.",
            b64(&json!({"alg": "none", "kid": "k"})),
            b64(&json!({}))
        );
        assert_eq!(code(&t), RefusalCode::UnsupportedAlg);
    }

    #[test]
    fn refuses_a_missing_or_empty_kid() {
        for header in [
            json!({"alg": "ES256"}),
            json!({"alg": "ES256", "kid": ""}),
            json!({"alg": "ES256", "kid": 5}),
            json!({"alg": "ES256", "kid": null}),
        ] {
            let t = token(header, json!({}), &[1; 64]);
            assert_eq!(code(&t), RefusalCode::MissingKid);
        }
    }

    #[test]
    fn refuses_other_typ_and_crit() {
        for header in [
            json!({"alg": "ES256", "kid": "k", "typ": "jose"}),
            json!({"alg": "ES256", "kid": "k", "typ": 1}),
            json!({"alg": "ES256", "kid": "k", "crit": ["b64"], "b64": false}),
        ] {
            let t = token(header, json!({}), &[1; 64]);
            assert_eq!(code(&t), RefusalCode::MalformedJwt);
        }
    }

    #[test]
    fn refuses_garbled_tokens() {
        let good = token(es256("k"), json!({}), &[1; 64]);
        let (h, rest) = good.split_once('.').unwrap();
        let (p, s) = rest.split_once('.').unwrap();
        let cases = [
            String::new(),
            "abc".to_owned(),
            format!("{h}.{p}"),
            format!("{h}.{p}.{s}.{s}"),
            format!(".{p}.{s}"),
            format!("{h}..{s}"),
            format!("{h}.{p}.{s}="),
            format!("{h}=.{p}.{s}"),
            format!("{h}.{p}.{}", s.replace('A', "+")),
            format!("{h}!.{p}.{s}"),
            format!(" {h}.{p}.{s}"),
            format!("{}.{p}.{s}", URL_SAFE_NO_PAD.encode("{not json")),
            format!("{}.{p}.{s}", URL_SAFE_NO_PAD.encode("[1]")),
            format!("{h}.{}.{s}", URL_SAFE_NO_PAD.encode("nope")),
            format!("{h}.{}.{s}", URL_SAFE_NO_PAD.encode("\"str\"")),
            token(es256("k"), json!({}), &[1; 63]),
            token(es256("k"), json!({}), &[1; 65]),
            token(es256("k"), json!({}), &[0x30; 70]),
            format!("{h}.{p}.{s}{}", "A".repeat(MAX_TOKEN_LEN)),
        ];
        for t in cases {
            assert_eq!(code(&t), RefusalCode::MalformedJwt, "{t:.80}");
        }
    }

    #[test]
    fn messages_never_echo_the_token() {
        let secretish = "S".repeat(200);
        let t = format!("{secretish}.{secretish}");
        let r = Token::parse(&t).unwrap_err();
        assert!(!r.message().contains("SSSS"));
        let t = token(json!({"alg": secretish, "kid": "k"}), json!({}), &[1; 64]);
        let r = Token::parse(&t).unwrap_err();
        assert!(r.message().len() < 160, "{}", r.message());
    }
}
