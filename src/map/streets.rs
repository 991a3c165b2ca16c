//! Street names as a way to say where one is: "cours berriat" finds the Cours Berriat and a
//! point on it, and the person then moves the dot along the map to the right spot.
//!
//! People who cannot use GPS (no data plan, location off, an old phone) often know the street
//! they stand in. The layer already names 5,214 streets of the Grenoble area, so no other
//! file is needed. Matching ignores case and accents (`text::fold`) and takes unfinished words
//! ("cours berr"), so a person typing slowly sees the street before they finish.

use super::layer::{GridPoint, MapLayer};
use crate::text::fold;

/// A street and the point the person is first placed at: halfway along its longest line.
#[derive(Debug, Clone, PartialEq)]
pub struct Street {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// The layer's streets, each once, ready to be searched.
pub struct StreetIndex {
    /// Sorted by name; the folded name beside each.
    streets: Vec<(String, Street)>,
}

impl StreetIndex {
    pub fn new(layer: &MapLayer) -> StreetIndex {
        // For each name, its longest line (a street is often several lines once joined).
        let mut longest: Vec<Option<(f64, &[GridPoint])>> = vec![None; layer.names.len()];
        for road in &layer.roads {
            let Some(slot) = road.name.and_then(|i| longest.get_mut(i as usize)) else {
                continue;
            };
            let len = line_length(&road.points);
            if slot.is_none_or(|(best, _)| len > best) {
                *slot = Some((len, &road.points));
            }
        }
        let mut streets: Vec<(String, Street)> = layer
            .names
            .iter()
            .zip(longest)
            .filter_map(|(name, line)| {
                let (len, points) = line?;
                let (x, y) = point_along(points, len / 2.0)?;
                let (lat, lon) = layer.unproject(x, y);
                Some((
                    fold(name),
                    Street {
                        name: name.clone(),
                        lat,
                        lon,
                    },
                ))
            })
            .collect();
        streets.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        StreetIndex { streets }
    }

    pub fn len(&self) -> usize {
        self.streets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.streets.is_empty()
    }

    /// The streets whose name has a word starting with each word typed, best first: names
    /// that start with what was typed, then shorter names (fewer words to doubt), then
    /// alphabetical. Fewer than two letters find nothing (every street has an "r").
    pub fn find(&self, typed: &str, limit: usize) -> Vec<Street> {
        let wanted = fold(typed);
        let words: Vec<&str> = wanted.split_whitespace().collect();
        if wanted.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return Vec::new();
        }
        let mut found: Vec<(bool, usize, &Street)> = self
            .streets
            .iter()
            .filter(|(folded, _)| {
                words
                    .iter()
                    .all(|w| folded.split(' ').any(|n| n.starts_with(w)))
            })
            .map(|(folded, street)| {
                (
                    !folded.starts_with(wanted.trim()),
                    folded.chars().count(),
                    street,
                )
            })
            .collect();
        // Stable: names already in alphabetical order stay so among equals.
        found.sort_by_key(|&(later, len, _)| (later, len));
        found
            .into_iter()
            .take(limit)
            .map(|(_, _, s)| s.clone())
            .collect()
    }
}

fn line_length(points: &[GridPoint]) -> f64 {
    points
        .windows(2)
        .map(|w| f64::from(w[1].0 - w[0].0).hypot(f64::from(w[1].1 - w[0].1)))
        .sum()
}

/// The point `at` grid units along a line from its start.
fn point_along(points: &[GridPoint], at: f64) -> Option<(f64, f64)> {
    let mut left = at;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
        let len = dx.hypot(dy);
        if left <= len && len > 0.0 {
            let t = left / len;
            return Some((f64::from(a.0) + dx * t, f64::from(a.1) + dy * t));
        }
        left -= len;
    }
    points.last().map(|&(x, y)| (f64::from(x), f64::from(y)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::layer::{test_layer, Road, RoadClass, Structure};

    fn road(name: u32, points: Vec<GridPoint>) -> Road {
        Road {
            class: RoadClass::Minor,
            structure: Structure::Normal,
            name: Some(name),
            points,
        }
    }

    fn index() -> StreetIndex {
        let layer = test_layer(
            5000,
            &[
                "Cours Berriat",
                "Rue Berriat",
                "Cours Jean Jaurès",
                "Place Saint-Bruno",
            ],
            vec![
                // The Cours Berriat in two lines: the longer one (400 m) gives its point.
                road(0, vec![(0, 0), (100, 0)]),
                road(0, vec![(1000, 0), (1000, 400)]),
                road(1, vec![(0, 500), (0, 700)]),
                road(2, vec![(-500, 0), (-500, -600)]),
                // A name with no line is not a place to stand.
            ],
            Vec::new(),
        );
        StreetIndex::new(&layer)
    }

    #[test]
    fn a_typed_street_is_found_whatever_the_case_and_accents() {
        let idx = index();
        assert_eq!(idx.len(), 3);
        for typed in [
            "cours berriat",
            "COURS BERRIAT",
            "Cours  Berriat ",
            "cours berr",
        ] {
            let found = idx.find(typed, 5);
            assert_eq!(found[0].name, "Cours Berriat", "{typed}");
        }
        assert_eq!(idx.find("jaures", 5)[0].name, "Cours Jean Jaurès");
        assert_eq!(idx.find("jean jau", 5)[0].name, "Cours Jean Jaurès");
        assert!(idx.find("saint bruno", 5).is_empty(), "no line, no place");
        assert!(idx.find("r", 5).is_empty(), "one letter finds nothing");
        assert!(idx.find("rue victor hugo", 5).is_empty());
    }

    #[test]
    fn names_starting_with_what_was_typed_come_first() {
        let idx = index();
        let names: Vec<String> = idx.find("berriat", 5).into_iter().map(|s| s.name).collect();
        assert_eq!(
            names,
            ["Rue Berriat", "Cours Berriat"],
            "shorter first, neither starts so"
        );
        let names: Vec<String> = idx.find("rue ber", 5).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Rue Berriat"]);
        assert_eq!(idx.find("cours", 1).len(), 1, "the limit holds");
    }

    #[test]
    fn the_person_is_placed_halfway_along_the_streets_longest_line() {
        let layer = test_layer(
            5000,
            &["Cours Berriat"],
            vec![
                road(0, vec![(0, 0), (100, 0)]),
                road(0, vec![(1000, 0), (1000, 400)]),
            ],
            Vec::new(),
        );
        let found = StreetIndex::new(&layer).find("berriat", 1);
        let (x, y) = layer.project(found[0].lat, found[0].lon);
        assert!(
            (x - 1000.0).abs() < 0.01 && (y - 200.0).abs() < 0.01,
            "({x}, {y})"
        );
    }
}
