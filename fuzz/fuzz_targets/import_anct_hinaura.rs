//! Any bytes as ANCT's republication of Hinaura (`import::anct_hinaura::parse`, a JSON array
//! of early-schema records with OSM hours): records of any shape, numbers where text is
//! expected, lists as strings or arrays. The importer answers with places and a report, or
//! refuses the whole file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::anct_hinaura::parse(data, "fuzz"));
});
