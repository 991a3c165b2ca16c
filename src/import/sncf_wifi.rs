//! SNCF Gares & Connexions, "Gares équipées du wifi", joined with the stations' positions, CSV.
//!
//! # Why
//! A railway station is open to anyone, often early and late, and is where people without a
//! home or a data plan go to get online. This list **states** which stations have the wifi
//! service: in those stations, wifi is confirmed. It gives no network name, no conditions and
//! no price, so the access and the fees stay unknown (the app says only what the source says).
//!
//! # Files
//! The shared data folder holds two files (data ~2018, stale; see its `SOURCES.md`):
//! - `gares-equipees-du-wifi.csv`, SNCF's own list, verbatim: `UIC;Gare;Service Wifi`, 2997
//!   stations, 227 "Oui", 2770 "Non", **no coordinates**. It is not imported: a station with
//!   no position cannot be shown on a map nor ranked by distance, and a position is never
//!   guessed from a name. Its 227 "Oui" stations are exactly those of the second file (same
//!   UIC codes, checked when the file was made), so nothing is lost. Given to this importer, it
//!   is refused as a whole (its header has no `latitude`, `longitude`).
//! - `gares-wifi-oui-geolocalisees.csv`, the file this importer reads: the 227 "Oui" rows joined
//!   by UIC code to SNCF's station reference (`referentiel-gares-voyageurs`) for commune,
//!   département and position. Comma-separated, UTF-8: `uic`, `gare`, `service_wifi`,
//!   `commune`, `departement`, `latitude`, `longitude` (WGS 84). Measured: 227 rows read, 227
//!   kept; one station in Isère (Grenoble, département 38). Whole-file errors: empty file, header
//!   without `uic`, `gare`, `service_wifi`, `latitude`, `longitude`.
//!
//! # Mapping
//! | field | place |
//! |---|---|
//! | `service_wifi` = Oui | Wifi stated; any other value (Non, empty): row skipped, the source does not say the station has wifi |
//! | `uic` | record id (the station's UIC code; missing: `row-N`, reported as repaired) |
//! | `gare` | name, as written ("Angers-St-Laud") |
//! | (every kept row) | kind "Gare" |
//! | `commune` | commune, as written |
//! | `departement` | not stored: a département's **name** (`Maine-et-Loire`), which `Place` has no field for, and which is never turned into a postcode. A station's edition is that of its nearest place with a postcode (`crate::edition::departments`); the names are checked against the 101 départements by `crate::department::department_code` in the data tests. |
//! | `latitude`, `longitude` | point |
//! | (no field) | access name, wifi access, fees, hours, address, postcode: unknown; updated unknown |
//!
//! # Quirks
//! - The station reference drops the commune's article: "Courneuve" (La Courneuve), "Mans"
//!   (Le Mans), "Raincy". Kept as written: adding an article would be writing a name the source
//!   does not give.
//! - A station's name is the railway's, often not the commune's: "Besançon-Franche-Comté-TGV"
//!   is in Auxons, "Vert-Galant" in Villepinte.

use super::csv_table::CsvTable;
use super::{
    finish_row_with_repairs, import_file, new_place, parse_number, Import, ImportError, SourceInfo,
};
use crate::need::Need;
use crate::text::{clean, fold};
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "sncf-wifi".into(),
        name: "Gares équipées du wifi (SNCF Gares & Connexions)".into(),
        licence: "ODbL 1.0 (to be confirmed)".into(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        attribution: "SNCF Gares & Connexions — Gares équipées du wifi, with the station \
                      reference (referentiel-gares-voyageurs), ODbL (to be confirmed)"
            .into(),
        origin: "https://data.sncf.com (gares-equipees-du-wifi, referentiel-gares-voyageurs)"
            .into(),
    }
}

/// The kind every kept station gets.
pub const KIND: &str = "Gare";

pub fn import(path: &Path) -> Result<Import, ImportError> {
    import_file(path, parse)
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let table = CsvTable::read(
        input,
        b',',
        path_for_errors,
        "SNCF stations with wifi CSV (geolocated)",
        &["uic", "gare", "service_wifi", "latitude", "longitude"],
    )?;
    Ok(table.import_rows(
        source(),
        |r| clean(r.get("uic")),
        "no UIC code: row number used as id",
        |r, id, repairs, source, report| {
            let row = r.row;
            let wifi = clean(r.get("service_wifi"));
            if wifi.as_deref().map(fold).as_deref() != Some("oui") {
                report.skip(
                    row,
                    Some(&id),
                    format!(
                        "service_wifi is {}, not Oui: the source does not say the station has wifi",
                        wifi.as_deref().unwrap_or("empty")
                    ),
                );
                return None;
            }
            let mut place = new_place(source, &id, None);
            place.name = clean(r.get("gare")).unwrap_or_default();
            place.kind = Some(KIND.to_string());
            place.commune = clean(r.get("commune"));
            place.confirm_need(Need::Wifi);
            let lat = parse_number(r.get("latitude"));
            let lon = parse_number(r.get("longitude"));
            finish_row_with_repairs(place, row, lat, lon, repairs, report)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{
        counts_add_up, garbage, header_then_garbage, place as by_id, skip_reason,
    };

    const HEAD: &str = "uic,gare,service_wifi,commune,departement,latitude,longitude\n";

    #[test]
    fn a_station_with_wifi_says_only_what_the_source_says() {
        let csv = format!("{HEAD}747006,Grenoble,Oui,Grenoble,Isère,45.191493,5.714584\n");
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let p = by_id(&import, "747006");
        assert_eq!(p.id, "sncf-wifi:747006");
        assert_eq!(p.name, "Grenoble");
        assert_eq!(p.kind.as_deref(), Some("Gare"));
        assert_eq!(p.commune.as_deref(), Some("Grenoble"));
        assert_eq!((p.lat, p.lon), (45.191493, 5.714584));
        assert!(p.needs.contains(Need::Wifi));
        assert!(p.needs_to_check.is_empty());
        // No network name, no conditions, no price, no address in the source.
        assert_eq!(p.wifi_access, None);
        assert!(p.fees.is_empty());
        assert_eq!((p.address.as_deref(), p.postcode.as_deref()), (None, None));
        assert!(p.source_terms.is_empty());
        assert_eq!(p.hours, crate::place::Hours::default());
    }

    #[test]
    fn bad_rows() {
        let csv = format!(
            "{HEAD}\
1,Gare A,Non,A,Ain,46.2,5.2\n\
2,Gare B,,B,Ain,46.2,5.2\n\
3,Gare C,oui,C,Ain,5.2,46.2\n\
4,Gare D,Oui,D,Ain,,\n\
5,,Oui,E,Ain,46.2,5.2\n\
5,Gare F,Oui,F,Ain,46.3,5.3\n\
,Gare G,Oui,G,Ain,46.4,5.4\n\
6,Gare H,Oui,H,Ain,40.7,-74.0\n\
7\n"
        );
        let import = parse(csv.as_bytes(), "t.csv").unwrap();
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (9, 2, 7), "{:?}", r.issues);
        let no_wifi = ": the source does not say the station has wifi";
        for (id, reason) in [
            ("1", format!("service_wifi is Non, not Oui{no_wifi}")),
            ("2", format!("service_wifi is empty, not Oui{no_wifi}")),
            ("4", "no coordinates".into()),
            ("5", "no name".into()),
            ("6", "coordinates outside France".into()),
            ("7", format!("service_wifi is empty, not Oui{no_wifi}")),
        ] {
            assert_eq!(skip_reason(r, id), Some(reason.as_str()), "{id}");
        }
        // A second row with a seen UIC code is a duplicate, even after a skipped first one.
        assert!(r.issues.iter().any(|i| i.reason == "duplicate id 5"));
        // Swapped coordinates and a missing UIC code are repaired.
        let c = by_id(&import, "3");
        assert_eq!((c.lat, c.lon), (46.2, 5.2));
        assert_eq!(by_id(&import, "row-7").name, "Gare G");
        assert_eq!(r.repaired, 2, "{:?}", r.issues);
    }

    #[test]
    fn the_verbatim_list_without_coordinates_is_refused_whole() {
        let verbatim = "UIC;Gare;Service Wifi\n484006;Angers-St-Laud;Oui\n";
        let err = parse(verbatim.as_bytes(), "gares-equipees-du-wifi.csv").unwrap_err();
        assert!(err.to_string().contains("lacks column"), "{err}");
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.csv").is_err());
        let _ = parse(&garbage(), "g.bin");
        counts_add_up(&parse(&header_then_garbage(HEAD), "g.csv").unwrap());
        assert_eq!(parse(HEAD.as_bytes(), "h.csv").unwrap().report.read, 0);
    }
}
