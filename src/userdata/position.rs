//! Where the person last said they are (a picked place or a device fix), so the app opens on
//! the places near them. Only the last one is kept: a history of positions would be a record
//! of the person's movements.

use super::UserDb;
use rusqlite::{params, OptionalExtension};

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

impl UserDb {
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
