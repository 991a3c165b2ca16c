//! Importers: each source's file in, [`Place`]s and an honest report out.
//!
//! One module per source format. Every importer follows the same contract:
//! - it never panics on data; a whole file that cannot be read at all (not JSON, no header)
//!   is an [`ImportError`]; a bad row is skipped and reported, a fixable row is repaired and
//!   reported ([`ImportReport`]);
//! - it never invents an attribute: a field the source leaves empty stays unknown;
//! - it maps the source's vocabulary onto [`Need`]s and keeps the source's own words in
//!   `Place::source_terms`;
//! - it sets one [`Provenance`] per place, with the source's record id and update date.

pub mod aidants_connect;
pub mod anct_hinaura;
pub mod bench;
pub(crate) mod csv_table;
pub mod field;
pub mod france_services;
pub mod grenoble_bm;
pub mod grenoble_wifi;
pub mod hinaura;
pub mod libraries;
pub mod osm;
pub mod paris_wifi;
pub mod schema;
pub mod sncf_wifi;
#[cfg(test)]
pub(crate) mod test_support;

use crate::hours::Schedule;
use crate::place::{Hours, Place, Provenance};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

#[allow(unused_imports)]
use crate::need::Need;

/// A data source, with what its licence requires us to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// Short stable id, used in place ids and provenance ("hinaura", "france-services"…).
    pub id: String,
    pub name: String,
    /// Licence name ("ODbL 1.0", "Licence Ouverte 2.0").
    pub licence: String,
    pub licence_url: String,
    /// The attribution text the app shows.
    pub attribution: String,
    /// Where the data was taken from.
    pub origin: String,
}

/// What happened to one row that was not kept as is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowIssue {
    /// 1-based row number in the source (data rows, header excluded).
    pub row: usize,
    pub record_id: Option<String>,
    pub action: Action,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Skipped,
    Repaired,
}

/// Rows read / kept / repaired / skipped, with the reason for each skipped or repaired row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub source: String,
    pub read: usize,
    pub kept: usize,
    pub repaired: usize,
    pub skipped: usize,
    /// Kept places for which the source names no need the app knows: kept (their other facts
    /// may merge into a known place) but never shown on their own. A whole file in a vocabulary
    /// the importer does not map shows here as every place, instead of vanishing silently.
    pub kept_without_need: usize,
    pub issues: Vec<RowIssue>,
}

impl ImportReport {
    pub fn new(source: &str) -> Self {
        ImportReport {
            source: source.to_string(),
            ..Default::default()
        }
    }

    pub fn skip(&mut self, row: usize, record_id: Option<&str>, reason: impl Into<String>) {
        self.skipped += 1;
        self.issues.push(RowIssue {
            row,
            record_id: record_id.map(str::to_string),
            action: Action::Skipped,
            reason: reason.into(),
        });
    }

    /// Note a repair. A row repaired several times counts once in `repaired`.
    pub fn repair(&mut self, row: usize, record_id: Option<&str>, reason: impl Into<String>) {
        let already = self
            .issues
            .iter()
            .any(|i| i.row == row && i.action == Action::Repaired);
        if !already {
            self.repaired += 1;
        }
        self.issues.push(RowIssue {
            row,
            record_id: record_id.map(str::to_string),
            action: Action::Repaired,
            reason: reason.into(),
        });
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: read {}, kept {}, repaired {}, skipped {}",
            self.source, self.read, self.kept, self.repaired, self.skipped
        )?;
        if self.kept_without_need > 0 {
            write!(
                f,
                "; {} kept with no need the app knows (never shown on their own)",
                self.kept_without_need
            )?;
        }
        Ok(())
    }
}

/// The result of importing one file.
#[derive(Debug, Clone)]
pub struct Import {
    pub source: SourceInfo,
    pub places: Vec<Place>,
    pub report: ImportReport,
}

/// A whole file could not be read. Row-level problems are never errors (see [`ImportReport`]).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a valid {format} file: {detail}")]
    Format {
        path: String,
        format: &'static str,
        detail: String,
    },
}

pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    std::fs::read(path).map_err(|source| ImportError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Read the file at `path` and hand its bytes to an importer's `parse`, with the path for its
/// error messages.
pub(crate) fn import_file<T>(
    path: &Path,
    parse: impl FnOnce(&[u8], &str) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// The whole file is not in the expected format.
pub(crate) fn format_error(path: &str, format: &'static str, detail: &str) -> ImportError {
    ImportError::Format {
        path: path.to_string(),
        format,
        detail: detail.to_string(),
    }
}

/// The input without its UTF-8 byte-order mark, if it has one.
pub(crate) fn strip_bom(input: &[u8]) -> &[u8] {
    input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input)
}

/// Why a coordinate pair cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum PointProblem {
    Missing,
    NotANumber,
    Zero,
    OutsideFrance,
}

impl fmt::Display for PointProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PointProblem::Missing => "no coordinates",
            PointProblem::NotANumber => "coordinates are not numbers",
            PointProblem::Zero => "coordinates are zero",
            PointProblem::OutsideFrance => "coordinates outside France",
        })
    }
}

/// Bounding boxes of France: metropolitan France with Corsica, then the overseas departments
/// and collectivities. (south, west, north, east) in degrees.
const FRANCE_BOXES: [(f64, f64, f64, f64); 10] = [
    (41.3, -5.6, 51.2, 9.7),       // metropolitan France and Corsica
    (15.8, -61.9, 16.6, -60.9),    // Guadeloupe
    (14.3, -61.3, 14.95, -60.75),  // Martinique
    (2.0, -54.7, 5.9, -51.5),      // Guyane
    (-21.45, 55.1, -20.8, 55.9),   // La Réunion
    (-13.1, 44.9, -12.5, 45.4),    // Mayotte
    (46.7, -56.5, 47.2, -56.1),    // Saint-Pierre-et-Miquelon
    (17.8, -63.2, 18.2, -62.7),    // Saint-Martin, Saint-Barthélemy
    (-28.0, -155.0, -7.0, -134.0), // Polynésie française
    (-23.0, 163.5, -19.5, 168.2),  // Nouvelle-Calédonie
];

pub fn in_france(lat: f64, lon: f64) -> bool {
    FRANCE_BOXES
        .iter()
        .any(|&(s, w, n, e)| lat >= s && lat <= n && lon >= w && lon <= e)
}

/// A usable point, and whether latitude and longitude had to be swapped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckedPoint {
    pub lat: f64,
    pub lon: f64,
    pub swapped: bool,
}

/// Validate a coordinate pair: numbers, not zero, inside France. A pair that is only valid
/// swapped (a common form mistake) is repaired.
pub fn check_point(lat: Option<f64>, lon: Option<f64>) -> Result<CheckedPoint, PointProblem> {
    let (lat, lon) = match (lat, lon) {
        (Some(a), Some(b)) => (a, b),
        _ => return Err(PointProblem::Missing),
    };
    if !lat.is_finite() || !lon.is_finite() {
        return Err(PointProblem::NotANumber);
    }
    if lat == 0.0 || lon == 0.0 {
        return Err(PointProblem::Zero);
    }
    if in_france(lat, lon) {
        Ok(CheckedPoint {
            lat,
            lon,
            swapped: false,
        })
    } else if in_france(lon, lat) {
        Ok(CheckedPoint {
            lat: lon,
            lon: lat,
            swapped: true,
        })
    } else {
        Err(PointProblem::OutsideFrance)
    }
}

/// Parse a number written with a dot or a French comma; empty is `None`, garbage is NaN
/// (so that [`check_point`] reports it).
pub fn parse_number(raw: &str) -> Option<f64> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    Some(t.replace(',', ".").parse::<f64>().unwrap_or(f64::NAN))
}

/// A point written as one text, latitude first: "45.271187,5.964303" or "45.271187, 5.964303"
/// (the libraries' `coordonnees_finales`, Paris's `geo_point_2d`). Empty is `None`; anything
/// else that is not two numbers is NaN (so that [`check_point`] reports it).
pub(crate) fn lat_lon_text(raw: &str) -> (Option<f64>, Option<f64>) {
    let t = raw.trim();
    if t.is_empty() {
        return (None, None);
    }
    match t.split(',').collect::<Vec<_>>()[..] {
        [lat, lon] => (
            Some(parse_number(lat).unwrap_or(f64::NAN)),
            Some(parse_number(lon).unwrap_or(f64::NAN)),
        ),
        _ => (Some(f64::NAN), Some(f64::NAN)),
    }
}

/// Read a JSON number or numeric string as f64.
pub fn json_number(v: Option<&serde_json::Value>) -> Option<f64> {
    match v? {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => parse_number(s),
        _ => None,
    }
}

/// Read a JSON scalar as text (numbers included: Hinaura stores phones and postcodes as numbers).
pub fn json_text(v: Option<&serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) => crate::text::clean(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Dates as sources write them: `2021-05-05`, `2021-05-05T10:00:00Z`, `05/05/2021 14:29:42`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let t = raw.trim();
    let head: String = t.chars().take(10).collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&head, "%d/%m/%Y"))
        .ok()
}

/// A French postcode: five digits (an integer postcode that lost a leading zero is repaired).
pub fn postcode(raw: &str) -> Option<String> {
    let digits: String = raw.trim().chars().filter(|c| c.is_ascii_digit()).collect();
    match digits.len() {
        5 => Some(digits),
        4 => Some(format!("0{digits}")),
        _ => None,
    }
}

/// A postcode field: [`postcode`] of the value, or unknown with a repair noted (naming `field`)
/// when the value is not a postcode. An absent value is unknown, silently.
pub(crate) fn postcode_field(
    field: &str,
    value: Option<String>,
    repairs: &mut Vec<String>,
) -> Option<String> {
    let cp = value?;
    let checked = postcode(&cp);
    if checked.is_none() {
        repairs.push(format!("{field} not a postcode ({cp}): left unknown"));
    }
    checked
}

/// An address and its complement (`12 rue X, Bâtiment B`), or whichever of the two is given.
pub(crate) fn address_with_complement(
    address: Option<String>,
    complement: Option<String>,
) -> Option<String> {
    match (address, complement) {
        (Some(a), Some(c)) => Some(format!("{a}, {c}")),
        (a, c) => a.or(c),
    }
}

/// Hours from an OSM `opening_hours` expression: kept as OSM when it parses, otherwise kept as
/// text for display and a repair is noted. Shared by the OSM and national-schema importers.
pub(crate) fn hours_from_osm(raw: &str, repairs: &mut Vec<String>) -> Hours {
    let Some(text) = crate::text::clean(raw) else {
        return Hours::default();
    };
    match Schedule::parse(&text) {
        Ok(_) => Hours {
            osm: Some(text),
            text: None,
        },
        Err(_) => {
            repairs.push(format!(
                "opening hours not understood, kept as text: {text}"
            ));
            Hours {
                osm: None,
                text: Some(text),
            }
        }
    }
}

/// Keeps the first record of each id and reports the later ones.
#[derive(Default)]
pub struct SeenIds(HashSet<String>);

impl SeenIds {
    /// True when the id is new; otherwise reports the row as skipped.
    pub fn first_time(&mut self, id: &str, row: usize, report: &mut ImportReport) -> bool {
        if self.0.insert(id.to_string()) {
            true
        } else {
            report.skip(row, Some(id), format!("duplicate id {id}"));
            false
        }
    }

    /// The row's record id when it is new (reporting the row as a duplicate otherwise). A row
    /// with no id gets `row-N`, with `no_id` noted among the row's repairs.
    pub(crate) fn claim(
        &mut self,
        id: Option<String>,
        row: usize,
        no_id: &str,
        repairs: &mut Vec<String>,
        report: &mut ImportReport,
    ) -> Option<String> {
        let id = id.unwrap_or_else(|| {
            repairs.push(no_id.to_string());
            format!("row-{row}")
        });
        self.first_time(&id, row, report).then_some(id)
    }
}

/// A new place from one source record, with its provenance set.
pub fn new_place(source: &SourceInfo, record_id: &str, updated: Option<NaiveDate>) -> Place {
    Place {
        id: format!("{}:{}", source.id, record_id),
        provenance: vec![Provenance {
            source: source.id.clone(),
            record_id: record_id.to_string(),
            updated,
        }],
        ..Default::default()
    }
}

/// Validates the place's point and name, records repairs, and returns whether to keep it.
/// Every importer ends a row with this, so the rules are the same for all sources.
pub fn finish_row(
    place: &mut Place,
    row: usize,
    lat: Option<f64>,
    lon: Option<f64>,
    report: &mut ImportReport,
) -> bool {
    let record_id = place.provenance.first().map(|p| p.record_id.clone());
    let rid = record_id.as_deref();
    if place.name.trim().is_empty() {
        report.skip(row, rid, "no name");
        return false;
    }
    match check_point(lat, lon) {
        Ok(p) => {
            if p.swapped {
                report.repair(row, rid, "latitude and longitude were swapped");
            }
            place.lat = p.lat;
            place.lon = p.lon;
            report.kept += 1;
            true
        }
        Err(problem) => {
            report.skip(row, rid, problem.to_string());
            false
        }
    }
}

/// [`finish_row`], then, when the place is kept, the row's `repairs` are reported under its
/// record id (after any repair [`finish_row`] made).
pub(crate) fn finish_row_with_repairs(
    mut place: Place,
    row: usize,
    lat: Option<f64>,
    lon: Option<f64>,
    repairs: Vec<String>,
    report: &mut ImportReport,
) -> Option<Place> {
    if !finish_row(&mut place, row, lat, lon, report) {
        return None;
    }
    let record_id = place.provenance.first().map(|p| p.record_id.clone());
    for repair in repairs {
        report.repair(row, record_id.as_deref(), repair);
    }
    Some(place)
}

/// The row loop every importer runs: each record is counted as read and handed to `map` with its
/// 1-based row number; the places `map` keeps make the [`Import`] of `source`.
pub(crate) fn collect_rows<T>(
    source: SourceInfo,
    records: impl IntoIterator<Item = T>,
    mut map: impl FnMut(T, usize, &SourceInfo, &mut ImportReport) -> Option<Place>,
) -> Import {
    let mut report = ImportReport::new(&source.id);
    let mut places = Vec::new();
    for (i, record) in records.into_iter().enumerate() {
        let row = i + 1;
        report.read += 1;
        if let Some(place) = map(record, row, &source, &mut report) {
            places.push(place);
        }
    }
    Import {
        source,
        places,
        report,
    }
}

/// A JSON record.
pub(crate) type JsonObject = Map<String, Value>;

/// [`collect_rows`] over JSON records: a record that is not an object is skipped with
/// `not_object` as the reason; `map` gets the others.
pub(crate) fn collect_objects<'a>(
    source: SourceInfo,
    records: &'a [Value],
    not_object: &str,
    mut map: impl FnMut(&'a JsonObject, usize, &SourceInfo, &mut ImportReport) -> Option<Place>,
) -> Import {
    collect_rows(source, records, |record, row, source, report| {
        let Some(object) = record.as_object() else {
            report.skip(row, None, not_object);
            return None;
        };
        map(object, row, source, report)
    })
}

/// A file of the shared data folder that sits beside the repository (tests only). Missing
/// data fails the test: a test that skips itself proves nothing.
#[cfg(test)]
pub(crate) fn shared_data(rel: &str) -> std::path::PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel);
    assert!(
        p.exists(),
        "{} not found: the shared data folder must sit beside the repository",
        p.display()
    );
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_point_repairs_swaps_and_rejects_bad_points() {
        assert_eq!(
            check_point(Some(5.72), Some(45.18)),
            Ok(CheckedPoint {
                lat: 45.18,
                lon: 5.72,
                swapped: true
            })
        );
        assert!(check_point(Some(45.18), Some(5.72)).is_ok_and(|p| !p.swapped));
        assert_eq!(check_point(Some(0.0), Some(0.0)), Err(PointProblem::Zero));
        assert_eq!(
            check_point(Some(f64::NAN), Some(5.0)),
            Err(PointProblem::NotANumber)
        );
        assert_eq!(
            check_point(Some(40.7), Some(-74.0)),
            Err(PointProblem::OutsideFrance)
        );
        assert_eq!(check_point(None, Some(5.0)), Err(PointProblem::Missing));
        // La Réunion is France.
        assert!(check_point(Some(-21.0), Some(55.5)).is_ok());
    }

    #[test]
    fn dates_and_postcodes() {
        assert_eq!(
            parse_date("05/05/2021 14:29:42"),
            NaiveDate::from_ymd_opt(2021, 5, 5)
        );
        assert_eq!(
            parse_date("2022-08-31"),
            NaiveDate::from_ymd_opt(2022, 8, 31)
        );
        assert_eq!(parse_date("soon"), None);
        assert_eq!(postcode("38100").as_deref(), Some("38100"));
        assert_eq!(postcode("1000").as_deref(), Some("01000"));
        assert_eq!(postcode("abc"), None);
    }

    #[test]
    fn parse_number_accepts_french_commas_and_flags_garbage() {
        assert_eq!(parse_number("45,18"), Some(45.18));
        assert_eq!(parse_number(""), None);
        assert!(parse_number("n/a").unwrap().is_nan());
    }
}
