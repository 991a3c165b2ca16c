//! Merging the same place coming from several sources.
//!
//! The rule (documented in `ARCHITECTURE.md`): two records are the same place when they come
//! from **different sources** and either
//! - they are within [`NEAR_M`] (40 m) and their names share enough (similarity ≥ 0.5), or
//! - they are within [`FAR_M`] (150 m) and their names are nearly the same (similarity ≥ 0.85),
//!
//! where name similarity is the larger of the normalised Levenshtein similarity of the folded
//! names without filler words, and the share of the shorter name's significant words found in the
//! other ("Médiathèque Kateb Yacine" ⊂ "Bibliothèque municipale Kateb Yacine"); filler
//! words and the communes' own names are left out of both. Records of one source are never merged together: a source lists distinct places (two services in one
//! building stay two rows).
//!
//! Fields: needs, delivery, terms and provenance are united; every other field takes the value
//! of the most recently updated record that has one (unknown never overwrites known). Among
//! records equally dated, an equipment inventory's ([`EQUIPMENT_INVENTORIES`]) gives way to any
//! other. The merged place keeps the id of its first record, in source order.

use crate::place::Place;
use crate::spatial::distance_m;
use crate::text::fold;
use std::collections::{HashMap, HashSet};

pub const NEAR_M: f64 = 40.0;
pub const FAR_M: f64 = 150.0;
/// Name similarity at which two names are "nearly the same" (merged up to [`FAR_M`] apart).
pub const SAME_NAME: f64 = 0.85;

/// Sources that list equipment at a site (the city of Grenoble's wifi access points): they
/// know the site is there and what it offers, but name it by their own shorthand ("Bibliothèque
/// Teisseire" for the library list's "Bibliothèque Teisseire Malherbe") and place it where the
/// access point hangs. Both undated, the inventory's name and position used to win as the later
/// source; now another record's name and position win the tie.
pub const EQUIPMENT_INVENTORIES: &[&str] = &["grenoble-wifi"];

fn is_equipment_inventory(p: &Place) -> bool {
    p.provenance
        .iter()
        .all(|s| EQUIPMENT_INVENTORIES.contains(&s.source.as_str()))
}

const FILLER: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur",
];

/// Folded significant words of a name, without filler words and without the words of the
/// communes given (a commune's name in a place's name says where it is, not what it is:
/// "Pôle emploi Tour du Pin" and "Médiathèque de la Tour du Pin" are two places).
fn words(name: &str, communes: &[&str]) -> Vec<String> {
    let canonical = |w: &str| match w {
        "st" => "saint".to_string(),
        "ste" => "sainte".to_string(),
        _ => w.to_string(),
    };
    let place_words: HashSet<String> = communes
        .iter()
        .flat_map(|c| fold(c).split(' ').map(canonical).collect::<Vec<_>>())
        .collect();
    fold(name)
        .split(' ')
        .map(canonical)
        .filter(|w| !w.is_empty() && !FILLER.contains(&w.as_str()) && !place_words.contains(w))
        .collect()
}

/// Similarity of two names in [0, 1], ignoring the words of the given communes.
pub fn name_similarity(a: &str, b: &str, communes: &[&str]) -> f64 {
    let (wa, wb) = (words(a, communes), words(b, communes));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let edit = strsim::normalized_levenshtein(&wa.join(" "), &wb.join(" "));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let long: HashSet<&String> = long.iter().collect();
    let shared = short.iter().filter(|w| long.contains(w)).count() as f64 / short.len() as f64;
    edit.max(shared)
}

fn communes<'a>(a: &'a Place, b: &'a Place) -> Vec<&'a str> {
    a.commune
        .iter()
        .chain(b.commune.iter())
        .map(String::as_str)
        .collect()
}

/// Whether two records describe the same place.
pub fn same_place(a: &Place, b: &Place) -> bool {
    let source = |p: &Place| p.provenance.first().map(|s| s.source.clone());
    if source(a) == source(b) {
        return false;
    }
    let d = distance_m(a.lat, a.lon, b.lat, b.lon);
    if d > FAR_M {
        return false;
    }
    let sim = name_similarity(&a.name, &b.name, &communes(a, b));
    (d <= NEAR_M && sim >= 0.5) || sim >= SAME_NAME
}

/// A record of what was merged, for the validation report.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MergeNote {
    pub kept: String,
    pub merged: String,
    pub distance_m: f64,
    pub similarity: f64,
}

/// Merge places given in source order. Returns the merged places (in input order of their
/// first record) and what was merged.
pub fn merge(places: Vec<Place>) -> (Vec<Place>, Vec<MergeNote>) {
    // One source alone never merges with itself: skip the search (the national benchmark
    // has a million places of one source).
    let first_source = places
        .first()
        .and_then(|p| p.provenance.first())
        .map(|s| s.source.clone());
    if places
        .iter()
        .all(|p| p.provenance.first().map(|s| &s.source) == first_source.as_ref())
    {
        return (places, Vec::new());
    }
    // Grid of ~0.005° cells (≈ 550 m in latitude): candidates are in the 3×3 cells around.
    const CELL: f64 = 0.005;
    let cell = |lat: f64, lon: f64| ((lat / CELL).floor() as i64, (lon / CELL).floor() as i64);
    let mut groups: Vec<Vec<Place>> = Vec::new();
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut notes = Vec::new();
    for p in places {
        let (cy, cx) = cell(p.lat, p.lon);
        let mut found = None;
        'search: for dy in -1..=1 {
            for dx in -1..=1 {
                for &g in grid.get(&(cy + dy, cx + dx)).into_iter().flatten() {
                    // Compare with every record of the group, never twice with one source.
                    let group = &groups[g];
                    let src = p.provenance.first().map(|s| &s.source);
                    if group
                        .iter()
                        .any(|q| q.provenance.first().map(|s| &s.source) == src)
                    {
                        continue;
                    }
                    if group.iter().any(|q| same_place(q, &p)) {
                        found = Some(g);
                        break 'search;
                    }
                }
            }
        }
        match found {
            Some(g) => {
                let first = &groups[g][0];
                notes.push(MergeNote {
                    kept: first.id.clone(),
                    merged: p.id.clone(),
                    distance_m: (distance_m(first.lat, first.lon, p.lat, p.lon) * 10.0).round()
                        / 10.0,
                    similarity: (name_similarity(&first.name, &p.name, &communes(first, &p))
                        * 100.0)
                        .round()
                        / 100.0,
                });
                groups[g].push(p);
            }
            None => {
                grid.entry((cy, cx)).or_default().push(groups.len());
                groups.push(vec![p]);
            }
        }
    }
    (groups.into_iter().map(combine).collect(), notes)
}

/// Combine the records of one place (first record first).
fn combine(mut records: Vec<Place>) -> Place {
    if records.len() == 1 {
        return records.pop().expect("one record");
    }
    let id = records[0].id.clone();
    // Oldest first, so that newer values overwrite; unknown dates count as oldest; among ties
    // an equipment inventory comes first, then source order (stable sort).
    records.sort_by_key(|p| (p.last_updated(), !is_equipment_inventory(p)));
    let mut out = Place {
        id,
        ..Default::default()
    };
    for r in records {
        macro_rules! newer {
            ($($f:ident),*) => { $( if r.$f.is_some() { out.$f = r.$f.clone(); } )* };
        }
        newer!(
            address,
            commune,
            postcode,
            phone,
            email,
            website,
            wheelchair,
            wifi_access,
            printer,
            scanner,
            kind,
            description
        );
        if !r.name.is_empty() {
            out.name = r.name.clone();
        }
        out.lat = r.lat;
        out.lon = r.lon;
        // Usable hours beat text-only hours, whatever their age.
        if r.hours.osm.is_some() || (r.hours.text.is_some() && out.hours.osm.is_none()) {
            out.hours = r.hours.clone();
        }
        if !r.fees.is_empty() {
            out.fees = r.fees;
        }
        if !r.access.is_empty() {
            out.access = r.access;
        }
        if !r.publics.is_empty() {
            out.publics = r.publics.clone();
        }
        for l in &r.languages {
            if !out.languages.contains(l) {
                out.languages.push(l.clone());
            }
        }
        out.needs = out.needs.union(r.needs);
        out.needs_to_check = out.needs_to_check.union(r.needs_to_check);
        for (slot, d) in out.delivery.iter_mut().zip(r.delivery) {
            *slot = slot.union(d);
        }
        for t in &r.source_terms {
            out.add_term(t);
        }
        out.provenance.extend(r.provenance.iter().cloned());
    }
    out.needs_to_check = out.needs_to_check.minus(out.needs);
    // Provenance in a fixed order: the first record's source first, then by source and id.
    let first = out.id.clone();
    out.provenance.sort_by_key(|p| {
        (
            format!("{}:{}", p.source, p.record_id) != first,
            p.source.clone(),
            p.record_id.clone(),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::need::Need;
    use crate::place::Provenance;
    use chrono::NaiveDate;

    fn rec(
        source: &str,
        id: &str,
        name: &str,
        lat: f64,
        lon: f64,
        updated: Option<(i32, u32, u32)>,
    ) -> Place {
        Place {
            id: format!("{source}:{id}"),
            name: name.into(),
            lat,
            lon,
            provenance: vec![Provenance {
                source: source.into(),
                record_id: id.into(),
                updated: updated.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn similar_names_close_by_merge_and_keep_all_provenance() {
        let mut a = rec(
            "hinaura",
            "x",
            "Bibliothèque Pablo-Neruda",
            45.15615,
            5.72189,
            Some((2021, 5, 5)),
        );
        a.confirm_need(Need::Wifi);
        a.phone = Some("04 76 20 64 51".into());
        let mut b = rec(
            "bibliotheques",
            "7",
            "Bibliothèque Pablo Neruda",
            45.15630,
            5.72200,
            None,
        );
        b.suggest_need(Need::Computers);
        b.suggest_need(Need::Wifi);
        b.phone = Some("04 00 00 00 00".into());
        let (out, notes) = merge(vec![a, b]);
        assert_eq!(out.len(), 1);
        assert_eq!(notes.len(), 1);
        let p = &out[0];
        assert_eq!(p.id, "hinaura:x");
        assert_eq!(p.provenance.len(), 2);
        assert!(p.needs.contains(Need::Wifi));
        // Wifi is confirmed by one source, so it is not "to check" any more.
        assert!(!p.needs_to_check.contains(Need::Wifi));
        assert!(p.needs_to_check.contains(Need::Computers));
        // The dated record is the most recent: its phone wins over the undated one.
        assert_eq!(p.phone.as_deref(), Some("04 76 20 64 51"));
    }

    /// Regression: the city's wifi list came after the library list, both undated, so its
    /// shorthand name and the access point's position replaced the library's.
    #[test]
    fn wifi_inventory_renamed_bibliotheque_teisseire_malherbe() {
        let library = rec(
            "bibliotheques",
            "12",
            "Bibliothèque Teisseire Malherbe",
            45.17060,
            5.74060,
            None,
        );
        let mut wifi = rec(
            "grenoble-wifi",
            "AP_BIB_TEISSEIRE",
            "Bibliothèque Teisseire",
            45.170755,
            5.740708,
            None,
        );
        wifi.confirm_need(Need::Wifi);
        let (out, _) = merge(vec![library, wifi]);
        assert_eq!(out.len(), 1);
        let p = &out[0];
        assert_eq!(p.name, "Bibliothèque Teisseire Malherbe");
        assert_eq!((p.lat, p.lon), (45.17060, 5.74060));
        assert!(p.needs.contains(Need::Wifi) && !p.needs_to_check.contains(Need::Wifi));
        assert_eq!(p.id, "bibliotheques:12");
    }

    #[test]
    fn most_recent_value_wins_but_unknown_never_erases() {
        let mut old = rec(
            "a",
            "1",
            "Espace numérique Mistral",
            45.0,
            5.0,
            Some((2020, 1, 1)),
        );
        old.email = Some("old@example.org".into());
        old.website = Some("https://example.org".into());
        let mut new = rec(
            "b",
            "2",
            "Espace Numerique Mistral",
            45.0001,
            5.0,
            Some((2022, 1, 1)),
        );
        new.email = Some("new@example.org".into());
        let (out, _) = merge(vec![old, new]);
        assert_eq!(out[0].email.as_deref(), Some("new@example.org"));
        assert_eq!(out[0].website.as_deref(), Some("https://example.org"));
    }

    #[test]
    fn different_names_or_far_apart_or_same_source_stay_apart() {
        let a = rec("a", "1", "Mairie de Bernin", 45.2695, 5.8664, None);
        let b = rec(
            "b",
            "2",
            "Repair Café du Grésivaudan",
            45.2695,
            5.8665,
            None,
        );
        let c = rec("b", "3", "Mairie de Bernin", 45.2795, 5.8664, None); // 1.1 km away
        let d = rec("a", "4", "Mairie de Bernin", 45.2695, 5.8664, None); // same source as a
        let (out, notes) = merge(vec![a, b, c, d]);
        assert_eq!(out.len(), 4, "{notes:?}");
    }

    #[test]
    fn name_similarity_handles_contained_names() {
        let sim = |a, b| name_similarity(a, b, &[]);
        assert!(
            sim(
                "Médiathèque Kateb Yacine",
                "Bibliothèque municipale Kateb Yacine"
            ) >= 0.5
        );
        assert!(sim("CCAS de Grenoble", "Repair Café") < 0.5);
    }

    #[test]
    fn commune_words_in_names_do_not_make_places_alike() {
        // Regression: these two, 28 m apart in La Tour-du-Pin, were merged.
        let tour_du_pin = ["La Tour-du-Pin"];
        let pole = "Pôle emploi Tour du Pin";
        let library = "Mediatheque de la Tour du Pin — LA PASSERELLE";
        assert!(name_similarity(pole, library, &tour_du_pin) < 0.5);
        let (a, b) = (
            "Entre Bièvre et Rhône - st Barthelemy",
            "Bibliotheque de Saint-Barthélemy",
        );
        assert!(name_similarity(a, b, &["Saint-Barthélemy"]) < 0.5);
        // Still the same place when what remains agrees.
        let (a, b) = (
            "Médiathèque d'Eybens",
            "Médiathèque Municipale — Espace Culturel Odyssée",
        );
        assert!(name_similarity(a, b, &["Eybens"]) >= 0.5);
    }
}
