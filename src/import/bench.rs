//! The national-scale synthetic workload (`shared/bench/gen.py`): `id,name,cats,lat,lon,opening_hours`.
//!
//! Read through the same import → snapshot → query path as real data, so the benchmark
//! measures what the app runs. `cats` is a bitmask in [`Need::bit`] order.

use super::{
    finish_row, new_place, parse_number, read_file, Import, ImportError, ImportReport, SeenIds,
    SourceInfo,
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
    let source = source();
    let mut report = ImportReport::new(&source.id);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = rdr
        .headers()
        .map_err(|e| ImportError::Format {
            path: path.into(),
            format: "CSV",
            detail: e.to_string(),
        })?
        .clone();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(c_id), Some(c_name), Some(c_cats), Some(c_lat), Some(c_lon)) =
        (col("id"), col("name"), col("cats"), col("lat"), col("lon"))
    else {
        return Err(ImportError::Format {
            path: path.into(),
            format: "benchmark CSV",
            detail: "expected columns id,name,cats,lat,lon,opening_hours".into(),
        });
    };
    let c_hours = col("opening_hours");
    let mut seen = SeenIds::default();
    // Few distinct hours strings: parse each once.
    let mut hours_ok: HashMap<String, bool> = HashMap::new();
    let mut places = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let row = i + 1;
        report.read += 1;
        let Ok(rec) = rec else {
            report.skip(row, None, "unreadable CSV row");
            continue;
        };
        let id = rec.get(c_id).unwrap_or("").trim();
        if id.is_empty() {
            report.skip(row, None, "no id");
            continue;
        }
        if !seen.first_time(id, row, &mut report) {
            continue;
        }
        let Ok(cats) = rec.get(c_cats).unwrap_or("").trim().parse::<u8>() else {
            report.skip(row, Some(id), "cats is not a bitmask");
            continue;
        };
        let mut place = new_place(&source, id, None);
        place.name = crate::text::clean(rec.get(c_name).unwrap_or("")).unwrap_or_default();
        place.needs = NeedSet(cats);
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
        if finish_row(&mut place, row, lat, lon, &mut report) {
            places.push(place);
        }
    }
    Ok(Import {
        source,
        places,
        report,
    })
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
}
