//! A publisher rotates its key (`publish --next-key`, then `--previous-key`): the old key
//! signs manifests naming the new one, phones that sync meanwhile learn it, and follow when
//! the new key signs. A phone that never saw the announcement refuses the new key's manifest
//! and keeps its data; a key that is not the site's is refused before anything is written.

use super::support::*;
use std::path::Path;
use std::process::Output;

fn keygen(secret: &Path) -> String {
    String::from_utf8(run(cli().arg("keygen").arg("--secret").arg(secret)).stdout)
        .unwrap()
        .trim()
        .to_string()
}

fn publish(snapshot: &Path, site: &Path, secret: &Path, extra: &[&str]) -> Output {
    cli()
        .arg("publish")
        .arg("--snapshot")
        .arg(snapshot)
        .arg("--dir")
        .arg(site)
        .arg("--key")
        .arg(secret)
        .args(["--expires", "2026-06-30"])
        .args(extra)
        .output()
        .unwrap()
}

fn ok(out: Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn phones_follow_a_key_the_old_key_named_and_only_those() {
    let fx = fixture();
    let work = scratch_dir("rotation");
    let (old, new) = (work.join("old.key"), work.join("new.key"));
    let old_public = keygen(&old);
    let new_public = keygen(&new);
    let site = work.join("site");
    // The announcement: version 100, signed by the old key, naming the new one.
    ok(publish(
        &fx.editions[0],
        &site,
        &old,
        &["--next-key", &new_public],
    ));
    assert_eq!(
        site_manifest_named(&site).as_deref(),
        Some(new_public.as_str())
    );
    let nginx = Nginx::serve(&site);
    let url = nginx.url("manifest");
    let follower = App::new();
    let absent = App::new();
    assert_eq!(
        sync_json(&url, &follower, &old_public, None)["outcome"],
        "sync-up-to-date"
    );

    // The new key alone cannot publish over the old key's site: refused, nothing written.
    let before = std::fs::read(site.join("manifest")).unwrap();
    let refused = publish(&fx.editions[1], &site, &new, &[]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("right key"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(std::fs::read(site.join("manifest")).unwrap(), before);
    assert!(!site.join("snapshots/101.sqlite.zst").exists());

    // The new key signs version 101, reading the site with the old one.
    ok(publish(
        &fx.editions[1],
        &site,
        &new,
        &["--previous-key", &old_public],
    ));
    // The phone that learned the key takes it, by the delta; it trusts only the old key
    // from its build (`--trust`), the new one from the announcement.
    let updated = sync_json(&url, &follower, &old_public, None);
    assert_eq!(updated["outcome"], "sync-updated", "{updated}");
    assert_eq!(follower.check(), 101);
    assert!(nginx.log().contains("GET /deltas/100-101.tpdelta"));
    // The phone that never synced during the announcement refuses it and keeps its data.
    let refused = sync_json(&url, &absent, &old_public, None);
    assert_eq!(refused["outcome"], "sync-rejected", "{refused}");
    assert!(format!("{refused}").contains("UnknownKey"), "{refused}");
    assert_eq!(absent.check(), 100);
}

#[test]
fn a_key_named_by_a_manifest_no_trusted_key_signed_is_never_learned() {
    let fx = fixture();
    let work = scratch_dir("rotation-untrusted");
    let (stranger, other) = (work.join("stranger.key"), work.join("other.key"));
    let _ = keygen(&stranger);
    let other_public = keygen(&other);
    let site = work.join("site");
    ok(publish(
        &fx.editions[1],
        &site,
        &stranger,
        &["--next-key", &other_public],
    ));
    let nginx = Nginx::serve(&site);
    let phone = App::new();
    let trusted = public_key().to_string();
    let first = sync_json(&nginx.url("manifest"), &phone, &trusted, None);
    assert_eq!(first["outcome"], "sync-rejected", "{first}");
    // Signed by the key it named: still refused, nothing was learned from the stranger.
    ok(publish(
        &fx.editions[2],
        &site,
        &other,
        &[
            "--previous-key",
            &other_public,
            "--previous-key",
            stranger.to_str().unwrap(),
        ],
    ));
    let second = sync_json(&nginx.url("manifest"), &phone, &trusted, None);
    assert_eq!(second["outcome"], "sync-rejected", "{second}");
    assert_eq!(phone.check(), 100);
}

/// The next key the site's manifest names (read without checking its signature).
fn site_manifest_named(site: &Path) -> Option<String> {
    let bytes = std::fs::read(site.join("manifest")).unwrap();
    let json = &bytes[bytes.windows(2).position(|w| w == b"\n\n").unwrap() + 2..];
    let m: toutpres::sync::manifest::Manifest = serde_json::from_slice(json).unwrap();
    m.next_key
}
