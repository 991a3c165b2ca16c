//! Where a rebuild keeps its files, and how its work shares the processor.
//!
//! On a phone or a computer the files are real files and the three parts of a rebuild run on
//! three threads. The browser has neither: its SQLite (sqlite-wasm-rs) keeps named files in
//! memory (its default VFS, shared by every connection of the page, a file living until it is
//! removed), and a page has one thread, so the parts run one after the other. The rebuild
//! itself (`apply.rs`) is the same code on both: it names files by path and SQLite opens them.

use super::format::DeltaError;
use std::io;
use std::path::{Path, PathBuf};

/// Runs `beside_a` and `beside_b` while `here` runs: on other threads where there are threads,
/// one after the other in the browser. A thread that died counts as a failed rebuild.
pub(super) fn run_beside<A: Send, B: Send, C>(
    beside_a: impl FnOnce() -> Result<A, DeltaError> + Send,
    beside_b: impl FnOnce() -> Result<B, DeltaError> + Send,
    here: impl FnOnce() -> C,
) -> (Result<A, DeltaError>, Result<B, DeltaError>, C) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::scope(|scope| {
            let a = scope.spawn(beside_a);
            let b = scope.spawn(beside_b);
            let c = here();
            let died = || super::format::invalid("a rebuild thread failed");
            (
                a.join().unwrap_or_else(|_| Err(died())),
                b.join().unwrap_or_else(|_| Err(died())),
                c,
            )
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let c = here();
        (beside_a(), beside_b(), c)
    }
}

/// Removes a work file; one that is not there is not an error.
pub(super) fn remove(path: &Path) -> io::Result<()> {
    #[cfg(not(target_arch = "wasm32"))]
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
    #[cfg(target_arch = "wasm32")]
    {
        use sqlite_wasm_rs::vfs::VfsFilesManager as _;
        memory_files()?
            .remove(&path.display().to_string())
            .map(|_| ())
            .map_err(|e| match e {})
    }
}

/// A folder of work files for one rebuild from bytes, removed with everything in it when
/// dropped: a new folder in the system's temporary folder, or a name prefix among the
/// browser's memory files.
pub(super) struct WorkFiles {
    base: PathBuf,
    made: Vec<PathBuf>,
}

impl WorkFiles {
    pub(super) fn new() -> io::Result<WorkFiles> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        #[cfg(not(target_arch = "wasm32"))]
        let base = {
            let base =
                std::env::temp_dir().join(format!("toutpres-rebuild-{}-{n}", std::process::id()));
            std::fs::create_dir(&base)?;
            base
        };
        // A page has no process id (asking for one traps): its memory files are its own.
        #[cfg(target_arch = "wasm32")]
        let base = PathBuf::from(format!("toutpres-rebuild-{n}"));
        Ok(WorkFiles {
            base,
            made: Vec::new(),
        })
    }

    /// The path of the work file `name` (removed with the others at the end).
    pub(super) fn path(&mut self, name: &str) -> PathBuf {
        let path = self.base.join(name);
        self.made.push(path.clone());
        path
    }

    /// A new work file `name` holding `bytes`.
    pub(super) fn put(&mut self, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
        let path = self.path(name);
        remove(&path)?;
        #[cfg(not(target_arch = "wasm32"))]
        std::fs::write(&path, bytes)?;
        #[cfg(target_arch = "wasm32")]
        {
            use sqlite_wasm_rs::vfs::transfer::DbTransfer as _;
            memory_files()?
                .import_db_unchecked(&path.display().to_string(), bytes)
                .map_err(io::Error::other)?;
        }
        Ok(path)
    }

    /// The bytes of the work file at `path`.
    pub(super) fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            std::fs::read(path)
        }
        #[cfg(target_arch = "wasm32")]
        {
            use sqlite_wasm_rs::vfs::transfer::DbTransfer as _;
            memory_files()?
                .export_db(&path.display().to_string())
                .map_err(io::Error::other)
        }
    }
}

impl Drop for WorkFiles {
    fn drop(&mut self) {
        for path in &self.made {
            let _ = remove(path);
            // SQLite's journal beside a file, if a failure left one.
            let _ = remove(Path::new(&format!("{}-journal", path.display())));
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = std::fs::remove_dir(&self.base);
    }
}

#[cfg(target_arch = "wasm32")]
/// The browser SQLite's memory files. Opening any connection installs them; the app has
/// opened its snapshot long before a sync, and `sqlite3_initialize` makes sure of it.
fn memory_files() -> io::Result<sqlite_wasm_rs::vfs::memvfs::MemVfsUtil> {
    // SAFETY: the page has one thread, the one SQLite runs on, and initialization is
    // idempotent.
    unsafe {
        sqlite_wasm_rs::sqlite3_initialize();
        sqlite_wasm_rs::vfs::memvfs::MemVfsUtil::get().map_err(io::Error::other)
    }
}
