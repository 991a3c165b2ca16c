//! Bibliothèques municipales de Grenoble (the city's 13 libraries and its artothèque), CSV
//! flattened from the `Libraries.plist` of an independent iOS app for the Grenoble library
//! (github.com/vtourraine/bm-grenoble-ios, MIT; facts from bm-grenoble.fr).
//!
//! # Why
//! The national library list (`import::libraries`, about 2020) knows Grenoble's libraries by
//! the names they had before the 2023 renamings, gives no hours, and places two of them at the
//! network's office. This file gives their current names **and** former names, their points,
//! phones, mailboxes, pages and weekly hours (updated 2025-06). Seven of the thirteen were
//! renamed ("Saint-Bruno" is now "Gisèle Halimi"): a person who knows the old name, or an
//! older source that still uses it, must find the same place, hence
//! [`Place::former_names`](crate::place::Place::former_names), searched and used by the merge.
//!
//! # Format
//! Comma-separated, UTF-8, one row per library (13 rows): `name`, `previousName`, `address`
//! (street ` | ` postcode and commune), `latitude`, `longitude`, `phoneNumber`, `mailAddress`,
//! `webpage`, `openingTime` (French free text, lines joined by ` | `), `accessibility`
//! (`True`/`False`), `closedForMaintenance` (`True`/`False`). No id, no date. Whole-file errors:
//! empty file, header without `name`, `latitude`, `longitude`.
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | `name` | name; folded into the record id (`bibliotheque-gisele-halimi`: the file has no id) |
//! | `previousName` | former name, said in full as the library was called: "Bibliothèque " + `Saint-Bruno` when the current name starts with "Bibliothèque " (the national list of 2020 writes all seven so) |
//! | `address` | address (the part before ` \| `), postcode and commune (`38000 Grenoble`) |
//! | `latitude`, `longitude` | point |
//! | `phoneNumber`, `mailAddress`, `webpage` | phone, e-mail, website |
//! | `openingTime` | hours: OSM when [`labelled_week_to_osm`] reads the whole text, else kept as text (reported as repaired); `Sur rendez-vous` also sets access by appointment |
//! | `accessibility` = `True` | wheelchair access; `False` leaves it unknown (see below) |
//! | `closedForMaintenance` = `True` | hours `off` (closed, no opening to come), reported |
//! | (every library) | Wifi and Computers **to check**, never stated |
//! | (every row) | updated 2025-06-04 (see below) |
//!
//! # Decisions
//! - **Needs.** The file states no service. A library usually has wifi and computers (the city
//!   counted "90 postes Internet" across the network in 2017, and 9 library sites had its wifi
//!   access points), so, as for the national list, Wifi and Computers go to `needs_to_check`:
//!   the place is shown as "to check", and a source that states them (the city's wifi list,
//!   Hinaura) confirms them in the merge. The artothèque lends works of art: nothing makes
//!   wifi or computers likely there, so it gets no need (kept, counted as "kept with no need").
//! - **School holidays.** Two libraries give a second set of hours for the school holidays
//!   ("Vacances scolaires : du mardi au samedi de 13h à 18h"). The app has no school-holiday
//!   calendar, so neither set can be said to apply today: their hours stay text ("hours
//!   unknown", the text shown), so the app never says "open" when the library may be closed.
//!   (Keeping only the hours common to both sets as OSM, the rest `unknown`, was considered: the
//!   week table would then show the common hours alone and hide the source's text.)
//! - **Closed for maintenance.** A library closed for works must never be "open" nor lead a
//!   person to walk there; dropping the row would leave the older sources' record of the same
//!   library, with no hours, to stand for it. So the row is kept with hours `off` (closed, no
//!   opening to come), which the merge keeps over hours-less records, and the report says so.
//!   No row of the current file is closed.
//! - **Wheelchair.** `accessibility` is a yes/no flag of the app that cannot tell "no" from "not
//!   filled in" (the artothèque, `False`, shares its building with the study library, `True`):
//!   `True` is wheelchair access, `False` stays unknown.
//! - **Date.** The rows carry no date; the origin's history dates the last update of every
//!   library's hours to 2025-06-04 (SOURCES.md). That date is each record's, so the merge takes
//!   this file's names, addresses and hours over the older lists' (2020, 2022).
//!
//! # Measured (2025-06 file)
//! 13 rows, 13 kept. Hours usable for 9: regular weekly hours, "accueil de groupes" days
//! closed to the public (2 libraries). Kept as text for 4: 2 with school-holiday hours, 1 on
//! appointment ("Sur rendez-vous", Relais Lecture), 1 with a note on another space's hours
//! (Colombine's press area "aux horaires du Patio"), which the reader does not drop.

use super::csv_table::CsvTable;
use super::{
    finish_row_with_repairs, new_place, parse_number, postcode, read_file, Import, ImportError,
    SourceInfo,
};
use crate::hours::labelled_week_to_osm;
use crate::need::Need;
use crate::place::{Access, Hours};
use crate::text::{clean, email, fold, phone, website};
use chrono::NaiveDate;
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "grenoble-bm".into(),
        name: "Bibliothèques municipales de Grenoble (bm-grenoble.fr, via bm-grenoble-ios)".into(),
        licence: "MIT".into(),
        licence_url: "https://github.com/vtourraine/bm-grenoble-ios/blob/HEAD/LICENSE.txt".into(),
        attribution: "Bibliothèque municipale de Grenoble (bm-grenoble.fr); \
                      Vincent Tourraine, bm-grenoble-ios (MIT)"
            .into(),
        origin: "https://github.com/vtourraine/bm-grenoble-ios \
                 (bm/Libraries/Base.lproj/Libraries.plist)"
            .into(),
    }
}

/// The day the origin last updated every library's hours (see the module doc).
const UPDATED: (i32, u32, u32) = (2025, 6, 4);

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// `True`/`False` as the plist's booleans were flattened; anything else is unknown.
fn flag(raw: &str) -> Option<bool> {
    match fold(raw).as_str() {
        "true" | "1" | "yes" | "oui" => Some(true),
        "false" | "0" | "no" | "non" => Some(false),
        _ => None,
    }
}

/// The former name as the library was called: `Saint-Bruno` → `Bibliothèque Saint-Bruno` when
/// the current name starts with "Bibliothèque " and the former one does not.
fn former_name(current: &str, previous: &str) -> String {
    const KIND: &str = "Bibliothèque ";
    if current.starts_with(KIND) && !fold(previous).starts_with("bibliotheque") {
        format!("{KIND}{previous}")
    } else {
        previous.to_string()
    }
}

/// `12 Boulevard Maréchal Lyautey | 38000 Grenoble` → (street, postcode, commune). A last
/// part that is not `NNNNN Commune` is kept in the street.
fn address(raw: &str) -> (Option<String>, Option<String>, Option<String>) {
    let mut parts: Vec<String> = raw.split('|').filter_map(clean).collect();
    let town = parts.last().and_then(|last| {
        let (code, commune) = last.split_once(' ')?;
        let code = (code.len() == 5).then(|| postcode(code)).flatten()?;
        Some((code, clean(commune)?))
    });
    if town.is_some() {
        parts.pop();
    }
    let street = (!parts.is_empty()).then(|| parts.join(", "));
    match town {
        Some((code, commune)) => (street, Some(code), Some(commune)),
        None => (street, None, None),
    }
}

/// The hours, a repair note when they stay text, and whether the text says "by appointment".
fn hours(text: &str, repairs: &mut Vec<String>) -> (Hours, bool) {
    let Some(text) = clean(text) else {
        return (Hours::default(), false);
    };
    let folded = fold(&text);
    let appointment = folded.contains("rendez vous");
    match labelled_week_to_osm(&text) {
        Ok(osm) if !folded.contains("vacances") => (Hours { osm, text: None }, appointment),
        result => {
            let why = if folded.contains("vacances scolaires") {
                "school-holiday hours, and the app does not know the school-holiday dates"
                    .to_string()
            } else {
                result.err().unwrap_or_default()
            };
            repairs.push(format!("hours kept as text: {why}"));
            (
                Hours {
                    osm: None,
                    text: Some(text),
                },
                appointment,
            )
        }
    }
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b',',
        path_for_errors,
        "Grenoble municipal libraries CSV",
        &["name", "latitude", "longitude"],
    )?;
    let updated = NaiveDate::from_ymd_opt(UPDATED.0, UPDATED.1, UPDATED.2);
    Ok(table.import_rows(
        source(),
        |r| {
            let slug = fold(r.get("name")).replace(' ', "-");
            (!slug.is_empty()).then_some(slug)
        },
        "no name: row number used as id",
        |r, id, mut repairs, source, report| {
            let row = r.row;
            let mut place = new_place(source, &id, updated);
            place.name = clean(r.get("name")).unwrap_or_default();
            if let Some(previous) = clean(r.get("previousName")) {
                let former = former_name(&place.name, &previous);
                place.add_former_name(&former);
            }
            (place.address, place.postcode, place.commune) = address(r.get("address"));
            place.phone = phone(r.get("phoneNumber"));
            place.email = email(r.get("mailAddress"));
            place.website = website(r.get("webpage"));
            let (hours, appointment) = hours(r.get("openingTime"), &mut repairs);
            place.hours = hours;
            if appointment {
                place.access = Access::APPOINTMENT;
            }
            if flag(r.get("accessibility")) == Some(true) {
                place.wheelchair = Some(true);
            }
            if flag(r.get("closedForMaintenance")) == Some(true) {
                repairs.push(
                    "closed for maintenance (closedForMaintenance): hours set to closed".into(),
                );
                place.hours = Hours {
                    osm: Some("off".into()),
                    text: None,
                };
            }
            if !fold(&place.name).contains("artotheque") {
                place.suggest_need(Need::Wifi);
                place.suggest_need(Need::Computers);
            }
            let lat = parse_number(r.get("latitude"));
            let lon = parse_number(r.get("longitude"));
            finish_row_with_repairs(place, row, lat, lon, repairs, report)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::{status, OpenStatus};
    use crate::import::test_support::{counts_add_up, place as by_id, skip_reason};
    use chrono::NaiveDateTime;

    const HEAD: &str = "name,previousName,address,latitude,longitude,phoneNumber,mailAddress,webpage,openingTime,accessibility,closedForMaintenance\n";

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test datetime")
    }

    #[test]
    fn real_file() {
        let path = crate::import::shared_data("grenoble-bm-libraries/grenoble-bm-libraries.csv");
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (13, 13, 0), "{:?}", r.issues);
        // Hours kept as text: two with school-holiday hours, one on appointment, one note.
        assert_eq!(r.repaired, 4, "{:?}", r.issues);
        let usable = import
            .places
            .iter()
            .filter(|p| p.hours.osm.is_some())
            .count();
        assert_eq!(usable, 9);

        let halimi = by_id(&import, "bibliotheque-gisele-halimi");
        assert_eq!(halimi.name, "Bibliothèque Gisèle Halimi");
        assert_eq!(halimi.former_names, vec!["Bibliothèque Saint-Bruno"]);
        assert_eq!(halimi.address.as_deref(), Some("8 Place Saint Bruno"));
        assert_eq!(halimi.postcode.as_deref(), Some("38000"));
        assert_eq!(halimi.commune.as_deref(), Some("Grenoble"));
        assert_eq!(halimi.wheelchair, Some(true));
        assert!(halimi.needs.is_empty(), "this source states no service");
        assert_eq!(halimi.needs_to_check.ids(), vec!["wifi", "computers"]);
        assert_eq!(
            halimi.hours.osm.as_deref(),
            Some("Tu,Fr 13:00-18:30; We,Sa 10:00-13:00,14:00-18:00; Th 09:00-12:00")
        );
        assert_eq!(
            halimi.provenance[0].updated,
            NaiveDate::from_ymd_opt(2025, 6, 4)
        );
        let renamed = import
            .places
            .iter()
            .filter(|p| !p.former_names.is_empty())
            .count();
        assert_eq!(renamed, 7);

        // Thursday and Friday are for groups: closed to a person who walks in.
        let munitionnettes = by_id(&import, "bibliotheque-les-munitionnettes");
        assert_eq!(munitionnettes.former_names, vec!["Bibliothèque Alliance"]);
        assert_eq!(
            status(&munitionnettes.hours, at("2026-03-12 10:00")),
            OpenStatus::Closed {
                opens: Some(at("2026-03-14 10:00"))
            }
        );
        // School holidays: text, never "open".
        let etude = by_id(&import, "bibliotheque-d-etude-et-du-patrimoine");
        assert_eq!(etude.hours.osm, None);
        assert!(etude
            .hours
            .text
            .as_deref()
            .unwrap()
            .contains("Vacances scolaires"));
        assert_eq!(
            status(&etude.hours, at("2026-03-10 15:00")),
            OpenStatus::Unknown
        );
        // Appointment.
        let relais = by_id(&import, "bibliotheque-des-relais-lecture");
        assert_eq!(relais.access, Access::APPOINTMENT);
        assert_eq!(relais.hours.osm, None);
        // The artothèque: no need; its `accessibility` False stays unknown.
        let arto = by_id(&import, "l-artotheque-municipale");
        assert!(arto.needs.is_empty() && arto.needs_to_check.is_empty());
        assert_eq!(arto.wheelchair, None);
        assert_eq!(import.report.issues.len(), 4);
    }

    #[test]
    fn rows_kept_repaired_and_skipped() {
        let csv = format!(
            "{HEAD}\
Bibliothèque A,Ancienne,1 Rue X | 38000 Grenoble,45.18,5.72,0476000000,A@EXAMPLE.ORG,bm.example.org,Du mardi au samedi : 11h - 18h30,True,False\n\
Bibliothèque B,,2 Rue Y,45.18,5.72,,,,Mardi : 10h - 19h | Vacances scolaires : 13h - 18h,False,False\n\
Bibliothèque C,,,45.18,5.72,,,,Mardi : 10h - 19h,True,True\n\
Bibliothèque Swapped,,,5.72,45.18,,,,,,\n\
Bibliothèque A,,,45.18,5.72,,,,,,\n\
,Nameless,,45.18,5.72,,,,,,\n\
Bibliothèque Nowhere,,,,,,,,,,\n\
Bibliothèque Abroad,,,40.7,-74.0,,,,,,\n\
Bibliothèque Garbage,,,abc,def,,,,Mardi : n'importe quand,maybe,perhaps\n\
Short\n"
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (10, 4, 6), "{:?}", r.issues);
        let reason = |id: &str| skip_reason(r, id);
        assert_eq!(
            reason("bibliotheque-a"),
            Some("duplicate id bibliotheque-a")
        );
        assert_eq!(reason("row-6"), Some("no name"));
        assert_eq!(reason("bibliotheque-nowhere"), Some("no coordinates"));
        assert_eq!(
            reason("bibliotheque-abroad"),
            Some("coordinates outside France")
        );
        assert_eq!(
            reason("bibliotheque-garbage"),
            Some("coordinates are not numbers")
        );
        assert_eq!(reason("short"), Some("no coordinates"));

        let a = by_id(&import, "bibliotheque-a");
        assert_eq!(a.former_names, vec!["Bibliothèque Ancienne"]);
        assert_eq!(a.address.as_deref(), Some("1 Rue X"));
        assert_eq!(a.phone.as_deref(), Some("04 76 00 00 00"));
        assert_eq!(a.email.as_deref(), Some("a@example.org"));
        assert_eq!(a.website.as_deref(), Some("https://bm.example.org"));
        assert_eq!(a.hours.osm.as_deref(), Some("Tu-Sa 11:00-18:30"));
        assert_eq!(a.wheelchair, Some(true));

        let b = by_id(&import, "bibliotheque-b");
        assert_eq!(
            (b.address.as_deref(), b.postcode.as_deref()),
            (Some("2 Rue Y"), None)
        );
        assert_eq!(b.hours.osm, None);
        assert_eq!(b.wheelchair, None);
        // Closed for works: closed, with no opening to come.
        let c = by_id(&import, "bibliotheque-c");
        assert_eq!(c.hours.osm.as_deref(), Some("off"));
        assert_eq!(
            status(&c.hours, at("2026-03-10 11:00")),
            OpenStatus::Closed { opens: None }
        );
        let swapped = by_id(&import, "bibliotheque-swapped");
        assert_eq!((swapped.lat, swapped.lon), (45.18, 5.72));
        // B (school holidays), C (closed), swapped.
        assert_eq!(r.repaired, 3, "{:?}", r.issues);
        assert!(r
            .issues
            .iter()
            .any(|i| i.record_id.as_deref() == Some("bibliotheque-b")
                && i.reason.contains("school-holiday")));
    }

    #[test]
    fn former_names_are_said_in_full() {
        assert_eq!(
            former_name("Bibliothèque Gisèle Halimi", "Saint-Bruno"),
            "Bibliothèque Saint-Bruno"
        );
        assert_eq!(
            former_name("Bibliothèque X", "Bibliothèque Y"),
            "Bibliothèque Y"
        );
        assert_eq!(former_name("L’artothèque", "Arto"), "Arto");
        let mut p = crate::place::Place {
            name: "Bibliothèque X".into(),
            ..Default::default()
        };
        p.add_former_name("bibliotheque x");
        p.add_former_name("Bibliothèque Y");
        p.add_former_name("BIBLIOTHÈQUE Y");
        assert_eq!(p.former_names, vec!["Bibliothèque Y"]);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        assert!(parse(b"id,lib\n1,x\n", "w.csv").is_err());
        let garbage: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 257) as u8).collect();
        let _ = parse(&garbage, "g.bin");
        let mut with_header = HEAD.as_bytes().to_vec();
        with_header.extend(&garbage);
        if let Ok(import) = parse(&with_header, "h.csv") {
            counts_add_up(&import);
        }
        let import = parse(HEAD.as_bytes(), "h.csv").unwrap();
        assert_eq!(import.report.read, 0);
    }
}
