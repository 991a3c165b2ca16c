//! `toutpres-inbox`: the field contributions inbox a coordinator's team runs.
//!
//! - `serve`: the HTTP server (`server.rs`: `POST /contributions`, `GET /health`; `net.rs`:
//!   connections, their timeouts and caps, the source address behind trusted proxies) and its
//!   review page (`review.rs`: `/review`), over the inbox database (`toutpres::inbox`);
//! - `init`: a new inbox database (`serve` opens only an existing one, unless `--create`);
//! - `export`: the accepted contributions as a source file for `toutpres-cli build --source
//!   field=FILE`;
//! - `backup`: a copy of the database through SQLite's online backup, while `serve` runs;
//! - `hash-password`, `team-code`: the lines of the reviewers and team codes files;
//! - `bench` (hidden): contributions accepted per second by a running inbox, with or without
//!   a slow-connection attack.
//!
//! Its own binary, built with `--features inbox` alone (axum, tokio, hyper, tower-http; no
//! interface framework): a team's server runs this one program behind Caddy, and the
//! publishing job runs `toutpres-cli`. The server lives in the shell (it reads the clock and
//! the network); the format and the database are core modules (`toutpres::contribution`,
//! `toutpres::inbox`) the app and the build share.

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
mod net;
mod review;
mod server;

use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use args::{Cli, Command};
use clap::Parser;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use toutpres::inbox::Inbox;

/// The bundled snapshot, as committed in the repository.
const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/toutpres-isere.sqlite");

type Error = Box<dyn std::error::Error>;
type Res = Result<(), Error>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("toutpres-inbox: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Res {
    match command {
        Command::Serve(a) => server::serve(a),
        Command::Init { db } => {
            Inbox::create(&db)?;
            say!("new inbox database: {}", db.display());
            Ok(())
        }
        Command::Export { db, out } => export(&db, &out),
        Command::Backup { db, out } => {
            Inbox::open_read_only(&db)?.backup_to(&out)?;
            say!("inbox database copied to {}", out.display());
            Ok(())
        }
        Command::HashPassword { name } => hash_password(&name),
        Command::TeamCode { name, qr } => team_code(&name, qr.as_deref()),
        Command::Bench(a) => bench::run(&a),
    }
}

fn export(db: &Path, out: &Path) -> Res {
    let inbox = Inbox::open_read_only(db)?;
    let file = inbox.export()?;
    let json = serde_json::to_vec_pretty(&file)?;
    toutpres::files::write_atomically(out, &json)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    say!(
        "{} accepted contributions written to {}",
        file.contributions.len(),
        out.display()
    );
    Ok(())
}

/// A name for the files' lines: plain text, no ':' (the separator), 1 to 80 characters.
fn check_name(name: &str) -> Result<&str, String> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > 80
        || name.contains(':')
        || name.chars().any(char::is_control)
    {
        return Err("the name must be 1 to 80 characters, without ':'".into());
    }
    Ok(name)
}

fn hash_password(name: &str) -> Res {
    let name = check_name(name)?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    let password = line.trim_end_matches(['\r', '\n']);
    if password.chars().count() < 12 {
        return Err("the password must be at least 12 characters".into());
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| e.to_string())?;
    say!("{name}:{hash}");
    Ok(())
}

/// The SHA-256 of a team code, hex: what the team codes file keeps. A code is 128 random bits,
/// not a password, so a fast hash is enough (nobody can try them all), and every contribution
/// can be checked without the cost of Argon2.
pub fn code_hash(code: &str) -> String {
    Sha256::digest(code.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn team_code(name: &str, qr: Option<&Path>) -> Res {
    let name = check_name(name)?;
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    let code: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(path) = qr {
        let text = format!("{}{code}", toutpres::contribution::TEAM_CODE_QR_PREFIX);
        let svg = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .map_err(|e| e.to_string())?
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(400, 400)
            .quiet_zone(true)
            .build();
        toutpres::files::write_atomically(path, svg.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!(
            "QR code for the team's phones written to {}",
            path.display()
        );
    }
    eprintln!("give this code to the team (the app sends it as X-Team-Code): {code}");
    eprintln!("and add this line to the team codes file:");
    say!("{name}:{}", code_hash(&code));
    Ok(())
}

/// The lines of a team codes or reviewers file with their numbers, trimmed, without blank
/// lines and `#` comments.
fn listed_lines(path: &Path) -> Result<Vec<(usize, String)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

/// The team codes file: `NAME:sha256-hex` per line (blank lines and `#` comments allowed).
pub fn read_team_codes(path: &Path) -> Result<HashMap<String, String>, String> {
    let mut teams = HashMap::new();
    for (number, line) in listed_lines(path)? {
        let bad = || format!("{} line {number}: expected NAME:sha256-hex", path.display());
        let (name, hash) = line.rsplit_once(':').ok_or_else(bad)?;
        let hash = hash.trim().to_ascii_lowercase();
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        teams.insert(hash, check_name(name)?.to_string());
    }
    Ok(teams)
}

/// The reviewers file: `NAME:$argon2id$…` per line.
pub fn read_reviewers(path: &Path) -> Result<HashMap<String, String>, String> {
    let mut reviewers = HashMap::new();
    for (number, line) in listed_lines(path)? {
        let bad = || {
            format!(
                "{} line {number}: expected NAME:$argon2id$… (toutpres-inbox hash-password)",
                path.display()
            )
        };
        let (name, hash) = line.split_once(':').ok_or_else(bad)?;
        if !hash.starts_with("$argon2id$")
            || argon2::password_hash::PasswordHash::new(hash).is_err()
        {
            return Err(bad());
        }
        reviewers.insert(check_name(name)?.to_string(), hash.to_string());
    }
    Ok(reviewers)
}
