//! Any bytes as the Ville de Grenoble's wifi access points (`import::grenoble_wifi::parse`, a
//! CSV whose descriptions name a site, a floor or an office; access points of one site become
//! one place). The importer answers with places and a report, or refuses the whole file, and
//! never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::grenoble_wifi::parse(data, "fuzz"));
});
