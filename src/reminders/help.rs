//! The nearest places that help with procedures and are open on the day of a reminder.
//!
//! A reminder is only useful if the person can act on it; many cannot do the procedure alone.
//! So each occurrence can show where to go: places the snapshot says help with procedures
//! (`Need::Procedures`), nearest first, that are open at some point on that day — public
//! holidays included, through the place's OSM hours ([`Schedule::week`]). Places whose hours are
//! unknown are left out, and so are, on a public holiday, places whose hours say nothing about
//! holidays: sending someone on a long walk to a closed door costs more than
//! showing one place fewer.

use super::schedule::Occurrence;
use crate::hours::Schedule;
use crate::need::{Need, NeedSet};
use crate::query::{nearby, NearbyHit, NearbyQuery, QueryError};
use crate::snapshot::Snapshot;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

/// How far to look by default: an hour and a half on foot, or a short bus ride.
pub const DEFAULT_RADIUS_M: f64 = 8_000.0;
/// Most candidates examined before giving up on finding more places open that day.
const MAX_CANDIDATES: usize = 512;
// Every candidate search must be a question `query::nearby` answers.
const _: () = assert!(MAX_CANDIDATES <= crate::query::MAX_LIMIT);

/// A place open on the day, with that day's hours.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenThatDay {
    pub hit: NearbyHit,
    /// Opening intervals on that day (Paris time), sorted; an interval reaching midnight ends
    /// at 23:59:59.
    pub hours: Vec<(NaiveTime, NaiveTime)>,
}

/// The help found for one day.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpOnDay {
    pub day: NaiveDate,
    /// Nearest first.
    pub places: Vec<OpenThatDay>,
}

/// The opening intervals of a schedule on one day (empty when closed all day, and on a public
/// holiday its hours say nothing about: it may be closed that day).
pub fn hours_on(schedule: &Schedule, day: NaiveDate) -> Vec<(NaiveTime, NaiveTime)> {
    if schedule.holiday_unknown(day) {
        return Vec::new();
    }
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    let week = schedule.week(monday);
    week[day.weekday().num_days_from_monday() as usize].clone()
}

/// The `limit` nearest places within `radius_m` of (`lat`, `lon`) that help with procedures and
/// are open at some point on `day`. Their `status` is computed at 10:00 that day.
pub fn places_open_on(
    snap: &Snapshot,
    lat: f64,
    lon: f64,
    day: NaiveDate,
    limit: usize,
    radius_m: f64,
) -> Result<Vec<OpenThatDay>, QueryError> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let at = day.and_time(super::default_time_of_day());
    let mut candidates = limit.saturating_mul(4).clamp(16, MAX_CANDIDATES);
    loop {
        let query = NearbyQuery::new(
            lat,
            lon,
            NeedSet::of(&[Need::Procedures]),
            at,
            radius_m,
            candidates,
        )?;
        let found = nearby(snap, &query)?;
        let exhausted = found.hits.len() < candidates || candidates >= MAX_CANDIDATES;
        let open: Vec<OpenThatDay> = found
            .hits
            .into_iter()
            .filter_map(|hit| {
                let schedule = snap.schedule(hit.place.hours.osm.as_deref()?)?;
                let hours = hours_on(&schedule, day);
                (!hours.is_empty()).then_some(OpenThatDay { hit, hours })
            })
            .take(limit)
            .collect();
        if open.len() >= limit || exhausted {
            return Ok(open);
        }
        candidates = (candidates * 4).min(MAX_CANDIDATES);
    }
}

/// Help for an occurrence: places open on the day to act (today while it can be done, else
/// the first day it can be done — see [`Occurrence::help_day`]).
pub fn help_for(
    snap: &Snapshot,
    occurrence: &Occurrence,
    today: NaiveDate,
    lat: f64,
    lon: f64,
    limit: usize,
) -> Result<HelpOnDay, QueryError> {
    let day = occurrence.help_day(today);
    Ok(HelpOnDay {
        day,
        places: places_open_on(snap, lat, lon, day, limit, DEFAULT_RADIUS_M)?,
    })
}
