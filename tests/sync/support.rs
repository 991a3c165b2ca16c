//! Shared by the sync tests: snapshots built from the real Isère sources plus a small generated
//! source whose changes make the "new versions".

use std::path::{Path, PathBuf};
use toutpres::build::{self, SourceKind};

pub fn shared_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// A small benchmark-format source near Grenoble. `edition` changes a few places: moves one,
/// changes hours of another, closes one and opens one per edition.
pub fn extra_places_csv(edition: u32) -> String {
    let mut s = String::from("id,name,cats,lat,lon,opening_hours\n");
    for i in 0..60u32 {
        if edition >= 1 && i == 7 {
            continue; // closed
        }
        let mut lat = 45.15 + (i as f64) * 0.0017;
        let lon = 5.70 + ((i * 37) % 60) as f64 * 0.0013;
        if edition >= 1 && i == 3 {
            lat += 0.004; // moved
        }
        let hours = if edition >= 2 && i == 11 {
            "Mo-Fr 08:30-18:00"
        } else {
            "Mo-Fr 09:00-17:00"
        };
        s.push_str(&format!(
            "{i},Point numérique {i},{},{lat:.6},{lon:.6},{hours}\n",
            1 + (i % 5)
        ));
    }
    for e in 1..=edition {
        s.push_str(&format!(
            "{},Nouveau point {e},3,{:.6},5.731000,Mo-Sa 10:00-12:00\n",
            1000 + e,
            45.17 + e as f64 * 0.001
        ));
    }
    s
}

/// Build the snapshot of `edition` (data version 100 + edition) into `dir`.
pub fn build_edition(dir: &Path, edition: u32) -> PathBuf {
    let csv = dir.join(format!("extra-{edition}.csv"));
    std::fs::write(&csv, extra_places_csv(edition)).unwrap();
    let mut sources = build::isere_sources(&shared_data());
    sources.push((SourceKind::Bench, csv));
    let out = dir.join(format!("edition-{edition}.sqlite"));
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1 + edition).unwrap();
    build::build(
        &sources,
        &out,
        Some(date),
        Some(100 + edition as u64),
        "Isère",
    )
    .unwrap();
    out
}

// ---------------------------------------------------------------------------------------------
// Published sites, app data folders, servers.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use toutpres::files::{self, Active};
use toutpres::need::{Need, NeedSet};
use toutpres::query::{self, NearbyQuery};
use toutpres::sync::manifest::{self, PublicKey, SecretKey};
use toutpres::sync::publish::{self, PublishOptions};

pub const KEY_SEED: [u8; 32] = [1; 32];
pub const OTHER_KEY_SEED: [u8; 32] = [2; 32];

pub fn key() -> SecretKey {
    SecretKey::from_seed(KEY_SEED)
}

pub fn public_key() -> PublicKey {
    key().public()
}

pub fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// "Today" for the tests: before every manifest's expiry.
pub fn today() -> chrono::NaiveDate {
    date(2026, 2, 1)
}

pub fn publish_options(deltas: usize) -> PublishOptions {
    PublishOptions {
        deltas,
        expires: date(2026, 6, 30),
        min_app_version: "0.1.0".into(),
        level: 19,
        map_layer: None,
        contributions: None,
        next_key: None,
        previous_keys: Vec::new(),
    }
}

/// Editions 0, 1, 2 (data versions 100, 101, 102) and two published sites:
/// `site`: 100 then 101 (a delta 100→101); `site_full`: 100, 101, 102 with one delta
/// (101→102), so an app at 100 must take the full snapshot.
pub struct Fixture {
    pub editions: Vec<PathBuf>,
    pub site: PathBuf,
    pub site_full: PathBuf,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Remove the folders of earlier test runs whose process is gone.
fn remove_stale_scratch() {
    let Ok(entries) = std::fs::read_dir(env!("CARGO_TARGET_TMPDIR")) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name.strip_prefix("sync-").and_then(|r| r.split('-').next());
        if let Some(pid) = pid {
            if !Path::new("/proc").join(pid).exists() {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// A fresh folder under the target's temp dir (kept until a later run, for inspection).
pub fn scratch_dir(what: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "sync-{}-{}-{what}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A site whose delta hashes as announced but rebuilds another file: the signed manifest
/// announces the delta 100→101 while signing edition 102's hash (its full snapshot is there).
pub fn lying_site() -> PathBuf {
    let fx = fixture();
    let site = scratch_dir("lying-site");
    for e in [&fx.editions[0], &fx.editions[1]] {
        publish::publish(e, &site, &key(), &publish_options(5)).unwrap();
    }
    let full = site_manifest(&fx.site_full);
    let mut m = site_manifest(&site);
    m.version = 102;
    m.snapshot_sha256 = full.snapshot_sha256.clone();
    m.snapshot_size = full.snapshot_size;
    m.full = full.full.clone();
    let p = "snapshots/102.sqlite.zst";
    std::fs::copy(fx.site_full.join(p), site.join(p)).unwrap();
    std::fs::write(site.join("manifest"), key().sign_manifest(&m)).unwrap();
    site
}

pub fn fixture() -> &'static Fixture {
    static FX: OnceLock<Fixture> = OnceLock::new();
    FX.get_or_init(|| {
        remove_stale_scratch();
        let root = scratch_dir("fixture");
        let editions: Vec<PathBuf> = (0..3).map(|e| build_edition(&root, e)).collect();
        let site = root.join("site");
        for e in &editions[..2] {
            publish::publish(e, &site, &key(), &publish_options(5)).unwrap();
        }
        let site_full = root.join("site-full");
        for e in &editions {
            publish::publish(e, &site_full, &key(), &publish_options(1)).unwrap();
        }
        Fixture {
            editions,
            site,
            site_full,
        }
    })
}

/// An app data folder whose active snapshot is edition 0 (as bundled), with a user database.
pub struct App {
    pub dir: PathBuf,
    pub bundled: Vec<u8>,
    user_sha: String,
}

impl App {
    pub fn new() -> App {
        let fx = fixture();
        let dir = scratch_dir("app");
        let bundled = std::fs::read(&fx.editions[0]).unwrap();
        files::open_active(&dir, &bundled).unwrap();
        let (user, _) = toutpres::userdata::open_in(&dir).unwrap();
        user.add_favourite("france-services:234", "Pimms", "2026-01-01T10:00")
            .unwrap();
        drop(user);
        let user_sha = manifest::sha256_hex(&std::fs::read(dir.join(files::USER_FILE)).unwrap());
        App {
            dir,
            bundled,
            user_sha,
        }
    }

    /// Open the active snapshot as the app does at start; check it answers a nearby query
    /// and that the person's database was not touched. Returns the active data version.
    pub fn check(&self) -> u64 {
        let (snap, how) = files::open_active(&self.dir, &self.bundled).unwrap();
        let version = snap.meta().data_version;
        match how {
            Active::Synced { version: v } => assert_eq!(v, version),
            Active::Bundled(_) => assert_eq!(version, 100),
        }
        let q = NearbyQuery::new(
            45.1913,
            5.7146,
            NeedSet::of(&[Need::Wifi]),
            date(2026, 3, 10).and_hms_opt(10, 0, 0).unwrap(),
            15_000.0,
            5,
        )
        .unwrap();
        let res = query::nearby(&snap, &q).unwrap();
        assert_eq!(
            res.hits.len(),
            5,
            "the active snapshot answers nearby queries"
        );
        let user = std::fs::read(self.dir.join(files::USER_FILE)).unwrap();
        assert_eq!(
            manifest::sha256_hex(&user),
            self.user_sha,
            "the user database is untouched"
        );
        version
    }
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_listening(port: u16, what: &str, child: &mut Option<&mut Child>) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Some(c) = child.as_mut() {
            if let Ok(Some(status)) = c.try_wait() {
                panic!("{what} exited early ({status})");
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{what} did not start listening on 127.0.0.1:{port}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Debian's nginx serving `root` on a free loopback port, stopped on drop.
pub struct Nginx {
    pub port: u16,
    child: Child,
    pub access_log: PathBuf,
}

pub const NGINX: &str = "/usr/sbin/nginx";

impl Nginx {
    pub fn serve(root: &Path) -> Nginx {
        assert!(
            Path::new(NGINX).exists(),
            "{NGINX} is missing: the sync tests need Debian's nginx (apt-get install nginx-light, \
             as tests/install-deps.sh does)"
        );
        let dir = scratch_dir("nginx");
        for t in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(dir.join(t)).unwrap();
        }
        let port = free_port();
        let d = dir.display();
        let access_log = dir.join("access.log");
        let conf = format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log;\nevents {{ worker_connections 64; }}\nhttp {{\n\
             default_type application/octet-stream;\n\
             log_format sync '$request $status $http_range $body_bytes_sent';\n\
             access_log {d}/access.log sync;\n\
             client_body_temp_path {d}/client_body;\nproxy_temp_path {d}/proxy;\n\
             fastcgi_temp_path {d}/fastcgi;\nuwsgi_temp_path {d}/uwsgi;\nscgi_temp_path {d}/scgi;\n\
             server {{ listen 127.0.0.1:{port}; root {}; }}\n}}\n",
            root.display()
        );
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let mut child = Command::new(NGINX)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&conf_path)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {NGINX}: {e}"));
        wait_listening(port, "nginx", &mut Some(&mut child));
        Nginx {
            port,
            child,
            access_log,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.access_log).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the fault-injecting server does to answers whose path starts with a prefix.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Announce the whole length, send only this many body bytes, close.
    Truncate(usize),
    /// Flip one byte in the middle of the body.
    FlipByte,
    /// A wifi login page: 200, text/html.
    LoginPage,
    Status(u16),
    /// Read the request, say nothing for this long, close.
    Stall(Duration),
    /// Send this many bytes more than the file (and announce them).
    TooLong(usize),
    /// Serve these bytes instead of the file.
    Body(Vec<u8>),
}

#[derive(Debug, Clone)]
pub struct Logged {
    pub path: String,
    pub range: Option<String>,
    pub if_none_match: Option<String>,
    pub status: u16,
}

#[derive(Default)]
struct ServerState {
    rules: Vec<(String, Fault)>,
    log: Vec<Logged>,
}

/// A small HTTP/1.1 server on std::net serving a folder, with injected faults. Handles
/// Range (206) and If-None-Match (304) like a static host.
pub struct FaultServer {
    pub port: u16,
    state: Arc<Mutex<ServerState>>,
    stop: Arc<AtomicBool>,
}

const LOGIN_PAGE: &str = "<!DOCTYPE html><html><head><title>Wifi gratuit</title></head>\
<body><form action=\"/login\"><input name=\"email\"><button>Se connecter</button></form></body></html>";

impl FaultServer {
    pub fn serve(root: &Path) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(ServerState::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (root, st, stp) = (root.to_path_buf(), state.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stp.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (root, st) = (root.clone(), st.clone());
                std::thread::spawn(move || {
                    let _ = handle(conn, &root, &st);
                });
            }
        });
        FaultServer { port, state, stop }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    /// Answers under `prefix` (e.g. "/manifest", "/deltas/", "/") get `fault`.
    pub fn set(&self, prefix: &str, fault: Fault) {
        self.state
            .lock()
            .unwrap()
            .rules
            .push((prefix.to_string(), fault));
    }

    pub fn clear(&self) {
        self.state.lock().unwrap().rules.clear();
    }

    pub fn log(&self) -> Vec<Logged> {
        self.state.lock().unwrap().log.clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn handle(conn: TcpStream, root: &Path, state: &Mutex<ServerState>) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let fault = {
        let s = state.lock().unwrap();
        s.rules
            .iter()
            .rev()
            .find(|(p, _)| path.starts_with(p.as_str()))
            .map(|(_, f)| f.clone())
    };
    let mut out = conn;
    let log = |status: u16| {
        state.lock().unwrap().log.push(Logged {
            path: path.clone(),
            range: headers.get("range").cloned(),
            if_none_match: headers.get("if-none-match").cloned(),
            status,
        })
    };
    let simple = |out: &mut TcpStream, status: u16, ctype: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        out.write_all(head.as_bytes())?;
        out.write_all(body)
    };
    match &fault {
        Some(Fault::Stall(d)) => {
            log(0);
            std::thread::sleep(*d);
            return Ok(());
        }
        Some(Fault::Status(s)) => {
            log(*s);
            return simple(&mut out, *s, "text/plain", b"error");
        }
        Some(Fault::LoginPage) => {
            log(200);
            return simple(
                &mut out,
                200,
                "text/html; charset=utf-8",
                LOGIN_PAGE.as_bytes(),
            );
        }
        _ => {}
    }
    let file = root.join(path.trim_start_matches('/'));
    let mut body = match &fault {
        Some(Fault::Body(b)) => b.clone(),
        _ => match std::fs::read(&file) {
            Ok(b) if file.is_file() => b,
            _ => {
                log(404);
                return simple(&mut out, 404, "text/plain", b"not found");
            }
        },
    };
    let etag = format!("\"{}\"", &manifest::sha256_hex(&body)[..16]);
    if headers.get("if-none-match") == Some(&etag) {
        log(304);
        let head =
            format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n");
        return out.write_all(head.as_bytes());
    }
    let total = body.len();
    let mut status = 200;
    let mut extra_head = String::new();
    if let Some(from) = headers.get("range").and_then(|r| {
        r.strip_prefix("bytes=")?
            .strip_suffix('-')?
            .parse::<usize>()
            .ok()
    }) {
        if from >= total {
            log(416);
            return simple(&mut out, 416, "text/plain", b"");
        }
        status = 206;
        extra_head = format!("Content-Range: bytes {from}-{}/{total}\r\n", total - 1);
        body = body[from..].to_vec();
    }
    let mut announced = body.len();
    match &fault {
        Some(Fault::FlipByte) if !body.is_empty() => {
            let mid = body.len() / 2;
            body[mid] ^= 0x20;
        }
        Some(Fault::TooLong(extra)) => {
            body.extend(std::iter::repeat_n(b'x', *extra));
            announced = body.len();
        }
        Some(Fault::Truncate(keep)) => body.truncate(*keep),
        _ => {}
    }
    log(status);
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/octet-stream\r\nContent-Length: {announced}\r\n\
         ETag: {etag}\r\nAccept-Ranges: bytes\r\n{extra_head}Connection: close\r\n\r\n"
    );
    out.write_all(head.as_bytes())?;
    out.write_all(&body)?;
    out.flush()?;
    // Let the client read everything before the close.
    let _ = out.shutdown(std::net::Shutdown::Write);
    let mut sink = [0u8; 64];
    let _ = (&out).read(&mut sink);
    Ok(())
}

/// The path of the manifest's delta and full files (relative to the site).
pub fn site_manifest(site: &Path) -> manifest::Manifest {
    manifest::verify(
        &std::fs::read(site.join("manifest")).unwrap(),
        &[public_key()],
    )
    .unwrap()
}

pub fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_toutpres-cli"))
}

/// Run a command line (`cli()`), which must succeed; its output.
pub fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("run toutpres-cli");
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `toutpres-cli sync --json` on `app` from `url`, trusting `public`, on the tests' "today";
/// `region`: the edition chosen, if any. Its JSON result.
pub fn sync_json(url: &str, app: &App, public: &str, region: Option<&str>) -> serde_json::Value {
    let mut cmd = cli();
    cmd.args([
        "sync",
        "--url",
        url,
        "--trust",
        public,
        "--today",
        "2026-02-01",
        "--json",
    ])
    .arg("--data-dir")
    .arg(&app.dir)
    .arg("--bundled")
    .arg(&fixture().editions[0]);
    if let Some(r) = region {
        cmd.args(["--region", r]);
    }
    serde_json::from_slice(&run(&mut cmd).stdout).unwrap()
}
