//! The schedule engine: when a reminder falls due, when its alerts ring, and what state each
//! occurrence is in.
//!
//! Rules, and why:
//!
//! - **Dates are Europe/Paris calendar dates.** The renewals follow French administrative days,
//!   whatever the phone's time zone. An alert is a Paris wall-clock time turned into an instant
//!   ([`paris_instant`]); on the spring change a time that does not exist (02:30) rings at the
//!   same offset after the change (03:30), and on the autumn change a time that happens twice
//!   rings once, the first time. So a daylight-saving change never loses or doubles an alert.
//! - **Month ends.** A day the month does not have means its last day: day 31 in April is
//!   30 April, day 30 in February is 28 or 29 February, 29 February in other years is
//!   28 February ([`clamped_date`]). A person who declares "on the 31st" is reminded every time.
//! - **France Travail window** (arrêté du 22 décembre 2015, art. 1): the update for a month opens
//!   on the 28th of that month, the 26th in February, and closes on the 15th of the next month at
//!   midnight, taken here as 23:59:59 Paris time on the 15th.
//! - **An occurrence is identified by its due day** (the chosen day; for France Travail the
//!   closing day). Marks (done, snoozed) are stored against that day, so they survive any
//!   recomputation.
//! - **States.** Done and snoozed are what the person said ([`Mark`]); upcoming, open, due today,
//!   not done and missed follow from the time ([`status`]). Missed means the reminding period is
//!   over and it was not marked done; the app says no more than that.

use super::{Reminder, ReminderError, ReminderId};
use chrono::Offset;
use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};
use chrono_tz::Europe::Paris;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap {
                29
            } else {
                28
            }
        }
    }
}

/// `day` of a month, or the month's last day when it is shorter (31 April → 30 April).
/// `month` must be 1..=12 and `day` ≥ 1 (checked by [`Recurrence::validate`]); out-of-range
/// values are brought into range rather than panicking.
pub fn clamped_date(year: i32, month: u32, day: u32) -> NaiveDate {
    let month = month.clamp(1, 12);
    let day = day.clamp(1, days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// The instant of a Paris wall-clock time. A time skipped by the spring change is moved forward
/// by the length of the gap (02:30 → 03:30 CEST); a time repeated by the autumn change is the
/// first one (02:30 CEST). Never fails for dates chrono can represent.
pub fn paris_instant(local: NaiveDateTime) -> DateTime<Utc> {
    match Paris.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // In a gap: read the wall time with the offset in force just before the gap, which
            // lands as far past the gap's end as it was past its start.
            let mut before = local;
            for _ in 0..8 {
                before -= Duration::minutes(30);
                if let Some(t) = Paris.from_local_datetime(&before).earliest() {
                    let offset = Duration::seconds(i64::from(t.offset().fix().local_minus_utc()));
                    return Utc.from_utc_datetime(&(local - offset));
                }
            }
            Utc.from_utc_datetime(&local)
        }
    }
}

/// Paris wall-clock time of an instant.
pub fn paris_local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Paris).naive_local()
}

/// The Paris calendar day of an instant.
pub fn paris_date(at: DateTime<Utc>) -> NaiveDate {
    paris_local(at).date()
}

fn end_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)
}

/// Which months of the year a household declares in: every three months on its own cycle (the
/// "trimestre de droit" starts with each household's right opening, so there is no national
/// date). Stored as the first month of the cycle: 1 (January, April, July, October), 2 (February,
/// May, August, November) or 3 (March, June, September, December).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct QuarterCycle(u32);

impl QuarterCycle {
    /// The cycle containing `month` (1..=12): give the month of the last declaration, or any of
    /// the three months the CAF asks in.
    pub fn containing(month: u32) -> Option<QuarterCycle> {
        (1..=12)
            .contains(&month)
            .then(|| QuarterCycle((month - 1) % 3 + 1))
    }

    /// The cycle of these months (what a helper reads off past declarations, in any order);
    /// `None` when the list is empty or mixes cycles.
    pub fn from_months(months: &[u32]) -> Option<QuarterCycle> {
        let cycle = QuarterCycle::containing(*months.first()?)?;
        months.iter().all(|m| cycle.contains(*m)).then_some(cycle)
    }

    /// The cycles a person chooses from: January/April/July/October, February/May/August/November,
    /// March/June/September/December.
    pub const ALL: [QuarterCycle; 3] = [QuarterCycle(1), QuarterCycle(2), QuarterCycle(3)];

    /// The four months of the year it falls in, in calendar order.
    pub fn months(self) -> [u32; 4] {
        [self.0, self.0 + 3, self.0 + 6, self.0 + 9]
    }

    pub fn contains(self, month: u32) -> bool {
        (1..=12).contains(&month) && (month - 1) % 3 + 1 == self.0
    }
}

impl TryFrom<u32> for QuarterCycle {
    type Error = String;
    fn try_from(first_month: u32) -> Result<Self, String> {
        match first_month {
            1..=3 => Ok(QuarterCycle(first_month)),
            other => Err(format!(
                "quarter cycle starts in month 1, 2 or 3, not {other}"
            )),
        }
    }
}

impl From<QuarterCycle> for u32 {
    fn from(c: QuarterCycle) -> u32 {
        c.0
    }
}

/// When a reminder comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "every", rename_all = "kebab-case")]
pub enum Recurrence {
    /// Once, on this day.
    Once { date: NaiveDate },
    /// Every week on this weekday.
    Weekly { weekday: Weekday },
    /// Every month on this day (the last day in shorter months).
    Monthly { day: u32 },
    /// Every three months, in the months of `cycle`, on this day (last day in shorter months).
    Quarterly { cycle: QuarterCycle, day: u32 },
    /// Every year on this date (28 February for 29 February in other years).
    Yearly { month: u32, day: u32 },
    /// The France Travail monthly update: due on the 15th, the window having opened on the 28th
    /// (26th in February) of the month before.
    ActualisationWindow,
}

impl Recurrence {
    pub fn validate(&self) -> Result<(), ReminderError> {
        let day_ok = |day: u32| {
            if (1..=31).contains(&day) {
                Ok(())
            } else {
                Err(ReminderError::Day(day))
            }
        };
        match *self {
            Recurrence::Monthly { day } | Recurrence::Quarterly { day, .. } => day_ok(day),
            Recurrence::Yearly { month, day } => {
                if !(1..=12).contains(&month) {
                    return Err(ReminderError::Month(month));
                }
                day_ok(day)?;
                // 29 February exists (in leap years); 30 February or 31 April never do.
                if day > days_in_month(2000, month) {
                    return Err(ReminderError::NoSuchDate { month, day });
                }
                Ok(())
            }
            Recurrence::Once { .. }
            | Recurrence::Weekly { .. }
            | Recurrence::ActualisationWindow => Ok(()),
        }
    }

    /// Due days on or after `from`, in increasing order (endless for repeating rules).
    pub fn due_days_from(self, from: NaiveDate) -> Box<dyn Iterator<Item = NaiveDate>> {
        let months = months_from(from.year(), from.month());
        match self {
            Recurrence::Once { date } => Box::new((date >= from).then_some(date).into_iter()),
            Recurrence::Weekly { weekday } => {
                let ahead = (7 + weekday.num_days_from_monday() as i64
                    - from.weekday().num_days_from_monday() as i64)
                    % 7;
                let first = from + Duration::days(ahead);
                Box::new((0i64..).map_while(move |w| first.checked_add_signed(Duration::weeks(w))))
            }
            Recurrence::Monthly { day } => Box::new(
                months
                    .map(move |(y, m)| clamped_date(y, m, day))
                    .filter(move |d| *d >= from),
            ),
            Recurrence::Quarterly { cycle, day } => Box::new(
                months
                    .filter(move |(_, m)| cycle.contains(*m))
                    .map(move |(y, m)| clamped_date(y, m, day))
                    .filter(move |d| *d >= from),
            ),
            Recurrence::Yearly { month, day } => Box::new(
                (from.year()..)
                    .map(move |y| clamped_date(y, month, day))
                    .filter(move |d| *d >= from),
            ),
            Recurrence::ActualisationWindow => Box::new(
                months
                    .map(|(y, m)| clamped_date(y, m, ACTUALISATION_CLOSING_DAY))
                    .filter(move |d| *d >= from),
            ),
        }
    }
}

/// The France Travail update closes on this day of the month after the one it concerns.
pub const ACTUALISATION_CLOSING_DAY: u32 = 15;

/// The day the France Travail update for `month` of `year` opens: the 28th, the 26th in
/// February (arrêté du 22 décembre 2015, art. 1).
pub fn actualisation_opening(year: i32, month: u32) -> NaiveDate {
    clamped_date(year, month, if month == 2 { 26 } else { 28 })
}

/// Months from (year, month) onwards, stopping before chrono's last representable year.
fn months_from(year: i32, month: u32) -> impl Iterator<Item = (i32, u32)> {
    let start = year as i64 * 12 + month as i64 - 1;
    (start..)
        .map(|i| ((i.div_euclid(12)) as i32, (i.rem_euclid(12)) as u32 + 1))
        .take_while(|(y, _)| *y < NaiveDate::MAX.year())
}

/// When alerts ring around an occurrence (all at the reminder's time of day). These are the
/// app's choices, not rules of the administrations: early enough to gather papers or find help,
/// and again afterwards while it may still be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertPlan {
    /// Ring on the day the window opens (France Travail).
    pub on_opening: bool,
    /// Ring this many days before the due day.
    pub days_before: &'static [u32],
    /// Ring on the due day.
    pub on_the_day: bool,
    /// If not marked done, ring again this many days after the due day. The last one ends the
    /// reminding period: after that day the occurrence is missed.
    pub again_after: &'static [u32],
}

impl AlertPlan {
    fn last_day_offset(&self) -> u32 {
        self.again_after.iter().copied().max().unwrap_or(0)
    }
}

/// One occurrence of a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Occurrence {
    /// The day it is due: the chosen day, or for France Travail the closing day (the 15th).
    /// Identifies the occurrence.
    pub due: NaiveDate,
    /// France Travail: the day the window opens (28th, or 26th in February, of the month before
    /// the due day). `None` for the others: they can be done whenever the administration asks.
    pub opens: Option<NaiveDate>,
    /// The last day of the reminding period; after it, not done means missed. For France Travail
    /// this is the closing day itself.
    pub last_day: NaiveDate,
}

impl Occurrence {
    /// When the window opens: 00:00 Paris time on the opening day.
    pub fn opens_at(&self) -> Option<DateTime<Utc>> {
        self.opens
            .map(|d| paris_instant(d.and_time(NaiveTime::MIN)))
    }

    /// The end of the reminding period: 23:59:59 Paris time on the last day (for France Travail,
    /// midnight on the 15th, when the update closes).
    pub fn closes_at(&self) -> DateTime<Utc> {
        paris_instant(self.last_day.and_time(end_of_day()))
    }

    /// The day to look for help on: today while it can be done, else the first day it can be
    /// done (the opening day, or the due day when there is no window).
    pub fn help_day(&self, today: NaiveDate) -> NaiveDate {
        let first = self.opens.unwrap_or(self.due);
        if today < first {
            first
        } else {
            today
        }
    }
}

impl Reminder {
    /// The alert plan of this reminder's kind.
    pub fn plan(&self) -> AlertPlan {
        self.template().plan
    }

    fn occurrence_due(&self, due: NaiveDate) -> Occurrence {
        let plan = self.plan();
        let opens = match self.recurrence {
            Recurrence::ActualisationWindow => {
                let before = due - Duration::days(i64::from(due.day()));
                Some(actualisation_opening(before.year(), before.month()))
            }
            _ => None,
        };
        let last_day = due
            .checked_add_signed(Duration::days(i64::from(plan.last_day_offset())))
            .unwrap_or(due);
        Occurrence {
            due,
            opens,
            last_day,
        }
    }

    /// Occurrences whose reminding period is not over on `today` (so the late ones still being
    /// reminded come first), in increasing order. None is due before [`Reminder::starts`].
    pub fn occurrences_from(&self, today: NaiveDate) -> impl Iterator<Item = Occurrence> + '_ {
        let back = Duration::days(i64::from(self.plan().last_day_offset()));
        let from = today
            .checked_sub_signed(back)
            .unwrap_or(today)
            .max(self.starts);
        self.recurrence
            .due_days_from(from)
            .map(move |due| self.occurrence_due(due))
            .filter(move |o| o.last_day >= today)
    }

    /// The occurrence due on `due`, if the rule has one then.
    pub fn occurrence_on(&self, due: NaiveDate) -> Option<Occurrence> {
        self.recurrence
            .due_days_from(due.max(self.starts))
            .next()
            .filter(|d| *d == due)
            .map(|d| self.occurrence_due(d))
    }

    /// Every alert the plan gives an occurrence, ignoring marks: strictly increasing instants,
    /// none before the window opens and none after it closes.
    pub fn planned_for(&self, occ: &Occurrence) -> Vec<PlannedAlert> {
        let plan = self.plan();
        let mut days: Vec<(AlertKind, NaiveDate)> = Vec::new();
        if plan.on_opening {
            if let Some(d) = occ.opens {
                days.push((AlertKind::Opens, d));
            }
        }
        for &n in plan.days_before {
            if let Some(d) = occ.due.checked_sub_signed(Duration::days(i64::from(n))) {
                days.push((AlertKind::DaysBefore(n), d));
            }
        }
        if plan.on_the_day {
            days.push((AlertKind::DueToday, occ.due));
        }
        for &n in plan.again_after {
            if let Some(d) = occ.due.checked_add_signed(Duration::days(i64::from(n))) {
                days.push((AlertKind::NotDone(n), d));
            }
        }
        let opens = occ.opens;
        let mut out: Vec<PlannedAlert> = days
            .into_iter()
            .filter(|(_, d)| opens.is_none_or(|o| *d >= o) && *d <= occ.last_day)
            .map(|(kind, day)| {
                let local = day.and_time(self.time_of_day);
                PlannedAlert {
                    reminder: self.id,
                    occurrence: *occ,
                    kind,
                    local,
                    at: paris_instant(local),
                }
            })
            .collect();
        out.sort_by_key(|a| a.at);
        // Two plan entries on the same day (e.g. "opens" on a day that is also "3 days
        // before") ring once, as the more urgent kind.
        out.dedup_by(|later, earlier| {
            if later.at == earlier.at {
                earlier.kind = earlier.kind.max(later.kind);
                true
            } else {
                false
            }
        });
        out
    }

    /// The alerts still to ring for an occurrence in `[from, until)`, given what the person
    /// said: none once done; with a snooze, none before the snooze time and one at it.
    pub fn pending_for(
        &self,
        occ: &Occurrence,
        mark: Option<&Mark>,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Vec<PlannedAlert> {
        let mut alerts = self.planned_for(occ);
        match mark {
            Some(Mark::Done { .. }) => return Vec::new(),
            Some(Mark::Snoozed { until: snooze }) => {
                alerts.retain(|a| a.at > *snooze);
                if *snooze <= occ.closes_at() {
                    alerts.insert(
                        0,
                        PlannedAlert {
                            reminder: self.id,
                            occurrence: *occ,
                            kind: AlertKind::Snoozed,
                            local: paris_local(*snooze),
                            at: *snooze,
                        },
                    );
                }
            }
            None => {}
        }
        alerts.retain(|a| a.at >= from && a.at < until);
        alerts
    }

    /// The occurrence to show now: the earliest one not done whose reminding period is not
    /// over, with its state. `None` only for a one-off reminder that is done or past.
    pub fn current(
        &self,
        marks: &Marks,
        now: DateTime<Utc>,
    ) -> Option<(Occurrence, OccurrenceStatus)> {
        let today = paris_date(now);
        // Marks are set on past or current occurrences; a few hundred steps cover any real case.
        self.occurrences_from(today)
            .take(400)
            .map(|o| (o, status(&o, marks.get(self.id, o.due), now)))
            .find(|(_, s)| !matches!(s, OccurrenceStatus::Done { .. }))
    }

    /// The latest time a snooze asked at `now` may last: two hours before the reminding period
    /// ends, so the last reminder still leaves time to act. `None` when that is already past.
    pub fn latest_snooze(&self, occ: &Occurrence, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let latest = occ.closes_at() - Duration::hours(2);
        (latest > now).then_some(latest)
    }

    /// A snooze for `wanted` from `now`, shortened to [`Reminder::latest_snooze`].
    pub fn snooze(&self, occ: &Occurrence, now: DateTime<Utc>, wanted: Duration) -> Option<Mark> {
        let latest = self.latest_snooze(occ, now)?;
        Some(Mark::Snoozed {
            until: (now + wanted).min(latest),
        })
    }
}

/// Why an alert rings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "days", rename_all = "kebab-case")]
pub enum AlertKind {
    /// The person asked to be reminded later.
    Snoozed,
    /// The window opens today (France Travail).
    Opens,
    /// The due day is this many days away.
    DaysBefore(u32),
    /// Today is the due day (France Travail: the last day).
    DueToday,
    /// The due day was this many days ago and it is not marked done.
    NotDone(u32),
}

impl AlertKind {
    /// Short stable text, part of the alert's identifier.
    pub fn code(self) -> String {
        match self {
            AlertKind::Snoozed => "snoozed".into(),
            AlertKind::Opens => "opens".into(),
            AlertKind::DaysBefore(n) => format!("before-{n}"),
            AlertKind::DueToday => "due".into(),
            AlertKind::NotDone(n) => format!("late-{n}"),
        }
    }
}

/// An alert before it is worded: which occurrence, why, when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlannedAlert {
    pub reminder: ReminderId,
    pub occurrence: Occurrence,
    pub kind: AlertKind,
    /// Paris wall-clock time it was asked for (for display).
    pub local: NaiveDateTime,
    /// When it rings.
    pub at: DateTime<Utc>,
}

impl PlannedAlert {
    /// Stable identifier: the same alert gets the same one at every rescheduling (Android
    /// request codes and iOS request identifiers are derived from it).
    pub fn identifier(&self) -> String {
        format!(
            "toutpres:{}:{}:{}",
            self.reminder,
            self.occurrence.due,
            self.kind.code()
        )
    }
}

/// What the person said about an occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mark", rename_all = "lowercase")]
pub enum Mark {
    /// Done, at this time.
    Done { at: DateTime<Utc> },
    /// Remind me again at this time.
    Snoozed { until: DateTime<Utc> },
}

/// Marks of every reminder's occurrences, by (reminder, due day).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks(HashMap<(ReminderId, NaiveDate), Mark>);

impl Marks {
    pub fn new() -> Marks {
        Marks::default()
    }
    pub fn get(&self, reminder: ReminderId, due: NaiveDate) -> Option<&Mark> {
        self.0.get(&(reminder, due))
    }
    pub fn set(&mut self, reminder: ReminderId, due: NaiveDate, mark: Mark) {
        self.0.insert((reminder, due), mark);
    }
    pub fn clear(&mut self, reminder: ReminderId, due: NaiveDate) {
        self.0.remove(&(reminder, due));
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (ReminderId, NaiveDate, &Mark)> {
        self.0.iter().map(|((r, d), m)| (*r, *d, m))
    }
}

/// The state of an occurrence at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum OccurrenceStatus {
    /// Not yet (before the window opens, or before the due day).
    Upcoming,
    /// The window is open and the due day is still ahead (France Travail).
    Open,
    /// Today is the due day.
    DueToday,
    /// The due day is past, it is not marked done, and the reminding period goes on.
    NotDone,
    /// The person asked to be reminded later.
    Snoozed { until: DateTime<Utc> },
    /// Marked done.
    Done { at: DateTime<Utc> },
    /// The reminding period ended without it being marked done.
    Missed,
}

impl OccurrenceStatus {
    /// Message id of the state's word (`occurrence-*`).
    pub fn message_id(&self) -> &'static str {
        match self {
            OccurrenceStatus::Upcoming => "occurrence-upcoming",
            OccurrenceStatus::Open => "occurrence-open",
            OccurrenceStatus::DueToday => "occurrence-due-today",
            OccurrenceStatus::NotDone => "occurrence-not-done",
            OccurrenceStatus::Snoozed { .. } => "occurrence-snoozed",
            OccurrenceStatus::Done { .. } => "occurrence-done",
            OccurrenceStatus::Missed => "occurrence-missed",
        }
    }

    /// Pictogram drawn with the word (never colour alone).
    pub fn pictogram(&self) -> &'static str {
        match self {
            OccurrenceStatus::Upcoming => "calendar.svg",
            OccurrenceStatus::Open => "open.svg",
            OccurrenceStatus::DueToday | OccurrenceStatus::NotDone => "bell.svg",
            OccurrenceStatus::Snoozed { .. } => "snooze.svg",
            OccurrenceStatus::Done { .. } => "done.svg",
            OccurrenceStatus::Missed => "missed.svg",
        }
    }
}

/// The state of an occurrence at `now`, given its mark.
pub fn status(occ: &Occurrence, mark: Option<&Mark>, now: DateTime<Utc>) -> OccurrenceStatus {
    if let Some(Mark::Done { at }) = mark {
        return OccurrenceStatus::Done { at: *at };
    }
    if now > occ.closes_at() {
        return OccurrenceStatus::Missed;
    }
    if let Some(Mark::Snoozed { until }) = mark {
        if *until > now {
            return OccurrenceStatus::Snoozed { until: *until };
        }
    }
    let today = paris_date(now);
    if today == occ.due {
        OccurrenceStatus::DueToday
    } else if today > occ.due {
        OccurrenceStatus::NotDone
    } else if occ.opens.is_some_and(|o| today >= o) {
        OccurrenceStatus::Open
    } else {
        OccurrenceStatus::Upcoming
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn month_ends_are_clamped() {
        assert_eq!(clamped_date(2026, 4, 31), d(2026, 4, 30));
        assert_eq!(clamped_date(2026, 2, 30), d(2026, 2, 28));
        assert_eq!(clamped_date(2028, 2, 30), d(2028, 2, 29));
        assert_eq!(clamped_date(2100, 2, 29), d(2100, 2, 28));
        assert_eq!(clamped_date(2000, 2, 29), d(2000, 2, 29));
    }

    #[test]
    fn quarter_cycles() {
        assert_eq!(QuarterCycle::containing(5).unwrap().months(), [2, 5, 8, 11]);
        assert_eq!(
            QuarterCycle::containing(12).unwrap().months(),
            [3, 6, 9, 12]
        );
        assert_eq!(QuarterCycle::containing(13), None);
        assert_eq!(
            QuarterCycle::from_months(&[10, 1, 7]),
            QuarterCycle::containing(4)
        );
        assert_eq!(QuarterCycle::from_months(&[1, 2, 3]), None);
        assert_eq!(QuarterCycle::from_months(&[]), None);
        assert!(QuarterCycle::containing(11).unwrap().contains(2));
    }

    #[test]
    fn paris_instants_across_daylight_saving_changes() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST. 02:30 does not exist.
        let gap = d(2026, 3, 29).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(paris_instant(gap).to_rfc3339(), "2026-03-29T01:30:00+00:00");
        assert_eq!(
            paris_local(paris_instant(gap)).to_string(),
            "2026-03-29 03:30:00"
        );
        // 25 October 2026: 03:00 CEST goes back to 02:00 CET. 02:30 happens twice: the first.
        let twice = d(2026, 10, 25).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            paris_instant(twice).to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
        // Ordinary times.
        let winter = d(2026, 1, 15).and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(
            paris_instant(winter).to_rfc3339(),
            "2026-01-15T09:00:00+00:00"
        );
        let summer = d(2026, 7, 15).and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(
            paris_instant(summer).to_rfc3339(),
            "2026-07-15T08:00:00+00:00"
        );
    }
}
