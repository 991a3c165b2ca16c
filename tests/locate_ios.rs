//! The iOS locator compiled on this machine (its file is included here, so it type-checks and
//! runs without a phone): the Swift plugin's calls arrive through the C functions, and the
//! locator answers from the last one.

#[allow(unused_imports)]
use toutpres::locate::{usable_fix, Fix, LocateError, Locator, MAX_FIX_AGE_SECS};

#[path = "../src/locate/ios.rs"]
mod ios;

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn the_swift_plugin_pushes_fixes_and_refusals() {
    let locator = ios::IosLocator;
    assert_eq!(locator.locate(), Err(LocateError::Timeout), "nothing yet");
    ios::toutpres_location_changed(45.1913, 5.7146, 65.0, unix_now() - 20);
    let fix = locator.locate().unwrap();
    assert_eq!(
        (fix.lat, fix.lon, fix.accuracy_m),
        (45.1913, 5.7146, Some(65.0))
    );
    // Unknown accuracy comes as a negative number.
    ios::toutpres_location_changed(45.19, 5.71, -1.0, unix_now());
    assert_eq!(locator.locate().unwrap().accuracy_m, None);
    // A fix from long ago is not where the person is now.
    ios::toutpres_location_changed(45.19, 5.71, 10.0, unix_now() - MAX_FIX_AGE_SECS - 60);
    assert_eq!(locator.locate(), Err(LocateError::Timeout));
    // Asked for a fresh position, it waits for the plugin's next fix.
    let pusher = std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_millis(300));
        ios::toutpres_location_changed(45.1872, 5.7245, 30.0, unix_now());
    });
    let fresh = locator.locate_fresh(std::time::Duration::from_secs(10));
    pusher.join().unwrap();
    assert_eq!(fresh.map(|f| (f.lat, f.lon)), Ok((45.1872, 5.7245)));
    ios::toutpres_location_denied();
    assert_eq!(locator.locate(), Err(LocateError::Denied));
    ios::toutpres_location_off();
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
