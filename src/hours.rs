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

use crate::place::Hours;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use opening_hours::localization::{Coordinates, Country, Localize, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};
use opening_hours_syntax::rules::time::TimeEvent;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// How far ahead `status_at` looks for the next change. Bounded so that `24/7` or an
/// expression that never opens gives an answer (`until: None` / `opens: None`) quickly; a
/// week and a day covers every weekly schedule.
const HORIZON: Duration = Duration::days(8);

/// The answer for a place at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; `until` is when it closes (None: does not close within the search horizon).
    Open { until: Option<NaiveDateTime> },
    /// Closed now; `opens` is when it next opens (None: not within the search horizon, or an
    /// "unknown" period comes first so we cannot say).
    Closed { opens: Option<NaiveDateTime> },
    /// No usable hours: show "hours unknown" (and the source's text if any).
    Unknown,
}

/// Evaluation locale: naive datetimes are Europe/Paris wall-clock time, and sun events are
/// those of Grenoble converted to Paris time.
#[derive(Clone, Debug)]
struct ParisWallClock {
    sun: TzLocation<chrono_tz::Tz>,
}

impl ParisWallClock {
    fn new() -> Self {
        let tz = TzLocation::new(chrono_tz::Europe::Paris);
        // Grenoble centre; the constant is valid, the fallback only keeps this panic-free.
        let sun = match Coordinates::new(45.188, 5.724) {
            Some(c) => tz.with_coords(c),
            None => tz,
        };
        ParisWallClock { sun }
    }
}

impl Localize for ParisWallClock {
    type DateTime = NaiveDateTime;

    fn naive(&self, dt: NaiveDateTime) -> NaiveDateTime {
        dt
    }

    fn datetime(&self, naive: NaiveDateTime) -> NaiveDateTime {
        naive
    }

    fn event_time(&self, date: NaiveDate, event: TimeEvent) -> Option<NaiveTime> {
        self.sun.event_time(date, event)
    }
}

/// Parsed OSM opening hours with the French public-holiday calendar attached.
///
/// Parsing is the expensive part; a `Schedule` is cheap to clone (the expression is shared)
/// and to evaluate repeatedly, so callers should cache it by its source string.
#[derive(Clone)]
pub struct Schedule {
    oh: OpeningHours<ParisWallClock>,
}

impl std::fmt::Debug for Schedule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Schedule")
            .field(&self.oh.to_string())
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("opening hours not understood: {0}")]
pub struct HoursError(pub String);

/// Runs an evaluation of the `opening-hours` crate, turning an internal panic (it asserts on
/// some invariants) into `None`: one odd expression from the wild must not crash the app.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// `24:00` (end of day) has no `NaiveTime`; the weekly view uses 23:59:59 for it.
fn to_naive_time(t: opening_hours_syntax::ExtendedTime) -> NaiveTime {
    if t.hour() >= 24 {
        NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)
    } else {
        NaiveTime::from_hms_opt(u32::from(t.hour()), u32::from(t.minute()), 0)
            .unwrap_or(NaiveTime::MIN)
    }
}

impl Schedule {
    /// Parse an OSM `opening_hours` expression. Surrounding whitespace is ignored; an empty
    /// string is an error (it says nothing).
    pub fn parse(osm: &str) -> Result<Schedule, HoursError> {
        let osm = osm.trim();
        if osm.is_empty() {
            return Err(HoursError("empty expression".into()));
        }
        let parsed = guarded(|| osm.parse::<OpeningHours>())
            .ok_or_else(|| HoursError(format!("{osm:?}: parser failure")))?
            .map_err(|e| HoursError(format!("{osm:?}: {e}")))?;
        let ctx = Context::default()
            .with_holidays(Country::FR.holidays())
            .with_locale(ParisWallClock::new());
        Ok(Schedule {
            oh: parsed.with_context(ctx),
        })
    }

    /// The expression as the parser understood it (normalised spacing).
    pub fn osm(&self) -> String {
        self.oh.to_string()
    }

    /// Status at a local Europe/Paris wall-clock time.
    pub fn status_at(&self, at: NaiveDateTime) -> OpenStatus {
        guarded(|| self.status_unguarded(at)).unwrap_or(OpenStatus::Unknown)
    }

    fn status_unguarded(&self, at: NaiveDateTime) -> OpenStatus {
        let Some(horizon) = at.checked_add_signed(HORIZON) else {
            return OpenStatus::Unknown;
        };
        // Consecutive ranges may differ only by their comment; only the kind matters here.
        let mut ranges = self.oh.iter_range(at, horizon);
        let Some(first) = ranges.next() else {
            return OpenStatus::Unknown;
        };
        match first.kind {
            RuleKind::Unknown => OpenStatus::Unknown,
            RuleKind::Open => OpenStatus::Open {
                until: ranges
                    .find(|r| r.kind != RuleKind::Open)
                    .map(|r| r.range.start),
            },
            RuleKind::Closed => OpenStatus::Closed {
                // Stop at the first period that is not closed: if it is "unknown", we do not
                // know when it opens.
                opens: ranges
                    .find(|r| r.kind != RuleKind::Closed)
                    .filter(|r| r.kind == RuleKind::Open)
                    .map(|r| r.range.start),
            },
        }
    }

    /// Opening intervals of each day of the week starting at `monday` (index 0 = Monday).
    ///
    /// Intervals are sorted and adjacent ones merged. An interval crossing midnight is cut at
    /// the end of the day, shown as 23:59:59, and continues from 00:00 the next day. Public
    /// holidays are applied (a `PH off` week shows the holiday empty). "Unknown" periods are not
    /// listed.
    pub fn week(&self, monday: NaiveDate) -> [Vec<(NaiveTime, NaiveTime)>; 7] {
        let mut out: [Vec<(NaiveTime, NaiveTime)>; 7] = Default::default();
        for (i, day) in out.iter_mut().enumerate() {
            let Some(date) = monday.checked_add_signed(Duration::days(i as i64)) else {
                continue;
            };
            let ranges = guarded(|| {
                let mut v: Vec<(NaiveTime, NaiveTime)> = Vec::new();
                for tr in self.oh.schedule_at(date) {
                    if tr.kind != RuleKind::Open {
                        continue;
                    }
                    let (s, e) = (to_naive_time(tr.range.start), to_naive_time(tr.range.end));
                    match v.last_mut() {
                        Some(last) if last.1 >= s => last.1 = last.1.max(e),
                        _ => v.push((s, e)),
                    }
                }
                v
            });
            *day = ranges.unwrap_or_default();
        }
        out
    }
}

/// Europe/Paris wall-clock time of a UTC instant (what [`Schedule::status_at`] expects).
pub fn paris_local(utc: chrono::DateTime<chrono::Utc>) -> NaiveDateTime {
    utc.with_timezone(&chrono_tz::Europe::Paris).naive_local()
}

/// Whether `s` is an OSM `opening_hours` expression this module can evaluate.
pub fn is_valid_osm(s: &str) -> bool {
    Schedule::parse(s).is_ok()
}

/// Status of a place's hours; unknown when there is no OSM expression or it does not parse.
pub fn status(hours: &Hours, at: NaiveDateTime) -> OpenStatus {
    match hours.osm.as_deref().map(Schedule::parse) {
        Some(Ok(s)) => s.status_at(at),
        _ => OpenStatus::Unknown,
    }
}

// ---------------------------------------------------------------------------------------------
// French free text → OSM
// ---------------------------------------------------------------------------------------------

const DAY_NAMES_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const DAY_CODES_OSM: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// An opening in minutes from midnight, end excluded (end ≤ 1440 = 24:00).
type Span = (u16, u16);

/// What one day's text says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DayText {
    /// Empty, or a lone dash: the form says nothing for that day.
    Nothing,
    /// "Fermé".
    Closed,
    /// Sorted, disjoint, non-touching intervals.
    Open(Vec<Span>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A run of digits: value and number of digits (the number of digits tells `9` from `09`
    /// from `1730`).
    Num(u32, usize),
    /// `h` or `H`, as in `9h30`.
    H,
    Colon,
    /// `à`, `a`: always "to".
    To,
    Dash,
    Slash,
    Comma,
    /// `&`, `et`, `;`: always "and".
    And,
    /// `de` ("de 9h à 12h"): carries no information.
    From,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            // Right after an `h`, only two digits are minutes: `12h3019h` is 12h30 then 19h.
            let max = if toks.last() == Some(&Tok::H) { 2 } else { 4 };
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() && i - start < max {
                i += 1;
            }
            if i < chars.len() && chars[i].is_ascii_digit() && max == 4 {
                return Err("number too long to be a time".into());
            }
            let digits: String = chars[start..i].iter().collect();
            let value = digits.parse::<u32>().map_err(|e| e.to_string())?;
            toks.push(Tok::Num(value, i - start));
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            toks.push(match word.as_str() {
                "h" => Tok::H,
                "à" | "a" => Tok::To,
                "et" => Tok::And,
                "de" => Tok::From,
                _ => return Err(format!("word not understood: {word:?}")),
            });
        } else {
            toks.push(match c {
                ':' => Tok::Colon,
                '-' | '–' | '—' => Tok::Dash,
                '/' => Tok::Slash,
                ',' => Tok::Comma,
                '&' | ';' => Tok::And,
                _ => return Err(format!("unexpected character {c:?}")),
            });
            i += 1;
        }
    }
    Ok(toks)
}

/// A time read from the text. `explicit` when written with `h` or `:`; a bare `8` or `1730`
/// is only accepted as the other end of an explicit time (`8 à 18h`, `13h30-1730`).
#[derive(Debug, Clone, Copy)]
struct TextTime {
    hour: u32,
    minute: u32,
    explicit: bool,
}

impl TextTime {
    fn minutes(self) -> Result<u16, String> {
        if self.minute >= 60 || self.hour > 24 || (self.hour == 24 && self.minute > 0) {
            return Err(format!("not a time: {}h{:02}", self.hour, self.minute));
        }
        Ok((self.hour * 60 + self.minute) as u16)
    }
}

/// Reads a time at `toks[*i]`, advancing `i`.
fn read_time(toks: &[Tok], i: &mut usize) -> Result<TextTime, String> {
    let Some(&Tok::Num(n, digits)) = toks.get(*i) else {
        return Err("expected a time".into());
    };
    *i += 1;
    match toks.get(*i) {
        Some(Tok::H) => {
            *i += 1;
            if digits > 2 {
                return Err("hour with more than two digits".into());
            }
            // Two digits after `h` are minutes, unless an `h` follows them: `15h19h` is
            // 15h to 19h.
            let minute = match toks.get(*i) {
                Some(&Tok::Num(m, 2)) if toks.get(*i + 1) != Some(&Tok::H) => {
                    *i += 1;
                    m
                }
                Some(&Tok::Num(_, 1)) => return Err("minutes must have two digits".into()),
                _ => 0,
            };
            Ok(TextTime {
                hour: n,
                minute,
                explicit: true,
            })
        }
        Some(Tok::Colon) => {
            *i += 1;
            match toks.get(*i) {
                Some(&Tok::Num(m, 2)) if digits <= 2 => {
                    *i += 1;
                    Ok(TextTime {
                        hour: n,
                        minute: m,
                        explicit: true,
                    })
                }
                _ => Err("expected hh:mm".into()),
            }
        }
        _ => match digits {
            1 | 2 => Ok(TextTime {
                hour: n,
                minute: 0,
                explicit: false,
            }),
            4 => Ok(TextTime {
                hour: n / 100,
                minute: n % 100,
                explicit: false,
            }),
            _ => Err("number is not a time".into()),
        },
    }
}

/// Parses one day's intervals: `start [to] end ( and start [to] end )*`, where "to" is `à`,
/// `-` or `/` (or nothing: `8h30 18h00`) and "and" is `-`, `/`, `,`, `&`, `et` or `;`. The
/// same sign may mean "to" or "and" (`9h/12h - 13h/17h` vs `8H30-12H/13H30-17H`); times are
/// always read in pairs, and the checks that follow (start before end, no overlap) catch a
/// wrong pairing.
fn parse_intervals(toks: &[Tok]) -> Result<Vec<Span>, String> {
    let mut i = 0;
    let mut out: Vec<Span> = Vec::new();
    loop {
        if toks.get(i) == Some(&Tok::From) {
            i += 1;
        }
        let start = read_time(toks, &mut i)?;
        if matches!(toks.get(i), Some(Tok::To | Tok::Dash | Tok::Slash)) {
            i += 1;
        }
        if i >= toks.len() {
            return Err("a time without its end".into());
        }
        let end = read_time(toks, &mut i)?;
        if !start.explicit && !end.explicit {
            return Err("numbers without `h` or `:`".into());
        }
        let (s, e) = (start.minutes()?, end.minutes()?);
        if s >= 24 * 60 {
            return Err("starts at 24h".into());
        }
        if e <= s {
            return Err("ends before it starts".into());
        }
        out.push((s, e));
        match toks.get(i) {
            None => break,
            Some(Tok::Dash | Tok::Slash | Tok::Comma | Tok::And) => i += 1,
            Some(_) => return Err("intervals not separated".into()),
        }
    }
    out.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s < last.1 => return Err("overlapping intervals".into()),
            // `9h-12h / 12h-14h` is one opening.
            Some(last) if s == last.1 => last.1 = e,
            _ => merged.push((s, e)),
        }
    }
    Ok(merged)
}

fn parse_day_text(raw: &str) -> Result<DayText, String> {
    // Some exports keep HTML entities (`&amp;`).
    let decoded = html_escape::decode_html_entities(raw);
    let text = decoded.trim().to_lowercase();
    let text = text.trim_end_matches('.').trim();
    if text.is_empty() || matches!(text, "-" | "–" | "—") {
        return Ok(DayText::Nothing);
    }
    if matches!(text, "fermé" | "ferme" | "fermée" | "fermee") {
        return Ok(DayText::Closed);
    }
    // Appointment-only is not opening hours, even with times ("8h-20h sur rendez-vous").
    if text.contains("rendez") || text.contains("rdv") {
        return Err("on appointment only (sur rendez-vous), not opening hours".into());
    }
    let toks = tokenize(text)?;
    parse_intervals(&toks).map(DayText::Open)
}

fn fmt_minutes(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `Mo-Fr`, `Mo,We,Fr`, `Mo,Tu`, `Mo-We,Sa`: runs of three days or more become ranges.
fn fmt_days(days: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut k = 0;
    while k < days.len() {
        let mut j = k;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        match j - k {
            0 => parts.push(DAY_CODES_OSM[days[k]].to_string()),
            1 => parts.push(format!(
                "{},{}",
                DAY_CODES_OSM[days[k]], DAY_CODES_OSM[days[j]]
            )),
            _ => parts.push(format!(
                "{}-{}",
                DAY_CODES_OSM[days[k]], DAY_CODES_OSM[days[j]]
            )),
        }
        k = j + 1;
    }
    parts.join(",")
}

/// Convert per-weekday French free text (index 0 = Monday … 6 = Sunday; `None` or empty =
/// the source says nothing for that day) into an OSM expression.
/// `Ok(None)`: no day says anything. `Err(reason)`: some text is not clear enough to convert
/// without guessing; the caller keeps the raw text and shows "hours unknown".
///
/// Days marked "Fermé", a lone `-`, and days left empty all produce no rule, so they are
/// closed in the result: in these forms a day with no hours is a day without opening (a place
/// open Tuesday and Friday fills those two days and leaves the rest blank). A week where no
/// day has hours but some say "Fermé" is refused: a help place closed every day is not
/// something to assert.
pub fn weekly_text_to_osm(days: &[Option<&str>; 7]) -> Result<Option<String>, String> {
    let mut parsed = Vec::with_capacity(7);
    for (d, text) in days.iter().enumerate() {
        let day = parse_day_text(text.unwrap_or(""))
            .map_err(|why| format!("{}: {:?}: {why}", DAY_NAMES_FR[d], text.unwrap_or("")))?;
        parsed.push(day);
    }
    let open: Vec<(usize, &Vec<Span>)> = parsed
        .iter()
        .enumerate()
        .filter_map(|(d, t)| match t {
            DayText::Open(iv) => Some((d, iv)),
            _ => None,
        })
        .collect();
    if open.is_empty() {
        return if parsed.contains(&DayText::Closed) {
            Err("every day with text says closed".into())
        } else {
            Ok(None)
        };
    }
    // Group days with identical intervals, in order of their first day.
    let mut groups: Vec<(&Vec<Span>, Vec<usize>)> = Vec::new();
    for (d, iv) in open {
        match groups.iter_mut().find(|(g, _)| *g == iv) {
            Some((_, ds)) => ds.push(d),
            None => groups.push((iv, vec![d])),
        }
    }
    let rules: Vec<String> = groups
        .iter()
        .map(|(iv, ds)| {
            let times: Vec<String> = iv
                .iter()
                .map(|&(s, e)| format!("{}-{}", fmt_minutes(s), fmt_minutes(e)))
                .collect();
            format!("{} {}", fmt_days(ds), times.join(","))
        })
        .collect();
    Ok(Some(rules.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test datetime")
    }
    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("test time")
    }
    fn sched(s: &str) -> Schedule {
        Schedule::parse(s).expect("test expression parses")
    }
    fn week_text(days: [&str; 7]) -> Result<Option<String>, String> {
        weekly_text_to_osm(&days.map(Some))
    }
    fn one_day(text: &str) -> Result<Option<String>, String> {
        week_text([text, "", "", "", "", "", ""])
    }

    const SPLIT: &str = "Mo-Fr 09:00-12:00,14:00-17:30";

    #[test]
    fn open_until_closing_time() {
        // 2026-03-10 is a Tuesday.
        assert_eq!(
            sched(SPLIT).status_at(dt("2026-03-10 10:00")),
            OpenStatus::Open {
                until: Some(dt("2026-03-10 12:00"))
            }
        );
    }

    #[test]
    fn closed_at_lunch_opens_in_the_afternoon() {
        assert_eq!(
            sched(SPLIT).status_at(dt("2026-03-10 12:30")),
            OpenStatus::Closed {
                opens: Some(dt("2026-03-10 14:00"))
            }
        );
    }

    #[test]
    fn closed_on_saturday_opens_on_monday() {
        assert_eq!(
            sched(SPLIT).status_at(dt("2026-03-14 11:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-03-16 09:00"))
            }
        );
    }

    #[test]
    fn open_at_the_exact_opening_minute_closed_at_the_closing_one() {
        let s = sched(SPLIT);
        assert!(matches!(
            s.status_at(dt("2026-03-10 09:00")),
            OpenStatus::Open { .. }
        ));
        assert!(matches!(
            s.status_at(dt("2026-03-10 17:30")),
            OpenStatus::Closed { .. }
        ));
    }

    #[test]
    fn french_public_holidays_are_closed_with_ph_off() {
        let s = sched("Mo-Sa 10:00-19:00; PH off");
        // Fête nationale (Tuesday), Ascension (Thursday), Easter Monday.
        for day in ["2026-07-14", "2026-05-14", "2026-04-06"] {
            let at = dt(&format!("{day} 11:00"));
            assert!(
                matches!(s.status_at(at), OpenStatus::Closed { .. }),
                "{day} should be a holiday"
            );
        }
        // The day after the holiday it opens at 10:00.
        assert_eq!(
            s.status_at(dt("2026-07-14 11:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-07-15 10:00"))
            }
        );
        // An ordinary Tuesday is open.
        assert_eq!(
            s.status_at(dt("2026-07-07 11:00")),
            OpenStatus::Open {
                until: Some(dt("2026-07-07 19:00"))
            }
        );
        // The weekly view shows the holiday empty.
        let week = s.week(NaiveDate::from_ymd_opt(2026, 7, 13).expect("date"));
        assert!(week[1].is_empty());
        assert_eq!(week[0], vec![(t(10, 0), t(19, 0))]);
    }

    #[test]
    fn holiday_opening_skipped_when_looking_for_next_opening() {
        // Monday 2026-04-06 is Easter Monday; on Sunday evening the next opening is Tuesday.
        assert_eq!(
            sched("Mo-Fr 09:00-17:00; PH off").status_at(dt("2026-04-05 20:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-04-07 09:00"))
            }
        );
    }

    #[test]
    fn always_open_and_never_open_terminate() {
        assert_eq!(
            sched("24/7").status_at(dt("2026-03-10 03:00")),
            OpenStatus::Open { until: None }
        );
        assert_eq!(
            sched("off").status_at(dt("2026-03-10 03:00")),
            OpenStatus::Closed { opens: None }
        );
        // Open only on a date far away: closed, no opening within the horizon.
        assert_eq!(
            sched("2030 Jan 01 10:00-12:00").status_at(dt("2026-03-10 03:00")),
            OpenStatus::Closed { opens: None }
        );
    }

    #[test]
    fn unknown_rule_kind_is_unknown() {
        let s = sched("Mo-Fr 09:00-12:00; Sa unknown \"appeler avant\"");
        assert_eq!(s.status_at(dt("2026-03-14 10:00")), OpenStatus::Unknown);
        // Friday evening: closed, but Saturday is unknown, so no promise about opening.
        assert_eq!(
            s.status_at(dt("2026-03-13 18:00")),
            OpenStatus::Closed { opens: None }
        );
    }

    #[test]
    fn comment_change_is_not_a_closing() {
        let s = sched("Mo 09:00-12:00 \"sans rendez-vous\", 12:00-17:00 \"sur rendez-vous\"");
        assert_eq!(
            s.status_at(dt("2026-03-09 10:00")),
            OpenStatus::Open {
                until: Some(dt("2026-03-09 17:00"))
            }
        );
    }

    #[test]
    fn broken_expressions_are_errors_and_unknown() {
        for bad in [
            "Mo-Fr 25:00-99:00",
            "lundi matin",
            "",
            "   ",
            "Mo-Fr 9h-12h",
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad:?} should not parse");
            assert!(!is_valid_osm(bad));
            let hours = Hours {
                osm: Some(bad.to_string()),
                text: Some("lundi matin".into()),
            };
            assert_eq!(status(&hours, dt("2026-03-10 10:00")), OpenStatus::Unknown);
        }
        let none = Hours {
            osm: None,
            text: None,
        };
        assert_eq!(status(&none, dt("2026-03-10 10:00")), OpenStatus::Unknown);
        assert!(is_valid_osm(SPLIT));
    }

    #[test]
    fn status_goes_through_the_osm_expression() {
        let hours = Hours {
            osm: Some(SPLIT.into()),
            text: None,
        };
        assert!(matches!(
            status(&hours, dt("2026-03-10 10:00")),
            OpenStatus::Open { .. }
        ));
    }

    #[test]
    fn dst_change_days_do_not_panic() {
        let s = sched("Mo-Su 00:00-02:30,03:00-24:00; PH off");
        // 2026-03-29: 02:00 → 03:00 in Paris; 2026-10-25: 03:00 → 02:00.
        for at in [
            "2026-03-29 01:59",
            "2026-03-29 02:30",
            "2026-03-28 23:00",
            "2026-10-25 02:30",
        ] {
            let _ = s.status_at(dt(at));
        }
        assert_eq!(
            s.status_at(dt("2026-03-29 02:45")),
            OpenStatus::Closed {
                opens: Some(dt("2026-03-29 03:00"))
            }
        );
        let week = s.week(NaiveDate::from_ymd_opt(2026, 3, 23).expect("date"));
        assert_eq!(week[6].len(), 2);
        let _ = sched("sunrise-sunset").week(NaiveDate::from_ymd_opt(2026, 3, 23).expect("date"));
    }

    #[test]
    fn paris_local_follows_dst() {
        use chrono::TimeZone;
        let winter = chrono::Utc
            .with_ymd_and_hms(2026, 1, 15, 12, 0, 0)
            .single()
            .expect("utc");
        let summer = chrono::Utc
            .with_ymd_and_hms(2026, 7, 15, 12, 0, 0)
            .single()
            .expect("utc");
        assert_eq!(paris_local(winter), dt("2026-01-15 13:00"));
        assert_eq!(paris_local(summer), dt("2026-07-15 14:00"));
        // Across the spring change: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST.
        let before = chrono::Utc
            .with_ymd_and_hms(2026, 3, 29, 0, 59, 0)
            .single()
            .expect("utc");
        assert_eq!(paris_local(before), dt("2026-03-29 01:59"));
        assert_eq!(
            paris_local(before + Duration::minutes(1)),
            dt("2026-03-29 03:00")
        );
    }

    #[test]
    fn week_of_a_split_day_schedule() {
        let s = sched("Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:30");
        let week = s.week(NaiveDate::from_ymd_opt(2026, 3, 9).expect("date"));
        for day in &week[..5] {
            assert_eq!(day, &vec![(t(9, 0), t(12, 0)), (t(14, 0), t(17, 30))]);
        }
        assert_eq!(week[5], vec![(t(10, 0), t(12, 30))]);
        assert!(week[6].is_empty());
    }

    #[test]
    fn week_merges_adjacent_and_cuts_at_midnight() {
        let s = sched("Mo 09:00-12:00,12:00-14:00; Fr 20:00-02:00");
        let week = s.week(NaiveDate::from_ymd_opt(2026, 3, 9).expect("date"));
        assert_eq!(week[0], vec![(t(9, 0), t(14, 0))]);
        let end_of_day = NaiveTime::from_hms_opt(23, 59, 59).expect("time");
        assert_eq!(week[4], vec![(t(20, 0), end_of_day)]);
        assert_eq!(week[5], vec![(t(0, 0), t(2, 0))]);
        assert_eq!(
            s.status_at(dt("2026-03-13 23:00")),
            OpenStatus::Open {
                until: Some(dt("2026-03-14 02:00"))
            }
        );
    }

    #[test]
    fn converts_the_real_formats() {
        let cases = [
            ("9h à 12h - 13h30 à 17h", "Mo 09:00-12:00,13:30-17:00"),
            ("8 à 18h", "Mo 08:00-18:00"),
            ("13h30-18h00", "Mo 13:30-18:00"),
            ("9h/12h - 13h/17h", "Mo 09:00-12:00,13:00-17:00"),
            ("8h30 18h00", "Mo 08:30-18:00"),
            ("8H30-12H/13H30-17H", "Mo 08:30-12:00,13:30-17:00"),
            ("9h30-12h30, 14h-17h", "Mo 09:30-12:30,14:00-17:00"),
            ("10h à 12h &amp; 14h à 18h30", "Mo 10:00-12:00,14:00-18:30"),
            ("10h à 12h & 14h à 18h30", "Mo 10:00-12:00,14:00-18:30"),
            ("08h30-12h00/13h30-1730", "Mo 08:30-12:00,13:30-17:30"),
            ("10h - 12h / 14h - 19h", "Mo 10:00-12:00,14:00-19:00"),
            (
                "09:00 - 12:00 / 13:00 - 17:00",
                "Mo 09:00-12:00,13:00-17:00",
            ),
            ("09:00-12:00/14:00-17:00", "Mo 09:00-12:00,14:00-17:00"),
            ("12h3019h", "Mo 12:30-19:00"),
            ("15h19h", "Mo 15:00-19:00"),
            ("15 h à 18h", "Mo 15:00-18:00"),
            ("de 9h à 12h et de 14h à 17h", "Mo 09:00-12:00,14:00-17:00"),
            ("9h-12h / 12h-14h", "Mo 09:00-14:00"),
            ("14h-24h", "Mo 14:00-24:00"),
        ];
        for (text, osm) in cases {
            assert_eq!(one_day(text), Ok(Some(osm.to_string())), "{text:?}");
            assert!(is_valid_osm(osm), "{osm:?}");
        }
    }

    #[test]
    fn groups_days_into_ranges() {
        let fs = "09:00 - 12:00 / 13:00 - 17:00";
        assert_eq!(
            week_text([fs, fs, fs, fs, fs, "10:00 - 12:30", ""]),
            Ok(Some(
                "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:30".to_string()
            ))
        );
        assert_eq!(
            week_text(["9h-12h", "", "9h-12h", "Fermé", "9h-12h", "fermé", "-"]),
            Ok(Some("Mo,We,Fr 09:00-12:00".to_string()))
        );
        assert_eq!(
            week_text(["8h-12h", "8h-12h", "14h-17h", "8h-12h", "8h-12h", "8h-12h", ""]),
            Ok(Some("Mo,Tu,Th-Sa 08:00-12:00; We 14:00-17:00".to_string()))
        );
        let d = "8h-12h";
        assert_eq!(
            week_text([d, d, d, d, d, d, d]),
            Ok(Some("Mo-Su 08:00-12:00".to_string()))
        );
        // The real Mairie de Bernin record.
        assert_eq!(
            week_text([
                "Fermé",
                "Fermé",
                "Fermé",
                "8h45 - 11h30",
                "Fermé",
                "Fermé",
                "Fermé"
            ]),
            Ok(Some("Th 08:45-11:30".to_string()))
        );
    }

    #[test]
    fn nothing_said_is_none() {
        assert_eq!(weekly_text_to_osm(&[None; 7]), Ok(None));
        assert_eq!(week_text(["", " ", "-", "", "", "", ""]), Ok(None));
        // Closed every day is not asserted.
        assert!(week_text(["Fermé"; 7]).is_err());
    }

    #[test]
    fn refuses_what_it_cannot_read_without_guessing() {
        for bad in [
            "Sur rendez-vous",
            "sur RDV (par tél ou courriel)",
            "8h-20h sur rendez-vous",
            "18h",
            "10h",
            "lundi matin",
            "10h00-12h30 (relais La Poste)",
            "8h30 à 12h - Fermé l'après-midi",
            "fermé - 13h30 à 17h30",
            "17h à 9h",
            "9h à 25h",
            "24h-26h",
            "9h70 à 12h",
            "9h à 12h - 11h à 14h",
            "9h à 12h à 14h",
            "8 - 12",
            "9h 12h 14h 17h",
            "9h à 12h 14h à 17h",
            "12345h",
            "8h5 à 12h",
        ] {
            assert!(one_day(bad).is_err(), "{bad:?} should be refused");
        }
        // One bad day refuses the whole week: the caller keeps all the text.
        assert!(week_text(["9h-12h", "Sur rendez-vous", "", "", "", "", ""]).is_err());
    }

    #[test]
    fn converted_expressions_parse_and_evaluate() {
        let osm = week_text([
            "9h à 12h - 13h30 à 17h",
            "9h à 12h - 13h30 à 17h",
            "fermé",
            "8 à 18h",
            "8H30-12H/13H30-17H",
            "10h - 12h / 14h - 19h",
            "",
        ])
        .expect("converts")
        .expect("some hours");
        let s = sched(&osm);
        // Thursday 2026-03-12 at 17:30: open until 18:00.
        assert_eq!(
            s.status_at(dt("2026-03-12 17:30")),
            OpenStatus::Open {
                until: Some(dt("2026-03-12 18:00"))
            }
        );
        // Wednesday: closed until Thursday 08:00.
        assert_eq!(
            s.status_at(dt("2026-03-11 10:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-03-12 08:00"))
            }
        );
    }

    /// Every week of the two real sources: converted weeks parse, refused ones include the
    /// known-bad texts, and most day texts convert. Returns (converted, refused) day texts.
    fn check_real_weeks(weeks: &[[Option<String>; 7]]) -> (usize, usize) {
        let (mut converted, mut refused) = (0, 0);
        for week in weeks {
            let days: [Option<&str>; 7] = std::array::from_fn(|d| week[d].as_deref());
            let non_empty = days
                .iter()
                .filter(|t| !t.unwrap_or("").trim().is_empty())
                .count();
            // Per day too, to measure coverage by text rather than by week.
            for text in days.iter().flatten().filter(|t| !t.trim().is_empty()) {
                match parse_day_text(text) {
                    Ok(_) => converted += 1,
                    Err(_) => refused += 1,
                }
            }
            match weekly_text_to_osm(&days) {
                Ok(Some(osm)) => assert!(is_valid_osm(&osm), "{osm:?} from {days:?}"),
                Ok(None) => assert!(
                    days.iter()
                        .all(|t| matches!(t.map(str::trim), None | Some("" | "-"))),
                    "{days:?}"
                ),
                Err(_) => assert!(non_empty > 0),
            }
        }
        (converted, refused)
    }

    /// (converted, nothing said, refused) weeks.
    fn week_outcomes(weeks: &[[Option<String>; 7]]) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for week in weeks {
            let days: [Option<&str>; 7] = std::array::from_fn(|d| week[d].as_deref());
            match weekly_text_to_osm(&days) {
                Ok(Some(_)) => counts.0 += 1,
                Ok(None) => counts.1 += 1,
                Err(_) => counts.2 += 1,
            }
        }
        counts
    }

    #[test]
    fn real_hinaura_and_france_services_hours() {
        const FR_DAYS: [&str; 7] = [
            "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
        ];
        let path = crate::import::shared_data("hinaura-aura/hinaura-lieux-isere-2022.json");
        let raw = std::fs::read_to_string(&path).expect("shared Hinaura data present");
        let records: Vec<serde_json::Value> = serde_json::from_str(&raw).expect("json");
        let hinaura: Vec<[Option<String>; 7]> = records
            .iter()
            .map(|r| std::array::from_fn(|d| r[FR_DAYS[d]].as_str().map(str::to_string)))
            .collect();
        assert_eq!(hinaura.len(), 310);
        let (h_ok, h_err) = check_real_weeks(&hinaura);

        let path = crate::import::shared_data("france-services/liste-fs-20221201-isere.csv");
        let mut rdr = csv::Reader::from_path(&path).expect("shared France services data present");
        let headers = rdr.headers().expect("headers").clone();
        let cols: Vec<Option<usize>> = [
            "h_lundi",
            "h_mardi",
            "h_mercredi",
            "h_jeudi",
            "h_vendredi",
            "h_samedi",
            "h_dimanche",
        ]
        .iter()
        .map(|c| headers.iter().position(|h| h == *c))
        .collect();
        let fs: Vec<[Option<String>; 7]> = rdr
            .records()
            .map(|r| {
                let r = r.expect("csv record");
                std::array::from_fn(|d| cols[d].and_then(|c| r.get(c)).map(str::to_string))
            })
            .collect();
        assert_eq!(fs.len(), 28);
        let (f_ok, f_err) = check_real_weeks(&fs);

        // Measured on these fixed 2022 exports (day texts that are not empty, "Fermé" counting
        // as read): Hinaura 212 read, 19 refused (all appointment-only, a lone time, or words);
        // France services 125 read, none refused.
        assert_eq!((h_ok, h_err), (212, 19));
        assert_eq!((f_ok, f_err), (125, 0));
        assert!(h_ok * 100 >= (h_ok + h_err) * 90);
        // By place: Hinaura 35 weeks converted, 268 say nothing, 7 refused; France services 25
        // converted, 3 say nothing.
        assert_eq!(week_outcomes(&hinaura), (35, 268, 7));
        assert_eq!(week_outcomes(&fs), (25, 3, 0));

        // Known-bad texts from the data are refused wherever they appear.
        for bad in [
            "Sur rendez-vous",
            "sur RDV (par tél ou courriel)",
            "8h-20h sur rendez-vous",
            "18h",
        ] {
            assert!(hinaura.iter().flatten().flatten().any(|t| t == bad));
            assert!(parse_day_text(bad).is_err(), "{bad:?}");
        }
        for week in &hinaura {
            let days: [Option<&str>; 7] = std::array::from_fn(|d| week[d].as_deref());
            if days.contains(&Some("Sur rendez-vous")) {
                assert!(weekly_text_to_osm(&days).is_err());
            }
        }
    }

    #[test]
    fn anct_osm_hours_all_parse() {
        let path = crate::import::shared_data(
            "hinaura-aura/anct-hinaura-lieux-mediation-numerique-isere.json",
        );
        let raw = std::fs::read_to_string(&path).expect("shared ANCT data present");
        let records: Vec<serde_json::Value> = serde_json::from_str(&raw).expect("json");
        let mut n = 0;
        for osm in records.iter().filter_map(|r| r["horaires"].as_str()) {
            let s = Schedule::parse(osm).expect("ANCT hours parse");
            let _ = s.status_at(dt("2026-07-14 11:00"));
            let _ = s.week(NaiveDate::from_ymd_opt(2026, 7, 13).expect("date"));
            n += 1;
        }
        assert!(n >= 35);
    }
}
