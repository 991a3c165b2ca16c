//! The national-scale measurements behind BENCHMARKS.md: `bench` (build, size, cold open and
//! warm queries on the synthetic national workload, every answer checked against a
//! brute-force scan) and `bench-sync` (change 1 % of places, publish, apply the delta and the
//! full file as a phone would).
//!
//! Timings and peak memory are taken in fresh child processes of this same program
//! (`bench-cold`, `bench-queries`, `bench-sync-apply`, hidden commands), so a cold start is
//! really cold and each figure's memory is its own.

use crate::args::{BenchArgs, Expected};
use crate::{Error, Res};
use chrono::NaiveDate;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command as Proc;
use std::time::Instant;
use toutpres::build::{self, SourceKind};
use toutpres::need::Need;
use toutpres::query;
use toutpres::snapshot::Snapshot;
use toutpres::sync::manifest::SecretKey;
use toutpres::sync::publish::{self, PublishOptions};
use toutpres::sync::{self, delta};

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

pub fn read_queries(path: &Path) -> Result<Vec<Query>, Error> {
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
fn child(exe: &Path, args: &[std::ffi::OsString]) -> Result<String, Error> {
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
fn brute_force(places: &Path, qs: &[Query]) -> Result<Vec<Answer>, Error> {
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

pub fn run(a: BenchArgs) -> Res {
    let BenchArgs {
        places,
        queries,
        snapshot_out,
        results,
        passes,
        no_check,
        level,
    } = a;
    let (places, queries, check) = (places.as_path(), queries.as_path(), !no_check);
    let qs = read_queries(queries)?;
    let snap_path = snapshot_out.unwrap_or_else(|| places.with_extension("sqlite"));
    let results = results.unwrap_or_else(|| places.with_extension("results.txt"));
    let t = Instant::now();
    let outcome = build::build(
        &[(SourceKind::Bench, places.to_path_buf())],
        &snap_path,
        Some(january_2026(1)?),
        Some(1),
        "France (synthetic)",
    )?;
    let build_s = t.elapsed().as_secs_f64();
    let n = outcome.meta.place_count;
    let raw = std::fs::metadata(&snap_path)?.len();
    let bytes = std::fs::read(&snap_path)?;
    let t = Instant::now();
    let compressed = zstd::bulk::compress(&bytes, level)?.len() as u64;
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
        "zstd_level": level,
        "snapshot_zstd_bytes": compressed,
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
fn change_places(src: &Path, dst: &Path, percent: f64) -> Result<usize, Error> {
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

/// The fixed dates of the benchmark's editions, so two runs build the same files.
fn january_2026(day: u32) -> Result<NaiveDate, Error> {
    Ok(NaiveDate::from_ymd_opt(2026, 1, day).ok_or("no such day in January 2026")?)
}

pub fn sync(places: &Path, percent: f64, work: Option<PathBuf>, level: i32) -> Res {
    let work = work.unwrap_or_else(|| places.with_extension("sync-bench"));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let changed_csv = work.join("places-changed.csv");
    let changed = change_places(places, &changed_csv, percent)?;
    let (a, b) = (work.join("v1.sqlite"), work.join("v2.sqlite"));
    let t = Instant::now();
    for (csv, out, v) in [(places, &a, 1u32), (changed_csv.as_path(), &b, 2)] {
        build::build(
            &[(SourceKind::Bench, csv.to_path_buf())],
            out,
            Some(january_2026(v)?),
            Some(v as u64),
            "France (synthetic)",
        )?;
    }
    let build_s = t.elapsed().as_secs_f64() / 2.0;
    let site = work.join("site");
    let key = SecretKey::from_seed([42; 32]);
    let opts = PublishOptions {
        deltas: 5,
        expires: january_2026(31)?,
        min_app_version: env!("CARGO_PKG_VERSION").into(),
        level,
        map_layer: None,
        contributions: None,
        next_key: None,
        previous_keys: Vec::new(),
    };
    publish::publish(&a, &site, &key, &opts)?;
    let t = Instant::now();
    let p = publish::publish(&b, &site, &key, &opts)?;
    let publish_s = t.elapsed().as_secs_f64();
    let d = p.manifest.deltas.first().ok_or("no delta was published")?;
    let (_, _, stats) = p.deltas.first().ok_or("no delta was published")?;
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

/// What the phone does after the download: rebuild (or decompress), hash, open, check.
pub fn sync_apply(old: &Path, file: &Path, out: &Path, full: bool, expect: &Expected) -> Res {
    let (old_sha, _) = toutpres::files::sha256_file(old)?;
    let t = Instant::now();
    let mut phases = Vec::new();
    if full {
        // The phone's own decoder, so the figures are the phone's.
        let mut input = toutpres::sync::compressed::decoder(std::fs::File::open(file)?)?;
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
               "total_ms": (build_ms + verify_ms).round(), "peak_rss_kib": peak_rss_kib(),
               "phases_ms": phases.iter().map(|(n, ms)| json!([n, ms.round()])).collect::<Vec<_>>()})
    );
    Ok(())
}
