//! Invariants of the code layout that a compiler does not check.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The functional core (cartography, queries, hours, presentation, user data, sync,
/// reminders) names no interface framework: it must stay testable with `cargo test` alone and
/// usable from any shell. Only `src/ui/`, `src/views/` and the app entry points may.
#[test]
fn the_core_does_not_depend_on_the_interface() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let shell = ["ui", "views"];
    let entry_points = ["main.rs", "toutpres-liveview.rs"];
    let mut offenders = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .to_string();
        let name = rel.file_name().unwrap().to_string_lossy().to_string();
        if shell.contains(&first.as_str()) || entry_points.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        if text.contains("dioxus") {
            offenders.push(rel.display().to_string());
        }
    }
    assert!(
        offenders.is_empty(),
        "core files using dioxus: {offenders:?}"
    );
    assert!(files.len() > 20, "source tree found");
}
