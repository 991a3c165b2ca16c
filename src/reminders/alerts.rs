//! Which alerts to hand to the phone, and their words.
//!
//! A phone fires a notification while the app is closed only if it was scheduled ahead of time.
//! So whenever a reminder or a mark changes (and each time the app opens), the app computes the
//! alerts of the next days here and replaces the whole scheduled set through the
//! [`Notifier`](super::notify::Notifier). The set is capped at [`MAX_SCHEDULED`]: iOS keeps at
//! most 64 pending notifications per app; the soonest are kept.
//!
//! Words are computed now, in the person's language, because nothing of the app runs when the
//! alert fires. With `discreet` on, the lock screen shows only "Tout près — you have a reminder":
//! a notification saying "CAF declaration" tells whoever sees the phone that its owner receives
//! the RSA.

use super::schedule::{paris_date, AlertKind, Marks, Occurrence, OccurrenceStatus, PlannedAlert};
use super::speech::reminder_name;
use super::{Reminder, ReminderId};
use crate::i18n::{Arg, Lang, Tr};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;

/// Most alerts scheduled at once (iOS allows 64 pending per app; a margin is kept).
pub const MAX_SCHEDULED: usize = 60;

/// How the alerts are worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertSettings {
    pub lang: Lang,
    /// Neutral words on the lock screen instead of the reminder's name.
    pub discreet: bool,
}

/// An alert ready for the platform: when, and what it shows.
#[derive(Clone, PartialEq, Serialize)]
pub struct Alert {
    /// Stable across reschedulings (see [`PlannedAlert::identifier`]).
    pub id: String,
    pub reminder: ReminderId,
    /// Due day of the occurrence it is about.
    pub due: NaiveDate,
    pub kind: AlertKind,
    pub at: DateTime<Utc>,
    /// Paris wall-clock time, for display.
    pub local: NaiveDateTime,
    pub pictogram: String,
    pub title: String,
    pub body: String,
}

/// Words may contain the person's own text: `Debug` leaves them out.
impl std::fmt::Debug for Alert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Alert")
            .field("id", &self.id)
            .field("at", &self.at)
            .field("kind", &self.kind)
            .field("title", &"‹private›")
            .field("body", &"‹private›")
            .finish()
    }
}

/// Alerts of every reminder that ring in `[now, until)`, in time order (ties by reminder),
/// given the marks. No words, no cap: the schedule itself.
pub fn planned_alerts(
    reminders: &[Reminder],
    marks: &Marks,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<PlannedAlert> {
    let today = paris_date(now);
    let last_day = paris_date(until);
    let mut out = Vec::new();
    for r in reminders {
        for occ in r.occurrences_from(today) {
            // Alerts of an occurrence are at most 31 days before its due day.
            if occ.due > last_day + Duration::days(31) {
                break;
            }
            out.extend(r.pending_for(&occ, marks.get(r.id, occ.due), now, until));
        }
    }
    out.sort_by_key(|a| (a.at, a.reminder, a.kind));
    out
}

/// The alerts to schedule now for the next `days` days, worded, soonest first, at most
/// [`MAX_SCHEDULED`].
pub fn alerts_to_schedule(
    reminders: &[Reminder],
    marks: &Marks,
    now: DateTime<Utc>,
    days: u32,
    settings: AlertSettings,
) -> Vec<Alert> {
    let until = now + Duration::days(i64::from(days));
    let tr = Tr::new(settings.lang);
    planned_alerts(reminders, marks, now, until)
        .into_iter()
        .take(MAX_SCHEDULED)
        .filter_map(|p| {
            let r = reminders.iter().find(|r| r.id == p.reminder)?;
            Some(word(&tr, r, &p, settings.discreet))
        })
        .collect()
}

/// Title and body of an alert. Bidi isolation marks are kept: notifications are displayed
/// text, and they keep a French name in place inside an Arabic sentence.
pub fn word(tr: &Tr, reminder: &Reminder, planned: &PlannedAlert, discreet: bool) -> Alert {
    let (pictogram, title, body) = if discreet {
        (
            "bell.svg".to_string(),
            tr.t("app-name"),
            tr.t("alert-discreet"),
        )
    } else {
        let name = reminder_name(tr, reminder);
        let body = match planned.kind {
            AlertKind::Opens => tr.ta("alert-opens", &[("name", Arg::from(&name))]),
            AlertKind::DaysBefore(n) => tr.ta(
                "alert-before",
                &[("name", Arg::from(&name)), ("count", n.into())],
            ),
            AlertKind::DueToday if planned.occurrence.opens.is_some() => {
                tr.ta("alert-last-day", &[("name", Arg::from(&name))])
            }
            AlertKind::DueToday => tr.ta("alert-today", &[("name", Arg::from(&name))]),
            AlertKind::NotDone(_) => tr.ta("alert-not-done", &[("name", Arg::from(&name))]),
            AlertKind::Snoozed => tr.ta("alert-snoozed", &[("name", Arg::from(&name))]),
        };
        (reminder.pictogram.clone(), name, body)
    };
    Alert {
        id: planned.identifier(),
        reminder: planned.reminder,
        due: planned.occurrence.due,
        kind: planned.kind,
        at: planned.at,
        local: planned.local,
        pictogram,
        title,
        body,
    }
}

/// How far back [`due_now`] looks for alerts that already rang: as far ahead as any alert rings
/// before its due day, so a reminder announced a month early is still counted.
const RUNG_LOOK_BACK: Duration = Duration::days(31);

/// A reminder that asks for the person now, with the occurrence it is about and its state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DueNow<'a> {
    pub reminder: &'a Reminder,
    pub occurrence: Occurrence,
    pub status: OccurrenceStatus,
}

/// What the phone's notifications would have told the person by `now`, for a platform that
/// cannot ring while the app is closed (the browser shows it when the app opens): every
/// reminder whose current occurrence is open, due today or not done yet, and one still to
/// come whose first alert has already rung (a renewal announced 30 days ahead). Done, snoozed
/// and missed occurrences ask nothing now and are left out. In the reminders' order.
pub fn due_now<'a>(
    reminders: &'a [Reminder],
    marks: &Marks,
    now: DateTime<Utc>,
) -> Vec<DueNow<'a>> {
    let rung = planned_alerts(reminders, marks, now - RUNG_LOOK_BACK, now);
    reminders
        .iter()
        .filter_map(|reminder| {
            let (occurrence, status) = reminder.current(marks, now)?;
            let asks = match status {
                OccurrenceStatus::Open | OccurrenceStatus::DueToday | OccurrenceStatus::NotDone => {
                    true
                }
                OccurrenceStatus::Upcoming => rung
                    .iter()
                    .any(|a| a.reminder == reminder.id && a.occurrence.due == occurrence.due),
                OccurrenceStatus::Snoozed { .. }
                | OccurrenceStatus::Done { .. }
                | OccurrenceStatus::Missed => false,
            };
            asks.then_some(DueNow {
                reminder,
                occurrence,
                status,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::schedule::{paris_instant, Mark};
    use crate::reminders::{default_time_of_day, QuarterCycle, Repeat};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn own(id: ReminderId, due: NaiveDate) -> Reminder {
        let mut r = Reminder::own("doctor.svg", "", due, default_time_of_day(), Repeat::None);
        r.id = id;
        r
    }

    fn at(d: u32, hour: u32) -> DateTime<Utc> {
        paris_instant(day(d).and_hms_opt(hour, 0, 0).unwrap())
    }

    #[test]
    fn due_today_and_not_done_ask_now_upcoming_and_done_do_not() {
        // The CAF declaration of 8 March is still to do two days later (its reminding period
        // goes on); an own one-off reminder is over at the end of its day (5, missed).
        let mut caf = Reminder::caf_declaration(QuarterCycle::containing(3).unwrap(), 8, day(1));
        caf.id = 2;
        let reminders = [
            own(1, day(10)),
            caf,
            own(3, day(20)),
            own(4, day(10)),
            own(5, day(9)),
        ];
        let mut marks = Marks::new();
        marks.set(4, day(10), Mark::Done { at: at(10, 8) });
        let due = due_now(&reminders, &marks, at(10, 11));
        let ids: Vec<_> = due.iter().map(|d| d.reminder.id).collect();
        assert_eq!(ids, [1, 2], "{due:?}");
        assert_eq!(due[0].status, OccurrenceStatus::DueToday);
        assert_eq!(due[1].status, OccurrenceStatus::NotDone);
        // Snoozed until later today: nothing to say now; once the snooze ends, it asks again.
        marks.set(1, day(10), Mark::Snoozed { until: at(10, 15) });
        let ids: Vec<_> = due_now(&reminders, &marks, at(10, 11))
            .iter()
            .map(|d| d.reminder.id)
            .collect();
        assert_eq!(ids, [2]);
        assert_eq!(due_now(&reminders, &marks, at(10, 16)).len(), 2);
    }

    #[test]
    fn a_renewal_announced_ahead_counts_once_its_first_alert_rang() {
        let mut renewal = Reminder::domiciliation(4, 15, day(1));
        renewal.id = 7;
        let reminders = [renewal];
        let marks = Marks::new();
        // Its alerts ring 30 and 7 days before 15 April: on 16 March at 10:00.
        assert!(due_now(&reminders, &marks, at(16, 9)).is_empty());
        let due = due_now(&reminders, &marks, at(16, 11));
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].status, OccurrenceStatus::Upcoming);
        assert_eq!(
            due[0].occurrence.due,
            NaiveDate::from_ymd_opt(2026, 4, 15).unwrap()
        );
    }
}
