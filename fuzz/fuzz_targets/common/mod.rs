//! The importers' contract, as far as it must hold for any bytes (`src/import/mod.rs` and the
//! invariants of ARCHITECTURE.md), checked on each import a fuzz target makes. Nothing here is
//! an opinion on what a good import looks like: only what every importer promises.

use std::collections::HashSet;
use toutpres::import::{in_france, Import, ImportError};

/// An importer's answer to one input: a whole-file error is a fine answer (the contract's
/// `ImportError`); an import must keep its counts, places and ids straight.
pub fn check(result: Result<Import, ImportError>) {
    let import = match result {
        Ok(import) => import,
        Err(error) => {
            // The message is shown to whoever runs the build: it must be printable.
            let _ = error.to_string();
            return;
        }
    };
    let report = &import.report;
    // Every row read is either kept or skipped (`test_support::counts_add_up`).
    assert_eq!(report.read, report.kept + report.skipped, "{report}");
    // Every kept row is a place.
    assert_eq!(import.places.len(), report.kept, "{report}");
    let mut ids = HashSet::new();
    for place in &import.places {
        // `finish_row`: a place without a name is skipped...
        assert!(
            !place.name.trim().is_empty(),
            "kept a place with no name: {place:?}"
        );
        // ...and so is one whose point `check_point` refuses (after a swap, the point kept is
        // the one inside France).
        assert!(
            in_france(place.lat, place.lon),
            "kept a point outside France: {place:?}"
        );
        // `SeenIds`: the first record of an id is kept, later ones are skipped.
        assert!(ids.insert(place.id.as_str()), "two places {}", place.id);
        // "Never invent an attribute": a likely need never overlaps a stated one.
        assert!(
            place.needs.intersect(place.needs_to_check).is_empty(),
            "needs and needs_to_check overlap: {place:?}"
        );
    }
    let _ = report.to_string();
}
