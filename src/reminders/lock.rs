//! The optional lock: a short code of digits or pictures that hides the reminders from someone
//! else holding the phone.
//!
//! Only a salted hash of the code is stored, never the code. The hash is **Argon2id** (RFC 9106)
//! from the RustCrypto `argon2` crate, with the OWASP-recommended minimum parameters (19 MiB of
//! memory, 2 passes, 1 lane) and a 16-byte random salt from the operating system, kept together
//! as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) so parameters can be raised later
//! while old codes still verify.
//!
//! Why Argon2id rather than a salted SHA-256: a lock code is short (10,000 possibilities for four
//! digits), and a fast hash lets anyone who copies the file try them all in a millisecond. A
//! memory-hard hash makes each try cost tens of milliseconds and megabytes. That still does not
//! make four digits strong — the lock keeps out a person picking the phone up, not a determined
//! attacker with a copy of the file (the phone's own storage encryption is the protection
//! there) — so the interface should suggest six keys.
//!
//! Codes never appear in `Debug` output.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};

/// Fewest keys in a code.
pub const MIN_KEYS: usize = 4;
/// Most keys in a code.
pub const MAX_KEYS: usize = 12;

/// The picture keypad: ten pictograms the app already has, in keypad order (key 0 to 9).
pub const PICTURE_KEYS: [&str; 10] = [
    "wifi.svg",
    "charging.svg",
    "home.svg",
    "star.svg",
    "walk.svg",
    "speaker.svg",
    "call.svg",
    "town.svg",
    "repair.svg",
    "landmark.svg",
];

/// Which keypad the code was made on (stored in clear, so the app shows the right one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeKind {
    Digits,
    Pictures,
}

impl CodeKind {
    pub fn id(self) -> &'static str {
        match self {
            CodeKind::Digits => "digits",
            CodeKind::Pictures => "pictures",
        }
    }
    pub fn from_id(id: &str) -> Option<CodeKind> {
        [CodeKind::Digits, CodeKind::Pictures]
            .into_iter()
            .find(|k| k.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("a code has {MIN_KEYS} to {MAX_KEYS} keys")]
    Length,
    #[error("a code is made of keys 0 to 9")]
    Key,
    #[error("the code could not be hashed: {0}")]
    Hash(String),
}

/// A code as typed: keys 0 to 9 on the digit or the picture keypad.
#[derive(Clone, PartialEq, Eq)]
pub struct LockCode {
    kind: CodeKind,
    keys: Vec<u8>,
}

impl std::fmt::Debug for LockCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LockCode({:?}, ‹{} keys›)", self.kind, self.keys.len())
    }
}

impl LockCode {
    /// A code of digits typed as text ("482913").
    pub fn digits(text: &str) -> Result<LockCode, LockError> {
        let keys = text
            .chars()
            .map(|c| c.to_digit(10).map(|d| d as u8).ok_or(LockError::Key))
            .collect::<Result<Vec<u8>, _>>()?;
        LockCode::new(CodeKind::Digits, keys)
    }

    /// A code of pictures, as indices into [`PICTURE_KEYS`].
    pub fn pictures(keys: &[u8]) -> Result<LockCode, LockError> {
        LockCode::new(CodeKind::Pictures, keys.to_vec())
    }

    fn new(kind: CodeKind, keys: Vec<u8>) -> Result<LockCode, LockError> {
        if !(MIN_KEYS..=MAX_KEYS).contains(&keys.len()) {
            return Err(LockError::Length);
        }
        if keys.iter().any(|k| *k > 9) {
            return Err(LockError::Key);
        }
        Ok(LockCode { kind, keys })
    }

    pub fn kind(&self) -> CodeKind {
        self.kind
    }

    /// The bytes hashed: the keypad is part of the secret, so "1234" in digits and the same
    /// positions in pictures are different codes.
    fn secret(&self) -> Vec<u8> {
        let mut s = format!("{}:", self.kind.id()).into_bytes();
        s.extend(self.keys.iter().map(|k| b'0' + k));
        s
    }
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// The salted hash to store (PHC string).
pub fn hash_code(code: &LockCode) -> Result<String, LockError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(&code.secret(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| LockError::Hash(e.to_string()))
}

/// Whether `code` is the one `stored` was made from. A damaged stored value never matches.
pub fn verify_code(code: &LockCode, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        // Verification uses the parameters recorded in the hash, whatever the defaults now are.
        Ok(parsed) => hasher().verify_password(&code.secret(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// Wrong codes in a row allowed before the lock makes the person wait.
pub const FREE_TRIES: u32 = 5;
/// The longest wait between tries.
pub const MAX_WAIT_SECS: i64 = 15 * 60;

/// How long to wait after `failures` wrong codes in a row: nothing for the first
/// [`FREE_TRIES`], then 30 s, doubling each time, at most 15 minutes. Guessing four digits
/// then takes weeks on the phone itself, while a person who mistypes a few times never waits.
pub fn wait_after(failures: u32) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(10);
    (30i64 << doublings).min(MAX_WAIT_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_start_after_five_wrong_codes_double_and_stop_at_fifteen_minutes() {
        assert_eq!((0..5).map(wait_after).sum::<i64>(), 0);
        assert_eq!(wait_after(5), 30);
        assert_eq!(wait_after(6), 60);
        assert_eq!(wait_after(9), 480);
        assert_eq!(wait_after(10), MAX_WAIT_SECS);
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_SECS);
    }

    #[test]
    fn codes_are_checked_and_hashed_with_salt() {
        assert_eq!(LockCode::digits("12"), Err(LockError::Length));
        assert_eq!(LockCode::digits("12a4"), Err(LockError::Key));
        assert_eq!(LockCode::pictures(&[1, 2, 3, 10]), Err(LockError::Key));
        let code = LockCode::digits("482913").unwrap();
        assert!(!format!("{code:?}").contains("482913"));
        let a = hash_code(&code).unwrap();
        let b = hash_code(&code).unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(!a.contains("482913"));
        assert!(verify_code(&code, &a) && verify_code(&code, &b));
        assert!(!verify_code(&LockCode::digits("482914").unwrap(), &a));
        // Same keys on the picture keypad are another code.
        let pictures = LockCode::pictures(&[4, 8, 2, 9, 1, 3]).unwrap();
        assert!(!verify_code(&pictures, &a));
        assert!(!verify_code(&code, "not a hash"));
    }
}
