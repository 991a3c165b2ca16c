//! Opening hours: OpenStreetMap `opening_hours` evaluated in Europe/Paris time with French
//! public holidays, and conversion of French free-text weekly hours.
//!
//! Why it is built this way:
//!
//! - **One format to evaluate.** Every source ends up, when it can, as an OSM `opening_hours`
//!   expression, evaluated by the `opening-hours` crate. OSM data already uses it, and the
//!   national digital-mediation schema (`horaires`) too.
//! - **"Hours unknown" rather than a guess.** A person who walks 40 minutes to a place that turns
//!   out to be closed loses more than one who is told "hours unknown, call first". So anything
//!   not clearly understood gives [`OpenStatus::Unknown`], and the free-text converter refuses
//!   (returns `Err`) instead of guessing. The source's free text is then kept by the caller and
//!   shown as is.
//! - **Paris wall-clock time.** The core never reads the clock: callers pass a
//!   [`NaiveDateTime`] that is already Europe/Paris local time (see [`paris_local`]). Evaluating
//!   in local time keeps "09:00" meaning 09:00 on DST days too.
//! - **French public holidays.** Many places are `PH off` (closed on jours fériés); without the
//!   French calendar the app would say "open" on 14 July. The calendar is the one embedded in
//!   the `opening-hours` crate (national holidays; no regional ones, none apply in Isère).
//! - Sun events (`sunrise-sunset`) are computed for Grenoble, close enough for all of Isère.
//!
//! The two halves live apart: [`eval`] answers "is it open now, and until when?" from an OSM
//! expression; [`french`] turns the sources' French weekly text into such an expression, or
//! refuses. They share nothing but the OSM text between them.

mod eval;
mod french;

pub use eval::{is_valid_osm, paris_local, status, HoursError, OpenStatus, Schedule};
pub use french::weekly_text_to_osm;
