//! The offline street map layer published beside the snapshot, over real HTTP on loopback
//! (Debian's nginx and the fault server): a phone gets it with the snapshot, gets a new layer
//! alone when its snapshot is current, refuses a tampered layer while the snapshot still
//! installs, and keeps its layer when a manifest names none. The web app's sync does the same
//! in memory.

use super::support::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;
use toutpres::files;
use toutpres::map::MapLayer;
use toutpres::sync::memory::Remembered;
use toutpres::sync::publish::{self, MapLayerSource, PublishOptions};
use toutpres::sync::{
    self, MapOutcome, NetworkKind, Outcome, RejectReason, SyncConfig, SyncPolicy, Synced, Trigger,
};

/// The layer the app carries (A), and another one (B: the same area with fewer streets), as
/// files a publisher hands to `publish --map-layer`.
struct Layers {
    a: Vec<u8>,
    b: Vec<u8>,
    a_path: PathBuf,
    b_path: PathBuf,
}

fn layers() -> &'static Layers {
    static L: OnceLock<Layers> = OnceLock::new();
    L.get_or_init(|| {
        let a =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/map/grenoble.tpmp"))
                .unwrap();
        let mut layer = MapLayer::decode(&a).unwrap();
        let keep = layer.roads.len() - 500;
        layer.roads.truncate(keep);
        let b = layer.encode();
        assert!(MapLayer::decode(&b).is_ok() && b != a);
        let dir = scratch_dir("layers");
        let (a_path, b_path) = (
            dir.join("a").join("grenoble.tpmp"),
            dir.join("grenoble.tpmp"),
        );
        std::fs::create_dir_all(a_path.parent().unwrap()).unwrap();
        std::fs::write(&a_path, &a).unwrap();
        std::fs::write(&b_path, &b).unwrap();
        Layers {
            a,
            b,
            a_path,
            b_path,
        }
    })
}

fn with_layer(path: &Path) -> PublishOptions {
    PublishOptions {
        map_layer: Some(MapLayerSource {
            area: "grenoble".into(),
            path: path.to_path_buf(),
        }),
        ..publish_options(5)
    }
}

/// A site that published 100, then 101 with layer A, then 101 again with layer B only: its
/// manifest offers 101 (a delta from 100) and layer B.
fn site_with_layer_b() -> &'static Path {
    static S: OnceLock<PathBuf> = OnceLock::new();
    S.get_or_init(|| {
        let fx = fixture();
        let l = layers();
        let site = scratch_dir("map-site");
        publish::publish(&fx.editions[0], &site, &key(), &publish_options(5)).unwrap();
        publish::publish(&fx.editions[1], &site, &key(), &with_layer(&l.a_path)).unwrap();
        publish::publish(&fx.editions[1], &site, &key(), &with_layer(&l.b_path)).unwrap();
        site
    })
}

fn config(url: &str) -> SyncConfig {
    let mut cfg = SyncConfig::new(url);
    cfg.trusted_keys = vec![public_key()];
    cfg.timeout = Duration::from_secs(2);
    cfg
}

fn sync_on(app: &App, url: &str, network: NetworkKind) -> Synced {
    sync::sync(
        &app.dir,
        &config(url),
        SyncPolicy::default(),
        network,
        Trigger::Person,
        today(),
    )
}

fn stored_layer(app: &App) -> Option<Vec<u8>> {
    std::fs::read(app.dir.join(files::MAP_LAYER_FILE)).ok()
}

fn install_layer(app: &App, layer: &[u8]) {
    files::write_atomically(&app.dir.join(files::MAP_LAYER_FILE), layer).unwrap();
}

fn publish_cli(snapshot: &Path, site: &Path, secret: &Path, layer: Option<&Path>) -> String {
    let mut cmd = cli();
    cmd.arg("publish")
        .arg("--snapshot")
        .arg(snapshot)
        .arg("--dir")
        .arg(site)
        .arg("--key")
        .arg(secret);
    if let Some(l) = layer {
        cmd.arg("--map-layer").arg(l);
    }
    String::from_utf8(run(&mut cmd).stdout).unwrap()
}

#[test]
fn a_published_layer_reaches_the_phone_with_the_snapshot_then_a_new_layer_alone() {
    let fx = fixture();
    let l = layers();
    let work = scratch_dir("map-e2e");
    let secret = work.join("publisher.key");
    let out = run(cli().arg("keygen").arg("--secret").arg(&secret));
    let public = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let site = work.join("site");
    publish_cli(&fx.editions[0], &site, &secret, None);
    let said = publish_cli(&fx.editions[1], &site, &secret, Some(&l.a_path));
    eprintln!("{said}");
    assert!(said.contains("map layer grenoble:"), "{said}");
    let m = manifest_signed_by(&site, &public);
    let map = m.map.clone().expect("the manifest names the layer");
    assert_eq!(
        (map.size, map.sha256.as_str()),
        (l.a.len() as u64, &*sha(&l.a))
    );
    assert!(
        map.file.path.starts_with("maps/grenoble-") && map.file.path.ends_with(".tpmp.zst"),
        "{}",
        map.file.path
    );
    assert!(map.file.size < l.a.len() as u64);

    let nginx = Nginx::serve(&site);
    let app = App::new();
    let v = sync_json(&nginx.url("manifest"), &app, &public, None);
    assert_eq!(v["outcome"], "sync-updated", "{v}");
    assert_eq!(v["map"], "map-installed", "{v}");
    assert_eq!(app.check(), 101);
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.a[..]));
    assert_eq!(files::read_map_layer(&app.dir).as_deref(), Some(&l.a[..]));
    let log = nginx.log();
    assert!(
        log.contains(&format!("GET /{} HTTP/1.1 200", map.file.path)),
        "{log}"
    );

    // The same snapshot again with the same layer is refused; with a new layer, accepted.
    assert!(!cli()
        .arg("publish")
        .args(["--snapshot", fx.editions[1].to_str().unwrap()])
        .args(["--dir", site.to_str().unwrap()])
        .args(["--key", secret.to_str().unwrap()])
        .args(["--map-layer", l.a_path.to_str().unwrap()])
        .status()
        .unwrap()
        .success());
    // nginx's ETag is the file's modification time (in seconds) and size: a manifest
    // rewritten within the same second at the same size would be "not modified".
    std::thread::sleep(Duration::from_millis(1100));
    publish_cli(&fx.editions[1], &site, &secret, Some(&l.b_path));
    let m2 = manifest_signed_by(&site, &public);
    assert_eq!(
        (m2.version, &m2.full, &m2.deltas),
        (101, &m.full, &m.deltas)
    );
    assert_ne!(m2.map, m.map);

    // The snapshot is current: the new layer still comes.
    let v = sync_json(&nginx.url("manifest"), &app, &public, None);
    assert_eq!(v["outcome"], "sync-up-to-date", "{v}");
    assert_eq!(v["map"], "map-installed", "{v}");
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.b[..]));
    assert_eq!(app.check(), 101);

    // Nothing new: nothing downloaded.
    let before = nginx.log().lines().count();
    let v = sync_json(&nginx.url("manifest"), &app, &public, None);
    assert_eq!(
        (&v["outcome"], &v["map"]),
        (&"sync-up-to-date".into(), &"map-current".into()),
        "{v}"
    );
    let log = nginx.log();
    assert!(
        log.lines()
            .skip(before)
            .all(|l| l.starts_with("GET /manifest ")),
        "{log}"
    );
}

fn manifest_signed_by(site: &Path, public: &str) -> toutpres::sync::manifest::Manifest {
    let key = toutpres::sync::manifest::PublicKey::parse(public).unwrap();
    toutpres::sync::manifest::verify(&std::fs::read(site.join("manifest")).unwrap(), &[key])
        .unwrap()
}

fn sha(bytes: &[u8]) -> String {
    toutpres::sync::manifest::sha256_hex(bytes)
}

/// What a fault must make of the layer step.
type Expected = fn(&MapOutcome) -> bool;

#[test]
fn a_tampered_layer_is_refused_the_snapshot_still_installs_and_the_old_layer_stays() {
    let l = layers();
    let site = site_with_layer_b();
    let m = site_manifest(site);
    let map = m.map.clone().unwrap();
    let server = FaultServer::serve(site);
    let url = server.url("manifest");
    // Another valid, compressed layer where the signed one should be, padded to the signed
    // size (a shorter body is a cut download), so that only its hash tells it apart.
    let mut other = MapLayer::decode(&l.a).unwrap();
    other.roads.truncate(1000);
    let mut swapped = zstd::bulk::compress(&other.encode(), 19).unwrap();
    assert!((swapped.len() as u64) < map.file.size);
    swapped.resize(map.file.size as usize, 0);
    let cases: [(&str, Fault, Expected); 5] = [
        ("a flipped byte", Fault::FlipByte, |o| {
            matches!(o, MapOutcome::Refused(RejectReason::Corrupt(_)))
        }),
        ("another layer", Fault::Body(swapped), |o| {
            matches!(o, MapOutcome::Refused(RejectReason::Corrupt(_)))
        }),
        ("a longer file", Fault::TooLong(10), |o| {
            matches!(o, MapOutcome::Refused(RejectReason::TooLong))
        }),
        ("a login page", Fault::LoginPage, |o| {
            matches!(o, MapOutcome::Failed(_))
        }),
        ("a cut download", Fault::Truncate(1000), |o| {
            matches!(o, MapOutcome::Failed(_))
        }),
    ];
    for (fault_name, fault, expected) in cases {
        server.clear();
        server.set("/maps/", fault);
        let app = App::new();
        install_layer(&app, &l.a);
        let synced = sync_on(&app, &url, NetworkKind::Wifi);
        assert!(
            matches!(
                synced.outcome,
                Outcome::Updated {
                    from: 100,
                    to: 101,
                    ..
                }
            ),
            "{fault_name}: {synced:?}"
        );
        assert!(expected(&synced.map), "{fault_name}: {:?}", synced.map);
        assert_eq!(app.check(), 101, "{fault_name}: the snapshot installed");
        assert_eq!(
            stored_layer(&app).as_deref(),
            Some(&l.a[..]),
            "{fault_name}"
        );
        assert_eq!(files::read_map_layer(&app.dir).as_deref(), Some(&l.a[..]));
        // The fault gone, the next sync brings the layer, the snapshot being current.
        server.clear();
        let synced = sync_on(&app, &url, NetworkKind::Wifi);
        assert!(
            matches!(synced.outcome, Outcome::UpToDate { version: 101, .. }),
            "{synced:?}"
        );
        assert_eq!(
            synced.map,
            MapOutcome::Installed {
                area: "grenoble".into(),
                bytes: map.size
            }
        );
        assert_eq!(stored_layer(&app).as_deref(), Some(&l.b[..]));
    }
    assert!(server
        .log()
        .iter()
        .any(|r| r.path == format!("/{}", map.file.path)));
}

#[test]
fn a_layer_that_cannot_be_stored_leaves_the_snapshot_and_the_old_layer() {
    let fx = fixture();
    let l = layers();
    let app = App::new();
    let before = Nginx::serve(&fx.site);
    assert!(matches!(
        sync_on(&app, &before.url("manifest"), NetworkKind::Wifi).outcome,
        Outcome::Updated { to: 101, .. }
    ));
    install_layer(&app, &l.a);
    // The same snapshot, now with layer B, on a full storage.
    let nginx = Nginx::serve(site_with_layer_b());
    let mut cfg = config(&nginx.url("manifest"));
    cfg.faults.fail_writes_after = Some(1000);
    let synced = sync::sync(
        &app.dir,
        &cfg,
        SyncPolicy::default(),
        NetworkKind::Wifi,
        Trigger::Person,
        today(),
    );
    assert!(
        matches!(synced.outcome, Outcome::UpToDate { version: 101, .. }),
        "{synced:?}"
    );
    assert!(matches!(synced.map, MapOutcome::Failed(_)), "{synced:?}");
    assert_eq!(app.check(), 101);
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.a[..]));
    // Room again: the layer comes.
    let synced = sync_on(&app, &nginx.url("manifest"), NetworkKind::Wifi);
    assert!(
        matches!(synced.map, MapOutcome::Installed { .. }),
        "{synced:?}"
    );
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.b[..]));
}

#[test]
fn a_manifest_without_a_map_layer_leaves_the_installed_layer_alone() {
    let fx = fixture();
    let l = layers();
    let site = site_with_layer_b();
    let with = Nginx::serve(site);
    let app = App::new();
    let synced = sync_on(&app, &with.url("manifest"), NetworkKind::Wifi);
    assert!(
        matches!(synced.map, MapOutcome::Installed { .. }),
        "{synced:?}"
    );
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.b[..]));

    // A site naming no layer (published before layers existed): 101 → 102, the layer stays.
    assert_eq!(site_manifest(&fx.site_full).map, None);
    let without = Nginx::serve(&fx.site_full);
    let synced = sync_on(&app, &without.url("manifest"), NetworkKind::Wifi);
    assert!(
        matches!(
            synced.outcome,
            Outcome::Updated {
                from: 101,
                to: 102,
                ..
            }
        ),
        "{synced:?}"
    );
    assert_eq!(synced.map, MapOutcome::NotOffered);
    assert_eq!(app.check(), 102);
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.b[..]));
    assert_eq!(files::read_map_layer(&app.dir).as_deref(), Some(&l.b[..]));
}

#[test]
fn on_mobile_data_the_size_asked_includes_the_new_layer_and_nothing_comes_without_consent() {
    let l = layers();
    let site = site_with_layer_b();
    let m = site_manifest(site);
    let map = m.map.clone().unwrap();
    let nginx = Nginx::serve(site);
    let url = nginx.url("manifest");
    let app = App::new();
    let synced = sync_on(&app, &url, NetworkKind::Mobile);
    assert_eq!(
        synced.outcome,
        Outcome::NeedsConsent {
            bytes: m.deltas[0].file.size + map.file.size,
            to: 101
        }
    );
    assert_eq!(synced.map, MapOutcome::NotTried);
    assert_eq!(stored_layer(&app), None);

    // With the layer already stored, only the snapshot's bytes are asked for.
    install_layer(&app, &l.b);
    let synced = sync_on(&app, &url, NetworkKind::Mobile);
    assert_eq!(
        synced.outcome,
        Outcome::NeedsConsent {
            bytes: m.deltas[0].file.size,
            to: 101
        }
    );
    // A current snapshot on mobile data without consent: a new layer alone waits for wifi.
    std::fs::remove_file(app.dir.join(files::MAP_LAYER_FILE)).unwrap();
    let on_wifi = sync_on(&app, &url, NetworkKind::Wifi);
    assert!(
        matches!(on_wifi.outcome, Outcome::Updated { .. }),
        "{on_wifi:?}"
    );
    assert!(
        matches!(on_wifi.map, MapOutcome::Installed { .. }),
        "{on_wifi:?}"
    );
    install_layer(&app, &l.a);
    let synced = sync_on(&app, &url, NetworkKind::Mobile);
    assert!(
        matches!(synced.outcome, Outcome::UpToDate { .. }),
        "{synced:?}"
    );
    assert_eq!(synced.map, MapOutcome::NotTried);
    assert_eq!(stored_layer(&app).as_deref(), Some(&l.a[..]));
}

#[test]
fn the_web_app_takes_a_new_layer_as_bytes_and_refuses_a_tampered_one_while_its_snapshot_installs() {
    let l = layers();
    let site = site_with_layer_b();
    let oldest = std::fs::read(&fixture().editions[0]).unwrap();
    let nginx = Nginx::serve(site);
    let mut remembered = Remembered::default();
    let synced = super::memory::on_wifi(&oldest, &mut remembered, &nginx.url("manifest"));
    assert!(
        matches!(synced.outcome, Outcome::Updated { to: 101, .. }),
        "{:?}",
        synced.outcome
    );
    assert!(
        matches!(synced.map, MapOutcome::Installed { .. }),
        "{:?}",
        synced.map
    );
    assert_eq!(synced.map_layer.as_deref(), Some(&l.b[..]));
    let newest = synced.snapshot.unwrap();

    // Stored (the browser remembers its hash): current, nothing downloaded.
    remembered.map_sha256 = Some(sha(&l.b));
    let synced = super::memory::on_wifi(&newest, &mut remembered, &nginx.url("manifest"));
    assert!(
        matches!(synced.outcome, Outcome::UpToDate { .. }),
        "{:?}",
        synced.outcome
    );
    assert_eq!((synced.map, synced.map_layer), (MapOutcome::Current, None));

    // A flipped byte in the layer: refused, the snapshot still comes.
    let server = FaultServer::serve(site);
    server.set("/maps/", Fault::FlipByte);
    let mut remembered = Remembered {
        map_sha256: Some(sha(&l.a)),
        ..Remembered::default()
    };
    let synced = super::memory::on_wifi(&oldest, &mut remembered, &server.url("manifest"));
    assert!(
        matches!(synced.outcome, Outcome::Updated { to: 101, .. }),
        "{:?}",
        synced.outcome
    );
    assert!(synced.snapshot.is_some());
    assert!(
        matches!(synced.map, MapOutcome::Refused(_)),
        "{:?}",
        synced.map
    );
    assert_eq!(synced.map_layer, None);
}

#[test]
fn an_edition_offers_its_layer_from_its_own_folder() {
    let fx = fixture();
    let l = layers();
    let root = scratch_dir("map-editions");
    let published = publish::publish_edition(
        &fx.editions[0],
        &root,
        "isere",
        &key(),
        &with_layer(&l.a_path),
    )
    .unwrap();
    let map = published.manifest.map.clone().unwrap();
    assert_eq!(site_manifest(&root.join("isere")).map, Some(map.clone()));
    assert!(root.join("isere").join(&map.file.path).is_file());
    let nginx = Nginx::serve(&root);
    // A phone already on this snapshot (the bundled one) still gets the layer.
    let app = App::new();
    let synced = sync_on(&app, &nginx.url("isere/manifest"), NetworkKind::Wifi);
    assert!(
        matches!(synced.outcome, Outcome::UpToDate { version: 100, .. }),
        "{synced:?}"
    );
    assert!(
        matches!(synced.map, MapOutcome::Installed { .. }),
        "{synced:?}"
    );
    assert_eq!(files::read_map_layer(&app.dir).as_deref(), Some(&l.a[..]));
}

/// A sync by a phone whose app carries the layer of SHA-256 `carried`.
fn sync_carrying(app: &App, url: &str, carried: &[u8]) -> Synced {
    let cfg = SyncConfig {
        carried_map_sha256: Some(sha(carried)),
        ..config(url)
    };
    sync::sync(
        &app.dir,
        &cfg,
        SyncPolicy::default(),
        NetworkKind::Wifi,
        Trigger::Person,
        today(),
    )
}

#[test]
fn a_phone_carrying_the_offered_layer_downloads_no_layer() {
    let fx = fixture();
    let l = layers();
    let site = scratch_dir("map-carried-site");
    publish::publish(&fx.editions[0], &site, &key(), &publish_options(5)).unwrap();
    publish::publish(&fx.editions[1], &site, &key(), &with_layer(&l.a_path)).unwrap();
    let nginx = Nginx::serve(&site);
    let app = App::new();
    let synced = sync_carrying(&app, &nginx.url("manifest"), &l.a);
    assert!(
        matches!(synced.outcome, Outcome::Updated { .. }),
        "{synced:?}"
    );
    assert_eq!(synced.map, MapOutcome::Current);
    assert_eq!(stored_layer(&app), None, "the carried layer stays in use");
    assert!(!nginx.log().contains("GET /maps/"), "{}", nginx.log());
    // A phone carrying another layer takes the offered one.
    let other = App::new();
    let synced = sync_carrying(&other, &nginx.url("manifest"), &l.b);
    assert!(
        matches!(synced.map, MapOutcome::Installed { .. }),
        "{synced:?}"
    );
    assert_eq!(stored_layer(&other).as_deref(), Some(&l.a[..]));
}
