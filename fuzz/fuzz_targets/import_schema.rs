//! Any bytes as a national-schema file (`import::schema::parse`): the first byte chooses the
//! JSON form (`[` or `{`) or the CSV form (`,`- or `;`-separated, `|`- or `;`-separated
//! lists), so one target covers both, and the Conseillers numériques file too (the same
//! `parse_as` under another source). Producers all over France write this schema by hand or by
//! their own tools: whatever they publish, the importer answers with places and a report, or
//! refuses the whole file, and never panics (`common::check` lists what must hold).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(toutpres::import::schema::parse(data, "fuzz"));
});
