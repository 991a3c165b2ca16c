//! A snapshot rebuilt from rows: the phone's side of a delta. Most places are copied from the
//! installed snapshot with new ids, a few come as rows; the result must be the published file
//! byte for byte.
//!
//! Why that works: the writer ends with `VACUUM`, which lays a file out from its logical
//! content alone (tables in schema order, rows in key order, indexes rebuilt). So the rebuild
//! creates this module's schema (`schema.rs`, in the writer's order) in a scratch database,
//! fills it with the same content, rebuilds and optimizes the full-text index as the writer
//! does (its segments depend on that), and writes the file with `VACUUM INTO`. Only the content
//! counts, so part of it can be built elsewhere, on another core: the place tables other than
//! `places` (provenance and its index, the costliest sort) fill a work file of their own
//! ([`fill_side`]) and move in by SQLite's transfer optimization, rows and index entries copied
//! in order, nothing sorted again. The caller builds the blobs (trees, filters) and checks the
//! result's SHA-256.

use super::rows::{columns_in, quote, schema_entries};
use super::schema::{self, Creates, BLOBS, PLACES, PLACE_TABLES, STATEMENTS};
use super::SnapshotError;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use std::path::Path;

/// Rows of one table, every value as SQLite stores it.
pub(crate) type Rows = Vec<Vec<Value>>;

/// Where the rebuilt file's places come from.
pub(crate) struct Plan {
    /// Runs of places copied from the old file: (first new id, first old id, count).
    pub copies: Vec<(i64, i64, i64)>,
    /// Places given as rows, with their new id: for each of the [`PLACE_TABLES`] in order, the
    /// place's rows without the place column.
    pub given: Vec<(i64, Vec<Rows>)>,
}

fn invalid(path: &str, detail: impl Into<String>) -> SnapshotError {
    SnapshotError::Invalid {
        path: path.to_string(),
        detail: detail.into(),
    }
}

fn sql(path: &str) -> impl Fn(rusqlite::Error) -> SnapshotError + '_ {
    move |source| SnapshotError::Sqlite {
        path: path.to_string(),
        source,
    }
}

/// The scratch database, in memory, with the old snapshot attached as `old`. In memory because
/// a work file only added writes and reads (about 100 ms at 300k places); the cost is memory,
/// about the size of the snapshot.
pub(crate) struct Scratch {
    conn: Connection,
    old: String,
}

impl Scratch {
    /// An empty scratch database beside the old snapshot `old`.
    pub(crate) fn open(old: &Path) -> Result<Scratch, SnapshotError> {
        let old = old.display().to_string();
        let conn = Connection::open_in_memory().map_err(sql(&old))?;
        // The default cache: it only holds `VACUUM INTO`'s output pages until they are written
        // (a database in memory keeps all its pages anyway).
        conn.execute_batch(schema::WRITE_PRAGMAS)
            .map_err(sql(&old))?;
        conn.execute("ATTACH DATABASE ?1 AS old", [&old])
            .map_err(sql(&old))?;
        Ok(Scratch { conn, old })
    }

    /// The old snapshot's schema as SQLite keeps it: (type, name, table, sql), in order.
    pub(crate) fn old_schema_entries(&self) -> Result<Vec<[String; 4]>, SnapshotError> {
        schema_entries(&self.conn, "old").map_err(sql(&self.old))
    }

    /// Create the tables in the writer's order, the explicit indexes left for
    /// [`Scratch::move_in`] (faster once the rows are in, and `VACUUM` lays out tables first,
    /// then indexes, so only the indexes' own order counts). Refuses an old snapshot whose
    /// schema is not the one this app writes: its rows could not be copied as they are.
    pub(crate) fn create_tables(&self) -> Result<(), SnapshotError> {
        let err = sql(&self.old);
        for (creates, ddl) in STATEMENTS {
            if !matches!(creates, Creates::Index(_)) {
                self.conn.execute_batch(ddl).map_err(&err)?;
            }
        }
        let differ: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM (
                   SELECT * FROM (SELECT type, name, tbl_name, sql FROM old.sqlite_schema WHERE type <> 'index' OR sql IS NULL
                                  EXCEPT SELECT type, name, tbl_name, sql FROM main.sqlite_schema)
                   UNION ALL
                   SELECT * FROM (SELECT type, name, tbl_name, sql FROM main.sqlite_schema
                                  EXCEPT SELECT type, name, tbl_name, sql FROM old.sqlite_schema))",
                [],
                |r| r.get(0),
            )
            .map_err(&err)?;
        let mut stmt = self
            .conn
            .prepare("SELECT sql FROM old.sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")
            .map_err(&err)?;
        let old_indexes: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(&err)?
            .collect::<Result<_, _>>()
            .map_err(&err)?;
        let indexes = STATEMENTS
            .iter()
            .filter(|(c, _)| matches!(c, Creates::Index(_)))
            .map(|(_, ddl)| *ddl);
        if differ != 0 || !old_indexes.iter().map(String::as_str).eq(indexes) {
            return Err(invalid(
                &self.old,
                "its schema is not the one this app writes",
            ));
        }
        Ok(())
    }

    /// The old snapshot's filter bytes (one per place).
    pub(crate) fn old_filters(&self) -> Result<Vec<u8>, SnapshotError> {
        self.conn
            .query_row(
                "SELECT data FROM old.blobs WHERE name = ?1",
                [schema::FILTERS_BLOB],
                |r| r.get(0),
            )
            .map_err(sql(&self.old))
    }

    /// The scratch database's own part: places, the small tables (given whole, as `(table,
    /// rows)`), then the full-text index, rebuilt, committed and optimized as the writer does.
    pub(crate) fn fill(
        &mut self,
        plan: &Plan,
        small: &[(String, Rows)],
    ) -> Result<(), SnapshotError> {
        let old = self.old.clone();
        let err = sql(&old);
        let tx = self.conn.transaction().map_err(&err)?;
        copy_place_rows(&tx, &old, place_table(&old, PLACES)?, plan)?;
        for (table, rows) in small {
            let known = STATEMENTS
                .iter()
                .any(|(c, _)| matches!(c, Creates::Table(t) if t == table));
            if !known || table == BLOBS || PLACE_TABLES.iter().any(|(t, _)| t == table) {
                return Err(invalid(&old, format!("table {table}")));
            }
            let ncols = columns_in(&tx, "main", table).map_err(&err)?.len();
            let marks = vec!["?"; ncols].join(", ");
            let mut ins = tx
                .prepare(&format!(
                    "INSERT INTO main.{} VALUES ({marks})",
                    quote(table)
                ))
                .map_err(&err)?;
            for row in rows {
                if row.len() != ncols {
                    return Err(invalid(&old, format!("{table}: wrong column count")));
                }
                ins.execute(params_from_iter(row)).map_err(&err)?;
            }
        }
        let virtuals = || {
            STATEMENTS.iter().filter_map(|(c, _)| match c {
                Creates::Virtual(v) => Some(quote(v)),
                _ => None,
            })
        };
        for q in virtuals() {
            tx.execute(&format!("INSERT INTO main.{q}({q}) VALUES ('rebuild')"), [])
                .map_err(&err)?;
        }
        tx.commit().map_err(&err)?;
        for q in virtuals() {
            self.conn
                .execute(
                    &format!("INSERT INTO main.{q}({q}) VALUES ('optimize')"),
                    [],
                )
                .map_err(&err)?;
        }
        Ok(())
    }

    /// Create the explicit indexes, move in the side tables [`fill_side`] wrote to `side`, and
    /// insert the blobs `(rowid, name, data)`.
    pub(crate) fn move_in(
        &mut self,
        side: &Path,
        blobs: &[(i64, String, Vec<u8>)],
    ) -> Result<(), SnapshotError> {
        let old = self.old.clone();
        let err = sql(&old);
        self.conn
            .execute("ATTACH DATABASE ?1 AS side", [side.display().to_string()])
            .map_err(&err)?;
        let tx = self.conn.transaction().map_err(&err)?;
        // All explicit indexes, in schema order; the side tables are still empty here, which
        // lets the transfer below copy their index entries as they are.
        for (creates, ddl) in STATEMENTS {
            if matches!(creates, Creates::Index(_)) {
                tx.execute_batch(ddl).map_err(&err)?;
            }
        }
        for t in side_tables() {
            tx.execute_batch(&format!(
                "INSERT INTO main.{q} SELECT * FROM side.{q}",
                q = quote(PLACE_TABLES[t].0)
            ))
            .map_err(&err)?;
        }
        {
            let mut ins = tx
                .prepare("INSERT INTO main.blobs(rowid, name, data) VALUES (?1, ?2, ?3)")
                .map_err(&err)?;
            for (rowid, name, data) in blobs {
                ins.execute(rusqlite::params![rowid, name, data])
                    .map_err(&err)?;
            }
        }
        tx.commit().map_err(&err)?;
        self.conn
            .execute_batch("DETACH DATABASE side; DETACH DATABASE old")
            .map_err(&err)?;
        Ok(())
    }

    /// Write the file `out` (which must not exist) with `VACUUM INTO`.
    pub(crate) fn write_to(self, out: &Path) -> Result<(), SnapshotError> {
        let path = out.display().to_string();
        let err = sql(&path);
        self.conn.execute("VACUUM INTO ?1", [&path]).map_err(&err)?;
        self.conn.close().map_err(|(_, e)| err(e))
    }
}

/// The position of `table` in [`PLACE_TABLES`].
fn place_table(path: &str, table: &str) -> Result<usize, SnapshotError> {
    PLACE_TABLES
        .iter()
        .position(|(t, _)| *t == table)
        .ok_or_else(|| invalid(path, format!("no place table {table}")))
}

/// The place tables filled beside the scratch database (all but the places themselves, which
/// the full-text index reads where it stands).
fn side_tables() -> impl Iterator<Item = usize> {
    (0..PLACE_TABLES.len()).filter(|&t| PLACE_TABLES[t].0 != PLACES)
}

/// Copy the rows of place table number `t` (in [`PLACE_TABLES`]) from `old` into `main`: old
/// places with their new ids, one range query per run (the key is the table's primary key or
/// its first column), then the given rows.
fn copy_place_rows(
    conn: &Connection,
    old: &str,
    t: usize,
    plan: &Plan,
) -> Result<(), SnapshotError> {
    let err = sql(old);
    let (table, key) = PLACE_TABLES[t];
    let cols = columns_in(conn, "old", table).map_err(&err)?;
    let k = cols
        .iter()
        .position(|c| c == key)
        .ok_or_else(|| invalid(old, format!("no column {table}.{key}")))?;
    let select: Vec<String> = cols
        .iter()
        .map(|c| {
            if c == key {
                format!("x.{} + ?1", quote(c))
            } else {
                format!("x.{}", quote(c))
            }
        })
        .collect();
    let mut copy = conn
        .prepare(&format!(
            "INSERT INTO main.{t} SELECT {sel} FROM old.{t} x WHERE x.{k} BETWEEN ?2 AND ?3",
            t = quote(table),
            sel = select.join(", "),
            k = quote(key)
        ))
        .map_err(&err)?;
    for &(new_start, old_start, count) in &plan.copies {
        copy.execute([new_start - old_start, old_start, old_start + count - 1])
            .map_err(&err)?;
    }
    let marks = vec!["?"; cols.len()].join(", ");
    let mut ins = conn
        .prepare(&format!(
            "INSERT INTO main.{} VALUES ({marks})",
            quote(table)
        ))
        .map_err(&err)?;
    for (new_id, tables) in &plan.given {
        for row in tables.get(t).ok_or_else(|| invalid(old, "place rows"))? {
            if row.len() + 1 != cols.len() {
                return Err(invalid(old, format!("{table}: wrong column count")));
            }
            let id = Value::Integer(*new_id);
            let values = row[..k].iter().chain([&id]).chain(&row[k..]);
            ins.execute(params_from_iter(values)).map_err(&err)?;
        }
    }
    Ok(())
}

/// Fill the side tables and build their indexes in a database of their own (the work file
/// `side`), so that this runs on another core while the scratch database copies places and
/// rebuilds the full-text index.
pub(crate) fn fill_side(old: &Path, side: &Path, plan: &Plan) -> Result<(), SnapshotError> {
    let old = old.display().to_string();
    let err = sql(&old);
    let mut conn = Connection::open(side).map_err(&err)?;
    // A cache (256 MiB at most, only used as needed) that keeps the file's pages until the
    // commit and the index's sort in one block of memory: no temporary file, and much faster
    // than `temp_store = MEMORY`, which allocates every sorted record apart.
    conn.execute_batch(&format!(
        "{} PRAGMA cache_size = -262144;",
        schema::WRITE_PRAGMAS
    ))
    .map_err(&err)?;
    conn.execute("ATTACH DATABASE ?1 AS old", [&old])
        .map_err(&err)?;
    let tx = conn.transaction().map_err(&err)?;
    for t in side_tables() {
        let table = PLACE_TABLES[t].0;
        let ddl =
            schema::table_ddl(table).ok_or_else(|| invalid(&old, format!("no table {table}")))?;
        tx.execute_batch(ddl).map_err(&err)?;
        copy_place_rows(&tx, &old, t, plan)?;
        for ddl in schema::indexes_on(table) {
            tx.execute_batch(ddl).map_err(&err)?;
        }
    }
    tx.commit().map_err(&err)?;
    conn.close().map_err(|(_, e)| err(e))?;
    Ok(())
}
