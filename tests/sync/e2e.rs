//! Done means: `toutpres-cli publish` writes a folder that Debian's nginx serves on
//! 127.0.0.1, and `toutpres-cli sync` updates an app's data folder from the older snapshot
//! through the delta.

use super::support::*;

#[test]
fn published_folder_served_by_nginx_updates_the_app_through_a_delta() {
    let fx = fixture();
    let work = scratch_dir("e2e");
    let secret = work.join("publisher.key");
    let out = run(cli().arg("keygen").arg("--secret").arg(&secret));
    let public = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(public.starts_with("tp-ed25519:"), "{public}");
    // keygen never overwrites a key.
    assert!(!cli()
        .arg("keygen")
        .arg("--secret")
        .arg(&secret)
        .status()
        .unwrap()
        .success());

    let site = work.join("site");
    for e in &fx.editions[..2] {
        run(cli()
            .arg("publish")
            .arg("--snapshot")
            .arg(e)
            .arg("--dir")
            .arg(&site)
            .arg("--key")
            .arg(&secret));
    }
    // Publishing the same version again is refused.
    assert!(!cli()
        .arg("publish")
        .arg("--snapshot")
        .arg(&fx.editions[1])
        .arg("--dir")
        .arg(&site)
        .arg("--key")
        .arg(&secret)
        .status()
        .unwrap()
        .success());

    let nginx = Nginx::serve(&site);
    let app = App::new();
    let v = sync_json(&nginx.url("manifest"), &app, &public, None);
    assert_eq!(v["outcome"], "sync-updated", "{v}");
    assert_eq!(
        (v["from"].as_u64(), v["to"].as_u64()),
        (Some(100), Some(101))
    );
    assert_eq!(app.check(), 101);
    let log = nginx.log();
    assert!(
        log.contains("GET /deltas/100-101.tpdelta HTTP/1.1 200"),
        "{log}"
    );
    assert!(
        !log.contains("/snapshots/"),
        "the full snapshot was not needed: {log}"
    );
    // The installed file is byte for byte the published snapshot.
    let installed = std::fs::read(app.dir.join("snapshot-101.sqlite")).unwrap();
    assert_eq!(installed, std::fs::read(&fx.editions[1]).unwrap());

    // Next time: a conditional request, answered 304.
    let v = sync_json(&nginx.url("manifest"), &app, &public, None);
    assert_eq!(v["outcome"], "sync-up-to-date", "{v}");
    assert!(
        nginx.log().contains("GET /manifest HTTP/1.1 304"),
        "{}",
        nginx.log()
    );
}

#[test]
fn nginx_serves_a_resumed_download_with_range() {
    let fx = fixture();
    let nginx = Nginx::serve(&fx.site_full);
    let app = App::new();
    let m = site_manifest(&fx.site_full);
    // An interrupted earlier download: the first half of the full snapshot.
    let zst = std::fs::read(fx.site_full.join(&m.full.path)).unwrap();
    std::fs::create_dir_all(app.dir.join("sync")).unwrap();
    std::fs::write(
        app.dir.join("sync").join(format!("{}.part", m.full.sha256)),
        &zst[..zst.len() / 2],
    )
    .unwrap();
    let v = sync_json(
        &nginx.url("manifest"),
        &app,
        &public_key().to_string(),
        None,
    );
    assert_eq!(v["outcome"], "sync-updated", "{v}");
    assert_eq!(app.check(), 102);
    let log = nginx.log();
    assert!(
        log.contains(&format!("HTTP/1.1 206 bytes={}-", zst.len() / 2)),
        "{log}"
    );
}

/// Regression: nginx's own 404 page is HTML; a missing manifest is server trouble, not a wifi
/// login page.
#[test]
fn missing_manifest_on_nginx_is_server_trouble_not_a_login_page() {
    let empty = scratch_dir("empty-site");
    let nginx = Nginx::serve(&empty);
    let app = App::new();
    let v = sync_json(
        &nginx.url("manifest"),
        &app,
        &public_key().to_string(),
        None,
    );
    assert_eq!(v["outcome"], "sync-server-trouble", "{v}");
    assert_eq!(app.check(), 100);
}
