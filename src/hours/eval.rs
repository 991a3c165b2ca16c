//! OSM `opening_hours` evaluated in Europe/Paris wall-clock time with French public holidays:
//! the open status of a place at a time, and the week's openings for display.

use crate::place::Hours;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use opening_hours::localization::{Coordinates, Localize, TzLocation};
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};
use opening_hours_syntax::rules::time::TimeEvent;
#[cfg(not(fuzzing))]
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
    /// A public holiday, on a day the place's regular hours would open, and its hours say
    /// nothing about public holidays: it may be closed, call first. Never "open".
    HolidayMaybeClosed,
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
    /// The expression has no `PH` rule: on a public holiday it only says what the regular week
    /// says, which is not what most places do that day.
    silent_on_holidays: bool,
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
/// In the browser nothing catches a panic (it stops the app), so the fuzz target
/// (`fuzz/fuzz_targets/hours.rs`, built with `cfg(fuzzing)`) runs without this net to find
/// every input that would need it.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    #[cfg(fuzzing)]
    return Some(f());
    #[cfg(not(fuzzing))]
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// A repeat period written `24:00` (`10:00-12:00/24:00`): the `opening-hours` grammar accepts
/// it, then its builder fails an internal check, which panics where debug assertions are on
/// (found by the `hours` fuzz target after 9.9 million runs). Refused before the crate sees it;
/// a period of a whole day means nothing in a day's hours anyway.
fn repeats_every_24_00(osm: &str) -> bool {
    osm.split('/')
        .skip(1)
        .any(|after| after.trim_start().starts_with("24:00"))
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
        if repeats_every_24_00(osm) {
            return Err(HoursError(format!(
                "{osm:?}: a repeat period of 24:00 is not understood"
            )));
        }
        let parsed = guarded(|| osm.parse::<OpeningHours>())
            .ok_or_else(|| HoursError(format!("{osm:?}: parser failure")))?
            .map_err(|e| HoursError(format!("{osm:?}: {e}")))?;
        let ctx = Context::default()
            .with_holidays(ContextHolidays::new(
                super::holidays::calendar(),
                Default::default(),
            ))
            .with_locale(ParisWallClock::new());
        let silent_on_holidays = !parsed.get_expression().rules.iter().any(|rule| {
            rule.day_selector.weekday.iter().any(|w| {
                matches!(
                    w,
                    WeekDayRange::Holiday {
                        kind: HolidayKind::Public,
                        ..
                    }
                )
            })
        });
        Ok(Schedule {
            oh: parsed.with_context(ctx),
            silent_on_holidays,
        })
    }

    /// Whether the expression says nothing about public holidays (no `PH` rule).
    pub fn silent_on_holidays(&self) -> bool {
        self.silent_on_holidays
    }

    /// Whether `date` is a French public holiday (the crate's calendar).
    pub fn is_public_holiday(&self, date: NaiveDate) -> bool {
        self.oh.get_context().holidays.get_public().contains(date)
    }

    /// Whether nothing can be said of `date`'s opening: a public holiday, and the expression
    /// is silent on holidays. Its regular hours for that weekday may not apply.
    pub fn holiday_unknown(&self, date: NaiveDate) -> bool {
        self.silent_on_holidays && self.is_public_holiday(date)
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
        let status = self.regular_status(at, horizon);
        if !self.silent_on_holidays {
            return status;
        }
        if self.is_public_holiday(at.date()) {
            // Open now, or opening later today, by the regular week: no promise either way.
            // After the day's last regular closing it is closed, as any evening.
            match status {
                OpenStatus::Open { .. } => return OpenStatus::HolidayMaybeClosed,
                OpenStatus::Closed { opens: Some(t) } if t.date() == at.date() => {
                    return OpenStatus::HolidayMaybeClosed
                }
                _ => {}
            }
        }
        // Promise nothing on a holiday to come: an opening that falls on one is not known, and
        // an opening runs at most until the holiday starts.
        let first_holiday_midnight = |from: NaiveDateTime, to: NaiveDateTime| {
            let mut day = from.date().succ_opt()?;
            while day <= to.date() {
                if self.is_public_holiday(day) {
                    return Some(day.and_time(NaiveTime::MIN));
                }
                day = day.succ_opt()?;
            }
            None
        };
        match status {
            OpenStatus::Open { until } => OpenStatus::Open {
                until: first_holiday_midnight(at, until.unwrap_or(horizon)).or(until),
            },
            OpenStatus::Closed { opens: Some(t) } if self.holiday_unknown(t.date()) => {
                OpenStatus::Closed { opens: None }
            }
            other => other,
        }
    }

    /// The status from the expression alone.
    fn regular_status(&self, at: NaiveDateTime, horizon: NaiveDateTime) -> OpenStatus {
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

    const SPLIT: &str = "Mo-Fr 09:00-12:00,14:00-17:30";

    #[test]
    fn a_repeat_period_of_24_00_is_refused_before_the_parser_panics() {
        for osm in [
            "10:00-12:00/24:00",
            "Mo 10:00-12:00/ 24:00",
            "0:00-dusk/ 24:00",
        ] {
            let error = Schedule::parse(osm).unwrap_err();
            assert!(
                error
                    .0
                    .ends_with("a repeat period of 24:00 is not understood"),
                "{error}"
            );
        }
        // Other periods, and 24:00 as the end of a span, are read as before.
        assert!(Schedule::parse("10:00-12:00/01:00").is_ok());
        assert!(Schedule::parse("Mo-Fr 18:00-24:00").is_ok());
    }

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

    /// The four public holidays of the tests: Fête nationale (Tuesday), Christmas (Friday),
    /// Easter Monday, Ascension (Thursday), all in 2026.
    const HOLIDAYS_2026: [&str; 4] = ["2026-07-14", "2026-12-25", "2026-04-06", "2026-05-14"];

    #[test]
    fn holiday_was_said_open_until_noon_for_hours_silent_on_holidays() {
        let s = sched("Mo-Fr 09:00-12:00");
        assert!(s.silent_on_holidays());
        for day in HOLIDAYS_2026 {
            let on = |hm: &str| s.status_at(dt(&format!("{day} {hm}")));
            assert!(s.holiday_unknown(dt(&format!("{day} 00:00")).date()));
            // During the regular hours, and before them: no promise either way.
            assert_eq!(on("10:00"), OpenStatus::HolidayMaybeClosed, "{day}");
            assert_eq!(on("08:00"), OpenStatus::HolidayMaybeClosed, "{day}");
            // After the regular closing, closed as on any afternoon.
            assert!(matches!(on("13:00"), OpenStatus::Closed { .. }), "{day}");
        }
        // The afternoon of 14 July: the next opening is Wednesday's.
        assert_eq!(
            s.status_at(dt("2026-07-14 13:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-07-15 09:00"))
            }
        );
        // The evening before a holiday, its opening is not promised.
        assert_eq!(
            s.status_at(dt("2026-07-13 18:00")),
            OpenStatus::Closed { opens: None }
        );
        // An ordinary weekday is unchanged.
        assert_eq!(
            s.status_at(dt("2026-07-07 10:00")),
            OpenStatus::Open {
                until: Some(dt("2026-07-07 12:00"))
            }
        );
        assert_eq!(
            s.status_at(dt("2026-07-06 18:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-07-07 09:00"))
            }
        );
        // A holiday on a day the regular week is closed (All Saints' Day 2026, a Sunday) stays
        // closed, and Monday opens as usual.
        assert_eq!(
            s.status_at(dt("2026-11-01 10:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-11-02 09:00"))
            }
        );
        // The week shows what the source says.
        let week = s.week(NaiveDate::from_ymd_opt(2026, 7, 13).expect("date"));
        assert_eq!(week[1], vec![(t(9, 0), t(12, 0))]);
    }

    #[test]
    fn holiday_closed_with_ph_off() {
        let s = sched("Mo-Fr 09:00-12:00; PH off");
        assert!(!s.silent_on_holidays());
        for day in HOLIDAYS_2026 {
            let status = s.status_at(dt(&format!("{day} 10:00")));
            assert!(
                matches!(status, OpenStatus::Closed { .. }),
                "{day}: {status:?}"
            );
            assert!(!s.holiday_unknown(dt(&format!("{day} 00:00")).date()));
        }
        assert_eq!(
            s.status_at(dt("2026-12-25 10:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-12-28 09:00"))
            }
        );
        // The evening before, the next opening skips the holiday.
        assert_eq!(
            s.status_at(dt("2026-07-13 18:00")),
            OpenStatus::Closed {
                opens: Some(dt("2026-07-15 09:00"))
            }
        );
        assert_eq!(
            s.status_at(dt("2026-07-07 10:00")),
            OpenStatus::Open {
                until: Some(dt("2026-07-07 12:00"))
            }
        );
    }

    #[test]
    fn holiday_hours_from_a_ph_rule() {
        let s = sched("PH 10:00-12:00");
        assert!(!s.silent_on_holidays());
        for day in HOLIDAYS_2026 {
            assert_eq!(
                s.status_at(dt(&format!("{day} 11:00"))),
                OpenStatus::Open {
                    until: Some(dt(&format!("{day} 12:00")))
                },
                "{day}"
            );
            assert_eq!(
                s.status_at(dt(&format!("{day} 09:00"))),
                OpenStatus::Closed {
                    opens: Some(dt(&format!("{day} 10:00")))
                },
                "{day}"
            );
        }
        // An ordinary Tuesday: no rule opens it.
        assert!(matches!(
            s.status_at(dt("2026-07-07 11:00")),
            OpenStatus::Closed { .. }
        ));
        // With a week: the PH rule replaces that day's hours.
        let s = sched("Mo-Fr 09:00-17:00; PH 10:00-12:00");
        assert!(matches!(
            s.status_at(dt("2026-07-14 13:00")),
            OpenStatus::Closed { .. }
        ));
        assert!(matches!(
            s.status_at(dt("2026-07-07 13:00")),
            OpenStatus::Open { .. }
        ));
    }

    #[test]
    fn open_across_midnight_into_a_holiday_runs_until_the_holiday() {
        let s = sched("Mo-Su 20:00-02:00");
        assert_eq!(
            s.status_at(dt("2026-07-13 23:00")),
            OpenStatus::Open {
                until: Some(dt("2026-07-14 00:00"))
            }
        );
        assert_eq!(
            s.status_at(dt("2026-07-07 23:00")),
            OpenStatus::Open {
                until: Some(dt("2026-07-08 02:00"))
            }
        );
        // Always open by its hours, but a holiday: may be closed.
        assert_eq!(
            sched("24/7").status_at(dt("2026-07-14 03:00")),
            OpenStatus::HolidayMaybeClosed
        );
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
}
