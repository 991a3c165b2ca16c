//! A new reminder without typing: the kind by its pictogram, then the dates on a calendar.

use crate::i18n::{Arg, Tr};
use crate::reminders::schedule::{paris_date, status};
use crate::reminders::speech::script_reminder;
use crate::reminders::templates::OWN_PICTOGRAMS;
use crate::reminders::{
    default_time_of_day, Marks, QuarterCycle, Reminder, ReminderKind, Repeat, Template,
    MAX_WORDS_CHARS,
};
use crate::ui::components::ReadAloud;
use crate::ui::notifications::reschedule as reschedule_notifications;
use crate::ui::pictogram::Picto;
use crate::ui::reminder_widgets::{occurrence_dates, LockGate, MonthCalendar, NextDates};
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use dioxus::prelude::*;

/// The five kinds as big pictogram tiles.
#[component]
pub fn ReminderNew() -> Element {
    let tr = use_tr();
    let names: Vec<String> = ReminderKind::ALL
        .iter()
        .map(|k| tr.t(k.template().name_id))
        .collect();
    let script = tr.ta(
        "say-reminder-new",
        &[("choices", Arg::from(&names.join(", ")))],
    );
    rsx! {
        LockGate {
            ReadAloud { script }
            h1 { Picto { name: "bell.svg", class: "picto" } " " {tr.t("reminder-new")} }
            ul { class: "needs kinds",
                for (kind, name) in ReminderKind::ALL.into_iter().zip(names.iter()) {
                    li { key: "{kind.id()}",
                        Link {
                            class: "need-tile kind-tile kind-{kind.id()}",
                            to: Route::ReminderNewKind { kind: kind.id().to_string() },
                            Picto { name: kind.template().pictogram, class: "picto big" }
                            span { class: "label", "{name}" }
                        }
                    }
                }
            }
        }
    }
}

/// Spoken before the reminder is complete: its name, what it is, what to have ready.
fn script_template(tr: &Tr, t: &Template) -> String {
    let mut text = format!("{}.", tr.t(t.name_id));
    if let Some(what) = t.what_id {
        text.push(' ');
        text.push_str(&tr.t(what));
    }
    let ready: Vec<String> = t.ready.iter().map(|r| tr.t(r.message_id)).collect();
    if !ready.is_empty() {
        text.push(' ');
        text.push_str(&tr.ta(
            "say-reminder-ready",
            &[("offers", Arg::from(&ready.join(", ")))],
        ));
    }
    crate::i18n::strip_isolation(&text)
}

/// The alert times offered: early, the default (offices open), after lunch, evening. Digits
/// only, so no words to read.
const ALERT_HOURS: [u32; 4] = [8, 10, 14, 18];

fn repeat_id(r: Repeat) -> &'static str {
    match r {
        Repeat::None => "once",
        Repeat::Weekly => "weekly",
        Repeat::Monthly => "monthly",
        Repeat::Yearly => "yearly",
    }
}

/// One kind: its dates on the calendar (or none for France Travail), what to have ready, the
/// next dates it gives, and Save.
#[component]
pub fn ReminderNewKind(kind: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let mut picked = use_signal(|| None::<NaiveDate>);
    let mut cycle = use_signal(|| None::<QuarterCycle>);
    let mut picto = use_signal(|| OWN_PICTOGRAMS[0].0);
    let mut words = use_signal(String::new);
    let mut repeat = use_signal(|| Repeat::None);
    let mut alert_hour = use_signal(|| default_time_of_day().hour());
    let Some(kind) = ReminderKind::from_id(&kind) else {
        return rsx! {
            p { class: "empty", {tr.t("results-none")} }
            Link { class: "primary", to: Route::ReminderNew {}, {tr.t("reminder-new")} }
        };
    };
    let template = kind.template();
    let now = app.now_utc();
    let today = paris_date(now);
    let draft: Option<Reminder> = match kind {
        ReminderKind::CafDeclaration => match (cycle(), picked()) {
            (Some(c), Some(d)) => Some(Reminder::caf_declaration(c, d.day(), today)),
            _ => None,
        },
        ReminderKind::FranceTravail => Some(Reminder::france_travail(today)),
        ReminderKind::Domiciliation => {
            picked().map(|d| Reminder::domiciliation(d.month(), d.day(), today))
        }
        ReminderKind::HealthCover => {
            picked().map(|d| Reminder::health_cover(d.month(), d.day(), today))
        }
        ReminderKind::Own => {
            picked().map(|d| Reminder::own(picto(), &words(), d, default_time_of_day(), repeat()))
        }
    }
    .map(|mut r| {
        r.time_of_day = NaiveTime::from_hms_opt(alert_hour(), 0, 0).unwrap_or(r.time_of_day);
        r
    })
    .filter(|r| r.validate().is_ok());
    let next: Vec<(String, crate::reminders::OccurrenceStatus)> = draft
        .as_ref()
        .map(|r| {
            r.occurrences_from(today)
                .take(3)
                .map(|o| (occurrence_dates(&tr, &o, today), status(&o, None, now)))
                .collect()
        })
        .unwrap_or_default();
    let script = match &draft {
        Some(r) => script_reminder(&tr, r, r.current(&Marks::new(), now), now),
        None => script_template(&tr, template),
    };
    let to_save = draft.clone();
    let save_app = app.clone();
    let save = move |_| {
        let Some(r) = &to_save else { return };
        if let Ok(id) = save_app.user.add_reminder(r) {
            reschedule_notifications(&save_app, shared.settings.peek().lang);
            navigator().replace(Route::ReminderSheet { rid: id });
        }
    };
    let month_names = |c: QuarterCycle| {
        c.months()
            .iter()
            .map(|m| tr.t(&format!("month-{m}")))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    // Own reminders start today or later; the others may be set from a past date (the last
    // declaration, last year's renewal).
    let min = (kind == ReminderKind::Own).then_some(today);
    rsx! {
        LockGate {
            ReadAloud { script }
            h1 { Picto { name: template.pictogram, class: "picto" } " " {tr.t(template.name_id)} }
            if let Some(what) = template.what_id {
                p { class: "what", {tr.t(what)} }
            }
            if kind == ReminderKind::Own {
                h2 { {tr.t("reminder-picture")} }
                ul { class: "picto-choices",
                    for (file, word) in OWN_PICTOGRAMS {
                        li { key: "{file}",
                            button {
                                class: "choice",
                                "aria-pressed": if picto() == file { "true" } else { "false" },
                                onclick: move |_| picto.set(file),
                                Picto { name: file, class: "picto" }
                                span { {tr.t(word)} }
                            }
                        }
                    }
                }
                label { class: "words-label", r#for: "reminder-words", {tr.t("reminder-words")} }
                input {
                    id: "reminder-words",
                    r#type: "text",
                    maxlength: MAX_WORDS_CHARS,
                    autocomplete: "off",
                    value: "{words}",
                    oninput: move |e| words.set(e.value().chars().take(MAX_WORDS_CHARS).collect()),
                }
                h2 { {tr.t("reminder-repeat")} }
                div { class: "repeats", role: "group",
                    for (r, icon) in [
                        (Repeat::None, "bell.svg"),
                        (Repeat::Weekly, "calendar.svg"),
                        (Repeat::Monthly, "calendar.svg"),
                        (Repeat::Yearly, "calendar.svg"),
                    ] {
                        button {
                            key: "{repeat_id(r)}",
                            class: "choice repeat-{repeat_id(r)}",
                            "aria-pressed": if repeat() == r { "true" } else { "false" },
                            onclick: move |_| repeat.set(r),
                            Picto { name: icon, class: "picto small" }
                            span { {tr.t(&format!("repeat-{}", repeat_id(r)))} }
                        }
                    }
                }
            }
            if kind == ReminderKind::CafDeclaration {
                h2 { {tr.t("reminder-cycle")} }
                div { class: "cycles", role: "group",
                    for c in QuarterCycle::ALL {
                        button {
                            key: "{u32::from(c)}",
                            class: "choice cycle",
                            "data-cycle": "{u32::from(c)}",
                            "aria-pressed": if cycle() == Some(c) { "true" } else { "false" },
                            onclick: move |_| cycle.set(Some(c)),
                            Picto { name: "calendar.svg", class: "picto small" }
                            span { {month_names(c)} }
                        }
                    }
                }
            }
            if kind != ReminderKind::FranceTravail {
                h2 { {tr.t("reminder-day")} }
                if kind == ReminderKind::CafDeclaration {
                    p { {tr.t("reminder-caf-day")} }
                }
                MonthCalendar {
                    selected: picked(),
                    today,
                    min,
                    onpick: move |d: NaiveDate| {
                        picked.set(Some(d));
                        if kind == ReminderKind::CafDeclaration {
                            cycle.set(QuarterCycle::containing(d.month()));
                        }
                    },
                }
            }
            h2 { Picto { name: "bell.svg", class: "picto small" } " " {tr.t("reminder-time")} }
            div { class: "repeats alert-times", role: "group",
                for h in ALERT_HOURS {
                    button {
                        key: "{h}",
                        class: "choice alert-time",
                        "data-hour": "{h}",
                        "aria-pressed": if alert_hour() == h { "true" } else { "false" },
                        onclick: move |_| alert_hour.set(h),
                        Picto { name: "appointment.svg", class: "picto small" }
                        span { dir: "ltr", "{h:02}:00" }
                    }
                }
            }
            if !template.ready.is_empty() {
                h2 { {tr.t("ready-title")} }
                ul { class: "ready",
                    for item in template.ready.iter() {
                        li { key: "{item.message_id}",
                            Picto { name: item.pictogram, class: "picto" }
                            span { {tr.t(item.message_id)} }
                        }
                    }
                }
            }
            if !next.is_empty() {
                h2 { {tr.t("reminder-next-dates")} }
                NextDates { rows: next.clone() }
            }
            button {
                class: "primary save",
                id: "save-reminder",
                disabled: draft.is_none(),
                onclick: save,
                Picto { name: "done.svg", class: "picto small" }
                span { {tr.t("reminder-save")} }
            }
        }
    }
}
