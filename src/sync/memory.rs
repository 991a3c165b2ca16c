//! Sync where the snapshot is bytes, not a file: the web app, whose storage is the browser's
//! (IndexedDB). The same signed manifest, the same checks and the same outcomes as the
//! phone's file-based sync ([`super::sync`]); what differs is only where bytes live. The
//! caller keeps [`Remembered`] and stores the new snapshot before it uses it.
//!
//! The browser takes the full compressed snapshot, not a delta: rebuilding from a delta needs
//! a folder for its work files and threads, which a page has not. At the Isère size the full
//! file is about as small as a delta's worst case (see `BENCHMARKS.md`).

use super::http::{self, Client, ManifestFetch, NetError};
use super::installed::Installed;
use super::manifest::{self, Manifest};
use super::{
    check_manifest, choose, gate, net_outcome, rejected, NetworkKind, Outcome, RejectReason,
    SyncConfig, SyncPolicy, Trigger,
};
use crate::snapshot::Snapshot;
use chrono::NaiveDate;
use sha2::Digest;

/// What the browser keeps between syncs: the manifest last verified and its ETag (for a
/// conditional request that usually answers "not modified").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    pub manifest: Option<Vec<u8>>,
    pub etag: Option<String>,
}

/// A sync's result and, when it is [`Outcome::Updated`], the new snapshot's bytes.
pub struct Synced {
    pub outcome: Outcome,
    pub snapshot: Option<Vec<u8>>,
}

impl From<Outcome> for Synced {
    fn from(outcome: Outcome) -> Synced {
        Synced {
            outcome,
            snapshot: None,
        }
    }
}

/// The snapshot in use, described as sync needs it: its version, date and SHA-256.
pub fn describe(bytes: &[u8], snapshot: &Snapshot) -> Installed {
    Installed {
        path: std::path::PathBuf::new(),
        version: snapshot.meta().data_version,
        build_date: snapshot.meta().build_date,
        sha256: hex_sha256(bytes),
    }
}

fn hex_sha256(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Plan, apply the policy, download and check, as [`super::sync`] does with files. On
/// mobile data without standing consent it stops at [`Outcome::NeedsConsent`].
pub async fn sync(
    installed: &Installed,
    remembered: &mut Remembered,
    cfg: &SyncConfig,
    policy: SyncPolicy,
    network: NetworkKind,
    trigger: Trigger,
    today: NaiveDate,
) -> Synced {
    let installed = Some(installed.clone());
    let data_from = installed.as_ref().map(|i| i.build_date);
    if let Some(not_now) = gate(policy, network, trigger, || data_from) {
        return not_now.into();
    }
    let client = match cfg.client() {
        Ok(c) => c,
        Err(e) => return net_outcome(e, &installed).into(),
    };
    let etag = remembered
        .manifest
        .as_ref()
        .and_then(|_| remembered.etag.clone());
    let fetched = client
        .manifest(
            &cfg.manifest_url,
            etag.as_deref(),
            manifest::MAX_MANIFEST_BYTES,
        )
        .await;
    let (bytes, new_etag) = match fetched {
        Ok(ManifestFetch::NotModified) => (remembered.manifest.clone().unwrap_or_default(), etag),
        Ok(ManifestFetch::Body { bytes, etag }) => (bytes, etag),
        Err(e) => return net_outcome(e, &installed).into(),
    };
    let m = match check_manifest(&bytes, &cfg.trusted_keys, &installed) {
        Ok(m) => m,
        Err(outcome) => return outcome.into(),
    };
    // Only a verified, forward manifest is remembered for the next conditional request.
    *remembered = Remembered {
        manifest: Some(bytes),
        etag: new_etag,
    };
    // The full snapshot always (see the module's note): no delta is usable here.
    if let Err(outcome) = choose(&m, &installed, &cfg.app_version, today, &m.snapshot_sha256) {
        return outcome.into();
    }
    if network == NetworkKind::Mobile && !policy.allow_mobile_data {
        return Outcome::NeedsConsent {
            bytes: m.full.size,
            to: m.version,
        }
        .into();
    }
    match download_full(&client, cfg, &m, &installed).await {
        Ok(snapshot) => Synced {
            outcome: Outcome::Updated {
                from: installed.as_ref().map_or(0, |i| i.version),
                to: m.version,
                data_from: m.build_date,
            },
            snapshot: Some(snapshot),
        },
        Err(outcome) => outcome.into(),
    }
}

/// Downloads the full compressed snapshot, and returns it decompressed once it is exactly
/// the signed file and a sound snapshot of the announced version.
async fn download_full(
    client: &Client,
    cfg: &SyncConfig,
    m: &Manifest,
    installed: &Option<Installed>,
) -> Result<Vec<u8>, Outcome> {
    let url = http::beside(&cfg.manifest_url, &m.full.path);
    let mut compressed = Vec::new();
    client
        .download(&url, 0, m.full.size, &mut compressed)
        .await
        .map_err(|e: NetError| net_outcome(e, installed))?;
    if hex_sha256(&compressed) != m.full.sha256 {
        if http::looks_like_html(None, &compressed) {
            return Err(Outcome::ConnectToWifiPage {
                data_from: installed.as_ref().map(|i| i.build_date),
            });
        }
        return Err(rejected(
            RejectReason::Corrupt(format!("{} does not match its hash", m.full.path)),
            installed,
        ));
    }
    let snapshot = decompress(&compressed, m.snapshot_size)
        .map_err(|why| rejected(RejectReason::Corrupt(why), installed))?;
    check_snapshot(&snapshot, m).map_err(|reason| rejected(reason, installed))?;
    Ok(snapshot)
}

/// Decompresses a full snapshot, never past `size` bytes.
fn decompress(compressed: &[u8], size: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    zstd::stream::read::Decoder::new(compressed)
        .map_err(|e| e.to_string())?
        .take(size + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("not a compressed snapshot: {e}"))?;
    if out.len() as u64 != size {
        return Err("not the announced size".into());
    }
    Ok(out)
}

/// The signed hash, then SQLite's own check, then the announced version.
pub fn check_snapshot(bytes: &[u8], m: &Manifest) -> Result<(), RejectReason> {
    if hex_sha256(bytes) != m.snapshot_sha256 {
        return Err(RejectReason::Corrupt(
            "the new snapshot does not match its signed hash".into(),
        ));
    }
    let snapshot = Snapshot::from_bytes(bytes, "synced")
        .map_err(|e| RejectReason::BadSnapshot(e.to_string()))?;
    snapshot
        .integrity_check()
        .map_err(|e| RejectReason::BadSnapshot(e.to_string()))?;
    if snapshot.meta().data_version != m.version {
        return Err(RejectReason::BadSnapshot(
            "its version is not the announced one".into(),
        ));
    }
    Ok(())
}
