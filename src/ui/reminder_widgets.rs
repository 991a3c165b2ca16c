//! What every reminder screen shares: the optional lock (gate and keypad, no keyboard), the
//! month calendar (day buttons, no typing), the state of an occurrence (pictogram + word +
//! colour), and small helpers for pictograms and downloads.

use crate::reminders::lock::{CodeKind, LockCode, MAX_KEYS, MIN_KEYS, PICTURE_KEYS};
use crate::reminders::schedule::days_in_month;
use crate::reminders::speech::date_text;
use crate::reminders::{Occurrence, OccurrenceStatus};
use crate::ui::components::ReadAloud;
use crate::ui::pictogram::{Picto, ALL as PICTOGRAMS};
use crate::ui::state::{use_app, use_tr};
use crate::userdata::Unlock;
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// The compiled-in pictogram of that file name (a reminder stores it as text).
pub(crate) fn static_picto(name: &str) -> &'static str {
    PICTOGRAMS
        .iter()
        .copied()
        .find(|p| *p == name)
        .unwrap_or("bell.svg")
}

/// A `data:` URI holding `body` (percent-encoded), for download links that need no server.
pub(crate) fn data_uri(mime: &str, body: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    /// RFC 3986's unreserved characters stay as they are.
    const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    format!(
        "data:{mime};charset=utf-8,{}",
        utf8_percent_encode(body, UNRESERVED)
    )
}

fn state_css(status: &OccurrenceStatus) -> &'static str {
    match status {
        OccurrenceStatus::Upcoming => "upcoming",
        OccurrenceStatus::Open => "open",
        OccurrenceStatus::DueToday => "due-today",
        OccurrenceStatus::NotDone => "not-done",
        OccurrenceStatus::Snoozed { .. } => "snoozed",
        OccurrenceStatus::Done { .. } => "done",
        OccurrenceStatus::Missed => "missed",
    }
}

/// The state of an occurrence: pictogram + word + colour (never colour alone).
#[component]
pub fn StateChip(status: OccurrenceStatus) -> Element {
    let tr = use_tr();
    rsx! {
        span { class: "state state-{state_css(&status)}",
            Picto { name: status.pictogram(), class: "picto small" }
            span { {tr.t(status.message_id())} }
        }
    }
}

/// The date words of an occurrence: the due day, or for a window (France Travail) its
/// opening and closing days.
pub(crate) fn occurrence_dates(tr: &crate::i18n::Tr, occ: &Occurrence, today: NaiveDate) -> String {
    let due = date_text(tr, occ.due, today);
    match occ.opens {
        Some(opens) => format!("{} → {due}", date_text(tr, opens, today)),
        None => due,
    }
}

// ---------------------------------------------------------------------------------------------
// The lock.

/// Whether the lock was opened in this window or browser session (kept at the root, so every
/// reminder screen sees it).
#[derive(Clone)]
struct Unlocked(Rc<Cell<bool>>);

pub(crate) fn use_unlocked() -> Rc<Cell<bool>> {
    use_hook(|| {
        try_consume_context::<Unlocked>()
            .unwrap_or_else(|| {
                dioxus::core::provide_root_context(Unlocked(Rc::new(Cell::new(false))))
            })
            .0
    })
}

/// The keys typed on a keypad, as a lock code.
pub(crate) fn code_of(kind: CodeKind, keys: &[u8]) -> Option<LockCode> {
    match kind {
        CodeKind::Digits => {
            let text: String = keys.iter().map(|k| char::from(b'0' + k)).collect();
            LockCode::digits(&text).ok()
        }
        CodeKind::Pictures => LockCode::pictures(keys).ok(),
    }
}

/// Ten big keys (digits, or the picture keys), erase, and OK once enough keys are typed.
/// Typed keys show as dots only.
#[component]
pub fn Keypad(kind: CodeKind, ok_label: String, onsubmit: EventHandler<Vec<u8>>) -> Element {
    let tr = use_tr();
    let mut keys = use_signal(Vec::<u8>::new);
    let typed = keys.read().len();
    let dots = if typed == 0 {
        "○".to_string()
    } else {
        "●".repeat(typed)
    };
    // Phone order for digits (1…9, then 0); keypad order for pictures.
    let order: [u8; 10] = match kind {
        CodeKind::Digits => [1, 2, 3, 4, 5, 6, 7, 8, 9, 0],
        CodeKind::Pictures => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    };
    let erase = tr.t("lock-erase");
    rsx! {
        p { class: "code-dots", role: "status",
            span { "aria-hidden": "true", "{dots}" }
            span { class: "sr-only", "{typed}" }
        }
        div { class: "keypad keypad-{kind.id()}",
            for k in order {
                button {
                    key: "{k}",
                    class: "key",
                    "data-key": "{k}",
                    "aria-label": if kind == CodeKind::Pictures { "{k + 1}" } else { "{k}" },
                    disabled: typed >= MAX_KEYS,
                    onclick: move |_| keys.write().push(k),
                    if kind == CodeKind::Pictures {
                        Picto { name: PICTURE_KEYS[usize::from(k)], class: "picto" }
                    } else {
                        "{k}"
                    }
                }
            }
            button {
                class: "key erase",
                "aria-label": "{erase}",
                disabled: typed == 0,
                onclick: move |_| {
                    keys.write().pop();
                },
                Picto { name: "back.svg", class: "picto small flip-rtl" }
            }
            button {
                class: "key ok primary",
                id: "code-ok",
                disabled: typed < MIN_KEYS,
                onclick: move |_| {
                    let typed = keys.take();
                    onsubmit.call(typed);
                },
                "{ok_label}"
            }
        }
    }
}

/// Shows `children` when there is no lock or it was opened in this session; otherwise asks
/// for the code on its keypad.
#[component]
pub fn LockGate(children: Element) -> Element {
    let app = use_app();
    let tr = use_tr();
    let unlocked = use_unlocked();
    let mut opened = use_signal(|| false);
    let mut refused = use_signal(|| None::<Unlock>);
    let Some(kind) = app.user.lock_kind().ok().flatten() else {
        return children;
    };
    if opened() || unlocked.get() {
        return children;
    }
    let check = move |keys: Vec<u8>| {
        let tried = code_of(kind, &keys).map(|c| app.user.try_unlock(&c, app.now_utc()));
        match tried {
            Some(Ok(Unlock::Opened)) => {
                unlocked.set(true);
                opened.set(true);
            }
            Some(Ok(other)) => refused.set(Some(other)),
            _ => refused.set(Some(Unlock::Wrong { wait_secs: 0 })),
        }
    };
    let problem = refused().map(|r| match r {
        Unlock::Wrong { wait_secs } | Unlock::MustWait { wait_secs } if wait_secs > 0 => tr.ta(
            "lock-wait",
            &[("minutes", (((wait_secs + 59) / 60) as u32).into())],
        ),
        _ => tr.t("lock-wrong"),
    });
    rsx! {
        ReadAloud { script: format!("{}. {}", tr.t("lock-title"), tr.t("lock-enter")) }
        h1 { Picto { name: "lock.svg", class: "picto" } " " {tr.t("lock-title")} }
        p { class: "lead", {tr.t("lock-enter")} }
        if let Some(problem) = problem {
            p { class: "notice", role: "alert",
                Picto { name: "missed.svg", class: "picto small" }
                " "
                "{problem}"
            }
        }
        Keypad { kind, ok_label: tr.t("lock-ok"), onsubmit: check }
    }
}

// ---------------------------------------------------------------------------------------------
// The calendar.

/// A month of day buttons (Monday first) with arrows to the previous and next months.
/// Days before `min` cannot be chosen.
#[component]
pub fn MonthCalendar(
    selected: Option<NaiveDate>,
    today: NaiveDate,
    min: Option<NaiveDate>,
    onpick: EventHandler<NaiveDate>,
) -> Element {
    let tr = use_tr();
    let start = selected.unwrap_or(today);
    let mut shown = use_signal(|| (start.year(), start.month()));
    let (year, month) = shown();
    let lead = NaiveDate::from_ymd_opt(year, month, 1)
        .map(|d| d.weekday().num_days_from_monday() as usize)
        .unwrap_or(0);
    let mut cells: Vec<Option<NaiveDate>> = vec![None; lead];
    cells.extend((1..=days_in_month(year, month)).map(|d| NaiveDate::from_ymd_opt(year, month, d)));
    while cells.len() % 7 != 0 {
        cells.push(None);
    }
    let weeks: Vec<Vec<Option<NaiveDate>>> = cells.chunks(7).map(|w| w.to_vec()).collect();
    let title = format!("{} {year}", tr.t(&format!("month-{month}")));
    let can_go_back = min.is_none_or(|m| (year, month) > (m.year(), m.month()));
    let weekdays: Vec<(String, String)> = (1..=7u32)
        .map(|d| (tr.t(&format!("day-{d}")), tr.day_short(d)))
        .collect();
    rsx! {
        div { class: "calendar",
            div { class: "calendar-head",
                button {
                    class: "month-nav prev",
                    id: "month-prev",
                    "aria-label": tr.t("calendar-prev"),
                    disabled: !can_go_back,
                    onclick: move |_| {
                        let (y, m) = shown();
                        shown.set(if m == 1 { (y - 1, 12) } else { (y, m - 1) });
                    },
                    Picto { name: "back.svg", class: "picto small flip-rtl" }
                }
                p { class: "month-title", id: "calendar-month", "aria-live": "polite", "{title}" }
                button {
                    class: "month-nav next",
                    id: "month-next",
                    "aria-label": tr.t("calendar-next"),
                    onclick: move |_| {
                        let (y, m) = shown();
                        shown.set(if m == 12 { (y + 1, 1) } else { (y, m + 1) });
                    },
                    Picto { name: "back.svg", class: "picto small flip-ltr" }
                }
            }
            table { class: "month-grid", "aria-labelledby": "calendar-month",
                thead {
                    tr {
                        for (i, (long, short)) in weekdays.iter().enumerate() {
                            th { key: "{i}", scope: "col", abbr: "{long}", "{short}" }
                        }
                    }
                }
                tbody {
                    for (w, week) in weeks.iter().enumerate() {
                        tr { key: "{w}",
                            for (i, cell) in week.iter().enumerate() {
                                td { key: "{i}",
                                    if let Some(day) = *cell {
                                        button {
                                            class: if day == today { "day today" } else { "day" },
                                            "data-date": "{day}",
                                            "aria-pressed": if selected == Some(day) { "true" } else { "false" },
                                            "aria-current": if day == today { "date" } else { "false" },
                                            disabled: min.is_some_and(|m| day < m),
                                            onclick: move |_| onpick.call(day),
                                            "{day.day()}"
                                            // The whole date for screen readers ("1, Sunday 1 March").
                                            span { class: "sr-only", ", " {date_text(&tr, day, today)} }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Occurrences with their words and state, as a list.
#[component]
pub fn NextDates(rows: Vec<(String, OccurrenceStatus)>) -> Element {
    rsx! {
        ol { class: "next-dates",
            for (i, (when, status)) in rows.iter().enumerate() {
                li { key: "{i}",
                    span { class: "when", "{when}" }
                    StateChip { status: *status }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_uris_are_percent_encoded() {
        assert_eq!(
            data_uri("text/calendar", "A b,é\r\n"),
            "data:text/calendar;charset=utf-8,A%20b%2C%C3%A9%0D%0A"
        );
    }

    #[test]
    fn codes_from_keys() {
        assert!(code_of(CodeKind::Digits, &[1, 2, 3]).is_none());
        assert_eq!(
            code_of(CodeKind::Digits, &[4, 8, 2, 9]),
            LockCode::digits("4829").ok()
        );
        assert_eq!(
            code_of(CodeKind::Pictures, &[0, 9, 3, 3]),
            LockCode::pictures(&[0, 9, 3, 3]).ok()
        );
    }

    #[test]
    fn stored_pictograms_map_to_compiled_ones() {
        assert_eq!(static_picto("doctor.svg"), "doctor.svg");
        assert_eq!(static_picto("../etc/passwd"), "bell.svg");
    }
}
