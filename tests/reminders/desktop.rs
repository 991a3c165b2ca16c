//! The desktop notifier really sends notifications over D-Bus: a private session bus is
//! started (`dbus-daemon`), a stand-in notification server (zbus) takes the freedesktop name,
//! and `DesktopNotifier::fire_due` must reach it. Fails where no `dbus-daemon`
//! is installed. Run with `cargo test --features notify --test reminders desktop`.
#![cfg(all(feature = "notify", target_os = "linux"))]

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use toutpres::i18n::Lang;
use toutpres::platform::desktop::notify::DesktopNotifier;
use toutpres::reminders::notify::{reschedule, Notifier};
use toutpres::reminders::{alerts_to_schedule, AlertSettings, Marks, Reminder};

type Received = Arc<Mutex<Vec<(String, String, String)>>>;

struct FakeNotificationServer {
    received: Received,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl FakeNotificationServer {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: std::collections::HashMap<String, zbus::OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut r = self.received.lock().unwrap();
        r.push((app_name, summary, body));
        r.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("fake".into(), "toutpres".into(), "0".into(), "1.2".into())
    }

    fn close_notification(&self, _id: u32) {}
}

struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_bus() -> Option<(Bus, String)> {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take()?)
        .read_line(&mut line)
        .ok()?;
    Some((Bus(child), line.trim().to_string()))
}

#[test]
fn due_alerts_reach_the_notification_service() {
    // tests/install-deps.sh installs dbus-daemon: missing, the test fails rather than skip.
    let (_bus, address) =
        start_bus().expect("dbus-daemon could not start (install the Debian package dbus)");
    // This test is alone in its binary, so setting the process environment races nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    let received: Received = Arc::default();
    let _server = zbus::block_on(
        zbus::connection::Builder::address(address.as_str())
            .name("org.freedesktop.Notifications")
            .serve_at(
                "/org/freedesktop/Notifications",
                FakeNotificationServer {
                    received: received.clone(),
                },
            )
            .build(),
    )
    .expect("stand-in notification server");

    let mut ft = Reminder::france_travail(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    ft.id = 9;
    let now = Utc.with_ymd_and_hms(2026, 3, 12, 7, 0, 0).unwrap();
    let settings = AlertSettings {
        lang: Lang::Fr,
        discreet: false,
    };
    let alerts = alerts_to_schedule(&[ft], &Marks::new(), now, 30, settings);
    let notifier = DesktopNotifier::new();
    reschedule(&notifier, &alerts).unwrap();
    assert_eq!(notifier.pending().len(), alerts.len());

    // Nothing is due before 10:00 Paris time on the 12th.
    assert!(notifier.fire_due(now).unwrap().is_empty());
    let shown = notifier.fire_due(now + Duration::hours(3)).unwrap();
    assert_eq!(shown, vec!["toutpres:9:2026-03-15:before-3".to_string()]);
    let got = received.lock().unwrap().clone();
    assert_eq!(
        got,
        vec![(
            "Tout près".to_string(),
            "Actualisation France Travail".to_string(),
            "Actualisation France Travail : dans 3 jours.".to_string()
        )]
    );
    // An alert far past (app closed for days) is dropped, not shown out of context.
    let shown = notifier.fire_due(now + Duration::days(20)).unwrap();
    assert!(shown.is_empty(), "{shown:?}");
    assert!(notifier.pending().is_empty());
    notifier.cancel_all().unwrap();
    assert!(notifier.pending().is_empty());
}
