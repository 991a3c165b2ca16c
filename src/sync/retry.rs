//! When the app should look for new data again by itself. A phone app may stay open for days
//! (a desktop for weeks), and a connection often appears later than the app starts: after a
//! failure (no connection, a wifi login page, a server error) it tries again soon; after a
//! success, twice a day is plenty for data published at most daily. The policy (wifi only,
//! consent for mobile data) is applied by [`super::sync`] as for any background sync.

use super::Outcome;
use chrono::{DateTime, Duration, Utc};

/// After a failure, try again after this long.
pub const RETRY_AFTER_FAILURE: Duration = Duration::minutes(15);
/// After a check that worked (or a refusal that retrying will not change), wait this long.
pub const CHECK_EVERY: Duration = Duration::hours(12);

/// Whether a background check is due at `now`, given the last result and when it ended.
pub fn background_check_due(last: Option<(&Outcome, DateTime<Utc>)>, now: DateTime<Utc>) -> bool {
    let Some((outcome, at)) = last else {
        return true;
    };
    let wait = match outcome {
        Outcome::NoConnection { .. }
        | Outcome::ConnectToWifiPage { .. }
        | Outcome::ServerTrouble { .. }
        | Outcome::CannotWrite { .. }
        | Outcome::NotNow { .. } => RETRY_AFTER_FAILURE,
        _ => CHECK_EVERY,
    };
    // A clock set back (at in the future) must not stop checks for good.
    now - at >= wait || at > now
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn failures_retry_soon_successes_wait_half_a_day() {
        let at = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let offline = Outcome::NoConnection { data_from: None };
        let fresh = Outcome::UpToDate {
            version: 1,
            data_from: at.date_naive(),
        };
        assert!(background_check_due(None, at));
        assert!(!background_check_due(
            Some((&offline, at)),
            at + Duration::minutes(14)
        ));
        assert!(background_check_due(
            Some((&offline, at)),
            at + Duration::minutes(15)
        ));
        assert!(!background_check_due(
            Some((&fresh, at)),
            at + Duration::hours(11)
        ));
        assert!(background_check_due(
            Some((&fresh, at)),
            at + Duration::hours(12)
        ));
        // The clock went back: check rather than wait for a day that may never come.
        assert!(background_check_due(
            Some((&fresh, at)),
            at - Duration::days(3)
        ));
    }
}
