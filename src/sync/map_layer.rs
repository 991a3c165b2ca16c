//! The offline street map layer, kept fresh beside the snapshot.
//!
//! The app carries a street map layer ([`crate::map`]), but streets change and a publisher may
//! cover an area the app release did not: so a publisher can offer a layer beside the snapshot
//! (`toutpres-cli publish --map-layer`). Only the signed manifest names it ([`MapRef`]: the raw
//! layer's size and SHA-256, and the zstd-compressed file's), so nothing is downloaded that the
//! publisher did not sign. It comes with the snapshot's guarantees: the download is capped at
//! its announced size and must match its hash, it must decompress to exactly the signed raw
//! layer (never past its announced size) and decode ([`crate::map::MapLayer::decode`]), and it
//! is stored in one atomic write ([`crate::files::MAP_LAYER_FILE`] on a phone, IndexedDB in the
//! browser) that readers see whole or not at all.
//!
//! **Why a step of its own, after the snapshot's.** The help places are what the person
//! needs; the map helps find the door. A layer that fails (no connection, a corrupt or
//! swapped file, a full storage) never fails or undoes the snapshot step: the result says so
//! ([`MapOutcome`]), the layer in use stays, and the next sync tries again. The step runs when
//! the snapshot step ends with the newest data, updated or already up to date (a publisher may
//! change only the layer), and only then: a refused, expired or unreachable manifest brings no
//! layer either. A manifest naming no layer leaves the stored one alone. On mobile data, a new
//! layer's bytes are part of the size the person agrees to; without that consent, a layer
//! alone waits for wifi.

use super::http::{self, Client, NetError};
use super::manifest::{self, Manifest, MapRef};
use super::{RejectReason, SyncConfig};

/// What the map layer step of a sync did. The layer in use changes only on
/// [`MapOutcome::Installed`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapOutcome {
    /// No layer step: the snapshot step did not end with the newest data, or the phone is on
    /// mobile data without consent.
    NotTried,
    /// The manifest names no layer: the stored one (or the one the app carries) stays.
    NotOffered,
    /// The stored layer is the one the manifest names.
    Current,
    /// A new layer is stored.
    Installed { area: String, bytes: u64 },
    /// The layer offered was refused (its entry, size, hash or content): the layer in use
    /// stays.
    Refused(RejectReason),
    /// The layer could not be downloaded or stored (network, wifi login page, server,
    /// storage): the layer in use stays, and the next sync tries again.
    Failed(String),
}

impl MapOutcome {
    /// A stable name for logs and the command line's JSON.
    pub fn id(&self) -> &'static str {
        match self {
            MapOutcome::NotTried => "map-not-tried",
            MapOutcome::NotOffered => "map-not-offered",
            MapOutcome::Current => "map-current",
            MapOutcome::Installed { .. } => "map-installed",
            MapOutcome::Refused(_) => "map-refused",
            MapOutcome::Failed(_) => "map-failed",
        }
    }

    /// Whether the layer step went wrong (worth a line in the log).
    pub fn went_wrong(&self) -> bool {
        matches!(self, MapOutcome::Refused(_) | MapOutcome::Failed(_))
    }
}

impl From<NetError> for MapOutcome {
    fn from(e: NetError) -> MapOutcome {
        match e {
            NetError::TooLong => MapOutcome::Refused(RejectReason::TooLong),
            NetError::Unreachable(why) => MapOutcome::Failed(format!("no connection: {why}")),
            NetError::LoginPage => MapOutcome::Failed("a wifi login page answered".into()),
            NetError::Status(status) => MapOutcome::Failed(format!("the server answered {status}")),
            NetError::Write(e) => MapOutcome::Failed(format!("cannot write: {e}")),
        }
    }
}

/// The SHA-256 of the layer in use: the one a sync stored, else the one the app carries.
pub fn in_use<'a>(stored: Option<&'a str>, cfg: &'a SyncConfig) -> Option<&'a str> {
    stored.or(cfg.carried_map_sha256.as_deref())
}

/// The layer the manifest offers, when it is not the one in use (`stored`: its SHA-256).
pub fn wanted<'a>(m: &'a Manifest, stored: Option<&str>) -> Option<&'a MapRef> {
    m.map.as_ref().filter(|r| stored != Some(r.sha256.as_str()))
}

/// The bytes a sync would download for the layer (0 when the stored one is current or the
/// entry cannot be followed): part of the size the person agrees to on mobile data.
pub fn bytes_to_download(m: &Manifest, stored: Option<&str>) -> u64 {
    wanted(m, stored)
        .filter(|r| r.check().is_ok())
        .map_or(0, |r| r.file.size)
}

/// Downloads the compressed layer whole (capped at its announced size) and returns the raw
/// layer once it is exactly the signed one ([`check`]).
pub async fn fetch(client: &Client, cfg: &SyncConfig, map: &MapRef) -> Result<Vec<u8>, MapOutcome> {
    map.check()
        .map_err(|why| MapOutcome::Refused(RejectReason::Malformed(why)))?;
    let url = http::beside(&cfg.manifest_url, &map.file.path);
    let mut compressed = Vec::new();
    client
        .download(&url, 0, map.file.size, &mut compressed)
        .await?;
    check(map, &compressed)
}

/// The raw layer from its downloaded, compressed bytes: they must hash to the signed value,
/// decompress to exactly the announced size (never more is decompressed) and SHA-256, and
/// decode as a map layer.
pub fn check(map: &MapRef, compressed: &[u8]) -> Result<Vec<u8>, MapOutcome> {
    use std::io::Read;
    let refused = |why: String| MapOutcome::Refused(RejectReason::Corrupt(why));
    if compressed.len() as u64 != map.file.size
        || manifest::sha256_hex(compressed) != map.file.sha256
    {
        if http::looks_like_html(None, compressed) {
            return Err(MapOutcome::Failed("a wifi login page answered".into()));
        }
        return Err(refused(format!(
            "{} does not match its hash",
            map.file.path
        )));
    }
    let mut raw = Vec::new();
    super::compressed::decoder(compressed)
        .map_err(refused)?
        .take(map.size + 1)
        .read_to_end(&mut raw)
        .map_err(|e| refused(format!("not a compressed map layer: {e}")))?;
    if raw.len() as u64 != map.size || manifest::sha256_hex(&raw) != map.sha256 {
        return Err(refused(
            "the map layer does not match its signed hash".into(),
        ));
    }
    crate::map::layer::MapLayer::decode(&raw).map_err(|e| refused(e.to_string()))?;
    Ok(raw)
}

#[cfg(not(target_arch = "wasm32"))]
/// SHA-256 of the layer stored in the data folder, if any.
pub fn stored_sha256(dir: &std::path::Path) -> Option<String> {
    crate::files::sha256_file(&dir.join(crate::files::MAP_LAYER_FILE))
        .ok()
        .map(|(sha, _)| sha)
}

#[cfg(not(target_arch = "wasm32"))]
/// The phone's layer step: the layer `m` names, downloaded, checked and stored in `dir` in one
/// atomic write when it is not the one stored. Whatever happens, the snapshot is not touched.
pub fn update(dir: &std::path::Path, cfg: &SyncConfig, m: &Manifest) -> MapOutcome {
    use crate::files;
    let Some(map) = &m.map else {
        return MapOutcome::NotOffered;
    };
    if wanted(m, in_use(stored_sha256(dir).as_deref(), cfg)).is_none() {
        return MapOutcome::Current;
    }
    let fetched = cfg
        .client()
        .map_err(MapOutcome::from)
        .and_then(|client| http::block_on(fetch(&client, cfg, map)));
    let raw = match fetched {
        Ok(raw) => raw,
        Err(outcome) => return outcome,
    };
    let stored = cfg
        .faults
        .check_write(raw.len() as u64)
        .and_then(|()| files::write_atomically(&dir.join(files::MAP_LAYER_FILE), &raw));
    if let Err(e) = stored {
        return MapOutcome::Failed(format!("cannot store the map layer: {e}"));
    }
    MapOutcome::Installed {
        area: map.area.clone(),
        bytes: raw.len() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::manifest::FileRef;

    fn layer() -> Vec<u8> {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/map/grenoble.tpmp"
        ))
        .unwrap()
    }

    fn entry(raw: &[u8], compressed: &[u8]) -> MapRef {
        MapRef {
            area: "grenoble".into(),
            size: raw.len() as u64,
            sha256: manifest::sha256_hex(raw),
            file: FileRef {
                path: "maps/grenoble.tpmp.zst".into(),
                size: compressed.len() as u64,
                sha256: manifest::sha256_hex(compressed),
            },
        }
    }

    #[test]
    fn the_signed_layer_reads_back_and_anything_else_is_refused() {
        let raw = layer();
        let packed = zstd::bulk::compress(&raw, 3).unwrap();
        let map = entry(&raw, &packed);
        assert_eq!(check(&map, &packed), Ok(raw.clone()));

        // A byte changed in transit.
        let mut flipped = packed.clone();
        flipped[packed.len() / 2] ^= 1;
        assert!(matches!(check(&map, &flipped), Err(MapOutcome::Refused(_))));

        // Signed bytes that are not a layer: hashes right, does not decode.
        let junk = vec![7u8; 1000];
        let junk_packed = zstd::bulk::compress(&junk, 3).unwrap();
        assert!(matches!(
            check(&entry(&junk, &junk_packed), &junk_packed),
            Err(MapOutcome::Refused(RejectReason::Corrupt(_)))
        ));

        // A raw size announced smaller than the layer: never decompressed past it.
        let mut small = entry(&raw, &packed);
        small.size = 1000;
        assert!(matches!(
            check(&small, &packed),
            Err(MapOutcome::Refused(_))
        ));

        // A login page where the file should be.
        let page = b"<!DOCTYPE html><html><body>Wifi</body></html>".to_vec();
        let mut at_page = entry(&raw, &packed);
        at_page.file.size = page.len() as u64;
        assert!(matches!(check(&at_page, &page), Err(MapOutcome::Failed(_))));
    }

    #[test]
    fn only_a_layer_other_than_the_stored_one_is_wanted() {
        let raw = layer();
        let packed = zstd::bulk::compress(&raw, 3).unwrap();
        let map = entry(&raw, &packed);
        let m = Manifest {
            format: manifest::MANIFEST_FORMAT,
            region: "Isère".into(),
            version: 1,
            build_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            expires: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            min_app_version: "0.1.0".into(),
            snapshot_size: 1,
            snapshot_sha256: "ab".repeat(32),
            full: map.file.clone(),
            deltas: vec![],
            map: Some(map.clone()),
            contributions: None,
            next_key: None,
        };
        assert_eq!(wanted(&m, None), Some(&map));
        assert_eq!(bytes_to_download(&m, Some("other")), packed.len() as u64);
        assert_eq!(wanted(&m, Some(&map.sha256)), None);
        assert_eq!(bytes_to_download(&m, Some(&map.sha256)), 0);
        let without = Manifest { map: None, ..m };
        assert_eq!(wanted(&without, None), None);
    }
}
