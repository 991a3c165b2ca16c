//! The person's database where there are no files (the browser): a database in memory, read
//! from the bytes the browser stored and written back whole after each change
//! ([`UserDb::to_bytes`]). The same promise as [`super::recover`]: bytes that cannot be used are
//! never thrown away; the caller keeps them under the name given in the returned state before it
//! stores anything new, and the person is told.

use super::{UserDb, UserFileState, SCHEMA_VERSION};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use std::path::PathBuf;

/// Opens the person's database from the bytes stored last time (`None` on a first visit).
/// Bytes that are damaged or come from a newer app give a fresh database and a state naming
/// `kept_as`, where the caller must keep those bytes.
pub fn open_bytes(
    stored: Option<&[u8]>,
    kept_as: &str,
) -> rusqlite::Result<(UserDb, UserFileState)> {
    let Some(bytes) = stored else {
        return Ok((UserDb::open_in_memory()?, UserFileState::Fine));
    };
    let state = match read(bytes) {
        Ok(db) => {
            let state = db.file_notice().unwrap_or(UserFileState::Fine);
            return Ok((db, state));
        }
        Err(Unusable::Newer(version)) => UserFileState::Newer {
            kept: PathBuf::from(kept_as),
            version,
        },
        Err(Unusable::Damaged(problem)) => UserFileState::Damaged {
            kept: PathBuf::from(kept_as),
            problem,
        },
    };
    let db = UserDb::open_in_memory()?;
    let _ = db.remember_notice(&state);
    Ok((db, state))
}

enum Unusable {
    Damaged(String),
    Newer(i32),
}

fn read(bytes: &[u8]) -> Result<UserDb, Unusable> {
    let damaged = |e: rusqlite::Error| Unusable::Damaged(e.to_string());
    let mut conn = Connection::open_in_memory().map_err(damaged)?;
    conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), false)
        .map_err(damaged)?;
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(damaged)?;
    if version > SCHEMA_VERSION {
        return Err(Unusable::Newer(version));
    }
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(damaged)?;
    if check != "ok" {
        return Err(Unusable::Damaged(check));
    }
    UserDb::prepare(conn).map_err(damaged)
}

impl UserDb {
    /// The whole database as bytes, for storage that holds values rather than files.
    pub fn to_bytes(&self) -> rusqlite::Result<Vec<u8>> {
        let mut copy = Connection::open_in_memory()?;
        {
            let backup = Backup::new(&self.conn, &mut copy)?;
            // One step copies every page (-1): no waiting between steps, which a browser
            // cannot do; the database in memory has no other writer to wait for.
            if backup.step(-1)? != StepResult::Done {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some("the copy did not finish in one step".into()),
                ));
            }
        }
        let data = copy.serialize(rusqlite::MAIN_DB)?;
        Ok(data.to_vec())
    }

    /// How many rows changed since the database was opened: the browser edge stores the
    /// database again when this moves.
    pub fn changes_since_open(&self) -> u64 {
        self.conn.total_changes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_person_saved_survives_the_round_trip_through_bytes() {
        let (db, state) = open_bytes(None, "kept").unwrap();
        assert_eq!(state, UserFileState::Fine);
        db.add_favourite("france-services:234", "Pimms", "2026-03-10T10:00:00Z")
            .unwrap();
        let bytes = db.to_bytes().unwrap();
        let (again, state) = open_bytes(Some(&bytes), "kept").unwrap();
        assert_eq!(state, UserFileState::Fine);
        let keys: Vec<String> = again
            .favourites()
            .unwrap()
            .into_iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(keys, ["france-services:234"]);
        // Still writable after the round trip, and the count of changes moves.
        let before = again.changes_since_open();
        again.remove_favourite("france-services:234").unwrap();
        assert!(again.changes_since_open() > before);
    }

    #[test]
    fn damaged_bytes_give_a_fresh_database_and_name_where_they_are_kept() {
        let (db, state) =
            open_bytes(Some(b"not a database at all, some bytes"), "user.damaged-1").unwrap();
        match &state {
            UserFileState::Damaged { kept, .. } => {
                assert_eq!(kept, &PathBuf::from("user.damaged-1"))
            }
            other => panic!("expected Damaged, got {other:?}"),
        }
        assert_eq!(db.file_notice(), Some(state));
        assert!(db.favourites().unwrap().is_empty());
    }

    #[test]
    fn bytes_from_a_newer_app_are_kept_not_opened() {
        let (db, _) = open_bytes(None, "kept").unwrap();
        db.connection()
            .execute_batch(&format!("PRAGMA user_version = {};", SCHEMA_VERSION + 1))
            .unwrap();
        let bytes = db.to_bytes().unwrap();
        let (_, state) = open_bytes(Some(&bytes), "user.newer-1").unwrap();
        assert!(
            matches!(state, UserFileState::Newer { version, .. } if version == SCHEMA_VERSION + 1),
            "{state:?}"
        );
    }
}
