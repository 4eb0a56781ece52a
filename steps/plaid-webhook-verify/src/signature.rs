//! ES256 signature verification (RFC 7518 §3.4) with RustCrypto's `p256`.
//!
//! **High-S signatures are accepted.** ECDSA signatures are malleable: if (r, s)
//! verifies, so does (r, n − s). JWS (RFC 7515/7518) does not require low-S, and Plaid
//! does not document that its signer normalises S, so refusing high-S would refuse about
//! half of Plaid's genuine webhooks. Accepting it gives an attacker nothing: a flipped
//! S signs the very same header and claims (same `iat`, same body hash), which whoever
//! holds the original token could replay anyway within the `iat` window. `p256`'s
//! verifier accepts both forms; this module does not add a check.

use p256::ecdsa::signature::Verifier as _;
use p256::ecdsa::{Signature, VerifyingKey};

use crate::refusal::{Refusal, RefusalCode};

/// Verifies the 64-byte R || S `signature` over `signing_input` (SHA-256 is applied
/// here). A zero or out-of-range r or s is `bad_signature` too.
pub fn verify_es256(
    key: &VerifyingKey,
    signing_input: &[u8],
    signature: &[u8; 64],
) -> Result<(), Refusal> {
    let signature = Signature::from_slice(signature).map_err(|_| {
        Refusal::new(
            RefusalCode::BadSignature,
            "the Plaid-Verification JWT's signature has r or s out of range",
        )
    })?;
    key.verify(signing_input, &signature).map_err(|_| {
        Refusal::new(
            RefusalCode::BadSignature,
            "the Plaid-Verification JWT's signature does not verify with Plaid's key",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::Signer;
    use p256::ecdsa::signature::Signer as _;

    fn sign(signer: &Signer, msg: &[u8]) -> Signature {
        signer.signing_key().sign(msg)
    }

    fn bytes(sig: &Signature) -> [u8; 64] {
        sig.to_bytes().into()
    }

    #[test]
    fn accepts_a_good_signature() {
        let signer = Signer::new("k");
        let sig = sign(&signer, b"a.b");
        assert!(verify_es256(signer.signing_key().verifying_key(), b"a.b", &bytes(&sig)).is_ok());
    }

    #[test]
    fn refuses_another_message_or_key() {
        let signer = Signer::new("k");
        let other = Signer::new("k");
        let sig = bytes(&sign(&signer, b"a.b"));
        let key = signer.signing_key().verifying_key();
        let refusal = verify_es256(key, b"a.c", &sig).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::BadSignature);
        let refusal = verify_es256(other.signing_key().verifying_key(), b"a.b", &sig).unwrap_err();
        assert_eq!(refusal.code(), RefusalCode::BadSignature);
        let mut flipped = sig;
        flipped[10] ^= 1;
        assert!(verify_es256(key, b"a.b", &flipped).is_err());
    }

    #[test]
    fn accepts_high_s_deliberately() {
        let signer = Signer::new("k");
        let sig = sign(&signer, b"a.b");
        let (r, s) = sig.split_scalars();
        let flipped = Signature::from_scalars(r.to_bytes(), (-*s).to_bytes()).unwrap();
        // Exactly one of the two is high-S.
        assert!(sig.normalize_s().is_some() != flipped.normalize_s().is_some());
        let key = signer.signing_key().verifying_key();
        assert!(verify_es256(key, b"a.b", &bytes(&sig)).is_ok());
        assert!(verify_es256(key, b"a.b", &bytes(&flipped)).is_ok());
    }

    #[test]
    fn refuses_zero_and_out_of_range_scalars() {
        let signer = Signer::new("k");
        let key = signer.signing_key().verifying_key();
        let good = bytes(&sign(&signer, b"a.b"));
        let mut zero_r = good;
        zero_r[..32].fill(0);
        let mut zero_s = good;
        zero_s[32..].fill(0);
        let mut big_s = good;
        big_s[32..].fill(0xff);
        for sig in [zero_r, zero_s, big_s, [0; 64]] {
            let refusal = verify_es256(key, b"a.b", &sig).unwrap_err();
            assert_eq!(refusal.code(), RefusalCode::BadSignature);
        }
    }
}
