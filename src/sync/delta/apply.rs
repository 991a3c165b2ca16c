//! The phone's side: rebuild the delta's target from the installed snapshot into a new file.
//! The rebuild itself (scratch database, side tables, `VACUUM INTO`) is the snapshot module's
//! (`snapshot::rebuild`); this side turns the delta into the plan it follows and builds the
//! blobs: the filter bytes, and the k-d trees from the old file's trees with new ids.

use super::format::{
    invalid, parse, schema_sha256, unhex, Cell, Delta, DeltaError, NewPlace, HEADER_LEN,
};
use super::work::{self, WorkFiles};
use crate::need::NeedSet;
use crate::snapshot::rebuild::{fill_side, Plan, Rows, Scratch};
use crate::snapshot::schema::{tree_slot, PLACES, PLACE_TABLES, TREE_SLOTS};
use crate::snapshot::{BlobName, Snapshot};
use crate::spatial::{Entry, Tree};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use web_time::{Duration, Instant};

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
    last: Instant,
}

impl Phases {
    fn new() -> Phases {
        Phases {
            times: Vec::new(),
            last: Instant::now(),
        }
    }

    fn done(&mut self, name: &'static str) {
        let now = Instant::now();
        self.times
            .push((name, (now - self.last).as_secs_f64() * 1e3));
        self.last = now;
    }

    fn beside(&mut self, name: &'static str, took: Duration) {
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
    let (d, header) = parsed(delta, old_sha256)?;
    phases.done("decompress + parse");
    rebuild_into(old, &d, out, scratch, &mut phases)?;
    // The caller syncs the file while it verifies it (on other cores).
    std::fs::OpenOptions::new()
        .write(true)
        .open(out)?
        .write_all(&header)?;
    phases.done("header");
    Ok(phases.times)
}

/// [`apply`] where snapshots are bytes (the browser): the target's bytes, rebuilt from the
/// bytes of `old`. The work files live in the platform's work folder ([`WorkFiles`]) and are
/// gone when this returns. The caller checks the result against the signed manifest.
pub fn apply_bytes(old: &[u8], old_sha256: &str, delta: &[u8]) -> Result<Vec<u8>, DeltaError> {
    let (d, header) = parsed(delta, old_sha256)?;
    let mut work = WorkFiles::new()?;
    let old = work.put("old.sqlite", old)?;
    let out = work.path("new.sqlite");
    let scratch = work.path("new.sqlite.scratch");
    rebuild_into(&old, &d, &out, &scratch, &mut Phases::new())?;
    let mut bytes = work.read(&out)?;
    if bytes.len() < HEADER_LEN {
        return Err(invalid("the rebuilt file is shorter than its header"));
    }
    bytes[..HEADER_LEN].copy_from_slice(&header);
    Ok(bytes)
}

/// The delta read, checked to start from the snapshot whose SHA-256 is `old_sha256`, and the
/// target's file header it carries.
fn parsed(delta: &[u8], old_sha256: &str) -> Result<(Delta, Vec<u8>), DeltaError> {
    let d = parse(delta)?;
    if d.from_sha256 != old_sha256 {
        return Err(invalid("this delta starts from another snapshot"));
    }
    let header = unhex(&d.header)
        .filter(|h| h.len() == HEADER_LEN)
        .ok_or_else(|| invalid("header"))?;
    Ok((d, header))
}

/// [`rebuild`] into `out`, over whatever an earlier failed attempt left; the scratch file is
/// removed whatever happens.
fn rebuild_into(
    old: &Path,
    d: &Delta,
    out: &Path,
    scratch: &Path,
    phases: &mut Phases,
) -> Result<(), DeltaError> {
    for p in [out, scratch] {
        work::remove(p)?;
    }
    let result = rebuild(old, d, out, scratch, phases);
    let _ = work::remove(scratch);
    result
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

/// The rebuild runs on three threads:
/// - here, the scratch database (in memory): places copied with their new ids, the small
///   tables, the full-text index rebuilt and optimized exactly as the writer does;
/// - beside it, in the work file `side`, the other place tables (provenance, details) and their
///   index, the costliest sort of the rebuild;
/// - the spatial trees, from the old file and the delta.
///
/// Then the side tables move into the scratch, the blobs go in, and `VACUUM INTO` writes the
/// file (see `snapshot::rebuild` for why the result is the published file).
fn rebuild(
    old: &Path,
    d: &Delta,
    out: &Path,
    side: &Path,
    phases: &mut Phases,
) -> Result<(), DeltaError> {
    let mut scratch = Scratch::open(old)?;
    if schema_sha256(&scratch.old_schema_entries()?) != d.schema_sha256 {
        return Err(invalid("the installed snapshot has another schema"));
    }
    scratch.create_tables()?;
    let old_filters = scratch.old_filters()?;
    let map = place_map(d, &old_filters)?;
    let plan = plan(&map)?;
    let small = small_tables(d)?;
    phases.done("schema + id map");
    let (side_took, trees, here) = work::run_beside(
        || {
            let start = Instant::now();
            fill_side(old, side, &plan)
                .map(|_| start.elapsed())
                .map_err(DeltaError::from)
        },
        || {
            let start = Instant::now();
            build_trees(old, d, &map, old_filters.len()).map(|t| (t, start.elapsed()))
        },
        || {
            let here = scratch.fill(&plan, &small).map_err(DeltaError::from);
            phases.done("places + small tables + full-text rebuild, optimize");
            here
        },
    );
    here?;
    let (side_took, (trees, trees_took)) = (side_took?, trees?);
    phases.beside("‖ provenance, details + their index (thread 2)", side_took);
    phases.beside("‖ k-d trees (thread 3)", trees_took);
    phases.done("wait for threads 2 and 3");
    let mut blobs = Vec::with_capacity(d.blobs.len());
    for b in &d.blobs {
        let data = match BlobName::parse(&b.name) {
            BlobName::Filters => map.filters.clone(),
            BlobName::Tree { need, to_check } => trees
                .get(&tree_slot(need, to_check))
                .cloned()
                .unwrap_or_default(),
            BlobName::Other => b
                .data
                .as_deref()
                .and_then(|s| B64.decode(s).ok())
                .ok_or_else(|| invalid(format!("blob {} has no data", b.name)))?,
        };
        blobs.push((b.rowid, b.name.clone(), data));
    }
    scratch.move_in(side, &blobs)?;
    phases.done("move side tables in + blobs");
    scratch.write_to(out)?;
    phases.done("VACUUM INTO");
    Ok(())
}

/// The snapshot module's plan from the place map: the runs, and the carried rows as values.
fn plan(map: &PlaceMap) -> Result<Plan, DeltaError> {
    let mut given = Vec::with_capacity(map.literal.len());
    for (id, p) in &map.literal {
        let tables = p
            .rows
            .iter()
            .map(|rows| {
                rows.iter()
                    .map(|row| row.iter().map(Cell::to_value).collect())
                    .collect()
            })
            .collect::<Result<_, _>>()?;
        given.push((*id, tables));
    }
    Ok(Plan {
        copies: map.copies.clone(),
        given,
    })
}

/// The small tables the delta carries whole, as values.
fn small_tables(d: &Delta) -> Result<Vec<(String, Rows)>, DeltaError> {
    d.whole
        .iter()
        .map(|(table, rows)| {
            let rows = rows
                .iter()
                .map(|row| row.iter().map(Cell::to_value).collect())
                .collect::<Result<_, _>>()?;
            Ok((table.clone(), rows))
        })
        .collect()
}

/// The spatial trees the delta's `blobs` ask for, by slot (see `snapshot::schema::tree_slot`),
/// built as the writer builds them: places in id order, in the tree of each need they state,
/// and in the "to check" tree of each need only likely. A copied place has the same needs in
/// both files, so its entry comes from the old file's tree of the same name, with its new id;
/// the new places' entries come from the delta. Reading the old trees (12 bytes a place)
/// instead of the old places table (90) is what lets this thread finish well before the other
/// two.
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
    let mut wanted = [false; TREE_SLOTS];
    let mut entries: Vec<Vec<Entry>> = vec![Vec::new(); TREE_SLOTS];
    let snap = Snapshot::open(old)?;
    for b in &d.blobs {
        let BlobName::Tree { need, to_check } = BlobName::parse(&b.name) else {
            continue;
        };
        let slot = tree_slot(need, to_check);
        if std::mem::replace(&mut wanted[slot], true) {
            continue;
        }
        let tree = snap
            .tree(need, to_check)
            .map_err(|_| invalid(format!("the old file has no usable {}", b.name)))?;
        for e in tree.entries() {
            match new_id.get(e.id() as usize) {
                Some(&GONE) => {}
                Some(&n) => entries[slot].push(Entry::new(n, e.lat_e6, e.lon_e6)),
                None => return Err(invalid(format!("old {} names no place", b.name))),
            }
        }
    }
    // A carried place's places row has every column but the id.
    let t = PLACE_TABLES
        .iter()
        .position(|(t, _)| *t == PLACES)
        .ok_or_else(|| invalid("no places table"))?;
    let cols = snap.columns(PLACES)?;
    drop(snap);
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
            entries[tree_slot(need, false)].push(entry);
        }
        for need in to_check.minus(needs).iter() {
            entries[tree_slot(need, true)].push(entry);
        }
    }
    Ok((0..TREE_SLOTS)
        .filter(|&slot| wanted[slot])
        .map(|slot| {
            let e = std::mem::take(&mut entries[slot]);
            (slot, Tree::build(e).to_bytes())
        })
        .collect())
}

fn key_index(cols: &[String], key: &str) -> Result<usize, DeltaError> {
    cols.iter()
        .position(|c| c == key)
        .ok_or_else(|| invalid(format!("no column {key}")))
}

/// Where [`apply`] puts its work file next to `out`.
pub fn scratch_path(out: &Path) -> PathBuf {
    PathBuf::from(format!("{}.scratch", out.display()))
}
