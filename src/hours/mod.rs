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
//! - **Hours silent on holidays promise nothing on one.** All 63 usable hours of the bundled
//!   Isère snapshot have no `PH` rule, and most of these places (town halls, libraries,
//!   associations, France services) close on public holidays: evaluated as written, the app said
//!   "open until 12:00" on 14 July. So an expression without `PH` gives, on a public holiday
//!   when its week would open that day, [`OpenStatus::HolidayMaybeClosed`] ("public holiday: may
//!   be closed, call first"), never `Open`; it promises no opening on a holiday to come, and an
//!   opening runs at most until the holiday starts. A day its week keeps closed stays closed.
//!   An expression with a `PH` rule (`PH off`, `PH 10:00-12:00`) is evaluated as written.
//! - **French free text: read what is clear, refuse the rest.** Measured on the real exports
//!   (day texts that are not empty): Hinaura Isère 214 read, 17 refused (212 and 19 before the
//!   forms "two intervals separated by a space", "bare hours in two ordered intervals", "a
//!   half-day said closed" and "the same interval twice"); the national France services list
//!   13,038 read, 49 refused (12,982 and 105 before). What stays refused is ambiguous or not
//!   hours: appointment-only, a lone time, overlapping intervals that differ, `00:00 - 00:00`.
//!   Labelled weeks (`Mardi : 10h - 13h / 14h - 17h | Du mardi au samedi : …`, the Grenoble
//!   municipal libraries): 9 of 13 read; refused, a second set of hours for the school holidays
//!   (2: the app has no school-holiday calendar), appointment only (1), a note (1).
//! - Sun events (`sunrise-sunset`) are computed for Grenoble, close enough for all of Isère.
//!
//! The two halves live apart: [`eval`] answers "is it open now, and until when?" from an OSM
//! expression; [`french`] turns the sources' French weekly text into such an expression, or
//! refuses. They share nothing but the OSM text between them.

mod eval;
mod french;
pub mod holidays;

pub use eval::{is_valid_osm, paris_local, status, HoursError, OpenStatus, Schedule};
pub use french::{labelled_week_to_osm, weekly_text_to_osm};
