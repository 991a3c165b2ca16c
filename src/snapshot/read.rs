//! The reader: [`Snapshot`] opens a file by reading only `meta`, loads a need's tree the first
//! time it is asked, and answers the app's questions through named queries. The connection
//! stays inside this module, so the rest of the app never writes SQL against the format and a
//! change of schema is made here and in `schema.rs` only.

use super::schema::{
    former_names_from, tree_name, tree_slot, wifi_access_from, Details, APPLICATION_ID,
    FILTERS_BLOB, FORMAT_VERSION, TREE_SLOTS,
};
use super::write::sql_err;
use super::{Meta, SnapshotError, StoredSource};
use crate::hours::Schedule;
use crate::import::SourceInfo;
use crate::need::{Need, NeedSet};
use crate::place::{Access, Fees, Hours, Place, Provenance};
use crate::procedure::Procedure;
use crate::spatial::Tree;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

/// An open snapshot. Cheap to open; each need's tree loads on first use.
pub struct Snapshot {
    conn: Connection,
    path: String,
    meta: Meta,
    trees: [OnceLock<Tree>; TREE_SLOTS],
    filters: OnceLock<Vec<u8>>,
    schedules: std::sync::Mutex<HashMap<String, Option<std::sync::Arc<Schedule>>>>,
}

/// A place that names its commune, as the no-typing picker reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunePlace {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub commune: String,
    pub kind: Option<String>,
}

/// The few columns a result list shows, read without the details.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceRow {
    pub id: u32,
    /// Stable key `source:record` (see [`Snapshot::find_by_key`]).
    pub key: String,
    pub name: String,
    pub commune: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub needs: NeedSet,
    pub needs_to_check: NeedSet,
    pub hours: Hours,
    /// Names the place was known by before (see [`Place::former_names`]).
    pub former_names: Vec<String>,
}

impl Snapshot {
    /// Open a snapshot read-only, checking that it is one and that its format is known.
    pub fn open(path: &Path) -> Result<Snapshot, SnapshotError> {
        let p = path.display().to_string();
        // In the browser, files are SQLite's own (in memory, see `sync::delta`), which std
        // cannot see: SQLite alone tells there whether the file is there.
        if cfg!(not(target_arch = "wasm32")) && !path.is_file() {
            return Err(SnapshotError::Invalid {
                path: p,
                detail: "no such file".into(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sql_err(path))?;
        Snapshot::checked(conn, p)
    }

    /// Open a snapshot held in memory (the browser, which has no files): the bundled bytes or
    /// a synced snapshot read back from the browser's storage. The same checks as [`open`].
    ///
    /// [`open`]: Snapshot::open
    pub fn from_bytes(bytes: &[u8], label: &str) -> Result<Snapshot, SnapshotError> {
        let path = Path::new(label);
        let mut conn = Connection::open_in_memory().map_err(sql_err(path))?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), true)
            .map_err(sql_err(path))?;
        Snapshot::checked(conn, label.to_string())
    }

    /// Checks that `conn` holds a snapshot of a format this app reads, and reads its `meta`.
    fn checked(conn: Connection, p: String) -> Result<Snapshot, SnapshotError> {
        let label = p.clone();
        let err = sql_err(Path::new(&label));
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(&err)?;
        if app_id != APPLICATION_ID {
            return Err(SnapshotError::Invalid {
                path: p,
                detail: "not a Tout près snapshot".into(),
            });
        }
        let get = |k: &str| -> Result<String, SnapshotError> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                .map_err(&err)
        };
        let format_version: u32 = get("format_version")?.parse().unwrap_or(0);
        if format_version != FORMAT_VERSION {
            return Err(SnapshotError::Invalid {
                path: p,
                detail: format!("format version {format_version}, this app reads {FORMAT_VERSION}"),
            });
        }
        let bad = |what: &str| SnapshotError::Invalid {
            path: p.clone(),
            detail: format!("bad {what} in meta"),
        };
        let meta = Meta {
            format_version,
            data_version: get("data_version")?
                .parse()
                .map_err(|_| bad("data_version"))?,
            build_date: get("build_date")?.parse().map_err(|_| bad("build_date"))?,
            region: get("region")?,
            place_count: get("place_count")?
                .parse()
                .map_err(|_| bad("place_count"))?,
        };
        Ok(Snapshot {
            conn,
            path: p,
            meta,
            trees: Default::default(),
            filters: OnceLock::new(),
            schedules: Default::default(),
        })
    }

    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    pub(super) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(super) fn path(&self) -> &str {
        &self.path
    }

    pub(super) fn err(&self) -> impl Fn(rusqlite::Error) -> SnapshotError + '_ {
        move |source| SnapshotError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The bytes of a named blob (see [`super::BlobName`]).
    pub(crate) fn blob(&self, name: &str) -> Result<Vec<u8>, SnapshotError> {
        self.conn
            .query_row("SELECT data FROM blobs WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .map_err(self.err())
    }

    /// The spatial tree of one need (places stating it, or with `to_check` places where it is
    /// only likely), loaded on first use.
    pub fn tree(&self, need: Need, to_check: bool) -> Result<&Tree, SnapshotError> {
        let slot = &self.trees[tree_slot(need, to_check)];
        if let Some(t) = slot.get() {
            return Ok(t);
        }
        let bytes = self.blob(&tree_name(need, to_check))?;
        let tree = Tree::from_bytes(&bytes).ok_or_else(|| SnapshotError::Invalid {
            path: self.path.clone(),
            detail: format!("corrupt tree for {need}"),
        })?;
        Ok(slot.get_or_init(|| tree))
    }

    /// One filter byte per place (see [`filter`]).
    pub fn filters(&self) -> Result<&[u8], SnapshotError> {
        if let Some(f) = self.filters.get() {
            return Ok(f);
        }
        let bytes = self.blob(FILTERS_BLOB)?;
        if bytes.len() as u64 != self.meta.place_count {
            return Err(SnapshotError::Invalid {
                path: self.path.clone(),
                detail: "filters do not match places".into(),
            });
        }
        Ok(self.filters.get_or_init(|| bytes))
    }

    /// Parsed schedule for an OSM expression, cached (a region has few distinct expressions).
    pub fn schedule(&self, osm: &str) -> Option<std::sync::Arc<Schedule>> {
        let mut cache = self.schedules.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(osm.to_string())
            .or_insert_with(|| Schedule::parse(osm).ok().map(std::sync::Arc::new))
            .clone()
    }

    pub fn place_row(&self, id: u32) -> Result<Option<PlaceRow>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name, commune, lat_e6, lon_e6, needs, needs_to_check, hours_osm, hours_text,
                        (SELECT source || ':' || record_id FROM provenance WHERE place = places.id AND ord = 0),
                        former_names
                 FROM places WHERE id = ?1",
            )
            .map_err(self.err())?;
        stmt.query_row([id], |r| {
            Ok(PlaceRow {
                id,
                key: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                name: r.get(0)?,
                commune: r.get(1)?,
                lat: r.get::<_, i64>(2)? as f64 / 1e6,
                lon: r.get::<_, i64>(3)? as f64 / 1e6,
                needs: NeedSet(r.get(4)?),
                needs_to_check: NeedSet(r.get(5)?),
                hours: Hours {
                    osm: r.get(6)?,
                    text: r.get(7)?,
                },
                former_names: former_names_from(r.get(9)?),
            })
        })
        .optional()
        .map_err(self.err())
    }

    /// A whole place, with details and provenance.
    pub fn place(&self, id: u32) -> Result<Option<Place>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name, address, postcode, commune, lat_e6, lon_e6, needs, needs_to_check, hours_osm, hours_text,
                        phone, email, website, fees, access, wheelchair, wifi_access, printer, scanner, kind,
                        (SELECT json FROM details WHERE place = places.id), former_names
                 FROM places WHERE id = ?1",
            )
            .map_err(self.err())?;
        let row = stmt
            .query_row([id], |r| {
                let details: Option<String> = r.get(20)?;
                let mut p = Place {
                    name: r.get(0)?,
                    address: r.get(1)?,
                    postcode: r.get(2)?,
                    commune: r.get(3)?,
                    lat: r.get::<_, i64>(4)? as f64 / 1e6,
                    lon: r.get::<_, i64>(5)? as f64 / 1e6,
                    needs: NeedSet(r.get(6)?),
                    needs_to_check: NeedSet(r.get(7)?),
                    hours: Hours {
                        osm: r.get(8)?,
                        text: r.get(9)?,
                    },
                    phone: r.get(10)?,
                    email: r.get(11)?,
                    website: r.get(12)?,
                    fees: Fees(r.get(13)?),
                    access: Access(r.get(14)?),
                    wheelchair: r.get(15)?,
                    wifi_access: r
                        .get::<_, Option<String>>(16)?
                        .as_deref()
                        .and_then(wifi_access_from),
                    printer: r.get(17)?,
                    scanner: r.get(18)?,
                    kind: r.get(19)?,
                    former_names: former_names_from(r.get(21)?),
                    ..Default::default()
                };
                if let Some(d) = details.and_then(|j| serde_json::from_str::<Details>(&j).ok()) {
                    d.fill(&mut p);
                }
                Ok(p)
            })
            .optional()
            .map_err(self.err())?;
        let Some(mut place) = row else {
            return Ok(None);
        };
        let mut prov = self
            .conn
            .prepare_cached(
                "SELECT source, record_id, updated FROM provenance WHERE place = ?1 ORDER BY ord",
            )
            .map_err(self.err())?;
        place.provenance = prov
            .query_map([id], |r| {
                Ok(Provenance {
                    source: r.get(0)?,
                    record_id: r.get(1)?,
                    updated: r.get::<_, Option<String>>(2)?.and_then(|s| s.parse().ok()),
                })
            })
            .map_err(self.err())?
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        place.id = place
            .provenance
            .first()
            .map(|p| format!("{}:{}", p.source, p.record_id))
            .unwrap_or_default();
        Ok(Some(place))
    }

    /// The procedures a place's sources say it helps with (empty when they say none), read
    /// from its details without decoding the rest of them.
    pub fn procedures_of(&self, id: u32) -> Result<Vec<Procedure>, SnapshotError> {
        let json: Option<Option<String>> = self
            .conn
            .prepare_cached(
                "SELECT json_extract(json, '$.procedures') FROM details WHERE place = ?1",
            )
            .map_err(self.err())?
            .query_row([id], |r| r.get(0))
            .optional()
            .map_err(self.err())?;
        Ok(json
            .flatten()
            .and_then(|j| serde_json::from_str::<Vec<String>>(&j).ok())
            .unwrap_or_default()
            .iter()
            .filter_map(|s| Procedure::from_id(s))
            .collect())
    }

    /// Find a place by its stable key `<source>:<record id>` (favourites keep these keys,
    /// since `places.id` changes between snapshots).
    pub fn find_by_key(&self, key: &str) -> Result<Option<u32>, SnapshotError> {
        let Some((source, record)) = key.split_once(':') else {
            return Ok(None);
        };
        self.conn
            .query_row(
                "SELECT place FROM provenance WHERE source = ?1 AND record_id = ?2",
                params![source, record],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err())
    }

    /// The record id of a place's first record (`provenance.ord = 0`): the id its source knows
    /// it by, without the source (benchmarks compare answers with it).
    pub fn first_record_id(&self, place: u32) -> Result<Option<String>, SnapshotError> {
        self.conn
            .prepare_cached("SELECT record_id FROM provenance WHERE place = ?1 AND ord = 0")
            .map_err(self.err())?
            .query_row([place], |r| r.get(0))
            .optional()
            .map_err(self.err())
    }

    /// Every place that names its commune, in id order (the picker groups them by commune).
    pub fn places_in_communes(&self) -> Result<Vec<CommunePlace>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT name, lat_e6, lon_e6, commune, kind FROM places WHERE commune IS NOT NULL ORDER BY id",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(CommunePlace {
                    name: r.get(0)?,
                    lat: r.get::<_, i64>(1)? as f64 / 1e6,
                    lon: r.get::<_, i64>(2)? as f64 / 1e6,
                    commune: r.get(3)?,
                    kind: r.get(4)?,
                })
            })
            .map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// Every place's postcode (if known) and point, in id order: where an edition's places
    /// are, for the publisher's list of editions.
    pub fn postcodes_and_points(&self) -> Result<Vec<(Option<String>, f64, f64)>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare("SELECT postcode, lat_e6, lon_e6 FROM places ORDER BY id")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, i64>(1)? as f64 / 1e6,
                    r.get::<_, i64>(2)? as f64 / 1e6,
                ))
            })
            .map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// Ids of the places whose name, commune, address or former names match an FTS5 query,
    /// most relevant first (the name weighs most, then a former name, then the commune), at
    /// most `limit`.
    pub fn search_text(&self, fts_query: &str, limit: usize) -> Result<Vec<u32>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rowid FROM places_fts WHERE places_fts MATCH ?1 ORDER BY bm25(places_fts, 10.0, 3.0, 1.0, 5.0), rowid LIMIT ?2",
            )
            .map_err(self.err())?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let ids = stmt
            .query_map(params![fts_query, limit], |r| r.get(0))
            .map_err(self.err())?
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        Ok(ids)
    }

    pub fn sources(&self) -> Result<Vec<StoredSource>, SnapshotError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, licence, licence_url, attribution, origin, rows_read, rows_kept FROM sources ORDER BY id")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(StoredSource {
                    info: SourceInfo {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        licence: r.get(2)?,
                        licence_url: r.get(3)?,
                        attribution: r.get(4)?,
                        origin: r.get(5)?,
                    },
                    rows_read: r.get(6)?,
                    rows_kept: r.get(7)?,
                })
            })
            .map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// Quick structural check (used after a sync download and by tests).
    pub fn integrity_check(&self) -> Result<(), SnapshotError> {
        let r: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(self.err())?;
        if r != "ok" {
            return Err(SnapshotError::Invalid {
                path: self.path.clone(),
                detail: format!("integrity: {r}"),
            });
        }
        for need in Need::ALL {
            self.tree(need, false)?;
            self.tree(need, true)?;
        }
        self.filters()?;
        Ok(())
    }
}
