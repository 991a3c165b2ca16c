//! Deltas between two snapshots: the rows that changed, rebuilt on the phone into the exact
//! bytes of the new snapshot.
//!
//! **Why rows and not bytes.** Place ids are dense and follow space, so one new place shifts the
//! id of every place after it, and every page of the file changes. Measured on the national
//! workload with 1 % of places changed (BENCHMARKS.md, "Sync"): a zstd `--patch-from` patch is
//! 51 % of the compressed full snapshot, a bsdiff patch 31 %. Keyed by the stable place key
//! instead, almost every place is unchanged and only its new id differs, so the delta says
//! "copy places 0..1233 of the old file, then this new place, then old 1234..5000, …" and carries
//! only the rows of places that really changed: 0.42 % of the full download.
//!
//! **Why the result is byte-identical.** The snapshot writer ends with `VACUUM`, which lays the
//! file out from its logical content alone; the snapshot module rebuilds that content in a
//! scratch database with its own schema and writes it with `VACUUM INTO` (see
//! `snapshot::rebuild`). The 100-byte file header holds counters that depend on a file's
//! history, not its content, so the delta carries the target's header. The caller then checks
//! the SHA-256 the signed manifest announces: if the rebuild ever differed (another SQLite, a
//! changed writer), the hash says so and the app takes the full snapshot instead. The publisher
//! applies every delta it writes and refuses one that does not give the exact file.
//!
//! One job per file: `format.rs` (the delta file: encoding, decoding, limits), `make.rs` (the
//! publisher's side), `apply.rs` (the phone's and the browser's side), `work.rs` (where that
//! side's work files live and how its parts share the processor: files and threads on a
//! phone, SQLite's memory files one after the other in a browser). Neither side writes SQL:
//! rows are read and written through the snapshot module, which alone knows the snapshot's
//! format.

mod apply;
mod format;
mod make;
mod work;

pub use apply::{apply, apply_bytes, apply_timed, scratch_path, PhaseTimes};
pub use format::{check, DeltaError, DELTA_FORMAT, MAX_DELTA_JSON};
pub use make::{make, DeltaStats};
