//! Reminders reach the platform's notifications: after every change the whole set of coming
//! alerts is handed over again ([`reschedule`]); at start the desktop, which has no scheduler
//! that outlives the app, also shows what came due while it was closed ([`at_start`]) and its
//! one-minute timer calls [`fire_due`]. The words and times come from the core
//! (`reminders::alerts_to_schedule`); the notifier from `platform::notifier`.
//!
//! A browser cannot ring for a page that is closed ([`Ringing::OnlyWhenOpen`]): there the
//! screens say so, the home screen shows what is due each time the app opens
//! (`reminders::alerts::due_now`), the app's icon carries that number as a badge where the
//! browser allows it ([`reschedule`] keeps it current), and the reminders go to the phone's
//! own calendar in one tap, which rings on time.

use crate::i18n::Lang;
use crate::platform;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
use crate::reminders::alerts::due_now;
use crate::reminders::notify;
use crate::reminders::{alerts_to_schedule, AlertSettings};
use crate::ui::state::AppCtx;

/// How far ahead alerts are handed to the platform (the platform keeps at most
/// [`crate::reminders::MAX_SCHEDULED`] of them, the soonest).
pub const SCHEDULE_DAYS: u32 = 62;

/// Whether this build's reminders can ring while the app is closed. Screens read it from the
/// context the app root provides ([`use_ringing`]), so a test can give either value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ringing {
    /// A phone's scheduler rings at the time (the desktop catches up when it opens).
    EvenWhenClosed,
    /// Nothing rings while the app is closed: the browser has no scheduler for a closed page.
    OnlyWhenOpen,
}

impl Ringing {
    /// What this build can do.
    pub fn of_this_build() -> Ringing {
        if cfg!(all(feature = "web", target_arch = "wasm32")) {
            Ringing::OnlyWhenOpen
        } else {
            Ringing::EvenWhenClosed
        }
    }
}

/// How this build rings, as the app root provided it (this build's own answer otherwise).
pub fn use_ringing() -> Ringing {
    dioxus::prelude::try_use_context::<Ringing>().unwrap_or_else(Ringing::of_this_build)
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
pub fn reschedule(app: &AppCtx, lang: Lang) {
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
    let _ = notify::reschedule(platform::notifier(), &alerts);
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    show_on_app_icon(due_now(&reminders, &marks, app.now_utc()).len());
}

/// The number of reminders due now as a badge on the installed app's icon, or no badge at
/// zero. Browsers without the Badging API (Firefox, Safari before 17 outside the home screen)
/// are left alone: the home screen says the same in words.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn show_on_app_icon(due: usize) {
    let _ = dioxus::prelude::document::eval(&format!(
        "const due = {due};\
         if (due > 0 && 'setAppBadge' in navigator) navigator.setAppBadge(due).catch(() => {{}});\
         else if (due === 0 && 'clearAppBadge' in navigator) navigator.clearAppBadge().catch(() => {{}});"
    ));
}

/// When the app opens: reschedules everything; on the desktop, which has no scheduler that
/// outlives the app, also shows what came due in the last hours while it was closed
/// (`platform::desktop::notify::CATCH_UP`). Call it once at start, after the person's settings are read.
pub fn at_start(app: &AppCtx, lang: Lang) {
    #[cfg(feature = "notify")]
    {
        let now = app.now_utc();
        let reminders = app.user.reminders().unwrap_or_default();
        let marks = app.user.marks().unwrap_or_default();
        let alerts = alerts_to_schedule(
            &reminders,
            &marks,
            now - platform::desktop::notify::CATCH_UP,
            SCHEDULE_DAYS,
            alert_settings(&app.user, lang),
        );
        let notifier = platform::desktop_notifier();
        let _ = notify::reschedule(notifier, &alerts);
        if let Ok(Some(t)) = app.user.alerts_shown_until() {
            notifier.resume_after(t);
        }
        let _ = USER_DB_PATH.set(app.data_dir.join(crate::files::USER_FILE));
        let _ = notifier.fire_due(now);
        keep_shown_until(&app.user);
    }
    #[cfg(not(feature = "notify"))]
    reschedule(app, lang);
}

/// The desktop's timer: shows the alerts whose time has come. Call it every minute (from any
/// thread: the list is behind a mutex). Does nothing where the platform fires alerts itself.
pub fn fire_due() {
    #[cfg(feature = "notify")]
    {
        let shown = platform::desktop_notifier().fire_due(chrono::Utc::now());
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
    if let Some(t) = platform::desktop_notifier().shown_until() {
        let _ = db.save_alerts_shown_until(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::schedule::paris_date;
    use crate::reminders::Reminder;
    use std::rc::Rc;

    /// What this build's notifier holds now.
    fn scheduled_now() -> Vec<crate::reminders::Alert> {
        #[cfg(feature = "notify")]
        return platform::desktop_notifier().pending();
        #[cfg(not(feature = "notify"))]
        platform::recording_notifier().scheduled()
    }

    #[test]
    fn rescheduling_hands_the_alerts_to_the_platform() {
        use crate::reminders::{default_time_of_day, Repeat};
        use crate::ui::state::BUNDLED_SNAPSHOT;
        let dir = tempfile::tempdir().unwrap();
        let (snapshot, _) = crate::files::open_snapshot(dir.path(), BUNDLED_SNAPSHOT).unwrap();
        let app = AppCtx {
            live_snapshot: crate::ui::state::LiveSnapshot::new(snapshot, 0),
            user: Rc::new(crate::userdata::UserDb::open_in_memory().unwrap()),
            locator: std::sync::Arc::new(crate::locate::NoLocator),
            speaker: Rc::new(crate::voice::Silent),
            network: Rc::new(crate::platform::desktop::Unmetered),
            data_dir: dir.path().to_path_buf(),
            restored: false,
            config: Rc::new(crate::platform::Config::default()),
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
        reschedule(&app, Lang::Fr);
        let scheduled = scheduled_now();
        // A weekly reminder rings every week of the next two months.
        let mine: Vec<_> = scheduled.iter().filter(|a| a.reminder == id).collect();
        assert!(mine.len() >= 8, "{} alerts", mine.len());
        assert!(mine.iter().all(|a| a.title == "Médecin"));
        // After deleting it, nothing of it is scheduled any more.
        app.user.delete_reminder(id).unwrap();
        reschedule(&app, Lang::Fr);
        let scheduled = scheduled_now();
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
}
