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
//! A place's former names ([`Place::former_names`]) make a third case: a record whose name
//! is nearly the same as a former name of the other (similarity ≥ 0.85, comparing every pair
//! where one name is former) is the same place up to [`MOVED_M`] (1 km) away. So the 2020
//! library list's "Bibliothèque Saint-Bruno" is the place now called "Bibliothèque Gisèle
//! Halimi", 10 m away, and "Eaux-Claires Mistral", renamed "Chantal Mauduit" when it reopened
//! 460 m away, is not left at its old address under its old name. Former names never count
//! for the 40 m rule: "Antenne 6 Patio Arlequin" (a town hall branch) shares half its words
//! with "Bibliothèque Arlequin", the former name of the library 3 m away. Importers say former
//! names in full ("Bibliothèque Saint-Bruno", not "Saint-Bruno") so that "Maison des habitants
//! Saint-Bruno" stays apart.
//!
//! A record that is the same place as several groups already formed joins them (when no
//! source is then twice in one place): the 2023 record of a renamed library ties the 2020
//! list's record to Hinaura's, placed 270 m away, which no rule joined before.
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
/// How far a record named like another's former name may be and still be the same place
/// (a renamed place that moved within its neighbourhood).
pub const MOVED_M: f64 = 1000.0;

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

/// The best similarity between the names of two records: over every pair of their names, and
/// over the pairs where one of the two is a former name.
fn best_similarity(a: &Place, b: &Place, communes: &[&str]) -> (f64, f64) {
    fn names(p: &Place) -> Vec<(&str, bool)> {
        std::iter::once((p.name.as_str(), false))
            .chain(p.former_names.iter().map(|n| (n.as_str(), true)))
            .collect()
    }
    let (mut any, mut former) = (0.0f64, 0.0f64);
    for (na, fa) in names(a) {
        for (nb, fb) in names(b) {
            let sim = name_similarity(na, nb, communes);
            any = any.max(sim);
            if fa || fb {
                former = former.max(sim);
            }
        }
    }
    (any, former)
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
    if d > MOVED_M {
        return false;
    }
    let communes = communes(a, b);
    let sim = name_similarity(&a.name, &b.name, &communes);
    if (d <= NEAR_M && sim >= 0.5) || (d <= FAR_M && sim >= SAME_NAME) {
        return true;
    }
    // A former name counts only when nearly the same: "Antenne 6 Patio Arlequin" shares half
    // its words with the library formerly "Bibliothèque Arlequin", 3 m away, and is the town
    // hall's branch next door.
    best_similarity(a, b, &communes).1 >= SAME_NAME
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
    // The cells whose list names each group: a join redirects only those (scanning every
    // cell of the grid on each join grew as joins × cells).
    let mut cells_of: Vec<Vec<(i64, i64)>> = Vec::new();
    let mut notes = Vec::new();
    // A cell is at least 390 m wide in Isère: one ring of cells covers FAR_M, three cover
    // MOVED_M, looked at only when some record has a former name.
    let reach: i64 = if places.iter().any(|p| !p.former_names.is_empty()) {
        3
    } else {
        1
    };
    let source_of = |p: &Place| p.provenance.first().map(|s| s.source.clone());
    let note = |first: &Place, p: &Place| MergeNote {
        kept: first.id.clone(),
        merged: p.id.clone(),
        distance_m: (distance_m(first.lat, first.lon, p.lat, p.lon) * 10.0).round() / 10.0,
        similarity: (best_similarity(first, p, &communes(first, p)).0 * 100.0).round() / 100.0,
    };
    for p in places {
        let (cy, cx) = cell(p.lat, p.lon);
        let src = source_of(&p);
        // Every group this record is the same place as: compared with every record of the
        // group, never twice with one source. A group emptied by a join (below) is skipped.
        let mut found: Vec<usize> = Vec::new();
        for dy in -reach..=reach {
            for dx in -reach..=reach {
                for &g in grid.get(&(cy + dy, cx + dx)).into_iter().flatten() {
                    let group = &groups[g];
                    if found.contains(&g) || group.iter().any(|q| source_of(q) == src) {
                        continue;
                    }
                    if group.iter().any(|q| same_place(q, &p)) {
                        found.push(g);
                    }
                }
            }
        }
        found.sort_unstable();
        let Some((&g, others)) = found.split_first() else {
            grid.entry((cy, cx)).or_default().push(groups.len());
            cells_of.push(vec![(cy, cx)]);
            groups.push(vec![p]);
            continue;
        };
        // A record that is the same place as several groups joins them into the earliest,
        // when no source is then twice in it: the 2023 record of a renamed library ties the
        // 2020 list's record to another source's, placed 270 m away.
        let mut sources: HashSet<Option<String>> = groups[g].iter().map(source_of).collect();
        sources.insert(src);
        for &other in others {
            let other_sources: HashSet<Option<String>> =
                groups[other].iter().map(source_of).collect();
            if !sources.is_disjoint(&other_sources) {
                continue;
            }
            sources.extend(other_sources);
            let moved = std::mem::take(&mut groups[other]);
            for r in &moved {
                notes.push(note(&groups[g][0], r));
            }
            groups[g].extend(moved);
            // The emptied group's cells now lead to the group that took its records.
            let moved_cells = std::mem::take(&mut cells_of[other]);
            for cell in &moved_cells {
                for slot in grid.get_mut(cell).into_iter().flatten() {
                    if *slot == other {
                        *slot = g;
                    }
                }
            }
            cells_of[g].extend(moved_cells);
        }
        notes.push(note(&groups[g][0], &p));
        groups[g].push(p);
    }
    let places = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(combine)
        .collect();
    (places, notes)
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
    let mut former_names = Vec::new();
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
        former_names.extend(r.former_names.iter().cloned());
        out.provenance.extend(r.provenance.iter().cloned());
    }
    out.needs_to_check = out.needs_to_check.minus(out.needs);
    // Once the name is known: a former name is never the current one.
    for n in &former_names {
        out.add_former_name(n);
    }
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

    /// A record of the city's 2025 library list: renamed, with its former name.
    fn renamed(id: &str, name: &str, former: &str, lat: f64, lon: f64) -> Place {
        let mut p = rec("grenoble-bm", id, name, lat, lon, Some((2025, 6, 4)));
        p.former_names = vec![former.into()];
        p
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

    /// Regression: the 2020 library list's "Bibliothèque Saint-Bruno" and the city's 2023
    /// record of the same library, renamed "Bibliothèque Gisèle Halimi", 10 m apart, made two
    /// places; and "Eaux-Claires Mistral", renamed "Chantal Mauduit" when it moved 490 m away,
    /// stayed listed at its old address.
    #[test]
    fn bibliotheque_saint_bruno_was_listed_twice_under_its_new_name_gisele_halimi() {
        let old = rec(
            "bibliotheques",
            "5632",
            "Bibliothèque Saint-Bruno",
            45.18776,
            5.71334,
            None,
        );
        let new = renamed(
            "bibliotheque-gisele-halimi",
            "Bibliothèque Gisèle Halimi",
            "Bibliothèque Saint-Bruno",
            45.1877699,
            5.7132726,
        );
        let old_mistral = rec(
            "bibliotheques",
            "5625",
            "Bibliothèque Eaux-Claires Mistral",
            45.175853,
            5.709069,
            None,
        );
        let mauduit = renamed(
            "bibliotheque-chantal-mauduit",
            "Bibliothèque Chantal Mauduit",
            "Bibliothèque Eaux-Claires Mistral",
            45.172728,
            5.704721,
        );
        // A different place named after the same neighbourhood, 80 m away: stays apart.
        let house = rec(
            "hinaura",
            "mdh",
            "Maison des habitants Saint-Bruno",
            45.18830,
            5.71400,
            None,
        );
        let (out, notes) = merge(vec![old, old_mistral, house, new, mauduit]);
        assert_eq!(out.len(), 3, "{notes:?}");
        let halimi = &out[0];
        assert_eq!(halimi.id, "bibliotheques:5632");
        assert_eq!(halimi.name, "Bibliothèque Gisèle Halimi");
        assert_eq!(halimi.former_names, vec!["Bibliothèque Saint-Bruno"]);
        assert_eq!(halimi.provenance.len(), 2);
        let mauduit = &out[1];
        assert_eq!(mauduit.name, "Bibliothèque Chantal Mauduit");
        assert_eq!((mauduit.lat, mauduit.lon), (45.172728, 5.704721));
        assert_eq!(out[2].name, "Maison des habitants Saint-Bruno");
        // Too far even for a former name.
        let mut far = rec("grenoble-bm", "x", "Bibliothèque Y", 45.2, 5.7, None);
        far.former_names = vec!["Bibliothèque Saint-Bruno".into()];
        assert!(!same_place(&out[0], &far));
    }

    /// Regression: the 2023 record of "Vivian Maier" (formerly Teisseire Malherbe) joined
    /// Hinaura's record, 270 m away, and left the 2020 list's, 9 m away, as a second place;
    /// and the town hall's branch in the Patio merged into "Colombine" (formerly Arlequin).
    #[test]
    fn a_renamed_library_joins_every_record_of_its_old_name_and_nothing_else() {
        let hinaura = rec(
            "hinaura",
            "teisseire",
            "Bibliothèque Teisseire-Malherbe - Grenoble",
            45.171919,
            5.743774,
            Some((2021, 11, 4)),
        );
        let listed = rec(
            "bibliotheques",
            "5630",
            "Bibliothèque Teisseire Malherbe",
            45.170781,
            5.740574,
            None,
        );
        let maier = renamed(
            "bibliotheque-vivian-maier",
            "Bibliothèque Vivian Maier",
            "Bibliothèque Teisseire Malherbe",
            45.1707803,
            5.7406858,
        );
        let colombine = renamed(
            "bibliotheque-colombine",
            "Bibliothèque Colombine",
            "Bibliothèque Arlequin",
            45.163893,
            5.732832,
        );
        let antenne = rec(
            "grenoble-wifi",
            "AP_ANTENNE6",
            "Antenne de mairie 6 Patio Arlequin",
            45.163912,
            5.732869,
            None,
        );
        let ap = rec(
            "grenoble-wifi",
            "AP_BIB_ARLEQUIN",
            "Bibliothèque Arlequin",
            45.164028,
            5.732911,
            None,
        );
        let (out, notes) = merge(vec![hinaura, listed, maier, colombine, antenne, ap]);
        assert_eq!(out.len(), 3, "{notes:?}");
        let maier = &out[0];
        assert_eq!(maier.id, "hinaura:teisseire");
        assert_eq!(maier.name, "Bibliothèque Vivian Maier");
        assert_eq!(maier.provenance.len(), 3);
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert_eq!(out[1].name, "Bibliothèque Colombine");
        assert_eq!(out[1].provenance.len(), 2);
        assert_eq!(out[1].provenance[1].record_id, "AP_BIB_ARLEQUIN");
        assert_eq!(out[2].name, "Antenne de mairie 6 Patio Arlequin");
    }

    #[test]
    fn former_names_are_united_and_never_the_current_name() {
        let mut a = rec(
            "a",
            "1",
            "Bibliothèque Neuve",
            45.0,
            5.0,
            Some((2025, 1, 1)),
        );
        a.former_names = vec!["Bibliothèque Vieille".into()];
        let mut b = rec(
            "b",
            "2",
            "Bibliothèque Vieille",
            45.0,
            5.0,
            Some((2020, 1, 1)),
        );
        b.former_names = vec!["Bibliothèque Ancienne".into(), "Bibliothèque Neuve".into()];
        let (out, _) = merge(vec![b, a]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].name, "Bibliothèque Neuve");
        assert_eq!(
            out[0].former_names,
            vec!["Bibliothèque Ancienne", "Bibliothèque Vieille"]
        );
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
