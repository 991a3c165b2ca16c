//! The person's own data: favourites, settings, last position, reminders. On the device only.
//!
//! A separate SQLite file from the snapshot, because sync replaces the snapshot whole and must
//! never touch what the person saved. Nothing here is ever sent anywhere, except the
//! contributions the person makes to the map, to the map's own publisher, when sent. Favourites keep the
//! places' stable keys (`source:record`), which survive snapshot updates.
//!
//! Privacy: the person can see everything stored ([`UserDb::everything_stored`]), save a copy
//! ([`StoredData::to_json`]) and delete it all in one step ([`UserDb::delete_everything`]).
//! `secure_delete` is on, and deletions end with a WAL checkpoint that truncates the log (and,
//! for "delete everything", a `VACUUM`), so deleted text does not linger in the file's free
//! pages or in the write-ahead log. (Flash storage may keep old blocks below the file system;
//! the phone's storage encryption covers those.) The optional lock code is stored only as a
//! salted Argon2id hash (`reminders::lock`).
//!
//! One file per concern, each with its own `impl UserDb`: [`favourites`], [`settings`],
//! [`position`], [`in_memory`] (the browser, which stores bytes, not files), [`sync_record`] (the person's sync choices and the last result, in this
//! database's own words: `crate::sync` and this module never import each other, so "sync never
//! touches the person's data" holds by the import graph), [`reminders`], [`lock`], [`privacy`]
//! (everything stored, delete everything), [`contributions`] (reports and new places waiting to
//! be sent to the map's publisher, the only data of this file meant to leave the phone, and only
//! when sent), and [`recover`]: a damaged file, one from a newer
//! app or a folder where nothing can be written never stops the app; the file is kept aside,
//! never deleted, and the person is told.

mod contributions;
mod favourites;
mod in_memory;
mod lock;
mod position;
mod privacy;
mod recover;
mod reminders;
mod settings;
mod sync_record;

pub use contributions::{QueueState, Queued};
pub use favourites::Favourite;
pub use in_memory::open_bytes;
pub use lock::Unlock;
pub use position::SavedPosition;
pub use privacy::{StoredData, StoredTable};
pub use recover::{open_in, open_or_recover, UserFileState};
pub use settings::Settings;
pub use sync_record::{LastSync, SyncPrefs};

use crate::reminders::lock::LockError;
use crate::reminders::ReminderError;
use rusqlite::Connection;
use std::path::Path;

/// The layout this app writes (`PRAGMA user_version`). A file with a higher number comes from
/// a newer app: this one does not know what its tables mean and leaves it alone
/// ([`open_or_recover`]). Files written before the number existed have 0 and are taken as 1.
pub const SCHEMA_VERSION: i32 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS favourites(key TEXT PRIMARY KEY, name TEXT NOT NULL, added TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS position(id INTEGER PRIMARY KEY CHECK (id = 1), lat REAL NOT NULL, lon REAL NOT NULL,
  label TEXT, at TEXT NOT NULL);
";

/// Reminders (see `crate::reminders`): what the person set up, what they marked, their lock.
const REMINDER_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS reminders(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, recurrence TEXT NOT NULL,
  starts TEXT NOT NULL, time_of_day TEXT NOT NULL, pictogram TEXT NOT NULL, words TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS reminder_marks(reminder INTEGER NOT NULL, due TEXT NOT NULL,
  mark TEXT NOT NULL CHECK (mark IN ('done', 'snoozed')), at TEXT NOT NULL, PRIMARY KEY (reminder, due));
CREATE TABLE IF NOT EXISTS lock(id INTEGER PRIMARY KEY CHECK (id = 1), kind TEXT NOT NULL, hash TEXT NOT NULL,
  set_at TEXT NOT NULL);
";

/// Deleted content is overwritten in place rather than left in free space.
const PRIVACY_PRAGMAS: &str = "PRAGMA secure_delete = ON;";

/// A reminder or lock could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum UserDataError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Reminder(#[from] ReminderError),
    #[error(transparent)]
    Lock(#[from] LockError),
}

pub struct UserDb {
    conn: Connection,
}

impl UserDb {
    /// Opens (or creates) the person's database. Errors are SQLite's; the app opens it through
    /// [`open_or_recover`], which deals with them.
    pub fn open(path: &Path) -> rusqlite::Result<UserDb> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")?;
        UserDb::prepare(conn)
    }

    pub fn open_in_memory() -> rusqlite::Result<UserDb> {
        UserDb::prepare(Connection::open_in_memory()?)
    }

    fn prepare(conn: Connection) -> rusqlite::Result<UserDb> {
        conn.execute_batch(PRIVACY_PRAGMAS)?;
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(REMINDER_SCHEMA)?;
        conn.execute_batch(contributions::CONTRIBUTION_SCHEMA)?;
        let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < SCHEMA_VERSION {
            conn.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))?;
        }
        Ok(UserDb { conn })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn favourites_settings_and_position_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        {
            let db = UserDb::open(&path).unwrap();
            db.add_favourite(
                "france-services:234",
                "Pimms Grenoble",
                "2026-03-10T10:00:00Z",
            )
            .unwrap();
            db.add_favourite("hinaura:x", "X", "2026-03-11T10:00:00Z")
                .unwrap();
            db.remove_favourite("hinaura:x").unwrap();
            db.save_settings(&Settings {
                lang: Lang::Ar,
                larger_text: true,
                high_contrast: false,
                speech_rate: 3.0,
            })
            .unwrap();
            db.save_position(&SavedPosition {
                lat: 45.19,
                lon: 5.71,
                label: Some("Gare".into()),
                at: "t".into(),
            })
            .unwrap();
        }
        let db = UserDb::open(&path).unwrap();
        let favs = db.favourites().unwrap();
        assert_eq!(favs.len(), 1);
        assert_eq!(favs[0].key, "france-services:234");
        assert!(db.is_favourite("france-services:234").unwrap());
        assert!(!db.is_favourite("hinaura:x").unwrap());
        let s = db.settings().unwrap();
        assert_eq!(s.lang, Lang::Ar);
        assert!(s.larger_text && !s.high_contrast);
        assert_eq!(s.speech_rate, 1.5, "rate is clamped");
        assert_eq!(
            db.position().unwrap().unwrap().label.as_deref(),
            Some("Gare")
        );
    }

    #[test]
    fn defaults_when_nothing_saved() {
        let db = UserDb::open_in_memory().unwrap();
        assert_eq!(db.settings().unwrap(), Settings::default());
        assert!(db.position().unwrap().is_none());
        assert!(db.favourites().unwrap().is_empty());
    }
}
