//! The optional lock code of the reminders: only its salted Argon2id hash is stored
//! (`crate::reminders::lock`), and wrong codes in a row are counted in the database so that
//! closing the app does not start the count again.

use super::{UserDataError, UserDb};
use crate::reminders::lock::{hash_code, verify_code, wait_after, CodeKind, LockCode};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

/// What trying a lock code gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlock {
    Opened,
    /// Wrong code; the next try is possible in `wait_secs` (0: at once).
    Wrong {
        wait_secs: i64,
    },
    /// Too many wrong codes: the code was not even checked; try again in `wait_secs`.
    MustWait {
        wait_secs: i64,
    },
}

impl UserDb {
    /// Sets (or replaces) the lock code; only its salted hash is stored.
    pub fn set_lock(&self, code: &LockCode, now: &str) -> Result<(), UserDataError> {
        let hash = hash_code(code)?;
        self.clear_lock_failures()?;
        self.conn.execute(
            "INSERT INTO lock(id, kind, hash, set_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, hash = excluded.hash, set_at = excluded.set_at",
            params![code.kind().id(), hash, now],
        )?;
        self.wipe_deleted()?;
        Ok(())
    }

    /// Which keypad to show, or `None` when there is no lock.
    pub fn lock_kind(&self) -> rusqlite::Result<Option<CodeKind>> {
        Ok(self
            .conn
            .query_row("SELECT kind FROM lock WHERE id = 1", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .and_then(|k| CodeKind::from_id(&k)))
    }

    /// Whether `code` opens the lock (always true when there is no lock).
    pub fn unlock(&self, code: &LockCode) -> rusqlite::Result<bool> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT hash FROM lock WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        Ok(stored.is_none_or(|h| verify_code(code, &h)))
    }

    /// Wrong codes in a row and when the last one was typed (kept in the database, so closing
    /// the app does not start the count again).
    fn lock_failures(&self) -> rusqlite::Result<(u32, Option<DateTime<Utc>>)> {
        let Some(v) = self.setting("lock_failures")? else {
            return Ok((0, None));
        };
        let (n, at) = v.split_once('|').unwrap_or((&v, ""));
        Ok((
            n.parse().unwrap_or(0),
            DateTime::parse_from_rfc3339(at)
                .ok()
                .map(|t| t.with_timezone(&Utc)),
        ))
    }

    fn clear_lock_failures(&self) -> rusqlite::Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = 'lock_failures'", [])?;
        Ok(())
    }

    /// Tries `code` at `now`, making the person wait after repeated wrong codes
    /// ([`crate::reminders::lock::wait_after`]).
    pub fn try_unlock(&self, code: &LockCode, now: DateTime<Utc>) -> rusqlite::Result<Unlock> {
        let (failures, last) = self.lock_failures()?;
        if let Some(last) = last {
            let left = wait_after(failures) - (now - last).num_seconds();
            if left > 0 {
                return Ok(Unlock::MustWait { wait_secs: left });
            }
        }
        if self.unlock(code)? {
            self.clear_lock_failures()?;
            return Ok(Unlock::Opened);
        }
        let failures = failures.saturating_add(1);
        self.put_setting(
            "lock_failures",
            &format!(
                "{failures}|{}",
                now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ),
        )?;
        Ok(Unlock::Wrong {
            wait_secs: wait_after(failures),
        })
    }

    pub fn remove_lock(&self) -> rusqlite::Result<()> {
        self.clear_lock_failures()?;
        self.conn.execute("DELETE FROM lock", [])?;
        self.wipe_deleted()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::userdata::UserDb;

    #[test]
    fn repeated_wrong_codes_make_the_person_wait_even_after_a_restart() {
        use chrono::TimeZone;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let t0 = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let right = LockCode::digits("482913").unwrap();
        let wrong = LockCode::digits("000000").unwrap();
        {
            let db = UserDb::open(&path).unwrap();
            db.set_lock(&right, "t").unwrap();
            for i in 0..4 {
                let at = t0 + chrono::Duration::seconds(i);
                assert_eq!(
                    db.try_unlock(&wrong, at).unwrap(),
                    Unlock::Wrong { wait_secs: 0 }
                );
            }
            assert_eq!(
                db.try_unlock(&wrong, t0 + chrono::Duration::seconds(4))
                    .unwrap(),
                Unlock::Wrong { wait_secs: 30 }
            );
        }
        // Closing the app does not reset the count; even the right code waits.
        let db = UserDb::open(&path).unwrap();
        let soon = t0 + chrono::Duration::seconds(14);
        assert_eq!(
            db.try_unlock(&right, soon).unwrap(),
            Unlock::MustWait { wait_secs: 20 }
        );
        let later = t0 + chrono::Duration::seconds(40);
        assert_eq!(db.try_unlock(&right, later).unwrap(), Unlock::Opened);
        // Opening cleared the count.
        assert_eq!(
            db.try_unlock(&wrong, later).unwrap(),
            Unlock::Wrong { wait_secs: 0 }
        );
    }
}
