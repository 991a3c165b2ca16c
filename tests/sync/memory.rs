//! The web app's sync (`sync::memory`): the snapshot as bytes, the same signed manifest and
//! checks, against Debian's nginx on loopback and the fault server.

use super::support::*;
use std::time::Duration;
use toutpres::snapshot::Snapshot;
use toutpres::sync::memory::{self, InUse, Remembered, Synced};
use toutpres::sync::{NetworkKind, Outcome, RejectReason, SyncConfig, SyncPolicy, Trigger};

pub(crate) fn run(
    bytes: &[u8],
    remembered: &mut Remembered,
    url: &str,
    network: NetworkKind,
    policy: SyncPolicy,
) -> Synced {
    let snapshot = Snapshot::from_bytes(bytes, "installed").unwrap();
    let in_use = InUse::new(bytes.to_vec().into(), &snapshot);
    let mut cfg = SyncConfig::new(url);
    cfg.trusted_keys = vec![public_key()];
    cfg.timeout = Duration::from_secs(2);
    let work = memory::sync(
        &in_use,
        remembered,
        &cfg,
        policy,
        network,
        Trigger::Person,
        today(),
    );
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(work)
}

/// One sync of the web app on wifi, with the default choices.
pub fn on_wifi(bytes: &[u8], remembered: &mut Remembered, url: &str) -> Synced {
    run(
        bytes,
        remembered,
        url,
        NetworkKind::Wifi,
        SyncPolicy::default(),
    )
}

#[test]
fn the_web_app_takes_the_signed_full_snapshot_from_nginx_then_hears_not_modified() {
    let fx = fixture();
    let nginx = Nginx::serve(&fx.site_full);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let mut remembered = Remembered::default();
    let url = nginx.url("manifest");
    let synced = on_wifi(&oldest, &mut remembered, &url);
    assert!(
        matches!(
            synced.outcome,
            Outcome::Updated {
                from: 100,
                to: 102,
                ..
            }
        ),
        "{:?}",
        synced.outcome
    );
    let newest = synced.snapshot.expect("the new snapshot's bytes");
    assert_eq!(newest, std::fs::read(&fx.editions[2]).unwrap());
    assert!(remembered.manifest.is_some() && remembered.etag.is_some());

    // From the new snapshot, a conditional request: nginx answers 304, nothing to do.
    let again = on_wifi(&newest, &mut remembered, &url);
    assert!(
        matches!(again.outcome, Outcome::UpToDate { version: 102, .. }),
        "{:?}",
        again.outcome
    );
    assert!(again.snapshot.is_none());
    assert!(
        nginx.log().contains("GET /manifest HTTP/1.1 304"),
        "{}",
        nginx.log()
    );
}

/// Mobile data without consent: the size of what would come (the full snapshot from 100,
/// which has no delta to 102; the delta from 100 to 101), and nothing downloaded.
#[test]
fn on_mobile_data_the_web_app_asks_first_with_the_size_it_would_download() {
    let fx = fixture();
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let full = site_manifest(&fx.site_full);
    let with_delta = site_manifest(&fx.site);
    assert!(with_delta.deltas[0].file.size < with_delta.full.size);
    for (site, bytes, to) in [
        (&fx.site_full, full.full.size, 102),
        (&fx.site, with_delta.deltas[0].file.size, 101),
    ] {
        let nginx = Nginx::serve(site);
        let synced = run(
            &oldest,
            &mut Remembered::default(),
            &nginx.url("manifest"),
            NetworkKind::Mobile,
            SyncPolicy::default(),
        );
        assert_eq!(synced.outcome, Outcome::NeedsConsent { bytes, to });
        assert!(!nginx.log().contains("/snapshots/"), "{}", nginx.log());
        assert!(!nginx.log().contains("/deltas/"), "{}", nginx.log());
    }
}

#[test]
fn a_flipped_byte_a_login_page_or_a_cut_leave_the_web_app_on_its_data() {
    let fx = fixture();
    let server = FaultServer::serve(&fx.site_full);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let full_path = format!("/{}", site_manifest(&fx.site_full).full.path);
    type Expected = fn(&Outcome) -> bool;
    let cases: [(Fault, Expected); 3] = [
        (Fault::FlipByte, |o| {
            matches!(
                o,
                Outcome::Rejected {
                    reason: RejectReason::Corrupt(_),
                    ..
                }
            )
        }),
        (Fault::LoginPage, |o| {
            matches!(o, Outcome::ConnectToWifiPage { .. })
        }),
        (Fault::Truncate(1000), |o| {
            matches!(o, Outcome::NoConnection { .. })
        }),
    ];
    for (fault, expected) in cases {
        server.clear();
        server.set(&full_path, fault.clone());
        let synced = on_wifi(&oldest, &mut Remembered::default(), &server.url("manifest"));
        assert!(expected(&synced.outcome), "{fault:?}: {:?}", synced.outcome);
        assert!(synced.snapshot.is_none());
    }
}

#[test]
fn the_web_app_rebuilds_the_signed_snapshot_from_a_delta_in_memory() {
    let fx = fixture();
    let nginx = Nginx::serve(&fx.site);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let m = site_manifest(&fx.site);
    let delta = &m.deltas[0];
    assert_eq!(delta.from_version, 100);
    let mut remembered = Remembered::default();
    let synced = on_wifi(&oldest, &mut remembered, &nginx.url("manifest"));
    assert!(
        matches!(
            synced.outcome,
            Outcome::Updated {
                from: 100,
                to: 101,
                ..
            }
        ),
        "{:?}",
        synced.outcome
    );
    assert_eq!(
        synced.snapshot.expect("the rebuilt snapshot"),
        std::fs::read(&fx.editions[1]).unwrap()
    );
    let log = nginx.log();
    assert!(
        log.contains(&format!("GET /{} HTTP/1.1 200", delta.file.path)),
        "{log}"
    );
    assert!(!log.contains(&m.full.path), "{log}");
    assert_eq!(remembered.refused_delta_for, None);
}

/// A delta that the signed manifest vouches for but that does not rebuild the signed snapshot:
/// refused, remembered, and the next sync takes the full snapshot instead of failing the same
/// way again.
#[test]
fn a_delta_that_does_not_build_is_refused_once_then_the_full_snapshot_comes() {
    let fx = fixture();
    let site = lying_site();
    let m = site_manifest(&site);
    let nginx = Nginx::serve(&site);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let mut remembered = Remembered::default();
    let url = nginx.url("manifest");
    let mut again = || on_wifi(&oldest, &mut remembered, &url);
    let first = again();
    assert!(
        matches!(
            first.outcome,
            Outcome::Rejected {
                reason: RejectReason::Corrupt(_),
                ..
            }
        ),
        "{:?}",
        first.outcome
    );
    assert!(first.snapshot.is_none());
    let second = again();
    assert!(
        matches!(second.outcome, Outcome::Updated { to: 102, .. }),
        "{:?}",
        second.outcome
    );
    assert_eq!(
        second.snapshot.unwrap(),
        std::fs::read(&fx.editions[2]).unwrap()
    );
    let log = nginx.log();
    assert_eq!(log.matches(&m.deltas[0].file.path).count(), 1, "{log}");
    assert!(
        log.contains(&format!("GET /{} HTTP/1.1 200", m.full.path)),
        "{log}"
    );
    assert_eq!(remembered.refused_delta_for, None);
}
