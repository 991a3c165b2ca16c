//! Invariants of the code layout that a compiler does not check. Each one is stated in
//! ARCHITECTURE.md ("Invariants") with the name of the test here that fails when it breaks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A source file, by its path under `src/`, with its code: comment lines and the unit tests
/// at its end left out (tests may use anything).
struct Source {
    rel: String,
    code: String,
}

impl Source {
    /// The top-level module the file belongs to (`sync` for `src/sync/http.rs`).
    fn module(&self) -> &str {
        let first = self.rel.split('/').next().unwrap_or_default();
        first.strip_suffix(".rs").unwrap_or(first)
    }

    /// The file's node in the graph of the core's modules: its top-level module, or for a
    /// module of [`SPLIT`], the file (`map::layer` for `src/map/layer.rs`).
    fn node(&self) -> String {
        let mut parts = self.rel.split('/');
        let (first, second) = (parts.next().unwrap_or_default(), parts.next());
        match second.and_then(|f| f.strip_suffix(".rs")) {
            Some(file) if SPLIT.contains(&first) && file != "mod" => format!("{first}::{file}"),
            _ => self.module().to_string(),
        }
    }

    /// The core: everything but the shell (interface, platform edges, entry points).
    fn is_core(&self) -> bool {
        !matches!(
            self.module(),
            "ui" | "views" | "platform" | "bin" | "main" | "lib"
        )
    }
}

fn sources() -> Vec<Source> {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 40, "source tree found");
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(i) => &text[..i],
                None => &text,
            };
            let code = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            Source {
                rel: f.strip_prefix(&root).unwrap().display().to_string(),
                code,
            }
        })
        .collect()
}

fn offenders(files: &[Source], pick: impl Fn(&Source) -> bool, words: &[&str]) -> Vec<String> {
    files
        .iter()
        .filter(|f| pick(f))
        .flat_map(|f| {
            words
                .iter()
                .filter(|w| f.code.contains(*w))
                .map(move |w| format!("{} names `{w}`", f.rel))
        })
        .collect()
}

/// The functional core (cartography, queries, hours, presentation, user data, sync,
/// reminders) names no interface framework: it must stay testable with `cargo test` alone and
/// usable from any shell.
#[test]
fn the_core_names_no_interface_framework() {
    let found = offenders(
        &sources(),
        Source::is_core,
        &["dioxus", "crate::ui", "crate::views"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

/// The core calls no platform service and reads no environment: the platform edges live in
/// `src/platform/`, behind the seams the core defines, and configuration comes in as
/// arguments. A new platform is then a folder there and nothing in the core.
#[test]
fn the_core_calls_no_platform() {
    let found = offenders(
        &sources(),
        Source::is_core,
        &[
            "crate::platform",
            "jni::",
            "ndk_context",
            "notify_rust",
            "tts::",
            "objc",
            "no_mangle",
            "extern \"C\"",
            "std::env::var",
            "dirs::",
            "target_os",
            "wasm_bindgen",
            "web_sys",
            "js_sys",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

/// Each seam's implementations are chosen in one place, `platform/mod.rs`: no other file
/// names a platform's implementation type.
#[test]
fn only_the_platform_module_chooses_implementations() {
    let found = offenders(
        &sources(),
        |f| !f.rel.starts_with("platform/"),
        &[
            "AndroidLocator",
            "IosLocator",
            "StandInLocator",
            "AndroidConnectivity",
            "IosConnectivity",
            "Unmetered",
            "AndroidNotifier",
            "IosNotifier",
            "DesktopNotifier",
            "SystemVoice",
            "AndroidVoice",
            "BrowserLocator",
            "BrowserConnectivity",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

/// Core modules whose files are layers of their own, each a node of the graph: the map's
/// format (`map::layer`, which the data folder and sync read) and its drawing (`map::render`,
/// which words its scale bar with `present`, itself above `sync`).
const SPLIT: &[&str] = &["map"];

/// The top-level modules a piece of code names: `crate::x::…` paths and the items of
/// `crate::{x, y::z}` groups; for a module of [`SPLIT`], the file named after it
/// (`crate::map::layer::MapLayer` names `map::layer`; `crate::map::MapLayer`, `map`).
fn crate_modules_named(code: &str) -> BTreeSet<String> {
    let word = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let ident = |text: &str| -> String {
        let first = word(text);
        let after = text.trim_start()[first.len()..].strip_prefix("::");
        match after.map(word) {
            Some(file)
                if SPLIT.contains(&first.as_str())
                    && src().join(&first).join(format!("{file}.rs")).is_file() =>
            {
                format!("{first}::{file}")
            }
            _ => first,
        }
    };
    let mut named = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Items at the group's top level: split on commas outside inner braces.
            let (mut depth, mut start) = (0, 0);
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        named.insert(ident(&group[start..j]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        named.insert(ident(&group[start..j]));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
        } else {
            named.insert(ident(rest));
        }
    }
    named.retain(|n| !n.is_empty());
    named
}

/// Modules that name each other (outside comments and unit tests), as a graph.
fn module_graph(files: &[Source], node: impl Fn(&Source) -> Option<String>) -> Graph {
    let mut graph = Graph::new();
    for f in files {
        let Some(from) = node(f) else { continue };
        for to in crate_modules_named(&f.code) {
            if to != from {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

type Graph = BTreeMap<String, BTreeSet<String>>;

/// A cycle of the graph, if it has one (depth-first search).
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == n) {
            let mut cycle = path[at..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for next in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

/// The core's modules form layers: no two of them import each other, even through others.
/// The person's data and sync in particular never meet (sync must never touch what the
/// person saved), and the data folder's owner knows neither.
#[test]
fn core_modules_import_each_other_in_no_cycle() {
    let files = sources();
    let graph = module_graph(&files, |f| f.is_core().then(|| f.node()));
    assert!(graph.len() > 10, "{graph:?}");
    assert_eq!(find_cycle(&graph), None, "{graph:#?}");
    let imports = |a: &str, b: &str| graph.get(a).is_some_and(|s| s.contains(b));
    assert!(!imports("sync", "userdata") && !imports("userdata", "sync"));
    assert!(!imports("files", "sync") && !imports("files", "userdata"));
}

/// Inside the interface shell, files import each other in no cycle either. The router's root
/// (`ui/mod.rs`, whose `Route` enum names every screen while screens link to routes) is the
/// one knot Dioxus's router asks for, and is left out.
#[test]
fn interface_files_import_each_other_in_no_cycle() {
    let files = sources();
    let mut graph = Graph::new();
    // Edges inside `ui` are written `super::x` or `crate::ui::x`.
    for f in &files {
        let Some(name) = f
            .rel
            .strip_prefix("ui/")
            .and_then(|n| n.strip_suffix(".rs"))
        else {
            continue;
        };
        if name == "mod" {
            continue;
        }
        for prefix in ["super::", "crate::ui::"] {
            for (i, _) in f.code.match_indices(prefix) {
                let to: String = f.code[i + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !to.is_empty() && to != name && to != "Route" {
                    graph.entry(name.to_string()).or_default().insert(to);
                }
            }
        }
    }
    for targets in graph.values_mut() {
        // `super::Route`, `super::CSS`: the root's items, not files.
        targets.retain(|t| t.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    }
    assert!(graph.len() >= 4, "{graph:?}");
    assert_eq!(find_cycle(&graph), None, "{graph:#?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g = Graph::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_cycle(&g), None);
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_cycle(&g),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}

#[test]
fn the_import_reader_sees_paths_and_grouped_imports() {
    let named = |code: &str| crate_modules_named(code).into_iter().collect::<Vec<_>>();
    assert_eq!(named("use crate::sync::Outcome;"), ["sync"]);
    assert_eq!(
        named(
            "#[allow(unused_imports)]\npub(crate) use crate::{i18n::Lang, sync, files::{self, X}};"
        ),
        ["files", "i18n", "sync"]
    );
    assert_eq!(named("let u = crate::userdata::open_in(&d);"), ["userdata"]);
    assert!(named("let sync_prefs = db.sync_prefs()?;").is_empty());
    assert_eq!(
        named("crate::map::layer::MapLayer::decode(b); use crate::{map::render, need};"),
        ["map::layer", "map::render", "need"]
    );
    assert_eq!(named("use crate::map::MapLayer;"), ["map"]);
}
