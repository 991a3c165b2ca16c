//! One writer of the data folder at a time in this process, and the count of snapshots sync
//! installed. A liveview server runs several sessions in one process: a sync (one session) and
//! a session opening the folder (which clears what an interrupted sync left) must not meet,
//! and a session that opened the folder must know which install it holds.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

static DATA_FOLDER: Mutex<()> = Mutex::new(());

/// Snapshots installed by sync since the process started; changed only with the folder held.
static INSTALLS: AtomicU64 = AtomicU64::new(0);

/// Holds the data folder while writing or opening it.
pub fn hold() -> MutexGuard<'static, ()> {
    DATA_FOLDER.lock().unwrap_or_else(|e| e.into_inner())
}

/// How many snapshots sync installed since the process started.
pub fn installs() -> u64 {
    INSTALLS.load(Ordering::SeqCst)
}

/// A sync installed a new snapshot (call with the folder held).
pub fn count_install() {
    INSTALLS.fetch_add(1, Ordering::SeqCst);
}
