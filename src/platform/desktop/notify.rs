//! Desktop notifications (Linux, BSD, macOS, Windows) through `notify-rust`.
//!
//! A desktop has no notification scheduler that outlives the app, so this notifier keeps the
//! scheduled list and the app's timer calls [`DesktopNotifier::fire_due`] (every minute, and at
//! start). Alerts that came due while the app was closed are still shown at start if they are
//! less than [`CATCH_UP`] late; older ones are dropped rather than shown out of context. The
//! time of the last alert shown is kept by the app ([`DesktopNotifier::shown_until`]) and
//! handed back at the next start ([`DesktopNotifier::resume_after`]), so an alert is never
//! shown twice across a restart.
//! Nothing is logged: the words go to the notification service only.

use crate::reminders::notify::{locked, Notifier, NotifyError};
use crate::reminders::Alert;
use chrono::{DateTime, Duration, Utc};
use std::sync::Mutex;

/// How late an alert may still be shown when the app opens.
pub const CATCH_UP: Duration = Duration::hours(12);

#[derive(Debug, Default)]
pub struct DesktopNotifier {
    pending: Mutex<Vec<Alert>>,
    /// Alerts due at or before this were already shown (by this run or an earlier one).
    shown_until: Mutex<Option<DateTime<Utc>>>,
}

impl DesktopNotifier {
    pub fn new() -> DesktopNotifier {
        DesktopNotifier::default()
    }

    /// Alerts waiting for their time, soonest first.
    pub fn pending(&self) -> Vec<Alert> {
        locked(&self.pending).clone()
    }

    /// Alerts due at or before `t` were shown before this start: never show them again.
    pub fn resume_after(&self, t: DateTime<Utc>) {
        let mut until = locked(&self.shown_until);
        *until = Some(until.map_or(t, |u| u.max(t)));
    }

    /// The due time of the last alert shown, to keep for the next start.
    pub fn shown_until(&self) -> Option<DateTime<Utc>> {
        *locked(&self.shown_until)
    }

    /// Shows every alert due at `now` (dropping those more than [`CATCH_UP`] late or already
    /// shown) and returns the ids shown. On a failure the alerts not yet shown stay pending.
    pub fn fire_due(&self, now: DateTime<Utc>) -> Result<Vec<String>, NotifyError> {
        self.fire_due_with(now, show)
    }

    fn fire_due_with(
        &self,
        now: DateTime<Utc>,
        show: impl Fn(&Alert) -> Result<(), NotifyError>,
    ) -> Result<Vec<String>, NotifyError> {
        let mut pending = locked(&self.pending);
        let mut until = locked(&self.shown_until);
        let mut shown = Vec::new();
        while let Some(first) = pending.first() {
            if first.at > now {
                break;
            }
            let already = until.is_some_and(|u| first.at <= u);
            if first.at >= now - CATCH_UP && !already {
                show(first)?;
                shown.push(first.id.clone());
                *until = Some(until.map_or(first.at, |u| u.max(first.at)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn alert(id: &str, at: DateTime<Utc>) -> Alert {
        Alert {
            id: id.into(),
            reminder: 1,
            due: at.date_naive(),
            kind: crate::reminders::schedule::AlertKind::DueToday,
            at,
            local: at.naive_utc(),
            title: "t".into(),
            body: "b".into(),
            pictogram: "bell.svg".into(),
        }
    }

    #[test]
    fn an_alert_shown_before_a_restart_is_not_shown_again() {
        let nine = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let ten = nine + Duration::hours(1);
        let alerts = [alert("a", nine), alert("b", ten)];
        let first_run = DesktopNotifier::new();
        first_run.schedule(&alerts).unwrap();
        let shown = first_run.fire_due_with(nine, |_| Ok(())).unwrap();
        assert_eq!(shown, ["a"]);
        let kept = first_run.shown_until().unwrap();
        // The app closes and opens again at 10:30 and reschedules the same alerts.
        let second_run = DesktopNotifier::new();
        second_run.schedule(&alerts).unwrap();
        second_run.resume_after(kept);
        let shown = second_run
            .fire_due_with(ten + Duration::minutes(30), |_| Ok(()))
            .unwrap();
        assert_eq!(shown, ["b"], "a was shown in the first run");
    }

    #[test]
    fn a_failed_display_keeps_the_alert_pending() {
        let nine = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let n = DesktopNotifier::new();
        n.schedule(&[alert("a", nine)]).unwrap();
        let failed = n.fire_due_with(nine, |_| Err(NotifyError::Unavailable("no bus".into())));
        assert!(failed.is_err());
        assert_eq!(n.pending().len(), 1);
        assert_eq!(n.shown_until(), None);
    }
}
