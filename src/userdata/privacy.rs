//! The person's view of everything stored, and deleting it: every row of every table is
//! listed (tables added later too), a copy can be saved as JSON, and "delete everything"
//! leaves nothing readable in the file (see the module doc of `crate::userdata`).

use super::UserDb;
use rusqlite::OptionalExtension;

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

impl UserDb {
    pub(super) fn table_names(&self) -> rusqlite::Result<Vec<String>> {
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
    pub(super) fn compact(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch("VACUUM;")?;
        self.wipe_deleted()
    }

    /// Moves the write-ahead log into the file and truncates it, so old page images holding
    /// deleted text do not stay in the log. (No effect on an in-memory database.)
    pub(super) fn wipe_deleted(&self) -> rusqlite::Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .optional()?;
        Ok(())
    }
}
