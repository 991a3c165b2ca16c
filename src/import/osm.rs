//! OpenStreetMap, as an Overpass API JSON response.
//!
//! # Why
//! OSM is where wifi hotspots, computer terminals and phone charging stations are mapped by
//! people who went there; no administrative source lists them. The tags are precise
//! (`internet_access=wlan`, `internet_access:fee=no`…) but sparse: a tag that is absent means
//! "not mapped", never "no".
//!
//! # Format
//! `{"elements": [{"type": "node", "id": 123, "lat": …, "lon": …, "tags": {…}}, …]}`. Ways and
//! relations carry their point in `center` (Overpass `out center`). `timestamp` is present with
//! `out meta`. Other top-level keys (`version`, `osm3s`, a `_comment`…) are ignored.
//! Whole-file errors: not JSON, or no `elements` array.
//!
//! # Mapping
//! | tag | place |
//! |---|---|
//! | `type`/`id` | record id `node/123`, `way/45` |
//! | `timestamp` | provenance `updated` |
//! | `name` | name (missing: skipped) |
//! | `amenity=library` | kind "Bibliothèque"; Wifi and Computers **to check** (libraries usually have them) |
//! | `internet_access=wlan`, `wifi`, `yes` | Wifi stated |
//! | `internet_access=terminal` | Computers stated, delivered ALONE |
//! | `internet_access=wired` | Computers to check (a socket for one's own computer, maybe a computer) |
//! | `internet_access=no` | no internet need at all (the library suggestions are removed) |
//! | `internet_access:fee=no` | fees FREE (the tag is about internet access, what the app is about) |
//! | `internet_access:fee=yes` | fees PAID; wifi access "paid" when Wifi is stated |
//! | `internet_access:fee=customers` | wifi access "customers only" when Wifi is stated |
//! | `internet_access:ssid` | term "SSID: …"; wifi access stays unknown (a name does not say how to join) |
//! | `amenity=device_charging_station`, `device_charging=yes` | Charging stated |
//! | `fee=no` / `fee=yes` | fees FREE / PAID |
//! | `opening_hours` | hours.osm when it parses, else hours.text (reported as repaired) |
//! | `addr:housenumber` + `addr:street` (else `addr:place`), `addr:postcode`, `addr:city` | address, postcode, commune |
//! | `phone`/`contact:phone`, `website`/`contact:website`, `email`/`contact:email` | first valid value |
//! | `wheelchair=yes` / `limited` / `no` | `Some(true)` / `Some(true)` with term "wheelchair: limited" / `Some(false)` |
//! | `description` | description |
//! | `operator` | term |
//!
//! Elements with none of `amenity=library`, a charging tag, or an `internet_access` value
//! above other than `no` are skipped ("no relevant tag"). The relevant tags themselves are kept
//! as terms (`internet_access=wlan`…), being the source's own words.
//!
//! # Quirks
//! - `socket:*` tags describe electric-vehicle charging stations, not phone charging: not used.
//! - `internet_access` may hold several values (`wlan;terminal`).
//! - Mappers sometimes put `yes` in `internet_access` meaning wifi: read as wifi, as the wiki says.

use super::{
    collect_objects, finish_row_with_repairs, format_error, hours_from_osm, json_number, json_text,
    new_place, parse_date, postcode_field, read_file, strip_bom, Import, ImportError, ImportReport,
    SeenIds, SourceInfo,
};
use crate::need::Need;
use crate::place::{Delivery, Fees, Place, WifiAccess};
use crate::text::fold;
use serde_json::{Map, Value};
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "osm".into(),
        name: "OpenStreetMap".into(),
        licence: "ODbL 1.0".into(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        attribution: "© les contributeurs d'OpenStreetMap, ODbL".into(),
        origin: "https://www.openstreetmap.org (Overpass API)".into(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let value: Value = serde_json::from_slice(strip_bom(input))
        .map_err(|e| format_error(path_for_errors, "Overpass JSON", &e.to_string()))?;
    let elements = value
        .get("elements")
        .and_then(Value::as_array)
        .ok_or_else(|| format_error(path_for_errors, "Overpass JSON", "no \"elements\" array"))?;
    let mut seen = SeenIds::default();
    Ok(collect_objects(
        source(),
        elements,
        "not an object",
        |element, row, source, report| import_element(element, row, source, report, &mut seen),
    ))
}

fn element_id(element: &Map<String, Value>) -> Option<String> {
    let kind = element.get("type")?.as_str()?.trim();
    if !matches!(kind, "node" | "way" | "relation") {
        return None;
    }
    let id = match element.get("id")? {
        Value::Number(n) => n.as_u64()?.to_string(),
        Value::String(s) if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) => s.clone(),
        _ => return None,
    };
    Some(format!("{kind}/{id}"))
}

fn point(element: &Map<String, Value>) -> (Option<f64>, Option<f64>) {
    let lat = json_number(element.get("lat"));
    let lon = json_number(element.get("lon"));
    if lat.is_some() || lon.is_some() {
        return (lat, lon);
    }
    match element.get("center") {
        Some(c) => (json_number(c.get("lat")), json_number(c.get("lon"))),
        None => (None, None),
    }
}

/// Folded values of a possibly multi-valued tag (`wlan;terminal`).
fn values(tags: &Map<String, Value>, key: &str) -> Vec<String> {
    json_text(tags.get(key))
        .map(|v| v.split(';').map(fold).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

fn has_value(tags: &Map<String, Value>, key: &str, value: &str) -> bool {
    let value = fold(value);
    values(tags, key).contains(&value)
}

fn first_text(tags: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| json_text(tags.get(*k)))
}

/// First value of `keys` (each possibly `;`-separated) that `valid` accepts.
fn first_valid(
    tags: &Map<String, Value>,
    keys: &[&str],
    valid: fn(&str) -> Option<String>,
) -> Option<String> {
    keys.iter()
        .filter_map(|k| json_text(tags.get(*k)))
        .flat_map(|v| v.split(';').map(str::to_string).collect::<Vec<_>>())
        .find_map(|v| valid(&v))
}

const WIFI_VALUES: [&str; 3] = ["wlan", "wifi", "yes"];

fn import_element(
    element: &Map<String, Value>,
    row: usize,
    source: &SourceInfo,
    report: &mut ImportReport,
    seen: &mut SeenIds,
) -> Option<Place> {
    let Some(id) = element_id(element) else {
        report.skip(row, None, "no element type or id");
        return None;
    };
    if !seen.first_time(&id, row, report) {
        return None;
    }
    let empty = Map::new();
    let tags = element
        .get("tags")
        .and_then(Value::as_object)
        .unwrap_or(&empty);

    let library = has_value(tags, "amenity", "library");
    let charging = has_value(tags, "amenity", "device_charging_station")
        || has_value(tags, "device_charging", "yes");
    let internet = values(tags, "internet_access");
    let internet_relevant = internet
        .iter()
        .any(|v| WIFI_VALUES.contains(&v.as_str()) || v == "terminal" || v == "wired");
    if !library && !charging && !internet_relevant {
        report.skip(row, Some(&id), "no relevant tag");
        return None;
    }

    let mut repairs = Vec::new();
    let updated = element
        .get("timestamp")
        .and_then(Value::as_str)
        .and_then(parse_date);
    let mut place = new_place(source, &id, updated);
    place.name = json_text(tags.get("name")).unwrap_or_default();

    if library {
        place.kind = Some("Bibliothèque".into());
        place.add_term("amenity=library");
        place.suggest_need(Need::Wifi);
        place.suggest_need(Need::Computers);
    }
    if charging {
        place.confirm_need(Need::Charging);
        if has_value(tags, "amenity", "device_charging_station") {
            place.kind = Some("Borne de recharge de téléphone".into());
            place.add_term("amenity=device_charging_station");
        } else {
            place.add_term("device_charging=yes");
        }
    }
    for v in &internet {
        place.add_term(&format!("internet_access={v}"));
        match v.as_str() {
            "wlan" | "wifi" | "yes" => place.confirm_need(Need::Wifi),
            "terminal" => {
                place.confirm_need(Need::Computers);
                place.add_delivery(Need::Computers, Delivery::ALONE);
            }
            "wired" => place.suggest_need(Need::Computers),
            _ => {}
        }
    }
    if internet.iter().any(|v| v == "no") {
        place.needs_to_check = place
            .needs_to_check
            .minus(crate::need::NeedSet::of(&[Need::Wifi, Need::Computers]));
    }

    for fee in values(tags, "internet_access:fee") {
        match fee.as_str() {
            "no" => place.fees = place.fees.union(Fees::FREE),
            "yes" => {
                place.fees = place.fees.union(Fees::PAID);
                if place.needs.contains(Need::Wifi) {
                    place.wifi_access = Some(WifiAccess::Paid);
                }
            }
            "customers" => {
                if place.needs.contains(Need::Wifi) {
                    place.wifi_access = Some(WifiAccess::Customers);
                }
                place.add_term("internet_access:fee=customers");
            }
            _ => {}
        }
    }
    if let Some(ssid) = json_text(tags.get("internet_access:ssid")) {
        place.add_term(&format!("SSID: {ssid}"));
    }
    for fee in values(tags, "fee") {
        match fee.as_str() {
            "no" => place.fees = place.fees.union(Fees::FREE),
            "yes" => place.fees = place.fees.union(Fees::PAID),
            _ => {}
        }
    }

    if let Some(h) = json_text(tags.get("opening_hours")) {
        place.hours = hours_from_osm(&h, &mut repairs);
    }

    let street = json_text(tags.get("addr:street")).or_else(|| json_text(tags.get("addr:place")));
    place.address = match (json_text(tags.get("addr:housenumber")), street) {
        (Some(n), Some(s)) => Some(format!("{n} {s}")),
        (None, Some(s)) => Some(s),
        _ => None,
    };
    place.postcode = postcode_field(
        "addr:postcode",
        json_text(tags.get("addr:postcode")),
        &mut repairs,
    );
    place.commune = json_text(tags.get("addr:city"));
    place.phone = first_text(tags, &["phone", "contact:phone"])
        .and_then(|p| p.split(';').find_map(crate::text::phone));
    place.website = first_valid(tags, &["website", "contact:website"], crate::text::website);
    place.email = first_valid(tags, &["email", "contact:email"], crate::text::email);
    place.description = json_text(tags.get("description"));

    match values(tags, "wheelchair").first().map(String::as_str) {
        Some("yes") => place.wheelchair = Some(true),
        Some("limited") => {
            place.wheelchair = Some(true);
            place.add_term("wheelchair: limited");
        }
        Some("no") => place.wheelchair = Some(false),
        _ => {}
    }
    if let Some(op) = json_text(tags.get("operator")) {
        place.add_term(&op);
    }

    let (lat, lon) = point(element);
    finish_row_with_repairs(place, row, lat, lon, repairs, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{place, skip_reason};
    use crate::import::Action;
    use chrono::NaiveDate;

    fn fixture() -> Import {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/osm-grenoble.json");
        import(&path).expect("fixture parses")
    }

    fn run(elements: &str) -> Import {
        parse(
            format!("{{\"elements\": [{elements}]}}").as_bytes(),
            "t.json",
        )
        .unwrap()
    }

    #[test]
    fn fixture_counts_and_reasons() {
        let import = fixture();
        let r = &import.report;
        assert_eq!(r.read, r.kept + r.skipped, "{r}");
        assert_eq!(
            (r.read, r.kept, r.skipped, r.repaired),
            (14, 11, 3, 2),
            "{:?}",
            r.issues
        );
        let reasons: Vec<(Action, Option<&str>, &str)> = r
            .issues
            .iter()
            .map(|i| (i.action, i.record_id.as_deref(), i.reason.as_str()))
            .collect();
        assert!(reasons.contains(&(Action::Skipped, Some("node/9900000008"), "no name")));
        assert!(reasons.contains(&(
            Action::Skipped,
            Some("node/9900000001"),
            "duplicate id node/9900000001"
        )));
        assert!(reasons.contains(&(Action::Skipped, Some("node/9900000011"), "no relevant tag")));
        assert!(reasons.contains(&(
            Action::Repaired,
            Some("node/9900000009"),
            "latitude and longitude were swapped"
        )));
        // The first of the duplicates is kept.
        assert_eq!(
            place(&import, "node/9900000001").name,
            "Bibliothèque Exemple Centre-ville"
        );
    }

    #[test]
    fn library_with_free_wifi() {
        let import = fixture();
        let p = place(&import, "node/9900000001");
        assert_eq!(p.kind.as_deref(), Some("Bibliothèque"));
        assert_eq!(p.needs.ids(), vec!["wifi"]);
        assert_eq!(p.needs_to_check.ids(), vec!["computers"]);
        assert_eq!(p.fees, Fees::FREE);
        assert_eq!(p.wifi_access, None, "a free network may still need a code");
        assert!(p
            .source_terms
            .contains(&"SSID: Exemple-Wifi-Public".to_string()));
        assert!(p.source_terms.contains(&"Ville d'Exemple".to_string()));
        assert_eq!(p.wheelchair, Some(true));
        assert_eq!(p.address.as_deref(), Some("12 Rue de l'Exemple"));
        assert_eq!(p.postcode.as_deref(), Some("38000"));
        assert_eq!(p.commune.as_deref(), Some("Grenoble"));
        assert_eq!(p.phone.as_deref(), Some("04 00 00 00 01"));
        assert_eq!(
            p.website.as_deref(),
            Some("https://bibliotheque-exemple.invalid")
        );
        assert_eq!(
            p.provenance[0].updated,
            NaiveDate::from_ymd_opt(2024, 3, 12)
        );
        assert_eq!(
            p.hours.osm.as_deref(),
            Some("Tu-Fr 10:00-18:00; Sa 10:00-17:00")
        );
        assert_eq!((p.lat, p.lon), (45.1889, 5.7247));
    }

    #[test]
    fn terminals_charging_cafe_and_ways() {
        let import = fixture();
        let m = place(&import, "node/9900000002");
        assert_eq!(m.needs.ids(), vec!["wifi", "computers"]);
        assert!(m.needs_to_check.is_empty());
        assert_eq!(m.delivery_for(Need::Computers), Delivery::ALONE);
        assert_eq!(m.wheelchair, Some(true));
        assert!(m.source_terms.contains(&"wheelchair: limited".to_string()));
        assert_eq!(m.email.as_deref(), Some("mediatheque@exemple.invalid"));

        let c = place(&import, "node/9900000003");
        assert_eq!(c.needs.ids(), vec!["computers"]);
        assert_eq!(c.kind, None);
        assert_eq!(c.phone.as_deref(), Some("04 00 00 00 03"));

        for id in ["node/9900000004", "node/9900000005"] {
            let b = place(&import, id);
            assert_eq!(b.needs.ids(), vec!["charging"]);
            assert_eq!(b.fees, Fees::FREE);
        }
        assert_eq!(place(&import, "node/9900000005").wheelchair, Some(false));
        assert_eq!(
            place(&import, "node/9900000004").hours.osm.as_deref(),
            Some("24/7")
        );

        let cafe = place(&import, "node/9900000006");
        assert_eq!(cafe.needs.ids(), vec!["wifi"]);
        assert_eq!(cafe.wifi_access, Some(WifiAccess::Customers));
        assert!(cafe.fees.is_empty());

        let way = place(&import, "way/9900000101");
        assert_eq!((way.lat, way.lon), (45.1798, 5.7402));
        assert!(way.needs.is_empty());
        assert_eq!(way.needs_to_check.ids(), vec!["wifi", "computers"]);
        assert_eq!(way.address.as_deref(), Some("Place de l'Exemple"));

        let cyber = place(&import, "node/9900000007");
        assert_eq!(cyber.needs.ids(), vec!["computers"]);
        assert_eq!(cyber.fees, Fees::PAID);
        assert_eq!(
            cyber.wifi_access, None,
            "no wifi stated, so no wifi access mode"
        );

        let swapped = place(&import, "node/9900000009");
        assert_eq!((swapped.lat, swapped.lon), (45.1901, 5.7195));

        let none = place(&import, "node/9900000012");
        assert!(none.needs.is_empty() && none.needs_to_check.is_empty());
    }

    #[test]
    fn broken_opening_hours_are_kept_as_text() {
        let import = fixture();
        let p = place(&import, "node/9900000010");
        assert_eq!(p.hours.osm, None);
        assert_eq!(
            p.hours.text.as_deref(),
            Some("du lundi au vendredi de 9h à 17h")
        );
        assert!(import
            .report
            .issues
            .iter()
            .any(|i| i.action == Action::Repaired
                && i.record_id.as_deref() == Some("node/9900000010")));
    }

    #[test]
    fn bad_elements() {
        let import = run(
            r#"{"type":"node","id":1,"lat":0,"lon":0,"tags":{"name":"Z","internet_access":"wlan"}},
               {"type":"node","id":2,"lat":"abc","lon":5.72,"tags":{"name":"N","internet_access":"wlan"}},
               {"type":"node","id":3,"lat":40.7,"lon":-74.0,"tags":{"name":"NY","internet_access":"wlan"}},
               {"type":"node","id":4,"tags":{"name":"No point","internet_access":"wlan"}},
               {"type":"node","id":5,"lat":45.18,"lon":5.72},
               {"type":"area","id":6,"lat":45.18,"lon":5.72,"tags":{"name":"A","internet_access":"wlan"}},
               {"type":"node","id":-7,"lat":45.18,"lon":5.72,"tags":{"name":"A","internet_access":"wlan"}},
               "text", 42, null, [],
               {"type":"node","id":8,"lat":45.18,"lon":5.72,"tags":"not an object"},
               {"type":"node","id":9,"lat":45.18,"lon":5.72,"tags":{"name":"Cafe","internet_access":"no"}},
               {"type":"node","id":10,"lat":45.18,"lon":5.72,"tags":{"name":["x"],"internet_access":"wlan"}},
               {"type":"node","id":"11","lat":"45.18","lon":"5.72","tags":{"name":"  <b>Café</b>  &amp;  Co ","internet_access":" WLAN ","addr:postcode":"380","wheelchair":"YES","device_charging":"yes","internet_access:fee":"yes"}},
               {"type":"node","id":12,"lat":45.18,"lon":5.72,"tags":{"name":"Wired","internet_access":"wired","amenity":"library"}}"#,
        );
        let r = &import.report;
        assert_eq!(r.read, r.kept + r.skipped, "{r}");
        assert_eq!((r.read, r.kept), (16, 2), "{:?}", r.issues);
        let reason = |id: &str| skip_reason(r, id);
        assert_eq!(reason("node/1"), Some("coordinates are zero"));
        assert_eq!(reason("node/2"), Some("coordinates are not numbers"));
        assert_eq!(reason("node/3"), Some("coordinates outside France"));
        assert_eq!(reason("node/4"), Some("no coordinates"));
        assert_eq!(reason("node/5"), Some("no relevant tag"));
        assert_eq!(reason("node/8"), Some("no relevant tag"));
        assert_eq!(reason("node/9"), Some("no relevant tag"));
        assert_eq!(reason("node/10"), Some("no name"));

        let p = place(&import, "node/11");
        assert_eq!(p.name, "Café & Co");
        assert_eq!(p.needs.ids(), vec!["wifi", "charging"]);
        assert_eq!(p.wifi_access, Some(WifiAccess::Paid));
        assert_eq!(p.fees, Fees::PAID);
        assert_eq!(p.wheelchair, Some(true));
        assert_eq!(p.postcode, None);
        let w = place(&import, "node/12");
        assert!(w.needs.is_empty());
        assert_eq!(w.needs_to_check.ids(), vec!["wifi", "computers"]);
    }

    #[test]
    fn whole_file_errors_and_garbage() {
        assert!(parse(b"", "e.json").is_err());
        assert!(parse(b"[]", "a.json").is_err());
        assert!(parse(b"{\"elements\": {}}", "o.json").is_err());
        assert!(parse(b"{\"elements\": [", "t.json").is_err());
        let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(parse(&garbage, "g.bin").is_err());
        let import = parse(
            b"\xEF\xBB\xBF{\"remark\": \"x\", \"elements\": []}",
            "b.json",
        )
        .unwrap();
        assert_eq!(import.report.read, 0);
    }
}
