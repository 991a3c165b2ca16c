//! The snapshot a sync starts from: the one the pointer names, else the bundled copy on disk.
//! A delta applies only to exactly that file, so its version and SHA-256 are read here.

use crate::files::{self, SNAPSHOT_FILE};
use crate::snapshot::Snapshot;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The snapshot sync starts from.
#[derive(Debug, Clone)]
pub struct Installed {
    pub path: PathBuf,
    pub version: u64,
    pub build_date: NaiveDate,
    /// The edition's region (`meta.region`): versions compare only within one edition.
    pub region: String,
    pub sha256: String,
}

/// The pointer's snapshot, else the bundled copy on disk, else none (before first launch).
pub fn installed(dir: &Path) -> Option<Installed> {
    if let Some((path, sha256)) = files::read_pointer(dir) {
        if let Ok(s) = Snapshot::open(&path) {
            return Some(Installed {
                path,
                version: s.meta().data_version,
                build_date: s.meta().build_date,
                region: s.meta().region.clone(),
                sha256,
            });
        }
    }
    let path = dir.join(SNAPSHOT_FILE);
    let s = Snapshot::open(&path).ok()?;
    let (sha256, _) = files::sha256_file(&path).ok()?;
    Some(Installed {
        version: s.meta().data_version,
        build_date: s.meta().build_date,
        region: s.meta().region.clone(),
        path,
        sha256,
    })
}
