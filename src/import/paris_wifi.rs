//! Ville de Paris, "Sites disposant du service Paris Wi-Fi", CSV.
//!
//! # Why
//! The city's list of the sites where its free public wifi service, Paris Wi-Fi, runs:
//! libraries, squares and parks, town halls, museums, community centres. A site on the list
//! **states** wifi. It is the second city list after Grenoble's, and the first outside Isère.
//!
//! # Format
//! `;`-separated, UTF-8 with a byte-order mark before the header (stripped by
//! the shared CSV reader, so the first column is found as `Nom du site`), one row per
//! site: `Nom du site`, `Adresse`, `Code postal`, `Code Site` (`PW0158`), `Nombre de bornes`,
//! `Etat du site`, `geo_shape` (GeoJSON point, longitude first), `geo_point_2d` ("lat, lon").
//! Measured on the shared file: 277 rows, 271 "Opérationnel", 4 "Fermé pour travaux", 1 "En
//! déploiement", 1 "En étude"; **270 kept**, 7 skipped (6 not in service, 1 second access point
//! of a site), none repaired (`geo_point_2d` and `geo_shape` agree on every row). Whole-file errors: empty file, header
//! without `Nom du site`, `Etat du site`, `geo_point_2d`.
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | `Etat du site` = Opérationnel | Wifi stated; any other state: row skipped (below) |
//! | (kept rows) | source term "Paris Wi-Fi": the service the list is about; wifi access unknown |
//! | `Code Site` | record id (missing: `row-N`, reported as repaired) |
//! | `Nom du site` | name, as written (capitals kept, like the library list) |
//! | `Adresse` | address, as written |
//! | `Code postal` | postcode (not a postcode: unknown, reported as repaired) |
//! | `Code postal` 750xx or 75116 | commune "Paris": those postcodes are the city's own and no other commune's; the three sites outside Paris (92100, 93120, 94380) get no commune, since the list names none |
//! | `geo_point_2d`, else `geo_shape` | point (taken from `geo_shape`: reported as repaired) |
//! | `Nombre de bornes` | not used: how many access points, not something a person looks for |
//! | (no field) | kind, hours, phone, fees: unknown; updated unknown |
//!
//! **Not in service → skipped**, with the state as reason: a person with no data plan who walks
//! to a hotspot "closed for works", "being installed" or "under study" finds no wifi there, and
//! may have no way to look for another. An empty state is skipped too: the list does not say
//! the wifi works.
//!
//! **Access name.** "Paris Wi-Fi" is the name of the service (the list's own title); neither the
//! file nor its `SOURCES.md` gives it as the network's name (SSID), and [`crate::place::Place`]
//! has no field for a network name: it is kept as the source's words (`source_terms`), which the
//! place screen shows.
//!
//! # Quirks
//! - One site can have two rows (two access points, two codes): "PARC DE CHOISY", 160 avenue de
//!   Choisy, is `PW0062` and `PW0157`. A site is one place: a later row with the same name and
//!   address is skipped as "another access point of the same site". Rows with the same name and
//!   another address ("BERGES RIVE DROITE - PONT AU CHANGE": the via ferrata and the Châtelet
//!   exit) stay two places.
//! - The two rows without a `Code Site` are the two sites not yet in service ("En étude") or
//!   closed.
//! - Car pounds ("FOURRIERE", "PREFOURRIERE") are on the list and kept: they receive the public.

use super::csv_table::CsvTable;
use super::{
    finish_row_with_repairs, import_file, lat_lon_text, new_place, postcode_field, Import,
    ImportError, SourceInfo,
};
use crate::need::Need;
use crate::text::{clean, fold};
use std::collections::HashMap;
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "paris-wifi".into(),
        name: "Sites disposant du service Paris Wi-Fi (Ville de Paris)".into(),
        licence: "ODbL 1.0".into(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        attribution: "Ville de Paris — Sites disposant du service Paris Wi-Fi, ODbL".into(),
        origin: "https://opendata.paris.fr/explore/dataset/sites-disposant-du-service-paris-wi-fi/"
            .into(),
    }
}

/// The service the list is about, kept as the source's words on every kept site.
pub const SERVICE: &str = "Paris Wi-Fi";

pub fn import(path: &Path) -> Result<Import, ImportError> {
    import_file(path, parse)
}

/// The commune a Paris postcode names: 75001…75020 and their CEDEX codes (750xx), and 75116
/// (the 16th's second code). Any other postcode names no commune this importer knows.
fn paris_commune(postcode: Option<&str>) -> Option<String> {
    postcode
        .filter(|cp| cp.starts_with("750") || *cp == "75116")
        .map(|_| "Paris".to_string())
}

/// The point of a GeoJSON `Point` (`{"coordinates": [lon, lat], "type": "Point"}`), as
/// (lat, lon); `None` for anything else.
fn geojson_point(raw: &str) -> Option<(f64, f64)> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    if value.get("type")?.as_str()? != "Point" {
        return None;
    }
    match value.get("coordinates")?.as_array()?.as_slice() {
        [lon, lat] => Some((lat.as_f64()?, lon.as_f64()?)),
        _ => None,
    }
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b';',
        path_for_errors,
        "Paris Wi-Fi sites CSV",
        &["Nom du site", "Etat du site", "geo_point_2d"],
    )?;
    // (folded name, folded address) of each kept site → its record id.
    let mut sites: HashMap<(String, String), String> = HashMap::new();
    Ok(table.import_rows(
        source(),
        |r| clean(r.get("Code Site")),
        "no Code Site: row number used as id",
        |r, id, mut repairs, source, report| {
            let row = r.row;
            match clean(r.get("Etat du site")) {
                Some(state) if fold(&state) == "operationnel" => {}
                state => {
                    let reason = match state {
                        Some(state) => format!(
                            "site not in service ({state}): a person must not walk to a \
                             hotspot that does not work"
                        ),
                        None => "no site state: the list does not say the wifi works".into(),
                    };
                    report.skip(row, Some(&id), reason);
                    return None;
                }
            }
            let mut place = new_place(source, &id, None);
            place.name = clean(r.get("Nom du site")).unwrap_or_default();
            place.address = clean(r.get("Adresse"));
            place.postcode =
                postcode_field("Code postal", clean(r.get("Code postal")), &mut repairs);
            place.commune = paris_commune(place.postcode.as_deref());
            place.confirm_need(Need::Wifi);
            place.add_term(SERVICE);

            let key = (
                fold(&place.name),
                fold(place.address.as_deref().unwrap_or("")),
            );
            if let Some(first) = sites.get(&key) {
                report.skip(
                    row,
                    Some(&id),
                    format!("another access point of the same site ({first}): one place per site"),
                );
                return None;
            }

            let (mut lat, mut lon) = lat_lon_text(r.get("geo_point_2d"));
            let unusable = |v: Option<f64>| v.is_none_or(f64::is_nan);
            if unusable(lat) || unusable(lon) {
                if let Some((la, lo)) = geojson_point(r.get("geo_shape")) {
                    repairs.push(
                        "geo_point_2d empty or unreadable: point taken from geo_shape".into(),
                    );
                    (lat, lon) = (Some(la), Some(lo));
                }
            }
            let place = finish_row_with_repairs(place, row, lat, lon, repairs, report)?;
            sites.insert(key, id);
            Some(place)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{
        counts_add_up, garbage, header_then_garbage, place as by_id, skip_reason,
    };

    const HEAD: &str = "\u{feff}Nom du site;Adresse;Code postal;Code Site;Nombre de bornes;\
                        Etat du site;geo_shape;geo_point_2d\n";

    fn row(name: &str, cp: &str, code: &str, state: &str, shape: &str, point: &str) -> String {
        format!("{name};1 RUE X;{cp};{code};2;{state};{shape};{point}\n")
    }

    #[test]
    fn an_operational_site_with_the_bom_on_the_header() {
        let csv = format!(
            "{HEAD}{}",
            row(
                "MEDIATHEQUE LA CANOPEE LA FONTAINE",
                "75001",
                "PW0143",
                "Opérationnel",
                r#""{""coordinates"": [2.347643903283827, 48.86181948548021], ""type"": ""Point""}""#,
                "48.86181948548021, 2.347643903283827"
            )
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let p = by_id(&import, "PW0143");
        // With the mark left on, the first column would be "\u{feff}Nom du site" and the
        // file refused as lacking `Nom du site`.
        assert_eq!(p.name, "MEDIATHEQUE LA CANOPEE LA FONTAINE");
        assert_eq!(p.address.as_deref(), Some("1 RUE X"));
        assert_eq!(p.postcode.as_deref(), Some("75001"));
        assert_eq!(p.commune.as_deref(), Some("Paris"));
        assert_eq!((p.lat, p.lon), (48.86181948548021, 2.347643903283827));
        assert!(p.needs.contains(Need::Wifi));
        assert!(p.needs_to_check.is_empty());
        assert_eq!(p.source_terms, vec!["Paris Wi-Fi"]);
        assert_eq!(
            p.wifi_access, None,
            "the list says nothing of how to connect"
        );
        assert_eq!(p.kind, None);
        assert!(p.fees.is_empty());
        assert_eq!(import.report.repaired, 0);
    }

    #[test]
    fn sites_not_in_service_are_skipped_with_their_state() {
        let point = "48.85, 2.35";
        let csv = format!(
            "{HEAD}{}{}{}{}",
            row("A", "75004", "PW1", "Fermé pour travaux", "", point),
            row("B", "75004", "PW2", "En déploiement", "", point),
            row("C", "93120", "", "En étude", "", point),
            row("D", "75004", "PW4", "", "", point),
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept), (4, 0));
        assert_eq!(
            skip_reason(r, "PW1"),
            Some(
                "site not in service (Fermé pour travaux): a person must not walk to a hotspot \
                 that does not work"
            )
        );
        assert!(skip_reason(r, "PW2").unwrap().contains("(En déploiement)"));
        assert!(skip_reason(r, "row-3").unwrap().contains("(En étude)"));
        assert_eq!(
            skip_reason(r, "PW4"),
            Some("no site state: the list does not say the wifi works")
        );
        // A skipped row reports no repair (its missing code only matters when kept).
        assert_eq!(r.repaired, 0);
    }

    #[test]
    fn repairs_and_bad_rows() {
        let shape =
            r#""{""coordinates"": [2.4994783918660057, 48.76286105418927], ""type"": ""Point""}""#;
        let ok = "Opérationnel";
        let csv = format!(
            "{HEAD}{}{}{}{}{}{}{}{}",
            // geo_point_2d empty: the point comes from geo_shape.
            row("FOURRIERE BONNEUIL", "94380", "PW0245", ok, shape, ""),
            // Swapped point; postcode not a postcode; no code.
            row("SQUARE A", "Paris", "", ok, "", "2.35, 48.85"),
            // The same site again (same name and address, another code).
            row("SQUARE A", "Paris", "PW9", ok, "", "48.8501, 2.3501"),
            row("SQUARE B", "75116", "PW10", ok, "{not json", "n/a"),
            row("SQUARE C", "75012", "PW11", ok, "", "48.85"),
            row("", "75012", "PW12", ok, "", "48.85, 2.35"),
            row(
                "SQUARE D",
                "75012",
                "PW13",
                ok,
                r#""{""type"": ""Polygon""}""#,
                ""
            ),
            "short row\n",
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (8, 2, 6), "{:?}", r.issues);
        let bonneuil = by_id(&import, "PW0245");
        assert_eq!(
            (bonneuil.lat, bonneuil.lon),
            (48.76286105418927, 2.4994783918660057)
        );
        assert_eq!(
            bonneuil.commune, None,
            "94380 is not Paris; the list names no commune"
        );
        let a = by_id(&import, "row-2");
        assert_eq!((a.lat, a.lon), (48.85, 2.35));
        assert_eq!(a.postcode, None);
        let reasons: Vec<&str> = r
            .issues
            .iter()
            .filter(|i| i.record_id.as_deref() == Some("row-2"))
            .map(|i| i.reason.as_str())
            .collect();
        assert_eq!(
            reasons,
            vec![
                "latitude and longitude were swapped",
                "no Code Site: row number used as id",
                "Code postal not a postcode (Paris): left unknown",
            ]
        );
        assert!(r
            .issues
            .iter()
            .any(|i| i.record_id.as_deref() == Some("PW0245")
                && i.reason == "geo_point_2d empty or unreadable: point taken from geo_shape"));
        assert_eq!(r.repaired, 2);
        for (id, reason) in [
            (
                "PW9",
                "another access point of the same site (row-2): one place per site",
            ),
            ("PW10", "coordinates are not numbers"),
            ("PW11", "coordinates are not numbers"),
            ("PW12", "no name"),
            ("PW13", "no coordinates"),
            (
                "row-8",
                "no site state: the list does not say the wifi works",
            ),
        ] {
            assert_eq!(skip_reason(r, id), Some(reason), "{id}");
        }
    }

    #[test]
    fn paris_postcodes_name_paris_and_no_other() {
        assert_eq!(paris_commune(Some("75001")).as_deref(), Some("Paris"));
        assert_eq!(paris_commune(Some("75020")).as_deref(), Some("Paris"));
        assert_eq!(paris_commune(Some("75116")).as_deref(), Some("Paris"));
        assert_eq!(paris_commune(Some("75100")), None);
        assert_eq!(paris_commune(Some("92100")), None);
        assert_eq!(paris_commune(None), None);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        assert!(parse(b"\xEF\xBB\xBF", "bom-only.csv").is_err());
        let err = parse(b"uic,gare\n1,x\n", "w.csv").unwrap_err();
        assert!(err.to_string().contains("lacks column"), "{err}");
        let _ = parse(&garbage(), "g.bin");
        counts_add_up(&parse(&header_then_garbage(HEAD), "g.csv").unwrap());
        assert_eq!(parse(HEAD.as_bytes(), "h.csv").unwrap().report.read, 0);
    }
}
