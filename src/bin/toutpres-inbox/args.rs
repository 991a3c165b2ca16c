//! Every subcommand and flag of `toutpres-inbox` (clap), no behaviour.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "toutpres-inbox",
    version,
    about = "Tout près: the field contributions inbox and its review page"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Receive contributions over HTTP (`POST /contributions`), serve the review page
    /// (`/review`) and `/health`.
    Serve(ServeArgs),
    /// Make a new, empty inbox database (refused when the file exists).
    Init {
        #[arg(long)]
        db: PathBuf,
    },
    /// Write the accepted contributions as a source file (`toutpres-cli build --source
    /// field=FILE`). The database is only read.
    Export {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Copy the inbox database with SQLite's online backup (works while `serve` runs); the
    /// copy replaces OUT atomically.
    Backup {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Read a password on standard input, print its Argon2id hash as a line of the reviewers
    /// file (`NAME:$argon2id$…`).
    HashPassword {
        /// The reviewer's name, as the review page shows it.
        #[arg(long)]
        name: String,
    },
    /// Make a random team code; prints the code (give it to the team, e.g. as a QR code) and
    /// the line to add to the team codes file (the code's SHA-256, never the code).
    TeamCode {
        /// The team's name, as the review page shows it ("Maraude Nord").
        #[arg(long)]
        name: String,
        /// Also draw the code as a QR code (SVG) for the team's phones to scan.
        #[arg(long)]
        qr: Option<PathBuf>,
    },
    /// Contributions accepted per second: N new contributions posted to a running inbox by C
    /// concurrent clients, optionally while S slow connections are held open.
    #[command(hide = true)]
    Bench(BenchArgs),
}

#[derive(Args)]
pub struct BenchArgs {
    /// The inbox's address, e.g. http://127.0.0.1:8320
    #[arg(long)]
    pub url: String,
    #[arg(long, default_value_t = 2000)]
    pub count: usize,
    #[arg(long, default_value_t = 16)]
    pub concurrency: usize,
    /// Slow connections held open during the run (one header byte now and then), from
    /// 127.0.0.2 and the next addresses, `--slow-addresses` of them.
    #[arg(long, default_value_t = 0)]
    pub slow: usize,
    #[arg(long, default_value_t = 16)]
    pub slow_addresses: u8,
    /// Also measure this many `/health` requests spread over the run.
    #[arg(long, default_value_t = 200)]
    pub health: usize,
}

#[derive(Args)]
pub struct ServeArgs {
    /// The inbox database; it must exist (`toutpres-inbox init`) unless `--create`.
    #[arg(long)]
    pub db: PathBuf,
    /// Make the database when it does not exist yet.
    #[arg(long)]
    pub create: bool,
    /// Address and port to listen on (`127.0.0.1:0` picks a free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8320")]
    pub listen: String,
    /// Team codes: one `TEAM NAME:sha256-hex-of-the-code` per line (`team-code`).
    #[arg(long)]
    pub team_codes: Option<PathBuf>,
    /// Reviewers: one `NAME:$argon2id$…` per line (`hash-password`). Without it, the review
    /// page is closed.
    #[arg(long)]
    pub reviewers: Option<PathBuf>,
    /// The snapshot as currently published, to show each report beside its place (default:
    /// the bundled one).
    #[arg(long)]
    pub snapshot: Option<PathBuf>,
    /// Contributions and login attempts accepted per source address per minute.
    #[arg(long, default_value_t = 30)]
    pub per_minute: u32,
    /// Login attempts per reviewer name per minute, whatever the address.
    #[arg(long, default_value_t = 10)]
    pub logins_per_account: u32,
    /// Mark the session cookie `Secure` (when the server is behind https).
    #[arg(long)]
    pub secure_cookie: bool,
    /// A reverse proxy whose `X-Forwarded-For` is believed: an address (`127.0.0.1`, `::1`)
    /// or a network (`10.0.0.0/8`). Repeatable. The source of a request is then the
    /// right-most address of the header that is not a trusted proxy.
    #[arg(long = "trusted-proxy", value_name = "ADDR[/BITS]")]
    pub trusted_proxies: Vec<String>,
    /// Seconds a client has to send a request's headers, and the longest an idle keep-alive
    /// connection stays open.
    #[arg(long, default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a request body may pause between two pieces.
    #[arg(long, default_value_t = 10)]
    pub body_timeout: u64,
    /// Seconds a whole request may take, body included, before a 408.
    #[arg(long, default_value_t = 30)]
    pub request_timeout: u64,
    /// Open connections in total; more are closed as soon as they are accepted.
    #[arg(long, default_value_t = 2048)]
    pub max_connections: usize,
    /// Open connections from one address (trusted proxies excepted: they carry everyone's).
    #[arg(long, default_value_t = 32)]
    pub max_connections_per_address: usize,
    /// Where the review page's "Publish now" button writes the time (a systemd path unit
    /// watches it and starts the publish job). Without it, there is no button.
    #[arg(long)]
    pub publish_trigger: Option<PathBuf>,
    /// The publish job's status file (`{"ok":bool,"finished":"RFC 3339","message":"…"}`),
    /// reported by `/health` and on the review page.
    #[arg(long)]
    pub publish_status: Option<PathBuf>,
}
