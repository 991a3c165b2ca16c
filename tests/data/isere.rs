//! The cartography on the real Isère data: build, query, search, merge, determinism.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use toutpres::build::{self, GRENOBLE};
use toutpres::hours::OpenStatus;
use toutpres::need::{Need, NeedSet};
use toutpres::query::{self, Constraints, NearbyQuery};
use toutpres::snapshot::Snapshot;
use toutpres::spatial::distance_m;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// One build shared by the tests of this file.
fn built() -> &'static (tempfile::TempDir, PathBuf, build::BuildOutcome) {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf, build::BuildOutcome)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("isere.sqlite");
        let outcome = build::build(
            &build::isere_sources(&data_dir()),
            &path,
            None,
            None,
            "Isère",
        )
        .unwrap();
        (dir, path, outcome)
    })
}

fn snapshot() -> Snapshot {
    Snapshot::open(&built().1).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn query(needs: &[Need], constraints: Constraints, radius_m: f64, limit: usize) -> NearbyQuery {
    NearbyQuery::new(
        GRENOBLE.0,
        GRENOBLE.1,
        NeedSet::of(needs),
        at(2026, 3, 10, 10, 0),
        radius_m,
        limit,
    )
    .unwrap()
    .with_constraints(constraints)
}

#[test]
fn counts_per_need_around_grenoble_match_an_independent_scan() {
    let snap = snapshot();
    let outcome = &built().2;
    for need in Need::ALL {
        let confirmed = query::nearby(
            &snap,
            &query(
                &[need],
                Constraints {
                    confirmed_only: true,
                    ..Default::default()
                },
                15_000.0,
                query::MAX_LIMIT,
            ),
        )
        .unwrap();
        let all = query::nearby(
            &snap,
            &query(&[need], Constraints::default(), 15_000.0, query::MAX_LIMIT),
        )
        .unwrap();
        let counts = outcome
            .counts_grenoble
            .iter()
            .find(|c| c.need == need.id())
            .unwrap();
        assert_eq!(confirmed.hits.len(), counts.confirmed, "{need} confirmed");
        assert_eq!(
            all.hits.len(),
            counts.confirmed + counts.to_check,
            "{need} with to-check"
        );
        for w in all.hits.windows(2) {
            assert!(
                w[0].distance_m <= w[1].distance_m,
                "{need}: not sorted by distance"
            );
        }
        assert!(all.hits.iter().all(|h| h.distance_m <= 15_000.0));
    }
    // The sources' own figures (SOURCES.md): Hinaura alone lists 18 wifi and 19 free-access
    // places within 15 km; merging may join some, never lose a need.
    let get = |id: &str| {
        outcome
            .counts_grenoble
            .iter()
            .find(|c| c.need == id)
            .unwrap()
            .clone()
    };
    assert!(get("wifi").confirmed >= 15, "{:?}", get("wifi"));
    assert!(get("computers").confirmed >= 15, "{:?}", get("computers"));
    assert!(get("procedures").confirmed >= 20, "{:?}", get("procedures"));
    // Public libraries only make wifi likely: many "to check", kept apart from confirmed.
    assert!(get("wifi").to_check > 40);
}

#[test]
fn nearby_ranks_by_exact_distance_and_reports_walking_time() {
    let snap = snapshot();
    let res = query::nearby(
        &snap,
        &query(&[Need::Wifi], Constraints::default(), 5_000.0, 10),
    )
    .unwrap();
    assert_eq!(res.hits.len(), 10);
    for h in &res.hits {
        let d = distance_m(GRENOBLE.0, GRENOBLE.1, h.place.lat, h.place.lon);
        assert!((d - h.distance_m).abs() < 1e-6);
        assert_eq!(h.walk_minutes, query::walking_minutes(d));
        assert!(!h.met.union(h.to_check).is_empty());
    }
}

#[test]
fn open_now_keeps_only_places_open_at_that_time() {
    let snap = snapshot();
    let tuesday = query(
        &[Need::Procedures],
        Constraints {
            open_now: true,
            ..Default::default()
        },
        15_000.0,
        100,
    );
    let open = query::nearby(&snap, &tuesday).unwrap();
    assert!(!open.hits.is_empty());
    assert!(open
        .hits
        .iter()
        .all(|h| matches!(h.status, OpenStatus::Open { .. })));
    // Sunday morning: fewer (France services and town halls are closed).
    let sunday = tuesday.clone().with_at(at(2026, 3, 15, 10, 0));
    let open_sunday = query::nearby(&snap, &sunday).unwrap();
    assert!(open_sunday.hits.len() < open.hits.len());
}

/// On 14 July 2026 the app said "open until 12:00" for places whose hours say nothing about
/// public holidays: every place with hours in these sources.
#[test]
fn holiday_was_said_open_for_places_silent_on_holidays() {
    let outcome = &built().2;
    let all = outcome.hours.last().expect("the snapshot's own line");
    assert_eq!(all.of, "all places");
    assert!(all.usable > 0);
    assert_eq!(all.silent_on_holidays, all.usable);
    let snap = snapshot();
    let any = query(&[Need::Procedures], Constraints::default(), 15_000.0, 100);
    let open_now = any.clone().with_constraints(Constraints {
        open_now: true,
        ..Default::default()
    });
    for holiday in [at(2026, 7, 14, 10, 0), at(2026, 12, 25, 10, 0)] {
        // "Open now" never keeps a place that may be closed for the holiday.
        let open = query::nearby(&snap, &open_now.clone().with_at(holiday)).unwrap();
        assert!(open.hits.is_empty(), "{holiday}: {:?}", open.hits);
        let hits = query::nearby(&snap, &any.clone().with_at(holiday))
            .unwrap()
            .hits;
        assert!(!hits
            .iter()
            .any(|h| matches!(h.status, OpenStatus::Open { .. })));
        assert!(hits
            .iter()
            .any(|h| h.status == OpenStatus::HolidayMaybeClosed));
    }
    // The Tuesday before, an ordinary day, the same query finds places open.
    let tuesday = query::nearby(&snap, &open_now.with_at(at(2026, 7, 7, 10, 0))).unwrap();
    assert!(!tuesday.hits.is_empty());
    // Places with hours that would open on 14 July by their week: all of them show the holiday.
    let on_holiday = query::nearby(&snap, &any.with_at(at(2026, 7, 14, 10, 0)))
        .unwrap()
        .hits;
    for h in &tuesday.hits {
        let same = on_holiday.iter().find(|o| o.place.id == h.place.id);
        assert!(
            same.is_none_or(|o| o.status == OpenStatus::HolidayMaybeClosed),
            "{}",
            h.place.name
        );
    }
}

#[test]
fn france_services_grenoble_hours_at_fixed_dates() {
    let snap = snapshot();
    let id = snap
        .find_by_key("france-services:234")
        .unwrap()
        .expect("Pimms Grenoble");
    let row = snap.place_row(id).unwrap().unwrap();
    assert_eq!(
        row.hours.osm.as_deref(),
        Some("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:30")
    );
    let status = |t| query::status_of(&snap, &row, t);
    assert_eq!(
        status(at(2026, 3, 10, 10, 0)),
        OpenStatus::Open {
            until: Some(at(2026, 3, 10, 12, 0))
        }
    );
    assert_eq!(
        status(at(2026, 3, 10, 12, 30)),
        OpenStatus::Closed {
            opens: Some(at(2026, 3, 10, 13, 0))
        }
    );
    assert_eq!(
        status(at(2026, 3, 14, 13, 0)),
        OpenStatus::Closed {
            opens: Some(at(2026, 3, 16, 9, 0))
        }
    );
}

#[test]
fn nothing_within_radius_says_how_far_the_nearest_is() {
    let snap = snapshot();
    let res = query::nearby(
        &snap,
        &query(&[Need::Repair], Constraints::default(), 100.0, 5),
    )
    .unwrap();
    assert!(res.hits.is_empty());
    let nearest = res.nearest_beyond.expect("a repair place exists in Isère");
    assert!(nearest.distance_m > 100.0);
    assert!(nearest.met.contains(Need::Repair));
}

#[test]
fn search_finds_known_places_ignoring_accents_and_case() {
    let snap = snapshot();
    let names = |q: &str| -> Vec<String> {
        query::search(&snap, q, None, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.place.name)
            .collect()
    };
    assert!(
        names("pablo neruda").iter().any(|n| n.contains("Neruda")),
        "{:?}",
        names("pablo neruda")
    );
    assert!(
        names("PIMMS grenoble").iter().any(|n| n.contains("Pimms")),
        "{:?}",
        names("PIMMS grenoble")
    );
    // "echirolles" without accent and "Échirolles" find the same places.
    assert_eq!(names("echirolles"), names("Échirolles"));
    assert!(!names("echirolles").is_empty());
    // Prefixes work: "biblio" finds libraries.
    assert!(names("biblio")
        .iter()
        .all(|n| n.to_lowercase().contains("biblio")));
    assert!(names("zzzzqqq").is_empty());
    // With a point, nearest first.
    let near = query::search(&snap, "bibliotheque", Some(GRENOBLE), 5).unwrap();
    let d: Vec<f64> = near.iter().map(|h| h.distance_m.unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
}

#[test]
fn the_same_place_from_several_sources_is_merged_with_all_provenance() {
    let snap = snapshot();
    let hits = query::search(&snap, "Pablo Neruda Echirolles", None, 5).unwrap();
    let place = snap.place(hits[0].place.id).unwrap().unwrap();
    let sources: Vec<&str> = place.provenance.iter().map(|p| p.source.as_str()).collect();
    assert!(sources.len() >= 2, "{sources:?}");
    assert!(sources.contains(&"hinaura"), "{sources:?}");
    // One source states wifi: it is confirmed, not "to check".
    assert!(place.needs.contains(Need::Wifi));
    assert!(!place.needs_to_check.contains(Need::Wifi));
    // Regression: the key is the first record in source order (ANCT comes first), not the
    // alphabetically first source.
    assert_eq!(
        place.provenance[0].source, "anct-hinaura",
        "{:?}",
        place.provenance
    );
    assert!(place.id.starts_with("anct-hinaura:"), "{}", place.id);
    // The stable key finds it again.
    assert_eq!(snap.find_by_key(&place.id).unwrap(), Some(hits[0].place.id));
}

#[test]
fn a_grenoble_library_gains_the_city_wifi_list_rather_than_appearing_twice() {
    let snap = snapshot();
    // Kateb Yacine is in Hinaura, the national library list, the city's library list and its
    // wifi list: one place.
    let hits = query::search(&snap, "Kateb Yacine", None, 10).unwrap();
    assert_eq!(
        hits.len(),
        1,
        "{:?}",
        hits.iter().map(|h| &h.place.name).collect::<Vec<_>>()
    );
    let place = snap.place(hits[0].place.id).unwrap().unwrap();
    let sources: Vec<&str> = place.provenance.iter().map(|p| p.source.as_str()).collect();
    assert_eq!(
        sources,
        vec!["hinaura", "bibliotheques", "grenoble-bm", "grenoble-wifi"]
    );
    assert!(place.needs.contains(Need::Wifi));
    assert!(!place.needs_to_check.contains(Need::Wifi));
    // Its key is still the first source's.
    assert_eq!(
        snap.find_by_key("hinaura:bibliotheque-kateb-yacine-grenoble-38100")
            .unwrap(),
        Some(hits[0].place.id)
    );
    // A library only in the national list (wifi "to check" before) now has it stated.
    let alliance = snap.find_by_key("bibliotheques:5627").unwrap().unwrap();
    let alliance = snap.place(alliance).unwrap().unwrap();
    assert!(alliance.needs.contains(Need::Wifi), "{alliance:?}");
    assert!(alliance
        .provenance
        .iter()
        .any(|p| p.source == "grenoble-wifi" && p.record_id == "AP_BIB_ALLIANCE"));
    // The city's internal offices are not places.
    assert!(query::search(&snap, "Fourrière", None, 10)
        .unwrap()
        .is_empty());
    assert!(query::search(&snap, "Police Municipale", None, 10)
        .unwrap()
        .iter()
        .all(|h| !h.place.name.contains("Police Municipale")));
}

/// Issue "former names": each Grenoble library renamed in 2023 is one place, under its new
/// name, with every source's record of it, wherever the older lists placed it (Hinaura put
/// "Alliance" 900 m away, at 3 rue de Stalingrad; the library is at number 90).
#[test]
fn renamed_grenoble_libraries_are_one_place_each_under_their_new_names() {
    let snap = snapshot();
    let place_by_key = |key: &str| {
        let id = snap
            .find_by_key(key)
            .unwrap()
            .unwrap_or_else(|| panic!("{key}"));
        snap.place(id).unwrap().unwrap()
    };
    for (old_keys, new_key, name) in [
        (
            &[
                "hinaura:bibliotheque-saint-bruno-grenoble-38000",
                "bibliotheques:5632",
            ][..],
            "grenoble-bm:bibliotheque-gisele-halimi",
            "Bibliothèque Gisèle Halimi",
        ),
        (
            &["hinaura:bibliotheque-alliance-38100", "bibliotheques:5627"][..],
            "grenoble-bm:bibliotheque-les-munitionnettes",
            "Bibliothèque Les Munitionnettes",
        ),
        (
            &[
                "hinaura:bibliotheque-teisseire-malherbe-grenoble-38100",
                "bibliotheques:5630",
            ][..],
            "grenoble-bm:bibliotheque-vivian-maier",
            "Bibliothèque Vivian Maier",
        ),
        (
            &[
                "hinaura:bibliotheque-des-eaux-claires-grenoble-38100",
                "bibliotheques:5625",
            ][..],
            "grenoble-bm:bibliotheque-chantal-mauduit",
            "Bibliothèque Chantal Mauduit",
        ),
    ] {
        let place = place_by_key(new_key);
        assert_eq!(place.name, name);
        assert_eq!(place.former_names.len(), 1, "{name}");
        for key in old_keys {
            assert_eq!(place_by_key(key).id, place.id, "{key} is {name}");
        }
        // The newest record's point: the library where it is now.
        let bm = place.provenance.iter().find(|p| p.source == "grenoble-bm");
        assert!(bm.is_some(), "{name}");
    }
    // No place is left under an old name.
    for old in [
        "Saint-Bruno",
        "Alliance",
        "Arlequin",
        "Abbaye-les-Bains",
        "Eaux-Claires",
        "Jardin de Ville",
        "Teisseire",
    ] {
        let hits = query::search(&snap, &format!("bibliotheque {old}"), None, 10).unwrap();
        assert_eq!(
            hits.len(),
            1,
            "{old}: {:?}",
            hits.iter().map(|h| &h.place.name).collect::<Vec<_>>()
        );
        assert!(!hits[0].place.name.contains(old), "{old}");
    }
    // The town hall's branch beside Colombine (formerly Arlequin) stays its own place.
    let antenne = place_by_key("grenoble-wifi:AP_ANTENNE6");
    assert!(
        antenne.name.starts_with("Antenne de mairie 6"),
        "{}",
        antenne.name
    );
}

#[test]
fn sources_and_licences_are_in_the_snapshot() {
    let snap = snapshot();
    let sources = snap.sources().unwrap();
    let ids: Vec<&str> = sources.iter().map(|s| s.info.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "aidants-connect",
            "anct-hinaura",
            "bibliotheques",
            "conseillers-numeriques",
            "france-services",
            "grenoble-bm",
            "grenoble-wifi",
            "hinaura"
        ]
    );
    for s in &sources {
        assert!(
            !s.info.licence.is_empty() && !s.info.attribution.is_empty(),
            "{s:?}"
        );
        assert!(s.rows_kept <= s.rows_read);
    }
    assert!(sources.iter().any(|s| s.info.licence.contains("ODbL")));
    snap.integrity_check().unwrap();
}

#[test]
fn two_builds_are_byte_identical_and_match_the_bundled_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let again = dir.path().join("again.sqlite");
    build::build(
        &build::isere_sources(&data_dir()),
        &again,
        None,
        None,
        "Isère",
    )
    .unwrap();
    let first = std::fs::read(&built().1).unwrap();
    assert_eq!(first, std::fs::read(&again).unwrap(), "two builds differ");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/toutpres-isere.sqlite");
    assert_eq!(
        first,
        std::fs::read(bundled).unwrap(),
        "assets/ is stale: rebuild it (see README)"
    );
}

#[test]
fn communes_and_spots_let_people_say_where_they_are_without_typing() {
    let snap = snapshot();
    let communes = toutpres::locate::communes(&snap).unwrap();
    // Grenoble has the most places; accents and case do not split a commune.
    assert_eq!(toutpres::text::fold(&communes[0].name), "grenoble");
    let echirolles: Vec<_> = communes
        .iter()
        .filter(|c| toutpres::text::fold(&c.name) == "echirolles")
        .collect();
    assert_eq!(echirolles.len(), 1);
    let g = &communes[0];
    assert!(
        distance_m(g.lat, g.lon, GRENOBLE.0, GRENOBLE.1) < 3_000.0,
        "{g:?}"
    );
    let spots = toutpres::locate::spots(&snap, &echirolles[0].name).unwrap();
    assert!(spots.len() >= 3);
    assert!(spots.iter().any(|s| s.name.contains("Neruda")), "{spots:?}");
    for s in &spots {
        assert!(
            distance_m(s.lat, s.lon, echirolles[0].lat, echirolles[0].lon) < 5_000.0,
            "{s:?}"
        );
    }
}

/// Regression: a file in a service vocabulary the importer does not map (the Conseillers
/// numériques file, the national schema before v1.0) imported with every place kept and no
/// need at all, and no count said so: none of them would ever be shown.
#[test]
fn places_kept_with_no_need_went_unreported() {
    let no_need = |imp: &toutpres::import::Import| {
        imp.places
            .iter()
            .filter(|p| p.needs.is_empty() && p.needs_to_check.is_empty())
            .count()
    };
    let cnfs = data_dir().join("cnfs-conseillers-numeriques/cnfs-lieux-2022-12-isere.json");
    let imp = build::SourceKind::Schema.import(&cnfs).unwrap();
    assert!(imp.report.kept > 0);
    assert_eq!(imp.report.kept_without_need, no_need(&imp));
    if imp.report.kept_without_need > 0 {
        assert!(
            imp.report.to_string().contains("kept with no need"),
            "{}",
            imp.report
        );
    }
    // The bundled build counts them per source, in the report too.
    let outcome = &built().2;
    for (r, (kind, path)) in outcome
        .reports
        .iter()
        .zip(build::isere_sources(&data_dir()))
    {
        assert_eq!(
            r.kept_without_need,
            no_need(&kind.import(&path).unwrap()),
            "{}",
            r.source
        );
    }
    let report = build::report_markdown(outcome, "build", "maps");
    assert!(report.contains("kept with no need"), "{report}");
}

/// The Conseillers numériques file speaks the schema's older vocabulary: read with it, every
/// place helps people learn, free, and a conseiller's one-to-one help is there to check.
#[test]
fn conseillers_numeriques_older_vocabulary_is_mapped() {
    let path = data_dir().join("cnfs-conseillers-numeriques/cnfs-lieux-2022-12-isere.json");
    let imp = build::SourceKind::ConseillersNumeriques
        .import(&path)
        .unwrap();
    assert_eq!(
        (imp.report.read, imp.report.kept),
        (38, 38),
        "{}",
        imp.report
    );
    assert_eq!(imp.report.kept_without_need, 0);
    assert_eq!(imp.source.id, "conseillers-numeriques");
    for p in &imp.places {
        assert!(p.needs.contains(Need::Training), "{}", p.name);
        assert!(p.needs_to_check.contains(Need::Helper), "{}", p.name);
        assert!(p.fees.contains(toutpres::place::Fees::FREE), "{}", p.name);
        assert!(p.id.starts_with("conseillers-numeriques:"), "{}", p.id);
    }
    // Those also labelled France services help with procedures.
    let pimms = imp
        .places
        .iter()
        .find(|p| p.name == "PIMMS DE GRENOBLE")
        .expect("the PIMMS of Grenoble is listed");
    assert!(pimms.needs.contains(Need::Procedures));
    let usable = imp.places.iter().filter(|p| p.hours.osm.is_some()).count();
    assert!(usable >= 30, "{usable} of 38 with usable hours");
}

/// An Aidants Connect structure, which does the procedure for the person, is attached to the
/// one known place with its name and address: a Grenoble association gains "done for you".
#[test]
fn aidants_connect_structure_gains_done_for_you_on_its_known_place() {
    let snap = snapshot();
    let id = snap.find_by_key("aidants-connect:15981").unwrap().unwrap();
    let place = snap.place(id).unwrap().unwrap();
    assert_eq!(place.name, "Association l'Age d'Or");
    assert_eq!(place.commune.as_deref(), Some("Grenoble"));
    assert!(place.needs.contains(Need::Procedures));
    assert!(place
        .delivery_for(Need::Procedures)
        .contains(toutpres::place::Delivery::DONE_FOR_YOU));
    assert!(place.source_terms.iter().any(|t| t == "Aidants Connect"));
    // The place keeps its key, its position and its own first record.
    assert_ne!(place.provenance[0].source, "aidants-connect");
    let record = place
        .provenance
        .iter()
        .find(|p| p.source == "aidants-connect")
        .unwrap();
    assert_eq!(record.updated, NaiveDate::from_ymd_opt(2021, 3, 15));
    // Another association at the same address is not touched.
    let hits = query::search(&snap, "PANGOLIN", None, 5).unwrap();
    let pangolin = snap.place(hits[0].place.id).unwrap().unwrap();
    assert!(
        pangolin.delivery_for(Need::Procedures).is_empty(),
        "{pangolin:?}"
    );
}

/// A row of the list with no coordinates and no known place at its name and address is never
/// placed by guess: it is reported, and no place has its record.
#[test]
fn aidants_connect_row_without_a_known_place_is_not_placed() {
    let outcome = &built().2;
    let report = outcome
        .reports
        .iter()
        .find(|r| r.source == "aidants-connect")
        .unwrap();
    assert_eq!(
        (report.read, report.kept, report.skipped),
        (48, 14, 34),
        "{report}"
    );
    let reason = |id: &str| {
        report
            .issues
            .iter()
            .find(|i| i.record_id.as_deref() == Some(id))
            .map(|i| i.reason.as_str())
    };
    // "VILLE DE GRENOBLE", 47 Av Marcellin Berthelot: no known place there.
    assert_eq!(
        reason("38011164"),
        Some("not placed: no position: no known place with this name and address")
    );
    assert_eq!(
        reason("38310888"),
        Some("not placed: ambiguous: 2 places match (anct-hinaura:653, anct-hinaura:654)")
    );
    assert_eq!(
        reason("13998"),
        Some("not placed: no position: no street address (CENTRE SOCIAL)")
    );
    let snap = snapshot();
    assert_eq!(snap.find_by_key("aidants-connect:38011164").unwrap(), None);
    let placed = snap
        .sources()
        .unwrap()
        .into_iter()
        .find(|s| s.info.id == "aidants-connect")
        .unwrap();
    assert_eq!((placed.rows_read, placed.rows_kept), (48, 14));
    // The list adds no place of its own.
    assert_eq!(
        outcome.meta.place_count,
        build::prepare(
            &build::isere_sources(&data_dir())
                .into_iter()
                .filter(|(kind, _)| *kind != build::SourceKind::AidantsConnect)
                .collect::<Vec<_>>()
        )
        .unwrap()
        .places
        .len() as u64
    );
}
