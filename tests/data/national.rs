//! The national and other-city lists on their real files: what each importer reads, keeps and
//! skips, and why. They are not in the bundled Isère snapshot (see `build::isere_sources`).

use std::path::{Path, PathBuf};
use toutpres::build::SourceKind;
use toutpres::department::department_code;
use toutpres::import::{Action, Import};
use toutpres::need::Need;
use toutpres::place::Place;

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel)
}

/// The file imported, and its counts: read, kept, repaired, skipped.
fn imported(kind: SourceKind, rel: &str) -> (Import, [usize; 4]) {
    let import = kind.import(&data(rel)).unwrap();
    let r = &import.report;
    let counts = [r.read, r.kept, r.repaired, r.skipped];
    (import, counts)
}

/// The place of record `key` (`source:record`).
fn by_key<'a>(import: &'a Import, key: &str) -> &'a Place {
    import.places.iter().find(|p| p.id == key).unwrap()
}

/// How many skipped rows give a reason starting with `start`.
fn skipped_because(import: &Import, start: &str) -> usize {
    import
        .report
        .issues
        .iter()
        .filter(|i| i.action == Action::Skipped && i.reason.starts_with(start))
        .count()
}

#[test]
fn sncf_stations_with_wifi_are_all_kept_and_one_is_in_isere() {
    let rel = "sncf-wifi/gares-wifi-oui-geolocalisees.csv";
    let (import, counts) = imported(SourceKind::SncfWifi, rel);
    assert_eq!(counts, [227, 227, 0, 0], "{}", import.report);
    assert_eq!(import.report.kept_without_need, 0);
    for p in &import.places {
        assert!(p.needs.contains(Need::Wifi), "{p:?}");
        assert_eq!(p.kind.as_deref(), Some("Gare"));
        assert!(p.commune.is_some(), "{p:?}");
        assert_eq!(p.postcode, None, "a département name is not a postcode");
        assert_eq!(p.wifi_access, None, "the list gives no access");
    }
    let grenoble = by_key(&import, "sncf-wifi:747006");
    assert_eq!(grenoble.name, "Grenoble");
    assert_eq!((grenoble.lat, grenoble.lon), (45.191493, 5.714584));

    // Every département the file names is one of the 101; Isère (38) has one station.
    let mut rows = csv::Reader::from_path(data(rel)).unwrap();
    let mut in_isere = Vec::new();
    for row in rows.records() {
        let row = row.unwrap();
        let code = department_code(&row[4]);
        assert!(code.is_some(), "unknown département {:?}", &row[4]);
        if code == Some("38") {
            in_isere.push(row[1].to_string());
        }
    }
    assert_eq!(in_isere, vec!["Grenoble"]);
}

#[test]
fn the_sncf_list_without_coordinates_is_refused_not_placed() {
    let err = SourceKind::SncfWifi
        .import(&data("sncf-wifi/gares-equipees-du-wifi.csv"))
        .unwrap_err();
    assert!(err.to_string().contains("latitude, longitude"), "{err}");
}

#[test]
fn paris_sites_not_in_service_are_skipped_with_their_state() {
    let rel = "paris-wifi/sites-disposant-du-service-paris-wi-fi.csv";
    let (import, counts) = imported(SourceKind::ParisWifi, rel);
    assert_eq!(counts, [277, 270, 0, 7], "{}", import.report);
    assert_eq!(
        skipped_because(&import, "site not in service (Fermé pour travaux)"),
        4
    );
    assert_eq!(
        skipped_because(&import, "site not in service (En déploiement)"),
        1
    );
    assert_eq!(
        skipped_because(&import, "site not in service (En étude)"),
        1
    );
    assert_eq!(
        skipped_because(&import, "another access point of the same site"),
        1
    );
    // The byte-order mark did not hide the first column: every place has its name.
    assert!(import.places.iter().all(|p| !p.name.is_empty()));
    let canopee = by_key(&import, "paris-wifi:PW0143");
    assert_eq!(canopee.name, "MEDIATHEQUE LA CANOPEE LA FONTAINE");
    assert_eq!(canopee.address.as_deref(), Some("10 PASSAGE DE LA CANOPEE"));
    assert_eq!(canopee.postcode.as_deref(), Some("75001"));
    assert_eq!(canopee.commune.as_deref(), Some("Paris"));
    assert!(canopee.needs.contains(Need::Wifi));
    assert_eq!(canopee.source_terms, vec!["Paris Wi-Fi"]);
    let outside = import.places.iter().filter(|p| p.commune.is_none()).count();
    assert_eq!(
        outside, 2,
        "the pounds in Clichy and Bonneuil: no commune given"
    );
}

/// The verbatim SNCF list is not imported (no coordinates): this holds only while its "Oui"
/// stations are exactly those of the geolocated file, so that not reading it loses none.
#[test]
fn every_sncf_station_with_wifi_has_its_position_in_the_geolocated_file() {
    let uics = |rel: &str, delimiter: u8, wifi: usize| -> Vec<String> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_path(data(rel))
            .unwrap();
        let mut uics: Vec<String> = reader
            .records()
            .map(Result::unwrap)
            .filter(|row| &row[wifi] == "Oui")
            .map(|row| row[0].to_string())
            .collect();
        uics.sort();
        uics
    };
    let verbatim = uics("sncf-wifi/gares-equipees-du-wifi.csv", b';', 2);
    let geolocated = uics("sncf-wifi/gares-wifi-oui-geolocalisees.csv", b',', 2);
    assert_eq!(verbatim.len(), 227);
    assert_eq!(verbatim, geolocated);
}
