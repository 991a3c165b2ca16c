//! Opening hours: OpenStreetMap `opening_hours` evaluated in Europe/Paris time with French
//! public holidays, and conversion of French free-text weekly hours.
//!
//! (API fixed; implementation in progress.)

use crate::place::Hours;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// The answer for a place at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; `until` is when it closes (None: does not close within the search horizon).
    Open { until: Option<NaiveDateTime> },
    /// Closed now; `opens` is when it next opens (None: not within the search horizon).
    Closed { opens: Option<NaiveDateTime> },
    /// No usable hours: show "hours unknown" (and the source's text if any).
    Unknown,
}

/// Parsed OSM opening hours with the French public-holiday calendar attached.
pub struct Schedule {
    _private: (),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("opening hours not understood: {0}")]
pub struct HoursError(pub String);

impl Schedule {
    pub fn parse(_osm: &str) -> Result<Schedule, HoursError> {
        Err(HoursError("not implemented".into()))
    }
    /// Status at a local Europe/Paris wall-clock time.
    pub fn status_at(&self, _at: NaiveDateTime) -> OpenStatus {
        OpenStatus::Unknown
    }
    /// Opening intervals of each day of the week starting at `monday` (index 0 = Monday).
    pub fn week(&self, _monday: NaiveDate) -> [Vec<(NaiveTime, NaiveTime)>; 7] {
        Default::default()
    }
}

/// Status of a place's hours; unknown when there is no OSM expression or it does not parse.
pub fn status(hours: &Hours, at: NaiveDateTime) -> OpenStatus {
    match hours.osm.as_deref().map(Schedule::parse) {
        Some(Ok(s)) => s.status_at(at),
        _ => OpenStatus::Unknown,
    }
}

/// Convert per-weekday French free text (index 0 = Monday … 6 = Sunday; `None` or empty =
/// the source says nothing for that day) into an OSM expression.
/// `Ok(None)`: no day says anything. `Err(reason)`: some text is not clear enough to convert
/// without guessing; the caller keeps the raw text and shows "hours unknown".
pub fn weekly_text_to_osm(_days: &[Option<&str>; 7]) -> Result<Option<String>, String> {
    Err("not implemented".into())
}
