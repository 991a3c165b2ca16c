//! The signed manifest: what the publisher offers, and the keys that may sign it.
//!
//! One file, `manifest`, holds both the signature and the JSON it covers, so that a static host
//! updating files one by one can never show a manifest with another version's signature, and
//! one conditional request (ETag) tells whether anything changed:
//!
//! ```text
//! toutpres-manifest/1
//! key: 3f1c0e5a9b7d2c41
//! signature: <base64 of the 64-byte ed25519 signature>
//!
//! {"format":1,"region":"Isère","version":20260102,…}
//! ```
//!
//! The signature is ed25519 over `"toutpres-manifest/1\n"` followed by the JSON bytes exactly as
//! served (the prefix keeps a signature made for anything else from passing as a manifest). The
//! key id is the first 8 bytes of SHA-256 of the public key, so the app finds the right one among
//! the keys it trusts. Nothing in the JSON is read before the signature is checked.
//!
//! **Keys.** The app embeds the public keys it trusts ([`PUBLISHER_KEYS`]); the private key stays
//! with the publisher (`toutpres-cli keygen`). Rotation: ship an app release that trusts the
//! old and the new key, keep signing with the old one until most installs have that release
//! (the manifest's `min_app_version` can then push the rest), switch to the new key, and drop
//! the old key in a later release. Nothing on the phone learns keys from the network, so there
//! is no trust state on the device to corrupt or forge.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// First line of every manifest; also the domain-separation prefix of the signed message.
const MAGIC: &str = "toutpres-manifest/1\n";
/// A manifest larger than this is refused before anything is parsed (a real one is ~1 KB).
pub const MAX_MANIFEST_BYTES: usize = 64 * 1024;
/// Version of the manifest's JSON content.
pub const MANIFEST_FORMAT: u32 = 1;

/// Public keys the app trusts, as written by `toutpres-cli keygen` (`tp-ed25519:<id>:<key>`).
/// The matching private key is kept by the publisher, outside the repository. To rotate, add
/// the new key here (both trusted), release, later sign with it, then remove the old one.
pub const PUBLISHER_KEYS: &[&str] =
    &["tp-ed25519:76597d38460d1999:ctzSVmgdgJGZ1+Y2Pl9XbGG9nKbPp3/XAvjca4+YEE8="];

/// A file the app may download: where (relative to the manifest), how big, its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// A delta from one earlier snapshot (identified by version and exact hash) to the newest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeltaRef {
    pub from_version: u64,
    pub from_sha256: String,
    #[serde(flatten)]
    pub file: FileRef,
}

/// An offline street map layer ([`crate::map::MapLayer`]) offered beside the snapshot. The
/// phone keeps the raw layer (`size`, `sha256`) and downloads it zstd-compressed (`file`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapRef {
    /// The area the layer covers, e.g. "grenoble".
    pub area: String,
    /// The raw layer, as the app keeps it: its size and SHA-256.
    pub size: u64,
    pub sha256: String,
    /// The layer, zstd-compressed: what the app downloads.
    pub file: FileRef,
}

/// A map layer (raw or compressed) larger than this is refused before anything is downloaded
/// (Grenoble's is 422 KB raw): the phone downloads and decompresses it in memory.
pub const MAX_MAP_LAYER_BYTES: u64 = 32 * 1024 * 1024;

impl MapRef {
    /// Whether the entry can be followed: an area name of lower-case letters, digits and '-',
    /// a path below the manifest's folder, well-formed hashes, a size under the cap. Checked
    /// when the layer is wanted, not when the manifest is read, so that a bad entry costs the
    /// layer, never the snapshot.
    pub fn check(&self) -> Result<(), String> {
        let area_ok = !self.area.is_empty()
            && self
                .area
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !area_ok {
            return Err(format!("map area '{}'", self.area));
        }
        if !safe_relative_path(&self.file.path) || unhex::<32>(&self.file.sha256).is_none() {
            return Err(format!("file entry '{}'", self.file.path));
        }
        if unhex::<32>(&self.sha256).is_none() {
            return Err("map layer sha256".into());
        }
        if self.size > MAX_MAP_LAYER_BYTES || self.file.size > MAX_MAP_LAYER_BYTES {
            return Err(format!(
                "a map layer of {} bytes",
                self.size.max(self.file.size)
            ));
        }
        Ok(())
    }
}

/// What the publisher offers. Every byte the app downloads is announced here with its size and
/// hash; the snapshot the app ends up with must hash to `snapshot_sha256`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub region: String,
    /// `meta.data_version` of the newest snapshot.
    pub version: u64,
    pub build_date: NaiveDate,
    /// After this date the publisher has not vouched for the data any more: the app keeps it and
    /// says "data from <build date>" (a replayed old manifest cannot freeze a phone silently).
    pub expires: NaiveDate,
    /// Oldest app release that reads this snapshot format ("MAJOR.MINOR.PATCH").
    pub min_app_version: String,
    /// The uncompressed snapshot: size and SHA-256 of the file the app installs.
    pub snapshot_size: u64,
    pub snapshot_sha256: String,
    /// The full snapshot, zstd-compressed.
    pub full: FileRef,
    /// Deltas from the last few versions to this one.
    #[serde(default)]
    pub deltas: Vec<DeltaRef>,
    /// The offline street map layer, if the publisher offers one. Optional both ways: a
    /// manifest without it is unchanged byte for byte (and verifies as before), and apps
    /// older than the field ignore it (serde skips unknown fields; nothing here denies them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<MapRef>,
    /// Where the publisher receives field contributions (reports and new places from the app,
    /// `toutpres-inbox serve`), e.g. `https://donnees.example.org/contributions`. In the
    /// signed manifest so that a phone sends only to whom it gets its data from, and nobody
    /// types an address. Optional both ways, like `map`: left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributions: Option<String>,
    /// The publisher's next key (`tp-ed25519:…`), while it rotates its key: signed by a key
    /// the phone trusts, so the phone may trust this one too from then on (`sync::trust`).
    /// A key cannot be added any other way: a lost or stolen phone's storage aside, only the
    /// holder of a trusted key can name one. Optional both ways, like `map`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_key: Option<String>,
}

/// Why a manifest was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("the manifest is not signed")]
    Unsigned,
    #[error("the manifest is signed by a key this app does not trust")]
    UnknownKey,
    #[error("the manifest's signature is wrong")]
    BadSignature,
    #[error("the manifest is malformed: {0}")]
    Malformed(String),
}

/// An ed25519 public key with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub id: [u8; 8],
    key: VerifyingKey,
}

fn key_id(public: &[u8; 32]) -> [u8; 8] {
    let d = Sha256::digest(public);
    let mut id = [0; 8];
    id.copy_from_slice(&d[..8]);
    id
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != 2 * N || !s.is_ascii() {
        return None;
    }
    let mut out = [0; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// `<kind>:<16 hex id>:<base64 of 32 bytes>` → (id, bytes).
fn parse_key_text<'a>(text: &'a str, kind: &str) -> Result<(&'a str, [u8; 32]), String> {
    let mut parts = text.trim().split(':');
    let (Some(k), Some(id), Some(b64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(format!("a key looks like {kind}:<id>:<base64>"));
    };
    if k != kind {
        return Err(format!("a key looks like {kind}:<id>:<base64>"));
    }
    let bytes = B64
        .decode(b64)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or("the key is not 32 bytes of base64")?;
    Ok((id, bytes))
}

impl PublicKey {
    /// Parse `tp-ed25519:<16 hex id>:<base64 key>`; the id must match the key.
    pub fn parse(text: &str) -> Result<PublicKey, String> {
        let (id, bytes) = parse_key_text(text, "tp-ed25519")?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let expected = key_id(&bytes);
        if unhex::<8>(id) != Some(expected) {
            return Err("the key id does not match the key".into());
        }
        Ok(PublicKey { id: expected, key })
    }

    /// The keys embedded in the app: [`PUBLISHER_KEYS`], plus the key of a deployment that
    /// publishes its own data, given when the app is built (`TOUTPRES_PUBLISHER_KEY`, as
    /// `toutpres-cli keygen` prints it; the web app's browser tests use it too). Like the
    /// others, it is fixed in the build: nothing on the device can add one. A key that does
    /// not parse is skipped, so a build without a real key trusts nothing rather than failing.
    pub fn embedded() -> Vec<PublicKey> {
        PUBLISHER_KEYS
            .iter()
            .copied()
            .chain(option_env!("TOUTPRES_PUBLISHER_KEY"))
            .filter_map(|k| PublicKey::parse(k.trim()).ok())
            .collect()
    }

    /// What the app trusts: the embedded keys, plus, in debug builds only, `test_key` (the
    /// browser tests publish with a throwaway key). Release builds ignore it.
    pub fn app_trusted(test_key: Option<&str>) -> Vec<PublicKey> {
        let mut keys = Self::embedded();
        if cfg!(debug_assertions) {
            keys.extend(test_key.and_then(|t| PublicKey::parse(t).ok()));
        }
        keys
    }

    pub fn id_hex(&self) -> String {
        hex(&self.id)
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "tp-ed25519:{}:{}",
            hex(&self.id),
            B64.encode(self.key.to_bytes())
        )
    }
}

/// The publisher's private key. Its file (`toutpres-cli keygen`) is
/// `tp-ed25519-secret:<id>:<base64 seed>`; it never enters the repository.
pub struct SecretKey {
    key: SigningKey,
}

impl SecretKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> Result<SecretKey, String> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
        Ok(SecretKey::from_seed(seed))
    }

    /// A key from a fixed seed (tests and benchmarks use throwaway keys).
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey {
            key: SigningKey::from_bytes(&seed),
        }
    }

    pub fn public(&self) -> PublicKey {
        let key = self.key.verifying_key();
        PublicKey {
            id: key_id(&key.to_bytes()),
            key,
        }
    }

    pub fn to_text(&self) -> String {
        format!(
            "tp-ed25519-secret:{}:{}\n",
            self.public().id_hex(),
            B64.encode(self.key.to_bytes())
        )
    }

    pub fn parse(text: &str) -> Result<SecretKey, String> {
        let (id, seed) = parse_key_text(text, "tp-ed25519-secret")?;
        let key = SecretKey::from_seed(seed);
        if key.public().id_hex() != id {
            return Err("the key id does not match the secret key".into());
        }
        Ok(key)
    }

    /// The manifest file: header lines, blank line, the JSON exactly as signed.
    pub fn sign_manifest(&self, manifest: &Manifest) -> Vec<u8> {
        let json = serde_json::to_vec_pretty(manifest).expect("manifest serializes");
        self.sign_document(MAGIC, &json)
    }

    /// A signed file of the kind `magic` names (its first line): the header with the key id
    /// and the signature of `magic` + `json`, a blank line, then `json`.
    pub(crate) fn sign_document(&self, magic: &str, json: &[u8]) -> Vec<u8> {
        let signature = self.key.sign(&signed_message(magic, json));
        let mut out = format!(
            "{magic}key: {}\nsignature: {}\n\n",
            self.public().id_hex(),
            B64.encode(signature.to_bytes())
        )
        .into_bytes();
        out.extend_from_slice(json);
        out
    }
}

fn signed_message(magic: &str, json: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(magic.len() + json.len());
    m.extend_from_slice(magic.as_bytes());
    m.extend_from_slice(json);
    m
}

/// The JSON of a signed file of the kind `magic` names, once its signature is checked with one
/// of `trusted`. Never panics, whatever the bytes.
pub(crate) fn verified_json<'a>(
    bytes: &'a [u8],
    magic: &str,
    trusted: &[PublicKey],
) -> Result<&'a [u8], ManifestError> {
    if bytes.len() > MAX_MANIFEST_BYTES {
        return Err(ManifestError::Malformed("too large".into()));
    }
    let Some(rest) = bytes.strip_prefix(magic.as_bytes()) else {
        return Err(ManifestError::Unsigned);
    };
    let Some(split) = rest.windows(2).position(|w| w == b"\n\n") else {
        return Err(ManifestError::Malformed(
            "no blank line after the header".into(),
        ));
    };
    let (header, json) = (&rest[..split], &rest[split + 2..]);
    let header = std::str::from_utf8(header)
        .map_err(|_| ManifestError::Malformed("header is not text".into()))?;
    let (mut id, mut sig) = (None, None);
    for line in header.lines() {
        match line.split_once(": ") {
            Some(("key", v)) => id = Some(v),
            Some(("signature", v)) => sig = Some(v),
            _ => return Err(ManifestError::Malformed(format!("header line '{line}'"))),
        }
    }
    let (Some(id), Some(sig)) = (id, sig) else {
        return Err(ManifestError::Unsigned);
    };
    let id = unhex::<8>(id).ok_or(ManifestError::Malformed("key id".into()))?;
    let key = trusted
        .iter()
        .find(|k| k.id == id)
        .ok_or(ManifestError::UnknownKey)?;
    let sig: [u8; 64] = B64
        .decode(sig)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or(ManifestError::BadSignature)?;
    key.key
        .verify_strict(&signed_message(magic, json), &Signature::from_bytes(&sig))
        .map_err(|_| ManifestError::BadSignature)?;
    Ok(json)
}

/// Check the signature with one of `trusted`, then parse. Never panics, whatever the bytes.
pub fn verify(bytes: &[u8], trusted: &[PublicKey]) -> Result<Manifest, ManifestError> {
    let json = verified_json(bytes, MAGIC, trusted)?;
    let manifest: Manifest =
        serde_json::from_slice(json).map_err(|e| ManifestError::Malformed(e.to_string()))?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(ManifestError::Malformed(format!(
            "manifest format {}, this app reads {MANIFEST_FORMAT}",
            manifest.format
        )));
    }
    for f in std::iter::once(&manifest.full).chain(manifest.deltas.iter().map(|d| &d.file)) {
        if !safe_relative_path(&f.path) || unhex::<32>(&f.sha256).is_none() {
            return Err(ManifestError::Malformed(format!("file entry '{}'", f.path)));
        }
    }
    if unhex::<32>(&manifest.snapshot_sha256).is_none() {
        return Err(ManifestError::Malformed("snapshot_sha256".into()));
    }
    if let Some(next) = &manifest.next_key {
        PublicKey::parse(next).map_err(|_| ManifestError::Malformed("next_key".into()))?;
    }
    Ok(manifest)
}

/// A path below the manifest's folder: no scheme, no `..`, no absolute path.
pub(crate) fn safe_relative_path(p: &str) -> bool {
    !p.is_empty()
        && !p.starts_with('/')
        && p.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
}

/// "0.1.0" → (0, 1, 0); anything unparsable compares as very new (so it is refused).
pub fn parse_app_version(v: &str) -> (u64, u64, u64) {
    let mut it = v
        .trim()
        .split('.')
        .map(|p| p.parse::<u64>().unwrap_or(u64::MAX));
    (
        it.next().unwrap_or(u64::MAX),
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
    )
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lower-case hex of a finished digest (for streamed hashing).
pub fn digest_hex(d: &[u8]) -> String {
    hex(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            format: MANIFEST_FORMAT,
            region: "Isère".into(),
            version: 2,
            build_date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
            expires: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            min_app_version: "0.1.0".into(),
            snapshot_size: 10,
            snapshot_sha256: "ab".repeat(32),
            full: FileRef {
                path: "snapshots/2.sqlite.zst".into(),
                size: 5,
                sha256: "cd".repeat(32),
            },
            deltas: vec![],
            map: None,
            contributions: None,
            next_key: None,
        }
    }

    fn with_map() -> Manifest {
        Manifest {
            map: Some(MapRef {
                area: "grenoble".into(),
                size: 422_357,
                sha256: "ef".repeat(32),
                file: FileRef {
                    path: "maps/grenoble-efefefefefefefef.tpmp.zst".into(),
                    size: 310_000,
                    sha256: "01".repeat(32),
                },
            }),
            ..manifest()
        }
    }

    #[test]
    fn a_manifest_without_a_map_layer_verifies_and_is_written_as_before() {
        let key = SecretKey::from_seed([7; 32]);
        // The JSON of a manifest written before the field existed, signed as it was.
        let json = serde_json::to_vec_pretty(&manifest()).unwrap();
        assert!(!String::from_utf8_lossy(&json).contains("\"map\""));
        let bytes = key.sign_document(MAGIC, &json);
        assert_eq!(bytes, key.sign_manifest(&manifest()));
        let m = verify(&bytes, &[key.public()]).unwrap();
        assert_eq!(m.map, None);
        assert_eq!(m, manifest());
    }

    #[test]
    fn a_contributions_address_round_trips_and_older_manifests_still_parse() {
        let key = SecretKey::from_seed([7; 32]);
        let with = Manifest {
            contributions: Some("https://donnees.example.org/contributions".into()),
            ..manifest()
        };
        let bytes = key.sign_manifest(&with);
        let m = verify(&bytes, &[key.public()]).unwrap();
        assert_eq!(m, with);
        // A manifest written before the field (no `contributions` key) reads as none.
        let json = serde_json::to_vec_pretty(&manifest()).unwrap();
        assert!(!String::from_utf8_lossy(&json).contains("contributions"));
        let old = verify(&key.sign_document(MAGIC, &json), &[key.public()]).unwrap();
        assert_eq!(old.contributions, None);
        // An app from before the field reads the rest.
        #[derive(Deserialize)]
        struct Older {
            version: u64,
        }
        let json = verified_json(&bytes, MAGIC, &[key.public()]).unwrap();
        let older: Older = serde_json::from_slice(json).unwrap();
        assert_eq!(older.version, with.version);
    }

    #[test]
    fn a_manifest_with_a_map_layer_round_trips_and_older_readers_ignore_it() {
        let key = SecretKey::from_seed([7; 32]);
        let bytes = key.sign_manifest(&with_map());
        let m = verify(&bytes, &[key.public()]).unwrap();
        assert_eq!(m, with_map());
        assert_eq!(m.map.as_ref().map(MapRef::check), Some(Ok(())));
        // An app from before the field: its manifest type has no `map` and reads the rest.
        #[derive(Deserialize)]
        struct Older {
            version: u64,
            full: FileRef,
            #[serde(default)]
            deltas: Vec<DeltaRef>,
        }
        let json = verified_json(&bytes, MAGIC, &[key.public()]).unwrap();
        let older: Older = serde_json::from_slice(json).unwrap();
        assert_eq!(
            (older.version, older.full, older.deltas),
            (2, manifest().full, vec![])
        );
    }

    #[test]
    fn a_map_entry_that_leaves_the_folder_or_is_malformed_is_refused() {
        for change in [
            |r: &mut MapRef| r.file.path = "../x.zst".into(),
            |r: &mut MapRef| r.area = "../grenoble".into(),
            |r: &mut MapRef| r.sha256 = "zz".into(),
            |r: &mut MapRef| r.file.sha256 = "ab".into(),
            |r: &mut MapRef| r.size = MAX_MAP_LAYER_BYTES + 1,
            |r: &mut MapRef| r.file.size = MAX_MAP_LAYER_BYTES + 1,
        ] {
            let mut r = with_map().map.unwrap();
            change(&mut r);
            assert!(r.check().is_err(), "{r:?}");
        }
    }

    #[test]
    fn signed_manifest_round_trips_and_keys_parse_back() {
        let key = SecretKey::from_seed([7; 32]);
        let bytes = key.sign_manifest(&manifest());
        assert_eq!(verify(&bytes, &[key.public()]), Ok(manifest()));
        let again = SecretKey::parse(&key.to_text()).unwrap();
        assert_eq!(again.public(), key.public());
        assert_eq!(
            PublicKey::parse(&key.public().to_string()).unwrap(),
            key.public()
        );
    }

    #[test]
    fn unsigned_foreign_tampered_and_html_manifests_are_refused() {
        let key = SecretKey::from_seed([7; 32]);
        let other = SecretKey::from_seed([8; 32]);
        let bytes = key.sign_manifest(&manifest());
        assert_eq!(
            verify(&bytes, &[other.public()]),
            Err(ManifestError::UnknownKey)
        );
        let json = serde_json::to_vec(&manifest()).unwrap();
        assert_eq!(verify(&json, &[key.public()]), Err(ManifestError::Unsigned));
        assert_eq!(
            verify(b"<html>login</html>", &[key.public()]),
            Err(ManifestError::Unsigned)
        );
        let mut tampered = bytes.clone();
        let at = tampered.len() - 5;
        tampered[at] ^= 1;
        assert!(verify(&tampered, &[key.public()]).is_err());
        // The same key id, another key's signature.
        let forged = String::from_utf8(other.sign_manifest(&manifest()))
            .unwrap()
            .replace(&other.public().id_hex(), &key.public().id_hex());
        assert_eq!(
            verify(forged.as_bytes(), &[key.public()]),
            Err(ManifestError::BadSignature)
        );
    }

    #[test]
    fn file_paths_that_leave_the_folder_are_refused() {
        let key = SecretKey::from_seed([7; 32]);
        for bad in ["../x", "/etc/passwd", "a//b", "http://evil/x", ""] {
            let mut m = manifest();
            m.full.path = bad.into();
            assert!(verify(&key.sign_manifest(&m), &[key.public()]).is_err());
        }
    }

    #[test]
    fn random_bytes_never_panic_the_parser() {
        let key = SecretKey::from_seed([7; 32]);
        let good = key.sign_manifest(&manifest());
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for i in 0..3000 {
            let mut b = if i % 2 == 0 {
                good.clone()
            } else {
                (0..next() % 400).map(|_| next() as u8).collect()
            };
            for _ in 0..(next() % 8) {
                if !b.is_empty() {
                    let at = (next() as usize) % b.len();
                    b[at] = next() as u8;
                }
            }
            if i % 3 == 0 {
                let cut = (next() as usize) % (b.len() + 1);
                b.truncate(cut);
            }
            let _ = verify(&b, &[key.public()]);
        }
    }

    #[test]
    fn embedded_publisher_keys_parse() {
        assert_eq!(PublicKey::embedded().len(), PUBLISHER_KEYS.len());
    }

    #[test]
    fn app_versions_compare_numerically() {
        assert!(parse_app_version("0.10.0") > parse_app_version("0.9.3"));
        assert!(parse_app_version("garbage") > parse_app_version("99.0.0"));
    }
}
