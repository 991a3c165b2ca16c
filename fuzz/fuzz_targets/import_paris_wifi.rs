//! Any bytes as the Paris Wi-Fi sites (`import::paris_wifi::parse`, a `;` CSV with a byte-order mark and a JSON point in a field). The importer answers with places and a report, or refuses the whole
//! file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::paris_wifi::parse(data, "fuzz"));
});
