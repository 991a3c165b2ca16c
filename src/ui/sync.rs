//! Running sync from the interface: on a worker thread (a download must never freeze the
//! screen), one at a time in the process, with the person's choices, and the result kept in
//! their database and shown on the data screen.
//!
//! The core (`crate::sync`) decides everything; this only gathers its inputs (the network
//! the platform reports, the person's choices, today's date), runs it, and on "updated" opens
//! the new snapshot and bumps `Shared::data_generation` so every screen redraws on it.

use super::state::{AppCtx, Shared};
use crate::snapshot::Snapshot;
use crate::sync::retry::background_check_due;
use crate::sync::{self, store, NetworkKind, Outcome, SyncConfig, Trigger};
use crate::userdata::LastSync;
use dioxus::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// One writer of the data folder at a time in this process: a sync, or a session opening the
/// folder (which clears what an interrupted sync left).
static DATA_FOLDER: Mutex<()> = Mutex::new(());
static BACKGROUND_TRIED: AtomicBool = AtomicBool::new(false);

/// Holds the data folder while opening it.
pub fn hold_data_folder() -> MutexGuard<'static, ()> {
    DATA_FOLDER.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether a result is worth keeping as "the last sync". A background "not now" says nothing
/// new and would hide the result the person last saw.
fn worth_keeping(outcome: &Outcome, trigger: Trigger) -> bool {
    !(trigger == Trigger::Background && matches!(outcome, Outcome::NotNow { .. }))
}

/// Start a sync. `mobile_data_once`: the person just agreed to download on mobile data.
pub fn start(app: &AppCtx, shared: Shared, trigger: Trigger, mobile_data_once: bool) {
    if *shared.syncing.peek() {
        return;
    }
    let prefs = app.user.sync_prefs().unwrap_or_default();
    let mut policy = prefs.policy();
    policy.allow_mobile_data |= mobile_data_once;
    let network: NetworkKind = app.network.network();
    let dir = app.data_dir.clone();
    let url = prefs.manifest_url();
    let today = app.now().date();
    let mut syncing = shared.syncing;
    syncing.set(true);
    let (tx, rx) = futures_channel::oneshot::channel::<(Outcome, Option<Snapshot>)>();
    std::thread::spawn(move || {
        let _folder = hold_data_folder();
        let outcome = sync::sync(
            &dir,
            &SyncConfig::new(&url),
            policy,
            network,
            trigger,
            today,
        );
        // Open the new data here, off the interface thread.
        let fresh = match outcome {
            Outcome::Updated { .. } => {
                store::installed(&dir).and_then(|i| Snapshot::open(&i.path).ok())
            }
            _ => None,
        };
        let _ = tx.send((outcome, fresh));
    });
    let app = app.clone();
    spawn(async move {
        let (outcome, fresh) = rx
            .await
            .unwrap_or((Outcome::NoConnection { data_from: None }, None));
        if let Some(snapshot) = fresh {
            app.live_snapshot.replace(snapshot);
            let mut generation = shared.data_generation;
            generation += 1;
        }
        if worth_keeping(&outcome, trigger) {
            let last = LastSync {
                at: app.now_utc_rfc3339(),
                outcome,
            };
            let _ = app.user.save_last_sync(&last);
            let mut kept = shared.last_sync;
            kept.set(Some(last));
        }
        syncing.set(false);
    });
}

/// How often the background loop wakes up to see whether a check is due.
const TICK: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// Waits without holding the interface thread (the runtimes differ between desktop, phone
/// and liveview; a sleeping thread works under all of them).
async fn sleep(d: std::time::Duration) {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(d);
        let _ = tx.send(());
    });
    let _ = rx.await;
}

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
                let last = shared.last_sync.peek();
                let last = last.as_ref().and_then(|l| {
                    chrono::DateTime::parse_from_rfc3339(&l.at)
                        .ok()
                        .map(|at| (&l.outcome, at.with_timezone(&chrono::Utc)))
                });
                background_check_due(last, app.now_utc())
            };
            if due && !*shared.syncing.peek() {
                start(&app, shared, Trigger::Background, false);
            }
            sleep(TICK).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_background_not_now_does_not_hide_the_last_result() {
        let not_now = Outcome::NotNow { data_from: None };
        assert!(!worth_keeping(&not_now, Trigger::Background));
        assert!(worth_keeping(&not_now, Trigger::Person));
        let offline = Outcome::NoConnection { data_from: None };
        assert!(worth_keeping(&offline, Trigger::Background));
    }
}
