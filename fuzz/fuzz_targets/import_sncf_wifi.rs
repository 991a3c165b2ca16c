//! Any bytes as SNCF's stations with wifi (`import::sncf_wifi::parse`, a geolocated CSV). The importer answers with places and a report, or refuses the whole
//! file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::sncf_wifi::parse(data, "fuzz"));
});
