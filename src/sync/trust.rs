//! Keys a phone learned while its publisher rotated its key.
//!
//! A publisher whose key must change (a volunteer leaves with a copy, a server is lost, or
//! simply on schedule) cannot reach the phones that installed the app: their trusted keys are
//! fixed in the build (`PublicKey::embedded`). So the old key announces the next one: every
//! manifest it signs names it ([`Manifest::next_key`]), and a phone that verifies such a
//! manifest with a key it already trusts keeps the named key from then on. When the new key
//! starts signing, those phones follow; a phone that never synced during the announcement
//! refuses the new manifests and keeps its data, as for any unknown key.
//!
//! Learned keys are kept beside the sync state (`sync/keys`, one per line) on phones and
//! desktops, and in the browser's storage by the web app ([`super::memory::Remembered`]). No
//! key is ever learned from anything but a verified manifest.

use super::manifest::{Manifest, PublicKey};

/// The key `m` names that `trusted` does not hold yet (`m` was verified with `trusted`).
pub fn newly_named(m: &Manifest, trusted: &[PublicKey]) -> Option<PublicKey> {
    let next = PublicKey::parse(m.next_key.as_deref()?).ok()?;
    (!trusted.contains(&next)).then_some(next)
}

/// `trusted`, and the keys learned before (as stored; a line that does not parse is skipped).
pub fn with_learned<'a>(
    trusted: &[PublicKey],
    learned: impl IntoIterator<Item = &'a str>,
) -> Vec<PublicKey> {
    let mut keys = trusted.to_vec();
    for k in learned {
        if let Ok(k) = PublicKey::parse(k.trim()) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

#[cfg(not(target_arch = "wasm32"))]
mod on_disk {
    use super::*;
    use crate::files;
    use std::path::Path;

    /// The file of learned keys, in the app's sync folder.
    const KEYS_FILE: &str = "keys";

    /// The keys this app data folder learned (none when the file is missing or unreadable).
    pub fn learned(dir: &Path) -> Vec<String> {
        std::fs::read_to_string(files::sync_dir(dir).join(KEYS_FILE))
            .map(|text| text.lines().map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// Keeps the key a verified manifest names, if it is new. A failed write only means the
    /// next sync learns it again.
    pub fn learn(dir: &Path, m: &Manifest, trusted: &[PublicKey]) {
        let Some(next) = newly_named(m, trusted) else {
            return;
        };
        let mut lines = learned(dir);
        lines.push(next.to_string());
        let sync_dir = files::sync_dir(dir);
        let _ = std::fs::create_dir_all(&sync_dir);
        let _ = files::write_atomically(&sync_dir.join(KEYS_FILE), lines.join("\n").as_bytes());
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use on_disk::{learn, learned};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::manifest::SecretKey;

    fn manifest_naming(next: Option<String>) -> Manifest {
        let mut m: Manifest = serde_json::from_value(serde_json::json!({
            "format": crate::sync::manifest::MANIFEST_FORMAT, "region": "Isère", "version": 1,
            "build_date": "2026-01-01", "expires": "2026-06-30", "min_app_version": "0.1.0",
            "snapshot_size": 1, "snapshot_sha256": "ab".repeat(32),
            "full": {"path": "snapshots/1.sqlite.zst", "size": 1, "sha256": "cd".repeat(32)}
        }))
        .unwrap();
        m.next_key = next;
        m
    }

    #[test]
    fn a_named_key_is_learned_once_and_kept_across_restarts() {
        let old = SecretKey::from_seed([7; 32]).public();
        let new = SecretKey::from_seed([8; 32]).public();
        let dir = std::env::temp_dir().join(format!("toutpres-trust-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let trusted = [old.clone()];
        assert!(learned(&dir).is_empty());
        learn(&dir, &manifest_naming(None), &trusted);
        assert!(learned(&dir).is_empty(), "nothing named, nothing learned");
        let naming = manifest_naming(Some(new.to_string()));
        learn(&dir, &naming, &trusted);
        let keys = with_learned(&trusted, learned(&dir).iter().map(String::as_str));
        assert_eq!(keys, [old.clone(), new.clone()]);
        // Named again: already trusted, not written twice.
        learn(&dir, &naming, &keys);
        assert_eq!(learned(&dir).len(), 1);
        assert_eq!(newly_named(&naming, &keys), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_stored_line_that_is_not_a_key_is_skipped() {
        let old = SecretKey::from_seed([7; 32]).public();
        let keys = with_learned(std::slice::from_ref(&old), ["garbage", ""]);
        assert_eq!(keys, [old]);
    }
}
