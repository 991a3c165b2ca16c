//! Deltas rebuild the exact bytes of the newer snapshot, and bad deltas fail without panicking.

use super::support::{fixture, scratch_dir};
use std::path::{Path, PathBuf};
use toutpres::sync::delta;
use toutpres::sync::manifest::sha256_hex;

/// Editions `from` and `to` of the fixture, the delta between them, and where to apply it.
struct Case {
    old: PathBuf,
    old_sha: String,
    new: PathBuf,
    delta: Vec<u8>,
    out: PathBuf,
}

fn case(from: usize, to: usize, level: i32) -> Case {
    let fx = fixture();
    let (old, new) = (fx.editions[from].clone(), fx.editions[to].clone());
    let (delta, _) = delta::make(&old, &new, level).unwrap();
    Case {
        old_sha: sha256_hex(&std::fs::read(&old).unwrap()),
        old,
        new,
        delta,
        out: scratch_dir("delta").join("out.sqlite"),
    }
}

fn apply(c: &Case, old: &Path, old_sha: &str, delta: &[u8]) -> Result<(), delta::DeltaError> {
    delta::apply(old, old_sha, delta, &c.out, &delta::scratch_path(&c.out))
}

#[test]
fn delta_rebuilds_the_new_snapshot_byte_for_byte() {
    let c = case(0, 2, 19);
    let (_, stats) = delta::make(&c.old, &c.new, 19).unwrap();
    assert!(stats.carried >= 3 && stats.carried < 20, "{stats:?}");
    let full = zstd::bulk::compress(&std::fs::read(&c.new).unwrap(), 19).unwrap();
    assert!(
        c.delta.len() * 5 < full.len(),
        "delta {} full {}",
        c.delta.len(),
        full.len()
    );
    apply(&c, &c.old, &c.old_sha, &c.delta).unwrap();
    let want = std::fs::read(&c.new).unwrap();
    let got = std::fs::read(&c.out).unwrap();
    if got != want {
        let pages: std::collections::BTreeSet<usize> = (0..want.len().min(got.len()))
            .filter(|&i| want[i] != got[i])
            .map(|i| i / 4096)
            .collect();
        panic!(
            "sizes {} vs {}, differing pages {:?}",
            got.len(),
            want.len(),
            pages.iter().take(20).collect::<Vec<_>>()
        );
    }
    // Former names (format 2) came through: stored, and in the rebuilt full-text index.
    let rebuilt = toutpres::snapshot::Snapshot::open(&c.out).unwrap();
    let hits = toutpres::query::search(&rebuilt, "saint bruno", None, 5).unwrap();
    let halimi = hits
        .iter()
        .find(|h| h.place.name == "Bibliothèque Gisèle Halimi")
        .expect("found by its former name");
    assert_eq!(halimi.place.former_names, vec!["Bibliothèque Saint-Bruno"]);
}

/// Mutated deltas (inside and outside the compression) never panic apply: they fail, or
/// build a file whose hash the caller then refuses.
#[test]
fn random_and_mutated_deltas_never_panic() {
    let c = case(0, 1, 3);
    let json = zstd::stream::decode_all(&c.delta[..]).unwrap();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..150 {
        let mut j = json.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() as usize) % j.len();
            j[at] = b"0123456789-,[]{}\":nulltrue"[(next() % 26) as usize];
        }
        if i % 5 == 0 {
            let cut = (next() as usize) % j.len();
            j.truncate(cut);
        }
        let compressed = zstd::bulk::compress(&j, 1).unwrap();
        let _ = delta::check(&compressed);
        let _ = apply(&c, &c.old, &c.old_sha, &compressed);
        let noise: Vec<u8> = (0..next() % 300).map(|_| next() as u8).collect();
        assert!(delta::check(&noise).is_err());
    }
    // And the real one still applies.
    apply(&c, &c.old, &c.old_sha, &c.delta).unwrap();
    assert_eq!(
        std::fs::read(&c.out).unwrap(),
        std::fs::read(&c.new).unwrap()
    );
}

#[test]
fn delta_onto_another_snapshot_is_refused() {
    let c = case(0, 1, 3);
    let new_sha = sha256_hex(&std::fs::read(&c.new).unwrap());
    assert!(apply(&c, &c.new, &new_sha, &c.delta).is_err());
}
