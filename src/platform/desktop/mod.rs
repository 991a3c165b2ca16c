//! The desktop (Linux for development and tests; also macOS and Windows): no position
//! service and an unmetered link, so the seams' plain answers, plus stand-ins that tests and
//! demos set through [`super::Config`]. Desktop notifications are in [`notify`].

use crate::locate::{Fix, LocateError, Locator};
use crate::sync::network::Connectivity;
use crate::sync::NetworkKind;
use std::time::Duration;

#[cfg(feature = "notify")]
pub mod notify;

/// A computer's wired or wifi link. Whether it really reaches the host is learnt by asking;
/// a failed request is reported as "no connection" anyway.
#[derive(Debug, Default, Clone, Copy)]
pub struct Unmetered;

impl Connectivity for Unmetered {
    fn network(&self) -> NetworkKind {
        NetworkKind::Wifi
    }
}

/// A position given by hand, found `delay` after the first time it is asked for.
#[derive(Debug)]
pub struct StandInLocator {
    fix: Fix,
    delay: Duration,
    first_asked: std::sync::Mutex<Option<std::time::Instant>>,
}

impl StandInLocator {
    /// "45.1913,5.7146" or "45.1913,5.7146 after 2s".
    pub fn parse(text: &str) -> Option<StandInLocator> {
        let (position, delay) = match text.split_once("after") {
            Some((p, d)) => (p, d.trim().strip_suffix('s')?.trim().parse::<f64>().ok()?),
            None => (text, 0.0),
        };
        let (lat, lon) = position.split_once(',')?;
        let (lat, lon) = (
            lat.trim().parse::<f64>().ok()?,
            lon.trim().parse::<f64>().ok()?,
        );
        let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        (valid && delay.is_finite() && delay >= 0.0).then(|| StandInLocator {
            fix: Fix {
                lat,
                lon,
                accuracy_m: Some(20.0),
            },
            delay: Duration::from_secs_f64(delay),
            first_asked: std::sync::Mutex::new(None),
        })
    }
}

impl Locator for StandInLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        let mut first = self.first_asked.lock().unwrap_or_else(|e| e.into_inner());
        let since = first.get_or_insert_with(std::time::Instant::now).elapsed();
        if since >= self.delay {
            Ok(self.fix)
        } else {
            Err(LocateError::Timeout)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stand_in_position_is_found_after_its_delay() {
        let now = StandInLocator::parse("45.1913, 5.7146").unwrap();
        assert_eq!(now.locate().map(|f| (f.lat, f.lon)), Ok((45.1913, 5.7146)));
        let later = StandInLocator::parse("45.1913,5.7146 after 0.2s").unwrap();
        assert_eq!(later.locate(), Err(LocateError::Timeout));
        let found = later.locate_fresh(Duration::from_secs(5));
        assert_eq!(found.map(|f| f.lat), Ok(45.1913));
        for bad in [
            "",
            "45.19",
            "north,south",
            "95,5",
            "45,5 after soon",
            "45,5 after -1s",
        ] {
            assert!(StandInLocator::parse(bad).is_none(), "{bad:?}");
        }
    }
}
