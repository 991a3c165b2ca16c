//! Desktop notifications (Linux, BSD, macOS, Windows) through `notify-rust`.
//!
//! A desktop has no notification scheduler that outlives the app, so this notifier keeps the
//! scheduled list and the app's timer calls [`DesktopNotifier::fire_due`] (every minute, and at
//! start). Alerts that came due while the app was closed are still shown at start if they are
//! less than [`CATCH_UP`] late; older ones are dropped rather than shown out of context.
//! Nothing is logged: the words go to the notification service only.

use super::{locked, Notifier, NotifyError};
use crate::reminders::Alert;
use chrono::{DateTime, Duration, Utc};
use std::sync::Mutex;

/// How late an alert may still be shown when the app opens.
pub const CATCH_UP: Duration = Duration::hours(12);

#[derive(Debug, Default)]
pub struct DesktopNotifier {
    pending: Mutex<Vec<Alert>>,
}

impl DesktopNotifier {
    pub fn new() -> DesktopNotifier {
        DesktopNotifier::default()
    }

    /// Alerts waiting for their time, soonest first.
    pub fn pending(&self) -> Vec<Alert> {
        locked(&self.pending).clone()
    }

    /// Shows every alert due at `now` (dropping those more than [`CATCH_UP`] late) and returns
    /// the ids shown. On a failure the alerts not yet shown stay pending.
    pub fn fire_due(&self, now: DateTime<Utc>) -> Result<Vec<String>, NotifyError> {
        let mut pending = locked(&self.pending);
        let mut shown = Vec::new();
        while let Some(first) = pending.first() {
            if first.at > now {
                break;
            }
            if first.at >= now - CATCH_UP {
                show(first)?;
                shown.push(first.id.clone());
            }
            pending.remove(0);
        }
        Ok(shown)
    }
}

/// Shows one alert now.
pub fn show(alert: &Alert) -> Result<(), NotifyError> {
    notify_rust::Notification::new()
        .appname("Tout près")
        .summary(&alert.title)
        .body(&alert.body)
        .icon("appointment-soon")
        // Stays until dismissed: many people miss a notification that fades after seconds.
        .timeout(notify_rust::Timeout::Never)
        .show()
        .map(|_| ())
        .map_err(|e| NotifyError::Unavailable(e.to_string()))
}

impl Notifier for DesktopNotifier {
    fn schedule(&self, alerts: &[Alert]) -> Result<(), NotifyError> {
        let mut pending = locked(&self.pending);
        pending.extend_from_slice(alerts);
        pending.sort_by_key(|a| a.at);
        Ok(())
    }

    fn cancel_all(&self) -> Result<(), NotifyError> {
        locked(&self.pending).clear();
        Ok(())
    }
}
