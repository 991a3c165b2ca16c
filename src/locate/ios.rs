//! iOS: the Swift plugin (`platforms/ios/DeviceLocation.swift`) runs a `CLLocationManager`
//! and pushes each fix, or the person's refusal, through the C functions below; Rust keeps
//! the last one and uses it while it is at most [`super::MAX_FIX_AGE_SECS`] old. Asked for a
//! fresh position before the first fix came, it waits for one (the trait's own
//! `locate_fresh`), since the plugin keeps updates running while the app is open.

use super::{usable_fix, Fix, LocateError, Locator};
use std::sync::Mutex;

#[derive(Debug, Clone, Copy)]
enum Known {
    Nothing,
    Denied,
    /// Location services are switched off for the whole phone.
    Off,
    /// A fix and the Unix time it was taken.
    Fix(Fix, i64),
}

static LAST: Mutex<Known> = Mutex::new(Known::Nothing);

fn set(k: Known) {
    *LAST.lock().unwrap_or_else(|e| e.into_inner()) = k;
}

/// A new fix: degrees, horizontal accuracy in metres (negative: unknown), Unix time.
#[no_mangle]
pub extern "C" fn toutpres_location_changed(lat: f64, lon: f64, accuracy_m: f64, unix_time: i64) {
    let accuracy_m = (accuracy_m >= 0.0).then_some(accuracy_m);
    set(Known::Fix(
        Fix {
            lat,
            lon,
            accuracy_m,
        },
        unix_time,
    ));
}

/// The person did not allow the location (or turned it off for the app).
#[no_mangle]
pub extern "C" fn toutpres_location_denied() {
    set(Known::Denied);
}

/// Location services are switched off in the phone's settings.
#[no_mangle]
pub extern "C" fn toutpres_location_off() {
    set(Known::Off);
}

#[derive(Debug, Default, Clone, Copy)]
pub struct IosLocator;

impl Locator for IosLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        let known = *LAST.lock().unwrap_or_else(|e| e.into_inner());
        match known {
            Known::Denied => Err(LocateError::Denied),
            Known::Off => Err(LocateError::Off),
            Known::Nothing => Err(LocateError::Timeout),
            Known::Fix(fix, at) => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(at);
                usable_fix(&[(fix, now - at)]).ok_or(LocateError::Timeout)
            }
        }
    }
}
