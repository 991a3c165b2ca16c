//! Opening the person's database so that nothing about it can stop the app.
//!
//! The map data is a snapshot the app can always restore; the person's file is not, and it is
//! theirs. So a file that cannot be read is never deleted and never "repaired" in place: it is
//! moved aside whole (with its `-wal` and `-shm` companions, which belong to it and would
//! otherwise be replayed into the fresh file), a fresh database is started, and the person is
//! told, in their language, what happened. A helper can still hand the kept file to someone
//! who can read it.
//!
//! The cases:
//!
//! - **Damaged** (random bytes, a truncated copy, a failed integrity check): kept aside as
//!   `user.sqlite.damaged-<n>`, fresh file.
//! - **From a newer app** (`user_version` above [`SCHEMA_VERSION`], for instance a backup from
//!   a phone with a newer version): kept aside untouched as `user.sqlite.newer-<n>`, fresh file.
//!   Not opened read-only: this app cannot know what a newer layout means, so it could show
//!   wrong reminders, and a person who cannot save anything (every tap lost) is worse off than
//!   one who starts again and is told their data is safe for a newer app.
//! - **Nothing can be written** (read-only or full storage, a folder that cannot be created):
//!   nothing is moved; the app runs on a database in memory, with a copy of what the file
//!   holds when it can still be read, and says it cannot save.
//!
//! Transient errors (another connection holding a lock) are never taken for damage: only
//! SQLite's "not a database" and "corrupt" answers, or a failed `quick_check`, move a file.
//! The check reads the main file as it is on disk (`immutable`), because SQLite, closing a
//! file it found damaged, checkpoints and deletes the write-ahead log beside it: the log may
//! hold the person's latest changes and must be kept aside with the file.

use super::{UserDb, SCHEMA_VERSION};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};

/// What the person must be told about their database; the interface says it unless `Fine`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UserFileState {
    /// Opened as it was, or created on first launch.
    Fine,
    /// The file could not be read: it was kept aside at `kept` and a fresh one started.
    Damaged { kept: PathBuf, problem: String },
    /// The file comes from a newer app (`version`): kept aside untouched at `kept`, fresh one
    /// started.
    Newer { kept: PathBuf, version: i32 },
    /// Nothing can be written in the data folder: the app runs on a database in memory (with
    /// what the file held, when it could be read) and nothing is saved.
    CannotSave { problem: String },
}

impl UserFileState {
    /// Whether the person should be told.
    pub fn needs_notice(&self) -> bool {
        *self != UserFileState::Fine
    }
}

/// Why a file could not be used as it is.
enum Problem {
    Damaged(String),
    Newer(i32),
    CannotWrite(String),
}

fn classify(e: rusqlite::Error) -> Problem {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            Problem::Damaged(e.to_string())
        }
        _ => Problem::CannotWrite(e.to_string()),
    }
}

/// Test seams: a write failure that cannot be produced for real in a test (a full disk; a
/// read-only folder when tests run as root, where permissions do not stop writes).
#[derive(Debug, Clone, Copy, Default)]
struct Faults {
    writes_fail: bool,
}

/// Opens `path` (the person's database), or, when it cannot be used, keeps it aside and starts
/// afresh, or runs in memory; never deletes. See the module doc for each case.
///
/// A file kept aside is remembered in the fresh one, so that every window of the app (and the
/// next start) still tells the person until they say they have read it
/// ([`UserDb::forget_file_notice`]); the state returned is then the remembered one. The
/// database itself keeps what the person must be told ([`UserDb::file_notice`]).
pub fn open_or_recover(path: &Path) -> rusqlite::Result<(UserDb, UserFileState)> {
    open_with(path, Faults::default())
}

/// [`open_or_recover`] for the person's file in the app's data folder `dir`.
pub fn open_in(dir: &Path) -> rusqlite::Result<(UserDb, UserFileState)> {
    open_or_recover(&dir.join(crate::files::USER_FILE))
}

/// [`open_or_recover`] with test faults. Fails only when not even a database in memory can be
/// had.
fn open_with(path: &Path, faults: Faults) -> rusqlite::Result<(UserDb, UserFileState)> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return in_memory(path, e.to_string());
        }
    }
    let state = match try_open(path, faults) {
        Ok(db) => {
            let state = db.file_notice().unwrap_or(UserFileState::Fine);
            return Ok((db, state));
        }
        Err(Problem::CannotWrite(why)) => return in_memory(path, why),
        Err(Problem::Damaged(problem)) => match crate::files::keep_aside(path, "damaged") {
            Ok(kept) => UserFileState::Damaged { kept, problem },
            Err(e) => return in_memory(path, e.to_string()),
        },
        Err(Problem::Newer(version)) => match crate::files::keep_aside(path, "newer") {
            Ok(kept) => UserFileState::Newer { kept, version },
            Err(e) => return in_memory(path, e.to_string()),
        },
    };
    match try_open(path, faults) {
        Ok(db) => {
            let _ = db.remember_notice(&state);
            Ok((db, state))
        }
        Err(Problem::CannotWrite(why) | Problem::Damaged(why)) => in_memory(path, why),
        Err(Problem::Newer(v)) => in_memory(path, format!("user_version {v}")),
    }
}

/// The settings key of what the person must still be told about their database.
const NOTICE: &str = "file_notice";

impl UserDb {
    pub(super) fn remember_notice(&self, state: &UserFileState) -> rusqlite::Result<()> {
        let json = serde_json::to_string(state).unwrap_or_default();
        self.put_setting(NOTICE, &json)
    }

    /// What the person must still be told about their database: a file kept aside (remembered
    /// in the fresh file until they have read it), or that nothing can be saved (remembered in
    /// the database in memory, for this run).
    pub fn file_notice(&self) -> Option<UserFileState> {
        let json = self.setting(NOTICE).ok().flatten()?;
        serde_json::from_str(&json)
            .ok()
            .filter(UserFileState::needs_notice)
    }

    /// The person has read the notice: stop telling them.
    pub fn forget_file_notice(&self) -> rusqlite::Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [NOTICE])?;
        Ok(())
    }
}

/// `path` as an SQLite URI that reads the main file only, as it is on disk: no lock files
/// created, the write-ahead log neither read nor (on close) checkpointed and deleted, which
/// SQLite does to a log beside a file it then finds damaged — and that log may hold the
/// person's latest changes.
fn untouched(path: &Path) -> String {
    format!(
        "file:{}?mode=ro&immutable=1",
        path.to_string_lossy()
            .replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23")
    )
}

/// Checks the file without changing anything beside it, opens it, then proves a write goes
/// through.
fn try_open(path: &Path, faults: Faults) -> Result<UserDb, Problem> {
    if path.is_file() {
        let conn = Connection::open_with_flags(
            untouched(path),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(classify)?;
        let version: i32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(classify)?;
        if version > SCHEMA_VERSION {
            return Err(Problem::Newer(version));
        }
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(classify)?;
        if check != "ok" {
            return Err(Problem::Damaged(check));
        }
    }
    let db = UserDb::open(path).map_err(classify)?;
    if faults.writes_fail {
        return Err(Problem::CannotWrite("database or disk is full".into()));
    }
    // A real write (storage full, read-only file or folder fail here, not later on a tap).
    db.conn
        .execute_batch(
            "BEGIN IMMEDIATE; CREATE TABLE write_check(x); DROP TABLE write_check; COMMIT;",
        )
        .map_err(|e| {
            let _ = db.conn.execute_batch("ROLLBACK");
            classify(e)
        })?;
    Ok(db)
}

/// A database in memory, with a copy of what `path` holds when it can still be read.
fn in_memory(path: &Path, problem: String) -> rusqlite::Result<(UserDb, UserFileState)> {
    let db = UserDb::open_in_memory()?;
    let _ = copy_readable(&db, path);
    let state = UserFileState::CannotSave { problem };
    let _ = db.remember_notice(&state);
    Ok((db, state))
}

/// Copies every known table's rows from the file at `path`, opened read-only and without
/// touching anything beside it (`immutable`: a read-only folder cannot hold SQLite's lock
/// files). Rows whose columns do not fit are skipped.
fn copy_readable(db: &UserDb, path: &Path) -> rusqlite::Result<()> {
    if !path.is_file() {
        return Ok(());
    }
    db.conn
        .execute("ATTACH DATABASE ?1 AS kept", [untouched(path)])?;
    let copied = (|| {
        let version: i32 = db
            .conn
            .query_row("PRAGMA kept.user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Ok(());
        }
        for table in db.table_names()? {
            let quoted = format!("\"{}\"", table.replace('"', "\"\""));
            let _ = db.conn.execute(
                &format!("INSERT OR IGNORE INTO main.{quoted} SELECT * FROM kept.{quoted}"),
                [],
            );
        }
        Ok(())
    })();
    let _ = db.conn.execute_batch("DETACH DATABASE kept");
    copied
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database of the person with a favourite and enough rows to span several pages.
    fn saved(path: &Path) -> Vec<u8> {
        let db = UserDb::open(path).unwrap();
        db.add_favourite("france-services:234", "Pimms Grenoble", "t")
            .unwrap();
        for i in 0..300 {
            db.add_favourite(&format!("hinaura:{i}"), &"x".repeat(200), "t")
                .unwrap();
        }
        db.connection()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        drop(db);
        std::fs::read(path).unwrap()
    }

    fn works(db: &UserDb) {
        db.add_favourite("bibliotheques:14223", "Bibliothèque", "t")
            .unwrap();
        assert!(db.is_favourite("bibliotheques:14223").unwrap());
    }

    /// The fresh file is on disk: a reopening sees what was saved after the recovery.
    fn fresh_file_keeps(path: &Path) {
        let again = UserDb::open(path).unwrap();
        assert!(again.is_favourite("bibliotheques:14223").unwrap());
    }

    #[test]
    fn a_sound_file_opens_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        saved(&path);
        let (db, state) = open_or_recover(&path).unwrap();
        assert_eq!(state, UserFileState::Fine);
        assert!(!state.needs_notice());
        assert!(db.is_favourite("france-services:234").unwrap());
        // First launch: created.
        let (db, state) = open_or_recover(&dir.path().join("new/user.sqlite")).unwrap();
        assert_eq!(state, UserFileState::Fine);
        works(&db);
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.contains(".damaged") || n.contains(".newer"))
            .collect();
        assert!(files.is_empty(), "{files:?}");
    }

    #[test]
    fn random_bytes_are_kept_aside_with_their_companions_and_a_fresh_file_starts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let junk: Vec<u8> = (0..8192u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        std::fs::write(&path, &junk).unwrap();
        std::fs::write(crate::files::with_suffix(&path, "-wal"), b"old log").unwrap();
        // A name already taken: the next number is used, nothing is overwritten.
        std::fs::write(crate::files::with_suffix(&path, ".damaged-1"), b"earlier").unwrap();
        let (db, state) = open_or_recover(&path).unwrap();
        let UserFileState::Damaged { kept, problem } = &state else {
            panic!("{state:?}");
        };
        assert_eq!(*kept, crate::files::with_suffix(&path, ".damaged-2"));
        assert!(problem.contains("not a database"), "{problem}");
        assert_eq!(std::fs::read(kept).unwrap(), junk);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(
            std::fs::read(crate::files::with_suffix(kept, "-wal"))
                .ok()
                .as_deref(),
            Some(&b"old log"[..]),
            "{names:?}"
        );
        assert_eq!(
            std::fs::read(crate::files::with_suffix(&path, ".damaged-1")).unwrap(),
            b"earlier"
        );
        assert!(state.needs_notice());
        works(&db);
        drop(db);
        fresh_file_keeps(&path);
        // The next start still tells the person, until they have read it.
        let (db, again) = open_or_recover(&path).unwrap();
        assert_eq!(again, state);
        db.forget_file_notice().unwrap();
        drop(db);
        assert_eq!(open_or_recover(&path).unwrap().1, UserFileState::Fine);
    }

    #[test]
    fn a_truncated_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let bytes = saved(&path);
        assert!(bytes.len() > 40_000, "{}", bytes.len());
        let half = &bytes[..bytes.len() / 2];
        std::fs::write(&path, half).unwrap();
        let (db, state) = open_or_recover(&path).unwrap();
        let UserFileState::Damaged { kept, .. } = &state else {
            panic!("{state:?}");
        };
        assert_eq!(std::fs::read(kept).unwrap(), half);
        assert!(!db.is_favourite("france-services:234").unwrap());
        works(&db);
        drop(db);
        fresh_file_keeps(&path);
    }

    #[test]
    fn a_file_from_a_newer_app_is_kept_aside_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        saved(&path);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&format!(
                "PRAGMA user_version = {}; PRAGMA journal_mode = DELETE;",
                SCHEMA_VERSION + 1
            ))
            .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let (db, state) = open_or_recover(&path).unwrap();
        let UserFileState::Newer { kept, version } = &state else {
            panic!("{state:?}");
        };
        assert_eq!(*version, SCHEMA_VERSION + 1);
        assert_eq!(*kept, crate::files::with_suffix(&path, ".newer-1"));
        assert_eq!(std::fs::read(kept).unwrap(), before, "never downgraded");
        works(&db);
        drop(db);
        fresh_file_keeps(&path);
        let version: i32 = Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn a_folder_that_cannot_be_made_runs_in_memory() {
        // A data folder under a file cannot be created, even by root (CI runs as root, where
        // permissions do not stop writes).
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, b"a file").unwrap();
        let path = blocker.join("toutpres/user.sqlite");
        let (db, state) = open_or_recover(&path).unwrap();
        assert!(
            matches!(state, UserFileState::CannotSave { .. }),
            "{state:?}"
        );
        works(&db);
        assert_eq!(std::fs::read(&blocker).unwrap(), b"a file");
    }

    #[test]
    fn a_full_or_read_only_folder_runs_in_memory_with_what_the_file_holds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let before = saved(&path);
        let (db, state) = open_with(&path, Faults { writes_fail: true }).unwrap();
        assert!(
            matches!(state, UserFileState::CannotSave { .. }),
            "{state:?}"
        );
        assert_eq!(db.file_notice(), Some(state.clone()));
        // What was saved is still shown, and the app keeps working for this session.
        assert!(db.is_favourite("france-services:234").unwrap());
        works(&db);
        drop(db);
        // Nothing moved, nothing written.
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(names.iter().all(|n| !n.contains(".damaged")), "{names:?}");
    }

    #[test]
    fn a_read_only_file_is_not_taken_for_damage() {
        // The file opened read-only by SQLite itself (as a read-only file or folder does for a
        // user who is not root): the write check fails, nothing is moved.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        saved(&path);
        let err = {
            let conn =
                Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; CREATE TABLE t(x); COMMIT;")
                .unwrap_err()
        };
        assert!(matches!(classify(err), Problem::CannotWrite(_)));
    }
}
