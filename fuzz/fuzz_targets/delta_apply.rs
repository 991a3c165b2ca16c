//! Any delta content applied onto the bundled Isère snapshot: an error or a file, never a panic.
//! The input is the delta's JSON (compressed here), so the fuzzer explores the structure
//! rather than zstd's framing; `check` also sees the raw bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;
use toutpres::sync::{delta, manifest};

static BASE: &[u8] = include_bytes!("../../assets/toutpres-isere.sqlite");

fn base() -> &'static (PathBuf, String) {
    static B: OnceLock<(PathBuf, String)> = OnceLock::new();
    B.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("toutpres-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("base.sqlite");
        std::fs::write(&path, BASE).unwrap();
        (path, manifest::sha256_hex(BASE))
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = delta::check(data);
    let (old, sha) = base();
    let compressed = zstd::bulk::compress(data, 1).unwrap();
    let out = old.with_file_name("out.sqlite");
    let _ = delta::apply(old, sha, &compressed, &out, &delta::scratch_path(&out));
});
