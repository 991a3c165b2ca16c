//! The national-scale synthetic workload (`shared/bench/gen.py`): `id,name,cats,lat,lon,opening_hours`,
//! and an optional `postcode` column (`tests/bench/add-postcodes.py`): the generator gives
//! none, so every place takes its département from its nearest neighbour with one, and the
//! build's cost is measured both ways (BENCHMARKS.md, "Build cost").
//!
//! Read through the same import → snapshot → query path as real data, so the benchmark
//! measures what the app runs. `cats` is a bitmask in [`Need::bit`] order.

use super::{
    collect_rows, finish_row, format_error, new_place, parse_number, read_file, Import,
    ImportError, SeenIds, SourceInfo,
};
use crate::need::NeedSet;
use std::collections::HashMap;
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "bench".into(),
        name: "Synthetic national workload (benchmark only)".into(),
        licence: "none (generated)".into(),
        licence_url: String::new(),
        attribution: "Generated places, not real data".into(),
        origin: "shared/bench/gen.py".into(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    parse(&read_file(path)?, &path.display().to_string())
}

pub fn parse(input: &[u8], path: &str) -> Result<Import, ImportError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = rdr
        .headers()
        .map_err(|e| format_error(path, "CSV", &e.to_string()))?
        .clone();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(c_id), Some(c_name), Some(c_cats), Some(c_lat), Some(c_lon)) =
        (col("id"), col("name"), col("cats"), col("lat"), col("lon"))
    else {
        return Err(format_error(
            path,
            "benchmark CSV",
            "expected columns id,name,cats,lat,lon,opening_hours",
        ));
    };
    let c_hours = col("opening_hours");
    let c_postcode = col("postcode");
    let mut seen = SeenIds::default();
    // Few distinct hours strings: parse each once.
    let mut hours_ok: HashMap<String, bool> = HashMap::new();
    Ok(collect_rows(
        source(),
        rdr.records(),
        |rec, row, source, report| {
            let Ok(rec) = rec else {
                report.skip(row, None, "unreadable CSV row");
                return None;
            };
            let id = rec.get(c_id).unwrap_or("").trim();
            if id.is_empty() {
                report.skip(row, None, "no id");
                return None;
            }
            if !seen.first_time(id, row, report) {
                return None;
            }
            let Ok(cats) = rec.get(c_cats).unwrap_or("").trim().parse::<u8>() else {
                report.skip(row, Some(id), "cats is not a bitmask");
                return None;
            };
            let mut place = new_place(source, id, None);
            place.name = crate::text::clean(rec.get(c_name).unwrap_or("")).unwrap_or_default();
            place.needs = NeedSet(cats);
            place.postcode = c_postcode
                .and_then(|c| rec.get(c))
                .and_then(crate::text::clean);
            if let Some(h) = c_hours
                .and_then(|c| rec.get(c))
                .and_then(crate::text::clean)
            {
                let ok = *hours_ok
                    .entry(h.clone())
                    .or_insert_with(|| crate::hours::Schedule::parse(&h).is_ok());
                if ok {
                    place.hours.osm = Some(h);
                } else {
                    report.repair(row, Some(id), "opening hours not understood, kept as text");
                    place.hours.text = Some(h);
                }
            }
            let lat = parse_number(rec.get(c_lat).unwrap_or(""));
            let lon = parse_number(rec.get(c_lon).unwrap_or(""));
            finish_row(&mut place, row, lat, lon, report).then_some(place)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::need::Need;

    #[test]
    fn reads_rows_and_reports_bad_ones() {
        let csv = "id,name,cats,lat,lon,opening_hours\n\
                   1,Espace A,5,45.1,5.7,Mo-Fr 09:00-17:00\n\
                   2,Espace B,x,45.1,5.7,24/7\n\
                   1,Espace C,1,45.1,5.7,24/7\n\
                   3,Espace D,128,5.7,45.1,\n\
                   4,Espace E,1,0,0,\n";
        let imp = parse(csv.as_bytes(), "t.csv").unwrap();
        assert_eq!(imp.report.read, 5);
        assert_eq!(imp.places.len(), 2);
        assert_eq!(imp.report.skipped, 3);
        assert_eq!(imp.report.repaired, 1);
        assert!(
            imp.places[0].needs.contains(Need::Wifi)
                && imp.places[0].needs.contains(Need::Computers)
        );
        assert_eq!(imp.places[1].needs, NeedSet::of(&[Need::Repair]));
        assert_eq!((imp.places[1].lat, imp.places[1].lon), (45.1, 5.7));
        assert!(parse(b"a,b\n1,2\n", "t.csv").is_err());
    }

    #[test]
    fn an_optional_postcode_column_is_read() {
        let csv = "id,name,cats,lat,lon,opening_hours,postcode\n\
                   1,Espace A,1,45.1,5.7,,38000\n\
                   2,Espace B,1,45.2,5.7,, \n";
        let imp = parse(csv.as_bytes(), "t.csv").unwrap();
        assert_eq!(imp.places[0].postcode.as_deref(), Some("38000"));
        assert_eq!(imp.places[1].postcode, None);
    }
}
