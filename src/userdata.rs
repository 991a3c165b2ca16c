//! The person's own data: favourites, settings, last position, reminders. On the device only.
//!
//! A separate SQLite file from the snapshot, because sync replaces the snapshot whole and must
//! never touch what the person saved. Nothing here is ever sent anywhere. Favourites keep the
//! places' stable keys (`source:record`), which survive snapshot updates.
//!
//! Privacy: the person can see everything stored ([`UserDb::everything_stored`]), save a copy
//! ([`StoredData::to_json`]) and delete it all in one step ([`UserDb::delete_everything`]).
//! `secure_delete` is on, and deletions end with a WAL checkpoint that truncates the log (and,
//! for "delete everything", a `VACUUM`), so deleted text does not linger in the file's free
//! pages or in the write-ahead log. (Flash storage may keep old blocks below the file system;
//! the phone's storage encryption covers those.) The optional lock code is stored only as a
//! salted Argon2id hash (`reminders::lock`).

use crate::i18n::Lang;
use crate::reminders::lock::{hash_code, verify_code, wait_after, CodeKind, LockCode, LockError};
use crate::reminders::{
    Mark, Marks, PrivateText, Recurrence, Reminder, ReminderError, ReminderId, ReminderKind,
};
use crate::sync::{Outcome, SyncPolicy};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

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

/// Everything the user database holds, table by table, for the person to see and keep.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoredData {
    pub tables: Vec<StoredTable>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoredTable {
    pub name: String,
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// Stored values not shown verbatim: the lock's hash would let anyone holding the copy try
/// the few possible codes offline.
const HIDDEN_COLUMNS: [(&str, &str); 1] = [("lock", "hash")];
const HIDDEN_TEXT: &str = "(salted hash, not shown)";

impl StoredData {
    /// Pretty JSON, to save as a file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    /// One readable line per stored row: `table: column = value, …`.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for t in &self.tables {
            for row in &t.rows {
                let fields = row
                    .iter()
                    .map(|(k, v)| match v {
                        serde_json::Value::String(s) => format!("{k} = {s}"),
                        other => format!("{k} = {other}"),
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                out.push(format!("{}: {fields}", t.name));
            }
        }
        out
    }

    /// No row in any table.
    pub fn is_empty(&self) -> bool {
        self.tables.iter().all(|t| t.rows.is_empty())
    }
}

fn parse_reminder(
    id: ReminderId,
    kind: &str,
    recurrence: &str,
    starts: &str,
    time_of_day: &str,
    pictogram: String,
    words: String,
) -> Option<Reminder> {
    Some(Reminder {
        id,
        kind: ReminderKind::from_id(kind)?,
        recurrence: serde_json::from_str::<Recurrence>(recurrence).ok()?,
        starts: starts.parse::<NaiveDate>().ok()?,
        time_of_day: NaiveTime::parse_from_str(time_of_day, "%H:%M").ok()?,
        pictogram,
        words: PrivateText::new(words),
    })
}

/// Settings the person chooses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    pub larger_text: bool,
    pub high_contrast: bool,
    /// Speech rate, 0.5 (slow) to 1.5 (fast); 1.0 is the voice's normal rate.
    pub speech_rate: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            larger_text: false,
            high_contrast: false,
            speech_rate: 0.9,
        }
    }
}

/// How the person lets the app update its map, and from where (the host is shown in the
/// settings: it is the only place the app ever talks to).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncPrefs {
    /// A manifest address chosen in the settings; `None` is the app's default host.
    pub manifest_url: Option<String>,
    /// Update by itself when on wifi (or another unmetered network).
    pub on_wifi: bool,
    /// Mobile data may be used without asking each time.
    pub allow_mobile_data: bool,
}

impl Default for SyncPrefs {
    fn default() -> Self {
        SyncPrefs {
            manifest_url: None,
            on_wifi: true,
            allow_mobile_data: false,
        }
    }
}

impl SyncPrefs {
    /// The sync policy these choices mean. Background sync follows "update on wifi"; it can
    /// only use mobile data when that is allowed too.
    pub fn policy(&self) -> SyncPolicy {
        SyncPolicy {
            on_wifi: self.on_wifi,
            allow_mobile_data: self.allow_mobile_data,
            background: self.on_wifi,
        }
    }
}

/// The last sync and when it ended, to show after a restart.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LastSync {
    /// UTC time, RFC 3339.
    pub at: String,
    pub outcome: Outcome,
}

/// Where the person said they are, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedPosition {
    pub lat: f64,
    pub lon: f64,
    /// What they picked ("Grenoble — Gare"), or `None` for a device fix.
    pub label: Option<String>,
    /// UTC time, RFC 3339.
    pub at: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Favourite {
    pub key: String,
    pub name: String,
    pub added: String,
}

pub struct UserDb {
    conn: Connection,
}

impl UserDb {
    pub fn open(path: &Path) -> rusqlite::Result<UserDb> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")?;
        conn.execute_batch(PRIVACY_PRAGMAS)?;
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(REMINDER_SCHEMA)?;
        Ok(UserDb { conn })
    }

    pub fn open_in_memory() -> rusqlite::Result<UserDb> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(PRIVACY_PRAGMAS)?;
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(REMINDER_SCHEMA)?;
        Ok(UserDb { conn })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn add_favourite(&self, key: &str, name: &str, now: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO favourites(key, name, added) VALUES (?1, ?2, ?3)
             ON CONFLICT(key) DO UPDATE SET name = excluded.name",
            params![key, name, now],
        )?;
        Ok(())
    }

    pub fn remove_favourite(&self, key: &str) -> rusqlite::Result<()> {
        self.conn
            .execute("DELETE FROM favourites WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn is_favourite(&self, key: &str) -> rusqlite::Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM favourites WHERE key = ?1", [key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Newest first.
    pub fn favourites(&self) -> rusqlite::Result<Vec<Favourite>> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, name, added FROM favourites ORDER BY added DESC, key")?;
        let rows = stmt.query_map([], |r| {
            Ok(Favourite {
                key: r.get(0)?,
                name: r.get(1)?,
                added: r.get(2)?,
            })
        })?;
        rows.collect()
    }

    pub fn settings(&self) -> rusqlite::Result<Settings> {
        let mut s = Settings::default();
        let mut stmt = self.conn.prepare("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (k, v) = row?;
            match k.as_str() {
                "lang" => s.lang = Lang::from_code(&v).unwrap_or(s.lang),
                "larger_text" => s.larger_text = v == "1",
                "high_contrast" => s.high_contrast = v == "1",
                "speech_rate" => {
                    s.speech_rate = v
                        .parse::<f32>()
                        .map(|r| r.clamp(0.5, 1.5))
                        .unwrap_or(s.speech_rate)
                }
                _ => {}
            }
        }
        Ok(s)
    }

    pub fn save_settings(&self, s: &Settings) -> rusqlite::Result<()> {
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        for (k, v) in [
            ("lang", s.lang.code().to_string()),
            ("larger_text", flag(s.larger_text)),
            ("high_contrast", flag(s.high_contrast)),
            (
                "speech_rate",
                format!("{:.2}", s.speech_rate.clamp(0.5, 1.5)),
            ),
        ] {
            self.put_setting(k, &v)?;
        }
        Ok(())
    }

    fn setting(&self, key: &str) -> rusqlite::Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
    }

    fn put_setting(&self, key: &str, value: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Whether reminder alerts show only neutral words ("You have a reminder.") instead of
    /// the reminder's name: phones are shared, and a name such as "CAF declaration" tells who
    /// receives what.
    pub fn discreet_alerts(&self) -> rusqlite::Result<bool> {
        Ok(self.setting("discreet_alerts")?.is_some_and(|v| v == "1"))
    }

    pub fn set_discreet_alerts(&self, on: bool) -> rusqlite::Result<()> {
        self.put_setting("discreet_alerts", if on { "1" } else { "0" })
    }

    pub fn sync_prefs(&self) -> rusqlite::Result<SyncPrefs> {
        let d = SyncPrefs::default();
        let flag = |v: Option<String>, default: bool| v.map_or(default, |v| v == "1");
        Ok(SyncPrefs {
            manifest_url: self
                .setting("sync_url")?
                .and_then(|u| crate::sync::check_manifest_url(&u).ok()),
            on_wifi: flag(self.setting("sync_on_wifi")?, d.on_wifi),
            allow_mobile_data: flag(self.setting("sync_mobile_data")?, d.allow_mobile_data),
        })
    }

    pub fn save_sync_prefs(&self, p: &SyncPrefs) -> rusqlite::Result<()> {
        let flag = |b: bool| if b { "1" } else { "0" };
        match &p.manifest_url {
            Some(url) => self.put_setting("sync_url", url)?,
            None => {
                self.conn
                    .execute("DELETE FROM settings WHERE key = 'sync_url'", [])?;
            }
        }
        self.put_setting("sync_on_wifi", flag(p.on_wifi))?;
        self.put_setting("sync_mobile_data", flag(p.allow_mobile_data))
    }

    /// The due time of the last reminder alert the desktop showed (desktop only: phones show
    /// alerts through their own scheduler).
    pub fn alerts_shown_until(&self) -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(self.setting("alerts_shown_until")?.and_then(|t| {
            DateTime::parse_from_rfc3339(&t)
                .ok()
                .map(|t| t.with_timezone(&Utc))
        }))
    }

    pub fn save_alerts_shown_until(&self, t: DateTime<Utc>) -> rusqlite::Result<()> {
        self.put_setting(
            "alerts_shown_until",
            &t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
    }

    /// The last sync's result; `None` before the first (or if the stored one no longer reads).
    pub fn last_sync(&self) -> rusqlite::Result<Option<LastSync>> {
        Ok(self
            .setting("sync_last")?
            .and_then(|json| serde_json::from_str(&json).ok()))
    }

    pub fn save_last_sync(&self, last: &LastSync) -> rusqlite::Result<()> {
        let json = serde_json::to_string(last).unwrap_or_default();
        self.put_setting("sync_last", &json)
    }

    pub fn position(&self) -> rusqlite::Result<Option<SavedPosition>> {
        self.conn
            .query_row(
                "SELECT lat, lon, label, at FROM position WHERE id = 1",
                [],
                |r| {
                    Ok(SavedPosition {
                        lat: r.get(0)?,
                        lon: r.get(1)?,
                        label: r.get(2)?,
                        at: r.get(3)?,
                    })
                },
            )
            .optional()
    }

    pub fn save_position(&self, p: &SavedPosition) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO position(id, lat, lon, label, at) VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, label = excluded.label, at = excluded.at",
            params![p.lat, p.lon, p.label, p.at],
        )?;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Reminders, marks, lock, and the person's view of everything stored.

impl UserDb {
    /// Saves a new reminder (after checking it) and returns its id.
    pub fn add_reminder(&self, r: &Reminder) -> Result<ReminderId, UserDataError> {
        self.write_reminder(None, r)
    }

    /// Inserts (`id` None) or replaces a reminder row, after checking the reminder.
    fn write_reminder(
        &self,
        id: Option<ReminderId>,
        r: &Reminder,
    ) -> Result<ReminderId, UserDataError> {
        r.validate()?;
        self.conn.execute(
            "INSERT INTO reminders(id, kind, recurrence, starts, time_of_day, pictogram, words)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, recurrence = excluded.recurrence,
               starts = excluded.starts, time_of_day = excluded.time_of_day,
               pictogram = excluded.pictogram, words = excluded.words",
            params![
                id,
                r.kind.id(),
                serde_json::to_string(&r.recurrence).unwrap_or_default(),
                r.starts.to_string(),
                r.time_of_day.format("%H:%M").to_string(),
                r.pictogram,
                r.words.as_str(),
            ],
        )?;
        Ok(id.unwrap_or_else(|| self.conn.last_insert_rowid()))
    }

    /// Saves changes to a reminder. Marks of occurrences that no longer exist are removed.
    pub fn update_reminder(&self, r: &Reminder) -> Result<(), UserDataError> {
        self.write_reminder(Some(r.id), r)?;
        let stale: Vec<NaiveDate> = self
            .marks()?
            .iter()
            .filter(|(id, due, _)| *id == r.id && r.occurrence_on(*due).is_none())
            .map(|(_, due, _)| due)
            .collect();
        for due in stale {
            self.clear_mark(r.id, due)?;
        }
        self.wipe_deleted()?;
        Ok(())
    }

    /// All reminders, oldest first. A row that cannot be read (written by a newer version) is
    /// left out here but still shown by [`UserDb::everything_stored`].
    pub fn reminders(&self) -> rusqlite::Result<Vec<Reminder>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, recurrence, starts, time_of_day, pictogram, words FROM reminders ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(parse_reminder(
                r.get(0)?,
                &r.get::<_, String>(1)?,
                &r.get::<_, String>(2)?,
                &r.get::<_, String>(3)?,
                &r.get::<_, String>(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect())
    }

    pub fn reminder(&self, id: ReminderId) -> rusqlite::Result<Option<Reminder>> {
        Ok(self.reminders()?.into_iter().find(|r| r.id == id))
    }

    /// Deletes a reminder and its marks; its text is gone from the file afterwards.
    pub fn delete_reminder(&self, id: ReminderId) -> rusqlite::Result<()> {
        self.conn.execute_batch("BEGIN")?;
        let done = self
            .conn
            .execute("DELETE FROM reminder_marks WHERE reminder = ?1", [id])
            .and_then(|_| {
                self.conn
                    .execute("DELETE FROM reminders WHERE id = ?1", [id])
            });
        match done {
            Ok(_) => self.conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        self.wipe_deleted()
    }

    /// Records what the person said about the occurrence due on `due`.
    pub fn set_mark(
        &self,
        reminder: ReminderId,
        due: NaiveDate,
        mark: &Mark,
    ) -> rusqlite::Result<()> {
        let (what, at) = match mark {
            Mark::Done { at } => ("done", at),
            Mark::Snoozed { until } => ("snoozed", until),
        };
        self.conn.execute(
            "INSERT INTO reminder_marks(reminder, due, mark, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(reminder, due) DO UPDATE SET mark = excluded.mark, at = excluded.at",
            params![reminder, due.to_string(), what, at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Forgets a mark ("not done after all").
    pub fn clear_mark(&self, reminder: ReminderId, due: NaiveDate) -> rusqlite::Result<()> {
        self.conn.execute(
            "DELETE FROM reminder_marks WHERE reminder = ?1 AND due = ?2",
            params![reminder, due.to_string()],
        )?;
        Ok(())
    }

    pub fn marks(&self) -> rusqlite::Result<Marks> {
        let mut stmt = self
            .conn
            .prepare("SELECT reminder, due, mark, at FROM reminder_marks")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, ReminderId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut marks = Marks::new();
        for row in rows {
            let (id, due, what, at) = row?;
            let (Ok(due), Ok(at)) = (
                due.parse::<NaiveDate>(),
                DateTime::parse_from_rfc3339(&at).map(|t| t.with_timezone(&Utc)),
            ) else {
                continue;
            };
            let mark = match what.as_str() {
                "done" => Mark::Done { at },
                _ => Mark::Snoozed { until: at },
            };
            marks.set(id, due, mark);
        }
        Ok(marks)
    }

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

    fn table_names(&self) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect()
    }

    /// Everything stored, every table and row (whatever future tables hold too), except the
    /// lock's hash, which is replaced by a note.
    pub fn everything_stored(&self) -> rusqlite::Result<StoredData> {
        use rusqlite::types::ValueRef;
        use serde_json::Value;
        let mut tables = Vec::new();
        for name in self.table_names()? {
            let quoted = format!("\"{}\"", name.replace('"', "\"\""));
            let mut stmt = self.conn.prepare(&format!("SELECT * FROM {quoted}"))?;
            let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let mut map = serde_json::Map::new();
                for (i, col) in columns.iter().enumerate() {
                    let value = if HIDDEN_COLUMNS.contains(&(name.as_str(), col.as_str())) {
                        Value::String(HIDDEN_TEXT.into())
                    } else {
                        match row.get_ref(i)? {
                            ValueRef::Null => Value::Null,
                            ValueRef::Integer(n) => Value::from(n),
                            ValueRef::Real(x) => Value::from(x),
                            ValueRef::Text(t) => {
                                Value::String(String::from_utf8_lossy(t).into_owned())
                            }
                            ValueRef::Blob(b) => Value::String(format!("({} bytes)", b.len())),
                        }
                    };
                    map.insert(col.clone(), value);
                }
                out.push(map);
            }
            tables.push(StoredTable { name, rows: out });
        }
        Ok(StoredData { tables })
    }

    /// Deletes every reminder, mark and the lock, in one step.
    pub fn delete_all_reminders(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch(
            "BEGIN; DELETE FROM reminder_marks; DELETE FROM reminders; DELETE FROM lock; COMMIT;",
        )?;
        self.compact()
    }

    /// Deletes everything stored — favourites, settings, position, reminders, marks, lock, and
    /// any other table — in one transaction, then rewrites the file so nothing deleted remains
    /// in it.
    pub fn delete_everything(&self) -> rusqlite::Result<()> {
        let mut batch = String::from("BEGIN;");
        for name in self.table_names()? {
            batch.push_str(&format!("DELETE FROM \"{}\";", name.replace('"', "\"\"")));
        }
        batch.push_str("COMMIT;");
        if let Err(e) = self.conn.execute_batch(&batch) {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        self.compact()
    }

    /// Rewrites the file without free pages, then empties the write-ahead log.
    fn compact(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch("VACUUM;")?;
        self.wipe_deleted()
    }

    /// Moves the write-ahead log into the file and truncates it, so old page images holding
    /// deleted text do not stay in the log. (No effect on an in-memory database.)
    fn wipe_deleted(&self) -> rusqlite::Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .optional()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn sync_choices_and_last_result_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let last = LastSync {
            at: "2026-11-23T09:00:00Z".into(),
            outcome: Outcome::NeedsConsent {
                bytes: 54_119,
                to: 20261123,
            },
        };
        {
            let db = UserDb::open(&path).unwrap();
            assert_eq!(db.sync_prefs().unwrap(), SyncPrefs::default());
            assert!(db.last_sync().unwrap().is_none());
            db.save_sync_prefs(&SyncPrefs {
                manifest_url: Some("https://example.org/isere/manifest".into()),
                on_wifi: false,
                allow_mobile_data: true,
            })
            .unwrap();
            db.save_last_sync(&last).unwrap();
        }
        let db = UserDb::open(&path).unwrap();
        let prefs = db.sync_prefs().unwrap();
        assert_eq!(
            prefs.manifest_url.as_deref(),
            Some("https://example.org/isere/manifest")
        );
        assert!(!prefs.on_wifi && prefs.allow_mobile_data);
        assert!(!prefs.policy().background);
        assert_eq!(db.last_sync().unwrap(), Some(last));
        // Back to the default host.
        db.save_sync_prefs(&SyncPrefs::default()).unwrap();
        assert_eq!(db.sync_prefs().unwrap().manifest_url, None);
    }

    #[test]
    fn a_stored_sync_address_that_no_longer_passes_the_check_falls_back_to_the_default() {
        let db = UserDb::open_in_memory().unwrap();
        db.put_setting("sync_url", "http://evil.example/manifest")
            .unwrap();
        assert_eq!(db.sync_prefs().unwrap().manifest_url, None);
    }

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
