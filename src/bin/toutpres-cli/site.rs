//! `toutpres-cli site`: a team's whole site, built into a folder that any static HTTPS host,
//! or object storage behind a CDN, serves as it is. Running it again with new data is how a
//! team publishes; the service's nightly job runs nothing else (`platforms/server/`).
//!
//! ```text
//! ROOT/current -> releases/<UTC time>   what the host serves; switched in one rename
//! ROOT/releases/<UTC time>/             the web app's files, `_headers`, and data/:
//!   data/editions                       the signed list of editions
//!   data/<edition>/manifest, snapshots/, deltas/, maps/   as `publish` writes them
//! ROOT/status.json                      the last run: {"ok", "finished", "message"}
//! ```
//!
//! **Why releases and a link.** A publication writes hundreds of files; a host that served
//! them while they were written would give a phone a manifest naming a file not yet there, or
//! a list naming editions of two runs. Each run builds a complete folder beside the one in use
//! and switches `current` with one `rename`, which is atomic: a run that fails halfway
//! (a full disk, a wrong key, a source that does not parse) leaves the previous site serving,
//! never a mix. The previous release's data is hard-linked into the new one, not copied
//! (`publish` replaces files by renaming, so a link never sees its old copy change), and
//! only what changed is written: an unchanged edition gets a manifest signed again with a new
//! expiry date ([`publisher::renew`]), a changed one a new version with deltas from the
//! versions phones have.
//!
//! **Why the app needs no address.** The web app is copied beside `data/`, and syncs from its
//! own site's `data/isere/manifest` by default (`sync::host::site_manifest_url`), verified
//! with the key built into it; the manifests name the inbox. The command refuses a web app
//! built for another key before anything is written, so a site never serves data its own app
//! refuses.
//!
//! **Key custody.** The secret key must be readable by its owner only, and may not sit under
//! the site or the web app (a static host would serve it). Nothing of it but signatures is
//! written here.

use crate::args::SiteArgs;
use crate::publish::key_arg;
use crate::{paris_now, Error, Res};
use chrono::Utc;
use std::path::{Path, PathBuf};
use std::time::Instant;
use toutpres::build::{self, SourceKind};
use toutpres::edition;
use toutpres::files::sha256_file;
use toutpres::snapshot::Snapshot;
use toutpres::sync::editions::{self, EDITIONS_FILE};
use toutpres::sync::host::{BUNDLED_EDITION, SITE_DATA_DIR};
use toutpres::sync::manifest::{self, Manifest, PublicKey, SecretKey};
use toutpres::sync::publish::{self as publisher, MapLayerSource, PublishOptions};

/// The editions the street map layer is offered with: it covers Grenoble.
const MAP_EDITIONS: [&str; 3] = [
    BUNDLED_EDITION,
    "auvergne-rhone-alpes",
    edition::NATIONAL_ID,
];

/// The region name the bundled Isère snapshot carries (`build --region`'s default).
const BUNDLED_REGION: &str = "Isère";

pub fn site(a: SiteArgs) -> Res {
    let status = a
        .status
        .clone()
        .unwrap_or_else(|| a.root.join("status.json"));
    let started = Instant::now();
    let result = build_site(&a).map_err(|e| operator_sentence(&e.to_string()));
    let message = match &result {
        Ok(said) => format!("{said} ({:.0} s)", started.elapsed().as_secs_f64()),
        Err(why) => why.clone(),
    };
    let line = serde_json::json!({
        "ok": result.is_ok(),
        "finished": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": message,
    });
    // The status is the operator's and the health check's view; failing to write it must not
    // hide the publication's own result.
    if let Err(e) = toutpres::files::write_atomically(&status, line.to_string().as_bytes()) {
        eprintln!("cannot write the status {}: {e}", status.display());
    }
    match result {
        Ok(_) => {
            say!("{message}");
            Ok(())
        }
        Err(why) => Err(why.into()),
    }
}

/// One sentence an operator can act on, for the failures that are not the data's.
fn operator_sentence(error: &str) -> String {
    if error.contains("No space left on device") || error.contains("os error 28") {
        format!(
            "the disk is full; nothing was published and the site in use is unchanged \
             (free space, e.g. fewer --keep releases, then publish again): {error}"
        )
    } else {
        format!("nothing was published, the site in use is unchanged: {error}")
    }
}

fn build_site(a: &SiteArgs) -> Result<String, Error> {
    let key = custody_checked_key(&a.key, &[&a.root, &a.web_app])?;
    let public = key.public();
    let previous: Vec<PublicKey> = a
        .previous_keys
        .iter()
        .map(|k| key_arg(k))
        .collect::<Result<_, _>>()?;
    let next_key = a.next_key.as_deref().map(key_arg).transpose()?;
    let readable: Vec<PublicKey> = std::iter::once(public.clone())
        .chain(previous.iter().cloned())
        .collect();
    let current = a.root.join("current");
    let served_data = current.join(SITE_DATA_DIR);
    check_served_with(&served_data, &readable)?;
    check_web_app(&a.web_app, &public)?;
    let contributions = match &a.contributions {
        Some(url) => Some(
            toutpres::sync::host::check_manifest_url(url)
                .map_err(|e| format!("--contributions {url}: {e}"))?,
        ),
        None => None,
    };

    let releases = a.root.join("releases");
    std::fs::create_dir_all(&releases).map_err(at(&releases))?;
    remove_unfinished(&releases);
    let stamp = Utc::now().format("%Y%m%dT%H%M%S%.3fZ").to_string();
    let partial = releases.join(format!("{stamp}.partial"));
    let work = a.root.join("work");
    let release = releases.join(&stamp);
    let keys = Keys {
        key: &key,
        readable: &readable,
        next_key,
    };
    let outcome =
        fill_release(a, &keys, contributions, &served_data, &partial, &work).and_then(|said| {
            std::fs::rename(&partial, &release).map_err(at(&release))?;
            Ok(said)
        });
    let said = match outcome {
        Ok(said) => said,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&partial);
            let _ = std::fs::remove_dir_all(&work);
            return Err(e);
        }
    };
    switch_current(&a.root, &release)?;
    // The inbox shows each report beside its place as now published (`serve --snapshot`).
    let isere = a.root.join(format!("{BUNDLED_EDITION}.sqlite"));
    let _ = std::fs::rename(work.join(format!("{BUNDLED_EDITION}.sqlite")), &isere);
    let _ = std::fs::remove_dir_all(&work);
    prune_releases(&releases, &release, a.keep);
    Ok(format!("{said}; {} serves {}", current.display(), stamp))
}

/// The secret key, refused unless only its owner can read it and it lies outside every
/// folder a host serves.
fn custody_checked_key(path: &Path, served: &[&Path]) -> Result<SecretKey, Error> {
    let md = std::fs::metadata(path).map_err(|e| format!("the key {}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = md.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(format!(
                "the key {} can be read by others (mode {mode:o}): chmod 600 it",
                path.display()
            )
            .into());
        }
    }
    let _ = md;
    let key_at = std::fs::canonicalize(path).map_err(at(path))?;
    for folder in served {
        if let Ok(folder) = std::fs::canonicalize(folder) {
            if key_at.starts_with(&folder) {
                return Err(format!(
                    "the key {} is inside {}, which is served: keep it outside",
                    path.display(),
                    folder.display()
                )
                .into());
            }
        }
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    Ok(SecretKey::parse(&text)?)
}

/// The site in use, if any, must have been signed with this key: a wrong or lost key is
/// refused here, before anything is built.
fn check_served_with(data: &Path, readable: &[PublicKey]) -> Result<(), Error> {
    let list = data.join(EDITIONS_FILE);
    match std::fs::read(&list) {
        Ok(bytes) => editions::verify(&bytes, readable).map(|_| ()).map_err(|e| {
            format!(
                "the site in use ({}) was not signed with this key ({e}): give the key that \
                     published it; a lost key needs the steps in OPERATING.md, 'Lost key'",
                list.display()
            )
            .into()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", list.display()).into()),
    }
}

/// The web app must be built (index.html, its .wasm) and trust this key, or the phones that
/// install it would refuse every manifest of their own site.
fn check_web_app(dir: &Path, public: &PublicKey) -> Result<(), Error> {
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "{} is not a built web app (no index.html): bash platforms/web/build.sh {}",
            dir.display(),
            dir.display()
        )
        .into());
    }
    let wasm = std::fs::read_dir(dir)
        .map_err(at(dir))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "wasm"))
        .ok_or_else(|| format!("{}: no .wasm file", dir.display()))?;
    let bytes = std::fs::read(&wasm).map_err(at(&wasm))?;
    let text = public.to_string();
    if !bytes.windows(text.len()).any(|w| w == text.as_bytes()) {
        return Err(format!(
            "the web app in {} does not trust this key: rebuild it with \
             TOUTPRES_PUBLISHER_KEY={text} bash platforms/web/build.sh",
            dir.display()
        )
        .into());
    }
    Ok(())
}

/// Releases left by a run that stopped (killed, power cut) are never served: removed.
fn remove_unfinished(releases: &Path) {
    for entry in std::fs::read_dir(releases).into_iter().flatten().flatten() {
        if entry.file_name().to_string_lossy().ends_with(".partial") {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The key that signs, the keys the site in use may be signed with (it, and previous ones
/// while rotating), and the next key to name.
struct Keys<'a> {
    key: &'a SecretKey,
    readable: &'a [PublicKey],
    next_key: Option<PublicKey>,
}

/// An edition built this run: its id, snapshot file and the file's SHA-256.
struct Built {
    id: String,
    file: PathBuf,
    sha256: String,
}

fn fill_release(
    a: &SiteArgs,
    keys: &Keys,
    contributions: Option<String>,
    served_data: &Path,
    release: &Path,
    work: &Path,
) -> Result<String, Error> {
    copy_tree(&a.web_app, release, &|p| p == Path::new(SITE_DATA_DIR))?;
    let data = release.join(SITE_DATA_DIR);
    if served_data.is_dir() {
        link_tree(served_data, &data)?;
    }
    std::fs::create_dir_all(&data).map_err(at(&data))?;
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(at(work))?;

    let extra = extra_sources(&a.sources)?;
    let key = keys.key;
    let published = |id: &str| -> Option<Manifest> {
        let bytes = std::fs::read(data.join(id).join("manifest")).ok()?;
        manifest::verify(&bytes, keys.readable).ok()
    };
    let t = Instant::now();
    let mut built = build_editions(a, &extra, work, None)?;
    // A new content under a version already published (published twice the same day, or
    // older records accepted late) would be refused by phones: the same build, one above.
    let not_above = built.iter().any(|b| {
        published(&b.id).is_some_and(|m| {
            b.sha256 != m.snapshot_sha256 && snapshot_version(&b.file) <= m.version
        })
    });
    if not_above {
        let highest = built
            .iter()
            .filter_map(|b| published(&b.id).map(|m| m.version))
            .max()
            .unwrap_or(0);
        let _ = std::fs::remove_dir_all(work);
        std::fs::create_dir_all(work).map_err(at(work))?;
        built = build_editions(a, &extra, work, Some(highest + 1))?;
    }
    let built_in = t.elapsed().as_secs_f64();

    let today = paris_now().date();
    let base = PublishOptions {
        deltas: a.deltas,
        expires: today + chrono::Days::new(a.valid_days),
        min_app_version: a.min_app_version.clone(),
        level: a.level,
        map_layer: None,
        contributions,
        next_key: keys.next_key.clone(),
        previous_keys: keys.readable[1..].to_vec(),
    };
    let layer_sha = match &a.map_layer {
        Some(path) => Some(sha256_file(path).map_err(at(path))?.0),
        None => None,
    };
    let (mut new, mut renewed) = (Vec::new(), 0usize);
    for b in &built {
        let mut opts = base.clone();
        if MAP_EDITIONS.contains(&b.id.as_str()) {
            opts.map_layer = a.map_layer.as_ref().map(|path| MapLayerSource {
                area: path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("map")
                    .to_string(),
                path: path.clone(),
            });
        }
        let site = data.join(&b.id);
        let old = published(&b.id);
        let unchanged = old.as_ref().is_some_and(|m| {
            m.snapshot_sha256 == b.sha256
                && m.contributions == opts.contributions
                && m.next_key == opts.next_key.as_ref().map(ToString::to_string)
                && (opts.map_layer.is_none()
                    || m.map.as_ref().map(|r| &r.sha256) == layer_sha.as_ref())
        });
        if unchanged {
            publisher::renew(&site, key, &opts)?;
            renewed += 1;
        } else {
            let p = publisher::publish_edition(&b.file, &data, &b.id, key, &opts)?;
            new.push(format!(
                "{} {} ({} deltas)",
                b.id,
                p.manifest.version,
                p.deltas.len()
            ));
        }
        prune_edition(&site, &key.public(), a.deltas);
    }
    // The list too is signed again with this key: a web app rebuilt with a new key trusts
    // nothing else.
    let list_path = data.join(EDITIONS_FILE);
    let list = editions::verify(
        &std::fs::read(&list_path).map_err(at(&list_path))?,
        keys.readable,
    )?;
    toutpres::files::write_atomically(&list_path, &list.sign(key)?).map_err(at(&list_path))?;
    std::fs::write(release.join("_headers"), HEADERS).map_err(at(release))?;
    toutpres::files::sync_folder(release).map_err(at(release))?;
    Ok(format!(
        "{} editions built in {built_in:.0} s; new: {}; {renewed} unchanged, signed again until {}",
        built.len(),
        if new.is_empty() {
            "none".to_string()
        } else {
            new.join(", ")
        },
        base.expires
    ))
}

/// `KIND=PATH` sources given beside the shared data; a field export with no contribution is
/// left out, so a site with an empty inbox publishes exactly the bundled Isère snapshot and
/// the phones that carry it have nothing to download.
fn extra_sources(given: &[String]) -> Result<Vec<(SourceKind, PathBuf)>, Error> {
    let mut list = Vec::new();
    for s in given {
        let (kind, path) = s
            .split_once('=')
            .ok_or_else(|| format!("--source takes KIND=PATH, got '{s}'"))?;
        let kind =
            SourceKind::from_name(kind).ok_or_else(|| format!("unknown source kind '{kind}'"))?;
        let path = PathBuf::from(path);
        if kind == SourceKind::Field && field_export_is_empty(&path)? {
            continue;
        }
        list.push((kind, path));
    }
    Ok(list)
}

fn field_export_is_empty(path: &Path) -> Result<bool, Error> {
    let bytes = std::fs::read(path).map_err(at(path))?;
    let file: toutpres::contribution::ExportFile = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{}: not an inbox export: {e}", path.display()))?;
    Ok(file.contributions.is_empty())
}

/// Isère (the edition the app carries), and with `--scope france` the national edition and
/// every région's, from the same sources.
fn build_editions(
    a: &SiteArgs,
    extra: &[(SourceKind, PathBuf)],
    work: &Path,
    data_version: Option<u64>,
) -> Result<Vec<Built>, Error> {
    let mut isere = build::isere_sources(&a.data);
    isere.extend(extra.iter().cloned());
    let file = work.join(format!("{BUNDLED_EDITION}.sqlite"));
    build::build(&isere, &file, None, data_version, BUNDLED_REGION)?;
    let (sha256, _) = sha256_file(&file).map_err(at(&file))?;
    let mut built = vec![Built {
        id: BUNDLED_EDITION.to_string(),
        file,
        sha256,
    }];
    match a.scope.as_str() {
        "isere" => {}
        "france" => {
            let mut national = build::national_sources(&a.data);
            national.extend(extra.iter().cloned());
            let dir = work.join("editions");
            std::fs::create_dir_all(&dir).map_err(at(&dir))?;
            let (_, editions) = build::build_editions(&national, &dir, None, data_version)?;
            // `build_editions` hashed each file already.
            built.extend(editions.into_iter().map(|e| Built {
                id: e.id,
                file: e.file,
                sha256: e.sha256,
            }));
        }
        other => return Err(format!("--scope isere|france, not '{other}'").into()),
    }
    Ok(built)
}

fn snapshot_version(file: &Path) -> u64 {
    Snapshot::open(file).map_or(0, |s| s.meta().data_version)
}

/// Keeps an edition's folder to what phones can ask for: the files its manifest names, and
/// the full snapshots of the versions the next deltas start from. The rest was hard-linked
/// from the previous release, which keeps its own copy while it is kept.
fn prune_edition(site: &Path, signed_by: &PublicKey, deltas: usize) {
    let Some(m) = std::fs::read(site.join("manifest"))
        .ok()
        .and_then(|bytes| manifest::verify(&bytes, std::slice::from_ref(signed_by)).ok())
    else {
        return;
    };
    let mut named: Vec<String> = vec![m.full.path.clone()];
    named.extend(m.deltas.iter().map(|d| d.file.path.clone()));
    named.extend(m.map.iter().map(|r| r.file.path.clone()));
    let mut versions: Vec<u64> = list(&site.join("snapshots"))
        .filter_map(|name| name.strip_suffix(".sqlite.zst")?.parse().ok())
        .collect();
    versions.sort_unstable_by(|a, b| b.cmp(a));
    named.extend(
        versions
            .iter()
            .take(deltas + 1)
            .map(|v| format!("snapshots/{v}.sqlite.zst")),
    );
    for folder in ["snapshots", "deltas", "maps"] {
        for name in list(&site.join(folder)).collect::<Vec<_>>() {
            let rel = format!("{folder}/{name}");
            if !named.contains(&rel) {
                let _ = std::fs::remove_file(site.join(&rel));
            }
        }
    }
}

fn list(dir: &Path) -> impl Iterator<Item = String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
}

/// `ROOT/current` now names `release`: a new link beside it, renamed over it (one atomic
/// step; a host reading `current` sees the old release or the new one, never neither).
fn switch_current(root: &Path, release: &Path) -> Result<(), Error> {
    let target = release
        .strip_prefix(root)
        .map_err(|_| format!("{} is not under {}", release.display(), root.display()))?;
    let next = root.join("current.next");
    let _ = std::fs::remove_file(&next);
    #[cfg(unix)]
    std::os::unix::fs::symlink(target, &next).map_err(at(&next))?;
    #[cfg(not(unix))]
    return Err("sites are switched with a symbolic link: Unix only".into());
    std::fs::rename(&next, root.join("current")).map_err(at(root))?;
    toutpres::files::sync_folder(root).map_err(at(root))?;
    Ok(())
}

/// Keeps the newest `keep` releases (the one in use always), to go back by hand if needed.
fn prune_releases(releases: &Path, in_use: &Path, keep: usize) {
    let mut names: Vec<String> = list(releases)
        .filter(|n| !n.ends_with(".partial"))
        .collect();
    names.sort_unstable_by(|a, b| b.cmp(a));
    for name in names.iter().skip(keep.max(1)) {
        let path = releases.join(name);
        if path != in_use {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// Copies `from` into `to` (created), leaving out the top-level entries `skip` names.
fn copy_tree(from: &Path, to: &Path, skip: &dyn Fn(&Path) -> bool) -> Result<(), Error> {
    std::fs::create_dir_all(to).map_err(at(to))?;
    for entry in std::fs::read_dir(from).map_err(at(from))?.flatten() {
        let name = PathBuf::from(entry.file_name());
        if skip(&name) {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if entry.file_type().map_err(at(&src))?.is_dir() {
            copy_tree(&src, &dst, &|_| false)?;
        } else {
            std::fs::copy(&src, &dst).map_err(at(&dst))?;
        }
    }
    Ok(())
}

/// Hard links of every file of `from` under `to`: the previous release's data, shared.
fn link_tree(from: &Path, to: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(to).map_err(at(to))?;
    for entry in std::fs::read_dir(from).map_err(at(from))?.flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().map_err(at(&src))?.is_dir() {
            link_tree(&src, &dst)?;
        } else {
            std::fs::hard_link(&src, &dst).map_err(at(&dst))?;
        }
    }
    Ok(())
}

fn at(path: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", path.display())
}

/// Cache rules for hosts that read a `_headers` file (Netlify, Cloudflare Pages; the same
/// rules are in `platforms/server/Caddyfile` and, for object storage, in OPERATING.md).
/// Manifests and lists are asked again each time (a conditional request: 304 when unchanged),
/// the service worker never cached by the browser's HTTP cache (it decides when the app
/// updates), and files named by their version or content never change.
const HEADERS: &str = "\
/*
  Cache-Control: no-cache
  X-Content-Type-Options: nosniff
/sw.js
  Cache-Control: no-store
/data/*
  Access-Control-Allow-Origin: *
/data/*/snapshots/*
  Cache-Control: public, max-age=31536000, immutable
/data/*/deltas/*
  Cache-Control: public, max-age=31536000, immutable
/data/*/maps/*
  Cache-Control: public, max-age=31536000, immutable
";
