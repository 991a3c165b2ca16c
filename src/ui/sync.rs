//! Running sync from the interface: on a worker thread (a download must never freeze the
//! screen), one at a time in the process, with the person's choices, and the result kept in
//! their database and shown on the data screen.
//!
//! The core (`crate::sync`) decides everything; this only gathers its inputs (the network
//! the platform reports, the person's choices, today's date), runs it, and tells every
//! session of the process ([`follow`]): each opens the new snapshot off the interface thread
//! and bumps its `Shared::data_generation` so every screen redraws on it. A phone has one
//! session; a liveview server has one per browser tab, and none of them should keep showing
//! the old data or the old result until reloaded.

// The browser has one session and no folder: it does not follow a folder (`follow`).
#![cfg_attr(target_arch = "wasm32", allow(unused_imports, dead_code))]

use super::data_folder::{self, hold as hold_data_folder, installs};
use super::state::{AppCtx, Shared};
use super::worker::{off_screen, pause};
use crate::present::{recorded_outcome, sync_record};
use crate::snapshot::Snapshot;
use crate::sync::editions::{self, EditionsIndex, ListError};
use crate::sync::manifest::PublicKey;
use crate::sync::retry::background_check_due;
use crate::sync::{self, NetworkKind, Outcome, SyncConfig, SyncPolicy, Trigger};
use crate::userdata::{LastSync, SyncPrefs};
use dioxus::prelude::*;
use futures_channel::mpsc::{unbounded, UnboundedSender};
use futures_util::StreamExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static BACKGROUND_TRIED: AtomicBool = AtomicBool::new(false);

/// The sessions of this process that follow sync ([`follow`]).
static FOLLOWERS: Mutex<Vec<UnboundedSender<()>>> = Mutex::new(Vec::new());

/// Wakes every session that follows sync; forgets the closed ones.
fn tell_followers() {
    FOLLOWERS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|tx| tx.unbounded_send(()).is_ok());
}

/// This session takes the data and the result of every sync run in the process, its own or
/// another session's.
pub fn follow(app: &AppCtx, shared: Shared) {
    let (tx, mut wake) = unbounded::<()>();
    // A sync may have ended between this session's boot and now: look once at the start.
    let _ = tx.unbounded_send(());
    FOLLOWERS.lock().unwrap_or_else(|e| e.into_inner()).push(tx);
    let app = app.clone();
    spawn(async move {
        while wake.next().await.is_some() {
            // Several wake-ups while busy mean one look.
            while wake.try_recv().is_ok() {}
            if app.live_snapshot.install() < installs() {
                if let Some((snapshot, install)) = open_installed(&app).await {
                    app.live_snapshot.replace(snapshot, install);
                    let mut generation = shared.data_generation;
                    generation += 1;
                }
            }
            let mut kept = shared.last_sync;
            if let Some(last) = app.user.last_sync().ok().flatten() {
                if is_newer(&last, kept.peek().as_ref()) {
                    kept.set(Some(last));
                }
            }
        }
    });
}

/// Whether a result read back from the person's database replaces the one shown: a different
/// one, not older (the times are RFC 3339 in UTC, written by [`AppCtx::now_utc_rfc3339`], so
/// they sort as text; two results can share a second, or a fixed test clock).
fn is_newer(stored: &LastSync, shown: Option<&LastSync>) -> bool {
    shown.is_none_or(|shown| stored != shown && stored.at >= shown.at)
}

/// Opens the installed snapshot off the interface thread (a large file must not freeze it).
async fn open_installed(app: &AppCtx) -> Option<(Snapshot, u64)> {
    let dir = app.data_dir.clone();
    off_screen(move || {
        let _folder = hold_data_folder();
        let install = installs();
        let snapshot =
            crate::sync::installed::installed(&dir).and_then(|i| Snapshot::open(&i.path).ok())?;
        Some((snapshot, install))
    })
    .await
    .flatten()
}

/// The sync policy the person's choices mean. Background sync follows "update on wifi"; it
/// can only use mobile data when that is allowed too.
pub fn policy(prefs: &SyncPrefs) -> SyncPolicy {
    SyncPolicy {
        on_wifi: prefs.on_wifi,
        allow_mobile_data: prefs.allow_mobile_data,
        background: prefs.on_wifi,
    }
}

/// The manifest address the app talks to: the one chosen in the settings if it still passes
/// the check (a stored address is checked again: the rules may have become stricter), else
/// the deployment's host (`Config::sync_url`, the web app's own site), else the address the
/// build was given; `None` when there is none (`sync::host`).
pub fn manifest_url(prefs: &SyncPrefs, deployment: Option<&str>) -> Option<String> {
    prefs
        .manifest_url
        .as_deref()
        .and_then(|u| sync::check_manifest_url(u).ok())
        .or_else(|| sync::default_manifest_url(deployment))
}

/// Whether a result is worth keeping as "the last sync". A background "not now" says nothing
/// new and would hide the result the person last saw.
fn worth_keeping(outcome: &Outcome, trigger: Trigger) -> bool {
    !(trigger == Trigger::Background && matches!(outcome, Outcome::NotNow { .. }))
}

/// What a sync needs from the app: where and whom to trust, the person's policy (with
/// `mobile_data_once` when they just agreed to download on mobile data), the network, today.
/// `None` when the app knows no host.
fn inputs(
    app: &AppCtx,
    mobile_data_once: bool,
) -> Option<(SyncConfig, SyncPolicy, NetworkKind, chrono::NaiveDate)> {
    let prefs = app.user.sync_prefs().unwrap_or_default();
    let mut policy = policy(&prefs);
    policy.allow_mobile_data |= mobile_data_once;
    let url = manifest_url(&prefs, app.config.sync_url.as_deref())?;
    let cfg = SyncConfig {
        trusted_keys: PublicKey::app_trusted(app.config.test_publisher_key.as_deref()),
        region: prefs.region.clone(),
        carried_map_sha256: Some(super::street_map::SHIPPED_SHA256.to_string()),
        ..SyncConfig::new(&url)
    };
    Some((cfg, policy, app.network.network(), app.now().date()))
}

/// The keys the app trusts: built in, and those it learned from verified manifests while its
/// publisher rotated its key (`sync::trust`). The list of editions and the inbox's address
/// are checked with them, as the manifest is.
pub fn trusted_keys(app: &AppCtx) -> Vec<PublicKey> {
    let built_in = PublicKey::app_trusted(app.config.test_publisher_key.as_deref());
    #[cfg(target_arch = "wasm32")]
    let learned = crate::platform::web::learned_keys();
    #[cfg(not(target_arch = "wasm32"))]
    let learned = sync::trust::learned(&app.data_dir);
    sync::trust::with_learned(&built_in, learned.iter().map(String::as_str))
}

/// The host's list of editions (see `sync::editions`), read off the interface thread.
/// `None` when the address the app syncs from has no list beside it.
pub async fn editions_list(app: &AppCtx) -> Option<Result<EditionsIndex, ListError>> {
    let prefs = app.user.sync_prefs().unwrap_or_default();
    let url = editions::list_url(&manifest_url(&prefs, app.config.sync_url.as_deref())?)?;
    let cfg = SyncConfig {
        trusted_keys: trusted_keys(app),
        ..SyncConfig::new(&url)
    };
    let fetch = async move {
        let client = cfg.client().map_err(ListError::Net)?;
        editions::fetch(&client, &url, &cfg.trusted_keys).await
    };
    #[cfg(target_arch = "wasm32")]
    return Some(fetch.await);
    #[cfg(not(target_arch = "wasm32"))]
    off_screen(move || sync::http::block_on(fetch)).await
}

/// A sync ended: keep its result in the person's database and show it.
fn keep_result(app: &AppCtx, shared: Shared, outcome: &Outcome, trigger: Trigger) {
    if worth_keeping(outcome, trigger) {
        let last = sync_record(outcome, app.now_utc_rfc3339());
        let _ = app.user.save_last_sync(&last);
        let mut kept = shared.last_sync;
        kept.set(Some(last));
    }
}

/// Start a sync. `mobile_data_once`: the person just agreed to download on mobile data.
///
/// The browser runs it as a task of the page (it has no threads; the downloads do not block
/// it) and keeps the snapshot in its storage (`platform::web::sync`).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn start(app: &AppCtx, shared: Shared, trigger: Trigger, mobile_data_once: bool) {
    if *shared.syncing.peek() {
        return;
    }
    let Some((cfg, policy, network, today)) = inputs(app, mobile_data_once) else {
        keep_result(app, shared, &Outcome::NoHost, trigger);
        return;
    };
    let mut syncing = shared.syncing;
    syncing.set(true);
    let app = app.clone();
    spawn(async move {
        let synced = crate::platform::web::sync(&cfg, policy, network, trigger, today).await;
        if let Some(bytes) = &synced.snapshot {
            if let Ok(snapshot) = Snapshot::from_bytes(bytes, "synced") {
                data_folder::count_install();
                app.live_snapshot.replace(snapshot, installs());
                let mut generation = shared.data_generation;
                generation += 1;
            }
        }
        keep_result(&app, shared, &synced.outcome, trigger);
        syncing.set(false);
    });
}

/// Start a sync. `mobile_data_once`: the person just agreed to download on mobile data.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(app: &AppCtx, shared: Shared, trigger: Trigger, mobile_data_once: bool) {
    if *shared.syncing.peek() {
        return;
    }
    let Some((cfg, policy, network, today)) = inputs(app, mobile_data_once) else {
        keep_result(app, shared, &Outcome::NoHost, trigger);
        return;
    };
    let dir = app.data_dir.clone();
    let mut syncing = shared.syncing;
    syncing.set(true);
    let running = off_screen(move || {
        let _folder = hold_data_folder();
        let synced = sync::sync(&dir, &cfg, policy, network, trigger, today);
        if synced.map.went_wrong() {
            // The map layer in use stays; the next sync tries again. Nothing to tell the
            // person: the snapshot's outcome is what the data screen shows.
            eprintln!("map layer not updated: {:?}", synced.map);
        }
        let outcome = synced.outcome;
        if matches!(outcome, Outcome::Updated { .. }) {
            data_folder::count_install();
        }
        outcome
    });
    let app = app.clone();
    spawn(async move {
        let outcome = running
            .await
            .unwrap_or(Outcome::NoConnection { data_from: None });
        keep_result(&app, shared, &outcome, trigger);
        // Every session, this one included, takes the new data and result (`follow`).
        tell_followers();
        syncing.set(false);
    });
}

/// How often the background loop wakes up to see whether a check is due.
const TICK: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// From start, and then for as long as the app runs: a background sync whenever one is due
/// (`sync::retry`), once per process. The core applies the person's policy each time: wifi
/// only unless mobile data is allowed, nothing at all if updating by itself is off.
pub fn keep_fresh(app: &AppCtx, shared: Shared) {
    if BACKGROUND_TRIED.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    spawn(async move {
        loop {
            let due = {
                let last = shared.last_sync.peek().as_ref().and_then(|l| {
                    let at = chrono::DateTime::parse_from_rfc3339(&l.at).ok()?;
                    Some((recorded_outcome(l)?, at.with_timezone(&chrono::Utc)))
                });
                background_check_due(last.as_ref().map(|(o, at)| (o, *at)), app.now_utc())
            };
            if due && !*shared.syncing.peek() {
                start(&app, shared, Trigger::Background, false);
            }
            pause(TICK).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_takes_only_a_newer_result() {
        let at = |at: &str| sync_record(&Outcome::NoConnection { data_from: None }, at.into());
        assert!(is_newer(&at("2026-03-10T09:00:00Z"), None));
        assert!(is_newer(
            &at("2026-03-10T09:00:00Z"),
            Some(&at("2026-03-10T08:59:59Z"))
        ));
        // A result the database failed to keep stays on screen.
        assert!(!is_newer(
            &at("2026-03-10T09:00:00Z"),
            Some(&at("2026-03-10T09:05:00Z"))
        ));
        assert!(!is_newer(
            &at("2026-03-10T09:00:00Z"),
            Some(&at("2026-03-10T09:00:00Z"))
        ));
        // Same second, another result: the later write wins.
        let updated = sync_record(
            &Outcome::UpToDate {
                version: 20221202,
                data_from: chrono::NaiveDate::from_ymd_opt(2022, 12, 2).unwrap(),
            },
            "2026-03-10T09:00:00Z".into(),
        );
        assert!(is_newer(&updated, Some(&at("2026-03-10T09:00:00Z"))));
    }

    #[test]
    fn a_background_not_now_does_not_hide_the_last_result() {
        let not_now = Outcome::NotNow { data_from: None };
        assert!(!worth_keeping(&not_now, Trigger::Background));
        assert!(worth_keeping(&not_now, Trigger::Person));
        let offline = Outcome::NoConnection { data_from: None };
        assert!(worth_keeping(&offline, Trigger::Background));
    }

    #[test]
    fn the_persons_choices_make_the_policy_and_the_host() {
        let chosen = SyncPrefs {
            manifest_url: Some("https://example.org/isere/manifest".into()),
            region: None,
            on_wifi: false,
            allow_mobile_data: true,
        };
        let p = policy(&chosen);
        assert!(!p.on_wifi && p.allow_mobile_data && !p.background);
        assert!(policy(&SyncPrefs::default()).background);
        assert_eq!(
            manifest_url(&chosen, None).as_deref(),
            Some("https://example.org/isere/manifest")
        );
        assert_eq!(
            manifest_url(
                &SyncPrefs::default(),
                Some("https://aide.example.org/data/isere/manifest")
            )
            .as_deref(),
            Some("https://aide.example.org/data/isere/manifest")
        );
        assert_eq!(
            manifest_url(&SyncPrefs::default(), None),
            sync::default_manifest_url(None)
        );
    }

    #[test]
    fn a_stored_sync_address_that_no_longer_passes_the_check_falls_back_to_the_default() {
        let prefs = SyncPrefs {
            manifest_url: Some("http://evil.example/manifest".into()),
            ..SyncPrefs::default()
        };
        assert_eq!(manifest_url(&prefs, None), sync::default_manifest_url(None));
    }
}
