//! One reminder: its next dates and state, done / later, the nearest places that help with
//! procedures and are open on the day, export to a calendar, delete.

use super::place::{geo_uri, tel_uri};
use crate::present::walk_text;
use crate::reminders::help::help_for;
use crate::reminders::schedule::{paris_date, status};
use crate::reminders::speech::{occurrence_sentence, reminder_name, script_help, script_reminder};
use crate::reminders::{ical, Mark, OccurrenceStatus};
use crate::ui::components::{AskWhere, ReadAloud};
use crate::ui::notifications::reschedule as reschedule_notifications;
use crate::ui::pictogram::Picto;
use crate::ui::reminder_widgets::{
    data_uri, occurrence_dates, static_picto, LockGate, NextDates, StateChip,
};
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use chrono::Duration;
use dioxus::prelude::*;

/// How many places that help are shown for the day.
const HELP_PLACES: usize = 3;
/// "Later" asks again the next day, at most two hours before the reminding period ends.
const SNOOZE: Duration = Duration::days(1);

/// A place open on the day, ready to show.
#[derive(Clone, PartialEq)]
struct HelpRow {
    key: String,
    name: String,
    walk: String,
    hours: String,
    tel: Option<String>,
    geo: Option<String>,
}

#[component]
pub fn ReminderSheet(rid: i64) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    // Bumped after a change, so the screen reads the database again.
    let mut version = use_signal(|| 0u32);
    let mut confirm_delete = use_signal(|| false);
    let _ = version();
    let now = app.now_utc();
    let today = paris_date(now);
    let Some(reminder) = app.user.reminder(rid).ok().flatten() else {
        return rsx! {
            LockGate {
                ReadAloud { script: tr.t("results-none") + ". " + &tr.t("reminders-title") }
                p { class: "empty", {tr.t("results-none")} }
                Link { class: "primary", to: Route::Reminders {}, {tr.t("reminders-title")} }
            }
        };
    };
    let lang = shared.settings.read().lang;
    let marks = app.user.marks().unwrap_or_default();
    let current = reminder.current(&marks, now);
    // The next dates: at least three not done yet (fewer for a one-off), and the done ones
    // among them.
    let mut next = Vec::new();
    let mut pending = 0;
    for occ in reminder.occurrences_from(today).take(24) {
        let st = status(&occ, marks.get(rid, occ.due), now);
        if !matches!(st, OccurrenceStatus::Done { .. }) {
            pending += 1;
        }
        next.push((occurrence_dates(&tr, &occ, today), st));
        if pending >= 3 {
            break;
        }
    }
    let sentence = current
        .map(|(occ, st)| occurrence_sentence(&tr, &reminder, &occ, &st, now))
        .unwrap_or_else(|| tr.t("say-reminder-no-next"));
    let can_snooze = current.is_some_and(|(occ, st)| {
        matches!(
            st,
            OccurrenceStatus::Open
                | OccurrenceStatus::DueToday
                | OccurrenceStatus::NotDone
                | OccurrenceStatus::Snoozed { .. }
        ) && reminder.latest_snooze(&occ, now).is_some()
    });
    let position = shared.position.read().clone();
    let help = match (&current, &position) {
        (Some((occ, _)), Some(p)) => {
            help_for(&app.snapshot(), occ, today, p.lat, p.lon, HELP_PLACES).ok()
        }
        _ => None,
    };
    let help_rows: Vec<HelpRow> = help
        .as_ref()
        .map(|h| {
            h.places
                .iter()
                .map(|o| {
                    let place = app.snapshot().place(o.hit.place.id).ok().flatten();
                    HelpRow {
                        key: o.hit.place.key.clone(),
                        name: o.hit.place.name.clone(),
                        walk: walk_text(&tr, o.hit.walk_minutes),
                        hours: o
                            .hours
                            .iter()
                            .map(|(a, b)| format!("{}–{}", a.format("%H:%M"), b.format("%H:%M")))
                            .collect::<Vec<_>>()
                            .join(", "),
                        tel: place.as_ref().and_then(|p| p.phone.as_deref().map(tel_uri)),
                        geo: place.as_ref().map(geo_uri),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let help_sentence = help.as_ref().map(|h| {
        let date = crate::reminders::speech::date_text(&tr, h.day, today);
        tr.ta(
            "say-help-day",
            &[("count", h.places.len().into()), ("date", (&date).into())],
        )
    });
    let mut script = script_reminder(&tr, &reminder, current, now);
    if let Some(h) = &help {
        script.push(' ');
        script.push_str(&script_help(&tr, h, now));
    }
    let ics = ical::export(std::slice::from_ref(&reminder), &tr, now);
    let ics_href = data_uri("text/calendar", &ics);
    let ics_name = ical::file_name(today);
    let name = reminder_name(&tr, &reminder);
    let picto = static_picto(&reminder.pictogram);
    let ready = reminder.template().ready;
    let what = reminder.template().what_id;

    let done_app = app.clone();
    let mark_done = move |_| {
        if let Some((occ, _)) = current {
            let _ = done_app.user.set_mark(
                rid,
                occ.due,
                &Mark::Done {
                    at: done_app.now_utc(),
                },
            );
            reschedule_notifications(&done_app, lang);
            version += 1;
        }
    };
    let later_app = app.clone();
    let later_reminder = reminder.clone();
    let later = move |_| {
        if let Some((occ, _)) = current {
            if let Some(mark) = later_reminder.snooze(&occ, later_app.now_utc(), SNOOZE) {
                let _ = later_app.user.set_mark(rid, occ.due, &mark);
                reschedule_notifications(&later_app, lang);
                version += 1;
            }
        }
    };
    let delete_app = app.clone();
    let delete = move |_| {
        let _ = delete_app.user.delete_reminder(rid);
        reschedule_notifications(&delete_app, lang);
        navigator().replace(Route::Reminders {});
    };
    // The last done occurrence can be taken back ("not done after all").
    let last_done = reminder
        .occurrences_from(today)
        .take(24)
        .filter(|o| matches!(marks.get(rid, o.due), Some(Mark::Done { .. })))
        .last();
    let undo_app = app.clone();
    let undo = move |_| {
        if let Some(occ) = last_done {
            let _ = undo_app.user.clear_mark(rid, occ.due);
            reschedule_notifications(&undo_app, lang);
            version += 1;
        }
    };

    let alert_time = reminder.time_of_day.format("%H:%M").to_string();
    rsx! {
        LockGate {
            ReadAloud { script }
            h1 { Picto { name: picto, class: "picto" } " {name}" }
            div { class: "current",
                if let Some((_, st)) = current {
                    StateChip { status: st }
                }
                p { class: "sentence", "{sentence}" }
            }
            div { class: "actions reminder-actions",
                if current.is_some() {
                    button { class: "action done", id: "mark-done", onclick: mark_done,
                        Picto { name: "done.svg", class: "picto" }
                        span { {tr.t("reminder-mark-done")} }
                    }
                }
                if can_snooze {
                    button { class: "action later", id: "snooze", onclick: later,
                        Picto { name: "snooze.svg", class: "picto" }
                        span { {tr.t("reminder-snooze")} }
                    }
                }
                a {
                    class: "action export",
                    id: "export-calendar",
                    href: "{ics_href}",
                    download: "{ics_name}",
                    Picto { name: "calendar.svg", class: "picto" }
                    span { {tr.t("reminder-export")} }
                }
            }
            h2 { Picto { name: "calendar.svg", class: "picto small" } " " {tr.t("reminder-next-dates")} }
            NextDates { rows: next }
            p { class: "alert-time-line",
                Picto { name: "bell.svg", class: "picto small" }
                " "
                {tr.t("reminder-time")}
                " · "
                span { dir: "ltr", "{alert_time}" }
            }
            if last_done.is_some() {
                button { class: "secondary undo", id: "undo-done", onclick: undo,
                    Picto { name: "back.svg", class: "picto small flip-rtl" }
                    span { {tr.t("occurrence-not-done")} }
                }
            }
            if let Some(what) = what {
                p { class: "what", {tr.t(what)} }
            }
            if !ready.is_empty() {
                h2 { {tr.t("ready-title")} }
                ul { class: "ready",
                    for item in ready.iter() {
                        li { key: "{item.message_id}",
                            Picto { name: item.pictogram, class: "picto" }
                            span { {tr.t(item.message_id)} }
                        }
                    }
                }
            }
            section { class: "help", "aria-labelledby": "help-title",
                h2 { id: "help-title", Picto { name: "procedures.svg", class: "picto small" } " " {tr.t("reminder-help")} }
                if position.is_none() {
                    AskWhere { back_to: Route::ReminderSheet { rid } }
                }
                if let Some(s) = help_sentence {
                    p { class: "help-day", "{s}" }
                }
                ul { class: "help-places",
                    for row in help_rows.iter() {
                        li { key: "{row.key}", class: "help-place",
                            Link { class: "result", to: Route::PlaceSheet { id: row.key.clone() },
                                span { class: "name", "{row.name}" }
                                span { class: "walk",
                                    Picto { name: "walk.svg", class: "picto small" }
                                    span { "{row.walk}" }
                                }
                                span { class: "status status-open",
                                    Picto { name: "open.svg", class: "picto small" }
                                    span { dir: "ltr", "{row.hours}" }
                                }
                            }
                            div { class: "actions",
                                if let Some(tel) = &row.tel {
                                    a { class: "action call", href: "{tel}",
                                        Picto { name: "call.svg", class: "picto" }
                                        span { {tr.t("place-call")} }
                                    }
                                }
                                if let Some(geo) = &row.geo {
                                    a { class: "action go", href: "{geo}",
                                        Picto { name: "go.svg", class: "picto" }
                                        span { {tr.t("place-go")} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            div { class: "delete-zone",
                if confirm_delete() {
                    p { class: "notice", role: "alert", {tr.t("reminder-delete-confirm")} }
                    div { class: "confirm-row",
                        button { class: "danger", id: "delete-confirm", onclick: delete,
                            Picto { name: "missed.svg", class: "picto small" }
                            span { {tr.t("reminder-delete")} }
                        }
                        button { class: "secondary", onclick: move |_| confirm_delete.set(false),
                            Picto { name: "back.svg", class: "picto small flip-rtl" }
                            span { {tr.t("back")} }
                        }
                    }
                } else {
                    button { class: "secondary delete", id: "delete-reminder", onclick: move |_| confirm_delete.set(true),
                        Picto { name: "missed.svg", class: "picto small" }
                        span { {tr.t("reminder-delete")} }
                    }
                }
            }
        }
    }
}
