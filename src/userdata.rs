//! The person's own data: favourites, settings, last position. On the device only.
//!
//! A separate SQLite file from the snapshot, because sync replaces the snapshot whole and must
//! never touch what the person saved. Nothing here is ever sent anywhere. Favourites keep the
//! places' stable keys (`source:record`), which survive snapshot updates.

use crate::i18n::Lang;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS favourites(key TEXT PRIMARY KEY, name TEXT NOT NULL, added TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS position(id INTEGER PRIMARY KEY CHECK (id = 1), lat REAL NOT NULL, lon REAL NOT NULL,
  label TEXT, at TEXT NOT NULL);
";

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
        conn.execute_batch(SCHEMA)?;
        Ok(UserDb { conn })
    }

    pub fn open_in_memory() -> rusqlite::Result<UserDb> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
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
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![k, v],
            )?;
        }
        Ok(())
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
}
