//! The validation report's tables per département and its pictures.
//!
//! # Why
//! Counts alone did not show where the map is thin: a dot map per need shows at a glance that
//! the national sources are libraries almost everywhere (wifi and computers only "to check"),
//! and that confirmed help is dense only where a regional source exists (Isère). The
//! département table says the same in numbers, and the 2015 census of the Grenoble plan is the
//! one field count the app can be held against.
//!
//! Maps are plain SVG (no tiles, no network): one dot per place, rounded to half a pixel and
//! drawn once per position, so a national map of 15,000 libraries stays a few hundred KB.
//! Deterministic, like the snapshot: the same places give the same bytes.

use crate::edition::departments;
use crate::need::Need;
use crate::place::Place;
use crate::spatial::distance_m;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Places of one département, and per need (in [`Need::ALL`] order) how many state it and
/// how many only likely offer it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DepartmentCounts {
    /// `38`, `2A`, `974`… or `?` when no place has a postcode.
    pub department: String,
    pub places: usize,
    pub confirmed: [usize; 8],
    pub to_check: [usize; 8],
}

pub fn department_counts(places: &[Place]) -> Vec<DepartmentCounts> {
    let mut by: BTreeMap<String, DepartmentCounts> = BTreeMap::new();
    for (place, dep) in places.iter().zip(departments(places)) {
        let dep = dep.unwrap_or_else(|| "?".to_string());
        let row = by.entry(dep.clone()).or_insert_with(|| DepartmentCounts {
            department: dep,
            places: 0,
            confirmed: [0; 8],
            to_check: [0; 8],
        });
        row.places += 1;
        for (i, need) in Need::ALL.iter().enumerate() {
            row.confirmed[i] += usize::from(place.needs.contains(*need));
            row.to_check[i] += usize::from(place.needs_to_check.contains(*need));
        }
    }
    by.into_values().collect()
}

/// Per-need counts: places where a source states the need, and where it is only likely.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct NeedCounts {
    pub need: String,
    pub confirmed: usize,
    pub to_check: usize,
}

pub fn need_counts(places: &[Place], within: Option<((f64, f64), f64)>) -> Vec<NeedCounts> {
    let inside =
        |p: &Place| within.is_none_or(|((lat, lon), r)| distance_m(lat, lon, p.lat, p.lon) <= r);
    Need::ALL
        .iter()
        .map(|&n| NeedCounts {
            need: n.id().to_string(),
            confirmed: places
                .iter()
                .filter(|p| inside(p) && p.needs.contains(n))
                .count(),
            to_check: places
                .iter()
                .filter(|p| inside(p) && p.needs_to_check.contains(n))
                .count(),
        })
        .collect()
}

/// What the Grenoble plan's 2015 census counted in Grenoble, by need.
pub const GRENOBLE_CENSUS_2015: [(Need, &str, usize); 5] = [
    (Need::Wifi, "public wifi", 31),
    (Need::Computers, "free access to computers", 64),
    (Need::Training, "training", 41),
    (Need::Repair, "repair", 6),
    (Need::Equipment, "solidarity sellers", 2),
];

/// An area drawn by [`dot_map`]: a projection of latitude and longitude to pixels.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub name: &'static str,
    pub south: f64,
    pub north: f64,
    pub west: f64,
    pub east: f64,
    /// Width in pixels; the height keeps the shape (longitudes shrunk by the cosine of the
    /// middle latitude).
    pub width: f64,
    /// A circle to draw (centre, radius in metres): the 15 km the report counts around Grenoble.
    pub circle: Option<((f64, f64), f64)>,
}

/// Metropolitan France (overseas places are counted, not drawn).
pub const FRANCE: Area = Area {
    name: "france",
    south: 41.2,
    north: 51.2,
    west: -5.3,
    east: 9.7,
    width: 480.0,
    circle: None,
};

/// Grenoble centre, the reference point of the validation report.
pub const GRENOBLE: (f64, f64) = (45.188, 5.724);

/// 15 km around Grenoble centre.
pub const GRENOBLE_AREA: Area = Area {
    name: "grenoble",
    south: GRENOBLE.0 - 0.14,
    north: GRENOBLE.0 + 0.14,
    west: GRENOBLE.1 - 0.2,
    east: GRENOBLE.1 + 0.2,
    width: 480.0,
    circle: Some((GRENOBLE, 15_000.0)),
};

impl Area {
    fn scale(&self) -> (f64, f64) {
        let mid = ((self.south + self.north) / 2.0).to_radians().cos();
        let per_degree = self.width / ((self.east - self.west) * mid);
        (per_degree * mid, per_degree)
    }

    fn height(&self) -> f64 {
        (self.north - self.south) * self.scale().1
    }

    /// Pixel position, `None` outside the area.
    fn project(&self, lat: f64, lon: f64) -> Option<(f64, f64)> {
        if !(self.south..=self.north).contains(&lat) || !(self.west..=self.east).contains(&lon) {
            return None;
        }
        let (kx, ky) = self.scale();
        Some(((lon - self.west) * kx, (self.north - lat) * ky))
    }
}

/// Dots snapped to half pixels, each position once, as one SVG path (`M x y h0` with round
/// caps draws a dot).
fn dots(points: impl Iterator<Item = (f64, f64)>) -> (String, usize) {
    let snapped: BTreeSet<(i64, i64)> = points
        .map(|(x, y)| ((x * 2.0).round() as i64, (y * 2.0).round() as i64))
        .collect();
    let mut d = String::new();
    for (x, y) in &snapped {
        let _ = write!(d, "M{} {}h0", *x as f64 / 2.0, *y as f64 / 2.0);
    }
    (d, snapped.len())
}

/// The dot map of one need over one area: places stating it as dark dots, places only likely
/// to offer it as light rings below them. Title and description say the counts in words.
pub fn dot_map(places: &[Place], need: Need, area: &Area) -> String {
    let stated = |p: &&Place| p.needs.contains(need);
    let likely = |p: &&Place| p.needs_to_check.contains(need);
    let inside = |p: &&Place| {
        area.circle
            .is_none_or(|((lat, lon), r)| distance_m(lat, lon, p.lat, p.lon) <= r)
    };
    let count = |f: &dyn Fn(&&Place) -> bool| places.iter().filter(|p| f(p) && inside(p)).count();
    let (confirmed, to_check) = (count(&stated), count(&likely));
    let drawn = |f: &dyn Fn(&&Place) -> bool| {
        places
            .iter()
            .filter(|p| f(p))
            .filter_map(|p| area.project(p.lat, p.lon))
            .collect::<Vec<_>>()
    };
    let (stated_points, likely_points) = (drawn(&stated), drawn(&likely));
    let outside = (confirmed + to_check).saturating_sub(stated_points.len() + likely_points.len());
    let (w, h) = (area.width, area.height().round());
    let mut svg = String::new();
    let where_ = match area.circle {
        Some(_) => "within 15 km of Grenoble",
        None => "in France",
    };
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"t d\">\
<title id=\"t\">{need}: {confirmed} places {where_}, {to_check} to check</title>\
<desc id=\"d\">Dark dots: places whose source states the need. Light rings: places that likely offer it (to check).{}</desc>\
<rect width=\"{w}\" height=\"{h}\" fill=\"#f4f6f8\"/>",
        if area.circle.is_none() && outside > 0 {
            format!(" {outside} overseas places are counted, not drawn.")
        } else {
            String::new()
        },
        need = need.id(),
    );
    if let Some(((lat, lon), r)) = area.circle {
        if let Some((cx, cy)) = area.project(lat, lon) {
            let radius = r / 1000.0 / 111.32 * area.scale().1;
            let _ = write!(
                svg,
                "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{radius:.1}\" fill=\"none\" stroke=\"#8a949e\" stroke-dasharray=\"4 4\"/>\
<path d=\"M{:.1} {cy:.1}h12M{cx:.1} {:.1}v12\" stroke=\"#333\"/>",
                cx - 6.0,
                cy - 6.0
            );
        }
    }
    let (likely_path, _) = dots(likely_points.into_iter());
    let (stated_path, _) = dots(stated_points.into_iter());
    if !likely_path.is_empty() {
        let _ = write!(
            svg,
            "<path d=\"{likely_path}\" stroke=\"#9cc3e6\" stroke-width=\"3\" stroke-linecap=\"round\"/>"
        );
    }
    if !stated_path.is_empty() {
        let _ = write!(
            svg,
            "<path d=\"{stated_path}\" stroke=\"#0b4f8a\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Every need over France and over the Grenoble area: `(file name, SVG)`.
pub fn report_maps(places: &[Place]) -> Vec<(String, String)> {
    let mut maps = Vec::new();
    for area in [FRANCE, GRENOBLE_AREA] {
        for need in Need::ALL {
            maps.push((
                format!("{}-{}.svg", area.name, need.id()),
                dot_map(places, need, &area),
            ));
        }
    }
    maps
}

/// The Markdown of the département table, the census comparison and the maps.
pub fn markdown(
    departments: &[DepartmentCounts],
    grenoble: &[NeedCounts],
    maps_dir: &str,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## Grenoble against the 2015 census\n\nThe Grenoble plan's census of 2015 counted these places in the city; the snapshot's figures are within 15 km of the centre.\n\n| need | census 2015 | stated by a source | to check |\n|---|---:|---:|---:|"
    );
    for (need, words, census) in GRENOBLE_CENSUS_2015 {
        if let Some(c) = grenoble.iter().find(|c| c.need == need.id()) {
            let _ = writeln!(
                s,
                "| {words} (`{}`) | {census} | {} | {} |",
                need.id(),
                c.confirmed,
                c.to_check
            );
        }
    }
    let _ = writeln!(
        s,
        "\n## Maps\n\nDark dots: places whose source states the need; light rings: places that likely offer it (to check).\n"
    );
    for need in Need::ALL {
        let _ = writeln!(
            s,
            "**{id}**: ![{id} in France]({maps_dir}/france-{id}.svg) ![{id} within 15 km of Grenoble]({maps_dir}/grenoble-{id}.svg)\n",
            id = need.id()
        );
    }
    let header: Vec<&str> = Need::ALL.iter().map(|n| n.id()).collect();
    let _ = writeln!(
        s,
        "## Places per département\n\nPer need: places stating it, then (in brackets) places only likely to offer it.\n\n| département | places | {} |\n|---|---:|{}",
        header.join(" | "),
        "---:|".repeat(header.len())
    );
    for d in departments {
        let cells: Vec<String> = (0..8)
            .map(|i| match d.to_check[i] {
                0 => d.confirmed[i].to_string(),
                n => format!("{} ({n})", d.confirmed[i]),
            })
            .collect();
        let _ = writeln!(
            s,
            "| {} {} | {} | {} |",
            d.department,
            crate::department::department_name(&d.department).unwrap_or(""),
            d.places,
            cells.join(" | ")
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::need::NeedSet;

    fn place(lat: f64, lon: f64, postcode: &str, needs: &[Need], to_check: &[Need]) -> Place {
        Place {
            name: "x".into(),
            lat,
            lon,
            postcode: Some(postcode.into()),
            needs: NeedSet::of(needs),
            needs_to_check: NeedSet::of(to_check),
            ..Default::default()
        }
    }

    #[test]
    fn departments_count_stated_and_likely_needs_apart() {
        let places = [
            place(45.19, 5.72, "38000", &[Need::Wifi], &[Need::Computers]),
            place(45.2, 5.7, "38100", &[Need::Wifi, Need::Training], &[]),
            place(48.85, 2.35, "75001", &[], &[Need::Wifi]),
        ];
        let rows = department_counts(&places);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].department.as_str(), rows[0].places), ("38", 2));
        assert_eq!(rows[0].confirmed[0], 2);
        assert_eq!(rows[0].to_check[2], 1);
        assert_eq!((rows[1].confirmed[0], rows[1].to_check[0]), (0, 1));
        let near = need_counts(&places, Some((GRENOBLE, 15_000.0)));
        let md = markdown(&rows, &near, "maps");
        // Beside the census: the two Grenoble places, not the Paris one.
        assert!(md.contains("| public wifi (`wifi`) | 31 | 2 | 0 |"), "{md}");
        assert!(
            md.contains("| free access to computers (`computers`) | 64 | 0 | 1 |"),
            "{md}"
        );
        assert!(
            md.contains("| 38 Isère | 2 | 2 | 0 | 0 (1) | 0 | 0 | 1 | 0 | 0 |"),
            "{md}"
        );
    }

    #[test]
    fn a_map_draws_each_place_of_the_need_inside_its_area_once() {
        let places = [
            place(45.19, 5.72, "38000", &[Need::Wifi], &[]),
            // Same pixel: drawn once.
            place(45.19, 5.72001, "38000", &[Need::Wifi], &[]),
            place(45.25, 5.80, "38000", &[], &[Need::Wifi]),
            // Outside the Grenoble area.
            place(48.85, 2.35, "75001", &[Need::Wifi], &[]),
            // Another need.
            place(45.18, 5.73, "38000", &[Need::Repair], &[]),
        ];
        let svg = dot_map(&places, Need::Wifi, &GRENOBLE_AREA);
        assert!(
            svg.contains(
                "<title id=\"t\">wifi: 2 places within 15 km of Grenoble, 1 to check</title>"
            ),
            "{svg}"
        );
        // Two dark dots on one pixel, and a light one.
        assert_eq!(svg.matches("h0").count(), 2, "{svg}");
        let france = dot_map(&places, Need::Wifi, &FRANCE);
        assert!(
            france.contains("wifi: 3 places in France, 1 to check"),
            "{france}"
        );
        let nothing = dot_map(&places, Need::Charging, &FRANCE);
        assert!(!nothing.contains("h0"));
        assert_eq!(
            dot_map(&places, Need::Wifi, &FRANCE),
            france,
            "deterministic"
        );
    }

    #[test]
    fn overseas_places_are_said_not_drawn() {
        let places = [
            place(-21.1, 55.5, "97400", &[Need::Wifi], &[]),
            place(45.19, 5.72, "38000", &[Need::Wifi], &[]),
        ];
        let france = dot_map(&places, Need::Wifi, &FRANCE);
        assert!(
            france.contains("1 overseas places are counted, not drawn"),
            "{france}"
        );
        assert_eq!(france.matches("h0").count(), 1);
    }
}
