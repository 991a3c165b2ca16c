//! `toutpres-cli`: build snapshots, ask them questions, measure them.
//!
//! For the people who prepare data and for helpers on a laptop. With no `--snapshot`, the
//! commands read the Isère snapshot bundled with the app.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use clap::{Args, Parser, Subcommand};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use toutpres::build::{self, SourceKind};
use toutpres::hours::OpenStatus;
use toutpres::need::{Need, NeedSet};
use toutpres::query::{self, Constraints, NearbyHit, NearbyQuery};
use toutpres::snapshot::Snapshot;

/// Print a line; a closed pipe (`| head`) ends the program quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// The bundled snapshot, as committed in the repository.
const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/toutpres-isere.sqlite");

#[derive(Parser)]
#[command(
    name = "toutpres-cli",
    version,
    about = "Tout près: nearby digital help, offline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct SnapshotArg {
    /// Snapshot file (default: the bundled Isère snapshot).
    #[arg(long, global = true)]
    snapshot: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Build a snapshot and its validation report from source files.
    Build {
        /// Shared data folder: imports the real Isère sources found there.
        #[arg(long)]
        data: Option<PathBuf>,
        /// Extra source as KIND=PATH (kinds: schema, anct-hinaura, hinaura, france-services, libraries, osm, bench). Repeatable.
        #[arg(long = "source", value_name = "KIND=PATH")]
        sources: Vec<String>,
        #[arg(long)]
        out: PathBuf,
        /// Write the validation report (Markdown) here.
        #[arg(long)]
        report: Option<PathBuf>,
        /// Build date YYYY-MM-DD (default: the newest record date of the sources).
        #[arg(long)]
        build_date: Option<NaiveDate>,
        /// Data version (default: the build date as YYYYMMDD).
        #[arg(long)]
        data_version: Option<u64>,
        #[arg(long, default_value = "Isère")]
        region: String,
    },
    /// Places near a point that meet a need, nearest first.
    Nearby {
        #[arg(long, allow_hyphen_values = true)]
        lat: f64,
        #[arg(long, allow_hyphen_values = true)]
        lon: f64,
        /// Need id (wifi, charging, computers, helper, procedures, training, equipment, repair). Repeatable.
        #[arg(long, required = true)]
        need: Vec<String>,
        #[arg(long)]
        open_now: bool,
        #[arg(long)]
        free: bool,
        #[arg(long)]
        no_appointment: bool,
        #[arg(long)]
        open_to_all: bool,
        #[arg(long)]
        wheelchair: bool,
        /// Leave out places where the need is only likely.
        #[arg(long)]
        confirmed_only: bool,
        /// Local Paris time YYYY-MM-DDTHH:MM (default: now).
        #[arg(long, value_parser = parse_local_time)]
        at: Option<NaiveDateTime>,
        /// Search radius in metres.
        #[arg(long, default_value_t = 15_000.0)]
        radius: f64,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        snap: SnapshotArg,
    },
    /// Search names, communes and addresses (accents and case ignored).
    Search {
        text: String,
        /// Order matches by distance from LAT,LON.
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        near: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        snap: SnapshotArg,
    },
    /// Everything known about one place (by key `source:record` or snapshot id).
    Show {
        place: String,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        snap: SnapshotArg,
    },
    /// Data sources, licences and attributions of a snapshot.
    Sources {
        #[command(flatten)]
        snap: SnapshotArg,
    },
    /// Benchmark on the national synthetic workload (see BENCHMARKS.md).
    Bench {
        /// places_*.csv from shared/bench/gen.py
        #[arg(long)]
        places: PathBuf,
        /// queries.csv from shared/bench/gen.py
        #[arg(long)]
        queries: PathBuf,
        /// Where to write the snapshot (default: next to the places file).
        #[arg(long)]
        snapshot_out: Option<PathBuf>,
        /// Write the result ids of every query here (one line per query).
        #[arg(long)]
        results: Option<PathBuf>,
        /// Timed passes over the 1,000 queries.
        #[arg(long, default_value_t = 5)]
        passes: usize,
        /// Skip the exactness check against a brute-force scan.
        #[arg(long)]
        no_check: bool,
    },
    /// (internal) One cold open + first answer, run in a fresh process by `bench`.
    #[command(hide = true)]
    BenchCold {
        #[arg(long)]
        snapshot: PathBuf,
        #[arg(long)]
        queries: PathBuf,
    },
    /// (internal) Warm query timings and peak memory, run in a fresh process by `bench`.
    #[command(hide = true)]
    BenchQueries {
        #[arg(long)]
        snapshot: PathBuf,
        #[arg(long)]
        queries: PathBuf,
        #[arg(long)]
        passes: usize,
        #[arg(long)]
        results: PathBuf,
    },
    /// Signed updates: keygen, publish, sync, bench-sync (see `sync_cmd`).
    #[command(flatten)]
    Sync(sync_cmd::SyncCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("toutpres-cli: {e}");
            ExitCode::FAILURE
        }
    }
}

type Res = Result<(), Box<dyn std::error::Error>>;

fn open(snap: &SnapshotArg) -> Result<Snapshot, Box<dyn std::error::Error>> {
    let path = snap
        .snapshot
        .clone()
        .unwrap_or_else(|| PathBuf::from(BUNDLED));
    Ok(Snapshot::open(&path)?)
}

fn parse_local_time(s: &str) -> Result<NaiveDateTime, String> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s.trim(), f).ok())
        .ok_or_else(|| format!("'{s}' is not a time like 2026-03-10T10:00"))
}

fn paris_now() -> NaiveDateTime {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::Paris)
        .naive_local()
}

fn parse_need(id: &str) -> Result<Need, String> {
    Need::from_id(id).ok_or_else(|| {
        let known: Vec<&str> = Need::ALL.iter().map(|n| n.id()).collect();
        format!("unknown need '{id}' (known: {})", known.join(", "))
    })
}

fn status_text(s: &OpenStatus) -> String {
    match s {
        OpenStatus::Open { until: Some(t) } => format!("open until {}", t.format("%a %H:%M")),
        OpenStatus::Open { until: None } => "open".into(),
        OpenStatus::Closed { opens: Some(t) } => format!("closed, opens {}", t.format("%a %H:%M")),
        OpenStatus::Closed { opens: None } => "closed".into(),
        OpenStatus::Unknown => "hours unknown".into(),
    }
}

fn status_json(s: &OpenStatus) -> serde_json::Value {
    match s {
        OpenStatus::Open { until } => {
            json!({"state": "open", "until": until.map(|t| t.to_string())})
        }
        OpenStatus::Closed { opens } => {
            json!({"state": "closed", "opens": opens.map(|t| t.to_string())})
        }
        OpenStatus::Unknown => json!({"state": "unknown"}),
    }
}

fn hit_json(h: &NearbyHit) -> serde_json::Value {
    json!({
        "key": h.place.key,
        "name": h.place.name,
        "commune": h.place.commune,
        "lat": h.place.lat,
        "lon": h.place.lon,
        "distance_m": (h.distance_m * 10.0).round() / 10.0,
        "walk_minutes": h.walk_minutes,
        "status": status_json(&h.status),
        "needs_met": h.met.ids(),
        "needs_to_check": h.to_check.ids(),
        "hours_text": h.place.hours.text,
    })
}

fn run(cmd: Command) -> Res {
    match cmd {
        Command::Build {
            data,
            sources,
            out,
            report,
            build_date,
            data_version,
            region,
        } => {
            let mut list = Vec::new();
            if let Some(dir) = &data {
                list.extend(build::isere_sources(dir));
            }
            for s in &sources {
                let (kind, path) = s
                    .split_once('=')
                    .ok_or_else(|| format!("--source takes KIND=PATH, got '{s}'"))?;
                let kind = SourceKind::from_name(kind)
                    .ok_or_else(|| format!("unknown source kind '{kind}'"))?;
                list.push((kind, PathBuf::from(path)));
            }
            if list.is_empty() {
                return Err("nothing to build: give --data DIR and/or --source KIND=PATH".into());
            }
            let t = Instant::now();
            let outcome = build::build(&list, &out, build_date, data_version, &region)?;
            for r in &outcome.reports {
                eprintln!("{r}");
            }
            eprintln!(
                "{} places ({} records, {} merged) written to {} in {:.1} s",
                outcome.meta.place_count,
                outcome.records,
                outcome.merges.len(),
                out.display(),
                t.elapsed().as_secs_f64()
            );
            if let Some(rp) = report {
                let mut command = String::from("cargo run --release --bin toutpres-cli -- build");
                if data.is_some() {
                    command.push_str(" --data ../shared/data");
                }
                for s in &sources {
                    command.push_str(&format!(" --source {s}"));
                }
                command.push_str(&format!(
                    " --out {} --report {}",
                    out.display(),
                    rp.display()
                ));
                let md = build::report_markdown(&outcome, &command);
                std::fs::write(&rp, md)
                    .map_err(|e| format!("cannot write {}: {e}", rp.display()))?;
            }
            Ok(())
        }
        Command::Nearby {
            lat,
            lon,
            need,
            open_now,
            free,
            no_appointment,
            open_to_all,
            wheelchair,
            confirmed_only,
            at,
            radius,
            limit,
            json,
            snap,
        } => {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(format!("--lat {lat} --lon {lon} is not a point on Earth").into());
            }
            let needs: NeedSet = need
                .iter()
                .flat_map(|s| s.split(','))
                .map(parse_need)
                .collect::<Result<_, _>>()?;
            let snapshot = open(&snap)?;
            let q = NearbyQuery {
                lat,
                lon,
                needs,
                constraints: Constraints {
                    open_now,
                    free,
                    no_appointment,
                    open_to_all,
                    wheelchair,
                    confirmed_only,
                },
                at: at.unwrap_or_else(paris_now),
                radius_m: radius,
                limit,
            };
            let res = query::nearby(&snapshot, &q)?;
            if json {
                let out = json!({
                    "at": q.at.to_string(),
                    "results": res.hits.iter().map(hit_json).collect::<Vec<_>>(),
                    "nearest_beyond_radius": res.nearest_beyond.as_ref().map(hit_json),
                });
                say!("{}", serde_json::to_string_pretty(&out)?);
            } else {
                for h in &res.hits {
                    let check = if h.to_check.is_empty() {
                        String::new()
                    } else {
                        format!(" [to check: {}]", h.to_check.ids().join(","))
                    };
                    say!(
                        "{:>6.0} m  {:>3} min  {:<28} {}{} — {}",
                        h.distance_m,
                        h.walk_minutes,
                        status_text(&h.status),
                        h.place.name,
                        check,
                        h.place.commune.as_deref().unwrap_or("")
                    );
                }
                if let Some(b) = &res.nearest_beyond {
                    say!(
                        "Nothing within {:.0} m. The nearest is {} ({}), {:.1} km away.",
                        radius,
                        b.place.name,
                        b.place.commune.as_deref().unwrap_or(""),
                        b.distance_m / 1000.0
                    );
                } else if res.hits.is_empty() {
                    say!("No place meets these needs in this snapshot.");
                }
            }
            Ok(())
        }
        Command::Search {
            text,
            near,
            limit,
            json,
            snap,
        } => {
            let near = match near {
                Some(s) => {
                    let (a, b) = s.split_once(',').ok_or("--near takes LAT,LON")?;
                    Some((a.trim().parse::<f64>()?, b.trim().parse::<f64>()?))
                }
                None => None,
            };
            let snapshot = open(&snap)?;
            let hits = query::search(&snapshot, &text, near, limit)?;
            if json {
                let out: Vec<_> = hits
                    .iter()
                    .map(|h| {
                        json!({"key": h.place.key, "name": h.place.name, "commune": h.place.commune, "lat": h.place.lat,
                               "lon": h.place.lon, "distance_m": h.distance_m, "needs": h.place.needs.ids(),
                               "needs_to_check": h.place.needs_to_check.ids()})
                    })
                    .collect();
                say!("{}", serde_json::to_string_pretty(&out)?);
            } else {
                for h in &hits {
                    let d = h
                        .distance_m
                        .map(|d| format!("{:>6.0} m  ", d))
                        .unwrap_or_default();
                    say!(
                        "{d}{} — {} [{}]",
                        h.place.name,
                        h.place.commune.as_deref().unwrap_or(""),
                        h.place.needs.ids().join(",")
                    );
                }
                if hits.is_empty() {
                    say!("No place matches '{text}'.");
                }
            }
            Ok(())
        }
        Command::Show { place, json, snap } => {
            let snapshot = open(&snap)?;
            let id = match place.parse::<u32>() {
                Ok(id) => Some(id),
                Err(_) => snapshot.find_by_key(&place)?,
            };
            let p = match id {
                Some(id) => snapshot.place(id)?,
                None => None,
            }
            .ok_or_else(|| format!("no place '{place}' in this snapshot"))?;
            if json {
                say!("{}", serde_json::to_string_pretty(&p)?);
            } else {
                say!("{} ({})", p.name, p.id);
                for (k, v) in [
                    ("address", p.address.clone()),
                    ("postcode", p.postcode.clone()),
                    ("commune", p.commune.clone()),
                    ("phone", p.phone.clone()),
                    ("email", p.email.clone()),
                    ("website", p.website.clone()),
                    (
                        "hours",
                        p.hours
                            .osm
                            .clone()
                            .or_else(|| p.hours.text.clone().map(|t| format!("unknown ({t})"))),
                    ),
                    ("kind", p.kind.clone()),
                ] {
                    say!("  {k:<10} {}", v.unwrap_or_else(|| "unknown".into()));
                }
                say!("  {:<10} {}", "needs", p.needs.ids().join(", "));
                say!("  {:<10} {}", "to check", p.needs_to_check.ids().join(", "));
                say!("  {:<10} {}", "fees", or_unknown(p.fees.names()));
                say!("  {:<10} {}", "access", or_unknown(p.access.names()));
                say!(
                    "  {:<10} {}",
                    "publics",
                    or_unknown(p.publics.iter().map(String::as_str).collect())
                );
                for pr in &p.provenance {
                    say!(
                        "  source     {}:{} (updated {})",
                        pr.source,
                        pr.record_id,
                        pr.updated
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "unknown".into())
                    );
                }
            }
            Ok(())
        }
        Command::Sources { snap } => {
            let snapshot = open(&snap)?;
            let m = snapshot.meta();
            say!(
                "{}: {} places, data version {}, built {}",
                m.region,
                m.place_count,
                m.data_version,
                m.build_date
            );
            for s in snapshot.sources()? {
                say!(
                    "- {} ({} of {} rows kept): {}. Licence: {} <{}>",
                    s.info.name,
                    s.rows_kept,
                    s.rows_read,
                    s.info.attribution,
                    s.info.licence,
                    s.info.licence_url
                );
            }
            Ok(())
        }
        Command::Bench {
            places,
            queries,
            snapshot_out,
            results,
            passes,
            no_check,
        } => bench::run(&places, &queries, snapshot_out, results, passes, !no_check),
        Command::BenchCold { snapshot, queries } => bench::cold(&snapshot, &queries),
        Command::BenchQueries {
            snapshot,
            queries,
            passes,
            results,
        } => bench::queries(&snapshot, &queries, passes, &results),
        Command::Sync(cmd) => sync_cmd::run(cmd),
    }
}

fn or_unknown(v: Vec<&str>) -> String {
    if v.is_empty() {
        "unknown".into()
    } else {
        v.join(", ")
    }
}

mod bench {
    use super::*;
    use std::io::Write;
    use std::process::Command as Proc;

    /// One query's answer: (source id, metres), nearest first.
    type Answer = Vec<(String, f64)>;

    pub struct Query {
        pub qid: u32,
        pub lat: f64,
        pub lon: f64,
        pub need: Need,
        pub k: usize,
        pub radius_m: f64,
    }

    pub fn read_queries(path: &Path) -> Result<Vec<Query>, Box<dyn std::error::Error>> {
        let mut rdr = csv::Reader::from_path(path)?;
        let mut out = Vec::new();
        for rec in rdr.records() {
            let r = rec?;
            let f = |i: usize| r.get(i).unwrap_or("").trim().to_string();
            let bit: u8 = f(3).parse()?;
            out.push(Query {
                qid: f(0).parse()?,
                lat: f(1).parse()?,
                lon: f(2).parse()?,
                need: Need::from_bit(bit).ok_or("bad cat_bit")?,
                k: f(5).parse()?,
                radius_m: f(6).parse()?,
            });
        }
        Ok(out)
    }

    pub fn peak_rss_kib() -> u64 {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    }

    fn percentile(sorted: &[f64], p: f64) -> f64 {
        if sorted.is_empty() {
            return f64::NAN;
        }
        let i = ((sorted.len() - 1) as f64 * p).round() as usize;
        sorted[i]
    }

    /// Internal: time open + first answer in this fresh process; prints microseconds.
    pub fn cold(snapshot: &Path, queries: &Path) -> Res {
        let qs = read_queries(queries)?;
        let q = qs.first().ok_or("no query")?;
        let t = Instant::now();
        let snap = Snapshot::open(snapshot)?;
        let ids = query::nearest_ids(&snap, q.lat, q.lon, q.need, q.k, q.radius_m)?;
        // The first answer includes reading the places shown.
        for (id, _) in &ids {
            snap.place_row(*id)?;
        }
        let us = t.elapsed().as_secs_f64() * 1e6;
        say!("{us:.0}");
        Ok(())
    }

    /// Internal: warm per-query timings, result ids, peak memory; prints one JSON line.
    pub fn queries(snapshot: &Path, queries: &Path, passes: usize, results: &Path) -> Res {
        let qs = read_queries(queries)?;
        let snap = Snapshot::open(snapshot)?;
        // Warm-up pass: loads the trees, as the app does on first use of each need.
        let mut answers = Vec::with_capacity(qs.len());
        for q in &qs {
            answers.push(query::nearest_ids(
                &snap, q.lat, q.lon, q.need, q.k, q.radius_m,
            )?);
        }
        let mut per_query = vec![Vec::with_capacity(passes); qs.len()];
        for _ in 0..passes.max(1) {
            for (i, q) in qs.iter().enumerate() {
                let t = Instant::now();
                let r = query::nearest_ids(&snap, q.lat, q.lon, q.need, q.k, q.radius_m)?;
                let dt = t.elapsed().as_secs_f64() * 1e3;
                std::hint::black_box(&r);
                per_query[i].push(dt);
            }
        }
        let mut all: Vec<f64> = per_query.into_iter().flatten().collect();
        all.sort_by(f64::total_cmp);
        let peak = peak_rss_kib();
        // Result ids as the source's ids (outside the timing).
        let mut out = std::io::BufWriter::new(std::fs::File::create(results)?);
        for (q, ans) in qs.iter().zip(&answers) {
            let mut line = q.qid.to_string();
            for (id, d) in ans {
                let rid = snap.first_record_id(*id)?.unwrap_or_default();
                line.push_str(&format!(" {rid}:{d:.3}"));
            }
            writeln!(out, "{line}")?;
        }
        say!(
            "{}",
            json!({"median_ms": percentile(&all, 0.5), "p95_ms": percentile(&all, 0.95), "max_ms": all.last(),
                   "timings": all.len(), "peak_rss_kib": peak})
        );
        Ok(())
    }

    /// Run this program again as a fresh process (cold start, own peak memory); its stdout.
    fn child(
        exe: &Path,
        args: &[std::ffi::OsString],
    ) -> Result<String, Box<dyn std::error::Error>> {
        let out = Proc::new(exe).args(args).output()?;
        if !out.status.success() {
            let name = args
                .first()
                .map(|a| a.to_string_lossy().into_owned())
                .unwrap_or_default();
            return Err(format!("{name} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Brute-force answers over the CSV, for the exactness check.
    fn brute_force(places: &Path, qs: &[Query]) -> Result<Vec<Answer>, Box<dyn std::error::Error>> {
        let imp = toutpres::import::bench::import(places)?;
        let pts: Vec<(f64, f64, u8, String)> = imp
            .places
            .into_iter()
            .map(|p| (p.lat, p.lon, p.needs.0, p.provenance[0].record_id.clone()))
            .collect();
        Ok(qs
            .iter()
            .map(|q| {
                let bit = 1u8 << q.need.bit();
                let mut c: Vec<(f64, &str)> = pts
                    .iter()
                    .filter(|p| p.2 & bit != 0)
                    .map(|p| {
                        (
                            toutpres::spatial::distance_m(q.lat, q.lon, p.0, p.1),
                            p.3.as_str(),
                        )
                    })
                    .filter(|(d, _)| *d <= q.radius_m)
                    .collect();
                c.sort_by(|a, b| a.0.total_cmp(&b.0));
                c.truncate(q.k);
                c.into_iter().map(|(d, id)| (id.to_string(), d)).collect()
            })
            .collect())
    }

    pub fn run(
        places: &Path,
        queries: &Path,
        snapshot_out: Option<PathBuf>,
        results: Option<PathBuf>,
        passes: usize,
        check: bool,
    ) -> Res {
        let qs = read_queries(queries)?;
        let snap_path = snapshot_out.unwrap_or_else(|| places.with_extension("sqlite"));
        let results = results.unwrap_or_else(|| places.with_extension("results.txt"));
        let t = Instant::now();
        let outcome = build::build(
            &[(SourceKind::Bench, places.to_path_buf())],
            &snap_path,
            Some(NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")),
            Some(1),
            "France (synthetic)",
        )?;
        let build_s = t.elapsed().as_secs_f64();
        let n = outcome.meta.place_count;
        let raw = std::fs::metadata(&snap_path)?.len();
        let bytes = std::fs::read(&snap_path)?;
        let t = Instant::now();
        let compressed = zstd::bulk::compress(&bytes, 19)?.len() as u64;
        let zstd_s = t.elapsed().as_secs_f64();
        drop(bytes);
        let exe = std::env::current_exe()?;
        let mut colds = Vec::new();
        for _ in 0..7 {
            let out = child(
                &exe,
                &[
                    "bench-cold".into(),
                    "--snapshot".into(),
                    snap_path.clone().into(),
                    "--queries".into(),
                    queries.into(),
                ],
            )?;
            colds.push(out.trim().parse::<f64>()? / 1000.0);
        }
        colds.sort_by(f64::total_cmp);
        let out = child(
            &exe,
            &[
                "bench-queries".into(),
                "--snapshot".into(),
                snap_path.clone().into(),
                "--queries".into(),
                queries.into(),
                "--passes".into(),
                passes.to_string().into(),
                "--results".into(),
                results.clone().into(),
            ],
        )?;
        let warm: serde_json::Value = serde_json::from_str(&out)?;
        let mut exact = serde_json::Value::Null;
        if check {
            let want = brute_force(places, &qs)?;
            let got = std::fs::read_to_string(&results)?;
            let (mut ok, mut bad) = (0, Vec::new());
            for ((line, w), q) in got.lines().zip(&want).zip(&qs) {
                let g: Vec<(String, f64)> = line
                    .split(' ')
                    .skip(1)
                    .filter_map(|t| t.split_once(':'))
                    .map(|(id, d)| (id.to_string(), d.parse().unwrap_or(f64::NAN)))
                    .collect();
                if same_answer(&g, w) {
                    ok += 1;
                } else {
                    bad.push(q.qid);
                }
            }
            exact = json!({"queries_exact": ok, "queries_differing": bad});
        }
        let report = json!({
            "places": n,
            "build_s": (build_s * 10.0).round() / 10.0,
            "snapshot_bytes": raw,
            "snapshot_zstd19_bytes": compressed,
            "zstd_bytes_per_place": (compressed as f64 / n as f64 * 10.0).round() / 10.0,
            "zstd_s": (zstd_s * 10.0).round() / 10.0,
            "cold_open_first_answer_ms": {"median": colds[colds.len() / 2], "min": colds[0], "max": colds[colds.len() - 1]},
            "warm": warm,
            "exactness": exact,
            "results_file": results.display().to_string(),
        });
        say!("{}", serde_json::to_string_pretty(&report)?);
        Ok(())
    }

    /// Same ids in the same order, except that places within 0.5 m of each other may swap,
    /// and the last ranks may differ among places within 0.5 m of the k-th distance.
    fn same_answer(got: &[(String, f64)], want: &[(String, f64)]) -> bool {
        if got.len() != want.len() {
            return false;
        }
        let kth = want.last().map(|w| w.1).unwrap_or(0.0);
        got.iter().zip(want).all(|(g, w)| {
            (g.1 - w.1).abs() < 0.01
                && (g.0 == w.0 || (g.1 - w.1).abs() <= 0.5 || (w.1 - kth).abs() <= 0.5)
        })
    }
}

/// `keygen`, `publish`, `sync` and the sync benchmark (see `src/sync/` and BENCHMARKS.md).
mod sync_cmd {
    use super::*;
    use std::process::Command as Proc;
    use toutpres::sync::manifest::{PublicKey, SecretKey};
    use toutpres::sync::publish::{self, PublishOptions};
    use toutpres::sync::{
        self, delta, Faults, NetworkKind, Outcome, Planned, Step, SyncConfig, SyncPolicy, Trigger,
    };

    #[derive(Subcommand)]
    pub enum SyncCommand {
        /// Make a publisher key pair: writes the secret key file, prints the public key.
        Keygen {
            /// Where to write the secret key (outside any repository; never overwritten).
            #[arg(long)]
            secret: PathBuf,
        },
        /// Publish a snapshot into a folder for a static host: full file, deltas, signed manifest.
        Publish {
            #[arg(long)]
            snapshot: PathBuf,
            /// The site folder (created if needed; earlier versions found there get deltas).
            #[arg(long)]
            dir: PathBuf,
            /// Secret key file from `keygen`.
            #[arg(long)]
            key: PathBuf,
            /// Deltas from this many earlier versions.
            #[arg(long, default_value_t = 5)]
            deltas: usize,
            /// Expiry date of the manifest (default: today + --valid-days). After it, phones keep
            /// the data and say its date; publish again before then.
            #[arg(long)]
            expires: Option<NaiveDate>,
            #[arg(long, default_value_t = 60)]
            valid_days: u64,
            #[arg(long, default_value = env!("CARGO_PKG_VERSION"))]
            min_app_version: String,
            /// zstd level.
            #[arg(long, default_value_t = 19)]
            level: i32,
        },
        /// Update the snapshot in an app data folder from a published site, as the app does.
        Sync {
            /// URL of the site's manifest, e.g. https://example.org/isere/manifest
            #[arg(long)]
            url: String,
            /// The app's data folder (snapshot, pointer, user database).
            #[arg(long)]
            data_dir: PathBuf,
            /// Trusted public key (tp-ed25519:…); repeatable. Default: the keys built into the app.
            #[arg(long = "trust")]
            trust: Vec<String>,
            /// wifi, mobile or none.
            #[arg(long, default_value = "wifi")]
            network: String,
            #[arg(long)]
            allow_mobile_data: bool,
            /// Run as a background sync (the policy may say "not now").
            #[arg(long)]
            background: bool,
            /// Only say what would be downloaded.
            #[arg(long)]
            plan_only: bool,
            /// Today's date (default: the clock).
            #[arg(long)]
            today: Option<NaiveDate>,
            /// Seconds for connecting, waiting for an answer, or a pause while downloading.
            #[arg(long, default_value_t = 20.0)]
            timeout: f64,
            /// Snapshot installed on first use (default: the bundled Isère snapshot).
            #[arg(long)]
            bundled: Option<PathBuf>,
            #[arg(long)]
            json: bool,
            /// (tests) abort the process at this step of apply.
            #[arg(long, hide = true)]
            fault_at: Option<String>,
            /// (tests) fail writes past this many bytes, like a full disk.
            #[arg(long, hide = true)]
            fail_writes_after: Option<u64>,
        },
        /// Measure sync on the national workload: change places, build, publish, apply.
        BenchSync {
            /// places_*.csv from shared/bench/gen.py
            #[arg(long)]
            places: PathBuf,
            /// Share of places changed (moves, hours, closures, new places), in percent.
            #[arg(long, default_value_t = 1.0)]
            change_percent: f64,
            /// Work folder (default: next to the places file).
            #[arg(long)]
            work: Option<PathBuf>,
            #[arg(long, default_value_t = 19)]
            level: i32,
        },
        /// (internal) Apply a delta or a full file in a fresh process, for `bench-sync`.
        #[command(hide = true)]
        BenchSyncApply {
            #[arg(long)]
            old: PathBuf,
            #[arg(long)]
            file: PathBuf,
            #[arg(long)]
            out: PathBuf,
            #[arg(long)]
            full: bool,
            #[command(flatten)]
            expect: Expected,
        },
    }

    pub fn run(cmd: SyncCommand) -> Res {
        match cmd {
            SyncCommand::Keygen { secret } => keygen(&secret),
            SyncCommand::Publish {
                snapshot,
                dir,
                key,
                deltas,
                expires,
                valid_days,
                min_app_version,
                level,
            } => {
                let key = read_secret(&key)?;
                let today = paris_now().date();
                let expires = expires.unwrap_or(today + chrono::Days::new(valid_days));
                if expires <= today {
                    eprintln!("warning: the manifest expires {expires}, not after today");
                }
                let opts = PublishOptions {
                    deltas,
                    expires,
                    min_app_version,
                    level,
                };
                let t = Instant::now();
                let p = publish::publish(&snapshot, &dir, &key, &opts)?;
                let m = &p.manifest;
                say!(
                    "published version {} ({}) into {} in {:.1} s: full {} bytes ({} uncompressed), expires {}",
                    m.version,
                    m.build_date,
                    dir.display(),
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
                Ok(())
            }
            SyncCommand::Sync {
                url,
                data_dir,
                trust,
                network,
                allow_mobile_data,
                background,
                plan_only,
                today,
                timeout,
                bundled,
                json,
                fault_at,
                fail_writes_after,
            } => {
                let mut cfg = SyncConfig::new(&url);
                if !trust.is_empty() {
                    cfg.trusted_keys = trust
                        .iter()
                        .map(|k| PublicKey::parse(k))
                        .collect::<Result<_, _>>()?;
                }
                cfg.timeout = std::time::Duration::from_secs_f64(timeout);
                cfg.faults = Faults {
                    abort_at: match fault_at {
                        Some(s) => Some(Step::from_name(&s).ok_or_else(|| {
                            let names: Vec<_> = Step::ALL.iter().map(|(_, n)| *n).collect();
                            format!("unknown step '{s}' (steps: {})", names.join(", "))
                        })?),
                        None => None,
                    },
                    fail_writes_after,
                };
                let network = match network.as_str() {
                    "wifi" => NetworkKind::Wifi,
                    "mobile" => NetworkKind::Mobile,
                    "none" => NetworkKind::None,
                    other => {
                        return Err(format!("--network wifi|mobile|none, not '{other}'").into())
                    }
                };
                let bundled_bytes =
                    std::fs::read(bundled.unwrap_or_else(|| PathBuf::from(BUNDLED)))?;
                // As the app does at start: make sure a snapshot is active.
                toutpres::files::open_active(&data_dir, &bundled_bytes)?;
                let today = today.unwrap_or_else(|| paris_now().date());
                let outcome = if plan_only {
                    match sync::plan(&data_dir, &cfg, today) {
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
                        allow_mobile_data,
                        background: true,
                    };
                    let trigger = if background {
                        Trigger::Background
                    } else {
                        Trigger::Person
                    };
                    sync::sync(&data_dir, &cfg, policy, network, trigger, today)
                };
                print_outcome(&outcome, json);
                Ok(())
            }
            SyncCommand::BenchSync {
                places,
                change_percent,
                work,
                level,
            } => bench_sync(&places, change_percent, work, level),
            SyncCommand::BenchSyncApply {
                old,
                file,
                out,
                full,
                expect,
            } => bench_sync_apply(&old, &file, &out, full, &expect),
        }
    }

    fn print_outcome(o: &Outcome, json: bool) {
        let report =
            toutpres::present::sync_report(&toutpres::i18n::Tr::new(toutpres::i18n::Lang::En), o);
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
                       "bytes": bytes, "detail": format!("{o:?}")})
            );
        } else {
            say!("{report}");
        }
    }

    fn read_secret(path: &Path) -> Result<SecretKey, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
        Ok(SecretKey::parse(&text)?)
    }

    fn keygen(secret: &Path) -> Res {
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

    /// Deterministic xorshift, so the changed places are the same on every run.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Change `percent` % of the rows of a benchmark CSV, a quarter each: moved ~200 m, new
    /// opening hours, closed, and a new place near an existing one.
    fn change_places(
        src: &Path,
        dst: &Path,
        percent: f64,
    ) -> Result<usize, Box<dyn std::error::Error>> {
        let mut rdr = csv::Reader::from_path(src)?;
        let header = rdr.headers()?.clone();
        let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>()?;
        let n = rows.len();
        let k = ((n as f64) * percent / 100.0).round() as usize;
        let mut rng = Rng(0x5EED_1234_ABCD_0042);
        let mut picked = std::collections::BTreeSet::new();
        while picked.len() < k.min(n) {
            picked.insert((rng.next() % n as u64) as usize);
        }
        let mut max_id: u64 = rows
            .iter()
            .filter_map(|r| r.get(0)?.parse().ok())
            .max()
            .unwrap_or(0);
        let mut out = csv::Writer::from_path(dst)?;
        out.write_record(&header)?;
        let mut added = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            let mut f: Vec<String> = r.iter().map(str::to_string).collect();
            if let Some(j) = picked.contains(&i).then(|| rng.next() % 4) {
                let shift = |s: &str, d: f64| format!("{:.6}", s.parse::<f64>().unwrap_or(0.0) + d);
                match j {
                    0 => {
                        f[3] = shift(&f[3], 0.0018);
                        f[4] = shift(&f[4], -0.0011);
                    }
                    1 => f[5] = "Mo-Fr 09:00-12:00,14:00-17:30".into(),
                    2 => continue,
                    _ => {
                        max_id += 1;
                        let mut g = f.clone();
                        g[0] = max_id.to_string();
                        g[1] = format!("Nouveau lieu {max_id}");
                        g[3] = shift(&f[3], 0.004);
                        g[4] = shift(&f[4], 0.003);
                        added.push(g);
                    }
                }
            }
            out.write_record(&f)?;
        }
        for g in added {
            out.write_record(&g)?;
        }
        out.flush()?;
        Ok(k)
    }

    fn bench_sync(places: &Path, percent: f64, work: Option<PathBuf>, level: i32) -> Res {
        let work = work.unwrap_or_else(|| places.with_extension("sync-bench"));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work)?;
        let changed_csv = work.join("places-changed.csv");
        let changed = change_places(places, &changed_csv, percent)?;
        let (a, b) = (work.join("v1.sqlite"), work.join("v2.sqlite"));
        let date = |d| NaiveDate::from_ymd_opt(2026, 1, d).expect("date");
        let t = Instant::now();
        for (csv, out, v) in [(places, &a, 1u32), (changed_csv.as_path(), &b, 2)] {
            build::build(
                &[(SourceKind::Bench, csv.to_path_buf())],
                out,
                Some(date(v)),
                Some(v as u64),
                "France (synthetic)",
            )?;
        }
        let build_s = t.elapsed().as_secs_f64() / 2.0;
        let site = work.join("site");
        let key = SecretKey::from_seed([42; 32]);
        let opts = PublishOptions {
            deltas: 5,
            expires: date(31),
            min_app_version: env!("CARGO_PKG_VERSION").into(),
            level,
        };
        publish::publish(&a, &site, &key, &opts)?;
        let t = Instant::now();
        let p = publish::publish(&b, &site, &key, &opts)?;
        let publish_s = t.elapsed().as_secs_f64();
        let d = p.manifest.deltas.first().ok_or("no delta was published")?;
        let (_, _, stats) = &p.deltas[0];
        let exe = std::env::current_exe()?;
        let mut runs = Vec::new();
        for full in [false, true] {
            let file = site.join(if full {
                &p.manifest.full.path
            } else {
                &d.file.path
            });
            let mut samples = Vec::new();
            for _ in 0..3 {
                let mut cmd = Proc::new(&exe);
                cmd.args(["bench-sync-apply", "--old"])
                    .arg(&a)
                    .arg("--file")
                    .arg(&file)
                    .arg("--out")
                    .arg(work.join("applied.sqlite"))
                    .args(["--expect-sha256", &p.manifest.snapshot_sha256])
                    .args(["--expect-size", &p.manifest.snapshot_size.to_string()])
                    .args(["--expect-version", &p.manifest.version.to_string()]);
                if full {
                    cmd.arg("--full");
                }
                let out = cmd.output()?;
                if !out.status.success() {
                    return Err(format!(
                        "bench-sync-apply failed: {}",
                        String::from_utf8_lossy(&out.stderr)
                    )
                    .into());
                }
                samples.push(serde_json::from_slice::<serde_json::Value>(&out.stdout)?);
            }
            samples.sort_by(|x, y| {
                x["total_ms"]
                    .as_f64()
                    .partial_cmp(&y["total_ms"].as_f64())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            runs.push(json!({"kind": if full { "full" } else { "delta" }, "median": samples[1], "runs": samples}));
        }
        let full = p.manifest.full.size;
        let report = json!({
            "places_v1": Snapshot::open(&a)?.meta().place_count,
            "places_v2": Snapshot::open(&b)?.meta().place_count,
            "changed_places": changed,
            "build_s_each": (build_s * 10.0).round() / 10.0,
            "publish_s": (publish_s * 10.0).round() / 10.0,
            "snapshot_bytes": p.manifest.snapshot_size,
            "full_zstd_bytes": full,
            "delta_bytes": d.file.size,
            "delta_percent_of_full": (d.file.size as f64 / full as f64 * 1000.0).round() / 10.0,
            "delta_places": {"copied": stats.copied, "carried": stats.carried, "runs": stats.runs},
            "apply": runs,
            "files": {"v1": a, "v2": b, "site": site},
        });
        say!("{}", serde_json::to_string_pretty(&report)?);
        Ok(())
    }

    /// The signed facts the applied file must match.
    #[derive(Args)]
    pub struct Expected {
        #[arg(long = "expect-sha256")]
        sha256: String,
        #[arg(long = "expect-size")]
        size: u64,
        #[arg(long = "expect-version")]
        version: u64,
    }

    /// What the phone does after the download: rebuild (or decompress), hash, open, check.
    fn bench_sync_apply(old: &Path, file: &Path, out: &Path, full: bool, expect: &Expected) -> Res {
        let (old_sha, _) = toutpres::files::sha256_file(old)?;
        let t = Instant::now();
        let mut phases = Vec::new();
        if full {
            let mut input = zstd::stream::read::Decoder::new(std::fs::File::open(file)?)?;
            let mut f = std::fs::File::create(out)?;
            std::io::copy(&mut input, &mut f)?;
        } else {
            let bytes = std::fs::read(file)?;
            phases = delta::apply_timed(old, &old_sha, &bytes, out, &delta::scratch_path(out))?;
        }
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        // As the app does: hash, open + quick check, and sync to storage, in parallel.
        sync::check_and_sync_new_snapshot(out, &expect.sha256, expect.size, expect.version)?
            .map_err(|e| format!("the applied snapshot: {e:?}"))?;
        let verify_ms = t.elapsed().as_secs_f64() * 1e3;
        say!(
            "{}",
            json!({"build_ms": build_ms.round(), "verify_ms": verify_ms.round(),
                   "total_ms": (build_ms + verify_ms).round(), "peak_rss_kib": bench::peak_rss_kib(),
                   "phases_ms": phases.iter().map(|(n, ms)| json!([n, ms.round()])).collect::<Vec<_>>()})
        );
        Ok(())
    }
}
