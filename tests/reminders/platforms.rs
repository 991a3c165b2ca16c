//! The notification seam: rescheduling through a recording notifier, and the JSON the mobile
//! plugins receive. The Android and iOS notifiers themselves are tested in `platform::android`
//! and `platform::ios` (compiled in the library's own tests on this machine).

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use toutpres::i18n::Lang;
use toutpres::reminders::notify::{platform_payload, reschedule, RecordingNotifier};
use toutpres::reminders::{alerts_to_schedule, AlertSettings, Marks, Reminder};

use toutpres::reminders::Alert;

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
