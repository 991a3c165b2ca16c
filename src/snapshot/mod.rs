//! The snapshot: one SQLite file holding the cartography, shipped inside the app and replaced
//! whole by sync. This module is the only place that knows its format; the rest of the app asks
//! [`Snapshot`] named questions.
//!
//! Why it is shaped this way (see `ARCHITECTURE.md`, "The snapshot", for the tables):
//! - **Deterministic**: the same places and options give a byte-identical file. Nothing reads
//!   the clock; rows are written in a fixed order; the file is vacuumed. Sync signs these files
//!   and rebuilds them from row deltas, which only works if a file follows from its content.
//! - **Opening costs nothing**: the spatial trees are stored laid out; [`Snapshot::open`] reads
//!   only the metadata, and a need's tree is loaded (one blob copy) the first time it is asked.
//!   The app opens a snapshot at start and after every sync, on a phone.
//! - **Read-only** on the device: the person's own data lives in another database.
//! - `places.id` is dense (0..n) in spatial order and changes between snapshots; the stable key
//!   of a place is its first provenance `(source, record_id)`.
//!
//! One job per file: `schema.rs` (what the file is made of), `write.rs` (the writer), `read.rs`
//! (the reader and its named queries), `rows.rs` (rows as stored, for deltas) and `rebuild.rs`
//! (a file rebuilt from rows, as a delta's target).

mod read;
pub(crate) mod rebuild;
mod rows;
pub(crate) mod schema;
mod write;

pub use read::{CommunePlace, PlaceRow, Snapshot};
pub use schema::{filter, tree_name, BlobName, APPLICATION_ID, FILTERS_BLOB, FORMAT_VERSION};
pub use write::{write, BuildOptions};

use crate::import::SourceInfo;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("snapshot {path}: {source}")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
    #[error("snapshot {path}: {detail}")]
    Invalid { path: String, detail: String },
    #[error("snapshot {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Facts written in `meta`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meta {
    pub format_version: u32,
    /// Increases with every published snapshot (sync refuses to go back).
    pub data_version: u64,
    /// The date the data was built, from the build options (never the clock).
    pub build_date: NaiveDate,
    pub region: String,
    pub place_count: u64,
}

/// A source with its row counts, as stored in `sources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredSource {
    pub info: SourceInfo,
    pub rows_read: i64,
    pub rows_kept: i64,
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// The snapshot's tables, as SQL names them.
    const TABLES: [&str; 8] = [
        "meta",
        "needs",
        "sources",
        "places",
        "details",
        "provenance",
        "places_fts",
        "blobs",
    ];
    /// SQL words that come right before a table's name.
    const BEFORE_A_TABLE: [&str; 5] = ["FROM", "INTO", "UPDATE", "JOIN", "TABLE"];

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }

    /// The snapshot tables that SQL in `text` names (`FROM places`, `INTO old.blobs`, …), with
    /// where in `text`.
    fn tables_named_by_sql(text: &str) -> Vec<(usize, &'static str)> {
        let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        let mut found = Vec::new();
        for word in BEFORE_A_TABLE {
            for (at, _) in text.match_indices(word) {
                let before = text[..at].chars().next_back();
                let after = &text[at + word.len()..];
                if before.is_some_and(is_word) || !after.starts_with(char::is_whitespace) {
                    continue;
                }
                let name = after.trim_start();
                let name = name
                    .strip_prefix("main.")
                    .or_else(|| name.strip_prefix("old."))
                    .unwrap_or(name)
                    .trim_start_matches('"');
                let name = &name[..name.find(|c: char| !is_word(c)).unwrap_or(name.len())];
                if let Some(t) = TABLES.iter().find(|t| **t == name) {
                    found.push((at, *t));
                }
            }
        }
        found
    }

    #[test]
    fn the_sql_scan_sees_snapshot_tables_only() {
        assert_eq!(
            tables_named_by_sql("SELECT record_id FROM\n  provenance WHERE place = ?1"),
            [(17, "provenance")]
        );
        assert_eq!(
            tables_named_by_sql("INSERT INTO old.\"blobs\" VALUES"),
            [(7, "blobs")]
        );
        assert!(tables_named_by_sql("SELECT key FROM favourites; read from places").is_empty());
    }

    /// The snapshot's format is known in this module only: SQL on its tables anywhere else
    /// would break silently when the schema changes. Ask [`super::Snapshot`] a named question
    /// instead (add one to `read.rs` if none fits).
    #[test]
    fn no_snapshot_sql_outside_the_snapshot_module() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        assert!(files.len() > 10, "no sources under {}", src.display());
        let mut offenders = Vec::new();
        for f in &files {
            let rel = f.strip_prefix(&src).unwrap_or(f);
            if rel.starts_with("snapshot") {
                continue;
            }
            let text = std::fs::read_to_string(f).unwrap_or_default();
            for (at, table) in tables_named_by_sql(&text) {
                let line = text[..at].lines().count().max(1);
                offenders.push(format!("src/{}:{line} ({table})", rel.display()));
            }
        }
        assert!(
            offenders.is_empty(),
            "SQL on the snapshot's tables outside src/snapshot/: {offenders:?}"
        );
    }
}
