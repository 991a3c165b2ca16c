//! Any bytes as the Aidants Connect list (`import::aidants_connect::parse`: structures with an
//! address and no coordinates), then attached to two known places as a build does
//! (`attach`). Reading answers with rows or refuses the whole file; attaching counts every row
//! placed or not placed, adds no place and moves none, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toutpres::import::aidants_connect::{attach, parse, KnownRecords};
use toutpres::place::Place;

/// Two places a row may name: one whose name and address a row of the real list matches, and
/// another at the same address.
fn known() -> Vec<Place> {
    let place = |id: &str, name: &str| Place {
        id: id.into(),
        name: name.into(),
        address: Some("2 rue du Vieux Temple".into()),
        postcode: Some("38000".into()),
        commune: Some("Grenoble".into()),
        lat: 45.1925,
        lon: 5.7303,
        ..Default::default()
    };
    vec![
        place("hinaura:age-d-or", "Association l'Age d'Or"),
        place("hinaura:pangolin", "Le Pangolin"),
    ]
}

fuzz_target!(|data: &[u8]| {
    let Ok((attachments, mut report)) = parse(data, "fuzz") else {
        return;
    };
    let mut places = known();
    attach(&mut places, &KnownRecords::default(), &attachments, &mut report);
    assert_eq!(report.read, report.kept + report.skipped, "{report}");
    assert_eq!(places.len(), 2);
    for (place, before) in places.iter().zip(known()) {
        assert_eq!((place.lat, place.lon, &place.name), (before.lat, before.lon, &before.name));
        assert!(place.needs.intersect(place.needs_to_check).is_empty(), "{place:?}");
    }
    let _ = report.to_string();
});
