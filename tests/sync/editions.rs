//! A host serving several editions: `publish --edition` writes one folder per edition and a
//! signed list of them; a phone holding the bundled Isère edition is offered its region and
//! switches to it whole, and nothing else than the edition chosen is ever installed.

use super::support::*;
use std::path::{Path, PathBuf};
use std::process::Output;
use toutpres::build::{self, SourceKind};

/// The region's edition: the Isère sources, three places in Lyon (postcodes 69…), version 101.
fn region_edition(dir: &Path) -> PathBuf {
    let lyon = dir.join("lyon.csv");
    std::fs::write(
        &lyon,
        "id,nom,latitude,longitude,code_postal,commune,services,date_maj\n\
         l1,Médiathèque du Bachut,45.7376,4.8704,69008,Lyon,Aide aux démarches administratives,2025-11-01\n\
         l2,Maison de la Métropole,45.7640,4.8357,69001,Lyon,Aide aux démarches administratives,2025-11-01\n\
         l3,Espace numérique Part-Dieu,45.7605,4.8596,69003,Lyon,Accès internet et matériel informatique,2025-11-01\n",
    )
    .unwrap();
    let mut sources = build::isere_sources(&shared_data());
    sources.push((SourceKind::Schema, lyon));
    let out = dir.join("auvergne-rhone-alpes.sqlite");
    build::build(
        &sources,
        &out,
        Some(date(2026, 1, 2)),
        Some(101),
        "Auvergne-Rhône-Alpes",
    )
    .unwrap();
    out
}

fn publish(snapshot: &Path, root: &Path, edition: &str, secret: &Path) -> Output {
    cli()
        .arg("publish")
        .arg("--snapshot")
        .arg(snapshot)
        .arg("--dir")
        .arg(root)
        .args(["--edition", edition, "--expires", "2026-06-30"])
        .arg("--key")
        .arg(secret)
        .output()
        .unwrap()
}

#[test]
fn a_phone_is_offered_its_region_and_switches_to_it_whole() {
    let fx = fixture();
    let work = scratch_dir("editions");
    let secret = work.join("publisher.key");
    let public = String::from_utf8(run(cli().arg("keygen").arg("--secret").arg(&secret)).stdout)
        .unwrap()
        .trim()
        .to_string();
    let root = work.join("host");
    for e in &fx.editions[..2] {
        assert!(publish(e, &root, "isere", &secret).status.success());
    }
    let region = region_edition(&work);
    assert!(publish(&region, &root, "auvergne-rhone-alpes", &secret)
        .status
        .success());
    // One folder per edition: the region's snapshot cannot go into the Isère folder.
    let wrong = publish(&region, &root, "isere", &secret);
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("one folder per edition"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    assert!(!publish(&region, &root, "../escape", &secret)
        .status
        .success());

    let nginx = Nginx::serve(&root);
    let list = |lat: &str, lon: &str| -> serde_json::Value {
        let out = run(cli().args([
            "editions",
            "--url",
            &nginx.url("editions"),
            "--trust",
            &public,
            "--lat",
            lat,
            "--lon",
            lon,
            "--json",
        ]));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let in_lyon = list("45.7578", "4.8320");
    let ids: Vec<&str> = in_lyon["editions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["auvergne-rhone-alpes", "isere"]);
    assert_eq!(in_lyon["offered"], "auvergne-rhone-alpes", "{in_lyon}");
    let isere = &in_lyon["editions"][1];
    assert_eq!(
        (isere["region"].as_str(), isere["version"].as_u64()),
        (Some("Isère"), Some(101))
    );
    assert_eq!(isere["manifest"], "isere/manifest");
    // In Grenoble both hold the département: the région's is offered, not the Isère one the
    // phone already has.
    assert_eq!(list("45.1913", "5.7146")["offered"], "auvergne-rhone-alpes");

    // Chosen: the whole région's snapshot, not a delta (none starts from another edition).
    let app = App::new();
    let region_url = nginx.url("auvergne-rhone-alpes/manifest");
    let isere_url = nginx.url("isere/manifest");
    let chosen = Some("Auvergne-Rhône-Alpes");
    let switched = sync_json(&region_url, &app, &public, chosen);
    assert_eq!(switched["outcome"], "sync-updated", "{switched}");
    let installed = std::fs::read(app.dir.join("snapshot-101.sqlite")).unwrap();
    assert_eq!(installed, std::fs::read(&region).unwrap());
    let log = nginx.log();
    assert!(
        log.contains("GET /auvergne-rhone-alpes/snapshots/101.sqlite.zst HTTP/1.1 200"),
        "{log}"
    );
    assert!(!log.contains("/deltas/"), "{log}");
    assert_eq!(
        sync_json(&region_url, &app, &public, chosen)["outcome"],
        "sync-up-to-date"
    );
    // With the région chosen, an address serving another edition is refused.
    let other = sync_json(&isere_url, &app, &public, chosen);
    assert_eq!(other["outcome"], "sync-rejected", "{other}");
    assert_eq!(app.check(), 101);

    // Nothing chosen (a new address): whatever edition the address serves, whole.
    let fresh = App::new();
    assert_eq!(
        sync_json(&region_url, &fresh, &public, None)["outcome"],
        "sync-updated"
    );
    assert_eq!(fresh.check(), 101);

    // Versions only go forward, across editions too: an older Corsica is refused, chosen or not.
    let corse = work.join("corse.sqlite");
    build::build(
        &build::isere_sources(&shared_data()),
        &corse,
        Some(date(2025, 12, 1)),
        Some(99),
        "Corse",
    )
    .unwrap();
    assert!(publish(&corse, &root, "corse", &secret).status.success());
    for region in [None, Some("Corse")] {
        let back = sync_json(&nginx.url("corse/manifest"), &app, &public, region);
        assert_eq!(back["outcome"], "sync-rejected", "{back}");
    }
    assert_eq!(app.check(), 101);

    // A list changed in transit is refused.
    let list_path = root.join("editions");
    let mut bytes = std::fs::read(&list_path).unwrap();
    let at = bytes.len() - 20;
    bytes[at] ^= 1;
    std::fs::write(&list_path, &bytes).unwrap();
    let tampered = cli()
        .args([
            "editions",
            "--url",
            &nginx.url("editions"),
            "--trust",
            &public,
        ])
        .output()
        .unwrap();
    assert!(!tampered.status.success());
}
