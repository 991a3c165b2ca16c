//! The reminders list, and what every reminder screen shares: the optional lock (gate and
//! keypad, no keyboard), the month calendar (day buttons, no typing), the state of an
//! occurrence (pictogram + word + colour), and the rescheduling of notifications after every
//! change.

use crate::i18n::Lang;
use crate::reminders::lock::{CodeKind, LockCode, MAX_KEYS, MIN_KEYS, PICTURE_KEYS};
use crate::reminders::notify::{self, Notifier};
use crate::reminders::schedule::{days_in_month, paris_date};
use crate::reminders::speech::{date_text, reminder_name, script_reminders};
use crate::reminders::{alerts_to_schedule, AlertSettings, Occurrence, OccurrenceStatus, Reminder};
use crate::ui::components::{ReadAloud, Toggle};
use crate::ui::pictogram::{Picto, ALL as PICTOGRAMS};
use crate::ui::state::{use_app, use_shared, use_tr, AppCtx};
use crate::ui::Route;
use crate::userdata::Unlock;
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// How far ahead alerts are handed to the platform (the platform keeps at most
/// [`crate::reminders::MAX_SCHEDULED`] of them, the soonest).
pub const SCHEDULE_DAYS: u32 = 62;

/// The notifier of this build: the phone's scheduler, the desktop's timer-driven list, or a
/// recording one (browser build, tests).
pub fn platform_notifier() -> &'static dyn Notifier {
    #[cfg(target_os = "android")]
    {
        static N: notify::android::AndroidNotifier = notify::android::AndroidNotifier;
        &N
    }
    #[cfg(target_os = "ios")]
    {
        static N: notify::ios::IosNotifier = notify::ios::IosNotifier;
        &N
    }
    #[cfg(all(feature = "notify", not(any(target_os = "android", target_os = "ios"))))]
    {
        desktop_notifier()
    }
    #[cfg(not(any(feature = "notify", target_os = "android", target_os = "ios")))]
    {
        recording_notifier()
    }
}

/// The desktop's notifier: it keeps the scheduled list; the app's timer must call
/// `fire_due` on it (every minute and at start) to show what came due.
#[cfg(feature = "notify")]
pub fn desktop_notifier() -> &'static notify::desktop::DesktopNotifier {
    static N: std::sync::OnceLock<notify::desktop::DesktopNotifier> = std::sync::OnceLock::new();
    N.get_or_init(notify::desktop::DesktopNotifier::new)
}

/// What would ring, in builds without a platform scheduler (browser build, tests).
pub fn recording_notifier() -> &'static notify::RecordingNotifier {
    static N: std::sync::OnceLock<notify::RecordingNotifier> = std::sync::OnceLock::new();
    N.get_or_init(notify::RecordingNotifier::new)
}

/// How alerts are worded: in `lang`, and with neutral words if the person asked for them.
fn alert_settings(user: &crate::userdata::UserDb, lang: Lang) -> AlertSettings {
    AlertSettings {
        lang,
        discreet: user.discreet_alerts().unwrap_or(false),
    }
}

/// Replaces every scheduled alert with those of the reminders and marks now stored, worded
/// in `lang`. Called after every change (save, mark, delete, discreet words) and when the list
/// opens.
pub fn reschedule_notifications(app: &AppCtx, lang: Lang) {
    let reminders = app.user.reminders().unwrap_or_default();
    let marks = app.user.marks().unwrap_or_default();
    let alerts = alerts_to_schedule(
        &reminders,
        &marks,
        app.now_utc(),
        SCHEDULE_DAYS,
        alert_settings(&app.user, lang),
    );
    // A refused permission must not break the screen: the reminders stay visible in the app.
    let _ = notify::reschedule(platform_notifier(), &alerts);
}

/// When the app opens: reschedules everything; on the desktop, which has no scheduler that
/// outlives the app, also shows what came due in the last hours while it was closed
/// (`notify::desktop::CATCH_UP`). Call it once at start, after the person's settings are read.
pub fn startup_notifications(app: &AppCtx, lang: Lang) {
    #[cfg(feature = "notify")]
    {
        let now = app.now_utc();
        let reminders = app.user.reminders().unwrap_or_default();
        let marks = app.user.marks().unwrap_or_default();
        let alerts = alerts_to_schedule(
            &reminders,
            &marks,
            now - notify::desktop::CATCH_UP,
            SCHEDULE_DAYS,
            alert_settings(&app.user, lang),
        );
        let notifier = desktop_notifier();
        let _ = notify::reschedule(notifier, &alerts);
        if let Ok(Some(t)) = app.user.alerts_shown_until() {
            notifier.resume_after(t);
        }
        let _ = USER_DB_PATH.set(app.data_dir.join(crate::datastore::USER_FILE));
        let _ = notifier.fire_due(now);
        keep_shown_until(&app.user);
    }
    #[cfg(not(feature = "notify"))]
    reschedule_notifications(app, lang);
}

/// The desktop's timer: shows the alerts whose time has come. Call it every minute (from any
/// thread: the list is behind a mutex). Does nothing where the platform fires alerts itself.
pub fn fire_due_notifications() {
    #[cfg(feature = "notify")]
    {
        let shown = desktop_notifier().fire_due(chrono::Utc::now());
        // The timer thread has no handle on the interface's database: open its own.
        if shown.is_ok_and(|ids| !ids.is_empty()) {
            if let Some(db) = USER_DB_PATH
                .get()
                .and_then(|p| crate::userdata::UserDb::open(p).ok())
            {
                keep_shown_until(&db);
            }
        }
    }
}

/// The person's database, for the desktop timer thread (set at start).
#[cfg(feature = "notify")]
static USER_DB_PATH: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// Remembers which alerts the desktop showed, so a restart does not show them again.
#[cfg(feature = "notify")]
fn keep_shown_until(db: &crate::userdata::UserDb) {
    if let Some(t) = desktop_notifier().shown_until() {
        let _ = db.save_alerts_shown_until(t);
    }
}

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
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in body.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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
        .map(|d| (tr.t(&format!("day-{d}")), crate::present::day_short(&tr, d)))
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

// ---------------------------------------------------------------------------------------------
// The list.

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
    let script = script_reminders(&tr, &items, now);
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
    fn rescheduling_hands_the_alerts_to_the_platform() {
        use crate::reminders::{default_time_of_day, Repeat};
        use crate::ui::state::BUNDLED_SNAPSHOT;
        let dir = tempfile::tempdir().unwrap();
        let (snapshot, _) = crate::datastore::open_snapshot(dir.path(), BUNDLED_SNAPSHOT).unwrap();
        let app = AppCtx {
            live_snapshot: crate::ui::state::LiveSnapshot::new(snapshot, 0),
            user: Rc::new(crate::userdata::UserDb::open_in_memory().unwrap()),
            locator: std::sync::Arc::new(crate::locate::NoLocator),
            speaker: Rc::new(crate::ui::speech::Silent),
            network: Rc::new(crate::sync::network::Unmetered),
            data_dir: dir.path().to_path_buf(),
            restored: false,
        };
        let today = paris_date(app.now_utc());
        let weekly = Reminder::own(
            "doctor.svg",
            "",
            today,
            default_time_of_day(),
            Repeat::Weekly,
        );
        let id = app.user.add_reminder(&weekly).unwrap();
        reschedule_notifications(&app, Lang::Fr);
        #[cfg(feature = "notify")]
        let scheduled = desktop_notifier().pending();
        #[cfg(not(feature = "notify"))]
        let scheduled = recording_notifier().scheduled();
        // A weekly reminder rings every week of the next two months.
        let mine: Vec<_> = scheduled.iter().filter(|a| a.reminder == id).collect();
        assert!(mine.len() >= 8, "{} alerts", mine.len());
        assert!(mine.iter().all(|a| a.title == "Médecin"));
        // After deleting it, nothing of it is scheduled any more.
        app.user.delete_reminder(id).unwrap();
        reschedule_notifications(&app, Lang::Fr);
        #[cfg(feature = "notify")]
        let scheduled = desktop_notifier().pending();
        #[cfg(not(feature = "notify"))]
        let scheduled = recording_notifier().scheduled();
        assert!(scheduled.is_empty());
    }

    #[test]
    fn discreet_alerts_never_name_the_reminder() {
        use crate::reminders::{default_time_of_day, Repeat};
        let user = crate::userdata::UserDb::open_in_memory().unwrap();
        assert!(!user.discreet_alerts().unwrap(), "named alerts by default");
        user.set_discreet_alerts(true).unwrap();
        assert!(user.discreet_alerts().unwrap());
        let today = chrono::Utc::now().date_naive();
        let weekly = Reminder::own(
            "doctor.svg",
            "",
            today,
            default_time_of_day(),
            Repeat::Weekly,
        );
        user.add_reminder(&weekly).unwrap();
        let alerts = alerts_to_schedule(
            &user.reminders().unwrap(),
            &user.marks().unwrap(),
            chrono::Utc::now(),
            SCHEDULE_DAYS,
            alert_settings(&user, Lang::Fr),
        );
        assert!(!alerts.is_empty());
        for a in &alerts {
            assert!(
                !a.title.contains("Médecin") && !a.body.contains("Médecin"),
                "{}",
                a.title
            );
            assert_eq!(a.body, "Vous avez un rappel.");
        }
    }

    #[test]
    fn stored_pictograms_map_to_compiled_ones() {
        assert_eq!(static_picto("doctor.svg"), "doctor.svg");
        assert_eq!(static_picto("../etc/passwd"), "bell.svg");
    }
}
