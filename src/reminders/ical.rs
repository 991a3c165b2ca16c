//! Export of reminders as an iCalendar file (RFC 5545), so a helper can add them to another
//! calendar (their own agenda, a shared one, another phone).
//!
//! Each repeating reminder becomes one event with an `RRULE`, so the file stays valid for years
//! without being exported again; alerts before and on the day become `VALARM`s. Month ends are
//! expressed the way the app computes them: "day 31, or the last day of shorter months" is
//! `BYMONTHDAY=28,29,30,31;BYSETPOS=-1` (the last of those days the month has). The France
//! Travail update needs three events, because its opening day is not the same in February:
//! opening on the 28th (other months), opening on 26 February, closing on the 15th.
//! Times are Europe/Paris, with the zone's definition included (`VTIMEZONE`).
//!
//! What a calendar cannot say is left out: marks (done, snoozed) and the "not done yet" alerts
//! after the day, which depend on them.
//!
//! The writer is small and hand-written (escaping, 75-octet folding, CRLF): the app does not
//! carry a calendar library for one file, and the tests read the output back with two
//! independent crates (`icalendar`'s parser and `rrule`'s expansion).

use super::schedule::{actualisation_opening, Recurrence};
use super::speech::{ready_labels, reminder_name};
use super::{Reminder, ReminderKind};
use crate::i18n::{strip_isolation, Arg, Tr};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc, Weekday};

/// Europe/Paris as RFC 5545 describes it (the EU rule in force since 1996).
const PARIS_VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per physical line, never inside a UTF-8
/// character (RFC 5545 §3.1), and ends each with CRLF.
pub fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn local_stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// `BYMONTHDAY` for "day `day`, or the month's last day when it is shorter".
fn by_month_day(day: u32, can_be_short: bool) -> String {
    if day <= 28 || !can_be_short {
        format!("BYMONTHDAY={day}")
    } else {
        let days = (28..=day).map(|d| d.to_string()).collect::<Vec<_>>();
        format!("BYMONTHDAY={};BYSETPOS=-1", days.join(","))
    }
}

fn weekday_code(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// One exported event: its first day, its rule, and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRule {
    /// Short stable part name, in the event's UID.
    pub part: &'static str,
    pub first: NaiveDate,
    /// The `RRULE` value, `None` for a one-off.
    pub rrule: Option<String>,
    /// Alarms: days before the event (0 = at the event time).
    pub alarms_days_before: Vec<u32>,
}

/// The events that describe a reminder from its first occurrence on (empty when it has none).
pub fn event_rules(reminder: &Reminder) -> Vec<EventRule> {
    let plan = reminder.plan();
    let mut alarms: Vec<u32> = plan.days_before.to_vec();
    if plan.on_the_day {
        alarms.push(0);
    }
    let Some(first) = reminder.recurrence.due_days_from(reminder.starts).next() else {
        return Vec::new();
    };
    let rule = |part, first, rrule: Option<String>, alarms: Vec<u32>| EventRule {
        part,
        first,
        rrule,
        alarms_days_before: alarms,
    };
    match reminder.recurrence {
        Recurrence::Once { date } => vec![rule("once", date, None, alarms)],
        Recurrence::Weekly { weekday } => vec![rule(
            "weekly",
            first,
            Some(format!("FREQ=WEEKLY;BYDAY={}", weekday_code(weekday))),
            alarms,
        )],
        Recurrence::Monthly { day } => vec![rule(
            "monthly",
            first,
            Some(format!("FREQ=MONTHLY;{}", by_month_day(day, true))),
            alarms,
        )],
        Recurrence::Quarterly { day, .. } => vec![rule(
            "quarterly",
            first,
            Some(format!(
                "FREQ=MONTHLY;INTERVAL=3;{}",
                by_month_day(day, true)
            )),
            alarms,
        )],
        Recurrence::Yearly { month, day } => vec![rule(
            "yearly",
            first,
            Some(format!(
                "FREQ=YEARLY;BYMONTH={month};{}",
                by_month_day(day, month == 2)
            )),
            alarms,
        )],
        Recurrence::ActualisationWindow => {
            // The first closing day is `first`; its window is that of the month before.
            let window = first - chrono::Duration::days(i64::from(first.day()));
            let (year, month) = (window.year(), window.month());
            let opening_other = actualisation_opening(year, if month == 2 { 3 } else { month });
            let opening_feb = actualisation_opening(if month <= 2 { year } else { year + 1 }, 2);
            vec![
                rule(
                    "opens",
                    opening_other,
                    Some("FREQ=MONTHLY;BYMONTH=1,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=28".into()),
                    vec![0],
                ),
                rule(
                    "opens-february",
                    opening_feb,
                    Some("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=26".into()),
                    vec![0],
                ),
                rule(
                    "closes",
                    first,
                    Some("FREQ=MONTHLY;BYMONTHDAY=15".into()),
                    alarms,
                ),
            ]
        }
    }
}

/// A short digest of what defines a reminder, so two exports of the same reminder give the
/// same UIDs (a calendar updates the event instead of doubling it).
fn digest(reminder: &Reminder) -> String {
    // FNV-1a, 64 bits: stable across versions and platforms, unlike `DefaultHasher`.
    let text = format!(
        "{}|{:?}|{}|{}|{}|{}",
        reminder.kind.id(),
        reminder.recurrence,
        reminder.starts,
        reminder.time_of_day,
        reminder.pictogram,
        reminder.words.as_str()
    );
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The whole calendar file: one or more events per reminder, CRLF line ends.
pub fn export(reminders: &[Reminder], tr: &Tr, now: DateTime<Utc>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Tout près//Reminders//FR".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    lines.extend(PARIS_VTIMEZONE.iter().map(|l| l.to_string()));
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for reminder in reminders {
        let name = strip_isolation(&reminder_name(tr, reminder));
        let mut description = Vec::new();
        if let Some(what) = reminder.template().what_id {
            description.push(tr.t(what));
        }
        let ready = ready_labels(tr, reminder);
        if !ready.is_empty() {
            description.push(tr.ta(
                "say-reminder-ready",
                &[("offers", Arg::from(&ready.join(", ")))],
            ));
        }
        let description = strip_isolation(&description.join("\n"));
        let digest = digest(reminder);
        for rule in event_rules(reminder) {
            let summary = match (reminder.kind, rule.part) {
                (ReminderKind::FranceTravail, "closes") => {
                    tr.ta("alert-last-day", &[("name", Arg::from(&name))])
                }
                (ReminderKind::FranceTravail, _) => {
                    tr.ta("alert-opens", &[("name", Arg::from(&name))])
                }
                _ => name.clone(),
            };
            let summary = strip_isolation(&summary);
            lines.push("BEGIN:VEVENT".into());
            lines.push(format!(
                "UID:toutpres-{}-{digest}-{}",
                reminder.kind.id(),
                rule.part
            ));
            lines.push(format!("DTSTAMP:{stamp}"));
            lines.push(format!(
                "DTSTART;TZID=Europe/Paris:{}",
                local_stamp(rule.first.and_time(reminder.time_of_day))
            ));
            lines.push("DURATION:PT30M".into());
            if let Some(rrule) = &rule.rrule {
                lines.push(format!("RRULE:{rrule}"));
            }
            lines.push(format!("SUMMARY:{}", escape_text(&summary)));
            if !description.is_empty() {
                lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
            }
            lines.push(format!(
                "X-TOUTPRES-PICTOGRAM:{}",
                escape_text(&reminder.pictogram)
            ));
            for days in &rule.alarms_days_before {
                lines.push("BEGIN:VALARM".into());
                lines.push("ACTION:DISPLAY".into());
                lines.push(format!("DESCRIPTION:{}", escape_text(&summary)));
                if *days == 0 {
                    lines.push("TRIGGER:PT0S".into());
                } else {
                    lines.push(format!("TRIGGER:-P{days}D"));
                }
                lines.push("END:VALARM".into());
            }
            lines.push("END:VEVENT".into());
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold_line(&line, &mut out);
    }
    out
}

/// A file name for the export ("tout-pres-rappels-2026-03-10.ics").
pub fn file_name(today: NaiveDate) -> String {
    format!("tout-pres-rappels-{today}.ics")
}
