//! Editions: which places go in which snapshot.
//!
//! # Why
//! The national edition is too big to ship inside the app: built from `../shared/data` it
//! holds 22,757 places in 9.2 MB, 1.9 MB with brotli, above the 1.5 MB a first download may
//! cost (see `BENCHMARKS.md`, "Editions"). So one build writes the national edition for the
//! publisher, one edition per region (the eighteen régions, overseas included) for phones, and
//! the app keeps the small Isère edition inside and offers the person's region on a sync.
//!
//! A place belongs to the region of its département, read from its postcode (`38100` → `38`,
//! Corsica's `20xxx` → `2A`/`2B`, overseas `97x`). The few places a source gives without a
//! postcode take the département of the nearest place that has one: this only chooses the file
//! the place is written to, it is never shown as the place's address. Places of the overseas
//! collectivities outside the régions (`975`, `98x`) are in the national edition only.

use crate::place::Place;
use crate::spatial::{distance_m, to_e6, Best, Entry, Tree, EARTH_RADIUS_M};

/// Half the Earth's circumference: no two points are farther apart.
const HALF_EARTH_M: f64 = std::f64::consts::PI * EARTH_RADIUS_M;

/// One of the eighteen régions, and its départements (codes as in postcodes and the INSEE
/// code, 2016 boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Stable identifier: the edition's folder on the sync host.
    pub id: &'static str,
    pub name: &'static str,
    pub departments: &'static [&'static str],
}

pub const REGIONS: [Region; 18] = [
    Region {
        id: "auvergne-rhone-alpes",
        name: "Auvergne-Rhône-Alpes",
        departments: &[
            "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74",
        ],
    },
    Region {
        id: "bourgogne-franche-comte",
        name: "Bourgogne-Franche-Comté",
        departments: &["21", "25", "39", "58", "70", "71", "89", "90"],
    },
    Region {
        id: "bretagne",
        name: "Bretagne",
        departments: &["22", "29", "35", "56"],
    },
    Region {
        id: "centre-val-de-loire",
        name: "Centre-Val de Loire",
        departments: &["18", "28", "36", "37", "41", "45"],
    },
    Region {
        id: "corse",
        name: "Corse",
        departments: &["2A", "2B"],
    },
    Region {
        id: "grand-est",
        name: "Grand Est",
        departments: &["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
    },
    Region {
        id: "hauts-de-france",
        name: "Hauts-de-France",
        departments: &["02", "59", "60", "62", "80"],
    },
    Region {
        id: "ile-de-france",
        name: "Île-de-France",
        departments: &["75", "77", "78", "91", "92", "93", "94", "95"],
    },
    Region {
        id: "normandie",
        name: "Normandie",
        departments: &["14", "27", "50", "61", "76"],
    },
    Region {
        id: "nouvelle-aquitaine",
        name: "Nouvelle-Aquitaine",
        departments: &[
            "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
        ],
    },
    Region {
        id: "occitanie",
        name: "Occitanie",
        departments: &[
            "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82",
        ],
    },
    Region {
        id: "pays-de-la-loire",
        name: "Pays de la Loire",
        departments: &["44", "49", "53", "72", "85"],
    },
    Region {
        id: "provence-alpes-cote-d-azur",
        name: "Provence-Alpes-Côte d'Azur",
        departments: &["04", "05", "06", "13", "83", "84"],
    },
    Region {
        id: "guadeloupe",
        name: "Guadeloupe",
        departments: &["971"],
    },
    Region {
        id: "martinique",
        name: "Martinique",
        departments: &["972"],
    },
    Region {
        id: "guyane",
        name: "Guyane",
        departments: &["973"],
    },
    Region {
        id: "la-reunion",
        name: "La Réunion",
        departments: &["974"],
    },
    Region {
        id: "mayotte",
        name: "Mayotte",
        departments: &["976"],
    },
];

/// The edition with every place.
pub const NATIONAL_ID: &str = "france";

/// The département of a French postcode: `38100` → `38`, `20090` → `2A`, `20200` → `2B`,
/// `97400` → `974`. `None` for anything that is not five digits.
pub fn department_of_postcode(postcode: &str) -> Option<String> {
    let code = postcode.trim();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let dep = match &code[..2] {
        // Corse-du-Sud is 200xx–201xx, Haute-Corse 202xx–206xx.
        "20" => {
            if code < "20200" {
                "2A"
            } else {
                "2B"
            }
        }
        "97" | "98" => &code[..3],
        "00" => return None,
        two => two,
    };
    Some(dep.to_string())
}

/// The region a département belongs to.
pub fn region_of_department(department: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.departments.contains(&department))
}

/// The region by its id.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// Each place's département: from its postcode, else from the nearest place that has one
/// (`None` only when no place has a postcode).
///
/// The nearest is found in a k-d tree of the places with a postcode ([`crate::spatial`]), so
/// the step grows as n log n: the scan of every other place it replaced took more than 13
/// minutes at 300k places without postcodes (BENCHMARKS.md, "Build cost"). The tree ranks on
/// microdegrees; the few candidates within a metre of its nearest are then ranked on the exact
/// distance, first place first on a tie, so the answer is the scan's to the bit.
pub fn departments(places: &[Place]) -> Vec<Option<String>> {
    let known: Vec<Option<String>> = places
        .iter()
        .map(|p| p.postcode.as_deref().and_then(department_of_postcode))
        .collect();
    let with_postcode: Vec<Entry> = places
        .iter()
        .zip(&known)
        .enumerate()
        .filter(|(_, (_, dep))| dep.is_some())
        .filter_map(|(i, (p, _))| {
            Some(Entry::new(
                u32::try_from(i).ok()?,
                to_e6(p.lat),
                to_e6(p.lon),
            ))
        })
        .collect();
    let count = with_postcode.len();
    let tree = Tree::build(with_postcode);
    let nearest_known = |place: &Place| -> Option<String> {
        let mut nearest = Best::new(1, HALF_EARTH_M);
        tree.search(place.lat, place.lon, &mut nearest, &mut |_| true);
        let (_, metres) = *nearest.into_results().first()?;
        // Microdegrees move a point by at most 8 cm: every place the exact distance could
        // rank first is within a metre of the tree's nearest.
        let mut close = Best::new(count, metres + 1.0);
        tree.search(place.lat, place.lon, &mut close, &mut |_| true);
        close
            .into_results()
            .into_iter()
            .map(|(id, _)| id as usize)
            .map(|i| {
                (
                    distance_m(place.lat, place.lon, places[i].lat, places[i].lon),
                    i,
                )
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .and_then(|(_, i)| known[i].clone())
    };
    places
        .iter()
        .zip(&known)
        .map(|(place, dep)| dep.clone().or_else(|| nearest_known(place)))
        .collect()
}

/// The places of each region, as indices into `places`, in the order of [`REGIONS`]; regions
/// with no place are left out.
pub fn split_by_region(places: &[Place]) -> Vec<(&'static Region, Vec<usize>)> {
    let deps = departments(places);
    REGIONS
        .iter()
        .map(|region| {
            let members: Vec<usize> = deps
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    d.as_deref()
                        .is_some_and(|d| region.departments.contains(&d))
                })
                .map(|(i, _)| i)
                .collect();
            (region, members)
        })
        .filter(|(_, members)| !members.is_empty())
        .collect()
}

/// Where one département's places are: their mean point (the list of editions carries it,
/// so a phone can offer the edition of the nearest département without any other map).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DepartmentCentre {
    pub code: String,
    pub lat: f64,
    pub lon: f64,
}

/// The mean point of each département's places (postcode known), by code; coordinates to
/// 3 decimals (about 100 m), so the list stays small and the same places give the same bytes.
pub fn department_centres(points: &[(Option<String>, f64, f64)]) -> Vec<DepartmentCentre> {
    let mut sums: std::collections::BTreeMap<String, (f64, f64, f64)> = Default::default();
    for (postcode, lat, lon) in points {
        if let Some(code) = postcode.as_deref().and_then(department_of_postcode) {
            let s = sums.entry(code).or_default();
            *s = (s.0 + lat, s.1 + lon, s.2 + 1.0);
        }
    }
    let round = |v: f64| (v * 1000.0).round() / 1000.0;
    sums.into_iter()
        .map(|(code, (lat, lon, n))| DepartmentCentre {
            code,
            lat: round(lat / n),
            lon: round(lon / n),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_department_is_in_exactly_one_region() {
        let all: Vec<&str> = REGIONS
            .iter()
            .flat_map(|r| r.departments.iter().copied())
            .collect();
        assert_eq!(all.len(), 101);
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 101);
        let mut ids: Vec<&str> = REGIONS.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REGIONS.len());
        assert!(!ids.contains(&NATIONAL_ID));
    }

    #[test]
    fn postcodes_give_departments() {
        assert_eq!(department_of_postcode("38100").as_deref(), Some("38"));
        assert_eq!(department_of_postcode(" 01000 ").as_deref(), Some("01"));
        assert_eq!(department_of_postcode("20090").as_deref(), Some("2A"));
        assert_eq!(department_of_postcode("20200").as_deref(), Some("2B"));
        assert_eq!(department_of_postcode("97490").as_deref(), Some("974"));
        assert_eq!(department_of_postcode("98800").as_deref(), Some("988"));
        for bad in ["", "3810", "381000", "38 10", "ABCDE", "00100"] {
            assert_eq!(department_of_postcode(bad), None, "{bad}");
        }
        assert_eq!(
            region_of_department("38").map(|r| r.id),
            Some("auvergne-rhone-alpes")
        );
        assert_eq!(region_of_department("2B").map(|r| r.id), Some("corse"));
        assert_eq!(region_of_department("988"), None);
    }

    fn at(name: &str, lat: f64, lon: f64, postcode: Option<&str>) -> Place {
        Place {
            name: name.into(),
            lat,
            lon,
            postcode: postcode.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn a_place_without_postcode_goes_with_its_nearest_neighbour() {
        let places = [
            at("Grenoble", 45.19, 5.72, Some("38000")),
            at("Lyon", 45.76, 4.84, Some("69001")),
            at("Chambéry", 45.57, 5.92, Some("73000")),
            at("Gare de Grenoble", 45.191, 5.714, None),
            at("Paris", 48.85, 2.35, Some("75001")),
            at("Nouméa", -22.27, 166.44, Some("98800")),
        ];
        let deps = departments(&places);
        assert_eq!(deps[3].as_deref(), Some("38"));
        let split = split_by_region(&places);
        let ids: Vec<&str> = split.iter().map(|(r, _)| r.id).collect();
        assert_eq!(ids, ["auvergne-rhone-alpes", "ile-de-france"]);
        assert_eq!(split[0].1, [0, 1, 2, 3]);
        // Nouméa is in no region: the national edition only.
        assert!(split.iter().all(|(_, m)| !m.contains(&5)));
    }

    /// The scan the k-d tree replaced: for each place without a postcode, the nearest place
    /// with one by exact distance, the first on a tie.
    fn departments_by_scan(places: &[Place]) -> Vec<Option<String>> {
        let known: Vec<Option<String>> = places
            .iter()
            .map(|p| p.postcode.as_deref().and_then(department_of_postcode))
            .collect();
        places
            .iter()
            .zip(&known)
            .map(|(place, dep)| {
                dep.clone().or_else(|| {
                    places
                        .iter()
                        .zip(&known)
                        .filter_map(|(o, d)| {
                            Some((distance_m(place.lat, place.lon, o.lat, o.lon), d.as_ref()?))
                        })
                        .min_by(|a, b| a.0.total_cmp(&b.0))
                        .map(|(_, d)| d.clone())
                })
            })
            .collect()
    }

    #[test]
    fn the_300k_benchmark_stalled_in_a_scan_of_every_place_for_each_place_without_postcode() {
        // Places without postcodes among places with one, clustered and on exact ties (two
        // places with a postcode at the same distance, and several at one point): the tree
        // gives the scan's answer for each.
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 1_000_000) as f64 / 1_000_000.0
        };
        let codes = ["38000", "69001", "73000", "26000", "01000", "42000"];
        let mut places = Vec::new();
        for i in 0..3000 {
            let (lat, lon) = (44.5 + 2.0 * next(), 4.0 + 2.5 * next());
            let postcode = (i % 3 != 0).then(|| codes[i % codes.len()]);
            places.push(at("p", lat, lon, postcode));
            if i % 50 == 0 {
                // A second place at the same point, with another département.
                places.push(at("twin", lat, lon, Some(codes[(i + 1) % codes.len()])));
                places.push(at("lost", lat + 0.01, lon, None));
            }
        }
        places.push(at("a", 45.0, 5.0, Some("38000")));
        places.push(at("b", 45.0, 5.002, Some("69001")));
        places.push(at("midway", 45.0, 5.001, None));
        assert_eq!(departments(&places), departments_by_scan(&places));
        // No place has a postcode: nothing to take.
        let none = [at("x", 45.0, 5.0, None), at("y", 45.1, 5.0, None)];
        assert_eq!(departments(&none), [None, None]);
    }
}
