//! Deltas between two snapshots: the rows that changed, rebuilt on the phone into the exact
//! bytes of the new snapshot.
//!
//! **Why rows and not bytes.** Place ids are dense and follow space, so one new place shifts the
//! id of every place after it, and every page of the file changes. Measured on the national
//! workload with 1 % of places changed (BENCHMARKS.md, "Sync"): a zstd `--patch-from` patch is
//! 51 % of the compressed full snapshot, a bsdiff patch 31 %. Keyed by the stable place key
//! instead, almost every place is unchanged and only its new id differs, so the delta says
//! "copy places 0..1233 of the old file, then this new place, then old 1234..5000, …" and carries
//! only the rows of places that really changed: 0.42 % of the full download.
//!
//! **Why the result is byte-identical.** The snapshot writer ends with `VACUUM`, which lays the
//! file out from its logical content alone (tables in schema order, rows in key order, indexes
//! rebuilt). Apply rebuilds that content in a scratch database with the same schema (copying
//! rows from the old snapshot with their new ids, inserting the new rows, rebuilding the
//! full-text index and the spatial trees the way the writer does) and writes it out with
//! `VACUUM INTO`. Since only the content counts, part of it is built elsewhere, on another core
//! (provenance and its index in a second database, the trees from the old file's trees), and
//! moved in before the `VACUUM` (see `rebuild` below, and BENCHMARKS.md "Sync"). The 100-byte
//! file header holds counters that depend on a file's history, not its content, so the delta
//! carries the target's header. The caller then checks the SHA-256 the signed manifest
//! announces: if the rebuild ever differed (another SQLite, a changed writer), the hash says so
//! and the app takes the full snapshot instead. The publisher applies every delta it writes and
//! refuses one that does not give the exact file.
//!
//! The format is zstd-compressed JSON (simple, and the parser is serde's); it is only ever
//! parsed after its hash matched the signed manifest, and a bad one is an error, never a panic.

use crate::need::{Need, NeedSet};
use crate::spatial::{Entry, Tree};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub const DELTA_FORMAT: u32 = 1;
/// A decompressed delta larger than this is refused (a 1 % change at 1M places is ~15 MB).
pub const MAX_DELTA_JSON: u64 = 512 * 1024 * 1024;
/// Tables whose rows belong to one place, with the column holding the place id.
const PLACE_TABLES: [(&str, &str); 3] = [
    ("places", "id"),
    ("details", "place"),
    ("provenance", "place"),
];
/// The place table that the full-text index reads and the other tables point to.
const PLACES: &str = "places";
const BLOBS: &str = "blobs";
const FILTERS: &str = "filters";
const HEADER_LEN: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum DeltaError {
    #[error("delta: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("delta: {0}")]
    Io(#[from] std::io::Error),
    #[error("delta: {0}")]
    Invalid(String),
}

fn invalid(s: impl Into<String>) -> DeltaError {
    DeltaError::Invalid(s.into())
}

/// One SQLite value, exactly (reals as their bits, blobs in base64).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Cell {
    Int(i64),
    Text(String),
    Real { r: u64 },
    Blob { b: String },
    Null,
}

/// Reads what the derived (untagged) serialization writes. By hand because serde's untagged
/// parsing buffers every value and tries each variant in turn: ten times slower (20 ms for a
/// delta of 3,000 places).
impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Cell, D::Error> {
        use serde::de::{Error, IgnoredAny, MapAccess, Visitor};
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = Cell;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an integer, a string, null, {\"r\": bits} or {\"b\": base64}")
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<Cell, E> {
                Ok(Cell::Int(v))
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Cell, E> {
                i64::try_from(v)
                    .map(Cell::Int)
                    .map_err(|_| E::custom("integer out of range"))
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Cell, E> {
                Ok(Cell::Text(v.to_string()))
            }
            fn visit_string<E: Error>(self, v: String) -> Result<Cell, E> {
                Ok(Cell::Text(v))
            }
            fn visit_unit<E: Error>(self) -> Result<Cell, E> {
                Ok(Cell::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cell, A::Error> {
                let cell = match map.next_key::<String>()?.as_deref() {
                    Some("r") => Cell::Real {
                        r: map.next_value()?,
                    },
                    Some("b") => Cell::Blob {
                        b: map.next_value()?,
                    },
                    _ => return Err(A::Error::custom("not a cell")),
                };
                if map.next_key::<IgnoredAny>()?.is_some() {
                    return Err(A::Error::custom("not a cell"));
                }
                Ok(cell)
            }
        }
        de.deserialize_any(CellVisitor)
    }
}

impl Cell {
    fn from_value(v: Value) -> Cell {
        match v {
            Value::Null => Cell::Null,
            Value::Integer(i) => Cell::Int(i),
            Value::Real(f) => Cell::Real { r: f.to_bits() },
            Value::Text(s) => Cell::Text(s),
            Value::Blob(b) => Cell::Blob { b: B64.encode(b) },
        }
    }

    fn to_value(&self) -> Result<Value, DeltaError> {
        Ok(match self {
            Cell::Null => Value::Null,
            Cell::Int(i) => Value::Integer(*i),
            Cell::Real { r } => Value::Real(f64::from_bits(*r)),
            Cell::Text(s) => Value::Text(s.clone()),
            Cell::Blob { b } => Value::Blob(B64.decode(b).map_err(|_| invalid("blob cell"))?),
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Delta {
    format: u32,
    from_sha256: String,
    to_sha256: String,
    to_size: u64,
    /// The target file's first 100 bytes, hex.
    header: String,
    /// SHA-256 of the target's schema: the delta applies only onto the same schema.
    schema_sha256: String,
    /// Small tables carried whole, in the target's order.
    whole: Vec<(String, Vec<Vec<Cell>>)>,
    /// The target's places in id order, as runs: `(old_id, n)` copies n places from `old_id`
    /// on; `(-1, n)` takes the next n entries of `new_places`.
    runs: Vec<(i64, u32)>,
    new_places: Vec<NewPlace>,
    /// The `blobs` rows in rowid order; `data` only for blobs not rebuilt here.
    blobs: Vec<BlobRow>,
}

#[derive(Debug, Serialize, Deserialize)]
struct NewPlace {
    /// Rows of each place table (in `PLACE_TABLES` order), without the place column.
    rows: Vec<Vec<Vec<Cell>>>,
    filter: u8,
}

#[derive(Debug, Serialize, Deserialize)]
struct BlobRow {
    rowid: i64,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<String>,
}

/// What a blob row is made from on the phone.
enum BlobKind {
    Filters,
    Tree { need: Need, to_check: bool },
    Carried,
}

fn blob_kind(name: &str) -> BlobKind {
    let tree = |id: &str, to_check| Need::from_id(id).map(|need| BlobKind::Tree { need, to_check });
    if name == FILTERS {
        return BlobKind::Filters;
    }
    name.strip_prefix("tree-to-check:")
        .and_then(|id| tree(id, true))
        .or_else(|| name.strip_prefix("tree:").and_then(|id| tree(id, false)))
        .unwrap_or(BlobKind::Carried)
}

fn open_ro(path: &Path) -> Result<Connection, DeltaError> {
    Ok(Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The schema as text, for the compatibility check.
fn schema_sha256(conn: &Connection, db: &str) -> Result<String, DeltaError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM {db}.sqlite_schema ORDER BY rowid"
    ))?;
    let mut h = Sha256::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..4 {
            h.update(r.get::<_, String>(i)?.as_bytes());
            h.update([0]);
        }
    }
    Ok(super::manifest::digest_hex(&h.finalize()))
}

/// Ordinary tables of a database (no virtual or shadow tables), in schema order.
fn plain_tables(conn: &Connection, db: &str) -> Result<Vec<String>, DeltaError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT s.name FROM {db}.sqlite_schema s JOIN pragma_table_list t ON t.name = s.name AND t.schema = ?1
         WHERE s.type = 'table' AND t.type = 'table' AND s.name NOT LIKE 'sqlite_%' ORDER BY s.rowid"
    ))?;
    let names = stmt
        .query_map([db], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(names)
}

fn columns(conn: &Connection, db: &str, table: &str) -> Result<Vec<String>, DeltaError> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM {db}.pragma_table_info(?1)"))?;
    let cols: Vec<String> = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if cols.is_empty() {
        return Err(invalid(format!("no table {table}")));
    }
    Ok(cols)
}

fn key_index(cols: &[String], key: &str) -> Result<usize, DeltaError> {
    cols.iter()
        .position(|c| c == key)
        .ok_or_else(|| invalid(format!("no column {key}")))
}

fn row_cells(r: &rusqlite::Row, n: usize) -> rusqlite::Result<Vec<Value>> {
    (0..n).map(|i| r.get::<_, Value>(i)).collect()
}

fn feed(h: &mut Sha256, v: &Value) {
    match v {
        Value::Null => h.update([0]),
        Value::Integer(i) => {
            h.update([1]);
            h.update(i.to_le_bytes());
        }
        Value::Real(f) => {
            h.update([2]);
            h.update(f.to_bits().to_le_bytes());
        }
        Value::Text(s) => {
            h.update([3]);
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        }
        Value::Blob(b) => {
            h.update([4]);
            h.update((b.len() as u64).to_le_bytes());
            h.update(b);
        }
    }
}

/// What one snapshot says about each place: stable key and a digest of all its rows.
struct PlaceDigests {
    key_to_id: HashMap<String, u32>,
    keys: Vec<Option<String>>,
    digests: Vec<[u8; 32]>,
    filters: Vec<u8>,
}

fn place_digests(conn: &Connection) -> Result<PlaceDigests, DeltaError> {
    let n: i64 = conn.query_row("SELECT count(*) FROM places", [], |r| r.get(0))?;
    let max: Option<i64> = conn.query_row("SELECT max(id) FROM places", [], |r| r.get(0))?;
    if max.map_or(0, |m| m + 1) != n {
        return Err(invalid("place ids are not dense"));
    }
    let n = n as usize;
    let filters: Vec<u8> =
        conn.query_row("SELECT data FROM blobs WHERE name = ?1", [FILTERS], |r| {
            r.get(0)
        })?;
    if filters.len() != n {
        return Err(invalid("filters do not match places"));
    }
    let mut digests: Vec<[u8; 32]> = filters.iter().map(|f| [*f; 32]).collect();
    for (t, (table, key)) in PLACE_TABLES.iter().enumerate() {
        let cols = columns(conn, "main", table)?;
        let k = key_index(&cols, key)?;
        let mut stmt = conn.prepare(&format!("SELECT * FROM {}", quote(table)))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let cells = row_cells(r, cols.len())?;
            let Value::Integer(id) = cells[k] else {
                return Err(invalid(format!("{table}.{key} is not an id")));
            };
            let d = digests
                .get_mut(id as usize)
                .ok_or_else(|| invalid(format!("{table} row for unknown place {id}")))?;
            let mut h = Sha256::new();
            h.update(*d);
            h.update([t as u8]);
            for (i, c) in cells.iter().enumerate() {
                if i != k {
                    feed(&mut h, c);
                }
            }
            *d = h.finalize().into();
        }
    }
    let mut keys = vec![None; n];
    let mut key_to_id = HashMap::with_capacity(n);
    let mut stmt =
        conn.prepare("SELECT place, source || ':' || record_id FROM provenance WHERE ord = 0")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, key): (u32, String) = (r.get(0)?, r.get(1)?);
        if let Some(slot) = keys.get_mut(id as usize) {
            key_to_id.insert(key.clone(), id);
            *slot = Some(key);
        }
    }
    Ok(PlaceDigests {
        key_to_id,
        keys,
        digests,
        filters,
    })
}

/// What [`make`] found, besides the delta's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeltaStats {
    pub places: usize,
    pub copied: usize,
    pub carried: usize,
    pub runs: usize,
}

/// The delta that turns `old` into `new` (both snapshot files), zstd-compressed at `level`.
pub fn make(old: &Path, new: &Path, level: i32) -> Result<(Vec<u8>, DeltaStats), DeltaError> {
    let o = open_ro(old)?;
    let n = open_ro(new)?;
    let schema = schema_sha256(&n, "main")?;
    if schema_sha256(&o, "main")? != schema {
        return Err(invalid(
            "the schemas differ: no delta between these snapshots",
        ));
    }
    let od = place_digests(&o)?;
    let nd = place_digests(&n)?;
    let mut runs: Vec<(i64, u32)> = Vec::new();
    let mut literal_ids = Vec::new();
    for id in 0..nd.digests.len() {
        let old_id = nd.keys[id]
            .as_ref()
            .and_then(|k| od.key_to_id.get(k))
            .filter(|&&oid| od.digests[oid as usize] == nd.digests[id])
            .map(|&oid| oid as i64);
        let from = old_id.unwrap_or(-1);
        match runs.last_mut() {
            Some((start, len)) if *start == -1 && from == -1 => *len += 1,
            Some((start, len)) if *start != -1 && from != -1 && *start + *len as i64 == from => {
                *len += 1
            }
            _ => runs.push((from, 1)),
        }
        if old_id.is_none() {
            literal_ids.push(id as i64);
        }
    }
    let mut new_places = Vec::with_capacity(literal_ids.len());
    let mut tables = Vec::new();
    for (table, key) in PLACE_TABLES {
        let cols = columns(&n, "main", table)?;
        let k = key_index(&cols, key)?;
        let stmt = n.prepare(&format!(
            "SELECT * FROM {} WHERE {} = ?1",
            quote(table),
            quote(key)
        ))?;
        tables.push((stmt, cols.len(), k));
    }
    for &id in &literal_ids {
        let mut rows = Vec::with_capacity(PLACE_TABLES.len());
        for (stmt, ncols, k) in tables.iter_mut() {
            let found: Vec<Vec<Cell>> = stmt
                .query_map([id], |r| row_cells(r, *ncols))?
                .map(|r| {
                    r.map(|cells| {
                        cells
                            .into_iter()
                            .enumerate()
                            .filter(|(i, _)| i != k)
                            .map(|(_, v)| Cell::from_value(v))
                            .collect()
                    })
                })
                .collect::<Result<_, _>>()?;
            rows.push(found);
        }
        new_places.push(NewPlace {
            rows,
            filter: nd.filters[id as usize],
        });
    }
    drop(tables);
    let mut whole = Vec::new();
    for table in plain_tables(&n, "main")? {
        if table == BLOBS || PLACE_TABLES.iter().any(|(t, _)| *t == table) {
            continue;
        }
        let ncols = columns(&n, "main", &table)?.len();
        let mut stmt = n.prepare(&format!("SELECT * FROM {}", quote(&table)))?;
        let rows = stmt
            .query_map([], |r| row_cells(r, ncols))?
            .map(|r| r.map(|c| c.into_iter().map(Cell::from_value).collect()))
            .collect::<Result<_, _>>()?;
        whole.push((table, rows));
    }
    let mut blobs = Vec::new();
    {
        let mut stmt = n.prepare("SELECT rowid, name, data FROM blobs ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let data = match blob_kind(&name) {
                BlobKind::Carried => Some(B64.encode(r.get::<_, Vec<u8>>(2)?)),
                _ => None,
            };
            blobs.push(BlobRow {
                rowid: r.get(0)?,
                name,
                data,
            });
        }
    }
    drop((o, n));
    let (from_sha256, _) = crate::files::sha256_file(old)?;
    let (to_sha256, to_size) = crate::files::sha256_file(new)?;
    let mut header = [0u8; HEADER_LEN];
    std::fs::File::open(new)?.read_exact(&mut header)?;
    let stats = DeltaStats {
        places: nd.digests.len(),
        copied: nd.digests.len() - literal_ids.len(),
        carried: literal_ids.len(),
        runs: runs.len(),
    };
    let delta = Delta {
        format: DELTA_FORMAT,
        from_sha256,
        to_sha256,
        to_size,
        header: super::manifest::digest_hex(&header),
        schema_sha256: schema,
        whole,
        runs,
        new_places,
        blobs,
    };
    let json = serde_json::to_vec(&delta).map_err(|e| invalid(e.to_string()))?;
    Ok((zstd::bulk::compress(&json, level)?, stats))
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// Decompress and parse a delta, refusing anything malformed (never panics).
fn parse(bytes: &[u8]) -> Result<Delta, DeltaError> {
    let mut json = Vec::new();
    zstd::stream::read::Decoder::new(bytes)?
        .take(MAX_DELTA_JSON + 1)
        .read_to_end(&mut json)
        .map_err(|e| invalid(format!("not a compressed delta: {e}")))?;
    if json.len() as u64 > MAX_DELTA_JSON {
        return Err(invalid("too large"));
    }
    let d: Delta = serde_json::from_slice(&json).map_err(|e| invalid(e.to_string()))?;
    if d.format != DELTA_FORMAT {
        return Err(invalid(format!("delta format {}", d.format)));
    }
    Ok(d)
}

/// Check a delta's structure without a database (the fuzz target and tests use it).
pub fn check(bytes: &[u8]) -> Result<(), DeltaError> {
    let d = parse(bytes)?;
    if unhex(&d.header).is_none_or(|h| h.len() != HEADER_LEN) {
        return Err(invalid("header"));
    }
    let literal: u64 = d
        .runs
        .iter()
        .filter(|r| r.0 == -1)
        .map(|r| r.1 as u64)
        .sum();
    if literal != d.new_places.len() as u64 || d.runs.iter().any(|r| r.0 < -1) {
        return Err(invalid("runs do not match the new places"));
    }
    Ok(())
}

/// What the old file's schema says the rebuild must create.
struct Schema {
    /// Virtual tables, in schema order.
    virtuals: Vec<String>,
    /// Explicit indexes as `(table, sql)`, in schema order.
    indexes: Vec<(String, String)>,
    /// `CREATE TABLE` of each ordinary table, by name.
    tables: HashMap<String, String>,
}

/// Create the tables of `old` in `main`, in the order the writer created them: ordinary tables
/// in schema order, a virtual table where its shadow tables stand (it creates them). The
/// explicit indexes are created later, once the rows are in (faster, and `VACUUM` lays out
/// tables first, then indexes, so only the indexes' own order counts).
fn create_tables(conn: &Connection) -> Result<Schema, DeltaError> {
    let mut stmt = conn.prepare(
        "SELECT s.type, s.name, s.tbl_name, s.sql, coalesce(t.type, '') FROM old.sqlite_schema s
         LEFT JOIN pragma_table_list t ON t.name = s.name AND t.schema = 'old'
         WHERE s.sql IS NOT NULL AND s.name NOT LIKE 'sqlite_%' ORDER BY s.rowid",
    )?;
    type Entry5 = (String, String, String, String, String);
    let entries: Vec<Entry5> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    let virtuals: Vec<&Entry5> = entries.iter().filter(|e| e.4 == "virtual").collect();
    let mut schema = Schema {
        virtuals: Vec::new(),
        indexes: Vec::new(),
        tables: HashMap::new(),
    };
    for (kind, name, table, sql, table_kind) in &entries {
        match (kind.as_str(), table_kind.as_str()) {
            ("table", "shadow") => {
                let owner = virtuals
                    .iter()
                    .find(|v| name.starts_with(&format!("{}_", v.1)))
                    .ok_or_else(|| invalid(format!("shadow table {name} without owner")))?;
                if !schema.virtuals.contains(&owner.1) {
                    conn.execute_batch(&owner.3)?;
                    schema.virtuals.push(owner.1.clone());
                }
            }
            ("table", "virtual") => {
                if !schema.virtuals.contains(name) {
                    conn.execute_batch(sql)?;
                    schema.virtuals.push(name.clone());
                }
            }
            ("table", _) => {
                conn.execute_batch(sql)?;
                schema.tables.insert(name.clone(), sql.clone());
            }
            ("index", _) => schema.indexes.push((table.clone(), sql.clone())),
            _ => return Err(invalid(format!("unexpected schema entry {kind} {name}"))),
        }
    }
    Ok(schema)
}

/// Rebuild the target of `delta` from `old` (whose SHA-256 the caller knows: `old_sha256`) into
/// `out`, which must not be open. `scratch` is a work file removed at the end. The caller checks
/// the result's hash against the signed manifest and makes the file durable
/// (`sync::check_and_sync_new_snapshot` does both).
pub fn apply(
    old: &Path,
    old_sha256: &str,
    delta: &[u8],
    out: &Path,
    scratch: &Path,
) -> Result<(), DeltaError> {
    apply_timed(old, old_sha256, delta, out, scratch).map(|_| ())
}

/// Milliseconds spent in each phase of [`apply`] (for the benchmark). Phases whose name starts
/// with `‖` ran on other threads during the phase before them and are not part of the sum.
pub type PhaseTimes = Vec<(&'static str, f64)>;

struct Phases {
    times: PhaseTimes,
    last: std::time::Instant,
}

impl Phases {
    fn new() -> Phases {
        Phases {
            times: Vec::new(),
            last: std::time::Instant::now(),
        }
    }

    fn done(&mut self, name: &'static str) {
        let now = std::time::Instant::now();
        self.times
            .push((name, (now - self.last).as_secs_f64() * 1e3));
        self.last = now;
    }

    fn beside(&mut self, name: &'static str, took: std::time::Duration) {
        self.times.push((name, took.as_secs_f64() * 1e3));
    }
}

/// [`apply`], saying where the time went.
pub fn apply_timed(
    old: &Path,
    old_sha256: &str,
    delta: &[u8],
    out: &Path,
    scratch: &Path,
) -> Result<PhaseTimes, DeltaError> {
    let mut phases = Phases::new();
    let d = parse(delta)?;
    phases.done("decompress + parse");
    if d.from_sha256 != old_sha256 {
        return Err(invalid("this delta starts from another snapshot"));
    }
    let header = unhex(&d.header)
        .filter(|h| h.len() == HEADER_LEN)
        .ok_or_else(|| invalid("header"))?;
    for p in [out, scratch] {
        match std::fs::remove_file(p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    let result = rebuild(old, &d, out, scratch, &mut phases);
    let _ = std::fs::remove_file(scratch);
    result?;
    // The caller syncs the file while it verifies it (on other cores).
    std::fs::OpenOptions::new()
        .write(true)
        .open(out)?
        .write_all(&header)?;
    phases.done("header");
    Ok(phases.times)
}

/// The target's places: which old places are copied where, which come from the delta.
struct PlaceMap<'a> {
    /// Runs of copied places: (first new id, first old id, count).
    copies: Vec<(i64, i64, i64)>,
    /// Places carried by the delta, with their new id.
    literal: Vec<(i64, &'a NewPlace)>,
    /// The target's filter byte per place.
    filters: Vec<u8>,
}

/// From the delta's runs and the old file's filters (one byte per place, ids being dense).
fn place_map<'a>(d: &'a Delta, old_filters: &[u8]) -> Result<PlaceMap<'a>, DeltaError> {
    let old_places = old_filters.len() as i64;
    let mut map = PlaceMap {
        copies: Vec::new(),
        literal: Vec::new(),
        filters: Vec::new(),
    };
    let mut next_new = d.new_places.iter();
    let mut new_id: i64 = 0;
    for &(from, count) in &d.runs {
        let count = count as i64;
        // Ids must fit the spatial trees' entries.
        if new_id + count > i32::MAX as i64 {
            return Err(invalid("too many places"));
        }
        if from == -1 {
            for i in 0..count {
                let p = next_new
                    .next()
                    .ok_or_else(|| invalid("runs ask for more new places than carried"))?;
                map.literal.push((new_id + i, p));
                map.filters.push(p.filter);
            }
        } else {
            if from < 0 || from + count > old_places {
                return Err(invalid("run beyond the old places"));
            }
            map.filters
                .extend_from_slice(&old_filters[from as usize..(from + count) as usize]);
            map.copies.push((new_id, from, count));
        }
        new_id += count;
    }
    if next_new.next().is_some() {
        return Err(invalid("new places left over"));
    }
    Ok(map)
}

/// Copy the rows of place table number `t` (in `PLACE_TABLES`) from `old` into `main`: old
/// places with their new ids, one range query per run (the key is the table's primary key or
/// its first column), then the delta's rows.
fn copy_place_rows(conn: &Connection, t: usize, map: &PlaceMap) -> Result<(), DeltaError> {
    let (table, key) = PLACE_TABLES[t];
    let cols = columns(conn, "old", table)?;
    let k = key_index(&cols, key)?;
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
    let mut copy = conn.prepare(&format!(
        "INSERT INTO main.{t} SELECT {sel} FROM old.{t} x WHERE x.{k} BETWEEN ?2 AND ?3",
        t = quote(table),
        sel = select.join(", "),
        k = quote(key)
    ))?;
    for &(new_start, old_start, count) in &map.copies {
        copy.execute([new_start - old_start, old_start, old_start + count - 1])?;
    }
    let marks = vec!["?"; cols.len()].join(", ");
    let mut ins = conn.prepare(&format!(
        "INSERT INTO main.{} VALUES ({marks})",
        quote(table)
    ))?;
    for (new_id, p) in &map.literal {
        for row in p.rows.get(t).ok_or_else(|| invalid("place rows"))? {
            if row.len() + 1 != cols.len() {
                return Err(invalid(format!("{table}: wrong column count")));
            }
            let mut values = Vec::with_capacity(cols.len());
            for c in row {
                values.push(c.to_value()?);
            }
            values.insert(k, Value::Integer(*new_id));
            ins.execute(params_from_iter(values))?;
        }
    }
    Ok(())
}

/// The place tables filled beside the scratch database (all but the places themselves, which
/// the full-text index reads where it stands).
fn side_tables() -> impl Iterator<Item = usize> {
    (0..PLACE_TABLES.len()).filter(|&t| PLACE_TABLES[t].0 != PLACES)
}

/// Fill the side tables and build their indexes in a database of their own (the work file
/// `path`), so that this runs on another core while the scratch database copies places and
/// rebuilds the full-text index.
fn fill_side(old: &Path, path: &Path, schema: &Schema, map: &PlaceMap) -> Result<(), DeltaError> {
    let mut conn = Connection::open(path)?;
    // A cache (256 MiB at most, only used as needed) that keeps the file's pages until the
    // commit and the index's sort in one block of memory: no temporary file, and much faster
    // than `temp_store = MEMORY`, which allocates every sorted record apart.
    conn.execute_batch(
        "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         PRAGMA cache_size = -262144;",
    )?;
    conn.execute("ATTACH DATABASE ?1 AS old", [old.display().to_string()])?;
    let tx = conn.transaction()?;
    for t in side_tables() {
        let table = PLACE_TABLES[t].0;
        let sql = schema
            .tables
            .get(table)
            .ok_or_else(|| invalid(format!("no table {table}")))?;
        tx.execute_batch(sql)?;
        copy_place_rows(&tx, t, map)?;
        for (_, sql) in schema.indexes.iter().filter(|(on, _)| on == table) {
            tx.execute_batch(sql)?;
        }
    }
    tx.commit()?;
    conn.close().map_err(|(_, e)| e)?;
    Ok(())
}

/// The spatial trees the delta's `blobs` ask for, by slot (need bit, + 8 for "to check"), built
/// as the writer builds them: places in id order, in the tree of each need they state, and in
/// the "to check" tree of each need only likely. A copied place has the same needs in both
/// files, so its entry comes from the old file's tree of the same name, with its new id; the
/// new places' entries come from the delta. Reading the old trees (12 bytes a place) instead of
/// the old places table (90) is what lets this thread finish well before the other two.
fn build_trees(
    old: &Path,
    d: &Delta,
    map: &PlaceMap,
    old_places: usize,
) -> Result<HashMap<usize, Vec<u8>>, DeltaError> {
    // Old id to new id, for the copied places only.
    const GONE: u32 = u32::MAX;
    let mut new_id = vec![GONE; old_places];
    for &(new_start, old_start, count) in &map.copies {
        for i in 0..count {
            new_id[(old_start + i) as usize] = (new_start + i) as u32;
        }
    }
    let mut wanted = [false; 16];
    let mut entries: Vec<Vec<Entry>> = vec![Vec::new(); 16];
    let conn = open_ro(old)?;
    let mut read = conn.prepare("SELECT data FROM blobs WHERE name = ?1")?;
    for b in &d.blobs {
        let BlobKind::Tree { need, to_check } = blob_kind(&b.name) else {
            continue;
        };
        let slot = need.bit() as usize + if to_check { 8 } else { 0 };
        if std::mem::replace(&mut wanted[slot], true) {
            continue;
        }
        let bytes: Vec<u8> = read
            .query_row([&b.name], |r| r.get(0))
            .map_err(|_| invalid(format!("the old file has no {}", b.name)))?;
        // As `Tree::to_bytes` writes them: lat_e6, lon_e6, then the id with the split axis in
        // its top bit, little-endian.
        if bytes.len() % 12 != 0 {
            return Err(invalid(format!("old {} is not a tree", b.name)));
        }
        let word = |c: &[u8], i: usize| [c[i], c[i + 1], c[i + 2], c[i + 3]];
        for c in bytes.chunks_exact(12) {
            let id = u32::from_le_bytes(word(c, 8)) & !(1 << 31);
            match new_id.get(id as usize) {
                Some(&GONE) => {}
                Some(&n) => entries[slot].push(Entry::new(
                    n,
                    i32::from_le_bytes(word(c, 0)),
                    i32::from_le_bytes(word(c, 4)),
                )),
                None => return Err(invalid(format!("old {} names no place", b.name))),
            }
        }
    }
    // A carried place's places row has every column but the id.
    let t = place_table(PLACES)?;
    let cols = columns(&conn, "main", PLACES)?;
    drop(read);
    drop(conn);
    let k = key_index(&cols, PLACE_TABLES[t].1)?;
    let mut at = [0; 4];
    for (a, name) in at
        .iter_mut()
        .zip(["lat_e6", "lon_e6", "needs", "needs_to_check"])
    {
        let c = key_index(&cols, name)?;
        *a = if c > k { c - 1 } else { c };
    }
    let bad = || invalid("a new place's position or needs");
    for (id, p) in &map.literal {
        let Some([row]) = p.rows.get(t).map(Vec::as_slice) else {
            return Err(invalid("a new place needs exactly one places row"));
        };
        let mut v = [0i64; 4];
        for (v, &c) in v.iter_mut().zip(&at) {
            let Some(Cell::Int(x)) = row.get(c) else {
                return Err(bad());
            };
            *v = *x;
        }
        let entry = Entry::new(
            *id as u32,
            i32::try_from(v[0]).map_err(|_| bad())?,
            i32::try_from(v[1]).map_err(|_| bad())?,
        );
        let needs = NeedSet(u8::try_from(v[2]).map_err(|_| bad())?);
        let to_check = NeedSet(u8::try_from(v[3]).map_err(|_| bad())?);
        for need in needs.iter() {
            entries[need.bit() as usize].push(entry);
        }
        for need in to_check.minus(needs).iter() {
            entries[need.bit() as usize + 8].push(entry);
        }
    }
    Ok((0..16)
        .filter(|&slot| wanted[slot])
        .map(|slot| {
            let e = std::mem::take(&mut entries[slot]);
            (slot, Tree::build(e).to_bytes())
        })
        .collect())
}

/// The position of `table` in `PLACE_TABLES`.
fn place_table(table: &str) -> Result<usize, DeltaError> {
    PLACE_TABLES
        .iter()
        .position(|(t, _)| *t == table)
        .ok_or_else(|| invalid(format!("no place table {table}")))
}

/// The rebuild runs on three threads:
/// - here, the scratch database (in memory): places copied with their new ids, the small
///   tables, the full-text index rebuilt and optimized exactly as the writer does;
/// - beside it, in the work file `side`, the other place tables (provenance, details) and their
///   index, the costliest sort of the rebuild;
/// - the spatial trees, from the old file and the delta.
///
/// Then the side tables move into the scratch by SQLite's transfer optimization (rows and index
/// entries copied in order, nothing sorted again), the blobs go in, and `VACUUM INTO` writes
/// the file. The scratch is in memory because a work file only added writes and reads (about
/// 100 ms at 300k places); the cost is memory, about the size of the snapshot.
fn rebuild(
    old: &Path,
    d: &Delta,
    out: &Path,
    side: &Path,
    phases: &mut Phases,
) -> Result<(), DeltaError> {
    let mut conn = Connection::open_in_memory()?;
    // The default cache: it only holds `VACUUM INTO`'s output pages until they are written (a
    // database in memory keeps all its pages anyway).
    conn.execute_batch(
        "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;",
    )?;
    conn.execute("ATTACH DATABASE ?1 AS old", [old.display().to_string()])?;
    if schema_sha256(&conn, "old")? != d.schema_sha256 {
        return Err(invalid("the installed snapshot has another schema"));
    }
    let schema = create_tables(&conn)?;
    let old_filters: Vec<u8> = conn.query_row(
        "SELECT data FROM old.blobs WHERE name = ?1",
        [FILTERS],
        |r| r.get(0),
    )?;
    let map = place_map(d, &old_filters)?;
    phases.done("schema + id map");
    let (side_took, trees) = std::thread::scope(|scope| {
        let side = scope.spawn(|| {
            let start = std::time::Instant::now();
            fill_side(old, side, &schema, &map).map(|_| start.elapsed())
        });
        let trees = scope.spawn(|| {
            let start = std::time::Instant::now();
            build_trees(old, d, &map, old_filters.len()).map(|t| (t, start.elapsed()))
        });
        let here = fill_scratch(&mut conn, d, &schema, &map);
        phases.done("places + small tables + full-text rebuild, optimize");
        let (side, trees) = (joined(side), joined(trees));
        here?;
        Ok::<_, DeltaError>((side?, trees?))
    })?;
    let (trees, trees_took) = trees;
    phases.beside("‖ provenance, details + their index (thread 2)", side_took);
    phases.beside("‖ k-d trees (thread 3)", trees_took);
    phases.done("wait for threads 2 and 3");
    conn.execute("ATTACH DATABASE ?1 AS side", [side.display().to_string()])?;
    let tx = conn.transaction()?;
    // All explicit indexes, in the old order; the side tables are still empty here, which lets
    // the transfer below copy their index entries as they are.
    for (_, sql) in &schema.indexes {
        tx.execute_batch(sql)?;
    }
    for t in side_tables() {
        tx.execute_batch(&format!(
            "INSERT INTO main.{q} SELECT * FROM side.{q}",
            q = quote(PLACE_TABLES[t].0)
        ))?;
    }
    {
        let mut ins =
            tx.prepare("INSERT INTO main.blobs(rowid, name, data) VALUES (?1, ?2, ?3)")?;
        for b in &d.blobs {
            let data = match blob_kind(&b.name) {
                BlobKind::Filters => map.filters.clone(),
                BlobKind::Tree { need, to_check } => {
                    let slot = need.bit() as usize + if to_check { 8 } else { 0 };
                    trees.get(&slot).cloned().unwrap_or_default()
                }
                BlobKind::Carried => b
                    .data
                    .as_deref()
                    .and_then(|s| B64.decode(s).ok())
                    .ok_or_else(|| invalid(format!("blob {} has no data", b.name)))?,
            };
            ins.execute(rusqlite::params![b.rowid, b.name, data])?;
        }
    }
    tx.commit()?;
    conn.execute_batch("DETACH DATABASE side; DETACH DATABASE old")?;
    phases.done("move side tables in + blobs");
    conn.execute("VACUUM INTO ?1", [out.display().to_string()])?;
    conn.close().map_err(|(_, e)| e)?;
    phases.done("VACUUM INTO");
    Ok(())
}

fn joined<T>(h: std::thread::ScopedJoinHandle<'_, Result<T, DeltaError>>) -> Result<T, DeltaError> {
    h.join().map_err(|_| invalid("a rebuild thread failed"))?
}

/// The scratch database's own part: places, the small tables carried whole, then the full-text
/// index, rebuilt, committed and optimized as the writer does (its segments depend on that).
fn fill_scratch(
    conn: &mut Connection,
    d: &Delta,
    schema: &Schema,
    map: &PlaceMap,
) -> Result<(), DeltaError> {
    let tx = conn.transaction()?;
    copy_place_rows(&tx, place_table(PLACES)?, map)?;
    let plain = plain_tables(&tx, "old")?;
    for (table, rows) in &d.whole {
        if !plain.contains(table) || PLACE_TABLES.iter().any(|(t, _)| t == table) || table == BLOBS
        {
            return Err(invalid(format!("table {table}")));
        }
        let ncols = columns(&tx, "main", table)?.len();
        let marks = vec!["?"; ncols].join(", ");
        let mut ins = tx.prepare(&format!(
            "INSERT INTO main.{} VALUES ({marks})",
            quote(table)
        ))?;
        for row in rows {
            if row.len() != ncols {
                return Err(invalid(format!("{table}: wrong column count")));
            }
            let values = row
                .iter()
                .map(Cell::to_value)
                .collect::<Result<Vec<_>, _>>()?;
            ins.execute(params_from_iter(values))?;
        }
    }
    for v in &schema.virtuals {
        tx.execute(
            &format!("INSERT INTO main.{q}({q}) VALUES ('rebuild')", q = quote(v)),
            [],
        )?;
    }
    tx.commit()?;
    for v in &schema.virtuals {
        conn.execute(
            &format!(
                "INSERT INTO main.{q}({q}) VALUES ('optimize')",
                q = quote(v)
            ),
            [],
        )?;
    }
    Ok(())
}

/// Where [`apply`] puts its work file next to `out`.
pub fn scratch_path(out: &Path) -> PathBuf {
    PathBuf::from(format!("{}.scratch", out.display()))
}
