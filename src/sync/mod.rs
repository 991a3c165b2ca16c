//! Keeping the snapshot fresh: signed updates from a plain static folder, applied so that
//! nothing a network or a phone can do wrong leaves the person without data.
//!
//! **Shape.** The publisher (`toutpres-cli publish`, [`publish`]) writes a folder any static
//! host can serve: the compressed full snapshot of each version, deltas from the last few
//! versions to the newest ([`delta`]), and a signed [`manifest`] announcing the newest version
//! and every file's size and SHA-256. The app asks for the manifest with `If-None-Match` (a few
//! hundred bytes, usually "not modified"), checks the signature before reading anything else,
//! [`plan`]s what to download (a delta if one starts from exactly its snapshot, else the full
//! file) and says how many bytes, then [`apply`] downloads (resuming, capped at the announced
//! size), rebuilds the new snapshot into a new file, checks it, and switches the pointer file
//! ([`crate::files`]). The app then reopens with [`crate::files::open_active`]. A street map
//! layer the manifest names comes after, in a step of its own ([`map_layer`]) whose failure
//! never fails or undoes the snapshot's update ([`Synced::map`]).
//!
//! **Why these rules.**
//! - *Only signed, only forward.* A manifest that is unsigned, signed by an unknown key or
//!   wrongly signed is refused, and so is any version lower than the installed one: a hostile
//!   wifi must not be able to serve old or invented help places. An expired manifest (the
//!   publisher stopped vouching, or someone replays an old one) is not an error: the app keeps
//!   its data and says how old it is.
//! - *Nothing is trusted until its hash matches.* Every download is capped at the size the
//!   manifest announces and checked against its hash; the rebuilt snapshot must hash to the
//!   signed value (snapshots are deterministic, so a delta's result is exactly the published
//!   file) and pass `Snapshot::open` + `integrity_check` before it is named.
//! - *A crash at any step leaves the old snapshot in use*: see [`crate::files`]. A kept partial
//!   download is resumed with an HTTP Range request.
//! - *Wifi login pages* answer 200 with HTML; they are recognised and reported as "open the
//!   wifi's login page first", never as corrupt data.
//! - *Mobile data costs money.* Nothing is downloaded on mobile data without consent; the plan
//!   says the size first. Only the small manifest is fetched to find that size.
//! - *The core reads no clock*: the caller passes today's date. The person's database is never
//!   touched.

// The browser build does not drive sync from files (no file system there): the file-based
// download and install steps below are native only.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

pub mod compressed;
pub mod contribute;
pub mod delta;
pub mod editions;
pub mod host;
pub mod http;
pub mod installed;
pub mod manifest;
pub mod map_layer;
pub mod memory;
pub mod network;
pub mod publish;
pub mod retry;
pub mod trust;

use crate::files;
use chrono::NaiveDate;
pub use host::{check_manifest_url, default_manifest_url, host_of, site_manifest_url, UrlError};
use http::{Client, ManifestFetch, NetError};
use installed::Installed;
use manifest::{FileRef, Manifest, ManifestError, PublicKey};
pub use map_layer::MapOutcome;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// When the person lets the app sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncPolicy {
    /// Sync by itself when on wifi.
    pub on_wifi: bool,
    /// Downloads on mobile data are allowed without asking each time.
    pub allow_mobile_data: bool,
    /// Sync may run in the background (not only when the person asks).
    pub background: bool,
}

impl Default for SyncPolicy {
    fn default() -> Self {
        SyncPolicy {
            on_wifi: true,
            allow_mobile_data: false,
            background: true,
        }
    }
}

/// The network the phone is on, as the platform reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkKind {
    None,
    Wifi,
    Mobile,
}

/// Who started this sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The person pressed "update".
    Person,
    /// The app on its own (start, timer).
    Background,
}

/// Why an update was refused. The current data stays in use.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RejectReason {
    Unsigned,
    UnknownKey,
    BadSignature,
    Malformed(String),
    /// The offered version is older than the installed one.
    Rollback {
        offered: u64,
        installed: u64,
    },
    /// A download or the rebuilt snapshot does not match its signed size or hash.
    Corrupt(String),
    /// The server sent more bytes than the manifest announced.
    TooLong,
    /// The new snapshot does not open or fails its integrity check.
    BadSnapshot(String),
}

/// What a sync did, for the interface (a pictogram and plain words) and the log. Serialisable
/// so the app can keep the last one in the person's database and show it after a restart.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    /// The newest data is installed.
    UpToDate { version: u64, data_from: NaiveDate },
    /// New data installed: reopen with [`crate::files::open_active`].
    Updated {
        from: u64,
        to: u64,
        data_from: NaiveDate,
    },
    /// On mobile data without consent: ask before downloading this many bytes.
    NeedsConsent { bytes: u64, to: u64 },
    /// The policy says not now (background sync off, or wifi sync off).
    NotNow { data_from: Option<NaiveDate> },
    /// A wifi login page answered: open it first.
    ConnectToWifiPage { data_from: Option<NaiveDate> },
    /// No network, or the server could not be reached (a partial download is kept).
    NoConnection { data_from: Option<NaiveDate> },
    /// The server answered with an error; try later.
    ServerTrouble {
        status: u16,
        data_from: Option<NaiveDate>,
    },
    /// The publisher has not vouched for newer data lately: keep this data, say its date.
    Stale { data_from: Option<NaiveDate> },
    /// Newer data needs a newer app.
    UpdateApp { min_app_version: String },
    /// Refused: bad signature, rollback, corrupt download…
    Rejected {
        reason: RejectReason,
        data_from: Option<NaiveDate>,
    },
    /// The phone could not store the update (full storage…).
    CannotWrite {
        detail: String,
        data_from: Option<NaiveDate>,
    },
    /// This build knows no host and none was chosen in the settings: the bundled data stays.
    NoHost,
}

impl Outcome {
    /// The date of the data in use, for "data from <date>".
    pub fn data_from(&self) -> Option<NaiveDate> {
        match self {
            Outcome::UpToDate { data_from, .. } | Outcome::Updated { data_from, .. } => {
                Some(*data_from)
            }
            Outcome::NeedsConsent { .. } | Outcome::UpdateApp { .. } | Outcome::NoHost => None,
            Outcome::NotNow { data_from }
            | Outcome::ConnectToWifiPage { data_from }
            | Outcome::NoConnection { data_from }
            | Outcome::ServerTrouble { data_from, .. }
            | Outcome::Stale { data_from }
            | Outcome::Rejected { data_from, .. }
            | Outcome::CannotWrite { data_from, .. } => *data_from,
        }
    }

    /// Stable id for the interface's translations and pictograms.
    pub fn id(&self) -> &'static str {
        match self {
            Outcome::UpToDate { .. } => "sync-up-to-date",
            Outcome::Updated { .. } => "sync-updated",
            Outcome::NeedsConsent { .. } => "sync-needs-consent",
            Outcome::NotNow { .. } => "sync-not-now",
            Outcome::ConnectToWifiPage { .. } => "sync-wifi-login-page",
            Outcome::NoConnection { .. } => "sync-no-connection",
            Outcome::ServerTrouble { .. } => "sync-server-trouble",
            Outcome::Stale { .. } => "sync-data-from",
            Outcome::UpdateApp { .. } => "sync-update-app",
            Outcome::Rejected { .. } => "sync-rejected",
            Outcome::CannotWrite { .. } => "sync-cannot-write",
            Outcome::NoHost => "sync-no-host",
        }
    }

    /// The outcome's pictogram (a file of `assets/pictograms/`).
    pub fn pictogram(&self) -> &'static str {
        match self {
            Outcome::UpToDate { .. } | Outcome::Updated { .. } => "done.svg",
            Outcome::NeedsConsent { .. } => "mobile-data.svg",
            Outcome::NotNow { .. } => "pause.svg",
            Outcome::ConnectToWifiPage { .. } => "wifi-login.svg",
            Outcome::NoConnection { .. } => "no-wifi.svg",
            Outcome::ServerTrouble { .. } => "server.svg",
            Outcome::Stale { .. } => "calendar.svg",
            Outcome::UpdateApp { .. } => "app-update.svg",
            Outcome::Rejected { .. } => "shield.svg",
            Outcome::CannotWrite { .. } => "storage.svg",
            Outcome::NoHost => "server.svg",
        }
    }
}

/// What a sync did: the snapshot's outcome (what the person is told) and the map layer's,
/// which never changes the first (see [`map_layer`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub outcome: Outcome,
    pub map: MapOutcome,
}

impl From<Outcome> for Synced {
    fn from(outcome: Outcome) -> Synced {
        Synced {
            outcome,
            map: MapOutcome::NotTried,
        }
    }
}

/// Named steps of apply, where a test process can be made to die.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The download is complete and verified.
    Downloaded,
    /// The new snapshot file is written (not yet checked).
    Built,
    /// The new snapshot passed hash and integrity checks.
    Verified,
    /// The new snapshot has its final name (the pointer still names the old one).
    Renamed,
    /// `current.tmp` is written (not yet renamed).
    PointerWritten,
    /// The pointer names the new snapshot (old files not yet removed).
    Switched,
}

impl Step {
    pub const ALL: [(Step, &'static str); 6] = [
        (Step::Downloaded, "downloaded"),
        (Step::Built, "built"),
        (Step::Verified, "verified"),
        (Step::Renamed, "renamed"),
        (Step::PointerWritten, "pointer-written"),
        (Step::Switched, "switched"),
    ];

    pub fn from_name(s: &str) -> Option<Step> {
        Self::ALL.iter().find(|(_, n)| *n == s).map(|(st, _)| *st)
    }
}

/// Test seam: inert unless a test sets it. `abort_at` kills the process at a step (crash
/// tests); `fail_writes_after` makes writes fail once a file would pass that many bytes, as a
/// full disk does.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    pub abort_at: Option<Step>,
    pub fail_writes_after: Option<u64>,
}

impl Faults {
    fn at(&self, step: Step) {
        if self.abort_at == Some(step) {
            std::process::abort();
        }
    }

    /// Fails when a file would grow to `total` bytes past the injected limit.
    pub fn check_write(&self, total: u64) -> std::io::Result<()> {
        match self.fail_writes_after {
            Some(limit) if total > limit => Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device (injected)",
            )),
            _ => Ok(()),
        }
    }
}

/// Where and how to sync.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// The manifest's URL; files are fetched beside it.
    pub manifest_url: String,
    /// The region of the edition the person chose from the host's list; a manifest of another
    /// region is refused. `None`: whatever edition the address serves (the default host, or one
    /// a helper typed). Another edition than the installed one is downloaded whole.
    pub region: Option<String>,
    pub trusted_keys: Vec<PublicKey>,
    /// This app's version, compared with the manifest's `min_app_version`.
    pub app_version: String,
    /// Bounds connecting, waiting for an answer and any pause while downloading.
    pub timeout: Duration,
    pub faults: Faults,
    /// SHA-256 of the street map layer the app carries: the layer in use until a sync stores
    /// one, so a manifest offering that very layer downloads nothing.
    pub carried_map_sha256: Option<String>,
}

impl SyncConfig {
    /// The app's configuration: the embedded publisher keys, a 20-second timeout.
    pub fn new(manifest_url: &str) -> SyncConfig {
        SyncConfig {
            manifest_url: manifest_url.to_string(),
            region: None,
            trusted_keys: PublicKey::embedded(),
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            timeout: Duration::from_secs(20),
            faults: Faults::default(),
            carried_map_sha256: None,
        }
    }

    /// The HTTP client sync uses with this configuration.
    pub fn client(&self) -> Result<Client, NetError> {
        Client::new(
            self.timeout,
            &format!("toutpres/{}", env!("CARGO_PKG_VERSION")),
        )
    }
}

/// Delta or full snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadKind {
    Delta { from_version: u64 },
    Full,
}

/// What [`apply`] would download.
#[derive(Debug, Clone)]
pub struct Plan {
    pub from: Option<u64>,
    pub to: u64,
    pub kind: DownloadKind,
    pub file: FileRef,
    /// Bytes still to download (a resumed download needs less than the file's size), with a
    /// new map layer's when the manifest offers one.
    pub bytes: u64,
    manifest: Manifest,
    installed: Option<Installed>,
}

/// The result of [`plan`]: nothing to do (with why), or something to download.
#[derive(Debug, Clone)]
pub enum Planned {
    Done(Outcome),
    Download(Box<Plan>),
}

const NO_DELTA_FILE: &str = "no-delta";

fn partial_path(dir: &Path, sha256: &str) -> PathBuf {
    files::sync_dir(dir).join(format!("{sha256}.part"))
}

fn rejected(reason: RejectReason, installed: &Option<Installed>) -> Outcome {
    Outcome::Rejected {
        reason,
        data_from: installed.as_ref().map(|i| i.build_date),
    }
}

fn net_outcome(e: NetError, installed: &Option<Installed>) -> Outcome {
    let data_from = installed.as_ref().map(|i| i.build_date);
    match e {
        NetError::Unreachable(_) => Outcome::NoConnection { data_from },
        NetError::LoginPage => Outcome::ConnectToWifiPage { data_from },
        NetError::Status(status) => Outcome::ServerTrouble { status, data_from },
        NetError::TooLong => rejected(RejectReason::TooLong, installed),
        NetError::Write(e) => Outcome::CannotWrite {
            detail: e.to_string(),
            data_from,
        },
    }
}

/// The manifest's bytes, checked: signed by a trusted key, of the edition chosen (if one was),
/// and not older than the installed snapshot, whatever its edition. A web page where the manifest should be
/// is a wifi login page.
pub fn check_manifest(
    bytes: &[u8],
    cfg: &SyncConfig,
    installed: &Option<Installed>,
) -> Result<Manifest, Outcome> {
    let m = manifest::verify(bytes, &cfg.trusted_keys).map_err(|e| {
        let reason = match e {
            ManifestError::Unsigned if http::looks_like_html(None, bytes) => {
                return Outcome::ConnectToWifiPage {
                    data_from: installed.as_ref().map(|i| i.build_date),
                }
            }
            ManifestError::Unsigned => RejectReason::Unsigned,
            ManifestError::UnknownKey => RejectReason::UnknownKey,
            ManifestError::BadSignature => RejectReason::BadSignature,
            ManifestError::Malformed(s) => RejectReason::Malformed(s),
        };
        rejected(reason, installed)
    })?;
    if let Some(chosen) = cfg.region.as_deref().filter(|c| *c != m.region) {
        return Err(rejected(
            RejectReason::Malformed(format!(
                "the manifest is for {}, not the edition chosen ({chosen})",
                m.region
            )),
            installed,
        ));
    }
    // Forward only, whatever the edition: a publisher builds its editions together, and an
    // older one of another edition would open the way back to older data.
    if let Some(i) = installed {
        if m.version < i.version {
            return Err(rejected(
                RejectReason::Rollback {
                    offered: m.version,
                    installed: i.version,
                },
                installed,
            ));
        }
    }
    Ok(m)
}

/// The installed snapshot when it is of the manifest's edition: only then is it "up to date"
/// and do deltas apply.
fn same_edition<'a>(m: &Manifest, installed: &'a Option<Installed>) -> Option<&'a Installed> {
    installed.as_ref().filter(|i| i.region == m.region)
}

/// What a checked manifest means for this app: nothing to do (and why), or the file to
/// download: a delta that starts from exactly the installed snapshot, else the full snapshot.
/// `refused_delta_for`: the snapshot (SHA-256) whose delta failed to build here before.
pub fn choose(
    m: &Manifest,
    installed: &Option<Installed>,
    app_version: &str,
    today: NaiveDate,
    refused_delta_for: &str,
) -> Result<(DownloadKind, FileRef), Outcome> {
    let data_from = installed.as_ref().map(|i| i.build_date);
    if manifest::parse_app_version(&m.min_app_version) > manifest::parse_app_version(app_version) {
        return Err(Outcome::UpdateApp {
            min_app_version: m.min_app_version.clone(),
        });
    }
    if let Some(i) = same_edition(m, installed) {
        if m.version == i.version {
            return Err(if today > m.expires {
                Outcome::Stale { data_from }
            } else {
                Outcome::UpToDate {
                    version: i.version,
                    data_from: i.build_date,
                }
            });
        }
    }
    if today > m.expires {
        return Err(Outcome::Stale { data_from });
    }
    let delta = same_edition(m, installed).and_then(|i| {
        m.deltas.iter().find(|d| {
            d.from_version == i.version
                && d.from_sha256 == i.sha256
                && refused_delta_for.trim() != m.snapshot_sha256
        })
    });
    Ok(match delta {
        Some(d) => (
            DownloadKind::Delta {
                from_version: d.from_version,
            },
            d.file.clone(),
        ),
        None => (DownloadKind::Full, m.full.clone()),
    })
}

#[cfg(not(target_arch = "wasm32"))]
/// Fetch and verify the manifest, and decide what to download. Needs the network but
/// downloads only the manifest. `today` is the caller's date (the core reads no clock).
pub fn plan(dir: &Path, cfg: &SyncConfig, today: NaiveDate) -> Planned {
    plan_with_manifest(dir, cfg, today).0
}

#[cfg(not(target_arch = "wasm32"))]
/// [`plan`], and the manifest when one was checked (the map layer step needs it also when
/// there is no snapshot to download).
fn plan_with_manifest(
    dir: &Path,
    cfg: &SyncConfig,
    today: NaiveDate,
) -> (Planned, Option<Manifest>) {
    // The keys learned from an earlier manifest count as trusted (`trust`).
    let learned = trust::learned(dir);
    let cfg = &SyncConfig {
        trusted_keys: trust::with_learned(&cfg.trusted_keys, learned.iter().map(String::as_str)),
        ..cfg.clone()
    };
    let installed = installed::installed(dir);
    let sync_dir = files::sync_dir(dir);
    let cached = std::fs::read(sync_dir.join("manifest")).ok();
    let etag = cached
        .as_ref()
        .and_then(|_| std::fs::read_to_string(sync_dir.join("etag")).ok());
    let fetched = cfg.client().and_then(|client| {
        http::block_on(client.manifest(
            &cfg.manifest_url,
            etag.as_deref(),
            manifest::MAX_MANIFEST_BYTES,
        ))
    });
    let (bytes, new_etag) = match fetched {
        Ok(ManifestFetch::NotModified) => (cached.unwrap_or_default(), etag),
        Ok(ManifestFetch::Body { bytes, etag }) => (bytes, etag),
        Err(e) => return (Planned::Done(net_outcome(e, &installed)), None),
    };
    let m = match check_manifest(&bytes, cfg, &installed) {
        Ok(m) => m,
        Err(outcome) => return (Planned::Done(outcome), None),
    };
    trust::learn(dir, &m, &cfg.trusted_keys);
    // Only a verified, forward manifest is remembered for the next conditional request.
    let _ = std::fs::create_dir_all(&sync_dir);
    if files::write_atomically(&sync_dir.join("manifest"), &bytes).is_ok() {
        match &new_etag {
            Some(tag) => {
                let _ = files::write_atomically(&sync_dir.join("etag"), tag.as_bytes());
            }
            None => {
                let _ = std::fs::remove_file(sync_dir.join("etag"));
            }
        }
    }
    let refused = std::fs::read_to_string(sync_dir.join(NO_DELTA_FILE)).unwrap_or_default();
    let (kind, file) = match choose(&m, &installed, &cfg.app_version, today, &refused) {
        Ok(chosen) => chosen,
        Err(outcome) => return (Planned::Done(outcome), Some(m)),
    };
    let have = std::fs::metadata(partial_path(dir, &file.sha256))
        .map(|md| md.len())
        .unwrap_or(0)
        .min(file.size);
    let map_bytes = map_layer::bytes_to_download(
        &m,
        map_layer::in_use(map_layer::stored_sha256(dir).as_deref(), cfg),
    );
    let plan = Plan {
        from: installed.as_ref().map(|i| i.version),
        to: m.version,
        kind,
        bytes: file.size - have + map_bytes,
        file,
        manifest: m,
        installed,
    };
    (Planned::Download(Box::new(plan)), None)
}

/// Whether a sync may download without asking: not on mobile data without standing consent.
fn may_fetch_map(network: NetworkKind, policy: SyncPolicy) -> bool {
    network != NetworkKind::Mobile || policy.allow_mobile_data
}

/// The person's policy before any request: no network, or not now. `data_from` is asked only
/// when the answer needs it (on the phone, it opens the installed snapshot).
pub fn gate(
    policy: SyncPolicy,
    network: NetworkKind,
    trigger: Trigger,
    data_from: impl FnOnce() -> Option<NaiveDate>,
) -> Option<Outcome> {
    match (network, trigger) {
        (NetworkKind::None, _) => Some(Outcome::NoConnection {
            data_from: data_from(),
        }),
        (_, Trigger::Background) if !policy.background => Some(Outcome::NotNow {
            data_from: data_from(),
        }),
        (NetworkKind::Wifi, Trigger::Background) if !policy.on_wifi => Some(Outcome::NotNow {
            data_from: data_from(),
        }),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Plan, apply the policy, and apply: what a background sync or an "update" button does.
/// On mobile data without standing consent it stops at [`Outcome::NeedsConsent`]; after the
/// person agrees, call [`apply`] with the plan. When the snapshot is already the newest, the
/// map layer step still runs (a publisher may offer only a new layer).
pub fn sync(
    dir: &Path,
    cfg: &SyncConfig,
    policy: SyncPolicy,
    network: NetworkKind,
    trigger: Trigger,
    today: NaiveDate,
) -> Synced {
    if let Some(not_now) = gate(policy, network, trigger, || {
        installed::installed(dir).map(|i| i.build_date)
    }) {
        return not_now.into();
    }
    let plan = match plan_with_manifest(dir, cfg, today) {
        (Planned::Done(outcome @ Outcome::UpToDate { .. }), Some(m))
            if may_fetch_map(network, policy) =>
        {
            let map = map_layer::update(dir, cfg, &m);
            return Synced { outcome, map };
        }
        (Planned::Done(o), _) => return o.into(),
        (Planned::Download(p), _) => p,
    };
    if network == NetworkKind::Mobile && !policy.allow_mobile_data && plan.bytes > 0 {
        return Outcome::NeedsConsent {
            bytes: plan.bytes,
            to: plan.to,
        }
        .into();
    }
    apply(dir, cfg, &plan)
}

#[cfg(not(target_arch = "wasm32"))]
/// Download what the plan says, build the new snapshot in a new file, check it and switch to
/// it, then the map layer step ([`map_layer::update`]) once the new snapshot is in use. Any
/// failure leaves the old snapshot active; a failure of the layer step leaves the old layer
/// and never the old snapshot.
pub fn apply(dir: &Path, cfg: &SyncConfig, plan: &Plan) -> Synced {
    let outcome = apply_snapshot(dir, cfg, plan);
    let map = match outcome {
        Outcome::Updated { .. } => map_layer::update(dir, cfg, &plan.manifest),
        _ => MapOutcome::NotTried,
    };
    Synced { outcome, map }
}

#[cfg(not(target_arch = "wasm32"))]
fn apply_snapshot(dir: &Path, cfg: &SyncConfig, plan: &Plan) -> Outcome {
    let installed = &plan.installed;
    let data_from = installed.as_ref().map(|i| i.build_date);
    let m = &plan.manifest;
    let sync_dir = files::sync_dir(dir);
    if let Err(e) = std::fs::create_dir_all(&sync_dir) {
        return Outcome::CannotWrite {
            detail: e.to_string(),
            data_from,
        };
    }
    let partial = partial_path(dir, &plan.file.sha256);
    if std::fs::metadata(&partial).is_ok_and(|md| md.len() > plan.file.size) {
        let _ = std::fs::remove_file(&partial);
    }
    let url = http::beside(&cfg.manifest_url, &plan.file.path);
    let downloaded = cfg.client().and_then(|client| {
        let mut sink = PartialFile::new(&partial, &cfg.faults);
        let have = std::fs::metadata(&partial).map_or(0, |m| m.len());
        let got = http::block_on(client.download(&url, have, plan.file.size, &mut sink));
        // Keep what arrived, durably, so a resume starts from real bytes.
        let synced = sink.sync();
        got.and(synced.map_err(NetError::Write))
    });
    if let Err(e) = downloaded {
        // Too long: the bytes cannot be trusted. 416: the server does not know our partial
        // file's range (a republished file): start again.
        if matches!(e, NetError::TooLong | NetError::Status(416)) {
            let _ = std::fs::remove_file(&partial);
        }
        return net_outcome(e, installed);
    }
    match files::sha256_file(&partial) {
        Ok((sha, size)) if sha == plan.file.sha256 && size == plan.file.size => {}
        Ok(_) => {
            let head = read_head(&partial);
            let _ = std::fs::remove_file(&partial);
            if http::looks_like_html(None, &head) {
                return Outcome::ConnectToWifiPage { data_from };
            }
            return rejected(
                RejectReason::Corrupt(format!("{} does not match its hash", plan.file.path)),
                installed,
            );
        }
        Err(e) => return cannot_write(e, data_from),
    }
    cfg.faults.at(Step::Downloaded);

    let name = files::synced_name(m.version);
    let final_path = dir.join(&name);
    let new_path = dir.join(format!("{name}.new"));
    let built = match &plan.kind {
        DownloadKind::Full => build_full(&partial, &new_path, m.snapshot_size, &cfg.faults),
        DownloadKind::Delta { .. } => {
            let Some(i) = installed else {
                return rejected(RejectReason::Corrupt("no base snapshot".into()), installed);
            };
            build_from_delta(i, &partial, &new_path, m.snapshot_size, &cfg.faults)
        }
    };
    if let Err(e) = built {
        let _ = std::fs::remove_file(&new_path);
        return match e {
            BuildFailure::Write(e) => cannot_write(e, data_from),
            BuildFailure::Bad(why) => {
                // A download that hashes right but does not build: never try it again.
                let _ = std::fs::remove_file(&partial);
                if plan.kind != DownloadKind::Full {
                    let _ = files::write_atomically(
                        &sync_dir.join(NO_DELTA_FILE),
                        m.snapshot_sha256.as_bytes(),
                    );
                }
                rejected(RejectReason::Corrupt(why), installed)
            }
        };
    }
    cfg.faults.at(Step::Built);

    let verified = match verify_snapshot(&new_path, m) {
        Ok(v) => v,
        Err(e) => {
            let _ = std::fs::remove_file(&new_path);
            return cannot_write(e, data_from);
        }
    };
    if let Err(reason) = verified {
        let _ = std::fs::remove_file(&new_path);
        let _ = std::fs::remove_file(&partial);
        if plan.kind != DownloadKind::Full {
            let _ = files::write_atomically(
                &sync_dir.join(NO_DELTA_FILE),
                m.snapshot_sha256.as_bytes(),
            );
        }
        return rejected(reason, installed);
    }
    cfg.faults.at(Step::Verified);

    if let Err(e) = std::fs::rename(&new_path, &final_path).and_then(|_| files::sync_folder(dir)) {
        let _ = std::fs::remove_file(&new_path);
        return cannot_write(e, data_from);
    }
    cfg.faults.at(Step::Renamed);

    if let Err(e) = files::stage_pointer(dir, &name, &m.snapshot_sha256, |n| {
        cfg.faults.check_write(n)
    }) {
        return cannot_write(e, data_from);
    }
    cfg.faults.at(Step::PointerWritten);
    if let Err(e) = files::commit_pointer(dir) {
        return cannot_write(e, data_from);
    }
    cfg.faults.at(Step::Switched);

    // Tidy up. The old snapshot may still be open in the app: removing a file never disturbs
    // an open handle on the phone's systems (and a failure is retried at the next start).
    // Every download (also one of a file the plan no longer wants) is done with.
    for e in std::fs::read_dir(&sync_dir).into_iter().flatten().flatten() {
        if e.file_name().to_string_lossy().ends_with(".part") {
            let _ = std::fs::remove_file(e.path());
        }
    }
    let _ = std::fs::remove_file(sync_dir.join(NO_DELTA_FILE));
    if let Some(i) = installed {
        if i.path != final_path
            && i.path
                .file_name()
                .is_some_and(|n| n != files::SNAPSHOT_FILE)
        {
            let _ = std::fs::remove_file(&i.path);
        }
    }
    Outcome::Updated {
        from: installed.as_ref().map_or(0, |i| i.version),
        to: m.version,
        data_from: m.build_date,
    }
}

/// A download's partial file: what arrived stays on storage for the next sync to resume.
#[cfg(not(target_arch = "wasm32"))]
struct PartialFile<'a> {
    path: &'a Path,
    faults: &'a Faults,
    file: Option<std::fs::File>,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> PartialFile<'a> {
    fn new(path: &'a Path, faults: &'a Faults) -> Self {
        PartialFile {
            path,
            faults,
            file: None,
        }
    }

    fn sync(&self) -> std::io::Result<()> {
        self.file.as_ref().map_or(Ok(()), std::fs::File::sync_all)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl http::Sink for PartialFile<'_> {
    fn start(&mut self, from: u64) -> std::io::Result<()> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(from == 0)
            .append(from > 0)
            .open(self.path)?;
        self.file = Some(file);
        Ok(())
    }

    fn write(&mut self, bytes: &[u8], total: u64) -> std::io::Result<()> {
        use std::io::Write;
        self.faults.check_write(total)?;
        match &mut self.file {
            Some(f) => f.write_all(bytes),
            None => Err(std::io::Error::other("the download was not started")),
        }
    }
}

fn cannot_write(e: std::io::Error, data_from: Option<NaiveDate>) -> Outcome {
    Outcome::CannotWrite {
        detail: e.to_string(),
        data_from,
    }
}

fn read_head(path: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut head = vec![0; 512];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    head.truncate(n);
    head
}

enum BuildFailure {
    /// Storage failed: the download is fine, try again later.
    Write(std::io::Error),
    /// The download does not build the snapshot.
    Bad(String),
}

/// Decompress a full snapshot into `out`, never past `size` bytes.
fn build_full(src: &Path, out: &Path, size: u64, faults: &Faults) -> Result<(), BuildFailure> {
    use std::io::{Read, Write};
    let input = std::fs::File::open(src).map_err(BuildFailure::Write)?;
    let mut dec = compressed::decoder(input)
        .map_err(BuildFailure::Bad)?
        .take(size + 1);
    let mut f = std::fs::File::create(out).map_err(BuildFailure::Write)?;
    let mut buf = vec![0; 256 * 1024];
    let mut total = 0u64;
    loop {
        let k = dec
            .read(&mut buf)
            .map_err(|e| BuildFailure::Bad(format!("not a compressed snapshot: {e}")))?;
        if k == 0 {
            break;
        }
        total += k as u64;
        if total > size {
            return Err(BuildFailure::Bad("larger than announced".into()));
        }
        faults.check_write(total).map_err(BuildFailure::Write)?;
        f.write_all(&buf[..k]).map_err(BuildFailure::Write)?;
    }
    // Synced while it is verified.
    Ok(())
}

fn build_from_delta(
    base: &Installed,
    delta_file: &Path,
    out: &Path,
    size: u64,
    faults: &Faults,
) -> Result<(), BuildFailure> {
    let bytes = std::fs::read(delta_file).map_err(BuildFailure::Write)?;
    faults.check_write(size).map_err(BuildFailure::Write)?;
    let scratch = delta::scratch_path(out);
    delta::apply(&base.path, &base.sha256, &bytes, out, &scratch).map_err(delta_failure)
}

/// A delta that did not build: storage (or memory) failed, or the delta itself is bad.
fn delta_failure(e: delta::DeltaError) -> BuildFailure {
    match e {
        delta::DeltaError::Io(e) => BuildFailure::Write(e),
        delta::DeltaError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if matches!(
                f.code,
                rusqlite::ErrorCode::DiskFull
                    | rusqlite::ErrorCode::SystemIoFailure
                    | rusqlite::ErrorCode::CannotOpen
                    | rusqlite::ErrorCode::OutOfMemory
            ) =>
        {
            BuildFailure::Write(std::io::Error::other(f.to_string()))
        }
        e => BuildFailure::Bad(e.to_string()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// The new file must be exactly the signed snapshot, open, and pass the integrity check; it is
/// on storage before it gets its final name.
fn verify_snapshot(path: &Path, m: &Manifest) -> std::io::Result<Result<(), RejectReason>> {
    check_and_sync_new_snapshot(path, &m.snapshot_sha256, m.snapshot_size, m.version)
}

#[cfg(not(target_arch = "wasm32"))]
/// [`check_new_snapshot`], while another thread writes the file through to storage (the rename
/// that follows must never name bytes that are only in the cache). Syncing waits on the disk,
/// not the processor, so it costs nothing next to the checks. `Err` is a storage failure (try
/// again later); `Ok(Err(_))` a refusal of the file.
pub fn check_and_sync_new_snapshot(
    path: &Path,
    sha256: &str,
    size: u64,
    version: u64,
) -> std::io::Result<Result<(), RejectReason>> {
    std::thread::scope(|scope| {
        let syncing = scope.spawn(|| {
            std::fs::OpenOptions::new()
                .write(true)
                .open(path)?
                .sync_all()
        });
        let checked = check_new_snapshot(path, sha256, size, version);
        syncing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("syncing failed")))?;
        Ok(checked)
    })
}

#[cfg(not(target_arch = "wasm32"))]
/// Hash (on another core) while SQLite checks the file's structure (`PRAGMA quick_check`, which
/// also checks the full-text index against its content, then the trees and filters load); both
/// must pass, and the snapshot must say it is `version`.
pub fn check_new_snapshot(
    path: &Path,
    sha256: &str,
    size: u64,
    version: u64,
) -> Result<(), RejectReason> {
    std::thread::scope(|scope| {
        let hashing = scope.spawn(|| files::sha256_file(path));
        let structure = crate::snapshot::Snapshot::open(path).and_then(|snap| {
            snap.integrity_check()?;
            Ok(snap.meta().data_version)
        });
        let hashed = hashing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("hashing failed")));
        match hashed {
            Ok((sha, n)) if sha == sha256 && n == size => {}
            Ok(_) => {
                return Err(RejectReason::Corrupt(
                    "the new snapshot does not match its signed hash".into(),
                ))
            }
            Err(e) => return Err(RejectReason::Corrupt(e.to_string())),
        }
        match structure {
            Ok(v) if v == version => Ok(()),
            Ok(_) => Err(RejectReason::BadSnapshot(
                "its version is not the announced one".into(),
            )),
            Err(e) => Err(RejectReason::BadSnapshot(e.to_string())),
        }
    })
}
