//! Sources in, snapshot and validation report out: the one path that makes every snapshot,
//! the bundled Isère one and the national benchmark alike.

use crate::hours::Schedule;
use crate::import::{self, Import, ImportError, ImportReport};
use crate::merge::{merge, MergeNote};
use crate::need::Need;
use crate::place::Place;
use crate::snapshot::{self, BuildOptions, Meta, SnapshotError, StoredSource};
use crate::spatial::distance_m;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The formats the builder reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// National schema "lieux de médiation numérique" (CSV or JSON).
    Schema,
    /// ANCT's transform of Hinaura (JSON).
    AnctHinaura,
    /// Hinaura's raw form export (JSON).
    Hinaura,
    /// France services list (CSV).
    FranceServices,
    /// Public libraries (CSV, `;`).
    Libraries,
    /// Ville de Grenoble's wifi access points (CSV).
    GrenobleWifi,
    /// Grenoble's municipal libraries, with their former names (CSV).
    GrenobleBm,
    /// OpenStreetMap Overpass JSON.
    Osm,
    /// The synthetic benchmark CSV.
    Bench,
}

impl SourceKind {
    pub const NAMES: [(SourceKind, &'static str); 9] = [
        (SourceKind::Schema, "schema"),
        (SourceKind::AnctHinaura, "anct-hinaura"),
        (SourceKind::Hinaura, "hinaura"),
        (SourceKind::FranceServices, "france-services"),
        (SourceKind::Libraries, "libraries"),
        (SourceKind::GrenobleWifi, "grenoble-wifi"),
        (SourceKind::GrenobleBm, "grenoble-bm"),
        (SourceKind::Osm, "osm"),
        (SourceKind::Bench, "bench"),
    ];

    pub fn from_name(name: &str) -> Option<SourceKind> {
        Self::NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(k, _)| *k)
    }

    /// Import the file, and count the kept places that name no need (see
    /// `ImportReport::kept_without_need`).
    pub fn import(self, path: &Path) -> Result<Import, ImportError> {
        let mut imported = self.import_only(path)?;
        imported.report.kept_without_need = imported
            .places
            .iter()
            .filter(|p| p.needs.is_empty() && p.needs_to_check.is_empty())
            .count();
        Ok(imported)
    }

    fn import_only(self, path: &Path) -> Result<Import, ImportError> {
        match self {
            SourceKind::Schema => import::schema::import(path),
            SourceKind::AnctHinaura => import::anct_hinaura::import(path),
            SourceKind::Hinaura => import::hinaura::import(path),
            SourceKind::FranceServices => import::france_services::import(path),
            SourceKind::Libraries => import::libraries::import(path),
            SourceKind::GrenobleWifi => import::grenoble_wifi::import(path),
            SourceKind::GrenobleBm => import::grenoble_bm::import(path),
            SourceKind::Osm => import::osm::import(path),
            SourceKind::Bench => import::bench::import(path),
        }
    }
}

/// The real Isère sources under the shared data folder, in merge order (the first record of a
/// place gives it its stable id).
pub fn isere_sources(data_dir: &Path) -> Vec<(SourceKind, PathBuf)> {
    vec![
        (
            SourceKind::AnctHinaura,
            data_dir.join("hinaura-aura/anct-hinaura-lieux-mediation-numerique-isere.json"),
        ),
        (
            SourceKind::Hinaura,
            data_dir.join("hinaura-aura/hinaura-lieux-isere-2022.json"),
        ),
        (
            SourceKind::FranceServices,
            data_dir.join("france-services/liste-fs-20221201-isere.csv"),
        ),
        (
            SourceKind::Libraries,
            data_dir.join("bibliotheques-publiques/adresses-des-bibliotheques-publiques-isere.csv"),
        ),
        (
            SourceKind::GrenobleBm,
            data_dir.join("grenoble-bm-libraries/grenoble-bm-libraries.csv"),
        ),
        (
            SourceKind::GrenobleWifi,
            data_dir.join("grenoble-bornes-wifi/borneswifi_EPSG4326.csv"),
        ),
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
    #[error("no source given")]
    NoSource,
    #[error("cannot write report {path}: {source}")]
    Report {
        path: String,
        source: std::io::Error,
    },
}

/// Per-need counts: places where a source states the need, and where it is only likely.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct NeedCounts {
    pub need: String,
    pub confirmed: usize,
    pub to_check: usize,
}

/// How many places have hours the app can evaluate ("open until 17:00"), of a source or of the
/// snapshot. The rest show "hours unknown", with the source's words when it gave some.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct HoursCount {
    /// A source's name, or `all places` for the merged snapshot.
    pub of: String,
    pub places: usize,
    /// With an OSM expression that parses.
    pub usable: usize,
    /// Without one, but with the source's words kept for display.
    pub text_only: usize,
    /// Usable hours that say nothing about public holidays (no `PH` rule): on a holiday, "may be
    /// closed, call first".
    pub silent_on_holidays: usize,
}

impl HoursCount {
    pub fn of(name: &str, places: &[Place]) -> HoursCount {
        let schedules: Vec<Schedule> = places
            .iter()
            .filter_map(|p| p.hours.osm.as_deref())
            .filter_map(|osm| Schedule::parse(osm).ok())
            .collect();
        HoursCount {
            of: name.to_string(),
            places: places.len(),
            usable: schedules.len(),
            text_only: places
                .iter()
                .filter(|p| p.hours.osm.is_none() && p.hours.text.is_some())
                .count(),
            silent_on_holidays: schedules.iter().filter(|s| s.silent_on_holidays()).count(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct BuildOutcome {
    pub meta: Meta,
    pub reports: Vec<ImportReport>,
    pub merges: Vec<MergeNote>,
    pub records: usize,
    pub counts: Vec<NeedCounts>,
    /// Counts within 15 km of Grenoble centre.
    pub counts_grenoble: Vec<NeedCounts>,
    /// Usable hours per source (records kept), then of the snapshot's places.
    pub hours: Vec<HoursCount>,
}

/// Grenoble centre, the reference point of the validation report.
pub const GRENOBLE: (f64, f64) = (45.188, 5.724);

pub fn need_counts(places: &[Place], within: Option<((f64, f64), f64)>) -> Vec<NeedCounts> {
    let inside =
        |p: &Place| within.is_none_or(|((lat, lon), r)| distance_m(lat, lon, p.lat, p.lon) <= r);
    Need::ALL
        .iter()
        .map(|&n| NeedCounts {
            need: n.id().to_string(),
            confirmed: places
                .iter()
                .filter(|p| inside(p) && p.needs.contains(n))
                .count(),
            to_check: places
                .iter()
                .filter(|p| inside(p) && p.needs_to_check.contains(n))
                .count(),
        })
        .collect()
}

/// Import every source, merge, write the snapshot. `build_date`: when `None`, the newest
/// record date of the sources (so that the same inputs always give the same file).
pub fn build(
    sources: &[(SourceKind, PathBuf)],
    out: &Path,
    build_date: Option<NaiveDate>,
    data_version: Option<u64>,
    region: &str,
) -> Result<BuildOutcome, BuildError> {
    if sources.is_empty() {
        return Err(BuildError::NoSource);
    }
    let mut stored = Vec::new();
    let mut reports = Vec::new();
    let mut all = Vec::new();
    let mut hours = Vec::new();
    for (kind, path) in sources {
        let imp = kind.import(path)?;
        hours.push(HoursCount::of(&imp.report.source, &imp.places));
        stored.push(StoredSource {
            info: imp.source.clone(),
            rows_read: imp.report.read as i64,
            rows_kept: imp.report.kept as i64,
        });
        reports.push(imp.report);
        all.extend(imp.places);
    }
    let records = all.len();
    let (places, merges) = merge(all);
    let build_date = build_date
        .or_else(|| places.iter().filter_map(Place::last_updated).max())
        .unwrap_or(NaiveDate::MIN);
    let data_version = data_version
        .unwrap_or_else(|| build_date.format("%Y%m%d").to_string().parse().unwrap_or(1));
    let opts = BuildOptions {
        build_date,
        data_version,
        region: region.to_string(),
    };
    let meta = snapshot::write(out, &stored, &places, &opts)?;
    hours.push(HoursCount::of("all places", &places));
    Ok(BuildOutcome {
        meta,
        reports,
        merges,
        records,
        counts: need_counts(&places, None),
        counts_grenoble: need_counts(&places, Some((GRENOBLE, 15_000.0))),
        hours,
    })
}

/// The validation report, in Markdown: what was read, kept, repaired, skipped and why, what
/// was merged, and how many places meet each need.
pub fn report_markdown(o: &BuildOutcome, command: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Snapshot validation report\n");
    let _ = writeln!(s, "Rebuild with:\n\n```\n{command}\n```\n");
    let m = &o.meta;
    let _ = writeln!(
        s,
        "Region **{}**, format {}, data version {}, build date {}: **{} places** from {} source records ({} merged).\n",
        m.region,
        m.format_version,
        m.data_version,
        m.build_date,
        m.place_count,
        o.records,
        o.merges.len()
    );
    let _ = writeln!(
        s,
        "## Sources\n\n| source | read | kept | repaired | skipped | kept with no need (never shown on their own) |\n|---|---:|---:|---:|---:|---:|"
    );
    for r in &o.reports {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            r.source, r.read, r.kept, r.repaired, r.skipped, r.kept_without_need
        );
    }
    let _ = writeln!(
        s,
        "\n## Opening hours\n\n| source | places | usable hours | share | hours kept as text | usable, silent on public holidays |\n|---|---:|---:|---:|---:|---:|"
    );
    for h in &o.hours {
        let share = if h.places == 0 {
            0.0
        } else {
            h.usable as f64 * 100.0 / h.places as f64
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.1} % | {} | {} |",
            h.of, h.places, h.usable, share, h.text_only, h.silent_on_holidays
        );
    }
    let _ = writeln!(s, "\n## Places per need\n\n| need | confirmed | to check | within 15 km of Grenoble: confirmed | to check |\n|---|---:|---:|---:|---:|");
    for (all, near) in o.counts.iter().zip(&o.counts_grenoble) {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            all.need, all.confirmed, all.to_check, near.confirmed, near.to_check
        );
    }
    let _ = writeln!(s, "\n## Merged records\n\n| kept | merged into it | distance (m) | name similarity |\n|---|---|---:|---:|");
    for n in &o.merges {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            n.kept, n.merged, n.distance_m, n.similarity
        );
    }
    let _ = writeln!(s, "\n## Repaired and skipped rows\n");
    for r in &o.reports {
        if r.issues.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "### {}\n\n| row | record | action | reason |\n|---:|---|---|---|",
            r.source
        );
        for i in &r.issues {
            let reason = i.reason.replace('|', "\\|").replace('\n', " ");
            let action = match i.action {
                import::Action::Skipped => "skipped",
                import::Action::Repaired => "repaired",
            };
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                i.row,
                i.record_id.as_deref().unwrap_or(""),
                action,
                reason
            );
        }
        let _ = writeln!(s);
    }
    s
}
