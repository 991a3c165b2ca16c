//! The app's data folder: every file name in it, the one way a file is written there, the
//! pointer that names the snapshot in use, and opening what the app needs at start.
//!
//! ```text
//! <data>/snapshot.sqlite            the bundled copy, the fallback (restored when damaged)
//! <data>/user.sqlite                the person's data: never touched by sync
//! <data>/current                    pointer: "<file>\n<sha256>\n" naming the active synced snapshot
//! <data>/snapshot-<version>.sqlite  synced snapshots (only the active one is kept)
//! <data>/map-layer.tpmp             the offline street map layer sync brought (else the bundled one)
//! <data>/sync/manifest, etag        the last verified manifest and its ETag
//! <data>/sync/<sha256>.part         a download, complete or not (resumed by Range)
//! <data>/sync/no-delta              the target for which a delta failed: take the full file
//! ```
//!
//! **Why one owner.** Three modules used to write here, with two different "atomic" writes
//! (one did not make the rename durable) and file names spelt out in several places. A crash
//! can come at any moment on a phone, so there is exactly one write, [`write_atomically`]:
//! temporary file, fsync, rename, fsync of the folder. Readers see the old content or the new,
//! never a mix, and after a power cut the new name points at bytes that are on storage.
//!
//! **Why a pointer file.** An open SQLite database must never be overwritten. So a new snapshot
//! is always a new file, written, synced and checked in full before anything names it; then
//! `current` is replaced in one rename ([`stage_pointer`], [`commit_pointer`]). Before the
//! rename the old snapshot is active, after it the new one; there is no state in between.
//! Leftovers of an interrupted sync (`*.new`, `*.scratch`, `*.tmp`, unnamed snapshots) are
//! removed when the app starts ([`open_active`]), while nothing is open.
//!
//! This module knows files, not their meaning: sync decides what to download and check,
//! `userdata` what the person's database holds and when a file must be kept aside
//! ([`keep_aside`]: renamed, never deleted). Neither imports the other, and this module imports
//! neither.

use crate::snapshot::{Snapshot, SnapshotError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The bundled copy of the snapshot, installed on first launch.
pub const SNAPSHOT_FILE: &str = "snapshot.sqlite";
/// The person's own database.
pub const USER_FILE: &str = "user.sqlite";
/// The pointer naming the active synced snapshot.
pub const POINTER_FILE: &str = "current";
/// The offline street map layer sync brought ([`read_map_layer`]); without it the app draws
/// from the layer it carries.
pub const MAP_LAYER_FILE: &str = "map-layer.tpmp";
/// Sync's working folder (manifest, ETag, downloads).
pub const SYNC_DIR: &str = "sync";
const SYNCED_PREFIX: &str = "snapshot-";
/// Suffix of the file a write goes to before its rename.
const TMP_SUFFIX: &str = ".tmp";

/// What opening the bundled snapshot found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The snapshot on disk was fine.
    Existing,
    /// There was none: the bundled one was installed (first launch).
    Installed,
    /// The one on disk was damaged: the bundled one replaced it.
    Restored { problem: String },
}

/// How the active snapshot was found at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Active {
    /// A synced snapshot named by the pointer.
    Synced { version: u64 },
    /// The bundled copy (first launch, nothing synced yet, or the synced one was unusable).
    Bundled(Opened),
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

/// The synced snapshot file of a version.
pub fn synced_name(version: u64) -> String {
    format!("{SYNCED_PREFIX}{version}.sqlite")
}

/// Sync's working folder inside the data folder.
pub fn sync_dir(dir: &Path) -> PathBuf {
    dir.join(SYNC_DIR)
}

/// Make a rename in `dir` durable.
pub fn sync_folder(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The folder a file is in, for [`sync_folder`]: `.` for a bare file name, whose
/// `Path::parent()` is `""` (opening `""` fails with "No such file or directory": `inbox export
/// --out field.json` wrote the file, then exited 1).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn tmp_path(path: &Path) -> PathBuf {
    with_suffix(path, TMP_SUFFIX)
}

/// Write a file so that readers see the old content or the new, never a mix, and the new
/// content is on storage once this returns.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = tmp_path(path);
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    sync_folder(folder_of(path))
}

/// Stream a file's SHA-256 (lower-case hex) and size.
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
    Ok((format!("{:x}", h.finalize()), n))
}

/// The map layer sync stored in `dir`, if there is one and it decodes; `None` otherwise, and
/// the caller draws from the layer the app carries. The file is replaced whole, by
/// [`write_atomically`], only once sync has checked it, so a damaged one means damaged
/// storage: it is not used, and the next sync that offers a layer replaces it.
pub fn read_map_layer(dir: &Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(dir.join(MAP_LAYER_FILE)).ok()?;
    crate::map::layer::MapLayer::decode(&bytes).ok()?;
    Some(bytes)
}

/// The pointer: the synced snapshot it names, if that is a plain name in `dir`, with its
/// recorded SHA-256.
pub fn read_pointer(dir: &Path) -> Option<(PathBuf, String)> {
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

/// First half of switching snapshots: the new pointer naming `file` (in `dir`) with its hash
/// is written beside the old one and on storage. `check_write` sees the byte count first (a
/// full storage is refused before anything is written). Nothing is switched yet.
pub fn stage_pointer(
    dir: &Path,
    file: &str,
    sha256: &str,
    check_write: impl FnOnce(u64) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let text = format!("{file}\n{sha256}\n");
    let tmp = tmp_path(&dir.join(POINTER_FILE));
    let written = check_write(text.len() as u64).and_then(|_| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Second half: the staged pointer replaces the old one in one durable rename.
pub fn commit_pointer(dir: &Path) -> std::io::Result<()> {
    let pointer = dir.join(POINTER_FILE);
    std::fs::rename(tmp_path(&pointer), &pointer)?;
    sync_folder(dir)
}

/// `path` with `suffix` added to its file name.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Moves the file and its `-wal`/`-shm` companions to the first free `<file>.<tag>-<n>`; returns
/// the new path of the file. The companions go first and come back if the file cannot follow,
/// so a log is never left beside a fresh file (SQLite would delete it) nor parted from its own.
pub fn keep_aside(path: &Path, tag: &str) -> std::io::Result<PathBuf> {
    let companions = ["-wal", "-shm"];
    let n = (1..)
        .find(|n| {
            ["", "-wal", "-shm"]
                .iter()
                .all(|c| !with_suffix(path, &format!(".{tag}-{n}{c}")).exists())
        })
        .unwrap_or(0);
    let kept = with_suffix(path, &format!(".{tag}-{n}"));
    let mut moved = Vec::new();
    let mut result = Ok(());
    for c in companions {
        let from = with_suffix(path, c);
        if from.exists() {
            result = std::fs::rename(&from, with_suffix(&kept, c));
            if result.is_err() {
                break;
            }
            moved.push(c);
        }
    }
    if result.is_ok() {
        result = std::fs::rename(path, &kept);
    }
    if let Err(e) = result {
        for c in moved {
            let _ = std::fs::rename(with_suffix(&kept, c), with_suffix(path, c));
        }
        return Err(e);
    }
    sync_folder(folder_of(path))?;
    Ok(kept)
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
        let scraps =
            name.ends_with(".new") || name.ends_with(".scratch") || name.ends_with(TMP_SUFFIX);
        if (stale_synced || scraps) && path.is_file() {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn create_folder(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
        dir: dir.display().to_string(),
        source,
    })
}

/// Open the bundled snapshot in `dir`, installing `bundled` on first launch and restoring it
/// when the copy on disk is missing or fails its integrity check.
pub fn open_snapshot(dir: &Path, bundled: &[u8]) -> Result<(Snapshot, Opened), StoreError> {
    create_folder(dir)?;
    let path = dir.join(SNAPSHOT_FILE);
    let problem = if path.exists() {
        match Snapshot::open(&path).and_then(|s| s.integrity_check().map(|_| s)) {
            Ok(s) => return Ok((s, Opened::Existing)),
            Err(e) => Some(e.to_string()),
        }
    } else {
        None
    };
    write_atomically(&path, bundled).map_err(|source| StoreError::Io {
        dir: dir.display().to_string(),
        source,
    })?;
    let snap = Snapshot::open(&path)?;
    Ok((
        snap,
        problem.map_or(Opened::Installed, |problem| Opened::Restored { problem }),
    ))
}

/// Open the active snapshot at app start: the one the pointer names when it opens and passes
/// the integrity check, else the bundled copy ([`open_snapshot`]). Never touches the person's
/// database.
pub fn open_active(dir: &Path, bundled: &[u8]) -> Result<(Snapshot, Active), StoreError> {
    create_folder(dir)?;
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
    let (s, how) = open_snapshot(dir, bundled)?;
    Ok((s, Active::Bundled(how)))
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
    fn a_stored_map_layer_is_read_only_when_it_decodes() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_map_layer(dir.path()), None);
        let layer = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/map/grenoble.tpmp"
        ))
        .unwrap();
        write_atomically(&dir.path().join(MAP_LAYER_FILE), &layer).unwrap();
        assert_eq!(read_map_layer(dir.path()).as_deref(), Some(&layer[..]));
        let cut = &layer[..layer.len() - 10];
        write_atomically(&dir.path().join(MAP_LAYER_FILE), cut).unwrap();
        assert_eq!(read_map_layer(dir.path()), None);
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
        let user_file = dir.path().join(USER_FILE);
        std::fs::write(&user_file, b"the person's own bytes").unwrap();
        // A wifi login page saved in place of the data, then a truncated file.
        for junk in [b"<html>login</html>".to_vec(), bundled()[..10_000].to_vec()] {
            std::fs::write(dir.path().join(SNAPSHOT_FILE), junk).unwrap();
            let (s, how) = open_snapshot(dir.path(), &bundled()).unwrap();
            assert!(matches!(how, Opened::Restored { .. }), "{how:?}");
            assert!(s.meta().place_count > 500);
        }
        assert_eq!(
            std::fs::read(&user_file).unwrap(),
            b"the person's own bytes"
        );
    }

    #[test]
    fn an_atomic_write_leaves_no_temporary_file_and_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etag");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["etag"]);
    }

    #[test]
    fn a_bare_file_name_was_synced_as_folder_empty_and_failed() {
        // `Path::new("field.json").parent()` is `Some("")`, which cannot be opened.
        assert_eq!(folder_of(Path::new("field.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/")), Path::new("."));
        assert_eq!(folder_of(Path::new("out/field.json")), Path::new("out"));
        assert_eq!(folder_of(Path::new("/tmp/x")), Path::new("/tmp"));
        // The write itself, through a relative name: a folder made relative to the current one
        // would race with other tests, so the bare-name case runs in a child process in
        // `tests/sync/inbox.rs` (`export_to_a_bare_file_name_exits_0`).
        assert!(sync_folder(folder_of(Path::new("bare.json"))).is_ok());
    }

    #[test]
    fn a_staged_pointer_switches_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let sha = "a".repeat(64);
        stage_pointer(dir.path(), &synced_name(3), &sha, |_| Ok(())).unwrap();
        assert_eq!(read_pointer(dir.path()), None, "staged is not switched");
        commit_pointer(dir.path()).unwrap();
        let (path, got) = read_pointer(dir.path()).unwrap();
        assert_eq!(path, dir.path().join("snapshot-3.sqlite"));
        assert_eq!(got, sha);
        // A refused write leaves the old pointer and no staged file.
        let full = |_| Err(std::io::Error::other("full"));
        assert!(stage_pointer(dir.path(), &synced_name(4), &sha, full).is_err());
        assert!(!dir.path().join("current.tmp").exists());
        assert_eq!(read_pointer(dir.path()).unwrap().0, path);
    }

    #[test]
    fn a_pointer_naming_a_path_outside_the_folder_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let sha = "b".repeat(64);
        for name in [
            "../snapshot-1.sqlite",
            "snapshot-1/../../x.sqlite",
            "user.sqlite",
        ] {
            std::fs::write(dir.path().join(POINTER_FILE), format!("{name}\n{sha}\n")).unwrap();
            assert_eq!(read_pointer(dir.path()), None, "{name}");
        }
    }

    #[test]
    fn file_hash_matches_the_manifest_hash_of_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, b"tout pres").unwrap();
        let (sha, n) = sha256_file(&path).unwrap();
        assert_eq!(n, 9);
        assert_eq!(sha, crate::sync::manifest::sha256_hex(b"tout pres"));
    }
}
