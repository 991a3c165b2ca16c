//! Any bytes served as a manifest: verify must refuse or accept, never panic. A key is trusted
//! so inputs that copy its id get past the id lookup into signature and JSON parsing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toutpres::sync::manifest::{self, SecretKey};

fuzz_target!(|data: &[u8]| {
    let key = SecretKey::from_seed([7; 32]).public();
    let _ = manifest::verify(data, &[key]);
    let _ = manifest::parse_app_version(&String::from_utf8_lossy(data));
});
