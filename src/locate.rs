//! Where the person is: from the device (behind the [`Locator`] seam), or picked without
//! typing (a commune, then a well-known spot in it), or found by search for those who can type.
//!
//! The commune list and the spots come from the snapshot itself, so they work offline and
//! cover exactly the area the data covers.

use crate::snapshot::{CommunePlace, Snapshot, SnapshotError};
use crate::text::fold;
use std::collections::BTreeMap;
use std::time::Duration;

/// Why the device could not say where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocateError {
    /// This device has no position service (desktop).
    Unavailable,
    /// The person did not allow it.
    Denied,
    /// No fix in time (indoors, no signal).
    Timeout,
    /// The phone's location is switched off in its settings.
    Off,
}

/// A position from the device.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fix {
    pub lat: f64,
    pub lon: f64,
    /// Horizontal accuracy in metres, when known.
    pub accuracy_m: Option<f64>,
}

/// The platform's position service (implementations in `crate::platform`):
/// - `platform::android::AndroidLocator` (`target_os = "android"`): `LocationManager` over JNI, the
///   newest last-known fix of the fused, GPS and network providers; asks for the location
///   permission the first time.
/// - `platform::ios::IosLocator` (`target_os = "ios"`): Core Location in the Swift plugin
///   `platforms/ios/DeviceLocation.swift`, which pushes each fix to Rust.
/// - [`NoLocator`]: desktop, which has no position service; people pick a place instead
///   (`platform::desktop::StandInLocator` stands in for a device in demos and tests).
pub trait Locator: Send + Sync {
    /// The position from what the device already knows; returns at once.
    fn locate(&self) -> Result<Fix, LocateError>;

    /// The position, waiting up to `patience` for the device to find one when it has no recent
    /// fix. Blocks: call it off the interface thread. A platform that must ask for fixes
    /// (Android) overrides it; the others only need the waiting.
    fn locate_fresh(&self, patience: Duration) -> Result<Fix, LocateError> {
        wait_for_fix(|| self.locate(), patience, FIX_POLL, std::thread::sleep)
    }
}

/// How long "use my position" waits for a first fix: long enough for a phone that just
/// switched its GPS on outdoors, short enough that the person is not left waiting indoors.
pub const FIX_PATIENCE: Duration = Duration::from_secs(20);
/// How often a waiting locator looks again.
pub const FIX_POLL: Duration = Duration::from_millis(500);

/// Asks `try_now` until it gives a fix or an answer that waiting cannot change (not allowed,
/// switched off, no service), for at most `patience`. `sleep` is injected for the tests.
pub fn wait_for_fix(
    mut try_now: impl FnMut() -> Result<Fix, LocateError>,
    patience: Duration,
    step: Duration,
    mut sleep: impl FnMut(Duration),
) -> Result<Fix, LocateError> {
    let mut waited = Duration::ZERO;
    loop {
        match try_now() {
            Err(LocateError::Timeout) if waited < patience => {
                sleep(step);
                waited += step;
            }
            answer => return answer,
        }
    }
}

/// A fix older than this is not "where I am now": the person is asked to pick a place.
pub const MAX_FIX_AGE_SECS: i64 = 15 * 60;

/// The fix to use among what the device has, each with its age in seconds: the newest one
/// that is recent enough (on equal age, the more precise). `None` when all are too old.
pub fn usable_fix(candidates: &[(Fix, i64)]) -> Option<Fix> {
    candidates
        .iter()
        .filter(|(f, age)| {
            (0..=MAX_FIX_AGE_SECS).contains(age) && f.lat.is_finite() && f.lon.is_finite()
        })
        .min_by(|(a, age_a), (b, age_b)| {
            let acc = |f: &Fix| f.accuracy_m.unwrap_or(f64::INFINITY);
            age_a.cmp(age_b).then(acc(a).total_cmp(&acc(b)))
        })
        .map(|(f, _)| *f)
}

/// A device without a position service.
pub struct NoLocator;

impl Locator for NoLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        Err(LocateError::Unavailable)
    }
}

/// A commune of the snapshot with the centre of its places.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub places: usize,
}

/// Communes with at least one place, most places first (ties by name). Names that differ only
/// by case or accents ("ECHIROLLES", "Échirolles") are one commune, shown with the most common
/// spelling that has lowercase letters.
pub fn communes(snap: &Snapshot) -> Result<Vec<Commune>, SnapshotError> {
    // folded name → (spellings with counts, sum lat, sum lon, n)
    let mut groups: BTreeMap<String, (BTreeMap<String, usize>, f64, f64, usize)> = BTreeMap::new();
    for CommunePlace {
        lat,
        lon,
        commune: name,
        ..
    } in snap.places_in_communes()?
    {
        let g = groups.entry(fold(&name)).or_default();
        *g.0.entry(name).or_default() += 1;
        g.1 += lat;
        g.2 += lon;
        g.3 += 1;
    }
    let mut out: Vec<Commune> = groups
        .into_values()
        .map(|(spellings, slat, slon, n)| {
            let name = spellings
                .iter()
                .max_by_key(|(s, c)| {
                    (
                        s.chars().any(char::is_lowercase),
                        **c,
                        std::cmp::Reverse((*s).clone()),
                    )
                })
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            Commune {
                name,
                lat: slat / n as f64,
                lon: slon / n as f64,
                places: n,
            }
        })
        .collect();
    out.sort_by(|a, b| b.places.cmp(&a.places).then_with(|| a.name.cmp(&b.name)));
    Ok(out)
}

/// A spot people know, to say "I am near here".
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// Well-known spots of a commune: town halls, libraries, France services first (everyone
/// knows them), then the other places, by name.
pub fn spots(snap: &Snapshot, commune: &str) -> Result<Vec<Spot>, SnapshotError> {
    let want = fold(commune);
    let mut found: Vec<(u8, String, Spot)> = Vec::new();
    for CommunePlace {
        name,
        lat,
        lon,
        commune: c,
        kind,
    } in snap.places_in_communes()?
    {
        if fold(&c) != want {
            continue;
        }
        let key = fold(&format!("{name} {}", kind.unwrap_or_default()));
        let rank = if key.contains("mairie") || key.contains("hotel de ville") {
            0
        } else if key.contains("biblio") || key.contains("mediatheque") {
            1
        } else if key.contains("france services") {
            2
        } else {
            3
        };
        found.push((rank, fold(&name), Spot { name, lat, lon }));
    }
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    found.dedup_by(|a, b| a.1 == b.1);
    Ok(found.into_iter().map(|(_, _, s)| s).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(lat: f64, accuracy_m: Option<f64>) -> Fix {
        Fix {
            lat,
            lon: 5.7,
            accuracy_m,
        }
    }

    #[test]
    fn the_newest_recent_fix_wins_and_old_ones_are_not_where_i_am_now() {
        let gps = (fix(45.19, Some(8.0)), 600);
        let network = (fix(45.20, Some(900.0)), 30);
        assert_eq!(usable_fix(&[gps, network]), Some(network.0));
        // Same age: the more precise.
        let precise = (fix(45.21, Some(5.0)), 30);
        assert_eq!(usable_fix(&[network, precise]), Some(precise.0));
        // An hour old, or from the future (a clock change), or not a number: not usable.
        let stale = (fix(45.19, Some(8.0)), 3600);
        let future = (fix(45.19, Some(8.0)), -5);
        let broken = (fix(f64::NAN, None), 1);
        assert_eq!(usable_fix(&[stale, future, broken]), None);
        assert_eq!(usable_fix(&[]), None);
    }

    /// A locator that answers from a list, one answer per call, then keeps the last.
    fn answers(list: Vec<Result<Fix, LocateError>>) -> impl FnMut() -> Result<Fix, LocateError> {
        let mut list = list.into_iter();
        let mut last = Err(LocateError::Timeout);
        move || {
            if let Some(next) = list.next() {
                last = next;
            }
            last.clone()
        }
    }

    #[test]
    fn waiting_for_a_fix_stops_at_the_first_fix_or_at_a_final_answer() {
        let step = Duration::from_millis(500);
        let patience = Duration::from_secs(20);
        let mut slept = Vec::new();
        let found = wait_for_fix(
            answers(vec![
                Err(LocateError::Timeout),
                Err(LocateError::Timeout),
                Ok(fix(45.19, None)),
            ]),
            patience,
            step,
            |d| slept.push(d),
        );
        assert_eq!(found, Ok(fix(45.19, None)));
        assert_eq!(slept.len(), 2, "it waited twice, then had the fix");
        // Not allowed or switched off: waiting would not help, so it does not wait.
        for final_answer in [
            LocateError::Denied,
            LocateError::Off,
            LocateError::Unavailable,
        ] {
            let mut slept = 0;
            let got = wait_for_fix(
                answers(vec![Err(final_answer.clone())]),
                patience,
                step,
                |_| slept += 1,
            );
            assert_eq!((got, slept), (Err(final_answer), 0));
        }
    }

    #[test]
    fn waiting_for_a_fix_gives_up_after_its_patience() {
        let mut waited = Duration::ZERO;
        let got = wait_for_fix(
            answers(vec![]),
            Duration::from_secs(20),
            Duration::from_millis(500),
            |d| waited += d,
        );
        assert_eq!(got, Err(LocateError::Timeout));
        assert_eq!(waited, Duration::from_secs(20));
    }
}
