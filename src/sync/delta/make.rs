//! The publisher's side: compare two snapshots place by place (stable key and a digest of all
//! its rows) and write the runs of places the phone copies, with the rows of the places that
//! changed. Rows are read through the snapshot module, as stored, without knowing what they
//! mean.

use super::format::{
    invalid, schema_sha256, BlobRow, Cell, Delta, DeltaError, NewPlace, DELTA_FORMAT, HEADER_LEN,
};
use crate::snapshot::schema::PLACE_TABLES;
use crate::snapshot::{BlobName, Snapshot};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use rusqlite::types::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

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

fn place_digests(snap: &Snapshot) -> Result<PlaceDigests, DeltaError> {
    let n = snap.dense_place_count()?;
    let filters = snap.filters()?.to_vec();
    if filters.len() != n {
        return Err(invalid("filters do not match places"));
    }
    let mut digests: Vec<[u8; 32]> = filters.iter().map(|f| [*f; 32]).collect();
    for (t, (table, key)) in PLACE_TABLES.iter().enumerate() {
        let cols = snap.columns(table)?;
        let k = key_index(&cols, key)?;
        snap.each_place_table_row(table, |cells| {
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
            Ok::<_, DeltaError>(())
        })?;
    }
    let mut keys = vec![None; n];
    let mut key_to_id = HashMap::with_capacity(n);
    for (id, key) in snap.stable_keys()? {
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

fn key_index(cols: &[String], key: &str) -> Result<usize, DeltaError> {
    cols.iter()
        .position(|c| c == key)
        .ok_or_else(|| invalid(format!("no column {key}")))
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
    let o = Snapshot::open(old)?;
    let n = Snapshot::open(new)?;
    let schema = schema_sha256(&n.schema_entries()?);
    if schema_sha256(&o.schema_entries()?) != schema {
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
    let mut keys = Vec::with_capacity(PLACE_TABLES.len());
    for (table, key) in PLACE_TABLES {
        keys.push(key_index(&n.columns(table)?, key)?);
    }
    for &id in &literal_ids {
        let mut rows = Vec::with_capacity(PLACE_TABLES.len());
        for ((table, _), &k) in PLACE_TABLES.iter().zip(&keys) {
            let found: Vec<Vec<Cell>> = n
                .place_table_rows_of(table, id)?
                .into_iter()
                .map(|cells| {
                    cells
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| *i != k)
                        .map(|(_, v)| Cell::from_value(v))
                        .collect()
                })
                .collect();
            rows.push(found);
        }
        new_places.push(NewPlace {
            rows,
            filter: nd.filters[id as usize],
        });
    }
    let mut whole = Vec::new();
    for table in n.small_tables()? {
        let rows = n
            .small_table_rows(&table)?
            .into_iter()
            .map(|c| c.into_iter().map(Cell::from_value).collect())
            .collect();
        whole.push((table, rows));
    }
    let mut blobs = Vec::new();
    for (rowid, name) in n.blob_names()? {
        let data = match BlobName::parse(&name) {
            BlobName::Other => Some(B64.encode(n.blob(&name)?)),
            _ => None,
        };
        blobs.push(BlobRow { rowid, name, data });
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
        header: crate::sync::manifest::digest_hex(&header),
        schema_sha256: schema,
        whole,
        runs,
        new_places,
        blobs,
    };
    let json = serde_json::to_vec(&delta).map_err(|e| invalid(e.to_string()))?;
    Ok((zstd::bulk::compress(&json, level)?, stats))
}
