//! The snapshot as stored rows, for the publisher's side of a delta: every value exactly as
//! SQLite holds it, table by table, so that a delta can say which rows changed without knowing
//! what they mean. Kept apart from the named queries of `read.rs`, which answer the app.

use super::read::Snapshot;
use super::schema::{BLOBS, PLACE_TABLES};
use super::SnapshotError;
use rusqlite::types::Value;

/// `"name"`, quoted for SQL.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn cells(r: &rusqlite::Row, n: usize) -> rusqlite::Result<Vec<Value>> {
    (0..n).map(|i| r.get::<_, Value>(i)).collect()
}

/// The schema of database `db` as SQLite keeps it: (type, name, table, sql), in
/// `sqlite_schema` order.
pub(crate) fn schema_entries(
    conn: &rusqlite::Connection,
    db: &str,
) -> rusqlite::Result<Vec<[String; 4]>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM {db}.sqlite_schema ORDER BY rowid"
    ))?;
    let rows = stmt.query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))?;
    rows.collect()
}

/// Column names of `table` in database `db`, in order (empty when there is no such table).
pub(crate) fn columns_in(
    conn: &rusqlite::Connection,
    db: &str,
    table: &str,
) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM {db}.pragma_table_info(?1)"))?;
    let cols = stmt.query_map([table], |r| r.get(0))?;
    cols.collect()
}

impl Snapshot {
    fn invalid(&self, detail: impl Into<String>) -> SnapshotError {
        SnapshotError::Invalid {
            path: self.path().to_string(),
            detail: detail.into(),
        }
    }

    /// The schema as SQLite keeps it: (type, name, table, sql), in `sqlite_schema` order.
    pub(crate) fn schema_entries(&self) -> Result<Vec<[String; 4]>, SnapshotError> {
        schema_entries(self.conn(), "main").map_err(self.err())
    }

    /// The number of places, checking that their ids are dense (0..n).
    pub(crate) fn dense_place_count(&self) -> Result<usize, SnapshotError> {
        let (n, max): (i64, Option<i64>) = self
            .conn()
            .query_row("SELECT count(*), max(id) FROM places", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(self.err())?;
        if max.map_or(0, |m| m + 1) != n {
            return Err(self.invalid("place ids are not dense"));
        }
        usize::try_from(n).map_err(|_| self.invalid("place count"))
    }

    /// Column names of `table`, in order.
    pub(crate) fn columns(&self, table: &str) -> Result<Vec<String>, SnapshotError> {
        let cols = columns_in(self.conn(), "main", table).map_err(self.err())?;
        if cols.is_empty() {
            return Err(self.invalid(format!("no table {table}")));
        }
        Ok(cols)
    }

    /// Every row of one of the [`PLACE_TABLES`], in storage order, handed to `each` with all
    /// its columns (see [`Snapshot::columns`]).
    pub(crate) fn each_place_table_row<E: From<SnapshotError>>(
        &self,
        table: &str,
        mut each: impl FnMut(Vec<Value>) -> Result<(), E>,
    ) -> Result<(), E> {
        if !PLACE_TABLES.iter().any(|(t, _)| *t == table) {
            return Err(self.invalid(format!("no place table {table}")).into());
        }
        let n = self.columns(table)?.len();
        let mut stmt = self
            .conn()
            .prepare(&format!("SELECT * FROM {}", quote(table)))
            .map_err(self.err())?;
        let mut rows = stmt.query([]).map_err(self.err())?;
        while let Some(r) = rows.next().map_err(self.err())? {
            each(cells(r, n).map_err(self.err())?)?;
        }
        Ok(())
    }

    /// The rows of one of the [`PLACE_TABLES`] that belong to place `id`, all columns.
    pub(crate) fn place_table_rows_of(
        &self,
        table: &str,
        id: i64,
    ) -> Result<Vec<Vec<Value>>, SnapshotError> {
        let (table, key) = PLACE_TABLES
            .iter()
            .find(|(t, _)| *t == table)
            .ok_or_else(|| self.invalid(format!("no place table {table}")))?;
        let n = self.columns(table)?.len();
        let mut stmt = self
            .conn()
            .prepare_cached(&format!(
                "SELECT * FROM {} WHERE {} = ?1",
                quote(table),
                quote(key)
            ))
            .map_err(self.err())?;
        let rows = stmt.query_map([id], |r| cells(r, n)).map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// The stable key of every place that has one: (id, `source:record_id`).
    pub(crate) fn stable_keys(&self) -> Result<Vec<(u32, String)>, SnapshotError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT place, source || ':' || record_id FROM provenance WHERE ord = 0")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// The ordinary tables that hold neither places nor blobs (`meta`, `needs`, `sources`), in
    /// schema order: small, a delta carries them whole.
    pub(crate) fn small_tables(&self) -> Result<Vec<String>, SnapshotError> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT s.name FROM main.sqlite_schema s JOIN pragma_table_list t ON t.name = s.name AND t.schema = 'main'
                 WHERE s.type = 'table' AND t.type = 'table' AND s.name NOT LIKE 'sqlite_%' ORDER BY s.rowid",
            )
            .map_err(self.err())?;
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(self.err())?
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        Ok(names
            .into_iter()
            .filter(|t| t != BLOBS && !PLACE_TABLES.iter().any(|(p, _)| p == t))
            .collect())
    }

    /// Every row of one of the [`Snapshot::small_tables`], all columns, in storage order.
    pub(crate) fn small_table_rows(&self, table: &str) -> Result<Vec<Vec<Value>>, SnapshotError> {
        if !self.small_tables()?.iter().any(|t| t == table) {
            return Err(self.invalid(format!("no small table {table}")));
        }
        let n = self.columns(table)?.len();
        let mut stmt = self
            .conn()
            .prepare(&format!("SELECT * FROM {}", quote(table)))
            .map_err(self.err())?;
        let rows = stmt.query_map([], |r| cells(r, n)).map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// (rowid, name) of every blob, in rowid order.
    pub(crate) fn blob_names(&self) -> Result<Vec<(i64, String)>, SnapshotError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT rowid, name FROM blobs ORDER BY rowid")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }
}
