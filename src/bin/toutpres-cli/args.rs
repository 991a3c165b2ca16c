//! The command line's words: every subcommand and flag, in one place, so `--help` and this
//! file say the same thing. The code that runs each command lives in the module of its job
//! (`query_cmds`, `publish`, `bench`); this file holds no behaviour.

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "toutpres-cli",
    version,
    about = "Tout près: nearby digital help, offline"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Clone)]
pub struct SnapshotArg {
    /// Snapshot file (default: the bundled Isère snapshot).
    #[arg(long, global = true)]
    pub snapshot: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Build a snapshot and its validation report from source files.
    Build(BuildArgs),
    /// Places near a point that meet a need, nearest first.
    Nearby(NearbyArgs),
    /// Search as a person types: with --near, a need or a procedure (wifi, recharger, caf,
    /// pole emploi…, in twelve languages) first gives the nearest places helping with it; then
    /// names, communes and addresses (accents and case ignored).
    Search(SearchArgs),
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
    Bench(BenchArgs),
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
    /// Make a publisher key pair: writes the secret key file, prints the public key.
    Keygen {
        /// Where to write the secret key (outside any repository; never overwritten).
        #[arg(long, required_unless_present = "public_of")]
        secret: Option<PathBuf>,
        /// Make nothing: print the public key of this existing secret key file.
        #[arg(long, conflicts_with = "secret")]
        public_of: Option<PathBuf>,
    },
    /// Publish a snapshot into a folder for a static host: full file, deltas, signed manifest.
    Publish(PublishArgs),
    /// Update the snapshot in an app data folder from a published site, as the app does.
    Sync(SyncArgs),
    /// Build a team's whole site into ROOT: the web app, the signed editions (deltas against
    /// what is online), the street map and the list of editions; switched in at once.
    Site(SiteArgs),
    /// The editions a host serves (its signed list), and the one offered at a position.
    Editions {
        /// URL of the host's list, e.g. https://example.org/editions
        #[arg(long)]
        url: String,
        /// Trusted public key (tp-ed25519:…); repeatable. Default: the keys built into the app.
        #[arg(long = "trust")]
        trust: Vec<String>,
        #[arg(long, allow_hyphen_values = true, requires = "lon")]
        lat: Option<f64>,
        #[arg(long, allow_hyphen_values = true, requires = "lat")]
        lon: Option<f64>,
        #[arg(long)]
        json: bool,
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
    /// Build the offline map layer (streets, water) from the Grenoble street files; prints
    /// what was kept and the sizes.
    MapLayer {
        /// Folder with roads.geojson.gz and ocean_depth_index_contours.json.gz
        #[arg(long)]
        streets: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Ramer–Douglas–Peucker tolerance in metres.
        #[arg(long, default_value_t = 2.5)]
        tolerance: f64,
        /// The area kept, SOUTH,WEST,NORTH,EAST in degrees (default: about 15 km around
        /// Grenoble centre); the projection is centred on it.
        #[arg(long, value_name = "S,W,N,E", allow_hyphen_values = true)]
        area: Option<String>,
    },
    /// Draw one view of a map layer as SVG, with the person at the centre.
    MapSvg(MapSvgArgs),
    /// The map screen's figures: read the layer, draw the screen's view at every zoom around
    /// several Grenoble positions, build and search the street index.
    BenchMap {
        #[arg(long, default_value = "assets/map/grenoble.tpmp")]
        layer: PathBuf,
        #[arg(long, default_value_t = 20)]
        rounds: usize,
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

#[derive(Args)]
pub struct MapSvgArgs {
    /// A layer written by `map-layer`.
    #[arg(long)]
    pub layer: PathBuf,
    #[arg(long, allow_hyphen_values = true)]
    pub lat: f64,
    #[arg(long, allow_hyphen_values = true)]
    pub lon: f64,
    #[arg(long, default_value_t = 2.0)]
    pub metres_per_pixel: f64,
    /// WIDTHxHEIGHT in pixels.
    #[arg(long, default_value = "800x600")]
    pub size: String,
    /// A place to mark, as LAT,LON,NEED,LABEL (need: wifi, computers…). Repeatable.
    #[arg(long = "marker", value_name = "LAT,LON,NEED,LABEL")]
    pub markers: Vec<String>,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct BuildArgs {
    /// Shared data folder: imports the real Isère sources found there.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Extra source as KIND=PATH (kinds: schema, conseillers-numeriques, anct-hinaura, hinaura, france-services, libraries, grenoble-bm, grenoble-wifi, sncf-wifi, paris-wifi, aidants-connect, field, osm, bench; aidants-connect rows are attached to known places, never placed alone; field is the file of `toutpres-inbox export`: new places, and corrections applied after the merge). Repeatable.
    #[arg(long = "source", value_name = "KIND=PATH")]
    pub sources: Vec<String>,
    /// The snapshot file; with --editions, the folder of the editions.
    #[arg(long)]
    pub out: PathBuf,
    /// Build every edition from the national sources of the data folder (--data): the
    /// national one (`france.sqlite`) and one per region (`<region>.sqlite`) into --out; the
    /// report is the national edition's, with the editions' sizes.
    #[arg(long, requires = "data")]
    pub editions: bool,
    /// Write the validation report (Markdown) here; its maps go in a folder beside it
    /// (`<report name>-maps/`).
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Build date YYYY-MM-DD (default: the newest record date of the sources).
    #[arg(long)]
    pub build_date: Option<NaiveDate>,
    /// Data version (default: the build date as YYYYMMDD).
    #[arg(long)]
    pub data_version: Option<u64>,
    #[arg(long, default_value = "Isère")]
    pub region: String,
}

#[derive(Args)]
pub struct NearbyArgs {
    #[arg(long, allow_hyphen_values = true)]
    pub lat: f64,
    #[arg(long, allow_hyphen_values = true)]
    pub lon: f64,
    /// Need id (wifi, charging, computers, helper, procedures, training, equipment, repair). Repeatable.
    #[arg(long, required = true)]
    pub need: Vec<String>,
    #[arg(long)]
    pub open_now: bool,
    #[arg(long)]
    pub free: bool,
    #[arg(long)]
    pub no_appointment: bool,
    #[arg(long)]
    pub open_to_all: bool,
    #[arg(long)]
    pub wheelchair: bool,
    /// Leave out places where the need is only likely.
    #[arg(long)]
    pub confirmed_only: bool,
    /// Local Paris time YYYY-MM-DDTHH:MM (default: now).
    #[arg(long, value_parser = parse_local_time)]
    pub at: Option<NaiveDateTime>,
    /// Search radius in metres (above 0, at most 1,000 km).
    #[arg(long, default_value_t = 15_000.0, allow_hyphen_values = true)]
    pub radius: f64,
    /// How many places at most (1 to 1,000).
    #[arg(long, default_value_t = 10, allow_negative_numbers = true)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub snap: SnapshotArg,
}

#[derive(Args)]
pub struct SearchArgs {
    pub text: String,
    /// Order matches by distance from LAT,LON, places helping with a named need or procedure first.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// How many matches at most (1 to 1,000).
    #[arg(long, default_value_t = 10, allow_negative_numbers = true)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub snap: SnapshotArg,
}

#[derive(Args)]
pub struct BenchArgs {
    /// places_*.csv from shared/bench/gen.py
    #[arg(long)]
    pub places: PathBuf,
    /// queries.csv from shared/bench/gen.py
    #[arg(long)]
    pub queries: PathBuf,
    /// Where to write the snapshot (default: next to the places file).
    #[arg(long)]
    pub snapshot_out: Option<PathBuf>,
    /// Write the result ids of every query here (one line per query).
    #[arg(long)]
    pub results: Option<PathBuf>,
    /// Timed passes over the 1,000 queries.
    #[arg(long, default_value_t = 5)]
    pub passes: usize,
    /// Skip the exactness check against a brute-force scan.
    #[arg(long)]
    pub no_check: bool,
    /// zstd level of the compressed size measured (19, as published; CI's smoke run takes 1,
    /// whose compression costs seconds, not a minute).
    #[arg(long, default_value_t = 19)]
    pub level: i32,
}

#[derive(Args)]
pub struct PublishArgs {
    #[arg(long)]
    pub snapshot: PathBuf,
    /// The site folder (created if needed; earlier versions found there get deltas).
    #[arg(long)]
    pub dir: PathBuf,
    /// Publish as this edition of a host serving several (`auvergne-rhone-alpes`, `france`…):
    /// --dir is then the host's root, the edition goes in `<dir>/<edition>/`, and the signed
    /// list `<dir>/editions` names it.
    #[arg(long)]
    pub edition: Option<String>,
    /// Secret key file from `keygen`.
    #[arg(long)]
    pub key: PathBuf,
    /// Deltas from this many earlier versions.
    #[arg(long, default_value_t = 5)]
    pub deltas: usize,
    /// Expiry date of the manifest (default: today + --valid-days). After it, phones keep
    /// the data and say its date; publish again before then.
    #[arg(long)]
    pub expires: Option<NaiveDate>,
    #[arg(long, default_value_t = 60)]
    pub valid_days: u64,
    #[arg(long, default_value = env!("CARGO_PKG_VERSION"))]
    pub min_app_version: String,
    /// zstd level.
    #[arg(long, default_value_t = 19)]
    pub level: i32,
    /// An offline street map layer (`map-layer --out`) to publish beside the snapshot. Without
    /// it, the layer published before stays offered. The same snapshot may be published again
    /// with only a new layer.
    #[arg(long)]
    pub map_layer: Option<PathBuf>,
    /// The area the map layer covers (lower-case letters, digits, '-'; default: the file's
    /// name without its extension, e.g. `grenoble`).
    #[arg(long, requires = "map_layer")]
    pub map_area: Option<String>,
    /// The address where this publisher's inbox receives field contributions
    /// (`https://…/contributions`, as `toutpres-inbox serve` answers it), named in the signed manifest
    /// so the app sends only there. Without it, the address published before stays.
    #[arg(long)]
    pub contributions: Option<String>,
    /// While rotating keys: the next public key (`tp-ed25519:…`, or its secret key file),
    /// named in the manifests this key signs, so that phones learn it (OPERATING.md).
    #[arg(long)]
    pub next_key: Option<String>,
    /// Once the next key signs: the key that signed the site until now (public key or secret
    /// key file); repeatable. Without it, a site signed with another key is refused.
    #[arg(long = "previous-key")]
    pub previous_keys: Vec<String>,
}

#[derive(Args)]
pub struct SiteArgs {
    /// The site's folder: `current` (what the host serves) links to one of `releases/`.
    #[arg(long)]
    pub root: PathBuf,
    /// The publisher's secret key (`keygen`; mode 0600, outside ROOT).
    #[arg(long)]
    pub key: PathBuf,
    /// The shared data folder the editions are built from.
    #[arg(long)]
    pub data: PathBuf,
    /// Extra source as KIND=PATH, e.g. `field=export.json` (`toutpres-inbox export`).
    #[arg(long = "source")]
    pub sources: Vec<String>,
    /// The built web app (`platforms/web/build.sh`), trusting this key.
    #[arg(long, default_value = "target/web-app")]
    pub web_app: PathBuf,
    /// `france`: Isère, the national edition and every région's; `isere`: Isère only.
    #[arg(long, default_value = "france")]
    pub scope: String,
    /// The inbox's address (`https://…/contributions`), named in every manifest. Without it,
    /// the app offers no way to send reports (a static host with no inbox).
    #[arg(long)]
    pub contributions: Option<String>,
    /// The offline street map layer (`map-layer --out`), offered with the Isère, Auvergne-
    /// Rhône-Alpes and national editions.
    #[arg(long)]
    pub map_layer: Option<PathBuf>,
    /// Days the manifests stay valid; the nightly run signs them again.
    #[arg(long, default_value_t = 60)]
    pub valid_days: u64,
    /// Deltas from this many earlier versions.
    #[arg(long, default_value_t = 5)]
    pub deltas: usize,
    #[arg(long, default_value = env!("CARGO_PKG_VERSION"))]
    pub min_app_version: String,
    /// zstd level.
    #[arg(long, default_value_t = 19)]
    pub level: i32,
    /// Releases kept (the one in use included), to go back by hand.
    #[arg(long, default_value_t = 3)]
    pub keep: usize,
    /// Where the run's result is written as JSON (default ROOT/status.json); the inbox's
    /// `/health` reads it.
    #[arg(long)]
    pub status: Option<PathBuf>,
    /// While rotating keys: the next public key (`tp-ed25519:…`, or its secret key file),
    /// named in the manifests this key signs, so that phones learn it (OPERATING.md).
    #[arg(long)]
    pub next_key: Option<String>,
    /// Once the next key signs: the key that signed the site until now (public key or secret
    /// key file); repeatable. Without it, a site signed with another key is refused.
    #[arg(long = "previous-key")]
    pub previous_keys: Vec<String>,
}

#[derive(Args)]
pub struct SyncArgs {
    /// URL of the site's manifest, e.g. https://example.org/isere/manifest
    #[arg(long)]
    pub url: String,
    /// The app's data folder (snapshot, pointer, user database).
    #[arg(long)]
    pub data_dir: PathBuf,
    /// The region of the edition chosen, as the list of editions names it: a manifest of
    /// another region is refused (default: whatever the address serves). Another edition than
    /// the installed one is downloaded whole.
    #[arg(long)]
    pub region: Option<String>,
    /// Trusted public key (tp-ed25519:…); repeatable. Default: the keys built into the app.
    #[arg(long = "trust")]
    pub trust: Vec<String>,
    /// wifi, mobile or none.
    #[arg(long, default_value = "wifi")]
    pub network: String,
    #[arg(long)]
    pub allow_mobile_data: bool,
    /// Run as a background sync (the policy may say "not now").
    #[arg(long)]
    pub background: bool,
    /// Only say what would be downloaded.
    #[arg(long)]
    pub plan_only: bool,
    /// Today's date (default: the clock).
    #[arg(long)]
    pub today: Option<NaiveDate>,
    /// Seconds for connecting, waiting for an answer, or a pause while downloading.
    #[arg(long, default_value_t = 20.0)]
    pub timeout: f64,
    /// Snapshot installed on first use (default: the bundled Isère snapshot).
    #[arg(long)]
    pub bundled: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
    /// (tests) abort the process at this step of apply.
    #[arg(long, hide = true)]
    pub fault_at: Option<String>,
    /// (tests) fail writes past this many bytes, like a full disk.
    #[arg(long, hide = true)]
    pub fail_writes_after: Option<u64>,
}

/// The signed facts the applied file must match.
#[derive(Args)]
pub struct Expected {
    #[arg(long = "expect-sha256")]
    pub sha256: String,
    #[arg(long = "expect-size")]
    pub size: u64,
    #[arg(long = "expect-version")]
    pub version: u64,
}

fn parse_local_time(s: &str) -> Result<NaiveDateTime, String> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s.trim(), f).ok())
        .ok_or_else(|| format!("'{s}' is not a time like 2026-03-10T10:00"))
}
