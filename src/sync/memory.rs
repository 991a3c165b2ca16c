//! Sync where the snapshot is bytes, not a file: the web app, whose storage is the browser's
//! (IndexedDB). The same signed manifest, the same checks and the same outcomes as the
//! phone's file-based sync ([`super::sync`]); what differs is only where bytes live. The
//! caller keeps [`Remembered`] and stores the new snapshot before it uses it.
//!
//! A delta rebuilds the new snapshot from the bytes in use with the phone's own code
//! ([`delta::apply_bytes`]): its work files are SQLite's memory files in the browser, and its
//! parts run one after the other on the page's one thread. A delta that hashes right but does
//! not build the signed snapshot is remembered as refused, and the next sync takes the full
//! file, as on the phone.
//!
//! The map layer step ([`super::map_layer`]) runs here too, after the snapshot's: a new layer
//! comes back as bytes ([`Synced::map_layer`]) for the caller to store beside the snapshot,
//! and a layer that fails never changes the snapshot's outcome.

use super::delta;
use super::http::{self, Client, ManifestFetch, NetError};
use super::installed::Installed;
use super::manifest::{self, FileRef, Manifest};
use super::map_layer::{self, MapOutcome};
use super::{
    cannot_write, check_manifest, choose, delta_failure, gate, may_fetch_map, net_outcome,
    rejected, trust, BuildFailure, DownloadKind, NetworkKind, Outcome, RejectReason, SyncConfig,
    SyncPolicy, Trigger,
};
use crate::snapshot::Snapshot;
use chrono::NaiveDate;
use sha2::Digest;
use std::borrow::Cow;

/// What the browser keeps between syncs: the manifest last verified and its ETag (for a
/// conditional request that usually answers "not modified"), and the snapshot (SHA-256) whose
/// delta failed to build here, so that the next sync takes the full file; and the SHA-256 of
/// the map layer stored by an earlier sync, which the caller sets once it has stored one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    pub manifest: Option<Vec<u8>>,
    pub etag: Option<String>,
    pub refused_delta_for: Option<String>,
    pub map_sha256: Option<String>,
    /// Keys named by verified manifests while the publisher rotated its key ([`super::trust`]).
    pub learned_keys: Vec<String>,
}

/// The snapshot the app runs on: its bytes (a delta rebuilds from them) and what sync knows
/// of it. The bundled snapshot is borrowed, never copied. Its SHA-256 is computed only when a
/// sync reaches the network: computed at start, it took about 70 ms of a processor slowed 4×
/// (a low-end phone) before the first results.
#[derive(Debug, Clone)]
pub struct InUse {
    pub bytes: Cow<'static, [u8]>,
    pub version: u64,
    pub build_date: NaiveDate,
    pub region: String,
    sha256: std::cell::OnceCell<String>,
}

impl InUse {
    pub fn new(bytes: Cow<'static, [u8]>, snapshot: &Snapshot) -> InUse {
        InUse {
            bytes,
            version: snapshot.meta().data_version,
            build_date: snapshot.meta().build_date,
            region: snapshot.meta().region.clone(),
            sha256: std::cell::OnceCell::new(),
        }
    }

    /// The snapshot as sync describes it (its SHA-256 computed once).
    pub fn installed(&self) -> Installed {
        Installed {
            path: std::path::PathBuf::new(),
            version: self.version,
            build_date: self.build_date,
            region: self.region.clone(),
            sha256: self.sha256.get_or_init(|| hex_sha256(&self.bytes)).clone(),
        }
    }
}

/// A sync's result and, when it is [`Outcome::Updated`], the new snapshot's bytes; the map
/// layer step's result and, when it is [`MapOutcome::Installed`], the new layer's bytes (to
/// store, then remember as [`Remembered::map_sha256`]).
pub struct Synced {
    pub outcome: Outcome,
    pub snapshot: Option<Vec<u8>>,
    pub map: MapOutcome,
    pub map_layer: Option<Vec<u8>>,
}

impl From<Outcome> for Synced {
    fn from(outcome: Outcome) -> Synced {
        Synced {
            outcome,
            snapshot: None,
            map: MapOutcome::NotTried,
            map_layer: None,
        }
    }
}

impl Synced {
    /// This result with the map layer step's.
    fn with_map(mut self, (map, layer): (MapOutcome, Option<Vec<u8>>)) -> Synced {
        self.map = map;
        self.map_layer = layer;
        self
    }
}

/// The map layer step: the layer `m` names, downloaded and checked, when it is not the one
/// stored.
async fn map_step(
    client: &Client,
    cfg: &SyncConfig,
    m: &Manifest,
    remembered: &Remembered,
) -> (MapOutcome, Option<Vec<u8>>) {
    let Some(map) = &m.map else {
        return (MapOutcome::NotOffered, None);
    };
    if map_layer::wanted(m, map_layer::in_use(remembered.map_sha256.as_deref(), cfg)).is_none() {
        return (MapOutcome::Current, None);
    }
    match map_layer::fetch(client, cfg, map).await {
        Ok(raw) => (
            MapOutcome::Installed {
                area: map.area.clone(),
                bytes: raw.len() as u64,
            },
            Some(raw),
        ),
        Err(outcome) => (outcome, None),
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
    in_use: &InUse,
    remembered: &mut Remembered,
    cfg: &SyncConfig,
    policy: SyncPolicy,
    network: NetworkKind,
    trigger: Trigger,
    today: NaiveDate,
) -> Synced {
    let data_from = Some(in_use.build_date);
    if let Some(not_now) = gate(policy, network, trigger, || data_from) {
        return not_now.into();
    }
    let installed = Some(in_use.installed());
    let cfg = &SyncConfig {
        trusted_keys: trust::with_learned(
            &cfg.trusted_keys,
            remembered.learned_keys.iter().map(String::as_str),
        ),
        ..cfg.clone()
    };
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
    let m = match check_manifest(&bytes, cfg, &installed) {
        Ok(m) => m,
        Err(outcome) => return outcome.into(),
    };
    if let Some(next) = trust::newly_named(&m, &cfg.trusted_keys) {
        remembered.learned_keys.push(next.to_string());
    }
    // Only a verified, forward manifest is remembered for the next conditional request.
    remembered.manifest = Some(bytes);
    remembered.etag = new_etag;
    let refused = remembered.refused_delta_for.as_deref().unwrap_or_default();
    let may_download = may_fetch_map(network, policy);
    let (kind, file) = match choose(&m, &installed, &cfg.app_version, today, refused) {
        Ok(chosen) => chosen,
        Err(outcome @ Outcome::UpToDate { .. }) if may_download => {
            // The snapshot is the newest; the publisher may offer a new layer alone.
            let map = map_step(&client, cfg, &m, remembered).await;
            return Synced::from(outcome).with_map(map);
        }
        Err(outcome) => return outcome.into(),
    };
    if !may_download {
        let map_bytes = map_layer::bytes_to_download(
            &m,
            map_layer::in_use(remembered.map_sha256.as_deref(), cfg),
        );
        return Outcome::NeedsConsent {
            bytes: file.size + map_bytes,
            to: m.version,
        }
        .into();
    }
    let built = match download(&client, cfg, &file, &installed).await {
        Ok(downloaded) => build(&kind, &downloaded, in_use, &m),
        Err(outcome) => return outcome.into(),
    };
    match built {
        Ok(snapshot) => {
            remembered.refused_delta_for = None;
            let map = map_step(&client, cfg, &m, remembered).await;
            Synced {
                outcome: Outcome::Updated {
                    from: in_use.version,
                    to: m.version,
                    data_from: m.build_date,
                },
                snapshot: Some(snapshot),
                map: MapOutcome::NotTried,
                map_layer: None,
            }
            .with_map(map)
        }
        Err(NotBuilt::Write(e)) => cannot_write(e, data_from).into(),
        Err(NotBuilt::Refused(reason)) => {
            // A download that hashes right but does not build: never try it again.
            if kind != DownloadKind::Full {
                remembered.refused_delta_for = Some(m.snapshot_sha256.clone());
            }
            rejected(reason, &installed).into()
        }
    }
}

/// Downloads `file` whole, and returns it once it is exactly the signed file.
async fn download(
    client: &Client,
    cfg: &SyncConfig,
    file: &FileRef,
    installed: &Option<Installed>,
) -> Result<Vec<u8>, Outcome> {
    let url = http::beside(&cfg.manifest_url, &file.path);
    let mut bytes = Vec::new();
    client
        .download(&url, 0, file.size, &mut bytes)
        .await
        .map_err(|e: NetError| net_outcome(e, installed))?;
    if hex_sha256(&bytes) != file.sha256 {
        if http::looks_like_html(None, &bytes) {
            return Err(Outcome::ConnectToWifiPage {
                data_from: installed.as_ref().map(|i| i.build_date),
            });
        }
        return Err(rejected(
            RejectReason::Corrupt(format!("{} does not match its hash", file.path)),
            installed,
        ));
    }
    Ok(bytes)
}

/// Why a checked download gave no new snapshot.
enum NotBuilt {
    /// Memory or storage failed: the download is fine, try again later.
    Write(std::io::Error),
    /// It does not give the signed snapshot.
    Refused(RejectReason),
}

/// The new snapshot from a checked download (decompressed, or rebuilt from the snapshot in
/// use), once it is exactly the signed snapshot and a sound one of the announced version.
fn build(
    kind: &DownloadKind,
    downloaded: &[u8],
    in_use: &InUse,
    m: &Manifest,
) -> Result<Vec<u8>, NotBuilt> {
    let corrupt = |why| NotBuilt::Refused(RejectReason::Corrupt(why));
    let snapshot = match kind {
        DownloadKind::Full => decompress(downloaded, m.snapshot_size).map_err(corrupt)?,
        DownloadKind::Delta { .. } => {
            delta::apply_bytes(&in_use.bytes, &in_use.installed().sha256, downloaded).map_err(
                |e| match delta_failure(e) {
                    BuildFailure::Write(e) => NotBuilt::Write(e),
                    BuildFailure::Bad(why) => corrupt(why),
                },
            )?
        }
    };
    check_snapshot(&snapshot, m).map_err(NotBuilt::Refused)?;
    Ok(snapshot)
}

/// Decompresses a full snapshot, never past `size` bytes.
fn decompress(compressed: &[u8], size: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    super::compressed::decoder(compressed)?
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
