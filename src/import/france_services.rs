//! ANCT's list of France services (CSV, list dated 2022-12-01).
//!
//! # Why
//! France services are the State's one-stop desks for online procedures (CAF, France Travail,
//! CPAM, taxes, ANTS…): agents do the procedure *with* the person. They are the first answer
//! to "help with online procedures", and they exist in every part of Isère.
//!
//! # Format
//! Comma-separated, double-quoted, UTF-8, one row per site (2683 in France, 28 in Isère).
//! Fields: `id_fs`, `lib_fs`, `adresse`, `complement_adresse`, `code_postal`, `lib_com`,
//! `latitude`, `longitude`, `mail`, `telephone`, `h_lundi`…`h_samedi`, `commentaire`,
//! `itinerance` (Oui/Non), `format_fs` (Site principal/Antenne), `groupe`, `labellisation`.
//! Whole-file errors: empty file, header without `id_fs`, `lib_fs`, `latitude`, `longitude`.
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | every row | Procedures stated, delivered WITH_HELP; fees FREE; Computers **to check** |
//! | `id_fs` | record id (missing: `row-N`, reported as repaired) |
//! | `lib_fs` | name |
//! | `itinerance` = Oui, `format_fs`/`lib_fs` saying "Bus" | kind "France services (bus)"; itinérance without bus: "France services (itinérant)"; else "France services" |
//! | `adresse` (+ `complement_adresse`), `code_postal`, `lib_com` | address, postcode, commune |
//! | `mail`, `telephone` | email (when valid), phone |
//! | `h_lundi`…`h_samedi` (`h_dimanche` if present) | hours via [`crate::hours::weekly_text_to_osm`]; text not convertible: kept as text, reported as repaired |
//! | `commentaire` | description; "sans rendez-vous"/"sans rdv" → WALK_IN, "sur rendez-vous"/"sur rdv" → APPOINTMENT |
//! | "France services", `groupe`, `labellisation` | source terms |
//! | (all rows) | updated 2022-12-01, the date of the list |
//!
//! Why FREE without a fee column: the national France services charter (the "charte nationale
//! d'engagement" every site signs to be labelled) makes the service free of charge for users,
//! so the label itself states the fee. The same charter asks each site to offer computers in
//! free access for procedures, but a row does not confirm that a given site has them:
//! Computers is only "to check".
//!
//! # Quirks
//! - Hours come in several hand-typed forms: `09:00 - 12:00 / 13:30 - 17:00`,
//!   `09:00-12:00/14:00-17:00`, `-` (closed, or unknown), empty, and a few typos (`08 :30`,
//!   `12h00`, embedded line breaks). The conversion decides what is clear enough.
//! - Several sites share one address (a fixed site and its buses): they stay separate places.
//! - 30 rows of the national file have no coordinates: skipped.
//! - The list is from 2022: hours and addresses may be stale (the provenance date says so).

use super::csv_table::CsvTable;
use super::{
    address_with_complement, finish_row_with_repairs, new_place, parse_number, postcode_field,
    read_file, Import, ImportError, SourceInfo,
};
use crate::need::Need;
use crate::place::{Access, Delivery, Fees, Hours};
use crate::text::{clean, clean_multiline, fold};
use chrono::NaiveDate;
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "france-services".into(),
        name: "Liste des France services (ANCT)".into(),
        licence: "Licence Ouverte 2.0".into(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence".into(),
        attribution: "ANCT — Liste des France services (2022-12-01), Licence Ouverte 2.0".into(),
        origin: "https://www.data.gouv.fr (ANCT, liste des France services, 2022-12-01)".into(),
    }
}

/// The date of the list; rows carry no date of their own.
fn list_date() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2022, 12, 1)
}

const DAYS: [(&str, &str); 7] = [
    ("h_lundi", "Lundi"),
    ("h_mardi", "Mardi"),
    ("h_mercredi", "Mercredi"),
    ("h_jeudi", "Jeudi"),
    ("h_vendredi", "Vendredi"),
    ("h_samedi", "Samedi"),
    ("h_dimanche", "Dimanche"),
];

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b',',
        path_for_errors,
        "France services CSV",
        &["id_fs", "lib_fs", "latitude", "longitude"],
    )?;
    Ok(table.import_rows(
        source(),
        |r| clean(r.get("id_fs")),
        "no id: row number used as id",
        |r, id, mut repairs, source, report| {
            let row = r.row;
            let get = |col: &str| clean(r.get(col));
            let mut place = new_place(source, &id, list_date());
            place.name = get("lib_fs").unwrap_or_default();

            place.confirm_need(Need::Procedures);
            place.add_delivery(Need::Procedures, Delivery::WITH_HELP);
            place.suggest_need(Need::Computers);
            place.fees = Fees::FREE;
            place.add_term("France services");
            if let Some(g) = get("groupe") {
                place.add_term(&g);
            }
            if let Some(l) = get("labellisation") {
                place.add_term(&l);
            }

            let itinerant = get("itinerance").is_some_and(|v| fold(&v) == "oui");
            let is_bus =
                |v: Option<String>| v.is_some_and(|v| fold(&v).split(' ').any(|w| w == "bus"));
            let bus = is_bus(get("format_fs")) || is_bus(get("lib_fs"));
            place.kind = Some(
                if bus {
                    "France services (bus)"
                } else if itinerant {
                    "France services (itinérant)"
                } else {
                    "France services"
                }
                .into(),
            );

            place.address = address_with_complement(get("adresse"), get("complement_adresse"));
            place.postcode = postcode_field("code_postal", get("code_postal"), &mut repairs);
            place.commune = get("lib_com");
            place.phone = get("telephone").and_then(|p| crate::text::phone(&p));
            if let Some(m) = get("mail") {
                place.email = crate::text::email(&m);
                if place.email.is_none() {
                    repairs.push(format!("mail not an e-mail address ({m}): left unknown"));
                }
            }

            if let Some(comment) = clean_multiline(r.get("commentaire")) {
                let folded = fold(&comment);
                if folded.contains("sans rendez vous") || folded.contains("sans rdv") {
                    place.access = place.access.union(Access::WALK_IN);
                }
                if folded.contains("sur rendez vous") || folded.contains("sur rdv") {
                    place.access = place.access.union(Access::APPOINTMENT);
                }
                place.description = Some(comment);
            }

            let texts: Vec<Option<String>> = DAYS
                .iter()
                .map(|(col, _)| if r.has(col) { get(col) } else { None })
                .collect();
            place.hours = weekly_hours(&texts, &mut repairs);

            let lat = parse_number(r.get("latitude"));
            let lon = parse_number(r.get("longitude"));
            finish_row_with_repairs(place, row, lat, lon, repairs, report)
        },
    ))
}

/// Per-day texts (Monday first) to hours: OSM when the conversion is sure, else the text.
fn weekly_hours(texts: &[Option<String>], repairs: &mut Vec<String>) -> Hours {
    let mut days: [Option<&str>; 7] = [None; 7];
    for (slot, text) in days.iter_mut().zip(texts) {
        *slot = text.as_deref();
    }
    match crate::hours::weekly_text_to_osm(&days) {
        Ok(osm) => Hours { osm, text: None },
        Err(reason) => {
            let text: Vec<String> = DAYS
                .iter()
                .zip(days)
                .filter_map(|((_, label), t)| t.map(|t| format!("{label} : {t}")))
                .collect();
            repairs.push(format!("hours not converted ({reason}): kept as text"));
            Hours {
                osm: None,
                text: (!text.is_empty()).then(|| text.join("\n")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{counts_add_up, skip_reason};
    use crate::place::Place;

    fn by_name<'a>(import: &'a Import, name: &str) -> &'a Place {
        import
            .places
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    }

    #[test]
    fn isere_list() {
        let path = crate::import::shared_data("france-services/liste-fs-20221201-isere.csv");
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        assert_eq!(import.report.read, 28);
        assert_eq!(import.report.skipped, 0, "{:?}", import.report.issues);

        let p = by_name(&import, "France services Pimms Médiation Isère - Grenoble");
        assert_eq!(p.id, "france-services:234");
        assert_eq!(p.address.as_deref(), Some("97 Galerie de l'Arlequin"));
        assert_eq!(p.postcode.as_deref(), Some("38100"));
        assert_eq!(p.commune.as_deref(), Some("Grenoble"));
        assert_eq!((p.lat, p.lon), (45.16408, 5.732875));
        assert_eq!(p.phone.as_deref(), Some("04 76 33 06 56"));
        assert_eq!(p.email.as_deref(), Some("grenoble@pimms.org"));
        assert_eq!(
            p.hours.osm.as_deref(),
            Some("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:30")
        );
        assert_eq!(p.hours.text, None);
        assert_eq!(p.needs.ids(), vec!["procedures"]);
        assert_eq!(p.needs_to_check.ids(), vec!["computers"]);
        assert_eq!(p.delivery_for(Need::Procedures), Delivery::WITH_HELP);
        assert_eq!(p.fees, Fees::FREE);
        // "sans rendez-vous le matin … sur rendez-vous l'après-midi"
        assert_eq!(p.access.names(), vec!["walk_in", "appointment"]);
        assert!(p
            .description
            .as_deref()
            .unwrap()
            .starts_with("Accueil du public sans rendez-vous"));
        assert_eq!(p.kind.as_deref(), Some("France services"));
        assert_eq!(
            p.provenance[0].updated,
            NaiveDate::from_ymd_opt(2022, 12, 1)
        );
        assert!(p.source_terms.contains(&"France services".to_string()));
        assert!(p
            .source_terms
            .contains(&"Espace labellisé 01/01/2020".to_string()));

        let bus = by_name(&import, "Bus France services Pimms Médiation Grenoble");
        assert_eq!(bus.kind.as_deref(), Some("France services (bus)"));
        let fontaine = by_name(&import, "France services de Fontaine");
        assert_eq!(
            fontaine.kind.as_deref(),
            Some("France services (itinérant)")
        );
        assert_eq!(fontaine.hours.osm.as_deref(), Some("Tu 09:00-12:00"));
        let oisans = by_name(&import, "France services Oisans");
        assert!(
            oisans.source_terms.contains(&"Oisans".to_string()),
            "groupe kept as a term"
        );
        // "Uniquement sur rendez-vous le vendredi matin"
        let royans = by_name(&import, "France services de Pont-en-Royans");
        assert_eq!(royans.access, Access::APPOINTMENT);
        // No hours at all: unknown, not "closed".
        let vizille = by_name(
            &import,
            "France services Pimms Médiation Mediation Isere - Vizille",
        );
        assert_eq!(vizille.hours, Hours::default());
        // Compact form and "-" for Saturday.
        let lemps = by_name(&import, "France services de Le Grand-Lemps");
        assert!(lemps.hours.osm.is_some() || lemps.hours.text.is_some());
    }

    #[test]
    fn national_list_never_panics_and_counts_add_up() {
        let path = crate::import::shared_data("france-services/liste-fs-20221201.csv");
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        assert_eq!(import.report.read, 2683);
        // 30 rows without coordinates.
        assert!(import.report.skipped >= 30, "{}", import.report);
        assert!(import
            .places
            .iter()
            .all(|p| p.needs.contains(Need::Procedures)));
    }

    const HEAD: &str = "id_fs,lib_fs,adresse,code_postal,lib_com,latitude,longitude,mail,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,commentaire,itinerance,format_fs\n";

    #[test]
    fn bad_rows() {
        let csv = format!(
            "{HEAD}\
1,Swapped,1 rue A,38000,Grenoble,5.72,45.18,a@b.fr,,,,,,,,Non,Site principal\n\
2,Zero,1 rue A,38000,Grenoble,0,0,,,,,,,,,Non,\n\
3,NaN,1 rue A,38000,Grenoble,n/a,5.72,,,,,,,,,Non,\n\
4,Abroad,1 rue A,38000,Grenoble,40.7,-74.0,,,,,,,,,Non,\n\
1,Duplicate,1 rue A,38000,Grenoble,45.18,5.72,,,,,,,,,Non,\n\
5,Broken hours,1 rue A,38000,Grenoble,45.18,5.72,pas-un-mail,le matin,,,,,,,Non,\n\
6,\"  <b>France services</b>   &amp; CO  \",\" 2  rue   B \",38000,GRENOBLE,\"45,18\",\"5,72\",,,,,,,,\"SANS  Rendez-Vous\",OUI,Bus\n\
7,Short\n\
8,,1 rue A,38000,Grenoble,45.18,5.72,,,,,,,,,Non,\n"
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (9, 3, 6), "{:?}", r.issues);
        let reason = |id: &str| skip_reason(r, id);
        assert_eq!(reason("2"), Some("coordinates are zero"));
        assert_eq!(reason("3"), Some("coordinates are not numbers"));
        assert_eq!(reason("4"), Some("coordinates outside France"));
        assert_eq!(reason("1"), Some("duplicate id 1"));
        assert_eq!(reason("7"), Some("no coordinates"));
        assert_eq!(reason("8"), Some("no name"));

        let swapped = by_name(&import, "Swapped");
        assert_eq!((swapped.lat, swapped.lon), (45.18, 5.72));
        let broken = by_name(&import, "Broken hours");
        assert_eq!(broken.hours.osm, None);
        assert_eq!(broken.hours.text.as_deref(), Some("Lundi : le matin"));
        assert_eq!(broken.email, None);
        let html = by_name(&import, "France services & CO");
        assert_eq!(html.address.as_deref(), Some("2 rue B"));
        assert_eq!(html.commune.as_deref(), Some("GRENOBLE"));
        assert_eq!(html.access, Access::WALK_IN);
        assert_eq!(html.kind.as_deref(), Some("France services (bus)"));
        assert_eq!(html.hours, Hours::default());
        assert_eq!(r.repaired, 2, "{:?}", r.issues);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        assert!(parse(b"Libelle1;Libelle2\nx;y\n", "w.csv").is_err());
        let garbage: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 253) as u8).collect();
        let _ = parse(&garbage, "g.bin");
        let import = parse(b"id_fs,lib_fs,latitude,longitude\n", "h.csv").unwrap();
        assert_eq!(import.report.read, 0);
    }
}
