//! The web app's sync (`sync::memory`): the snapshot as bytes, the same signed manifest and
//! checks, against Debian's nginx on loopback and the fault server.

use super::support::*;
use std::time::Duration;
use toutpres::snapshot::Snapshot;
use toutpres::sync::memory::{self, Remembered, Synced};
use toutpres::sync::{NetworkKind, Outcome, RejectReason, SyncConfig, SyncPolicy, Trigger};

fn run(
    bytes: &[u8],
    remembered: &mut Remembered,
    url: &str,
    network: NetworkKind,
    policy: SyncPolicy,
) -> Synced {
    let snapshot = Snapshot::from_bytes(bytes, "installed").unwrap();
    let installed = memory::describe(bytes, &snapshot);
    let mut cfg = SyncConfig::new(url);
    cfg.trusted_keys = vec![public_key()];
    cfg.timeout = Duration::from_secs(2);
    let work = memory::sync(
        &installed,
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

#[test]
fn the_web_app_takes_the_signed_full_snapshot_from_nginx_then_hears_not_modified() {
    let fx = fixture();
    let nginx = Nginx::serve(&fx.site_full);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let mut remembered = Remembered::default();
    let url = nginx.url("manifest");
    let synced = run(
        &oldest,
        &mut remembered,
        &url,
        NetworkKind::Wifi,
        SyncPolicy::default(),
    );
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
    let again = run(
        &newest,
        &mut remembered,
        &url,
        NetworkKind::Wifi,
        SyncPolicy::default(),
    );
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

#[test]
fn on_mobile_data_the_web_app_asks_first_with_the_size() {
    let fx = fixture();
    let nginx = Nginx::serve(&fx.site_full);
    let oldest = std::fs::read(&fx.editions[0]).unwrap();
    let synced = run(
        &oldest,
        &mut Remembered::default(),
        &nginx.url("manifest"),
        NetworkKind::Mobile,
        SyncPolicy::default(),
    );
    let full = site_manifest(&fx.site_full).full.size;
    assert_eq!(
        synced.outcome,
        Outcome::NeedsConsent {
            bytes: full,
            to: 102
        }
    );
    assert!(!nginx.log().contains("/snapshots/"), "{}", nginx.log());
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
        let synced = run(
            &oldest,
            &mut Remembered::default(),
            &server.url("manifest"),
            NetworkKind::Wifi,
            SyncPolicy::default(),
        );
        assert!(expected(&synced.outcome), "{fault:?}: {:?}", synced.outcome);
        assert!(synced.snapshot.is_none());
    }
}
