//! Sources in, snapshot and validation report out: the one path that makes every snapshot,
//! the bundled Isère one and the national benchmark alike.

use crate::edition;
use crate::hours::Schedule;
use crate::import::aidants_connect::{self, KnownRecords};
use crate::import::field::{self, CorrectionNote};
use crate::import::{self, Import, ImportError, ImportReport};
use crate::merge::{merge, MergeNote};
use crate::place::Place;
use crate::report::{department_counts, need_counts, report_maps, DepartmentCounts};
pub use crate::report::{NeedCounts, GRENOBLE};
use crate::snapshot::{self, BuildOptions, Meta, SnapshotError, StoredSource};
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The formats the builder reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// National schema "lieux de médiation numérique" (CSV or JSON).
    Schema,
    /// The Conseillers numériques' places (national schema, older vocabulary, JSON).
    ConseillersNumeriques,
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
    /// SNCF stations with wifi, geolocated (CSV).
    SncfWifi,
    /// Ville de Paris's Paris Wi-Fi sites (CSV, `;`).
    ParisWifi,
    /// Aidants Connect structures (CSV): no coordinates, attached to known places after the
    /// merge ([`import::aidants_connect`]), never places of their own.
    AidantsConnect,
    /// Field contributions accepted in the inbox (`toutpres-inbox export`, JSON): new
    /// places, and corrections applied after the merge ([`import::field`]).
    Field,
    /// OpenStreetMap Overpass JSON.
    Osm,
    /// The synthetic benchmark CSV.
    Bench,
}

impl SourceKind {
    pub const NAMES: [(SourceKind, &'static str); 14] = [
        (SourceKind::Schema, "schema"),
        (SourceKind::ConseillersNumeriques, "conseillers-numeriques"),
        (SourceKind::AnctHinaura, "anct-hinaura"),
        (SourceKind::Hinaura, "hinaura"),
        (SourceKind::FranceServices, "france-services"),
        (SourceKind::Libraries, "libraries"),
        (SourceKind::GrenobleWifi, "grenoble-wifi"),
        (SourceKind::GrenobleBm, "grenoble-bm"),
        (SourceKind::SncfWifi, "sncf-wifi"),
        (SourceKind::ParisWifi, "paris-wifi"),
        (SourceKind::AidantsConnect, "aidants-connect"),
        (SourceKind::Field, "field"),
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
            SourceKind::ConseillersNumeriques => {
                import::schema::import_as(path, import::schema::conseillers_numeriques_source())
            }
            SourceKind::AnctHinaura => import::anct_hinaura::import(path),
            SourceKind::Hinaura => import::hinaura::import(path),
            SourceKind::FranceServices => import::france_services::import(path),
            SourceKind::Libraries => import::libraries::import(path),
            SourceKind::GrenobleWifi => import::grenoble_wifi::import(path),
            SourceKind::GrenobleBm => import::grenoble_bm::import(path),
            SourceKind::SncfWifi => import::sncf_wifi::import(path),
            SourceKind::ParisWifi => import::paris_wifi::import(path),
            // Alone, with no known place to attach to: every row "not placed". A build
            // attaches its rows after the merge instead.
            SourceKind::AidantsConnect => import::aidants_connect::import(path),
            // Alone: the new places, every correction "not applied" (no known place).
            SourceKind::Field => import::field::import(path),
            SourceKind::Osm => import::osm::import(path),
            SourceKind::Bench => import::bench::import(path),
        }
    }
}

/// The real Isère sources under the shared data folder, in merge order (the first record of a
/// place gives it its stable id): the bundled edition.
pub fn isere_sources(data_dir: &Path) -> Vec<(SourceKind, PathBuf)> {
    sources_of(data_dir, false)
}

/// Every source of the data folder for the national edition (the national lists, and the
/// regional ones where a region has its own), in merge order.
pub fn national_sources(data_dir: &Path) -> Vec<(SourceKind, PathBuf)> {
    sources_of(data_dir, true)
}

/// The sources of the data folder: the national lists whole, or their Isère extracts; the
/// lists of other places (SNCF stations, Paris) only for the national edition.
fn sources_of(data_dir: &Path, national: bool) -> Vec<(SourceKind, PathBuf)> {
    let pick = |isere: &str, france: &str| data_dir.join(if national { france } else { isere });
    let mut list = vec![
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
            pick(
                "france-services/liste-fs-20221201-isere.csv",
                "france-services/liste-fs-20221201.csv",
            ),
        ),
        (
            SourceKind::ConseillersNumeriques,
            pick(
                "cnfs-conseillers-numeriques/cnfs-lieux-2022-12-isere.json",
                "cnfs-conseillers-numeriques/cnfs-lieux-2022-12-france.json",
            ),
        ),
        (
            SourceKind::Libraries,
            pick(
                "bibliotheques-publiques/adresses-des-bibliotheques-publiques-isere.csv",
                "bibliotheques-publiques/adresses-des-bibliotheques-publiques.csv",
            ),
        ),
        (
            SourceKind::GrenobleBm,
            data_dir.join("grenoble-bm-libraries/grenoble-bm-libraries.csv"),
        ),
        (
            SourceKind::GrenobleWifi,
            data_dir.join("grenoble-bornes-wifi/borneswifi_EPSG4326.csv"),
        ),
    ];
    if national {
        list.push((
            SourceKind::SncfWifi,
            data_dir.join("sncf-wifi/gares-wifi-oui-geolocalisees.csv"),
        ));
        list.push((
            SourceKind::ParisWifi,
            data_dir.join("paris-wifi/sites-disposant-du-service-paris-wi-fi.csv"),
        ));
    }
    list.push((
        SourceKind::AidantsConnect,
        data_dir.join("aidants-connect/aidants-connect-structures-2023-01-isere.csv"),
    ));
    list
}

/// The editions' table of the national report: places, and bytes as built and as published.
pub fn editions_markdown(editions: &[EditionBuilt]) -> String {
    let mut s = String::from(
        "\n## Editions\n\n| edition | places | bytes | published (zstd) | SHA-256 |\n|---|---:|---:|---:|---|\n",
    );
    for e in editions {
        let _ = writeln!(
            s,
            "| {} (`{}`) | {} | {} | {} | `{}` |",
            e.name, e.id, e.places, e.bytes, e.published_bytes, e.sha256
        );
    }
    s
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
    #[error("cannot measure edition {path}: {source}")]
    Edition {
        path: String,
        source: std::io::Error,
    },
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
    /// Each distinct expression is parsed once: parsing every place's took 77 % of the build
    /// of the national workload (perf, 30k places), whose places share a few hundred.
    pub fn of(name: &str, places: &[Place]) -> HoursCount {
        // Per expression: `None` when it does not parse, else whether it is silent on holidays.
        let mut parsed: std::collections::HashMap<&str, Option<bool>> =
            std::collections::HashMap::new();
        let (mut usable, mut silent_on_holidays) = (0, 0);
        for osm in places.iter().filter_map(|p| p.hours.osm.as_deref()) {
            let verdict = *parsed
                .entry(osm)
                .or_insert_with(|| Schedule::parse(osm).ok().map(|s| s.silent_on_holidays()));
            if let Some(silent) = verdict {
                usable += 1;
                silent_on_holidays += usize::from(silent);
            }
        }
        HoursCount {
            of: name.to_string(),
            places: places.len(),
            usable,
            text_only: places
                .iter()
                .filter(|p| p.hours.osm.is_none() && p.hours.text.is_some())
                .count(),
            silent_on_holidays,
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
    /// Per département: places, and per need the places that state it.
    pub departments: Vec<DepartmentCounts>,
    /// Dot maps of each need (file name, SVG), for the report's pictures.
    pub maps: Vec<(String, String)>,
    /// Field corrections applied over the merged places.
    pub corrections: Vec<CorrectionNote>,
}

/// Every source imported and merged: what any edition is written from.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub stored: Vec<StoredSource>,
    pub reports: Vec<ImportReport>,
    pub merges: Vec<MergeNote>,
    /// Source records before merging.
    pub records: usize,
    pub places: Vec<Place>,
    /// Usable hours per source (records kept).
    pub hours: Vec<HoursCount>,
    /// The newest record date of the sources (the default build date).
    pub newest: NaiveDate,
    /// Field corrections applied over the merged places (`import::field`).
    pub corrections: Vec<CorrectionNote>,
}

/// Import every source, merge, and attach the sources that are not lists of places (Aidants
/// Connect: rows attached to the one known place with their name and address).
pub fn prepare(sources: &[(SourceKind, PathBuf)]) -> Result<Prepared, BuildError> {
    if sources.is_empty() {
        return Err(BuildError::NoSource);
    }
    let mut infos = Vec::new();
    let mut reports = Vec::new();
    let mut all = Vec::new();
    let mut hours = Vec::new();
    // Rows to attach after the merge, with the index of their source's report.
    let mut pending = Vec::new();
    // Field corrections to apply after the merge, with the index of their source's report.
    let mut fixes = Vec::new();
    for (kind, path) in sources {
        if *kind == SourceKind::Field {
            let (file, report) = field::read(path)?;
            hours.push(HoursCount::of(&report.source, &file.places));
            fixes.push((reports.len(), file.corrections));
            infos.push(field::source());
            reports.push(report);
            all.extend(file.places);
            continue;
        }
        if *kind == SourceKind::AidantsConnect {
            let (attachments, report) = aidants_connect::read(path)?;
            pending.push((reports.len(), attachments));
            infos.push(aidants_connect::source());
            reports.push(report);
            continue;
        }
        let imp = kind.import(path)?;
        hours.push(HoursCount::of(&imp.report.source, &imp.places));
        infos.push(imp.source);
        reports.push(imp.report);
        all.extend(imp.places);
    }
    let records = all.len();
    // What each record said of its name and address, which the merge keeps one of.
    let known = if pending.is_empty() {
        KnownRecords::default()
    } else {
        KnownRecords::of(&all)
    };
    let (mut places, merges) = merge(all);
    for (i, attachments) in pending {
        aidants_connect::attach(&mut places, &known, &attachments, &mut reports[i]);
    }
    // Corrections last: over every other source, and after the attachments.
    let mut corrections = Vec::new();
    for (i, fix) in fixes {
        corrections.extend(field::apply(&mut places, &fix, &mut reports[i]));
    }
    let stored: Vec<StoredSource> = infos
        .into_iter()
        .zip(&reports)
        .map(|(info, r)| StoredSource {
            info,
            rows_read: r.read as i64,
            rows_kept: r.kept as i64,
        })
        .collect();
    let newest = places
        .iter()
        .filter_map(Place::last_updated)
        .max()
        .unwrap_or(NaiveDate::MIN);
    Ok(Prepared {
        stored,
        reports,
        merges,
        records,
        places,
        hours,
        newest,
        corrections,
    })
}

impl Prepared {
    /// Write `places` (all of them, or an edition's share) as a snapshot. `build_date`: when
    /// `None`, the newest record date of the sources (so that the same inputs always give the
    /// same file).
    pub fn write_snapshot(
        &self,
        places: &[Place],
        out: &Path,
        build_date: Option<NaiveDate>,
        data_version: Option<u64>,
        region: &str,
    ) -> Result<Meta, BuildError> {
        let build_date = build_date.unwrap_or(self.newest);
        let data_version = data_version
            .unwrap_or_else(|| build_date.format("%Y%m%d").to_string().parse().unwrap_or(1));
        let opts = BuildOptions {
            build_date,
            data_version,
            region: region.to_string(),
        };
        Ok(snapshot::write(out, &self.stored, places, &opts)?)
    }

    /// [`Prepared::write_snapshot`], then what the validation report says of it (counts,
    /// tables, maps).
    pub fn write(
        &self,
        places: &[Place],
        out: &Path,
        build_date: Option<NaiveDate>,
        data_version: Option<u64>,
        region: &str,
    ) -> Result<BuildOutcome, BuildError> {
        let meta = self.write_snapshot(places, out, build_date, data_version, region)?;
        let mut hours = self.hours.clone();
        hours.push(HoursCount::of("all places", places));
        Ok(BuildOutcome {
            meta,
            reports: self.reports.clone(),
            merges: self.merges.clone(),
            records: self.records,
            counts: need_counts(places, None),
            counts_grenoble: need_counts(places, Some((GRENOBLE, 15_000.0))),
            hours,
            departments: department_counts(places),
            maps: report_maps(places),
            corrections: self.corrections.clone(),
        })
    }
}

/// Import every source, merge, write the snapshot (see [`Prepared::write`]).
pub fn build(
    sources: &[(SourceKind, PathBuf)],
    out: &Path,
    build_date: Option<NaiveDate>,
    data_version: Option<u64>,
    region: &str,
) -> Result<BuildOutcome, BuildError> {
    let prepared = prepare(sources)?;
    prepared.write(&prepared.places, out, build_date, data_version, region)
}

/// One edition written by [`build_editions`].
#[derive(Debug, Clone)]
pub struct EditionBuilt {
    /// `france`, or a region's id.
    pub id: String,
    pub name: String,
    pub file: PathBuf,
    pub places: usize,
    pub bytes: u64,
    /// Compressed as published (zstd, [`PUBLISHED_ZSTD_LEVEL`]).
    pub published_bytes: u64,
    /// SHA-256 of the file, hex: the same sources must give the same bytes anywhere.
    pub sha256: String,
}

/// The zstd level `toutpres-cli publish` uses by default, to measure editions as phones get them.
pub const PUBLISHED_ZSTD_LEVEL: i32 = 19;

/// The national edition (`france.sqlite`, with its outcome for the report) and one edition
/// per region (`<region id>.sqlite`), from one import and one merge, into `out_dir`. Every
/// edition has the same build date and data version.
pub fn build_editions(
    sources: &[(SourceKind, PathBuf)],
    out_dir: &Path,
    build_date: Option<NaiveDate>,
    data_version: Option<u64>,
) -> Result<(BuildOutcome, Vec<EditionBuilt>), BuildError> {
    let prepared = prepare(sources)?;
    let file = |id: &str| out_dir.join(format!("{id}.sqlite"));
    let national_file = file(edition::NATIONAL_ID);
    let national = prepared.write(
        &prepared.places,
        &national_file,
        build_date,
        data_version,
        "France",
    )?;
    let (build_date, data_version) = (
        Some(national.meta.build_date),
        Some(national.meta.data_version),
    );
    let mut editions = vec![edition_built(
        edition::NATIONAL_ID,
        "France",
        national_file,
        prepared.places.len(),
    )?];
    for (region, members) in edition::split_by_region(&prepared.places) {
        let places: Vec<Place> = members
            .iter()
            .map(|&i| prepared.places[i].clone())
            .collect();
        let out = file(region.id);
        // Only the national edition has a report: a région's is its share of it.
        prepared.write_snapshot(&places, &out, build_date, data_version, region.name)?;
        editions.push(edition_built(region.id, region.name, out, places.len())?);
    }
    Ok((national, editions))
}

fn edition_built(
    id: &str,
    name: &str,
    file: PathBuf,
    places: usize,
) -> Result<EditionBuilt, BuildError> {
    let read = |e: std::io::Error| BuildError::Edition {
        path: file.display().to_string(),
        source: e,
    };
    let bytes = std::fs::read(&file).map_err(read)?;
    let published = zstd::bulk::compress(&bytes, PUBLISHED_ZSTD_LEVEL).map_err(read)?;
    Ok(EditionBuilt {
        id: id.to_string(),
        name: name.to_string(),
        places,
        bytes: bytes.len() as u64,
        published_bytes: published.len() as u64,
        sha256: crate::sync::manifest::sha256_hex(&bytes),
        file,
    })
}

/// The validation report, in Markdown: what was read, kept, repaired, skipped and why, what
/// was merged, and how many places meet each need.
///
/// `maps_dir`: where the report's SVG maps ([`BuildOutcome::maps`]) are written, relative to it.
pub fn report_markdown(o: &BuildOutcome, command: &str, maps_dir: &str) -> String {
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
    let attached = aidants_connect::source().id;
    if o.reports.iter().any(|r| r.source == attached) {
        let _ = writeln!(
            s,
            "\n{attached} has no coordinates: its rows are attached to known places, not places of \
             their own. *Kept* counts the rows attached (name and address matching exactly one \
             place), *skipped* the rows not placed, with the reason below."
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
    let _ = writeln!(
        s,
        "\n{}",
        crate::report::markdown(&o.departments, &o.counts_grenoble, maps_dir)
    );
    let _ = writeln!(s, "\n## Merged records\n\n| kept | merged into it | distance (m) | name similarity |\n|---|---|---:|---:|");
    for n in &o.merges {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            n.kept, n.merged, n.distance_m, n.similarity
        );
    }
    if !o.corrections.is_empty() {
        let _ = writeln!(
            s,
            "\n## Field corrections\n\nReports accepted in the inbox, applied over the other \
             sources.\n\n| contribution | place | name | change |\n|---|---|---|---|"
        );
        for c in &o.corrections {
            let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                c.contribution,
                cell(&c.place_key),
                cell(&c.place_name),
                cell(&c.change)
            );
        }
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
