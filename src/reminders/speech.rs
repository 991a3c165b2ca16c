//! Reminder words: names, dates and the read-aloud scripts.
//!
//! Like `present`, these are pure functions of the data, the language and the time, so
//! every sentence is tested as text in the twelve languages. Scripts start with what the
//! pictogram shows (the person recognises the picture first, then hears its word), then the
//! date, then the sourced explanation and what to have ready.

use super::help::HelpOnDay;
use super::schedule::{paris_date, paris_local, Occurrence, OccurrenceStatus};
use super::templates::own_pictogram_message_id;
use super::{Reminder, ReminderKind};
use crate::i18n::{strip_isolation, Arg, Tr};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};

/// "Tuesday 15 March"; the year is added when it is not `today`'s.
pub fn date_text(tr: &Tr, date: NaiveDate, today: NaiveDate) -> String {
    // The day as a number, so languages can select on it (French "1er").
    let day_month = tr.ta(
        &format!("date-month-{}", date.month()),
        &[("day", Arg::from(date.day()))],
    );
    let weekday = tr.day_name(date);
    let text = tr.ta(
        "date-with-weekday",
        &[
            ("day", Arg::from(&weekday)),
            ("date", Arg::from(&day_month)),
        ],
    );
    if date.year() == today.year() {
        text
    } else {
        format!("{text} {}", date.year())
    }
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The word of the reminder's pictogram: the template's name, or for an own reminder the
/// pictogram's word.
pub fn pictogram_word(tr: &Tr, reminder: &Reminder) -> String {
    match reminder.kind {
        ReminderKind::Own => {
            tr.t(own_pictogram_message_id(&reminder.pictogram).unwrap_or("picto-bell"))
        }
        kind => tr.t(kind.template().name_id),
    }
}

/// The reminder's name as shown in a list or a notification title: the person's words when
/// they wrote some, else the pictogram's word.
pub fn reminder_name(tr: &Tr, reminder: &Reminder) -> String {
    if reminder.kind == ReminderKind::Own && !reminder.words.is_empty() {
        reminder.words.as_str().to_string()
    } else {
        pictogram_word(tr, reminder)
    }
}

/// "Have ready" labels of the reminder's kind, in order.
pub fn ready_labels(tr: &Tr, reminder: &Reminder) -> Vec<String> {
    reminder
        .template()
        .ready
        .iter()
        .map(|r| tr.t(r.message_id))
        .collect()
}

fn spoken(s: String) -> String {
    strip_isolation(&s).replace('–', " - ")
}

/// The sentence about an occurrence's date and state.
pub fn occurrence_sentence(
    tr: &Tr,
    reminder: &Reminder,
    occurrence: &Occurrence,
    status: &OccurrenceStatus,
    now: DateTime<Utc>,
) -> String {
    let today = paris_date(now);
    let due = date_text(tr, occurrence.due, today);
    let time = hhmm(reminder.time_of_day);
    match (status, occurrence.opens) {
        (OccurrenceStatus::Upcoming, Some(opens)) => {
            let opens = date_text(tr, opens, today);
            tr.ta(
                "say-reminder-window",
                &[("day", Arg::from(&opens)), ("date", Arg::from(&due))],
            )
        }
        (OccurrenceStatus::Upcoming, None) => tr.ta(
            "say-reminder-next",
            &[("date", Arg::from(&due)), ("time", Arg::from(&time))],
        ),
        (OccurrenceStatus::Open, _) => {
            tr.ta("say-reminder-open-until", &[("date", Arg::from(&due))])
        }
        (OccurrenceStatus::DueToday, Some(_)) => tr.t("say-reminder-last-day"),
        (OccurrenceStatus::DueToday, None) => {
            tr.ta("say-reminder-today", &[("time", Arg::from(&time))])
        }
        (OccurrenceStatus::NotDone, _) => {
            tr.ta("say-reminder-not-done", &[("date", Arg::from(&due))])
        }
        (OccurrenceStatus::Snoozed { until }, _) => {
            let local = paris_local(*until);
            let date = date_text(tr, local.date(), today);
            let time = hhmm(local.time());
            tr.ta(
                "say-reminder-snoozed",
                &[("date", Arg::from(&date)), ("time", Arg::from(&time))],
            )
        }
        (OccurrenceStatus::Done { .. }, _) => {
            tr.ta("say-reminder-done", &[("date", Arg::from(&due))])
        }
        (OccurrenceStatus::Missed, _) => tr.ta("say-reminder-missed", &[("date", Arg::from(&due))]),
    }
}

/// Read-aloud script of one reminder and its current occurrence (from
/// [`Reminder::current`]): pictogram word, own words, date and state, what it is, what to
/// have ready.
pub fn script_reminder(
    tr: &Tr,
    reminder: &Reminder,
    current: Option<(Occurrence, OccurrenceStatus)>,
    now: DateTime<Utc>,
) -> String {
    let mut parts = vec![pictogram_word(tr, reminder)];
    if reminder.kind == ReminderKind::Own && !reminder.words.is_empty() {
        parts.push(reminder.words.as_str().to_string());
    }
    let mut text = parts
        .into_iter()
        .map(|p| p.trim_end_matches(['.', ' ']).to_string())
        .collect::<Vec<_>>()
        .join(". ");
    text.push_str(". ");
    text.push_str(&match current {
        Some((occ, status)) => occurrence_sentence(tr, reminder, &occ, &status, now),
        None => tr.t("say-reminder-no-next"),
    });
    if let Some(what) = reminder.template().what_id {
        text.push(' ');
        text.push_str(&tr.t(what));
    }
    let ready = ready_labels(tr, reminder);
    if !ready.is_empty() {
        text.push(' ');
        text.push_str(&tr.ta(
            "say-reminder-ready",
            &[("offers", Arg::from(&ready.join(", ")))],
        ));
    }
    spoken(text)
}

/// Read-aloud script of the reminders screen: how many, then each one's name and date.
pub fn script_reminders(
    tr: &Tr,
    items: &[(&Reminder, Option<(Occurrence, OccurrenceStatus)>)],
    now: DateTime<Utc>,
) -> String {
    let today = paris_date(now);
    let mut text = tr.ta("say-reminders", &[("count", items.len().into())]);
    for (reminder, current) in items {
        let name = reminder_name(tr, reminder);
        let date = match current {
            Some((occ, _)) => date_text(tr, occ.due, today),
            None => tr.t("say-reminder-no-next"),
        };
        text.push(' ');
        text.push_str(&tr.ta(
            "say-reminder-item",
            &[("name", Arg::from(&name)), ("date", Arg::from(&date))],
        ));
    }
    spoken(text)
}

/// What is due now, said first on the home screen of a build that cannot ring while the app
/// is closed: how many, then each one's name and sentence ("CAF declaration. Today, at
/// 10:00."). With `named` off (discreet notifications, or a lock on the reminders) only the
/// number is said: whoever hears the phone learns no more than a notification would show.
pub fn script_due(
    tr: &Tr,
    due: &[super::alerts::DueNow],
    named: bool,
    now: DateTime<Utc>,
) -> String {
    let mut text = tr.ta("say-due", &[("count", due.len().into())]);
    if named {
        for item in due {
            let name = reminder_name(tr, item.reminder);
            let sentence =
                occurrence_sentence(tr, item.reminder, &item.occurrence, &item.status, now);
            text.push_str(&format!(" {name}. {sentence}"));
        }
    }
    spoken(text)
}

/// Read-aloud script of the help found for a day.
pub fn script_help(tr: &Tr, help: &HelpOnDay, now: DateTime<Utc>) -> String {
    let date = date_text(tr, help.day, paris_date(now));
    let mut text = tr.ta(
        "say-help-day",
        &[
            ("count", help.places.len().into()),
            ("date", Arg::from(&date)),
        ],
    );
    if let Some(first) = help.places.first() {
        let hours = first
            .hours
            .iter()
            .map(|(a, b)| format!("{}–{}", hhmm(*a), hhmm(*b)))
            .collect::<Vec<_>>()
            .join(", ");
        text.push(' ');
        text.push_str(&tr.ta(
            "say-help-nearest",
            &[
                ("name", Arg::from(&first.hit.place.name)),
                ("minutes", first.hit.walk_minutes.into()),
                ("time", Arg::from(&hours)),
            ],
        ));
    }
    spoken(text)
}
