//! Any bytes as Grenoble's municipal libraries (`import::grenoble_bm::parse`, a CSV with former names and labelled weekly hours). The importer answers with places and a report, or refuses the whole
//! file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::grenoble_bm::parse(data, "fuzz"));
});
