//! Any bytes as Hinaura's raw form export (`import::hinaura::parse`): a JSON array whose
//! field names are the form's questions and whose values are free text typed by hundreds of
//! volunteers (French day-by-day hours, phones as numbers, HTML in descriptions). The importer
//! answers with places and a report, or refuses the whole file, and never panics
//! (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::hinaura::parse(data, "fuzz"));
});
