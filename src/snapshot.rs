//! The snapshot: one SQLite file holding the cartography, shipped inside the app and replaced
//! whole by sync.
//!
//! Invariants (see `ARCHITECTURE.md` for the schema):
//! - **Deterministic**: the same places and options give a byte-identical file. Nothing reads
//!   the clock; rows are written in a fixed order; the file is vacuumed. Sync signs and diffs
//!   these files.
//! - **Opening costs nothing**: the spatial trees are stored laid out; [`Snapshot::open`] reads
//!   only the metadata, and a need's tree is loaded (one blob copy) the first time it is asked.
//! - **Read-only** on the device: the user's own data lives in another database.
//! - `places.id` is dense (0..n) in spatial order and changes between snapshots; the stable key
//!   of a place is its first provenance `(source, record_id)`.

use crate::hours::Schedule;
use crate::import::SourceInfo;
use crate::need::{Need, NeedSet};
use crate::place::{Access, Delivery, Fees, Hours, Place, Provenance, WifiAccess};
use crate::spatial::{to_e6, Entry, Tree};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Version of the schema below. Bump on any incompatible change; the app refuses a snapshot
/// whose format it does not know.
pub const FORMAT_VERSION: u32 = 1;
/// SQLite `application_id` marking a Tout près snapshot ("TPrs").
pub const APPLICATION_ID: i32 = 0x5450_7273;

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE needs(bit INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label_fr TEXT NOT NULL, pictogram TEXT NOT NULL);
CREATE TABLE sources(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, licence TEXT NOT NULL, licence_url TEXT NOT NULL,
  attribution TEXT NOT NULL, origin TEXT NOT NULL, rows_read INTEGER NOT NULL, rows_kept INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE places(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT, postcode TEXT, commune TEXT,
  lat_e6 INTEGER NOT NULL, lon_e6 INTEGER NOT NULL,
  needs INTEGER NOT NULL, needs_to_check INTEGER NOT NULL,
  hours_osm TEXT, hours_text TEXT,
  phone TEXT, email TEXT, website TEXT,
  fees INTEGER NOT NULL, access INTEGER NOT NULL,
  wheelchair INTEGER, wifi_access TEXT, printer INTEGER, scanner INTEGER,
  kind TEXT, updated TEXT
);
CREATE TABLE details(place INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE provenance(
  place INTEGER NOT NULL, ord INTEGER NOT NULL, source TEXT NOT NULL, record_id TEXT NOT NULL, updated TEXT,
  PRIMARY KEY(place, ord)
) WITHOUT ROWID;
CREATE INDEX provenance_by_record ON provenance(source, record_id);
CREATE VIRTUAL TABLE places_fts USING fts5(
  name, commune, address, content='places', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', detail='column', columnsize=0
);
CREATE TABLE blobs(name TEXT NOT NULL UNIQUE, data BLOB NOT NULL);
";

/// Bits of the per-place filter byte kept in memory for constrained queries.
pub mod filter {
    pub const FREE: u8 = 1;
    pub const WALK_IN: u8 = 2;
    pub const OPEN_TO_ALL: u8 = 4;
    pub const WHEELCHAIR: u8 = 8;
    pub const HAS_HOURS: u8 = 16;
}

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

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub build_date: NaiveDate,
    pub data_version: u64,
    pub region: String,
}

/// A source with its row counts, as stored in `sources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredSource {
    pub info: SourceInfo,
    pub rows_read: i64,
    pub rows_kept: i64,
}

/// The parts of a place that live in `details` (lists and long text).
#[derive(Debug, Default, Serialize, Deserialize)]
struct Details {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    delivery: Vec<(String, Vec<String>)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    publics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    terms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

impl Details {
    fn of(p: &Place) -> Details {
        Details {
            delivery: Need::ALL
                .iter()
                .filter(|n| !p.delivery_for(**n).is_empty())
                .map(|n| {
                    (
                        n.id().to_string(),
                        p.delivery_for(*n)
                            .names()
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                    )
                })
                .collect(),
            publics: p.publics.clone(),
            languages: p.languages.clone(),
            terms: p.source_terms.clone(),
            description: p.description.clone(),
        }
    }
    fn is_empty(&self) -> bool {
        self.delivery.is_empty()
            && self.publics.is_empty()
            && self.languages.is_empty()
            && self.terms.is_empty()
            && self.description.is_none()
    }
}

fn wifi_access_name(w: WifiAccess) -> &'static str {
    match w {
        WifiAccess::Open => "open",
        WifiAccess::CodeAtDesk => "code_at_desk",
        WifiAccess::Registration => "registration",
        WifiAccess::Paid => "paid",
        WifiAccess::Customers => "customers",
    }
}

fn wifi_access_from(s: &str) -> Option<WifiAccess> {
    Some(match s {
        "open" => WifiAccess::Open,
        "code_at_desk" => WifiAccess::CodeAtDesk,
        "registration" => WifiAccess::Registration,
        "paid" => WifiAccess::Paid,
        "customers" => WifiAccess::Customers,
        _ => return None,
    })
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

fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> SnapshotError + '_ {
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
            "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
             PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {FORMAT_VERSION};"
        ))
        .map_err(&err)?;
        conn.execute_batch(SCHEMA).map_err(&err)?;
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
        let mut tree_entries: Vec<Vec<Entry>> = vec![Vec::new(); 16];
        {
            let mut ins = tx
                .prepare(
                    "INSERT INTO places VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
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
                ])
                .map_err(&err)?;
                let details = Details::of(p);
                if !details.is_empty() {
                    let json = serde_json::to_string(&details).expect("details serialize");
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
            b.execute(params!["filters", filters]).map_err(&err)?;
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

fn tree_slot(need: Need, to_check: bool) -> usize {
    need.bit() as usize + if to_check { 8 } else { 0 }
}

fn tree_name(need: Need, to_check: bool) -> String {
    if to_check {
        format!("tree-to-check:{}", need.id())
    } else {
        format!("tree:{}", need.id())
    }
}

/// An open snapshot. Cheap to open; each need's tree loads on first use.
pub struct Snapshot {
    conn: Connection,
    path: String,
    meta: Meta,
    trees: [OnceLock<Tree>; 16],
    filters: OnceLock<Vec<u8>>,
    schedules: std::sync::Mutex<HashMap<String, Option<std::sync::Arc<Schedule>>>>,
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
}

impl Snapshot {
    /// Open a snapshot read-only, checking that it is one and that its format is known.
    pub fn open(path: &Path) -> Result<Snapshot, SnapshotError> {
        let p = path.display().to_string();
        if !path.is_file() {
            return Err(SnapshotError::Invalid {
                path: p,
                detail: "no such file".into(),
            });
        }
        let err = sql_err(path);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(&err)?;
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

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> SnapshotError + '_ {
        move |source| SnapshotError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn blob(&self, name: &str) -> Result<Vec<u8>, SnapshotError> {
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
        let bytes = self.blob("filters")?;
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
                        (SELECT source || ':' || record_id FROM provenance WHERE place = places.id AND ord = 0)
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
                        (SELECT json FROM details WHERE place = places.id)
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
                    ..Default::default()
                };
                if let Some(d) = details.and_then(|j| serde_json::from_str::<Details>(&j).ok()) {
                    for (need_id, hows) in d.delivery {
                        if let Some(need) = Need::from_id(&need_id) {
                            for how in hows {
                                if let Some((flag, _)) =
                                    Delivery::NAMES.iter().find(|(_, n)| *n == how)
                                {
                                    p.add_delivery(need, *flag);
                                }
                            }
                        }
                    }
                    p.publics = d.publics;
                    p.languages = d.languages;
                    p.source_terms = d.terms;
                    p.description = d.description;
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
