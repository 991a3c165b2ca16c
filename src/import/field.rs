//! Field contributions accepted by a coordinator, as the inbox exports them
//! (`toutpres-inbox export`, format `toutpres-field/1`, [`crate::contribution`]).
//!
//! # Why
//! The people who work in the street know what no open data says: that a day shelter lets
//! people charge their phone, that a library's wifi is down, that a place moved or closed. A
//! coordinator reviewed each contribution in the inbox; this importer carries the accepted
//! ones into the build like any other source, with their provenance (source `field`, record
//! id = the contribution's id, the team and the date in the place's source terms) and their
//! licence (ODbL 1.0, "Contributions de terrain Tout près").
//!
//! # New places and corrections
//! - A **new place** becomes a place of this source before the merge: a place another source
//!   already lists nearby under a similar name merges with it by the usual rule, which adds
//!   what the contribution states (the charging need) to the known place.
//! - A **report** names a known place by its key (`source:record`, any record of the merged
//!   place, as `Snapshot::find_by_key` does). It is a [`Correction`], applied after the merge
//!   over the other sources ([`apply`], like `aidants_connect`'s attachments), in the file's
//!   order (the order the inbox received them):
//!
//! | problem | applied |
//! |---|---|
//! | `closed_for_good` | the place is removed from the build |
//! | `moved` | its point is the new one (checked like any source's point) |
//! | `hours_wrong` | its hours are the ones given (OSM hours, or words kept as text) |
//! | `phone_wrong` | its phone is the one given |
//! | `wifi_broken` | `wifi` leaves its needs, stated and to check |
//! | `charging_here` | `charging` is stated, with the details given as source terms |
//! | `other` | nothing: the note was for the coordinator |
//!
//! Each applied correction adds the contribution to the place's provenance and is listed in the
//! validation report ([`CorrectionNote`], "Field corrections"); a report whose place is not in
//! the build (unknown key, or closed by an earlier report) is skipped with its reason.
//!
//! # Never invented
//! Only what the contribution says: an unanswered question (free or not, sockets or lockers)
//! stays unknown. The free-text note is never published: it may name people, and it was
//! written for the coordinator.
//!
//! # Mapping (new place)
//! | field | place |
//! |---|---|
//! | `id` | record id |
//! | `name`, `lat`, `lon` | name, point (`finish_row`: France's boxes) |
//! | `needs` | needs stated |
//! | `free` | fees: free, or paid when `false` |
//! | `hours_osm` | OSM hours |
//! | `charging` | source terms ("Recharge : prises", "Recharge gratuite", "Recharge pendant les heures d'ouverture seulement") |
//! | `accepted` (the export's) | updated of the provenance: the inbox's clock, never the phone's (a phone's wrong date must not date the build) |
//! | team, date | source term "Contribution de terrain : <team or anonyme>, <date>" |
//!
//! Whole-file errors: not JSON, not the `toutpres-field/1` format, a contribution that does not
//! pass [`Contribution::check`] (the file is made by the inbox: a bad one means tampering).

use super::{finish_row, import_file, new_place, Import, ImportError, ImportReport, SourceInfo};
use crate::contribution::{
    Charging, ChargingHow, Contribution, ExportFile, ExportedContribution, Kind, Problem,
    EXPORT_FORMAT,
};
use crate::need::Need;
use crate::place::{Fees, Hours, Place, Provenance};
use std::path::Path;

/// The source id, used in keys (`field:<contribution id>`).
pub const SOURCE_ID: &str = "field";

pub fn source() -> SourceInfo {
    SourceInfo {
        id: SOURCE_ID.into(),
        name: "Contributions de terrain Tout près".into(),
        licence: "ODbL 1.0".into(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        attribution: "Contributions de terrain Tout près".into(),
        origin: "toutpres-inbox export (contributions accepted by a coordinator)".into(),
    }
}

/// A report on a known place, waiting for the merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// 1-based position in the file.
    pub row: usize,
    pub contribution: Contribution,
    pub place_key: String,
    pub problem: Problem,
    pub team: Option<String>,
    /// The day a coordinator accepted it (the inbox's clock).
    pub accepted: Option<chrono::NaiveDate>,
}

/// A correction applied, for the validation report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CorrectionNote {
    pub contribution: String,
    pub place_key: String,
    pub place_name: String,
    pub change: String,
}

/// What the file holds: new places (before the merge) and corrections (after it).
#[derive(Debug, Clone)]
pub struct FieldFile {
    pub places: Vec<Place>,
    pub corrections: Vec<Correction>,
}

pub fn read(path: &Path) -> Result<(FieldFile, ImportReport), ImportError> {
    import_file(path, parse)
}

/// The file alone, with no known place: the new places, and every report "not applied".
pub fn import(path: &Path) -> Result<Import, ImportError> {
    let (file, mut report) = read(path)?;
    let _ = apply(&mut Vec::new(), &file.corrections, &mut report);
    Ok(Import {
        source: source(),
        places: file.places,
        report,
    })
}

fn team_term(team: Option<&str>, c: &Contribution) -> String {
    let date = c
        .created_date()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "date inconnue".into());
    format!(
        "Contribution de terrain : {}, {date}",
        team.unwrap_or("anonyme")
    )
}

fn charging_terms(
    place: &mut Place,
    free: Option<bool>,
    how: Option<ChargingHow>,
    inside: Option<bool>,
) {
    match how {
        Some(ChargingHow::Sockets) => place.add_term("Recharge : prises"),
        Some(ChargingHow::Lockers) => place.add_term("Recharge : casiers"),
        None => {}
    }
    match free {
        Some(true) => place.add_term("Recharge gratuite"),
        Some(false) => place.add_term("Recharge payante"),
        None => {}
    }
    match inside {
        Some(true) => place.add_term("Recharge pendant les heures d'ouverture seulement"),
        Some(false) => place.add_term("Recharge possible hors des heures d'ouverture"),
        None => {}
    }
}

pub fn parse(
    input: &[u8],
    path_for_errors: &str,
) -> Result<(FieldFile, ImportReport), ImportError> {
    let format = "field contributions file (toutpres-field/1)";
    let err = |detail: &str| super::format_error(path_for_errors, format, detail);
    let file: ExportFile =
        serde_json::from_slice(super::strip_bom(input)).map_err(|e| err(&e.to_string()))?;
    if file.format != EXPORT_FORMAT {
        return Err(err("another format"));
    }
    let source = source();
    let mut report = ImportReport::new(&source.id);
    let mut out = FieldFile {
        places: Vec::new(),
        corrections: Vec::new(),
    };
    let mut seen = super::SeenIds::default();
    for (i, exported) in file.contributions.into_iter().enumerate() {
        let row = i + 1;
        report.read += 1;
        let ExportedContribution {
            contribution: c,
            team,
            accepted,
            ..
        } = exported;
        // The inbox's clock, not the phone's: a phone set to 2099 must not date the build.
        let accepted = crate::import::parse_date(&accepted);
        c.check()
            .map_err(|e| err(&format!("contribution {row}: {e}")))?;
        if !seen.first_time(&c.id, row, &mut report) {
            continue;
        }
        match &c.kind {
            Kind::NewPlace {
                name,
                lat,
                lon,
                charging,
                hours_osm,
                free,
                ..
            } => {
                let mut place = new_place(&source, &c.id, accepted);
                place.name = name.trim().to_string();
                for need in c.needs().unwrap_or_default().iter() {
                    place.confirm_need(need);
                }
                match free {
                    Some(true) => place.fees = Fees::FREE,
                    Some(false) => place.fees = Fees::PAID,
                    None => {}
                }
                if let Some(osm) = hours_osm {
                    place.hours = Hours {
                        osm: Some(osm.trim().to_string()),
                        text: None,
                    };
                }
                if let Some(Charging {
                    free,
                    how,
                    inside_hours_only,
                }) = charging
                {
                    charging_terms(&mut place, *free, *how, *inside_hours_only);
                }
                place.add_term(&team_term(team.as_deref(), &c));
                if finish_row(&mut place, row, Some(*lat), Some(*lon), &mut report) {
                    out.places.push(place);
                }
            }
            Kind::Report { place_key, problem } => out.corrections.push(Correction {
                row,
                place_key: place_key.clone(),
                problem: problem.clone(),
                team,
                accepted,
                contribution: c,
            }),
        }
    }
    Ok((out, report))
}

/// Apply the corrections to the merged places, in order (see the module doc). Applied ones
/// count as kept in `report` and come back as notes; the others are skipped with their reason.
pub fn apply(
    places: &mut Vec<Place>,
    corrections: &[Correction],
    report: &mut ImportReport,
) -> Vec<CorrectionNote> {
    let mut notes = Vec::new();
    for fix in corrections {
        let id = fix.contribution.id.as_str();
        let found = places.iter().position(|p| {
            p.provenance
                .iter()
                .any(|r| format!("{}:{}", r.source, r.record_id) == fix.place_key)
        });
        let Some(at) = found else {
            report.skip(
                fix.row,
                Some(id),
                format!("not applied: no place {} in this build", fix.place_key),
            );
            continue;
        };
        let place = &mut places[at];
        let change = match &fix.problem {
            Problem::ClosedForGood {} => "closed for good: removed".to_string(),
            Problem::Moved { lat, lon } => match super::check_point(Some(*lat), Some(*lon)) {
                Ok(p) if !p.swapped => {
                    let was = (place.lat, place.lon);
                    place.lat = p.lat;
                    place.lon = p.lon;
                    format!(
                        "moved from {:.6},{:.6} to {:.6},{:.6}",
                        was.0, was.1, p.lat, p.lon
                    )
                }
                _ => {
                    report.skip(
                        fix.row,
                        Some(id),
                        "not applied: the new point is not in France",
                    );
                    continue;
                }
            },
            Problem::HoursWrong { hours_osm, text } => {
                place.hours = Hours {
                    osm: hours_osm.as_ref().map(|h| h.trim().to_string()),
                    text: if hours_osm.is_some() {
                        None
                    } else {
                        text.as_ref().map(|t| t.trim().to_string())
                    },
                };
                match (&place.hours.osm, &place.hours.text) {
                    (Some(osm), _) => format!("hours replaced: {osm}"),
                    (None, Some(t)) => format!("hours replaced, as text: {t}"),
                    (None, None) => "hours replaced".to_string(),
                }
            }
            Problem::PhoneWrong { phone } => {
                place.phone = crate::text::phone(phone);
                format!("phone replaced: {}", place.phone.as_deref().unwrap_or(""))
            }
            Problem::WifiBroken {} => {
                place.needs = place.needs.minus(crate::need::NeedSet::of(&[Need::Wifi]));
                place.needs_to_check = place
                    .needs_to_check
                    .minus(crate::need::NeedSet::of(&[Need::Wifi]));
                "wifi does not work: wifi removed from its needs".to_string()
            }
            Problem::ChargingHere {
                free,
                how,
                inside_hours_only,
            } => {
                place.confirm_need(Need::Charging);
                charging_terms(place, *free, *how, *inside_hours_only);
                "charging here: charging added to its needs".to_string()
            }
            Problem::Other {} => {
                report.skip(
                    fix.row,
                    Some(id),
                    "not applied: \"other\" has nothing to apply (its note was for the coordinator)",
                );
                continue;
            }
        };
        place.add_term(&team_term(fix.team.as_deref(), &fix.contribution));
        place.provenance.push(Provenance {
            source: SOURCE_ID.to_string(),
            record_id: id.to_string(),
            updated: fix.accepted,
        });
        notes.push(CorrectionNote {
            contribution: id.to_string(),
            place_key: fix.place_key.clone(),
            place_name: place.name.clone(),
            change,
        });
        report.kept += 1;
        if matches!(fix.problem, Problem::ClosedForGood {}) {
            places.remove(at);
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::need::NeedSet;

    fn file(items: &[(&str, Option<&str>)]) -> Vec<u8> {
        let contributions: Vec<String> = items
            .iter()
            .map(|(c, team)| {
                format!(
                    r#"{{"contribution":{c},"team":{},"received":"2026-03-10T10:00:00Z","accepted":"2026-03-11T10:00:00Z"}}"#,
                    team.map(|t| format!("\"{t}\"")).unwrap_or("null".into())
                )
            })
            .collect();
        format!(
            r#"{{"format":"toutpres-field/1","contributions":[{}]}}"#,
            contributions.join(",")
        )
        .into_bytes()
    }

    fn new_place_json(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id":"{id}","kind":{{"type":"new_place","name":"Accueil de jour","lat":45.1875,"lon":5.7357,"needs":["charging"]{extra}}},"created":"2026-03-10T10:00:00+01:00","app_version":"0.1.0"}}"#
        )
    }

    fn report_json(id: &str, key: &str, problem: &str) -> String {
        format!(
            r#"{{"id":"{id}","kind":{{"type":"report","place_key":"{key}","problem":{problem}}},"note":"<b>pour la coordination</b>","created":"2026-03-12T10:00:00Z","app_version":"0.1.0"}}"#
        )
    }

    fn known(id: &str, needs: &[Need]) -> Place {
        let source = super::super::grenoble_wifi::source();
        let mut p = new_place(&source, id, None);
        p.name = format!("Lieu {id}");
        p.lat = 45.19;
        p.lon = 5.72;
        p.needs = NeedSet::of(needs);
        p
    }

    #[test]
    fn a_new_charging_place_with_its_provenance_and_nothing_invented() {
        let bytes = file(&[(
            &new_place_json(
                "newplace00000001",
                r#","charging":{"free":true,"how":"sockets"},"hours_osm":"Mo-Fr 09:00-12:00","free":true"#,
            ),
            Some("Maraude Nord"),
        )]);
        let (f, report) = parse(&bytes, "f.json").unwrap();
        assert_eq!((report.read, report.kept, report.skipped), (1, 1, 0));
        let p = &f.places[0];
        assert_eq!(p.id, "field:newplace00000001");
        assert_eq!(p.needs, NeedSet::of(&[Need::Charging]));
        assert_eq!(p.fees, Fees::FREE);
        assert_eq!(p.hours.osm.as_deref(), Some("Mo-Fr 09:00-12:00"));
        assert_eq!(
            p.provenance,
            vec![Provenance {
                source: "field".into(),
                record_id: "newplace00000001".into(),
                updated: chrono::NaiveDate::from_ymd_opt(2026, 3, 11),
            }]
        );
        assert_eq!(
            p.source_terms,
            vec![
                "Recharge : prises",
                "Recharge gratuite",
                "Contribution de terrain : Maraude Nord, 2026-03-10"
            ]
        );
        // Unsaid stays unknown; the note is never published.
        assert_eq!(
            (p.phone.as_ref(), p.wheelchair, p.description.as_ref()),
            (None, None, None)
        );
    }

    #[test]
    fn corrections_apply_over_the_merged_places_and_are_listed() {
        let items = [
            report_json(
                "fix0000000000001",
                "grenoble-wifi:A",
                r#"{"type":"closed_for_good"}"#,
            ),
            report_json(
                "fix0000000000002",
                "grenoble-wifi:B",
                r#"{"type":"moved","lat":45.2,"lon":5.73}"#,
            ),
            report_json(
                "fix0000000000003",
                "grenoble-wifi:B",
                r#"{"type":"hours_wrong","hours_osm":"Tu-Sa 10:00-18:00"}"#,
            ),
            report_json(
                "fix0000000000004",
                "grenoble-wifi:B",
                r#"{"type":"phone_wrong","phone":"0476000000"}"#,
            ),
            report_json(
                "fix0000000000005",
                "grenoble-wifi:C",
                r#"{"type":"wifi_broken"}"#,
            ),
            report_json(
                "fix0000000000006",
                "grenoble-wifi:C",
                r#"{"type":"charging_here","how":"lockers"}"#,
            ),
            report_json(
                "fix0000000000007",
                "grenoble-wifi:A",
                r#"{"type":"wifi_broken"}"#,
            ),
            report_json(
                "fix0000000000008",
                "hinaura:nope",
                r#"{"type":"wifi_broken"}"#,
            ),
            report_json("fix0000000000009", "grenoble-wifi:C", r#"{"type":"other"}"#),
        ];
        let refs: Vec<(&str, Option<&str>)> = items.iter().map(|s| (s.as_str(), None)).collect();
        let (f, mut report) = parse(&file(&refs), "f.json").unwrap();
        assert!(f.places.is_empty());
        let mut places = vec![
            known("A", &[Need::Wifi]),
            known("B", &[Need::Wifi]),
            known("C", &[Need::Wifi]),
        ];
        let notes = apply(&mut places, &f.corrections, &mut report);
        assert_eq!(notes.len(), 6, "{notes:#?}");
        assert_eq!((report.read, report.kept, report.skipped), (9, 6, 3));
        assert_eq!(places.len(), 2, "A closed for good");
        let b = &places[0];
        assert_eq!((b.lat, b.lon), (45.2, 5.73));
        assert_eq!(b.hours.osm.as_deref(), Some("Tu-Sa 10:00-18:00"));
        assert_eq!(b.phone.as_deref(), Some("04 76 00 00 00"));
        assert_eq!(b.provenance.len(), 4);
        let c = &places[1];
        assert_eq!(c.needs, NeedSet::of(&[Need::Charging]));
        assert!(c.source_terms.iter().any(|t| t == "Recharge : casiers"));
        assert!(c.source_terms.iter().all(|t| !t.contains("<b>")));
        let skipped: Vec<&str> = report.issues.iter().map(|i| i.reason.as_str()).collect();
        assert!(
            skipped[0].contains("no place grenoble-wifi:A"),
            "{skipped:?}"
        );
        assert!(skipped[1].contains("no place hinaura:nope"));
        assert!(skipped[2].contains("other"));
        assert_eq!(notes[0].change, "closed for good: removed");
    }

    #[test]
    fn whole_file_errors_and_duplicates() {
        assert!(parse(b"", "e.json").is_err());
        assert!(parse(b"[]", "e.json").is_err());
        assert!(parse(br#"{"format":"other/1","contributions":[]}"#, "e.json").is_err());
        let bad = new_place_json("short", "");
        assert!(parse(&file(&[(&bad, None)]), "e.json").is_err());
        let ok = new_place_json("dup0000000000001", "");
        let (f, report) = parse(&file(&[(&ok, None), (&ok, None)]), "d.json").unwrap();
        assert_eq!((f.places.len(), report.skipped), (1, 1));
        let garbage = crate::import::test_support::garbage();
        assert!(parse(&garbage, "g.bin").is_err());
    }
}
