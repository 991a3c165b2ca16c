//! Ville de Grenoble, "Bornes wifi gratuites de Grenoble" (city wifi access points), CSV.
//!
//! # Why
//! The city's own list of its free wifi access points: where a Grenoble library, town-hall
//! branch or CCAS desk has wifi, this is the source that **states** it (the national library
//! list only makes wifi likely). It gives no network name, so the access name stays unknown.
//!
//! # Format
//! Comma-separated, UTF-8 (converted from Latin-1 in the shared data folder), one row per
//! access point (68 rows, 53 distinct points, data about 2017-10): `id` (the AP code,
//! `AP_BIB_ETUDES2`), `description` (the site and often a floor or room: "Bibliothèque Kateb
//! Yacine Auditorium", "Hôtel de ville 7ème étage coté parc"), `lon`, `lat` (WGS 84). No
//! address, commune, hours or SSID. Whole-file errors: empty file, header without `id`,
//! `description`, `lon`, `lat`.
//!
//! # Which access points become places
//! The file is the city's inventory of its access points, offices included: about half are
//! internal (administrative floors, the pound, the municipal police, care services, elderly
//! residences, a shelter, the "neptune" office floors, the staff committee). A place the app
//! shows must be one a person can walk into and use, so a row is kept **only** when its
//! description names one of these kinds of place, all open to anyone without an appointment:
//!
//! | description starts with | kind of place | why it is public |
//! |---|---|---|
//! | `Bibliothèque` | Bibliothèque | municipal libraries are open to all, free |
//! | `Antenne` | Antenne de mairie | the town hall's neighbourhood branches receive the public |
//! | `CCAS` … `Accueil` | Accueil CCAS | the CCAS reception desks receive the public (the "Siège" is the head office) |
//! | `Hôtel de ville` … `Accueil` or `Hall` | Hôtel de ville | the reception desk, the public kiosk and the entrance hall; the floors and offices are not public |
//! | `Musée`, `Museum` | Musée | open to visitors |
//! | `Théatre` | Théâtre | its public areas |
//! | `Jardin de ville` | Jardin public | a public park |
//! | `Palais des sports` | Palais des sports | a public venue |
//!
//! Any other row is skipped, with the reason "internal office, not open to the public", or
//! "residents' home (elderly residence or shelter), not open to the public" for the residences
//! and the CHRS (an AP id with `CHRS`: a shelter, whose wifi is for its residents).
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | (kept rows) | Wifi stated; access name and wifi access unknown; updated unknown |
//! | `id` | record id (missing: `row-N`, reported as repaired) |
//! | `description` without its floor/room words | name ("Bibliothèque Kateb Yacine Accueil" → "Bibliothèque Kateb Yacine") |
//! | `lat`, `lon` | point |
//! | (no field) | kind unknown: the rule's kind of place is a filter, not the source's words (and, merged with a library, it must not replace the library list's "Bibliothèque municipale classée") |
//!
//! One place per site: access points of one site (the same name once the floor/room words are
//! removed, or the same coordinates) become one place, from the first public access point in
//! the file; the others are skipped as "another access point of the same site".

use super::csv_table::CsvTable;
use super::{
    finish_row_with_repairs, new_place, parse_number, read_file, Import, ImportError, SourceInfo,
};
use crate::need::Need;
use crate::text::{clean, fold};
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "grenoble-wifi".into(),
        name: "Bornes wifi gratuites de Grenoble (Ville de Grenoble)".into(),
        licence: "ODbL 1.0 (to be confirmed)".into(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        attribution:
            "Ville de Grenoble — Bornes wifi gratuites de Grenoble, ODbL (to be confirmed)".into(),
        origin: "https://data.metropolegrenoble.fr/ckan/dataset/bornes-wifi-gratuites-de-grenoble"
            .into(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// Floor and room words that end a description, folded. "accueil" and "hall" mark a reception.
const ROOM_WORDS: &[&str] = &[
    "accueil public",
    "accueil",
    "hall d honneur",
    "etage",
    "auditorium",
    "esapce musique",
    "espace musique",
    "chaufferie",
    "salle 1er etage",
    "batiment de l orangeraie",
    "ap switch 470bis",
    "port2",
];

/// The site name (the description without its trailing floor/room words) and whether one of
/// the removed words marked a reception ("Accueil", "Hall").
fn site_name(description: &str) -> (String, bool) {
    let mut words: Vec<&str> = description.split_whitespace().collect();
    let mut reception = false;
    'strip: loop {
        for k in (1..=4).rev() {
            if k >= words.len() {
                continue;
            }
            let tail = fold(&words[words.len() - k..].join(" "));
            if ROOM_WORDS.contains(&tail.as_str()) {
                reception |= tail.starts_with("accueil") || tail.starts_with("hall");
                words.truncate(words.len() - k);
                continue 'strip;
            }
        }
        break;
    }
    (words.join(" "), reception)
}

/// The city's own shorthand said in full where the kind makes it plain: "Antenne 2" is the
/// town hall's branch number 2 ("Antenne de mairie 2"), which a person can look for.
fn spelled_out(name: String, kind: &str) -> String {
    match name.strip_prefix("Antenne ") {
        Some(rest) if kind == "Antenne de mairie" => format!("{kind} {rest}"),
        _ => name,
    }
}

/// Why a row is not a place open to the public, or its kind when it is.
fn public_kind(id: &str, site: &str, reception: bool) -> Result<&'static str, &'static str> {
    const OFFICE: &str = "internal office, not open to the public";
    const HOME: &str = "residents' home (elderly residence or shelter), not open to the public";
    let f = fold(site);
    let starts = |p: &str| f == p || f.starts_with(&format!("{p} "));
    if id.to_uppercase().contains("CHRS") || f.contains("residence") {
        return Err(HOME);
    }
    if starts("bibliotheque") {
        Ok("Bibliothèque")
    } else if starts("antenne") {
        Ok("Antenne de mairie")
    } else if starts("ccas") && reception {
        Ok("Accueil CCAS")
    } else if starts("hotel de ville") && reception {
        Ok("Hôtel de ville")
    } else if starts("musee") || starts("museum") {
        Ok("Musée")
    } else if starts("theatre") {
        Ok("Théâtre")
    } else if starts("jardin de ville") {
        Ok("Jardin public")
    } else if starts("palais des sports") {
        Ok("Palais des sports")
    } else {
        Err(OFFICE)
    }
}

/// A kept site: folded name, exact point, the record id of its place.
struct Site {
    key: String,
    point: (String, String),
    record_id: String,
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b',',
        path_for_errors,
        "Grenoble wifi access points CSV",
        &["id", "description", "lon", "lat"],
    )?;
    let mut sites: Vec<Site> = Vec::new();
    Ok(table.import_rows(
        source(),
        |r| clean(r.get("id")),
        "no id: row number used as id",
        |r, id, repairs, source, report| {
            let row = r.row;
            let description = clean(r.get("description")).unwrap_or_default();
            let (name, reception) = site_name(&description);
            let kind = match public_kind(&id, &name, reception) {
                Ok(kind) => kind,
                Err(reason) => {
                    report.skip(row, Some(&id), reason);
                    return None;
                }
            };
            let name = spelled_out(name, kind);
            let key = fold(&name);
            let point = (
                r.get("lat").trim().to_string(),
                r.get("lon").trim().to_string(),
            );
            if let Some(site) = sites
                .iter()
                .find(|s| (!key.is_empty() && s.key == key) || s.point == point)
            {
                report.skip(
                    row,
                    Some(&id),
                    format!(
                        "another access point of the same site ({}): one place per site",
                        site.record_id
                    ),
                );
                return None;
            }

            let mut place = new_place(source, &id, None);
            place.name = name;
            place.confirm_need(Need::Wifi);
            let lat = parse_number(r.get("lat"));
            let lon = parse_number(r.get("lon"));
            let place = finish_row_with_repairs(place, row, lat, lon, repairs, report)?;
            sites.push(Site {
                key,
                point,
                record_id: id,
            });
            Some(place)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{counts_add_up, place as by_id, skip_reason};

    const OFFICE: &str = "internal office, not open to the public";

    #[test]
    fn site_names_lose_their_floor_and_room_words() {
        let name = |d: &str| site_name(d).0;
        assert_eq!(
            name("Bibliothèque Kateb Yacine Esapce musique "),
            "Bibliothèque Kateb Yacine"
        );
        assert_eq!(
            site_name("Hôtel de ville Accueil public"),
            ("Hôtel de ville".to_string(), true)
        );
        assert_eq!(
            site_name("Hôtel de ville Hall d'honneur"),
            ("Hôtel de ville".to_string(), true)
        );
        assert!(
            !site_name("Hôtel de ville 12eme étage").1,
            "a floor is not a reception"
        );
        assert_eq!(name("Museum Batiment de l'Orangeraie"), "Museum");
        assert_eq!(name("Jardin de ville AP switch 470Bis"), "Jardin de ville");
        assert_eq!(name("Antenne 6 Patio Arlequin"), "Antenne 6 Patio Arlequin");
        assert_eq!(
            spelled_out("Antenne 2".into(), "Antenne de mairie"),
            "Antenne de mairie 2"
        );
        assert_eq!(
            spelled_out("Bibliothèque Abbaye".into(), "Bibliothèque"),
            "Bibliothèque Abbaye"
        );
        // A description that is only room words keeps them.
        assert_eq!(name("Accueil"), "Accueil");
    }

    #[test]
    fn grenoble_file() {
        let path = crate::import::shared_data("grenoble-bornes-wifi/borneswifi_EPSG4326.csv");
        let import = import(&path).unwrap();
        eprintln!("{}", import.report);
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.repaired), (68, 23, 0), "{r}");
        let reasons = |start: &str| {
            r.issues
                .iter()
                .filter(|i| i.reason.starts_with(start))
                .count()
        };
        assert_eq!(reasons("internal office"), 27);
        assert_eq!(reasons("residents' home"), 4);
        assert_eq!(reasons("another access point"), 14);

        let mut names: Vec<&str> = import.places.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(
            names,
            vec![
                "Antenne de mairie 2",
                "Antenne de mairie 3",
                "Antenne de mairie 4",
                "Antenne de mairie 5",
                "Antenne de mairie 6 Patio Arlequin",
                "Bibliothèque Abbaye",
                "Bibliothèque Alliance",
                "Bibliothèque Arlequin",
                "Bibliothèque Centre Ville",
                "Bibliothèque Eaux claires",
                "Bibliothèque Etudes",
                "Bibliothèque Kateb Yacine",
                "Bibliothèque Saint Bruno",
                "Bibliothèque Teisseire",
                "CCAS Arlequin",
                "CCAS Les Alpins",
                "CCAS Les Delphinelles",
                "Hôtel de ville",
                "Jardin de ville",
                "Museum",
                "Musée Stendhal Appartement Gagnon",
                "Palais des Sports",
                "Théatre",
            ]
        );

        let kateb = by_id(&import, "AP_BIB_GRANDPLACE_ESPACE_MUSIQUE");
        assert_eq!(kateb.name, "Bibliothèque Kateb Yacine");
        assert_eq!(kateb.kind, None, "the source names no kind");
        assert_eq!((kateb.lat, kateb.lon), (45.157117, 5.733404));
        assert!(kateb.needs.contains(Need::Wifi));
        assert!(kateb.needs_to_check.is_empty());
        assert_eq!(kateb.wifi_access, None, "the source gives no access name");
        assert_eq!(
            (kateb.address.as_deref(), kateb.commune.as_deref()),
            (None, None)
        );
        assert_eq!(kateb.hours, crate::place::Hours::default());
        assert_eq!(
            skip_reason(r, "AP_BIB_GRAND_PLACE_AUDITORIUM"),
            Some(
                "another access point of the same site (AP_BIB_GRANDPLACE_ESPACE_MUSIQUE): \
                 one place per site"
            )
        );

        // The town hall is one place, at its reception desk; its floors are offices.
        let hdv = by_id(&import, "AP_HDV_1ER_HALL");
        assert_eq!(hdv.name, "Hôtel de ville");
        assert_eq!((hdv.lat, hdv.lon), (45.186322, 5.736263));
        assert_eq!(skip_reason(r, "AP_HDV_12EME"), Some(OFFICE));
        assert_eq!(skip_reason(r, "AP_HDV_1_CABINET_MAIRE"), Some(OFFICE));
        assert!(skip_reason(r, "AP_HDV_KIOSQUE")
            .unwrap()
            .starts_with("another access point"));

        // Internal sites are skipped with their reason.
        assert_eq!(skip_reason(r, "AP_FOURRIERE1"), Some(OFFICE));
        assert_eq!(skip_reason(r, "AP_POLICE1"), Some(OFFICE));
        assert_eq!(skip_reason(r, "AP_CCAS_SIEGE1"), Some(OFFICE));
        assert_eq!(skip_reason(r, "Place Saint André"), Some(OFFICE));
        assert_eq!(skip_reason(r, "COS"), Some(OFFICE));
        assert!(skip_reason(r, "AP_CCAS_CHRS_HENRY_TARZE")
            .unwrap()
            .starts_with("residents' home"));
        assert!(skip_reason(r, "AP_CCAS_LUCIE_PELLAT")
            .unwrap()
            .starts_with("residents' home"));
    }

    const HEAD: &str = "id,description,lon,lat\n";

    #[test]
    fn bad_rows() {
        let csv = format!(
            "{HEAD}\
A1,Bibliothèque Test Accueil,45.18,5.72\n\
A2,Bibliothèque Test Etage,5.70,45.10\n\
A3,Antenne 9,0,0\n\
A4,Antenne 10,abc,45.1\n\
A4,Antenne 11,5.7,45.1\n\
A5,,5.7,45.1\n\
A6,Service informatique,5.7,45.1\n\
,Antenne 12,5.71,45.11\n\
Short\n\
B1,Théatre,5.72,45.18\n"
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (10, 3, 7), "{:?}", r.issues);
        let reason = |id: &str| skip_reason(r, id);
        // Swapped coordinates are repaired; the same site's other access point joins it.
        let test = by_id(&import, "A1");
        assert_eq!(test.name, "Bibliothèque Test");
        assert_eq!((test.lat, test.lon), (45.18, 5.72));
        assert!(reason("A2").unwrap().starts_with("another access point"));
        assert_eq!(reason("A3"), Some("coordinates are zero"));
        assert_eq!(reason("A4"), Some("coordinates are not numbers"));
        assert_eq!(
            r.issues
                .iter()
                .filter(|i| i.reason == "duplicate id A4")
                .count(),
            1
        );
        // No description, an unknown kind, a short row: never assumed public.
        assert_eq!(reason("A5"), Some(OFFICE));
        assert_eq!(reason("A6"), Some(OFFICE));
        assert_eq!(reason("Short"), Some(OFFICE));
        let no_id = by_id(&import, "row-8");
        assert_eq!(no_id.name, "Antenne de mairie 12");
        assert_eq!(by_id(&import, "B1").name, "Théatre");
        // swapped; no id
        assert_eq!(r.repaired, 2, "{:?}", r.issues);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        let err = parse(b"id_fs,lib_fs\n1,x\n", "w.csv").unwrap_err();
        assert!(err.to_string().contains("lacks column"), "{err}");
        let garbage: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 257) as u8).collect();
        let _ = parse(&garbage, "g.bin");
        let import = parse(HEAD.as_bytes(), "h.csv").unwrap();
        assert_eq!(import.report.read, 0);
    }
}
