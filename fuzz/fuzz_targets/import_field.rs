//! Any bytes as an inbox export (`import::field::parse`), then its corrections applied to two
//! known places as a build does (`apply`). Reading answers with new places and corrections or
//! refuses the whole file; applying counts every correction applied or skipped, adds no place,
//! and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toutpres::import::field::{apply, parse};
use toutpres::import::in_france;
use toutpres::place::{Place, Provenance};

fn known() -> Vec<Place> {
    let place = |record: &str| Place {
        id: format!("hinaura:{record}"),
        name: format!("Lieu {record}"),
        lat: 45.19,
        lon: 5.72,
        provenance: vec![Provenance {
            source: "hinaura".into(),
            record_id: record.into(),
            updated: None,
        }],
        ..Default::default()
    };
    vec![place("1"), place("2")]
}

fuzz_target!(|data: &[u8]| {
    let Ok((file, mut report)) = parse(data, "fuzz") else {
        return;
    };
    assert_eq!(report.kept, file.places.len(), "{report}");
    for place in &file.places {
        assert!(!place.name.trim().is_empty() && in_france(place.lat, place.lon));
    }
    let mut places = known();
    let notes = apply(&mut places, &file.corrections, &mut report);
    assert_eq!(report.read, report.kept + report.skipped, "{report}");
    assert!(places.len() <= 2 && notes.len() <= file.corrections.len());
    for place in &places {
        assert!(in_france(place.lat, place.lon), "{place:?}");
        assert!(place.needs.intersect(place.needs_to_check).is_empty(), "{place:?}");
    }
    let _ = report.to_string();
});
