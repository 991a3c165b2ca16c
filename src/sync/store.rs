//! The sync side of the data folder: which snapshot is active, and the files a sync leaves
//! between runs.
//!
//! ```text
//! <data>/snapshot.sqlite          the bundled copy (datastore.rs), the fallback
//! <data>/user.sqlite              the person's data: never touched by sync
//! <data>/current                  pointer: "<file>\n<sha256>\n" naming the active synced snapshot
//! <data>/snapshot-<version>.sqlite  synced snapshots (only the active one is kept)
//! <data>/sync/manifest, etag      the last verified manifest and its ETag
//! <data>/sync/<sha256>.part       a download, complete or not (resumed by Range)
//! <data>/sync/no-delta            the target for which a delta failed: take the full file
//! ```
//!
//! **Why a pointer file.** An open SQLite database must never be overwritten, and a crash may
//! come at any moment. So a new snapshot is always a new file, written, synced and checked in
//! full before anything names it; then `current` is replaced in one `rename` (write the
//! pointer to `current.tmp`, fsync, rename, fsync the folder). Before the rename the old
//! snapshot is active, after it the new one; there is no state in between. Leftovers of an
//! interrupted sync (`*.new`, `*.scratch`, `current.tmp`, unnamed snapshots) are removed when
//! the app starts, and a complete download is kept, so the next sync finishes cleanly.

use crate::datastore::{self, Opened, StoreError, SNAPSHOT_FILE};
use crate::snapshot::Snapshot;
use chrono::NaiveDate;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub const POINTER_FILE: &str = "current";
pub const SYNC_DIR: &str = "sync";
const SYNCED_PREFIX: &str = "snapshot-";

/// How the active snapshot was found at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Active {
    /// A synced snapshot named by the pointer.
    Synced { version: u64 },
    /// The bundled copy (first launch, nothing synced yet, or the synced one was unusable).
    Bundled(Opened),
}

/// The snapshot sync starts from.
#[derive(Debug, Clone)]
pub struct Installed {
    pub path: PathBuf,
    pub version: u64,
    pub build_date: NaiveDate,
    pub sha256: String,
}

/// The synced snapshot file for a version.
pub fn synced_name(version: u64) -> String {
    format!("{SYNCED_PREFIX}{version}.sqlite")
}

pub fn sync_dir(dir: &Path) -> PathBuf {
    dir.join(SYNC_DIR)
}

/// Read the pointer: the named file, if it is a plain name in `dir`, with its recorded hash.
fn read_pointer(dir: &Path) -> Option<(PathBuf, String)> {
    let text = std::fs::read_to_string(dir.join(POINTER_FILE)).ok()?;
    let mut lines = text.lines();
    let name = lines.next()?.trim();
    let sha = lines.next()?.trim();
    let plain = name.starts_with(SYNCED_PREFIX)
        && name.ends_with(".sqlite")
        && !name.contains(['/', '\\'])
        && !name.contains("..");
    (plain && sha.len() == 64).then(|| (dir.join(name), sha.to_string()))
}

/// Stream a file's SHA-256 (hex) and size.
pub fn sha256_file(path: &Path) -> std::io::Result<(String, u64)> {
    use sha2::Digest;
    let mut f = std::fs::File::open(path)?;
    let mut h = sha2::Sha256::new();
    let mut buf = vec![0; 1 << 16];
    let mut n = 0;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        n += k as u64;
        h.update(&buf[..k]);
    }
    Ok((super::manifest::digest_hex(&h.finalize()), n))
}

/// The snapshot a sync starts from: the pointer's, else the bundled copy on disk, else none.
pub fn installed(dir: &Path) -> Option<Installed> {
    if let Some((path, sha256)) = read_pointer(dir) {
        if let Ok(s) = Snapshot::open(&path) {
            return Some(Installed {
                path,
                version: s.meta().data_version,
                build_date: s.meta().build_date,
                sha256,
            });
        }
    }
    let path = dir.join(SNAPSHOT_FILE);
    let s = Snapshot::open(&path).ok()?;
    let (sha256, _) = sha256_file(&path).ok()?;
    Some(Installed {
        version: s.meta().data_version,
        build_date: s.meta().build_date,
        path,
        sha256,
    })
}

/// Make a rename durable.
pub fn sync_folder(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Write a small file so that readers see the old content or the new, never a mix.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = PathBuf::from(format!("{}.tmp", path.display()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    sync_folder(path.parent().unwrap_or(Path::new(".")))
}

/// Pointer content naming `file` (in the data folder) with its hash.
pub fn pointer_text(file: &str, sha256: &str) -> String {
    format!("{file}\n{sha256}\n")
}

/// Remove what an interrupted sync or an old snapshot left: everything but the active synced
/// snapshot, downloads and the sync state. Called when nothing is open.
fn clean_leftovers(dir: &Path, keep: Option<&Path>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        let stale_synced = name.starts_with(SYNCED_PREFIX) && Some(path.as_path()) != keep;
        let scraps = name.ends_with(".new") || name.ends_with(".scratch") || name.ends_with(".tmp");
        if (stale_synced || scraps) && path.is_file() {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Open the active snapshot at app start: the one the pointer names when it opens and passes
/// the integrity check, else the bundled copy (installed or restored by `datastore`). Never
/// touches the person's database.
pub fn open_active(dir: &Path, bundled: &[u8]) -> Result<(Snapshot, Active), StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
        dir: dir.display().to_string(),
        source,
    })?;
    let pointed = read_pointer(dir).map(|(p, _)| p);
    clean_leftovers(dir, pointed.as_deref());
    if let Some(path) = pointed {
        if let Ok(s) = Snapshot::open(&path).and_then(|s| s.integrity_check().map(|_| s)) {
            let version = s.meta().data_version;
            return Ok((s, Active::Synced { version }));
        }
        // Unusable: forget it, so sync starts again from the bundled copy.
        let _ = std::fs::remove_file(dir.join(POINTER_FILE));
        let _ = std::fs::remove_file(&path);
    }
    let (s, how) = datastore::open_snapshot(dir, bundled)?;
    Ok((s, Active::Bundled(how)))
}
