//! Any bytes as the France services list (`import::france_services::parse`, a CSV with French
//! free-text hours per weekday, read through `hours::weekly_text_to_osm`). The importer
//! answers with places and a report, or refuses the whole file, and never panics
//! (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::france_services::parse(data, "fuzz"));
});
