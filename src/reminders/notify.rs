//! The seam to the platform's notifications.
//!
//! The core decides *what* to announce and *when* ([`alerts_to_schedule`](super::alerts_to_schedule));
//! a [`Notifier`] hands that list to the platform, which fires each alert at its time even when
//! the app is closed. The app always replaces the whole set ([`reschedule`]): cancel everything,
//! schedule the fresh list. That is simpler and safer than diffing, and the list is small.
//!
//! Implementations (the platform ones in `crate::platform`, chosen by `platform::notifier`):
//!
//! - [`RecordingNotifier`]: keeps what it was given (tests, previews).
//! - `platform::desktop::notify::DesktopNotifier` (feature `notify`): `notify-rust` (D-Bus on Linux and BSD,
//!   native on macOS and Windows). A desktop has no scheduler that survives the app, so it keeps
//!   the list and shows what is due when the app's timer calls `fire_due`.
//! - `platform::android::notify::AndroidNotifier` (`target_os = "android"`): calls the Kotlin plugin in
//!   `platforms/android/` through JNI; the plugin sets one `AlarmManager` alarm per alert and a
//!   receiver posts it with `NotificationManager` (and re-arms the alarms after a reboot).
//! - `platform::ios::notify::IosNotifier` (`target_os = "ios"`): passes the list to the Swift plugin in
//!   `platforms/ios/`, which registers `UNNotificationRequest`s with
//!   `UNUserNotificationCenter`. The Swift side registers two C callbacks at start-up.
//!
//! Both mobile plugins receive the same JSON ([`platform_payload`]) and nothing else: the
//! platform code stays a thin, dumb scheduler.

use super::Alert;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// The platform refused or is missing (no notification service, permission denied…).
    #[error("notifications unavailable: {0}")]
    Unavailable(String),
}

/// Hands alerts to the platform.
pub trait Notifier {
    /// Schedules these alerts (adding to what is already scheduled).
    fn schedule(&self, alerts: &[Alert]) -> Result<(), NotifyError>;
    /// Cancels every alert this app scheduled.
    fn cancel_all(&self) -> Result<(), NotifyError>;
}

/// Replaces everything scheduled with `alerts`.
pub fn reschedule(notifier: &dyn Notifier, alerts: &[Alert]) -> Result<(), NotifyError> {
    notifier.cancel_all()?;
    notifier.schedule(alerts)
}

/// One alert as the mobile plugins read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlatformAlert<'a> {
    /// Stable identifier (same alert, same id at every rescheduling).
    pub id: &'a str,
    /// When to fire, seconds since 1970-01-01 UTC.
    pub at_unix: i64,
    pub title: &'a str,
    pub body: &'a str,
    /// Pictogram file name (the plugins map it to a notification icon).
    pub pictogram: &'a str,
}

/// The JSON array the mobile plugins receive.
pub fn platform_payload(alerts: &[Alert]) -> String {
    let list: Vec<PlatformAlert> = alerts
        .iter()
        .map(|a| PlatformAlert {
            id: &a.id,
            at_unix: a.at.timestamp(),
            title: &a.title,
            body: &a.body,
            pictogram: &a.pictogram,
        })
        .collect();
    serde_json::to_string(&list).unwrap_or_else(|_| "[]".into())
}

/// Locks a mutex, going on after a panic elsewhere (the list itself is always consistent).
pub(crate) fn locked<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Keeps what it is given: for tests, and for showing "what will ring" in the interface.
#[derive(Debug, Default)]
pub struct RecordingNotifier {
    scheduled: std::sync::Mutex<Vec<Alert>>,
    cancels: std::sync::atomic::AtomicUsize,
}

impl RecordingNotifier {
    pub fn new() -> RecordingNotifier {
        RecordingNotifier::default()
    }

    /// What is scheduled now, in the order given.
    pub fn scheduled(&self) -> Vec<Alert> {
        locked(&self.scheduled).clone()
    }

    /// How many times `cancel_all` was called.
    pub fn cancels(&self) -> usize {
        self.cancels.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Notifier for RecordingNotifier {
    fn schedule(&self, alerts: &[Alert]) -> Result<(), NotifyError> {
        locked(&self.scheduled).extend_from_slice(alerts);
        Ok(())
    }

    fn cancel_all(&self) -> Result<(), NotifyError> {
        locked(&self.scheduled).clear();
        self.cancels
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
}
