//! `toutpres-cli`: build snapshots, ask them questions, publish them, measure them.
//!
//! For the people who prepare data and for helpers on a laptop. With no `--snapshot`, the
//! commands read the Isère snapshot bundled with the app.
//!
//! One file per job, so a change to one job is read and reviewed alone:
//!
//! - `args.rs`: every subcommand and flag (clap), no behaviour;
//! - `query_cmds.rs`: what a helper asks: `nearby`, `search`, `show`, `sources`;
//! - `publish.rs`: the data preparer's path: `build`, `keygen`, `publish`, `sync`;
//! - `site.rs`: a team's whole site in one folder, switched in at once: `site`;
//! - `map_cmds.rs`: the offline map: `map-layer`, `map-svg`;
//! - `bench.rs`: the national-scale measurements: `bench`, `bench-sync` and the fresh
//!   processes they start.
//!
//! The words a person reads about a place's open status or a sync's result come from the
//! core's `present` module, as on the app's screens, so the command line never tells a
//! different story from the phone.

use chrono::{NaiveDateTime, Utc};
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;
use toutpres::i18n::{Lang, Tr};
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

mod args;
mod bench;
mod map_cmds;
mod publish;
mod query_cmds;
mod site;

use args::{Cli, Command, SnapshotArg};

/// The bundled snapshot, as committed in the repository.
const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/toutpres-isere.sqlite");

type Error = Box<dyn std::error::Error>;
type Res = Result<(), Error>;

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

fn run(cmd: Command) -> Res {
    match cmd {
        Command::Build(a) => publish::build(a),
        Command::Nearby(a) => query_cmds::nearby(a),
        Command::Search(a) => query_cmds::search(a),
        Command::Show { place, json, snap } => query_cmds::show(&place, json, &snap),
        Command::Sources { snap } => query_cmds::sources(&snap),
        Command::Bench(a) => bench::run(a),
        Command::BenchCold { snapshot, queries } => bench::cold(&snapshot, &queries),
        Command::BenchQueries {
            snapshot,
            queries,
            passes,
            results,
        } => bench::queries(&snapshot, &queries, passes, &results),
        Command::Keygen { secret, public_of } => match (secret, public_of) {
            (_, Some(existing)) => publish::public_of(&existing),
            (Some(secret), None) => publish::keygen(&secret),
            (None, None) => Err("give --secret FILE or --public-of FILE".into()),
        },
        Command::Publish(a) => publish::publish(a),
        Command::Sync(a) => publish::sync(a),
        Command::Site(a) => site::site(a),
        Command::Editions {
            url,
            trust,
            lat,
            lon,
            json,
        } => publish::editions(&url, &trust, lat.zip(lon), json),
        Command::BenchSync {
            places,
            change_percent,
            work,
            level,
        } => bench::sync(&places, change_percent, work, level),
        Command::MapLayer {
            streets,
            out,
            tolerance,
            area,
        } => map_cmds::layer(&streets, &out, tolerance, area.as_deref()),
        Command::MapSvg(a) => map_cmds::svg(a),
        Command::BenchMap { layer, rounds } => map_cmds::bench(&layer, rounds),
        Command::BenchSyncApply {
            old,
            file,
            out,
            full,
            expect,
        } => bench::sync_apply(&old, &file, &out, full, &expect),
    }
}

/// The snapshot a command reads: the one given, or the bundled one.
fn open(snap: &SnapshotArg) -> Result<Snapshot, Error> {
    let path = snap
        .snapshot
        .clone()
        .unwrap_or_else(|| PathBuf::from(BUNDLED));
    Ok(Snapshot::open(&path)?)
}

/// The wording of the command line: the app's English words.
fn words() -> Tr {
    Tr::new(Lang::En)
}

fn paris_now() -> NaiveDateTime {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::Paris)
        .naive_local()
}
