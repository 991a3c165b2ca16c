//! iOS: the Swift plugin (`platforms/ios/DeviceLocation.swift`) runs a `CLLocationManager`
//! and pushes each fix, or the person's refusal, through the C functions below; Rust keeps
//! the last one and uses it while it is at most [`crate::locate::MAX_FIX_AGE_SECS`] old. Asked for a
//! fresh position before the first fix came, it waits for one (the trait's own
//! `locate_fresh`), since the plugin keeps updates running while the app is open.

use crate::locate::{usable_fix, Fix, LocateError, Locator};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locate::MAX_FIX_AGE_SECS;

    fn unix_now() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
    }

    #[test]
    fn the_swift_plugin_pushes_fixes_and_refusals() {
        let locator = IosLocator;
        assert_eq!(locator.locate(), Err(LocateError::Timeout), "nothing yet");
        toutpres_location_changed(45.1913, 5.7146, 65.0, unix_now() - 20);
        let fix = locator.locate().unwrap();
        assert_eq!(
            (fix.lat, fix.lon, fix.accuracy_m),
            (45.1913, 5.7146, Some(65.0))
        );
        // Unknown accuracy comes as a negative number.
        toutpres_location_changed(45.19, 5.71, -1.0, unix_now());
        assert_eq!(locator.locate().unwrap().accuracy_m, None);
        // A fix from long ago is not where the person is now.
        toutpres_location_changed(45.19, 5.71, 10.0, unix_now() - MAX_FIX_AGE_SECS - 60);
        assert_eq!(locator.locate(), Err(LocateError::Timeout));
        // Asked for a fresh position, it waits for the plugin's next fix.
        let pusher = std::thread::spawn(|| {
            std::thread::sleep(std::time::Duration::from_millis(300));
            toutpres_location_changed(45.1872, 5.7245, 30.0, unix_now());
        });
        let fresh = locator.locate_fresh(std::time::Duration::from_secs(10));
        pusher.join().unwrap();
        assert_eq!(fresh.map(|f| (f.lat, f.lon)), Ok((45.1872, 5.7245)));
        toutpres_location_denied();
        assert_eq!(locator.locate(), Err(LocateError::Denied));
        toutpres_location_off();
        assert_eq!(locator.locate(), Err(LocateError::Off));
        let swift = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/platforms/ios/DeviceLocation.swift"
        ))
        .unwrap();
        assert!(swift.contains("@_silgen_name(\"toutpres_location_changed\")"));
        assert!(swift.contains("@_silgen_name(\"toutpres_location_denied\")"));
        assert!(swift.contains("@_silgen_name(\"toutpres_location_off\")"));
    }
}
