//! The app's files on the device: the snapshot in use and the person's database.
//!
//! The app ships a snapshot inside its binary. On first launch, or when the snapshot on disk
//! is missing or unreadable, that bundled copy is written again (to a temporary file, then
//! renamed, so a crash never leaves half a file) and the app says what happened. The person's
//! database is a different file and is never touched here.

use crate::snapshot::{Snapshot, SnapshotError};
use crate::userdata::{UserDb, UserFileState};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const SNAPSHOT_FILE: &str = "snapshot.sqlite";
pub const USER_FILE: &str = "user.sqlite";

/// What opening found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The snapshot on disk was fine.
    Existing,
    /// There was none: the bundled one was installed (first launch).
    Installed,
    /// The one on disk was damaged: the bundled one replaced it.
    Restored { problem: String },
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot write in {dir}: {source}")]
    Io { dir: String, source: std::io::Error },
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
    #[error("user data: {0}")]
    User(#[from] rusqlite::Error),
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("sqlite.new");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// Open the snapshot in `dir`, installing or restoring `bundled` when needed.
pub fn open_snapshot(dir: &Path, bundled: &[u8]) -> Result<(Snapshot, Opened), StoreError> {
    let io = |source| StoreError::Io {
        dir: dir.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let path = dir.join(SNAPSHOT_FILE);
    let problem = if path.exists() {
        match Snapshot::open(&path).and_then(|s| s.integrity_check().map(|_| s)) {
            Ok(s) => return Ok((s, Opened::Existing)),
            Err(e) => Some(e.to_string()),
        }
    } else {
        None
    };
    write_atomically(&path, bundled).map_err(io)?;
    let snap = Snapshot::open(&path)?;
    Ok((
        snap,
        problem.map_or(Opened::Installed, |problem| Opened::Restored { problem }),
    ))
}

/// The person's database in `dir`. A file that cannot be used is kept aside and a fresh one
/// started, or the app runs in memory (`userdata::open_or_recover`); the state says what the
/// person must be told.
pub fn open_user(dir: &Path) -> Result<(UserDb, UserFileState), StoreError> {
    Ok(crate::userdata::open_or_recover(&dir.join(USER_FILE))?)
}

/// The app's data folder: `TOUTPRES_DATA_DIR` when set (tests, several profiles), else the
/// platform's per-user data folder given by the shell.
pub fn data_dir(platform_default: PathBuf) -> PathBuf {
    std::env::var_os("TOUTPRES_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or(platform_default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Vec<u8> {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/toutpres-isere.sqlite"
        ))
        .unwrap()
    }

    #[test]
    fn first_launch_installs_then_reuses() {
        let dir = tempfile::tempdir().unwrap();
        let (s, how) = open_snapshot(dir.path(), &bundled()).unwrap();
        assert_eq!(how, Opened::Installed);
        assert!(s.meta().place_count > 500);
        let (_, how) = open_snapshot(dir.path(), &bundled()).unwrap();
        assert_eq!(how, Opened::Existing);
    }

    #[test]
    fn a_damaged_snapshot_is_restored_and_user_data_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (user, _) = open_user(dir.path()).unwrap();
        user.add_favourite("france-services:234", "Pimms", "t")
            .unwrap();
        drop(user);
        // A wifi login page saved in place of the data, then a truncated file.
        for junk in [b"<html>login</html>".to_vec(), bundled()[..10_000].to_vec()] {
            std::fs::write(dir.path().join(SNAPSHOT_FILE), junk).unwrap();
            let (s, how) = open_snapshot(dir.path(), &bundled()).unwrap();
            assert!(matches!(how, Opened::Restored { .. }), "{how:?}");
            assert!(s.meta().place_count > 500);
        }
        let (user, state) = open_user(dir.path()).unwrap();
        assert_eq!(state, UserFileState::Fine);
        assert!(user.is_favourite("france-services:234").unwrap());
    }
}
