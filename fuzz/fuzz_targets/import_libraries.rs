//! Any bytes as the public libraries' address list (`import::libraries::parse`, a `;`-separated
//! CSV whose coordinates are one `lat, lon` text field). The importer answers with places and a
//! report, or refuses the whole file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::libraries::parse(data, "fuzz"));
});
