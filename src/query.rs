//! Questions the app asks the snapshot: what is near me (and open), and text search.
//!
//! Pure functions over an open [`Snapshot`]; the caller passes the time (Europe/Paris wall
//! clock), so results are reproducible and testable.
//!
//! **Questions are checked once, where they are built.** Numbers reach these functions from a
//! phone's position, a typed command line or a stored setting, and a wrong one used to crash
//! or mislead: a limit of 0 broke the ranking, a limit of 10¹¹ tried to reserve memory for
//! that many places, a radius of NaN answered "nothing within NaN m". A [`NearbyQuery`] can
//! only be made by [`NearbyQuery::new`], which refuses such numbers with an [`InvalidQuery`]
//! that says what is allowed, so [`nearby`] never sees one; [`search`] checks its own few
//! arguments the same way. The caps:
//!
//! - **at most [`MAX_LIMIT`] (1,000) places** per answer: a person reads ten, a screen shows
//!   twenty, and the reminders' search for places open on a given day looks through up to 512
//!   candidates. Beyond that a bigger number is a mistake, and each place answered costs a row
//!   read and an evaluation of its hours, so the cap also bounds the time of one answer;
//! - **a radius above 0 and at most [`MAX_RADIUS_M`] (1,000 km)**: people walk, and the screens
//!   ask for 15 km at most, while a data preparer may want "everything" on a regional or a
//!   national snapshot: 1,000 km reaches the whole of metropolitan France from its middle and
//!   most of it from anywhere. When nothing is within the radius the answer says how far the
//!   nearest place is anyway, so a smaller radius never hides that one exists;
//! - **a point on Earth**: latitude in −90..=90, longitude in −180..=180, both finite;
//! - **search text of at most [`MAX_SEARCH_CHARS`] (200) characters**: the longest name,
//!   commune and address together are well under that, and every word is one more index
//!   lookup. Empty text is a valid question whose answer is empty.

use crate::hours::OpenStatus;
use crate::need::{Need, NeedSet};
use crate::procedure::Procedure;
use crate::snapshot::{filter, PlaceRow, Snapshot, SnapshotError};
use crate::spatial::{distance_m, Best};
use crate::understand::{understand, Understood};
use chrono::NaiveDateTime;
use serde::Serialize;
use std::collections::HashMap;

/// Street routes are longer than the straight line: urban detour factor.
pub const WALK_DETOUR: f64 = 1.3;
/// Walking speed in metres per minute (4.5 km/h: an unhurried adult pace, slower than the
/// usual 5 km/h because many users walk with bags, children or a disability).
pub const WALK_M_PER_MIN: f64 = 75.0;

/// Estimated walking time: great-circle distance × 1.3 at 4.5 km/h, rounded up, at least 1.
pub fn walking_minutes(distance_m: f64) -> u32 {
    ((distance_m * WALK_DETOUR / WALK_M_PER_MIN).ceil() as u32).max(1)
}

/// What a person can ask to filter on. `false` everywhere means no filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Constraints {
    /// Open at the query time (places with unknown hours are left out).
    pub open_now: bool,
    /// A source says it is free (free under conditions does not count).
    pub free: bool,
    /// A source says one can walk in without an appointment.
    pub no_appointment: bool,
    /// A source says it is open to all publics.
    pub open_to_all: bool,
    /// A source says it is wheelchair accessible.
    pub wheelchair: bool,
    /// Leave out places where the need is only likely ("to check").
    pub confirmed_only: bool,
}

/// Most places one answer may hold (see the module doc for why).
pub const MAX_LIMIT: usize = 1_000;
/// Largest search radius, in metres: 1,000 km (see the module doc for why).
pub const MAX_RADIUS_M: f64 = 1_000_000.0;
/// Longest search text, in characters (see the module doc for why).
pub const MAX_SEARCH_CHARS: usize = 200;

/// A question these functions cannot answer, and what would be allowed instead.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum InvalidQuery {
    #[error("latitude {0} is not a point on Earth: it must be a number from -90 to 90")]
    Latitude(f64),
    #[error("longitude {0} is not a point on Earth: it must be a number from -180 to 180")]
    Longitude(f64),
    #[error(
        "a radius of {0} m cannot be searched: it must be a number of metres above 0 and at most {max} (1,000 km)",
        max = MAX_RADIUS_M
    )]
    Radius(f64),
    #[error("a limit of {0} places cannot be answered: ask for 1 to {max} places", max = MAX_LIMIT)]
    Limit(usize),
    #[error("a search text of {0} characters is too long: at most {max}", max = MAX_SEARCH_CHARS)]
    TextTooLong(usize),
}

/// Why [`search`] gave no answer: the question, or the snapshot.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error(transparent)]
    Invalid(#[from] InvalidQuery),
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
}

fn check_point(lat: f64, lon: f64) -> Result<(), InvalidQuery> {
    if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
        return Err(InvalidQuery::Latitude(lat));
    }
    if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
        return Err(InvalidQuery::Longitude(lon));
    }
    Ok(())
}

fn check_limit(limit: usize) -> Result<(), InvalidQuery> {
    if (1..=MAX_LIMIT).contains(&limit) {
        Ok(())
    } else {
        Err(InvalidQuery::Limit(limit))
    }
}

/// "What is near this point?", checked: only [`NearbyQuery::new`] makes one, so every query
/// [`nearby`] receives has a point on Earth, a radius in (0, [`MAX_RADIUS_M`]] and a limit in
/// 1..=[`MAX_LIMIT`].
#[derive(Debug, Clone)]
pub struct NearbyQuery {
    lat: f64,
    lon: f64,
    needs: NeedSet,
    constraints: Constraints,
    at: NaiveDateTime,
    radius_m: f64,
    limit: usize,
}

impl NearbyQuery {
    /// Places meeting any of `needs` within `radius_m` metres of (`lat`, `lon`), at most
    /// `limit` of them, with their open status at `at` (Europe/Paris wall clock). No
    /// constraint until [`NearbyQuery::with_constraints`].
    pub fn new(
        lat: f64,
        lon: f64,
        needs: NeedSet,
        at: NaiveDateTime,
        radius_m: f64,
        limit: usize,
    ) -> Result<NearbyQuery, InvalidQuery> {
        check_point(lat, lon)?;
        // Written so that NaN fails too.
        if !(radius_m.is_finite() && radius_m > 0.0 && radius_m <= MAX_RADIUS_M) {
            return Err(InvalidQuery::Radius(radius_m));
        }
        check_limit(limit)?;
        Ok(NearbyQuery {
            lat,
            lon,
            needs,
            constraints: Constraints::default(),
            at,
            radius_m,
            limit,
        })
    }
    /// The same question with these filters.
    pub fn with_constraints(self, constraints: Constraints) -> NearbyQuery {
        NearbyQuery {
            constraints,
            ..self
        }
    }
    /// The same question at another time.
    pub fn with_at(self, at: NaiveDateTime) -> NearbyQuery {
        NearbyQuery { at, ..self }
    }
    pub fn lat(&self) -> f64 {
        self.lat
    }
    pub fn lon(&self) -> f64 {
        self.lon
    }
    /// Places meeting any of these needs.
    pub fn needs(&self) -> NeedSet {
        self.needs
    }
    pub fn constraints(&self) -> Constraints {
        self.constraints
    }
    /// Local Europe/Paris time for open status.
    pub fn at(&self) -> NaiveDateTime {
        self.at
    }
    pub fn radius_m(&self) -> f64 {
        self.radius_m
    }
    pub fn limit(&self) -> usize {
        self.limit
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NearbyHit {
    pub place: PlaceRow,
    pub distance_m: f64,
    pub walk_minutes: u32,
    pub status: OpenStatus,
    /// Asked needs a source states for this place.
    pub met: NeedSet,
    /// Asked needs that are only likely here.
    pub to_check: NeedSet,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Nearby {
    /// Nearest first, within the radius.
    pub hits: Vec<NearbyHit>,
    /// When nothing matched within the radius: the nearest match anywhere, to say how far it is.
    pub nearest_beyond: Option<NearbyHit>,
}

/// The `k` nearest places stating `need` within `radius_m`, as (place id, metres). The raw
/// path the benchmark measures.
pub fn nearest_ids(
    snap: &Snapshot,
    lat: f64,
    lon: f64,
    need: Need,
    k: usize,
    radius_m: f64,
) -> Result<Vec<(u32, f64)>, SnapshotError> {
    let mut best = Best::new(k, radius_m);
    snap.tree(need, false)?
        .search(lat, lon, &mut best, &mut |_| true);
    Ok(best.into_results())
}

/// Places near a point meeting any asked need and every constraint, nearest first.
pub fn nearby(snap: &Snapshot, q: &NearbyQuery) -> Result<Nearby, SnapshotError> {
    let hits = search_hits(snap, q, q.radius_m, q.limit)?;
    let nearest_beyond = if hits.is_empty() && q.limit > 0 {
        search_hits(snap, q, f64::INFINITY, 1)?.into_iter().next()
    } else {
        None
    };
    Ok(Nearby {
        hits,
        nearest_beyond,
    })
}

fn search_hits(
    snap: &Snapshot,
    q: &NearbyQuery,
    radius_m: f64,
    limit: usize,
) -> Result<Vec<NearbyHit>, SnapshotError> {
    let c = q.constraints;
    let mut required = 0u8;
    for (on, bit) in [
        (c.free, filter::FREE),
        (c.no_appointment, filter::WALK_IN),
        (c.open_to_all, filter::OPEN_TO_ALL),
        (c.wheelchair, filter::WHEELCHAIR),
        (c.open_now, filter::HAS_HOURS),
    ] {
        if on {
            required |= bit;
        }
    }
    let filters = if required != 0 {
        Some(snap.filters()?)
    } else {
        None
    };
    let mut failure = None;
    let mut keep = |id: u32| -> bool {
        if let Some(f) = filters {
            if f.get(id as usize).is_none_or(|b| b & required != required) {
                return false;
            }
        }
        if c.open_now {
            match open_status(snap, id, q.at) {
                Ok(OpenStatus::Open { .. }) => {}
                Ok(_) => return false,
                Err(e) => {
                    failure.get_or_insert(e);
                    return false;
                }
            }
        }
        true
    };
    let mut best = Best::new(limit, radius_m);
    for to_check in [false, true] {
        if to_check && c.confirmed_only {
            continue;
        }
        for need in q.needs.iter() {
            snap.tree(need, to_check)?
                .search(q.lat, q.lon, &mut best, &mut keep);
        }
    }
    if let Some(e) = failure {
        return Err(e);
    }
    best.into_results()
        .into_iter()
        .map(|(id, _)| {
            let place = snap.place_row(id)?.ok_or_else(|| SnapshotError::Invalid {
                path: String::new(),
                detail: format!("index points to missing place {id}"),
            })?;
            // Recompute from the stored coordinates: the figure shown is exactly the ranked one.
            let d = distance_m(q.lat, q.lon, place.lat, place.lon);
            let status = status_of(snap, &place, q.at);
            Ok(NearbyHit {
                met: place.needs.intersect(q.needs),
                to_check: place.needs_to_check.intersect(q.needs).minus(place.needs),
                distance_m: d,
                walk_minutes: walking_minutes(d),
                status,
                place,
            })
        })
        .collect()
}

fn open_status(snap: &Snapshot, id: u32, at: NaiveDateTime) -> Result<OpenStatus, SnapshotError> {
    let row = snap.place_row(id)?;
    Ok(row
        .map(|p| status_of(snap, &p, at))
        .unwrap_or(OpenStatus::Unknown))
}

/// Open status of a place at a time, through the snapshot's schedule cache.
pub fn status_of(snap: &Snapshot, place: &PlaceRow, at: NaiveDateTime) -> OpenStatus {
    match place.hours.osm.as_deref().and_then(|h| snap.schedule(h)) {
        Some(s) => s.status_at(at),
        None => OpenStatus::Unknown,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub place: PlaceRow,
    /// Distance from the given point, when one was given.
    pub distance_m: Option<f64>,
    /// When the words named a need or a procedure this place helps with, what it helps with;
    /// `None` for a match by name, commune or address.
    pub helps: Option<Helps>,
    /// The former name the words found, when they found the place by a name it no longer
    /// has (the row then says "formerly …", or the person would not see why it is there).
    pub formerly: Option<String>,
}

/// What a place found by [`search`] helps with, among what the words asked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Helps {
    /// Asked needs a source states here.
    pub needs: NeedSet,
    /// Asked needs only likely here.
    pub to_check: NeedSet,
    /// Asked procedures a source says the place helps with.
    pub procedures: Vec<Procedure>,
}

/// Search as a person types it. With a point, the words are first read as needs and procedures
/// ([`crate::understand`]: `wifi`, `internet`, `recharger`, `caf`, `pole emploi`, in twelve
/// languages): the nearest places that help with them come first, nearest first, then the
/// matches by name, commune or address (accent- and case-insensitive, every word a prefix:
/// "biblio" finds "Bibliothèque"), nearest first; a place is listed once. Without a point (the
/// picker of a spot looks for names) only names, communes and addresses are searched, by
/// relevance. At most `limit` places (1..=[`MAX_LIMIT`]); text longer than
/// [`MAX_SEARCH_CHARS`] or a point off the Earth is refused; empty text finds nothing.
/// The first former name that every folded word of the search begins a word of, when the
/// current name does not have them all (as the index matches: each word a prefix).
fn former_name_matched(folded: &str, name: &str, former_names: &[String]) -> Option<String> {
    let has_all = |n: &str| {
        let words: Vec<String> = crate::text::fold(n)
            .split(' ')
            .map(str::to_string)
            .collect();
        folded
            .split(' ')
            .all(|w| words.iter().any(|x| x.starts_with(w)))
    };
    if has_all(name) {
        return None;
    }
    former_names.iter().find(|f| has_all(f)).cloned()
}

pub fn search(
    snap: &Snapshot,
    text: &str,
    near: Option<(f64, f64)>,
    limit: usize,
) -> Result<Vec<SearchHit>, QueryError> {
    check_limit(limit)?;
    if let Some((lat, lon)) = near {
        check_point(lat, lon)?;
    }
    let chars = text.trim().chars().count();
    if chars > MAX_SEARCH_CHARS {
        return Err(InvalidQuery::TextTooLong(chars).into());
    }
    let folded = crate::text::fold(text);
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let mut hits = match near {
        Some((lat, lon)) => helping(snap, &understand(text), lat, lon, limit)?,
        None => Vec::new(),
    };
    if hits.len() >= limit {
        return Ok(hits);
    }
    // Folded words are alphanumeric only, so quoting them is safe.
    let fts_query: String = folded
        .split(' ')
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ");
    // With a point, rank more candidates than asked, then keep the nearest.
    let candidates = if near.is_some() {
        limit.max(200)
    } else {
        limit
    };
    let ids = snap.search_text(&fts_query, candidates)?;
    let mut by_name = Vec::with_capacity(ids.len());
    for id in ids {
        if hits.iter().any(|h| h.place.id == id) {
            continue;
        }
        if let Some(place) = snap.place_row(id)? {
            let distance_m = near.map(|(lat, lon)| distance_m(lat, lon, place.lat, place.lon));
            let formerly = former_name_matched(&folded, &place.name, &place.former_names);
            by_name.push(SearchHit {
                place,
                distance_m,
                helps: None,
                formerly,
            });
        }
    }
    if near.is_some() {
        by_name.sort_by(|a, b| {
            a.distance_m
                .partial_cmp(&b.distance_m)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    hits.extend(by_name);
    hits.truncate(limit);
    Ok(hits)
}

/// The `limit` nearest places meeting an asked need (stated or only likely) or helping with an
/// asked procedure, nearest first.
fn helping(
    snap: &Snapshot,
    asked: &Understood,
    lat: f64,
    lon: f64,
    limit: usize,
) -> Result<Vec<SearchHit>, QueryError> {
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let mut best = Best::new(limit, f64::INFINITY);
    for to_check in [false, true] {
        for need in asked.needs.iter() {
            snap.tree(need, to_check)?
                .search(lat, lon, &mut best, &mut |_| true);
        }
    }
    // A place whose sources name a procedure states the need for help with procedures (or has
    // it to check): its procedures are read from the details of the places of those two trees
    // only, each place once (`procedure_places_state_the_need` checks this on the real data).
    // The asked procedures a place helps with, read once per place: while the trees are
    // searched, then for the results.
    let asked_of = |id: u32| -> Result<Vec<Procedure>, SnapshotError> {
        Ok(snap
            .procedures_of(id)?
            .into_iter()
            .filter(|p| asked.procedures.contains(p))
            .collect())
    };
    let mut read: HashMap<u32, Vec<Procedure>> = HashMap::new();
    let mut failure = None;
    if !asked.procedures.is_empty() {
        let mut keep = |id: u32| -> bool {
            !read
                .entry(id)
                .or_insert_with(|| {
                    asked_of(id).unwrap_or_else(|e| {
                        failure.get_or_insert(e);
                        Vec::new()
                    })
                })
                .is_empty()
        };
        for to_check in [false, true] {
            snap.tree(Need::Procedures, to_check)?
                .search(lat, lon, &mut best, &mut keep);
        }
    }
    if let Some(e) = failure {
        return Err(e.into());
    }
    let mut hits = Vec::new();
    for (id, _) in best.into_results() {
        let Some(place) = snap.place_row(id)? else {
            continue;
        };
        let procedures = match read.remove(&id) {
            Some(known) => known,
            None if asked.procedures.is_empty() => Vec::new(),
            None => asked_of(id)?,
        };
        hits.push(SearchHit {
            distance_m: Some(distance_m(lat, lon, place.lat, place.lon)),
            helps: Some(Helps {
                needs: place.needs.intersect(asked.needs),
                to_check: place
                    .needs_to_check
                    .intersect(asked.needs)
                    .minus(place.needs),
                procedures,
            }),
            place,
            formerly: None,
        });
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_time_model() {
        assert_eq!(walking_minutes(0.0), 1);
        // 1 km straight → 1.3 km of streets at 75 m/min → 17.3 → 18 minutes.
        assert_eq!(walking_minutes(1000.0), 18);
        assert_eq!(walking_minutes(375.0), 7);
    }

    #[test]
    fn a_query_is_checked_where_it_is_built() {
        let at = NaiveDateTime::default();
        let wifi = NeedSet::of(&[Need::Wifi]);
        let make = |lat, lon, radius, limit| NearbyQuery::new(lat, lon, wifi, at, radius, limit);
        let q = make(45.19, 5.71, 15_000.0, 10).unwrap();
        assert_eq!(
            (q.lat(), q.lon(), q.radius_m(), q.limit()),
            (45.19, 5.71, 15_000.0, 10)
        );
        assert!(make(90.0, -180.0, MAX_RADIUS_M, MAX_LIMIT).is_ok());
        assert!(make(-90.0, 180.0, 0.001, 1).is_ok());
        assert_eq!(make(45.0, 5.0, 1.0, 0).unwrap_err(), InvalidQuery::Limit(0));
        assert_eq!(
            make(45.0, 5.0, 1.0, MAX_LIMIT + 1).unwrap_err(),
            InvalidQuery::Limit(MAX_LIMIT + 1)
        );
        for r in [
            0.0,
            -5.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            MAX_RADIUS_M * 1.000_001,
        ] {
            assert_eq!(make(45.0, 5.0, r, 10).unwrap_err(), InvalidQuery::Radius(r));
        }
        assert!(matches!(
            make(45.0, 5.0, f64::NAN, 10),
            Err(InvalidQuery::Radius(r)) if r.is_nan()
        ));
        assert_eq!(
            make(90.5, 5.0, 1.0, 1).unwrap_err(),
            InvalidQuery::Latitude(90.5)
        );
        assert_eq!(
            make(45.0, -181.0, 1.0, 1).unwrap_err(),
            InvalidQuery::Longitude(-181.0)
        );
        assert!(matches!(
            make(f64::NAN, 5.0, 1.0, 1),
            Err(InvalidQuery::Latitude(_))
        ));
        // The words a person or a script reads say what is allowed.
        assert_eq!(
            InvalidQuery::Limit(0).to_string(),
            "a limit of 0 places cannot be answered: ask for 1 to 1000 places"
        );
        assert_eq!(
            InvalidQuery::Radius(f64::NAN).to_string(),
            "a radius of NaN m cannot be searched: it must be a number of metres above 0 and at most 1000000 (1,000 km)"
        );
    }
}
