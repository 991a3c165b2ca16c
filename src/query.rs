//! Questions the app asks the snapshot: what is near me (and open), and text search.
//!
//! Pure functions over an open [`Snapshot`]; the caller passes the time (Europe/Paris wall
//! clock), so results are reproducible and testable.

use crate::hours::OpenStatus;
use crate::need::{Need, NeedSet};
use crate::snapshot::{filter, PlaceRow, Snapshot, SnapshotError};
use crate::spatial::{distance_m, Best};
use chrono::NaiveDateTime;
use serde::Serialize;

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

#[derive(Debug, Clone)]
pub struct NearbyQuery {
    pub lat: f64,
    pub lon: f64,
    /// Places meeting any of these needs.
    pub needs: NeedSet,
    pub constraints: Constraints,
    /// Local Europe/Paris time for open status.
    pub at: NaiveDateTime,
    pub radius_m: f64,
    pub limit: usize,
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
}

/// Accent- and case-insensitive search over names, communes and addresses. Every word must
/// match (as a prefix: "biblio" finds "Bibliothèque"). With a point, matches are ordered by
/// distance; otherwise by relevance.
pub fn search(
    snap: &Snapshot,
    text: &str,
    near: Option<(f64, f64)>,
    limit: usize,
) -> Result<Vec<SearchHit>, SnapshotError> {
    let folded = crate::text::fold(text);
    if folded.is_empty() || limit == 0 {
        return Ok(Vec::new());
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
    let mut hits = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(place) = snap.place_row(id)? {
            let distance_m = near.map(|(lat, lon)| distance_m(lat, lon, place.lat, place.lon));
            hits.push(SearchHit { place, distance_m });
        }
    }
    if near.is_some() {
        hits.sort_by(|a, b| {
            a.distance_m
                .partial_cmp(&b.distance_m)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    hits.truncate(limit);
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
}
