//! The reminders list: every reminder with its next date and state, the big "+", what is
//! stored, and the lock. The widgets it shares with the other reminder screens are in
//! `ui::reminder_widgets`; handing alerts to the platform is `ui::notifications`.
//!
//! Where nothing can ring while the app is closed (the web app, [`Ringing::OnlyWhenOpen`]) the
//! screen says so first, and hands every reminder to the phone's own calendar in one tap: an
//! iCalendar download (`reminders::ical`), which the phone's calendar opens and then rings
//! on time, app closed or not.

use crate::present::reminders_cannot_ring;
use crate::reminders::ical;
use crate::reminders::schedule::paris_date;
use crate::reminders::speech::{reminder_name, script_reminders};
use crate::reminders::{Occurrence, OccurrenceStatus, Reminder};
use crate::ui::components::{ReadAloud, Toggle};
use crate::ui::notifications::{reschedule as reschedule_notifications, use_ringing, Ringing};
use crate::ui::pictogram::Picto;
use crate::ui::reminder_widgets::{data_uri, occurrence_dates, static_picto, LockGate, StateChip};
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// Every reminder with its next date and state; the big "+"; what is stored; the lock.
#[component]
pub fn Reminders() -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    // The scheduled set follows what is stored (also after another device restored a copy).
    use_hook(|| reschedule_notifications(&app, shared.settings.peek().lang));
    let now = app.now_utc();
    let today = paris_date(now);
    let reminders = app.user.reminders().unwrap_or_default();
    let marks = app.user.marks().unwrap_or_default();
    let items: Vec<(&Reminder, Option<(Occurrence, OccurrenceStatus)>)> = reminders
        .iter()
        .map(|r| (r, r.current(&marks, now)))
        .collect();
    let only_when_open = use_ringing() == Ringing::OnlyWhenOpen;
    let mut script = script_reminders(&tr, &items, now);
    if only_when_open {
        script.push(' ');
        script.push_str(&reminders_cannot_ring(&tr));
    }
    // Every reminder at once, for the phone's calendar (nothing when there is none).
    let calendar = (only_when_open && !reminders.is_empty()).then(|| {
        (
            data_uri("text/calendar", &ical::export(&reminders, &tr, now)),
            ical::file_name(today),
        )
    });
    let mut discreet = use_signal(|| app.user.discreet_alerts().unwrap_or(false));
    let app_discreet = app.clone();
    let set_discreet = move |on: bool| {
        if app_discreet.user.set_discreet_alerts(on).is_ok() {
            discreet.set(on);
            reschedule_notifications(&app_discreet, shared.settings.peek().lang);
        }
    };
    let discreet_help = tr.ta(
        "reminder-discreet-help",
        &[("words", (&tr.t("alert-discreet")).into())],
    );
    let rows: Vec<(i64, &'static str, String, String, Option<OccurrenceStatus>)> = items
        .iter()
        .map(|(r, cur)| {
            (
                r.id,
                static_picto(&r.pictogram),
                reminder_name(&tr, r),
                match cur {
                    Some((occ, _)) => occurrence_dates(&tr, occ, today),
                    None => tr.t("say-reminder-no-next"),
                },
                cur.map(|(_, s)| s),
            )
        })
        .collect();
    rsx! {
        LockGate {
            ReadAloud { script }
            h1 { Picto { name: "bell.svg", class: "picto" } " " {tr.t("reminders-title")} }
            if only_when_open {
                div { class: "notice cannot-ring", id: "cannot-ring", role: "note",
                    p { class: "cannot-ring-words",
                        Picto { name: "bell-off.svg", class: "picto" }
                        strong { {tr.t("reminders-cannot-ring")} }
                    }
                    p { {tr.t("reminders-use-calendar")} }
                    if let Some((href, file)) = &calendar {
                        a {
                            class: "action export phone-calendar",
                            id: "add-to-phone-calendar",
                            href: "{href}",
                            download: "{file}",
                            Picto { name: "calendar.svg", class: "picto" }
                            span { {tr.t("reminders-add-to-calendar")} }
                        }
                    }
                }
            }
            Link { class: "primary new-reminder", id: "new-reminder", to: Route::ReminderNew {},
                span { class: "plus", "aria-hidden": "true", "+" }
                span { {tr.t("reminder-new")} }
            }
            if rows.is_empty() {
                p { class: "empty", {tr.ta("say-reminders", &[("count", 0u32.into())])} }
            }
            ul { class: "reminders",
                for (id, picto, name, when, status) in rows.iter() {
                    li { key: "{id}",
                        Link { class: "reminder-row", to: Route::ReminderSheet { rid: *id },
                            Picto { name: picto, class: "picto big" }
                            span { class: "reminder-text",
                                span { class: "name", "{name}" }
                                span { class: "when",
                                    Picto { name: "calendar.svg", class: "picto small" }
                                    span { "{when}" }
                                }
                                if let Some(s) = status {
                                    StateChip { status: *s }
                                }
                            }
                        }
                    }
                }
            }
            // Phones are shared: the lock screen need not say what the reminder is about.
            div { class: "discreet",
                Toggle {
                    picto: "bell.svg",
                    label: tr.t("reminder-discreet"),
                    on: discreet(),
                    onchange: set_discreet,
                }
                p { class: "hint", "{discreet_help}" }
            }
            div { class: "home-secondary reminders-links",
                Link { class: "secondary", id: "privacy-link", to: Route::RemindersPrivacy {},
                    Picto { name: "info.svg", class: "picto small" }
                    span { {tr.t("privacy-stored")} }
                }
                Link { class: "secondary", id: "lock-link", to: Route::RemindersLock {},
                    Picto { name: "lock.svg", class: "picto small" }
                    span { {tr.t("lock-title")} }
                }
            }
        }
    }
}
