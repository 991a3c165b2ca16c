//! Any bytes as an OpenStreetMap Overpass JSON answer (`import::osm::parse`): elements of any
//! shape, tags anyone can write (`opening_hours` read by `hours`). OSM is edited by anyone,
//! so the importer answers with places and a report, or refuses the whole file, and never
//! panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::osm::parse(data, "fuzz"));
});
