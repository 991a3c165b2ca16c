//! The delta file: zstd-compressed JSON (simple, and the parser is serde's), only ever parsed
//! after its hash matched the signed manifest; a bad one is an error, never a panic. Values are
//! carried exactly (reals as their bits, blobs in base64), since the rebuilt file must be the
//! published one byte for byte.

use crate::snapshot::SnapshotError;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;

pub const DELTA_FORMAT: u32 = 1;
/// A decompressed delta larger than this is refused (a 1 % change at 1M places is ~15 MB).
pub const MAX_DELTA_JSON: u64 = 512 * 1024 * 1024;
/// The SQLite file header the delta carries: its counters depend on a file's history, not its
/// content, so the rebuild cannot make them.
pub(super) const HEADER_LEN: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum DeltaError {
    #[error("delta: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("delta: {0}")]
    Io(#[from] std::io::Error),
    #[error("delta: {0}")]
    Invalid(String),
}

/// The snapshot module's errors as the delta's: a failing SQLite call stays one (the caller tells
/// a full disk apart), a snapshot that is not what it should be makes the delta invalid.
impl From<SnapshotError> for DeltaError {
    fn from(e: SnapshotError) -> DeltaError {
        match e {
            SnapshotError::Sqlite { source, .. } => DeltaError::Sqlite(source),
            SnapshotError::Io { source, .. } => DeltaError::Io(source),
            e @ SnapshotError::Invalid { .. } => DeltaError::Invalid(e.to_string()),
        }
    }
}

pub(super) fn invalid(s: impl Into<String>) -> DeltaError {
    DeltaError::Invalid(s.into())
}

/// One SQLite value, exactly (reals as their bits, blobs in base64).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub(super) enum Cell {
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
    pub(super) fn from_value(v: Value) -> Cell {
        match v {
            Value::Null => Cell::Null,
            Value::Integer(i) => Cell::Int(i),
            Value::Real(f) => Cell::Real { r: f.to_bits() },
            Value::Text(s) => Cell::Text(s),
            Value::Blob(b) => Cell::Blob { b: B64.encode(b) },
        }
    }

    pub(super) fn to_value(&self) -> Result<Value, DeltaError> {
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
pub(super) struct Delta {
    pub(super) format: u32,
    pub(super) from_sha256: String,
    pub(super) to_sha256: String,
    pub(super) to_size: u64,
    /// The target file's first 100 bytes, hex.
    pub(super) header: String,
    /// SHA-256 of the target's schema: the delta applies only onto the same schema.
    pub(super) schema_sha256: String,
    /// Small tables carried whole, in the target's order.
    pub(super) whole: Vec<(String, Vec<Vec<Cell>>)>,
    /// The target's places in id order, as runs: `(old_id, n)` copies n places from `old_id`
    /// on; `(-1, n)` takes the next n entries of `new_places`.
    pub(super) runs: Vec<(i64, u32)>,
    pub(super) new_places: Vec<NewPlace>,
    /// The `blobs` rows in rowid order; `data` only for blobs not rebuilt here.
    pub(super) blobs: Vec<BlobRow>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct NewPlace {
    /// Rows of each place table (in `snapshot::schema::PLACE_TABLES` order), without the place column.
    pub(super) rows: Vec<Vec<Vec<Cell>>>,
    pub(super) filter: u8,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct BlobRow {
    pub(super) rowid: i64,
    pub(super) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) data: Option<String>,
}

/// SHA-256 of a schema as SQLite keeps it ((type, name, table, sql) in order): a delta applies
/// only onto the schema it was made between.
pub(super) fn schema_sha256(entries: &[[String; 4]]) -> String {
    let mut h = Sha256::new();
    for entry in entries {
        for field in entry {
            h.update(field.as_bytes());
            h.update([0]);
        }
    }
    crate::sync::manifest::digest_hex(&h.finalize())
}

pub(super) fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// Decompress and parse a delta, refusing anything malformed (never panics).
pub(super) fn parse(bytes: &[u8]) -> Result<Delta, DeltaError> {
    let mut json = Vec::new();
    crate::sync::compressed::decoder(bytes)
        .map_err(invalid)?
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
