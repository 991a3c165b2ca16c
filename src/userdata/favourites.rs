//! Favourites: the places the person keeps, by their stable key (`source:record`), which
//! survives snapshot updates where place ids do not.

use super::UserDb;
use rusqlite::{params, OptionalExtension};

#[derive(Debug, Clone, PartialEq)]
pub struct Favourite {
    pub key: String,
    pub name: String,
    pub added: String,
}

impl UserDb {
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
}
