//! Ministère de la Culture, "Adresses des bibliothèques publiques" (Observatoire de la lecture
//! publique), CSV.
//!
//! # Why
//! Public libraries are where most indoor public wifi and free computers are (the 2015 Grenoble
//! study counted most wifi points in libraries), they are free, open to all, and in every
//! small town. This list says only that a library exists and where: it states no service. So
//! every library gets Wifi and Computers **to check**, never stated, and no hours.
//!
//! # Format
//! `;`-separated, UTF-8, 20 fields (15779 rows in France, 348 in Isère, data ~2020):
//! `Libelle1`, `Libelle2`, `Localisation`, `voie`, `CP`, `CEDEXB`, `Ville`, `DEPT`, `INSEE`,
//! `coordonnees_ban`, `coordonnees_insee`, `coordonnees_finales` ("lat,lon"), `code_bib`,
//! `code_ua`, `Code region`, `Statut`, `surface`, `type_adresse`, `amplitude_horaire`, `pop_com`.
//! Whole-file errors: empty file, header without `Libelle1` and `coordonnees_finales`.
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | `code_bib` (else `code_ua`) | record id; `7707.0` → `7707` (neither: `row-N`, reported as repaired) |
//! | `Libelle1` (+ " — " `Libelle2`) | name |
//! | `voie` (else `Localisation`) | address |
//! | `CP`, `Ville` | postcode, commune (the commune as written, only whitespace tidied: half the file is in capitals, and changing case could break names) |
//! | `coordonnees_finales` | point ("lat,lon" or "lat, lon"); when it is `coordonnees_insee`, the commune's centre, the row is skipped (see Quirks) |
//! | `Statut` | kind ("Bibliothèque municipale"…) |
//! | `amplitude_horaire` | term "amplitude_horaire: 6.5 h/semaine" (hours open per week, not opening hours: the hours stay unknown) |
//! | `type_adresse` = "Adresse administrative" | row skipped: an office address (e.g. a library network's direction on the 7th floor), not a place open to the public |
//! | (all rows) | Wifi and Computers to check; updated unknown |
//!
//! # Quirks
//! - Placeholders stand for "empty": `0`, `nc`, `nc nc nc`, `n/a`, `-` in `Libelle2`,
//!   `Localisation` and `voie` are read as empty.
//! - A long name is sometimes cut mid-word between `Libelle1` and `Libelle2`
//!   ("…Pont-en-Royans et Saint-" / "Quentin-sur-Isère"): when `Libelle1` ends with `-` the two
//!   are joined without separator.
//! - Names and streets are often in capitals; they are kept as given.
//! - 29 rows of the national file have no `coordonnees_finales`: skipped.
//! - Where the address found no point (`coordonnees_ban` empty), `coordonnees_finales` is
//!   `coordonnees_insee`: the centre of the commune, not the library. In Grenoble that put the
//!   Centre-Ville library and the Bibliothèque d'étude 1 km from their doors, and two
//!   Villefontaine libraries on one spot. Such a row is skipped, "not placed", as Aidants
//!   Connect's rows without a position are: a point is never guessed (750 rows of 15,779 in
//!   France, 15 of 348 in Isère, most in small communes). Grenoble's own list places both
//!   libraries at their doors.

use super::csv_table::CsvTable;
use super::{
    finish_row_with_repairs, lat_lon_text, new_place, postcode_field, read_file, Import,
    ImportError, SourceInfo,
};
use crate::need::Need;
use crate::text::{clean, fold};
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "bibliotheques".into(),
        name: "Adresses des bibliothèques publiques (Ministère de la Culture)".into(),
        licence: "Licence Ouverte 2.0".into(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence".into(),
        attribution: "Ministère de la Culture — Adresses des bibliothèques publiques \
                      (Observatoire de la lecture publique), Licence Ouverte"
            .into(),
        origin: "https://data.culture.gouv.fr (adresses des bibliothèques publiques)".into(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// Cleaned value, with the file's placeholders for "nothing" read as nothing.
fn value(raw: &str) -> Option<String> {
    let v = clean(raw)?;
    match fold(&v).as_str() {
        "" | "0" | "nc" | "nc nc" | "nc nc nc" | "n a" | "na" => None,
        _ => Some(v),
    }
}

/// `7707.0` → `7707`; other forms as given.
fn record_id(raw: &str) -> Option<String> {
    let v = clean(raw)?;
    match v.strip_suffix(".0") {
        Some(int) if !int.is_empty() && int.chars().all(|c| c.is_ascii_digit()) => {
            Some(int.to_string())
        }
        _ => Some(v),
    }
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b';',
        path_for_errors,
        "bibliothèques publiques CSV",
        &["Libelle1", "coordonnees_finales"],
    )?;
    Ok(table.import_rows(
        source(),
        |r| record_id(r.get("code_bib")).or_else(|| record_id(r.get("code_ua"))),
        "no code_bib or code_ua: row number used as id",
        |r, id, mut repairs, source, report| {
            let row = r.row;
            let get = |col: &str| value(r.get(col));
            if get("type_adresse").is_some_and(|t| fold(&t) == "adresse administrative") {
                report.skip(
                    row,
                    Some(&id),
                    "administrative address, not a place open to the public",
                );
                return None;
            }

            let mut place = new_place(source, &id, None);
            place.name = match (get("Libelle1"), get("Libelle2")) {
                (Some(a), Some(b)) if a.ends_with('-') => format!("{a}{b}"),
                (Some(a), Some(b)) => format!("{a} — {b}"),
                (Some(a), None) => a,
                (None, _) => String::new(),
            };
            place.address = get("voie").or_else(|| get("Localisation"));
            place.postcode = postcode_field("CP", get("CP"), &mut repairs);
            place.commune = clean(r.get("Ville"));
            place.kind = clean(r.get("Statut"));
            place.suggest_need(Need::Wifi);
            place.suggest_need(Need::Computers);
            if let Some(hours) = clean(r.get("amplitude_horaire")) {
                place.add_term(&format!("amplitude_horaire: {hours} h/semaine"));
            }

            let (lat, lon) = lat_lon_text(r.get("coordonnees_finales"));
            if lat.is_some() && (lat, lon) == lat_lon_text(r.get("coordonnees_insee")) {
                report.skip(
                    row,
                    Some(&id),
                    "not placed: its only position is its commune's centre (coordonnees_insee)",
                );
                return None;
            }
            finish_row_with_repairs(place, row, lat, lon, repairs, report)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{counts_add_up, place as by_id, skip_reason};
    use crate::place::Hours;

    fn not_placed(import: &Import) -> usize {
        let issues = import.report.issues.iter();
        issues
            .filter(|i| i.reason.starts_with("not placed"))
            .count()
    }

    #[test]
    fn isere_file() {
        let path = crate::import::shared_data(
            "bibliotheques-publiques/adresses-des-bibliotheques-publiques-isere.csv",
        );
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        assert_eq!(import.report.read, 348);
        assert!(import.report.kept > 300, "{}", import.report);

        let neruda = by_id(&import, "1615");
        assert_eq!(neruda.name, "Bibliotheque Pablo Neruda");
        assert_eq!(neruda.commune.as_deref(), Some("Echirolles"));
        assert_eq!(neruda.address.as_deref(), Some("15 PLACE BEAUMARCHAIS"));
        assert_eq!(neruda.postcode.as_deref(), Some("38130"));
        assert_eq!((neruda.lat, neruda.lon), (45.156146, 5.721881));
        assert!(neruda.needs.is_empty(), "this source states no service");
        assert_eq!(neruda.needs_to_check.ids(), vec!["wifi", "computers"]);
        assert_eq!(neruda.kind.as_deref(), Some("Bibliothèque municipale"));
        assert_eq!(neruda.hours, Hours::default());
        assert_eq!(neruda.provenance[0].updated, None);

        let mistral = by_id(&import, "5625");
        assert_eq!(mistral.name, "Bibliothèque Eaux-Claires Mistral");
        assert_eq!(
            mistral.kind.as_deref(),
            Some("Bibliothèque municipale classée")
        );
        assert!(!mistral.needs.contains(Need::Wifi));
        assert!(mistral.needs_to_check.contains(Need::Wifi));

        // Libelle2 joined; Ville as written (capitals kept).
        let froges = by_id(&import, "1623");
        assert_eq!(
            froges.name,
            "Médiathèque de Froges Villard-Bonnot — centre socio-culturel DE BRIGNOUD"
        );
        assert_eq!(froges.commune.as_deref(), Some("FROGES"));
        // "nc nc nc" street falls back to Localisation.
        assert_eq!(by_id(&import, "5616").address.as_deref(), Some("village"));
        // Libelle2 "0" and Localisation "0" are placeholders.
        let darodes = by_id(&import, "7808");
        assert_eq!(darodes.name, "Médiathèque intercommunale Darodes");
        assert!(darodes
            .source_terms
            .contains(&"amplitude_horaire: 9.5 h/semaine".to_string()));
        // A commune's centre is no library's position: not placed (regression: the Centre-Ville
        // library sat at Grenoble's centre, 1 km from its door).
        assert!(import.places.iter().all(|p| p.id != "bibliotheques:5622"));
        assert_eq!(
            skip_reason(&import.report, "5622"),
            Some("not placed: its only position is its commune's centre (coordonnees_insee)")
        );
        assert_eq!(not_placed(&import), 15);
        // The Grenoble libraries' direction (7th floor) is an office: skipped.
        assert!(import.places.iter().all(|p| p.id != "bibliotheques:1626"));
        assert!(import
            .report
            .issues
            .iter()
            .any(|i| i.record_id.as_deref() == Some("1626")
                && i.reason.starts_with("administrative address")));
    }

    #[test]
    fn national_file_never_panics_and_counts_add_up() {
        let path = crate::import::shared_data(
            "bibliotheques-publiques/adresses-des-bibliotheques-publiques.csv",
        );
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        assert_eq!(import.report.read, 15779);
        assert_eq!(import.report.kept, 14701, "{}", import.report);
        // One row in twenty has only its commune's centre as position (see Quirks).
        assert_eq!(not_placed(&import), 750);
    }

    const HEAD: &str = "Libelle1;Libelle2;Localisation;voie;CP;Ville;coordonnees_finales;code_bib;code_ua;Statut;type_adresse;amplitude_horaire\n";

    #[test]
    fn bad_rows() {
        let csv = format!(
            "{HEAD}\
Swapped;;;1 rue A;38000;Grenoble;5.72, 45.18;1.0;;Bibliothèque municipale;;\n\
Zero;;;;38000;Grenoble;0,0;2.0;;;;\n\
NaN;;;;38000;Grenoble;abc,def;3.0;;;;\n\
French decimals;;;;38000;Grenoble;45,18,5,72;4.0;;;;\n\
Abroad;;;;38000;Grenoble;40.7,-74.0;5.0;;;;\n\
Duplicate;;;;38000;Grenoble;45.18,5.72;1.0;;;;\n\
;;;;38000;Grenoble;45.18,5.72;6.0;;;;\n\
Short;;\n\
\"  <i>Médiathèque</i>   Saint- \";Quentin;;\"  2   rue B \";38 000; GRENOBLE ;45.18,5.72;;77.0;;;\n\
No id at all;;;;380;Grenoble;45.18,5.72;;;;;\n\
Office;;;;38000;Grenoble;45.18,5.72;9.0;;;ADRESSE ADMINISTRATIVE;\n"
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (11, 3, 8), "{:?}", r.issues);
        let reason = |id: &str| skip_reason(r, id);
        assert_eq!(reason("2"), Some("coordinates are zero"));
        assert_eq!(reason("3"), Some("coordinates are not numbers"));
        assert_eq!(reason("4"), Some("coordinates are not numbers"));
        assert_eq!(reason("5"), Some("coordinates outside France"));
        assert_eq!(reason("1"), Some("duplicate id 1"));
        assert_eq!(reason("6"), Some("no name"));
        assert_eq!(reason("row-8"), Some("no coordinates"));
        assert!(reason("9").unwrap().starts_with("administrative address"));

        let swapped = by_id(&import, "1");
        assert_eq!((swapped.lat, swapped.lon), (45.18, 5.72));
        assert_eq!(swapped.name, "Swapped");
        let html = by_id(&import, "77");
        assert_eq!(html.name, "Médiathèque Saint-Quentin");
        assert_eq!(html.address.as_deref(), Some("2 rue B"));
        assert_eq!(html.postcode.as_deref(), Some("38000"));
        assert_eq!(html.commune.as_deref(), Some("GRENOBLE"));
        let no_id = by_id(&import, "row-10");
        assert_eq!(no_id.postcode, None);
        // swapped; no id (+ bad postcode)
        assert_eq!(r.repaired, 2, "{:?}", r.issues);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        assert!(parse(b"id_fs,lib_fs\n1,x\n", "w.csv").is_err());
        let garbage: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 257) as u8).collect();
        let _ = parse(&garbage, "g.bin");
        let import = parse(b"Libelle1;coordonnees_finales\n", "h.csv").unwrap();
        assert_eq!(import.report.read, 0);
    }
}
