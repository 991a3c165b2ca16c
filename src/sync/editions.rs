//! The list of editions a publisher serves, signed like the manifest.
//!
//! # Why
//! The national edition is 2.05 MB compressed, the regions 7 KB to 383 KB (`BENCHMARKS.md`,
//! "Editions"): a phone takes its region, not France. A host serving several editions keeps
//! one folder per edition (each a complete site: `manifest`, `snapshots/`, `deltas/`) and, at
//! its root, this list:
//!
//! ```text
//! <site>/editions                  signed list: id, region, version, size, where its places are
//! <site>/<edition id>/manifest     as for a single edition (`super::publish`)
//! ```
//!
//! The list is signed with the same keys as the manifests, with its own first line
//! (`toutpres-editions/1`), so that neither file can pass for the other. It says where each
//! edition's places are as the mean point of each département's places: a phone offers the
//! edition of the nearest département without needing a map of France.
//!
//! Choosing an edition changes which manifest the app reads; the manifest names its region,
//! and a sync checks it against the edition the person chose ([`super::check_manifest`]).

use super::http::{Client, ManifestFetch, NetError};
use super::manifest::{
    safe_relative_path, verified_json, ManifestError, PublicKey, SecretKey, MAX_MANIFEST_BYTES,
};
use crate::edition::DepartmentCentre;
use crate::spatial::distance_m;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// First line of the list, and the domain-separation prefix of its signature.
const MAGIC: &str = "toutpres-editions/1\n";
/// The list's file name at the site's root.
pub const EDITIONS_FILE: &str = "editions";
pub const EDITIONS_FORMAT: u32 = 1;

/// One edition as the list announces it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionEntry {
    /// Its folder on the host (`auvergne-rhone-alpes`, `france`…).
    pub id: String,
    /// The region its manifest and snapshot name (`Auvergne-Rhône-Alpes`).
    pub region: String,
    pub version: u64,
    pub build_date: NaiveDate,
    pub places: u64,
    /// Bytes of its full compressed snapshot: what a first download costs.
    pub download_size: u64,
    /// Its manifest, relative to the list.
    pub manifest: String,
    pub departments: Vec<DepartmentCentre>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionsIndex {
    pub format: u32,
    /// Sorted by id.
    pub editions: Vec<EditionEntry>,
}

impl EditionsIndex {
    /// The list's file, signed.
    pub fn sign(&self, key: &SecretKey) -> Result<Vec<u8>, String> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        if json.len() + 256 > MAX_MANIFEST_BYTES {
            return Err(format!(
                "the list of editions is {} bytes, too large",
                json.len()
            ));
        }
        Ok(key.sign_document(MAGIC, &json))
    }

    /// Add or replace `entry` (same id), keeping the list sorted.
    pub fn put(&mut self, entry: EditionEntry) {
        self.editions.retain(|e| e.id != entry.id);
        self.editions.push(entry);
        self.editions.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// The edition to offer someone at `(lat, lon)`: among the editions holding the nearest
    /// département, their région's (the person moves between the cities of a region), else
    /// the smallest; `None` when no edition lists a département.
    pub fn suggest(&self, lat: f64, lon: f64) -> Option<&EditionEntry> {
        let nearest = self
            .editions
            .iter()
            .flat_map(|e| e.departments.iter())
            .min_by(|a, b| {
                distance_m(lat, lon, a.lat, a.lon).total_cmp(&distance_m(lat, lon, b.lat, b.lon))
            })?;
        self.editions
            .iter()
            .filter(|e| e.departments.iter().any(|d| d.code == nearest.code))
            .min_by_key(|e| {
                let a_region = crate::edition::region(&e.id).is_some();
                (!a_region, e.download_size, e.id.clone())
            })
    }

    pub fn get(&self, id: &str) -> Option<&EditionEntry> {
        self.editions.iter().find(|e| e.id == id)
    }
}

/// Check the list's signature with one of `trusted`, then parse it. Never panics.
pub fn verify(bytes: &[u8], trusted: &[PublicKey]) -> Result<EditionsIndex, ManifestError> {
    let json = verified_json(bytes, MAGIC, trusted)?;
    let index: EditionsIndex =
        serde_json::from_slice(json).map_err(|e| ManifestError::Malformed(e.to_string()))?;
    if index.format != EDITIONS_FORMAT {
        return Err(ManifestError::Malformed(format!(
            "editions format {}, this app reads {EDITIONS_FORMAT}",
            index.format
        )));
    }
    for e in &index.editions {
        let folder_ok = !e.id.is_empty() && !e.id.contains('/') && safe_relative_path(&e.id);
        if !folder_ok || !safe_relative_path(&e.manifest) {
            return Err(ManifestError::Malformed(format!(
                "edition entry '{}'",
                e.id
            )));
        }
    }
    Ok(index)
}

/// Where the list is for a manifest at `<root>/<edition>/manifest`: `<root>/editions`. `None`
/// for an address of another shape (a host serving one edition at its root has no list).
pub fn list_url(manifest_url: &str) -> Option<String> {
    let (folder, file) = manifest_url.rsplit_once('/')?;
    let (root, edition) = folder.rsplit_once('/')?;
    let has_host = root
        .split_once("://")
        .is_some_and(|(_, host)| !host.is_empty());
    (file == "manifest" && !edition.is_empty() && has_host)
        .then(|| format!("{root}/{EDITIONS_FILE}"))
}

/// The manifest address of `entry`, of the list at `list_url`.
pub fn manifest_url_of(list_url: &str, entry: &EditionEntry) -> String {
    let root = list_url.rsplit_once('/').map_or(list_url, |(root, _)| root);
    format!("{root}/{}", entry.manifest)
}

/// Why the list could not be read.
#[derive(Debug)]
pub enum ListError {
    Net(NetError),
    Refused(ManifestError),
}

impl From<NetError> for ListError {
    fn from(e: NetError) -> ListError {
        ListError::Net(e)
    }
}

/// Download the list at `url` and check it.
pub async fn fetch(
    client: &Client,
    url: &str,
    trusted: &[PublicKey],
) -> Result<EditionsIndex, ListError> {
    let bytes = match client
        .manifest(url, None, MAX_MANIFEST_BYTES)
        .await
        .map_err(ListError::Net)?
    {
        ManifestFetch::Body { bytes, .. } => bytes,
        // Asked without an ETag, a 304 is a broken host.
        ManifestFetch::NotModified => return Err(ListError::Net(NetError::Status(304))),
    };
    verify(&bytes, trusted).map_err(ListError::Refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, region: &str, size: u64, deps: &[(&str, f64, f64)]) -> EditionEntry {
        EditionEntry {
            id: id.into(),
            region: region.into(),
            version: 20221201,
            build_date: NaiveDate::from_ymd_opt(2022, 12, 1).unwrap(),
            places: 10,
            download_size: size,
            manifest: format!("{id}/manifest"),
            departments: deps
                .iter()
                .map(|(code, lat, lon)| DepartmentCentre {
                    code: (*code).into(),
                    lat: *lat,
                    lon: *lon,
                })
                .collect(),
        }
    }

    fn index() -> EditionsIndex {
        let mut index = EditionsIndex {
            format: EDITIONS_FORMAT,
            editions: vec![],
        };
        let lyon_grenoble = [("38", 45.3, 5.6), ("69", 45.8, 4.8)];
        let paris = [("75", 48.86, 2.35)];
        let all = [lyon_grenoble[0], lyon_grenoble[1], paris[0]];
        index.put(entry("france", "France", 2_000_000, &all));
        index.put(entry("ile-de-france", "Île-de-France", 150_000, &paris));
        index.put(entry(
            "auvergne-rhone-alpes",
            "Auvergne-Rhône-Alpes",
            380_000,
            &lyon_grenoble,
        ));
        index.put(entry("isere", "Isère", 95_000, &lyon_grenoble[..1]));
        index
    }

    #[test]
    fn a_person_is_offered_the_region_of_the_nearest_department() {
        let index = index();
        let ids: Vec<&str> = index.editions.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            ["auvergne-rhone-alpes", "france", "ile-de-france", "isere"]
        );
        // Grenoble station (Isère is smaller, but the région is offered); Paris, Gare de Lyon.
        assert_eq!(
            index.suggest(45.19, 5.71).map(|e| e.id.as_str()),
            Some("auvergne-rhone-alpes")
        );
        assert_eq!(
            index.suggest(48.84, 2.37).map(|e| e.id.as_str()),
            Some("ile-de-france")
        );
        let empty = EditionsIndex {
            format: EDITIONS_FORMAT,
            editions: vec![],
        };
        assert_eq!(empty.suggest(45.19, 5.71), None);
    }

    #[test]
    fn the_list_is_signed_and_cannot_pass_for_a_manifest() {
        let key = SecretKey::from_seed([7; 32]);
        let trusted = [key.public()];
        let bytes = index().sign(&key).unwrap();
        assert_eq!(verify(&bytes, &trusted).unwrap(), index());
        // Another key, a changed byte, or a manifest's first line: refused.
        let other = SecretKey::from_seed([8; 32]).public();
        assert_eq!(verify(&bytes, &[other]), Err(ManifestError::UnknownKey));
        let mut changed = bytes.clone();
        let at = changed.len() - 10;
        changed[at] ^= 1;
        assert!(verify(&changed, &trusted).is_err());
        let as_manifest = [b"toutpres-manifest/1\n".as_slice(), &bytes[MAGIC.len()..]].concat();
        assert_eq!(verify(&as_manifest, &trusted), Err(ManifestError::Unsigned));
        assert!(super::super::manifest::verify(&bytes, &trusted).is_err());
    }

    #[test]
    fn the_list_sits_at_the_root_of_the_editions_folders() {
        assert_eq!(
            list_url("https://donnees.toutpres.fr/isere/manifest").as_deref(),
            Some("https://donnees.toutpres.fr/editions")
        );
        assert_eq!(
            list_url("http://127.0.0.1:8080/sync/isere/manifest").as_deref(),
            Some("http://127.0.0.1:8080/sync/editions")
        );
        for one_edition in [
            "https://host.fr/manifest",
            "https://host.fr/isere/other",
            "manifest",
        ] {
            assert_eq!(list_url(one_edition), None, "{one_edition}");
        }
        let list = "https://donnees.toutpres.fr/editions";
        let entry = &index().editions[0];
        assert_eq!(
            manifest_url_of(list, entry),
            "https://donnees.toutpres.fr/auvergne-rhone-alpes/manifest"
        );
    }

    #[test]
    fn an_entry_pointing_outside_its_folder_is_refused() {
        let key = SecretKey::from_seed([7; 32]);
        let mut bad = index();
        bad.editions[0].manifest = "../../etc/manifest".into();
        let bytes = bad.sign(&key).unwrap();
        assert!(matches!(
            verify(&bytes, &[key.public()]),
            Err(ManifestError::Malformed(_))
        ));
        for garbage in [
            &b""[..],
            b"toutpres-editions/1\n",
            b"\xff\xfe",
            b"toutpres-editions/1\nkey: zz\n\n{}",
        ] {
            assert!(verify(garbage, &[key.public()]).is_err());
        }
    }
}
