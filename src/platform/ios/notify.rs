//! iOS: notifications through the Swift plugin in `platforms/ios/`.
//!
//! `UNUserNotificationCenter` fires scheduled requests while the app is closed; the Swift plugin
//! registers them. To keep the Rust side free of Objective-C bindings, the seam is two C
//! callbacks the plugin registers at start-up with
//! [`toutpres_register_notification_callbacks`]: one receives the JSON list
//! ([`platform_payload`]), the other cancels everything the app scheduled.

use crate::reminders::notify::{platform_payload, Notifier, NotifyError};
use crate::reminders::Alert;
use std::ffi::{c_char, CString};
use std::sync::OnceLock;

/// Receives the JSON list (UTF-8, NUL-terminated, valid during the call); returns 0 on success.
pub type ScheduleCallback = extern "C" fn(json: *const c_char) -> i32;
/// Removes every pending request of the app; returns 0 on success.
pub type CancelAllCallback = extern "C" fn() -> i32;

static CALLBACKS: OnceLock<(ScheduleCallback, CancelAllCallback)> = OnceLock::new();

/// Called once by the Swift plugin at start-up. Returns 1 when registered, 0 when callbacks
/// were already registered.
#[no_mangle]
pub extern "C" fn toutpres_register_notification_callbacks(
    schedule: ScheduleCallback,
    cancel_all: CancelAllCallback,
) -> i32 {
    i32::from(CALLBACKS.set((schedule, cancel_all)).is_ok())
}

#[derive(Debug, Default, Clone, Copy)]
pub struct IosNotifier;

fn callbacks() -> Result<&'static (ScheduleCallback, CancelAllCallback), NotifyError> {
    CALLBACKS
        .get()
        .ok_or_else(|| NotifyError::Unavailable("ios: plugin not registered".into()))
}

fn check(code: i32) -> Result<(), NotifyError> {
    if code == 0 {
        Ok(())
    } else {
        Err(NotifyError::Unavailable(format!(
            "ios: plugin error {code}"
        )))
    }
}

impl Notifier for IosNotifier {
    fn schedule(&self, alerts: &[Alert]) -> Result<(), NotifyError> {
        let (schedule, _) = callbacks()?;
        // JSON escapes control characters, so the text has no interior NUL.
        let json = CString::new(platform_payload(alerts))
            .map_err(|_| NotifyError::Unavailable("ios: NUL in payload".into()))?;
        check(schedule(json.as_ptr()))
    }

    fn cancel_all(&self) -> Result<(), NotifyError> {
        let (_, cancel_all) = callbacks()?;
        check(cancel_all())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::notify::reschedule;

    static RECEIVED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

    extern "C" fn swift_schedule(json: *const std::ffi::c_char) -> i32 {
        // SAFETY: the notifier passes a valid NUL-terminated string for the call's duration.
        let text = unsafe { std::ffi::CStr::from_ptr(json) };
        RECEIVED
            .lock()
            .unwrap()
            .push(text.to_string_lossy().into_owned());
        0
    }

    extern "C" fn swift_cancel_all() -> i32 {
        RECEIVED.lock().unwrap().push("cancel".into());
        0
    }

    #[test]
    fn the_ios_notifier_goes_through_the_registered_callbacks() {
        let n = IosNotifier;
        assert!(n.cancel_all().is_err(), "nothing registered yet");
        assert_eq!(
            toutpres_register_notification_callbacks(swift_schedule, swift_cancel_all),
            1
        );
        assert_eq!(
            toutpres_register_notification_callbacks(swift_schedule, swift_cancel_all),
            0,
            "registered once"
        );
        let mut ft = crate::reminders::Reminder::france_travail(
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        );
        ft.id = 4;
        let a = crate::reminders::alerts_to_schedule(
            &[ft],
            &crate::reminders::Marks::new(),
            chrono::DateTime::UNIX_EPOCH + chrono::Duration::days(20_500),
            45,
            crate::reminders::AlertSettings {
                lang: crate::i18n::Lang::Fr,
                discreet: true,
            },
        );
        assert!(!a.is_empty());
        reschedule(&n, &a).unwrap();
        let got = RECEIVED.lock().unwrap().clone();
        assert_eq!(got, vec!["cancel".to_string(), platform_payload(&a)]);
    }
}
