//! `toutpres-cli site`: a team's whole site built into a folder and switched in at once.
//! What phones rely on: the first site publishes exactly the Isère snapshot the app carries
//! (nothing to download); new field data gives the next version with a delta; a run that
//! fails, whatever the cause, leaves the site in use as it was, with no half-built release.

use super::support::*;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

struct Team {
    work: PathBuf,
    key: PathBuf,
    web: PathBuf,
    root: PathBuf,
}

/// A key kept apart (mode 0600) and a web app that trusts it (its .wasm carries the key, as
/// `platforms/web/build.sh` builds it with `TOUTPRES_PUBLISHER_KEY`).
fn team(what: &str) -> Team {
    let work = scratch_dir(what);
    let keys = work.join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    let key = keys.join("publisher.key");
    let public =
        String::from_utf8(run(cli().arg("keygen").arg("--secret").arg(&key)).stdout).unwrap();
    let web = work.join("web-app");
    std::fs::create_dir_all(&web).unwrap();
    std::fs::write(web.join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(
        web.join("toutpres-web_bg.wasm"),
        format!("\0asm{}", public.trim()),
    )
    .unwrap();
    let root = work.join("site");
    Team {
        work,
        key,
        web,
        root,
    }
}

fn site(t: &Team, key: &Path, extra: &[&str]) -> Output {
    cli()
        .arg("site")
        .arg("--root")
        .arg(&t.root)
        .arg("--key")
        .arg(key)
        .arg("--data")
        .arg(shared_data())
        .arg("--web-app")
        .arg(&t.web)
        .args(["--scope", "isere", "--level", "3"])
        .args(extra)
        .output()
        .unwrap()
}

fn said(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn status(t: &Team) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(t.root.join("status.json")).unwrap()).unwrap()
}

fn served_manifest(t: &Team) -> Vec<u8> {
    std::fs::read(t.root.join("current/data/isere/manifest")).unwrap()
}

fn releases(t: &Team) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(t.root.join("releases"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// An inbox export with one accepted new place near Grenoble station.
fn field_export(path: &Path) {
    let json = serde_json::json!({
        "format": "toutpres-field/1",
        "contributions": [{
            "contribution": {
                "id": "site-test-0000000000000001",
                "kind": {"type": "new_place", "name": "Prises de la Maison des habitants",
                         "lat": 45.1905, "lon": 5.7160, "needs": ["charging"]},
                "created": "2026-03-10T10:00:00Z",
                "app_version": "0.1.0"
            },
            "team": null,
            "received": "2026-03-10T10:01:00Z",
            "accepted": "2026-03-10T11:00:00Z"
        }]
    });
    std::fs::write(path, serde_json::to_vec(&json).unwrap()).unwrap();
}

#[test]
fn a_site_serves_the_carried_data_then_new_field_data_by_a_delta() {
    let t = team("site");
    let empty = t.work.join("field-empty.json");
    std::fs::write(
        &empty,
        r#"{"format":"toutpres-field/1","contributions":[]}"#,
    )
    .unwrap();
    let first = site(
        &t,
        &t.key,
        &["--source", &format!("field={}", empty.display())],
    );
    assert!(first.status.success(), "{}", said(&first));
    assert_eq!(status(&t)["ok"], true);
    // An empty inbox publishes exactly the snapshot the app carries: phones download nothing.
    let bundled = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/toutpres-isere.sqlite");
    assert_eq!(
        std::fs::read(t.root.join("isere.sqlite")).unwrap(),
        std::fs::read(bundled).unwrap()
    );
    assert!(t.root.join("current/index.html").is_file());
    assert!(t.root.join("current/_headers").is_file());
    assert!(t.root.join("current/data/editions").is_file());

    // Run again with no new data: the same version, signed again; nothing else written.
    let again = site(&t, &t.key, &[]);
    assert!(again.status.success(), "{}", said(&again));
    assert!(String::from_utf8_lossy(&again.stdout).contains("new: none"));

    // A coordinator accepted a place: the next version, with a delta from the carried one.
    let field = t.work.join("field.json");
    field_export(&field);
    let next = site(
        &t,
        &t.key,
        &["--source", &format!("field={}", field.display())],
    );
    assert!(next.status.success(), "{}", said(&next));
    let text = String::from_utf8_lossy(&served_manifest(&t)).into_owned();
    assert!(text.contains("\"from_version\": 20250604"), "{text}");
    // Three runs, the default keeps three releases; each one complete.
    assert_eq!(releases(&t).len(), 3);
    assert!(releases(&t).iter().all(|r| !r.ends_with(".partial")));
}

#[test]
fn a_failed_run_leaves_the_site_in_use_unchanged_and_says_why() {
    let t = team("site-failures");
    let ok = site(&t, &t.key, &[]);
    assert!(ok.status.success(), "{}", said(&ok));
    let manifest = served_manifest(&t);
    let before = releases(&t);
    let unchanged = |out: &Output, why: &str| {
        assert!(!out.status.success());
        assert!(said(out).contains(why), "{}", said(out));
        assert_eq!(
            served_manifest(&t),
            manifest,
            "the site in use is unchanged"
        );
        assert_eq!(releases(&t), before, "no release left behind");
        assert_eq!(status(&t)["ok"], false);
        assert!(status(&t)["message"].as_str().unwrap().contains(why));
    };

    // A source that does not parse, found halfway (after the web app was copied).
    let broken = t.work.join("broken.json");
    std::fs::write(&broken, "{ not an export").unwrap();
    let out = site(
        &t,
        &t.key,
        &["--source", &format!("field={}", broken.display())],
    );
    unchanged(&out, "not an inbox export");

    // Another key than the site's: refused before anything is built.
    let other = t.work.join("keys/other.key");
    run(cli().arg("keygen").arg("--secret").arg(&other));
    unchanged(&site(&t, &other, &[]), "was not signed with this key");

    // The key readable by others, or inside the folder the host serves.
    std::fs::set_permissions(&t.key, std::fs::Permissions::from_mode(0o644)).unwrap();
    unchanged(&site(&t, &t.key, &[]), "can be read by others");
    std::fs::set_permissions(&t.key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let inside = t.root.join("publisher.key");
    std::fs::copy(&t.key, &inside).unwrap();
    std::fs::set_permissions(&inside, std::fs::Permissions::from_mode(0o600)).unwrap();
    unchanged(&site(&t, &inside, &[]), "which is served");
    std::fs::remove_file(&inside).unwrap();

    // A web app built for another key: its phones would refuse their own site.
    std::fs::write(t.web.join("toutpres-web_bg.wasm"), "\0asm").unwrap();
    unchanged(&site(&t, &t.key, &[]), "does not trust this key");
}
