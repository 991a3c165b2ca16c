//! Every fault a network, a server or a phone can produce during sync, over real HTTP on
//! loopback (a fault-injecting server written on std::net, no mock of the client). After each
//! fault the old snapshot still answers queries, the user database is untouched, and the next
//! clean sync succeeds.

use super::support::*;
use std::time::Duration;
use toutpres::sync::manifest::SecretKey;
use toutpres::sync::{
    self, DownloadKind, Faults, NetworkKind, Outcome, Planned, RejectReason, SyncConfig,
    SyncPolicy, Trigger,
};

fn config(server: &FaultServer) -> SyncConfig {
    let mut cfg = SyncConfig::new(&server.url("manifest"));
    cfg.trusted_keys = vec![public_key()];
    cfg.timeout = Duration::from_secs(2);
    cfg
}

fn sync_now(app: &App, cfg: &SyncConfig) -> Outcome {
    sync::sync(
        &app.dir,
        cfg,
        SyncPolicy::default(),
        NetworkKind::Wifi,
        Trigger::Person,
        today(),
    )
    .outcome
}

/// Sync, expect the update from 100 to `to`, and check the app now uses it.
fn assert_updated(app: &App, cfg: &SyncConfig, to: u64) {
    let outcome = sync_now(app, cfg);
    assert!(
        matches!(outcome, Outcome::Updated { from: 100, to: t, .. } if t == to),
        "{outcome:?}"
    );
    assert_eq!(app.check(), to);
}

/// The plan of a sync that has something to download.
fn planned(app: &App, cfg: &SyncConfig) -> sync::Plan {
    match sync::plan(&app.dir, cfg, today()) {
        Planned::Download(p) => *p,
        other => panic!("{other:?}"),
    }
}

/// The fault leaves version 100 active; the next clean sync installs 101.
fn fault_then_recover(
    prefix: &str,
    fault: Fault,
    expected: impl Fn(&Outcome) -> bool,
) -> (App, FaultServer) {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    server.set(prefix, fault.clone());
    let cfg = config(&server);
    let outcome = sync_now(&app, &cfg);
    assert!(expected(&outcome), "{fault:?} on {prefix}: got {outcome:?}");
    assert_eq!(outcome.data_from(), Some(date(2026, 1, 1)), "{outcome:?}");
    assert_eq!(app.check(), 100, "{fault:?}: the old snapshot stays active");
    server.clear();
    let outcome = sync_now(&app, &cfg);
    assert_eq!(
        outcome,
        Outcome::Updated {
            from: 100,
            to: 101,
            data_from: date(2026, 1, 2)
        },
        "after {fault:?}"
    );
    assert_eq!(app.check(), 101);
    (app, server)
}

fn rejected(o: &Outcome, want: fn(&RejectReason) -> bool) -> bool {
    matches!(o, Outcome::Rejected { reason, .. } if want(reason))
}

#[test]
fn clean_sync_updates_through_the_delta_then_says_up_to_date_with_a_conditional_request() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    let cfg = config(&server);
    let m = site_manifest(&fx.site);
    let p = planned(&app, &cfg);
    assert_eq!(p.kind, DownloadKind::Delta { from_version: 100 });
    assert_eq!(p.bytes, m.deltas[0].file.size);
    assert!(p.bytes * 10 < m.full.size, "{} vs {}", p.bytes, m.full.size);
    assert_updated(&app, &cfg, 101);
    let outcome = sync_now(&app, &cfg);
    assert_eq!(
        outcome,
        Outcome::UpToDate {
            version: 101,
            data_from: date(2026, 1, 2)
        }
    );
    let log = server.log();
    let last = log.last().unwrap();
    assert_eq!(last.path, "/manifest");
    assert!(
        last.if_none_match.is_some() && last.status == 304,
        "{last:?}"
    );
    assert!(
        log.iter().all(|l| !l.path.starts_with("/snapshots/")),
        "{log:?}"
    );
}

#[test]
fn truncated_body_keeps_the_partial_file_and_the_next_sync_resumes_with_range() {
    let size = site_manifest(&fixture().site).deltas[0].file.size as usize;
    let (_, server) = fault_then_recover("/deltas/", Fault::Truncate(size / 2), |o| {
        matches!(o, Outcome::NoConnection { .. })
    });
    let resumed = server
        .log()
        .into_iter()
        .find(|l| l.path.starts_with("/deltas/") && l.status == 206)
        .expect("a Range request");
    assert_eq!(resumed.range, Some(format!("bytes={}-", size / 2)));
}

#[test]
fn truncated_manifest_is_refused() {
    fault_then_recover("/manifest", Fault::Truncate(100), |o| {
        matches!(o, Outcome::NoConnection { .. })
    });
}

#[test]
fn one_flipped_byte_in_the_delta_is_refused_as_corrupt() {
    fault_then_recover("/deltas/", Fault::FlipByte, |o| {
        rejected(o, |r| matches!(r, RejectReason::Corrupt(_)))
    });
}

#[test]
fn one_flipped_byte_in_the_manifest_is_a_bad_signature() {
    fault_then_recover("/manifest", Fault::FlipByte, |o| {
        rejected(o, |r| *r == RejectReason::BadSignature)
    });
}

#[test]
fn manifest_without_signature_is_refused() {
    let m = site_manifest(&fixture().site);
    let json = serde_json::to_vec_pretty(&m).unwrap();
    fault_then_recover("/manifest", Fault::Body(json), |o| {
        rejected(o, |r| *r == RejectReason::Unsigned)
    });
}

#[test]
fn manifest_signed_by_another_key_is_refused() {
    let m = site_manifest(&fixture().site);
    let forged = SecretKey::from_seed(OTHER_KEY_SEED).sign_manifest(&m);
    fault_then_recover("/manifest", Fault::Body(forged), |o| {
        rejected(o, |r| *r == RejectReason::UnknownKey)
    });
}

#[test]
fn manifest_with_a_wrong_signature_under_our_key_id_is_refused() {
    let m = site_manifest(&fixture().site);
    let other = SecretKey::from_seed(OTHER_KEY_SEED);
    let forged = String::from_utf8(other.sign_manifest(&m))
        .unwrap()
        .replace(&other.public().id_hex(), &public_key().id_hex());
    fault_then_recover("/manifest", Fault::Body(forged.into_bytes()), |o| {
        rejected(o, |r| *r == RejectReason::BadSignature)
    });
}

#[test]
fn captive_portal_html_with_status_200_says_connect_to_the_wifi_page() {
    fault_then_recover("/", Fault::LoginPage, |o| {
        matches!(o, Outcome::ConnectToWifiPage { .. })
    });
}

#[test]
fn captive_portal_on_the_download_only_never_lands_in_the_partial_file() {
    let (app, _) = fault_then_recover("/deltas/", Fault::LoginPage, |o| {
        matches!(o, Outcome::ConnectToWifiPage { .. })
    });
    let leftovers: Vec<_> = std::fs::read_dir(app.dir.join("sync"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn status_511_network_authentication_required_says_connect_to_the_wifi_page() {
    fault_then_recover("/", Fault::Status(511), |o| {
        matches!(o, Outcome::ConnectToWifiPage { .. })
    });
}

#[test]
fn manifest_404_is_server_trouble() {
    fault_then_recover("/manifest", Fault::Status(404), |o| {
        matches!(o, Outcome::ServerTrouble { status: 404, .. })
    });
}

#[test]
fn manifest_500_is_server_trouble() {
    fault_then_recover("/manifest", Fault::Status(500), |o| {
        matches!(o, Outcome::ServerTrouble { status: 500, .. })
    });
}

#[test]
fn delta_404_is_server_trouble() {
    fault_then_recover("/deltas/", Fault::Status(404), |o| {
        matches!(o, Outcome::ServerTrouble { status: 404, .. })
    });
}

#[test]
fn stalled_server_times_out_as_no_connection() {
    let started = std::time::Instant::now();
    fault_then_recover("/manifest", Fault::Stall(Duration::from_secs(5)), |o| {
        matches!(o, Outcome::NoConnection { .. })
    });
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn stalled_download_times_out_as_no_connection() {
    fault_then_recover("/deltas/", Fault::Stall(Duration::from_secs(5)), |o| {
        matches!(o, Outcome::NoConnection { .. })
    });
}

#[test]
fn body_longer_than_announced_is_refused() {
    fault_then_recover("/deltas/", Fault::TooLong(5000), |o| {
        rejected(o, |r| *r == RejectReason::TooLong)
    });
}

#[test]
fn older_version_is_refused_as_rollback() {
    let mut m = site_manifest(&fixture().site);
    m.version = 99;
    fault_then_recover("/manifest", Fault::Body(key().sign_manifest(&m)), |o| {
        rejected(o, |r| {
            *r == RejectReason::Rollback {
                offered: 99,
                installed: 100,
            }
        })
    });
}

#[test]
fn a_validly_signed_older_manifest_replayed_after_an_update_is_rollback() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    let cfg = config(&server);
    assert_updated(&app, &cfg, 101);
    let mut old = site_manifest(&fx.site);
    old.version = 100;
    server.set("/manifest", Fault::Body(key().sign_manifest(&old)));
    let outcome = sync_now(&app, &cfg);
    assert!(
        rejected(&outcome, |r| *r
            == RejectReason::Rollback {
                offered: 100,
                installed: 101
            }),
        "{outcome:?}"
    );
    assert_eq!(app.check(), 101);
    server.clear();
    assert!(matches!(
        sync_now(&app, &cfg),
        Outcome::UpToDate { version: 101, .. }
    ));
}

#[test]
fn expired_manifest_is_not_an_error_and_says_data_from() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    let outcome = sync::sync(
        &app.dir,
        &config(&server),
        SyncPolicy::default(),
        NetworkKind::Wifi,
        Trigger::Person,
        date(2027, 1, 1),
    )
    .outcome;
    assert_eq!(
        outcome,
        Outcome::Stale {
            data_from: Some(date(2026, 1, 1))
        }
    );
    let report = toutpres::present::sync_report(
        &toutpres::i18n::Tr::new(toutpres::i18n::Lang::En),
        &outcome,
    );
    assert!(report.contains("01/01/2026"), "{report}");
    assert_eq!(app.check(), 100);
    assert_updated(&app, &config(&server), 101);
}

/// Writes fail past `limit` bytes (what the manifest allows): the sync says it cannot write,
/// version 100 stays; with the disk freed, the next sync installs `to`.
fn full_disk_then_recover(
    site: &std::path::Path,
    limit: impl Fn(&toutpres::sync::manifest::Manifest) -> u64,
    to: u64,
) -> FaultServer {
    let app = App::new();
    let server = FaultServer::serve(site);
    let mut cfg = config(&server);
    cfg.faults = Faults {
        abort_at: None,
        fail_writes_after: Some(limit(&site_manifest(site))),
    };
    let outcome = sync_now(&app, &cfg);
    assert!(
        matches!(outcome, Outcome::CannotWrite { .. }),
        "{outcome:?}"
    );
    assert_eq!(app.check(), 100);
    cfg.faults = Faults::default();
    assert_updated(&app, &cfg, to);
    server
}

#[test]
fn full_disk_during_download_keeps_the_old_snapshot() {
    full_disk_then_recover(&fixture().site, |_| 1000, 101);
}

#[test]
fn full_disk_while_writing_the_new_snapshot_keeps_the_old_one() {
    // Enough for the delta download, not for the rebuilt snapshot.
    let server = full_disk_then_recover(&fixture().site, |m| m.deltas[0].file.size + 10, 101);
    // The verified download was kept: the second sync did not fetch it again.
    let deltas = server
        .log()
        .iter()
        .filter(|l| l.path.starts_with("/deltas/"))
        .count();
    assert_eq!(deltas, 1);
}

#[test]
fn full_disk_while_decompressing_a_full_snapshot_keeps_the_old_one() {
    full_disk_then_recover(&fixture().site_full, |m| m.full.size + 10, 102);
}

#[test]
fn no_delta_from_the_installed_version_takes_the_full_snapshot() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site_full);
    let cfg = config(&server);
    assert_eq!(planned(&app, &cfg).kind, DownloadKind::Full);
    assert_updated(&app, &cfg, 102);
}

#[test]
fn a_delta_that_does_not_rebuild_the_signed_file_falls_back_to_the_full_snapshot() {
    let app = App::new();
    let server = FaultServer::serve(&lying_site());
    let cfg = config(&server);
    let outcome = sync_now(&app, &cfg);
    assert!(
        rejected(&outcome, |r| matches!(r, RejectReason::Corrupt(_))),
        "{outcome:?}"
    );
    assert_eq!(app.check(), 100);
    assert_eq!(planned(&app, &cfg).kind, DownloadKind::Full);
    assert_updated(&app, &cfg, 102);
}

#[test]
fn mobile_data_without_consent_reports_the_size_and_downloads_nothing() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    let cfg = config(&server);
    let size = site_manifest(&fx.site).deltas[0].file.size;
    let policy = SyncPolicy::default();
    let outcome = sync::sync(
        &app.dir,
        &cfg,
        policy,
        NetworkKind::Mobile,
        Trigger::Background,
        today(),
    )
    .outcome;
    assert_eq!(
        outcome,
        Outcome::NeedsConsent {
            bytes: size,
            to: 101
        }
    );
    assert!(server.log().iter().all(|l| l.path == "/manifest"));
    assert_eq!(app.check(), 100);
    // The person agrees: apply the plan.
    let plan = planned(&app, &cfg);
    assert!(matches!(
        sync::apply(&app.dir, &cfg, &plan).outcome,
        Outcome::Updated { to: 101, .. }
    ));
    assert_eq!(app.check(), 101);
}

#[test]
fn no_network_and_policy_refusals_touch_nothing() {
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    let cfg = config(&server);
    let off = SyncPolicy {
        on_wifi: false,
        allow_mobile_data: false,
        background: true,
    };
    let o = sync::sync(
        &app.dir,
        &cfg,
        off,
        NetworkKind::Wifi,
        Trigger::Background,
        today(),
    )
    .outcome;
    assert!(matches!(o, Outcome::NotNow { .. }), "{o:?}");
    let o = sync::sync(
        &app.dir,
        &cfg,
        off,
        NetworkKind::None,
        Trigger::Person,
        today(),
    )
    .outcome;
    assert_eq!(
        o,
        Outcome::NoConnection {
            data_from: Some(date(2026, 1, 1))
        }
    );
    assert!(server.log().is_empty());
    // Nothing listening at all.
    let mut cfg = cfg;
    cfg.manifest_url = format!("http://127.0.0.1:{}/manifest", free_port());
    assert!(matches!(sync_now(&app, &cfg), Outcome::NoConnection { .. }));
    assert_eq!(app.check(), 100);
}

#[test]
fn manifest_asking_for_a_newer_app_says_update_the_app() {
    let mut m = site_manifest(&fixture().site);
    m.min_app_version = "99.0.0".into();
    let fx = fixture();
    let app = App::new();
    let server = FaultServer::serve(&fx.site);
    server.set("/manifest", Fault::Body(key().sign_manifest(&m)));
    let o = sync_now(&app, &config(&server));
    assert!(matches!(o, Outcome::UpdateApp { .. }), "{o:?}");
    assert_eq!(app.check(), 100);
}
