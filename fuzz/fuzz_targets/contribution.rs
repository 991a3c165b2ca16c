//! Any bytes as a field contribution posted to an inbox (`Contribution::from_json`): refused
//! with a reason that repeats no markup, or accepted and then read back the same from its
//! canonical JSON (what the inbox stores and compares retries by), and never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toutpres::contribution::Contribution;

fuzz_target!(|data: &[u8]| {
    match Contribution::from_json(data) {
        Ok(c) => {
            let again = Contribution::from_json(c.canonical_json().as_bytes());
            assert_eq!(again.as_ref(), Ok(&c));
        }
        Err(e) => {
            let message = e.to_string();
            assert!(!message.contains('<') && !message.contains('>'), "{message}");
        }
    }
});
