//! The deterministic writer: the same places and options give a byte-identical file, because
//! sync signs these files and rebuilds them from deltas. Nothing reads the clock; ids follow
//! space (Z-order, ties broken by the stable key); rows go in id order; the file ends vacuumed.

use super::schema::{
    self, filter, former_names_cell, tree_name, tree_slot, wifi_access_name, Details,
    APPLICATION_ID, FILTERS_BLOB, FORMAT_VERSION, TREE_SLOTS,
};
use super::{Meta, SnapshotError, StoredSource};
use crate::need::Need;
use crate::place::{Access, Fees, Place};
use crate::spatial::{to_e6, Entry, Tree};
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub build_date: NaiveDate,
    pub data_version: u64,
    pub region: String,
}

fn filter_byte(p: &Place) -> u8 {
    let mut f = 0;
    if p.fees.contains(Fees::FREE) {
        f |= filter::FREE;
    }
    if p.access.contains(Access::WALK_IN) {
        f |= filter::WALK_IN;
    }
    if p.open_to_all() == Some(true) {
        f |= filter::OPEN_TO_ALL;
    }
    if p.wheelchair == Some(true) {
        f |= filter::WHEELCHAIR;
    }
    if p.hours.osm.is_some() {
        f |= filter::HAS_HOURS;
    }
    f
}

/// Z-order key of a point, so that place ids follow space (nearby places, nearby rows).
fn z_order(lat_e6: i32, lon_e6: i32) -> u64 {
    let spread = |v: u32| -> u64 {
        let mut x = v as u64;
        x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFF;
        x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FF;
        x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
        x = (x | (x << 2)) & 0x3333_3333_3333_3333;
        x = (x | (x << 1)) & 0x5555_5555_5555_5555;
        x
    };
    let la = ((lat_e6 as i64 + 90_000_000) * 65535 / 180_000_000) as u32;
    let lo = ((lon_e6 as i64 + 180_000_000) * 65535 / 360_000_000) as u32;
    spread(la) << 1 | spread(lo)
}

pub(super) fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> SnapshotError + '_ {
    move |source| SnapshotError::Sqlite {
        path: path.display().to_string(),
        source,
    }
}

/// Write a snapshot to `path` (through a temporary file renamed at the end, so a failed build
/// never leaves a half-written snapshot behind).
pub fn write(
    path: &Path,
    sources: &[StoredSource],
    places: &[Place],
    opts: &BuildOptions,
) -> Result<Meta, SnapshotError> {
    let tmp = PathBuf::from(format!("{}.tmp", path.display()));
    let _ = std::fs::remove_file(&tmp);
    let err = sql_err(path);
    {
        let mut conn = Connection::open(&tmp).map_err(&err)?;
        conn.execute_batch(&format!(
            "{}
             PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {FORMAT_VERSION};",
            schema::WRITE_PRAGMAS
        ))
        .map_err(&err)?;
        for (_, sql) in schema::STATEMENTS {
            conn.execute_batch(sql).map_err(&err)?;
        }
        let tx = conn.transaction().map_err(&err)?;
        let meta = Meta {
            format_version: FORMAT_VERSION,
            data_version: opts.data_version,
            build_date: opts.build_date,
            region: opts.region.clone(),
            place_count: places.len() as u64,
        };
        {
            let mut m = tx
                .prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)")
                .map_err(&err)?;
            for (k, v) in [
                ("format_version", meta.format_version.to_string()),
                ("data_version", meta.data_version.to_string()),
                ("build_date", meta.build_date.to_string()),
                ("region", meta.region.clone()),
                ("place_count", meta.place_count.to_string()),
            ] {
                m.execute(params![k, v]).map_err(&err)?;
            }
            let mut n = tx
                .prepare("INSERT INTO needs VALUES (?1, ?2, ?3, ?4)")
                .map_err(&err)?;
            for need in Need::ALL {
                n.execute(params![
                    need.bit(),
                    need.id(),
                    need.label_fr(),
                    need.pictogram()
                ])
                .map_err(&err)?;
            }
            let mut s = tx
                .prepare("INSERT INTO sources VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .map_err(&err)?;
            for src in sources {
                let i = &src.info;
                s.execute(params![
                    i.id,
                    i.name,
                    i.licence,
                    i.licence_url,
                    i.attribution,
                    i.origin,
                    src.rows_read,
                    src.rows_kept
                ])
                .map_err(&err)?;
            }
        }
        // Spatial order, ties broken by the stable key: the same places always get the same ids.
        let mut order: Vec<usize> = (0..places.len()).collect();
        order.sort_by_cached_key(|&i| {
            let p = &places[i];
            (z_order(to_e6(p.lat), to_e6(p.lon)), p.id.clone())
        });
        let mut filters = Vec::with_capacity(places.len());
        // Trees 0..8: places where a source states the need; 8..16: where it is only likely.
        let mut tree_entries: Vec<Vec<Entry>> = vec![Vec::new(); TREE_SLOTS];
        {
            let mut ins = tx
                .prepare(
                    "INSERT INTO places VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
                )
                .map_err(&err)?;
            let mut det = tx
                .prepare("INSERT INTO details VALUES (?1, ?2)")
                .map_err(&err)?;
            let mut prov = tx
                .prepare("INSERT INTO provenance VALUES (?1, ?2, ?3, ?4, ?5)")
                .map_err(&err)?;
            for (new_id, &i) in order.iter().enumerate() {
                let p = &places[i];
                let id = new_id as i64;
                let (lat_e6, lon_e6) = (to_e6(p.lat), to_e6(p.lon));
                ins.execute(params![
                    id,
                    p.name,
                    p.address,
                    p.postcode,
                    p.commune,
                    lat_e6,
                    lon_e6,
                    p.needs.0,
                    p.needs_to_check.0,
                    p.hours.osm,
                    p.hours.text,
                    p.phone,
                    p.email,
                    p.website,
                    p.fees.0,
                    p.access.0,
                    p.wheelchair,
                    p.wifi_access.map(wifi_access_name),
                    p.printer,
                    p.scanner,
                    p.kind,
                    p.last_updated().map(|d| d.to_string()),
                    former_names_cell(&p.former_names),
                ])
                .map_err(&err)?;
                let details = Details::of(p);
                if !details.is_empty() {
                    let json =
                        serde_json::to_string(&details).map_err(|e| SnapshotError::Invalid {
                            path: path.display().to_string(),
                            detail: format!("details of {}: {e}", p.id),
                        })?;
                    det.execute(params![id, json]).map_err(&err)?;
                }
                // `ord` 0 is the record that gives the place its stable key.
                for (ord, pr) in p.provenance.iter().enumerate() {
                    prov.execute(params![
                        id,
                        ord as i64,
                        pr.source,
                        pr.record_id,
                        pr.updated.map(|d| d.to_string())
                    ])
                    .map_err(&err)?;
                }
                filters.push(filter_byte(p));
                let entry = Entry::new(new_id as u32, lat_e6, lon_e6);
                for need in p.needs.iter() {
                    tree_entries[tree_slot(need, false)].push(entry);
                }
                for need in p.needs_to_check.minus(p.needs).iter() {
                    tree_entries[tree_slot(need, true)].push(entry);
                }
            }
        }
        tx.execute("INSERT INTO places_fts(places_fts) VALUES ('rebuild')", [])
            .map_err(&err)?;
        {
            let mut b = tx
                .prepare("INSERT INTO blobs(name, data) VALUES (?1, ?2)")
                .map_err(&err)?;
            b.execute(params![FILTERS_BLOB, filters]).map_err(&err)?;
            for to_check in [false, true] {
                for need in Need::ALL {
                    let entries = std::mem::take(&mut tree_entries[tree_slot(need, to_check)]);
                    let tree = Tree::build(entries);
                    b.execute(params![tree_name(need, to_check), tree.to_bytes()])
                        .map_err(&err)?;
                }
            }
        }
        tx.commit().map_err(&err)?;
        conn.execute_batch("INSERT INTO places_fts(places_fts) VALUES ('optimize'); VACUUM;")
            .map_err(&err)?;
        conn.close().map_err(|(_, e)| err(e))?;
        std::fs::rename(&tmp, path).map_err(|source| SnapshotError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(meta)
    }
}
