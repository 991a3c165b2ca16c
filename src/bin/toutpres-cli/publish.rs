//! The data preparer's path, in the order it is walked: `build` a snapshot from the sources,
//! `keygen` once, `publish` each edition into a folder for a static host, and `sync` an app's
//! data folder from it to see what a phone will see (see `src/sync/` and the README).
//!
//! What a sync did is said in the app's own words (`present::sync_report`), so a publisher
//! trying an edition reads exactly what the person on the phone will read.

use crate::args::{BuildArgs, PublishArgs, SyncArgs};
use crate::{paris_now, words, Error, Res, BUNDLED};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Instant;
use toutpres::build::{self, SourceKind};
use toutpres::present;
use toutpres::sync::manifest::{PublicKey, SecretKey};
use toutpres::sync::publish::{self as publisher, MapLayerSource, PublishOptions};
use toutpres::sync::{
    self, Faults, NetworkKind, Outcome, Planned, Step, SyncConfig, SyncPolicy, Trigger,
};

pub fn build(a: BuildArgs) -> Res {
    let mut list = Vec::new();
    if let Some(dir) = &a.data {
        list.extend(if a.editions {
            build::national_sources(dir)
        } else {
            build::isere_sources(dir)
        });
    }
    for s in &a.sources {
        let (kind, path) = s
            .split_once('=')
            .ok_or_else(|| format!("--source takes KIND=PATH, got '{s}'"))?;
        let kind =
            SourceKind::from_name(kind).ok_or_else(|| format!("unknown source kind '{kind}'"))?;
        list.push((kind, PathBuf::from(path)));
    }
    if list.is_empty() {
        return Err("nothing to build: give --data DIR and/or --source KIND=PATH".into());
    }
    let t = Instant::now();
    let (outcome, editions) = if a.editions {
        std::fs::create_dir_all(&a.out)
            .map_err(|e| format!("cannot create {}: {e}", a.out.display()))?;
        let (national, editions) =
            build::build_editions(&list, &a.out, a.build_date, a.data_version)?;
        (national, editions)
    } else {
        let outcome = build::build(&list, &a.out, a.build_date, a.data_version, &a.region)?;
        (outcome, Vec::new())
    };
    for r in &outcome.reports {
        eprintln!("{r}");
    }
    eprintln!(
        "{} places ({} records, {} merged) written to {} in {:.1} s",
        outcome.meta.place_count,
        outcome.records,
        outcome.merges.len(),
        a.out.display(),
        t.elapsed().as_secs_f64()
    );
    for e in &editions {
        eprintln!(
            "edition {}: {} places, {} bytes, {} published",
            e.id, e.places, e.bytes, e.published_bytes
        );
    }
    if let Some(rp) = a.report {
        // The report names the command that rebuilds it.
        let mut command = String::from("cargo run --release --bin toutpres-cli -- build");
        if a.data.is_some() {
            command.push_str(" --data ../shared/data");
        }
        if a.editions {
            command.push_str(" --editions");
        }
        for s in &a.sources {
            command.push_str(&format!(" --source {s}"));
        }
        command.push_str(&format!(
            " --out {} --report {}",
            a.out.display(),
            rp.display()
        ));
        let stem = rp
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("report")
            .to_string();
        let maps_name = format!("{stem}-maps");
        let maps_dir = rp.with_file_name(&maps_name);
        std::fs::create_dir_all(&maps_dir)
            .map_err(|e| format!("cannot create {}: {e}", maps_dir.display()))?;
        for (name, svg) in &outcome.maps {
            let path = maps_dir.join(name);
            std::fs::write(&path, svg)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        let mut md = build::report_markdown(&outcome, &command, &maps_name);
        if !editions.is_empty() {
            md.push_str(&build::editions_markdown(&editions));
        }
        std::fs::write(&rp, md).map_err(|e| format!("cannot write {}: {e}", rp.display()))?;
    }
    Ok(())
}

pub fn keygen(secret: &Path) -> Res {
    use std::io::Write;
    let key = SecretKey::generate()?;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(secret).map_err(|e| {
        format!(
            "cannot create {} (never overwritten): {e}",
            secret.display()
        )
    })?;
    f.write_all(key.to_text().as_bytes())?;
    f.sync_all()?;
    eprintln!(
        "secret key written to {} — keep it out of any repository",
        secret.display()
    );
    say!("{}", key.public());
    Ok(())
}

/// The public key of an existing secret key, for the web app's build
/// (`TOUTPRES_PUBLISHER_KEY`) and the operator's records.
pub fn public_of(secret: &Path) -> Res {
    say!("{}", read_secret(secret)?.public());
    Ok(())
}

pub fn publish(a: PublishArgs) -> Res {
    let key = read_secret(&a.key)?;
    let today = paris_now().date();
    let expires = a.expires.unwrap_or(today + chrono::Days::new(a.valid_days));
    if expires <= today {
        eprintln!("warning: the manifest expires {expires}, not after today");
    }
    let map_layer = match &a.map_layer {
        Some(path) => Some(MapLayerSource {
            area: match &a.map_area {
                Some(area) => area.clone(),
                None => path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .ok_or_else(|| format!("{}: give --map-area", path.display()))?
                    .to_string(),
            },
            path: path.clone(),
        }),
        None => None,
    };
    let opts = PublishOptions {
        deltas: a.deltas,
        expires,
        min_app_version: a.min_app_version,
        level: a.level,
        map_layer,
        contributions: a.contributions,
        next_key: a.next_key.as_deref().map(key_arg).transpose()?,
        previous_keys: a
            .previous_keys
            .iter()
            .map(|k| key_arg(k))
            .collect::<Result<_, _>>()?,
    };
    let t = Instant::now();
    let p = match &a.edition {
        Some(id) => publisher::publish_edition(&a.snapshot, &a.dir, id, &key, &opts)?,
        None => publisher::publish(&a.snapshot, &a.dir, &key, &opts)?,
    };
    let m = &p.manifest;
    say!(
        "published version {} ({}) into {} in {:.1} s: full {} bytes ({} uncompressed), expires {}",
        m.version,
        m.build_date,
        a.dir.display(),
        t.elapsed().as_secs_f64(),
        m.full.size,
        m.snapshot_size,
        m.expires
    );
    for (from, bytes, st) in &p.deltas {
        say!(
            "  delta from {from}: {bytes} bytes ({} of {} places carried, {} runs)",
            st.carried,
            st.places,
            st.runs
        );
    }
    if let Some(url) = &m.contributions {
        say!("  field contributions go to {url}");
    }
    if let Some(map) = &m.map {
        say!(
            "  map layer {}: {} bytes ({} uncompressed) at {}{}",
            map.area,
            map.file.size,
            map.size,
            map.file.path,
            if a.map_layer.is_some() {
                ""
            } else {
                ", as published before"
            }
        );
    }
    Ok(())
}

/// The keys given with --trust, else the app's own.
fn trusted(given: &[String]) -> Result<Vec<PublicKey>, Error> {
    if given.is_empty() {
        return Ok(PublicKey::embedded());
    }
    Ok(given
        .iter()
        .map(|k| PublicKey::parse(k))
        .collect::<Result<_, _>>()?)
}

/// The host's list of editions, checked, and the one a phone at `at` is offered.
pub fn editions(url: &str, trust: &[String], at: Option<(f64, f64)>, json: bool) -> Res {
    let keys = trusted(trust)?;
    let cfg = SyncConfig::new(url);
    let said = |e: sync::http::NetError| -> Error {
        use sync::http::NetError::*;
        match e {
            Unreachable(why) => format!("{url}: cannot reach the host ({why})"),
            LoginPage => format!("{url}: a wifi login page answered; open it first"),
            Status(status) => format!("{url}: the host answered HTTP {status}"),
            TooLong => format!("{url}: too large for a list of editions"),
            Write(e) => format!("{url}: {e}"),
        }
        .into()
    };
    let client = cfg.client().map_err(said)?;
    let bytes = match sync::http::block_on(client.manifest(
        url,
        None,
        toutpres::sync::manifest::MAX_MANIFEST_BYTES,
    ))
    .map_err(said)?
    {
        sync::http::ManifestFetch::Body { bytes, .. } => bytes,
        sync::http::ManifestFetch::NotModified => return Err("the host answered 304".into()),
    };
    let list = sync::editions::verify(&bytes, &keys).map_err(|e| format!("{url}: {e}"))?;
    let offered = at.and_then(|(lat, lon)| list.suggest(lat, lon));
    if json {
        say!(
            "{}",
            json!({ "editions": list.editions, "offered": offered.map(|e| &e.id) })
        );
        return Ok(());
    }
    for e in &list.editions {
        say!(
            "{:<28} {:<28} version {} ({}), {} places, {} bytes to download{}",
            e.id,
            e.region,
            e.version,
            e.build_date,
            e.places,
            e.download_size,
            if offered.is_some_and(|o| o.id == e.id) {
                "  <- offered here"
            } else {
                ""
            }
        );
    }
    Ok(())
}

pub fn sync(a: SyncArgs) -> Res {
    let mut cfg = SyncConfig::new(&a.url);
    cfg.trusted_keys = trusted(&a.trust)?;
    cfg.region = a.region.clone();
    cfg.timeout = std::time::Duration::from_secs_f64(a.timeout);
    cfg.faults = Faults {
        abort_at: match &a.fault_at {
            Some(s) => Some(Step::from_name(s).ok_or_else(|| {
                let names: Vec<_> = Step::ALL.iter().map(|(_, n)| *n).collect();
                format!("unknown step '{s}' (steps: {})", names.join(", "))
            })?),
            None => None,
        },
        fail_writes_after: a.fail_writes_after,
    };
    let network = match a.network.as_str() {
        "wifi" => NetworkKind::Wifi,
        "mobile" => NetworkKind::Mobile,
        "none" => NetworkKind::None,
        other => return Err(format!("--network wifi|mobile|none, not '{other}'").into()),
    };
    let bundled_bytes = std::fs::read(a.bundled.unwrap_or_else(|| PathBuf::from(BUNDLED)))?;
    // As the app does at start: make sure a snapshot is active.
    toutpres::files::open_active(&a.data_dir, &bundled_bytes)?;
    let today = a.today.unwrap_or_else(|| paris_now().date());
    let mut map = sync::MapOutcome::NotTried;
    let outcome = if a.plan_only {
        match sync::plan(&a.data_dir, &cfg, today) {
            Planned::Done(o) => o,
            Planned::Download(p) => {
                say!(
                    "would download {} bytes ({:?}) for version {}",
                    p.bytes,
                    p.kind,
                    p.to
                );
                return Ok(());
            }
        }
    } else {
        let policy = SyncPolicy {
            on_wifi: true,
            allow_mobile_data: a.allow_mobile_data,
            background: true,
        };
        let trigger = if a.background {
            Trigger::Background
        } else {
            Trigger::Person
        };
        let synced = sync::sync(&a.data_dir, &cfg, policy, network, trigger, today);
        map = synced.map;
        synced.outcome
    };
    print_outcome(&outcome, &map, a.json);
    Ok(())
}

fn print_outcome(o: &Outcome, map: &sync::MapOutcome, json: bool) {
    let report = present::sync_report(&words(), o);
    if json {
        let (from, to) = match o {
            Outcome::Updated { from, to, .. } => (Some(*from), Some(*to)),
            _ => (None, None),
        };
        let bytes = match o {
            Outcome::NeedsConsent { bytes, .. } => Some(*bytes),
            _ => None,
        };
        say!(
            "{}",
            json!({"outcome": o.id(), "pictogram": o.pictogram(), "words": report,
                   "data_from": o.data_from().map(|d| d.to_string()), "from": from, "to": to,
                   "bytes": bytes, "detail": format!("{o:?}"),
                   "map": map.id(), "map_detail": format!("{map:?}")})
        );
    } else {
        say!("{report}");
        // The map layer is said only when something happened to it (not in the app's words:
        // the app tells the person about the data, not the map).
        match map {
            sync::MapOutcome::Installed { area, bytes } => {
                say!("map layer {area} updated ({bytes} bytes)")
            }
            m if m.went_wrong() => say!("map layer not updated, the one in use stays: {m:?}"),
            _ => {}
        }
    }
}

/// A public key given on the command line: as `keygen` prints it, or the secret key file it
/// belongs to.
pub fn key_arg(given: &str) -> Result<PublicKey, Error> {
    if given.starts_with("tp-ed25519:") {
        return Ok(PublicKey::parse(given)?);
    }
    Ok(read_secret(Path::new(given))?.public())
}

pub fn read_secret(path: &Path) -> Result<SecretKey, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    Ok(SecretKey::parse(&text)?)
}
