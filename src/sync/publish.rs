//! The publisher's side: turn a new snapshot into a folder any static host can serve.
//!
//! ```text
//! <site>/manifest                          signed; written last, so it never names a missing file
//! <site>/snapshots/<version>.sqlite.zst    the full snapshot of every published version
//! <site>/deltas/<from>-<to>.tpdelta        from each of the last N versions to the newest
//! <site>/maps/<area>-<sha256 prefix>.tpmp.zst  the offline street map layer, if one is offered
//! ```
//!
//! A host serving several editions keeps one such folder per edition and a signed list of
//! them ([`publish_edition`], [`super::editions`]).
//!
//! Publishing is deterministic (zstd at a fixed level, ed25519 signatures are deterministic,
//! no clock: the expiry date is given or derived from the build date), refuses a version not
//! above the published one, and checks every delta by applying it before writing it.
//!
//! **Map layer.** A street map layer ([`crate::map::MapLayer`]) may be published beside the
//! snapshot ([`PublishOptions::map_layer`]): it must decode, is compressed like the snapshot
//! and named by its content (`maps/<area>-<first 16 hex of its SHA-256>.tpmp.zst`, so a phone
//! downloading an older manifest's layer never gets the newer bytes under the older hash), and
//! the manifest names it ([`manifest::MapRef`]). Streets change more slowly than help places:
//! a publication without a layer keeps naming the one published before, and the same snapshot
//! may be published again with only a new layer (same version, same bytes); any other
//! version not above the published one is still refused.

use super::delta;
use super::editions::{self, EditionEntry, EditionsIndex};
use super::manifest::{
    self, DeltaRef, FileRef, Manifest, MapRef, PublicKey, SecretKey, MANIFEST_FORMAT,
};
use crate::edition::department_centres;
use crate::files::{sha256_file, write_atomically};
use crate::snapshot::Snapshot;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct PublishOptions {
    /// Deltas from this many earlier versions.
    pub deltas: usize,
    /// The manifest's expiry date.
    pub expires: NaiveDate,
    pub min_app_version: String,
    /// zstd level of the full snapshot, the deltas and the map layer.
    pub level: i32,
    /// A map layer to publish beside the snapshot; `None` keeps the one published before.
    pub map_layer: Option<MapLayerSource>,
    /// The address where the publisher receives field contributions, named in the manifest
    /// ([`Manifest::contributions`]); `None` keeps the one published before.
    pub contributions: Option<String>,
    /// While rotating keys: the next key, named in every manifest this key signs
    /// ([`Manifest::next_key`]), so phones learn it before it signs anything.
    pub next_key: Option<PublicKey>,
    /// Keys that signed the site before this one: once the next key signs, the site the old
    /// key published is read with them. Any other key's site is refused.
    pub previous_keys: Vec<PublicKey>,
}

impl PublishOptions {
    /// The keys the site already published may be signed with: this one, or a previous one.
    fn readable_with(&self, key: &SecretKey) -> Vec<PublicKey> {
        std::iter::once(key.public())
            .chain(self.previous_keys.iter().cloned())
            .collect()
    }
}

/// A map layer file to publish, and the area it covers.
#[derive(Debug, Clone)]
pub struct MapLayerSource {
    /// Lower-case letters, digits and '-' ("grenoble"): it names the published file.
    pub area: String,
    pub path: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Published {
    pub manifest: Manifest,
    /// Per delta: from version, bytes, places copied/carried.
    pub deltas: Vec<(u64, u64, delta::DeltaStats)>,
}

type Res<T> = Result<T, String>;

fn io(path: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", path.display())
}

fn write_file(path: &Path, bytes: &[u8]) -> Res<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    write_atomically(path, bytes).map_err(io(path))
}

/// Versions whose full snapshot is in the site, newest first.
fn published_versions(site: &Path) -> Vec<u64> {
    let mut v: Vec<u64> = std::fs::read_dir(site.join("snapshots"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".sqlite.zst")?
                .parse()
                .ok()
        })
        .collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    v
}

/// Publish `snapshot` into `site`, signed with `key`.
pub fn publish(
    snapshot: &Path,
    site: &Path,
    key: &SecretKey,
    opts: &PublishOptions,
) -> Res<Published> {
    let snap = Snapshot::open(snapshot).map_err(|e| e.to_string())?;
    snap.integrity_check().map_err(|e| e.to_string())?;
    let meta = snap.meta().clone();
    drop(snap);
    let (snapshot_sha256, snapshot_size) = sha256_file(snapshot).map_err(io(snapshot))?;
    let old = match std::fs::read(site.join("manifest")) {
        Ok(bytes) => Some(
            manifest::verify(&bytes, &opts.readable_with(key))
                .map_err(|e| format!("the site's manifest: {e} (is this the right key?)"))?,
        ),
        Err(_) => None,
    };
    if let Some(old) = old.as_ref().filter(|o| o.region != meta.region) {
        return Err(format!(
            "the site publishes {}, this snapshot is {}: one folder per edition",
            old.region, meta.region
        ));
    }
    // The new layer, checked and compressed; written only once the publication is accepted.
    let new_layer = match &opts.map_layer {
        Some(source) => Some(map_layer_entry(source, opts.level)?),
        None => None,
    };
    let map = match &new_layer {
        Some((entry, _)) => Some(entry.clone()),
        // Keep naming the layer published before, while its file is there.
        None => old.as_ref().and_then(|o| o.map.clone()).filter(|r| {
            std::fs::metadata(site.join(&r.file.path)).is_ok_and(|md| md.len() == r.file.size)
        }),
    };
    let contributions = match &opts.contributions {
        Some(url) => Some(
            crate::sync::host::check_manifest_url(url)
                .map_err(|e| format!("contributions address {url}: {e}"))?,
        ),
        None => old.as_ref().and_then(|o| o.contributions.clone()),
    };
    let write_layer = || match &new_layer {
        Some((entry, compressed)) => write_file(&site.join(&entry.file.path), compressed),
        None => Ok(()),
    };
    if let Some(old) = old {
        let new_layer = opts.map_layer.is_some()
            && map.as_ref().map(|r| &r.sha256) != old.map.as_ref().map(|r| &r.sha256);
        let new_contributions = contributions != old.contributions;
        let next_key = opts.next_key.as_ref().map(ToString::to_string);
        let new_key = next_key != old.next_key || !old_signed_by(site, key);
        let only_a_new_layer = meta.data_version == old.version
            && snapshot_sha256 == old.snapshot_sha256
            && (new_layer || new_contributions || new_key);
        if only_a_new_layer {
            // The same snapshot, files and deltas: a new manifest naming the new layer.
            let m = Manifest {
                expires: opts.expires,
                min_app_version: opts.min_app_version.clone(),
                map,
                contributions,
                next_key,
                ..old
            };
            write_layer()?;
            write_file(&site.join("manifest"), &key.sign_manifest(&m))?;
            return Ok(Published {
                manifest: m,
                deltas: Vec::new(),
            });
        }
        if meta.data_version <= old.version {
            return Err(format!(
                "data version {} is not above the published {}: rebuild with a higher --data-version \
                 (the same snapshot may be published again only with a new --map-layer or --contributions)",
                meta.data_version, old.version
            ));
        }
    }
    let raw = std::fs::read(snapshot).map_err(io(snapshot))?;
    let compressed = zstd::bulk::compress(&raw, opts.level).map_err(|e| e.to_string())?;
    drop(raw);
    let full_rel = format!("snapshots/{}.sqlite.zst", meta.data_version);
    write_file(&site.join(&full_rel), &compressed)?;
    let full = FileRef {
        path: full_rel,
        size: compressed.len() as u64,
        sha256: manifest::sha256_hex(&compressed),
    };
    drop(compressed);

    let work = tempdir_in(site)?;
    let mut deltas = Vec::new();
    let mut stats = Vec::new();
    let earlier: Vec<u64> = published_versions(site)
        .into_iter()
        .filter(|v| *v < meta.data_version)
        .take(opts.deltas)
        .collect();
    for from in earlier {
        let old_path = work.join(format!("{from}.sqlite"));
        let zst = site.join(format!("snapshots/{from}.sqlite.zst"));
        let old = zstd::stream::decode_all(std::fs::File::open(&zst).map_err(io(&zst))?)
            .map_err(|e| format!("{}: {e}", zst.display()))?;
        std::fs::write(&old_path, &old).map_err(io(&old_path))?;
        let from_sha256 = manifest::sha256_hex(&old);
        drop(old);
        let (bytes, st) = match delta::make(&old_path, snapshot, opts.level) {
            Ok(d) => d,
            // Another schema: that version gets the full snapshot.
            Err(delta::DeltaError::Invalid(_)) => continue,
            Err(e) => return Err(e.to_string()),
        };
        // Check the delta gives exactly the new file before anyone downloads it.
        let check = work.join("check.sqlite");
        delta::apply(
            &old_path,
            &from_sha256,
            &bytes,
            &check,
            &delta::scratch_path(&check),
        )
        .map_err(|e| format!("delta from {from}: {e}"))?;
        let (sha, _) = sha256_file(&check).map_err(io(&check))?;
        let _ = std::fs::remove_file(&check);
        let _ = std::fs::remove_file(&old_path);
        if sha != snapshot_sha256 {
            // Safe to skip: the app takes the full snapshot from that version.
            continue;
        }
        let rel = format!("deltas/{from}-{}.tpdelta", meta.data_version);
        write_file(&site.join(&rel), &bytes)?;
        stats.push((from, bytes.len() as u64, st));
        deltas.push(DeltaRef {
            from_version: from,
            from_sha256,
            file: FileRef {
                path: rel,
                size: bytes.len() as u64,
                sha256: manifest::sha256_hex(&bytes),
            },
        });
    }
    let _ = std::fs::remove_dir_all(&work);
    let m = Manifest {
        format: MANIFEST_FORMAT,
        region: meta.region.clone(),
        version: meta.data_version,
        build_date: meta.build_date,
        expires: opts.expires,
        min_app_version: opts.min_app_version.clone(),
        snapshot_size,
        snapshot_sha256,
        full,
        deltas,
        map,
        contributions,
        next_key: opts.next_key.as_ref().map(ToString::to_string),
    };
    write_layer()?;
    write_file(&site.join("manifest"), &key.sign_manifest(&m))?;
    Ok(Published {
        manifest: m,
        deltas: stats,
    })
}

/// Sign the site's manifest again with a new expiry date and minimum app version, the same
/// snapshot, files and deltas: a nightly publication whose data did not change still vouches
/// for it, so phones never see it as stale while the service runs. Refused with another key
/// than the one that signed the site.
pub fn renew(site: &Path, key: &SecretKey, opts: &PublishOptions) -> Res<Manifest> {
    let path = site.join("manifest");
    let bytes = std::fs::read(&path).map_err(io(&path))?;
    let old = manifest::verify(&bytes, &opts.readable_with(key))
        .map_err(|e| format!("the site's manifest: {e} (is this the right key?)"))?;
    let m = Manifest {
        expires: opts.expires,
        min_app_version: opts.min_app_version.clone(),
        next_key: opts.next_key.as_ref().map(ToString::to_string),
        ..old
    };
    write_file(&path, &key.sign_manifest(&m))?;
    Ok(m)
}

/// Publish `snapshot` as the edition `id` of a host serving several: into `<root>/<id>/` (as
/// [`publish`]), then the signed list of editions at `<root>/editions` gets its entry (see
/// [`super::editions`]). The list is written after the edition's manifest, so it never names
/// a missing one.
pub fn publish_edition(
    snapshot: &Path,
    root: &Path,
    id: &str,
    key: &SecretKey,
    opts: &PublishOptions,
) -> Res<Published> {
    let folder_name = !id.is_empty()
        && id != editions::EDITIONS_FILE
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !folder_name {
        return Err(format!(
            "edition id '{id}': lower-case letters, digits and '-' only"
        ));
    }
    let published = publish(snapshot, &root.join(id), key, opts)?;
    let list_path = root.join(editions::EDITIONS_FILE);
    let mut list = match std::fs::read(&list_path) {
        Ok(bytes) => editions::verify(&bytes, &opts.readable_with(key))
            .map_err(|e| format!("the site's list of editions: {e} (is this the right key?)"))?,
        Err(_) => EditionsIndex {
            format: editions::EDITIONS_FORMAT,
            editions: Vec::new(),
        },
    };
    let snap = Snapshot::open(snapshot).map_err(|e| e.to_string())?;
    let points = snap.postcodes_and_points().map_err(|e| e.to_string())?;
    let m = &published.manifest;
    list.put(EditionEntry {
        id: id.to_string(),
        region: m.region.clone(),
        version: m.version,
        build_date: m.build_date,
        places: points.len() as u64,
        download_size: m.full.size,
        manifest: format!("{id}/manifest"),
        departments: department_centres(&points),
    });
    write_file(&list_path, &list.sign(key)?)?;
    Ok(published)
}

/// Checks that the file is a map layer and compresses it: its manifest entry, with a path
/// under `maps/` named by its content, and the bytes to write there.
fn map_layer_entry(source: &MapLayerSource, level: i32) -> Res<(MapRef, Vec<u8>)> {
    let area_ok = !source.area.is_empty()
        && source
            .area
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !area_ok {
        return Err(format!(
            "map area '{}': lower-case letters, digits and '-' only",
            source.area
        ));
    }
    let raw = std::fs::read(&source.path).map_err(io(&source.path))?;
    crate::map::layer::MapLayer::decode(&raw)
        .map_err(|e| format!("{}: {e}", source.path.display()))?;
    if raw.len() as u64 > manifest::MAX_MAP_LAYER_BYTES {
        return Err(format!(
            "{}: {} bytes, more than phones accept ({})",
            source.path.display(),
            raw.len(),
            manifest::MAX_MAP_LAYER_BYTES
        ));
    }
    let sha256 = manifest::sha256_hex(&raw);
    let compressed = zstd::bulk::compress(&raw, level).map_err(|e| e.to_string())?;
    let rel = format!("maps/{}-{}.tpmp.zst", source.area, &sha256[..16]);
    let entry = MapRef {
        area: source.area.clone(),
        size: raw.len() as u64,
        sha256,
        file: FileRef {
            path: rel,
            size: compressed.len() as u64,
            sha256: manifest::sha256_hex(&compressed),
        },
    };
    entry.check()?;
    Ok((entry, compressed))
}

/// Whether the site's manifest is signed by `key` (and not by a previous key).
fn old_signed_by(site: &Path, key: &SecretKey) -> bool {
    std::fs::read(site.join("manifest"))
        .is_ok_and(|bytes| manifest::verify(&bytes, &[key.public()]).is_ok())
}

fn tempdir_in(site: &Path) -> Res<PathBuf> {
    let dir = PathBuf::from(format!("{}.publish-work", site.display()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    Ok(dir)
}
