//! The notification seam: rescheduling through a recording notifier, the JSON the mobile
//! plugins receive, and the Android and iOS notifiers compiled on this machine (their files are
//! included here, so they type-check without a phone toolchain; the iOS one is also driven
//! through its C callbacks).

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use toutpres::i18n::Lang;
use toutpres::reminders::notify::{platform_payload, reschedule, RecordingNotifier};
use toutpres::reminders::{alerts_to_schedule, AlertSettings, Marks, Reminder};

// What the platform modules see as `super::` in the library.
#[allow(unused_imports)]
use toutpres::reminders::notify::{Notifier, NotifyError};
#[allow(unused_imports)]
use toutpres::reminders::Alert;

#[allow(dead_code)]
#[path = "../src/reminders/notify/android.rs"]
mod android;
#[allow(dead_code)]
#[path = "../src/android_env.rs"]
mod android_env;
#[path = "../src/reminders/notify/ios.rs"]
mod ios;

fn alerts() -> Vec<Alert> {
    let mut ft = Reminder::france_travail(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    ft.id = 4;
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    alerts_to_schedule(
        &[ft],
        &Marks::new(),
        now,
        45,
        AlertSettings {
            lang: Lang::Ar,
            discreet: false,
        },
    )
}

#[test]
fn rescheduling_replaces_the_whole_set() {
    let n = RecordingNotifier::new();
    let a = alerts();
    assert_eq!(a.len(), 5, "{a:?}");
    reschedule(&n, &a).unwrap();
    reschedule(&n, &a[1..]).unwrap();
    assert_eq!(n.scheduled(), a[1..].to_vec());
    assert_eq!(n.cancels(), 2);
    // Words never reach a log through Debug.
    assert!(!format!("{:?}", a[0]).contains(&a[0].body));
}

#[test]
fn the_plugins_receive_plain_json() {
    let a = alerts();
    let json: serde_json::Value = serde_json::from_str(&platform_payload(&a)).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), a.len());
    assert_eq!(list[0]["id"], "toutpres:4:2026-03-15:before-3");
    assert_eq!(
        list[0]["at_unix"],
        Utc.with_ymd_and_hms(2026, 3, 12, 9, 0, 0)
            .unwrap()
            .timestamp()
    );
    assert_eq!(list[0]["pictogram"], "job-seeker-update.svg");
    assert!(list[0]["body"].as_str().unwrap().contains("France Travail"));
    assert!(a.windows(2).all(|w| w[0].at < w[1].at) && a[4].at - a[0].at < Duration::days(45));
}

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
    let n = ios::IosNotifier;
    assert!(n.cancel_all().is_err(), "nothing registered yet");
    assert_eq!(
        ios::toutpres_register_notification_callbacks(swift_schedule, swift_cancel_all),
        1
    );
    assert_eq!(
        ios::toutpres_register_notification_callbacks(swift_schedule, swift_cancel_all),
        0,
        "registered once"
    );
    let a = alerts();
    reschedule(&n, &a).unwrap();
    let got = RECEIVED.lock().unwrap().clone();
    assert_eq!(got, vec!["cancel".to_string(), platform_payload(&a)]);
}

#[test]
fn the_android_notifier_is_a_notifier() {
    fn is_notifier<T: Notifier>(_: &T) {}
    is_notifier(&android::AndroidNotifier);
    assert_eq!(
        android::PLUGIN_CLASS,
        "fr.toutpres.reminders.ReminderAlarms"
    );
    let kotlin = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/platforms/android/src/main/kotlin/fr/toutpres/reminders/ReminderAlarms.kt"
    ))
    .unwrap();
    // The methods the JNI calls exist with the signatures it uses.
    assert!(kotlin.contains("fun schedule(context: Context, json: String)"));
    assert!(kotlin.contains("fun cancelAll(context: Context)"));
    assert!(kotlin.contains("@JvmStatic"));
    let swift = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/platforms/ios/ReminderNotifications.swift"
    ))
    .unwrap();
    assert!(swift.contains("toutpres_register_notification_callbacks"));
}
