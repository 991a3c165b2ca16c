use crate::i18n::Lang;
use crate::present::{script_home, user_file_pictogram, user_file_words};
use crate::reminders::alerts::due_now;
use crate::reminders::speech::{reminder_name, script_due};
use crate::ui::components::{LanguagePicker, NeedTiles, ReadAloud};
use crate::ui::notifications::{use_ringing, Ringing};
use crate::ui::pictogram::Picto;
use crate::ui::reminder_widgets::{static_picto, StateChip};
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// The eight needs as big tiles; where I am; language. Nothing else competes.
#[component]
pub fn Home() -> Element {
    let app = use_app();
    let mut shared = use_shared();
    let tr = use_tr();
    let mut languages_open = use_signal(|| false);
    let position = shared.position.read().clone();
    // Where the person said they are, and how old that is.
    let where_text = match &position {
        None => tr.t("home-position-none"),
        Some(p) => {
            let minutes = chrono::DateTime::parse_from_rfc3339(&p.at)
                .map(|t| {
                    (app.now_utc() - t.with_timezone(&chrono::Utc))
                        .num_minutes()
                        .max(0) as u32
                })
                .unwrap_or(0);
            let age = tr.ta("home-position-age", &[("minutes", minutes.into())]);
            match &p.label {
                Some(label) => format!(
                    "{} · {age}",
                    tr.ta("home-position-place", &[("place", label.into())])
                ),
                None => age,
            }
        }
    };
    let current = shared.settings.read().lang;
    // What happened to the person's own data, first on the screen and first read aloud.
    let notice = shared.user_notice.read().clone();
    let notice_words = notice.as_ref().and_then(|n| user_file_words(&tr, n));
    let notice_picto = notice
        .as_ref()
        .map_or("kept-aside.svg", user_file_pictogram);
    let close_notice = {
        let app = app.clone();
        let mut user_notice = shared.user_notice;
        move |_| {
            let _ = app.user.forget_file_notice();
            user_notice.set(None);
        }
    };
    // Where nothing rang while the app was closed (the browser), what is due now comes first.
    // It is named only when the person allowed named notifications and set no lock.
    let reminders = if use_ringing() == Ringing::OnlyWhenOpen {
        app.user.reminders().unwrap_or_default()
    } else {
        Vec::new()
    };
    let marks = app.user.marks().unwrap_or_default();
    let now = app.now_utc();
    let due = due_now(&reminders, &marks, now);
    let named = !app.user.discreet_alerts().unwrap_or(true)
        && app.user.lock_kind().ok().flatten().is_none();
    let due_rows: Vec<(
        i64,
        &'static str,
        String,
        crate::reminders::OccurrenceStatus,
    )> = if named {
        due.iter()
            .map(|d| {
                (
                    d.reminder.id,
                    static_picto(&d.reminder.pictogram),
                    reminder_name(&tr, d.reminder),
                    d.status,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let due_words = tr.ta("say-due", &[("count", due.len().into())]);
    let mut script = script_home(&tr, notice.as_ref());
    if !due.is_empty() {
        script = format!("{} {script}", script_due(&tr, &due, named, now));
    }
    let pick = use_callback(move |lang: Lang| {
        let mut s = *shared.settings.peek();
        s.lang = lang;
        let _ = app.user.save_settings(&s);
        shared.settings.set(s);
        languages_open.set(false);
    });
    rsx! {
        ReadAloud { script }
        if !due.is_empty() {
            section { class: "notice due-now", id: "due-now", "aria-labelledby": "due-now-title",
                p { class: "due-now-title", id: "due-now-title",
                    Picto { name: "bell.svg", class: "picto" }
                    strong { "{due_words}" }
                }
                if !due_rows.is_empty() {
                    ul { class: "reminders",
                        for (id, picto, name, status) in due_rows.iter() {
                            li { key: "{id}",
                                Link { class: "reminder-row", to: Route::ReminderSheet { rid: *id },
                                    Picto { name: picto, class: "picto" }
                                    span { class: "reminder-text",
                                        span { class: "name", "{name}" }
                                        StateChip { status: *status }
                                    }
                                }
                            }
                        }
                    }
                }
                Link { class: "secondary", id: "due-now-open", to: Route::Reminders {},
                    Picto { name: "bell.svg", class: "picto small" }
                    span { {tr.t("reminders-title")} }
                }
            }
        }
        if let Some(words) = notice_words {
            div { class: "notice user-data-notice", id: "user-data-notice", role: "status",
                p {
                    Picto { name: notice_picto, class: "picto" }
                    " "
                    span { "{words}" }
                }
                button {
                    class: "secondary",
                    id: "user-data-notice-ok",
                    onclick: close_notice,
                    {tr.t("user-data-notice-ok")}
                }
            }
        }
        h1 { {tr.t("home-title")} }
        NeedTiles {}
        SearchField {}
        Link {
            class: if position.is_some() { "where-line" } else { "where-line missing" },
            to: Route::Where {},
            Picto { name: "location.svg", class: "picto small" }
            span { "{where_text}" }
            span { class: "action", {tr.t("home-where")} }
        }
        div { class: "home-secondary",
            button {
                class: "secondary",
                "aria-expanded": if languages_open() { "true" } else { "false" },
                onclick: move |_| languages_open.toggle(),
                Picto { name: "language.svg", class: "picto small" }
                span { {current.native_name()} }
            }
            Link { class: "secondary", to: Route::Favourites {},
                Picto { name: "star.svg", class: "picto small" }
                span { {tr.t("home-favourites")} }
            }
            Link { class: "secondary", id: "reminders-link", to: Route::Reminders {},
                Picto { name: "bell.svg", class: "picto small" }
                span { {tr.t("reminders-title")} }
            }
        }
        if languages_open() {
            LanguagePicker { current, onpick: pick }
        }
    }
}

/// What one types: an agency (CAF, France Travail), a need in one's own words, a place's name.
/// The keyboard's "search" (Enter) key or the magnifier opens the answers. Not a `form`: in
/// the shared-screen build events reach the app after the browser acts, so a form would be
/// sent as a page load before the app could stop it.
#[component]
fn SearchField() -> Element {
    let tr = use_tr();
    let mut typed = use_signal(String::new);
    let label = tr.t("home-search");
    let go = use_callback(move |()| {
        // The words become one segment of the screen's address: a slash or a percent sign
        // would break it, and search reads them as spaces anyway.
        let text = typed
            .peek()
            .replace(['/', '\\', '%'], " ")
            .trim()
            .to_string();
        if !text.is_empty() {
            navigator().push(Route::Search { text });
        }
    });
    rsx! {
        div { class: "search-form", role: "search",
            label { class: "search-label", r#for: "home-search",
                Picto { name: "search.svg", class: "picto small" }
                span { "{label}" }
            }
            div { class: "search-row",
                input {
                    id: "home-search",
                    r#type: "search",
                    name: "text",
                    "enterkeyhint": "search",
                    autocomplete: "off",
                    maxlength: "{crate::query::MAX_SEARCH_CHARS}",
                    placeholder: tr.t("search-placeholder"),
                    value: "{typed}",
                    oninput: move |e| typed.set(e.value()),
                    onkeydown: move |e: KeyboardEvent| {
                        if e.key() == Key::Enter && !e.is_composing() {
                            go(());
                        }
                    },
                }
                button { class: "primary search-go", id: "search-go", "aria-label": "{label}",
                    onclick: move |_| go(()),
                    Picto { name: "search.svg", class: "picto" }
                }
            }
        }
    }
}
