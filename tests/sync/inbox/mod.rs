//! The field contributions inbox (`toutpres-inbox serve`), over real HTTP on loopback:
//! idempotent retries, hostile and oversized input, the flood limit, team codes, the review
//! page's login, sessions and CSRF, a server killed right after answering, and the loop from
//! an accepted contribution to a place in a built snapshot. `hostile.rs`: what a hostile
//! client tried (issue 22), one test per finding; `review.rs`: the review page at scale,
//! its groups, history, undo and "Publish now", `/health` with the publish status, backups.

mod hostile;
mod review;

use super::support::{cli, run, scratch_dir, shared_data, sync_json, App, FaultServer};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The inbox's own binary.
pub fn inbox() -> Command {
    Command::new(env!("CARGO_BIN_EXE_toutpres-inbox"))
}

const PASSWORD: &str = "un mot de passe assez long";
const OTHER_PASSWORD: &str = "un autre mot de passe long";

/// A running inbox, killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The files a coordinator prepares: reviewers `camille` and `sami`, the team "Maraude Nord"
/// (its code returned).
pub struct Setup {
    pub dir: PathBuf,
    pub code: String,
}

impl Setup {
    pub fn db(&self) -> PathBuf {
        self.dir.join("inbox.sqlite")
    }
}

pub fn setup(what: &str) -> Setup {
    let dir = scratch_dir(what);
    let mut reviewers = String::new();
    for (name, password) in [("camille", PASSWORD), ("sami", OTHER_PASSWORD)] {
        let mut child = inbox()
            .args(["hash-password", "--name", name])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        reviewers.push_str(&String::from_utf8(out.stdout).unwrap());
    }
    std::fs::write(dir.join("reviewers.txt"), reviewers).unwrap();
    let out = run(inbox()
        .args(["team-code", "--name", "Maraude Nord", "--qr"])
        .arg(dir.join("team.svg")));
    let svg = std::fs::read_to_string(dir.join("team.svg")).unwrap();
    assert!(svg.contains("<svg"), "a QR code for the team's phones");
    std::fs::write(dir.join("teams.txt"), &out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let code = stderr
        .split_whitespace()
        .find(|w| w.len() == 32 && w.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap()
        .to_string();
    run(inbox()
        .arg("init")
        .arg("--db")
        .arg(dir.join("inbox.sqlite")));
    Setup { dir, code }
}

pub fn serve(s: &Setup, per_minute: u32) -> Server {
    serve_with(s, per_minute, &[])
}

/// `serve` with more flags.
pub fn serve_with(s: &Setup, per_minute: u32, extra: &[&str]) -> Server {
    let mut cmd = inbox();
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--per-minute"])
        .arg(per_minute.to_string())
        .arg("--db")
        .arg(s.db())
        .arg("--reviewers")
        .arg(s.dir.join("reviewers.txt"))
        .arg("--team-codes")
        .arg(s.dir.join("teams.txt"))
        .args(extra);
    start(&mut cmd)
}

/// Start a server command; its address from the first line it prints.
pub fn start(cmd: &mut Command) -> Server {
    let mut child = cmd.stdout(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

pub struct Answer {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    pub fn cookie(&self) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("set-cookie")
                .then(|| v.trim().split(';').next().unwrap_or("").to_string())
        })
    }
}

/// The answer read from a connection after a request was sent.
pub fn read_answer(conn: &mut TcpStream) -> Answer {
    let mut raw = Vec::new();
    let _ = conn.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {headers:?}"));
    Answer {
        status,
        headers: headers.to_string(),
        body: body.to_string(),
    }
}

/// One HTTP/1.1 request on its own connection.
pub fn request(
    server: &Server,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let mut conn = TcpStream::connect(&server.addr).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
        server.addr,
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    conn.write_all(head.as_bytes()).unwrap();
    // A server may answer (413) before reading a large body and close: ignore write errors.
    let _ = conn.write_all(body);
    read_answer(&mut conn)
}

pub fn post(server: &Server, body: &str, team: Option<&str>) -> Answer {
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(code) = team {
        headers.push(("X-Team-Code", code));
    }
    request(server, "POST", "/contributions", &headers, body.as_bytes())
}

pub fn new_place(id: &str, name: &str, note: &str) -> String {
    serde_json::json!({
        "id": id,
        "kind": {"type": "new_place", "name": name, "lat": 45.1875, "lon": 5.7357,
                 "needs": ["charging"], "charging": {"free": true, "how": "sockets"},
                 "hours_osm": "Mo-Fr 09:00-12:00", "free": true},
        "note": note,
        "created": "2026-03-10T10:00:00+01:00",
        "app_version": "0.1.0"
    })
    .to_string()
}

pub fn report(id: &str, key: &str, problem: Value) -> String {
    serde_json::json!({
        "id": id,
        "kind": {"type": "report", "place_key": key, "problem": problem},
        "created": "2026-03-11T09:30:00Z",
        "app_version": "0.1.0"
    })
    .to_string()
}

/// The login form's cookie (`tp_login=…`) and token, as a browser gets them.
pub fn login_form(server: &Server) -> (String, String) {
    let a = request(server, "GET", "/review", &[], b"");
    assert_eq!(a.status, 200);
    let cookie = a.cookie().expect("the login form sets its cookie");
    let at = a.body.find("name=\"login_token\" value=\"").unwrap() + 26;
    (cookie, a.body[at..at + 64].to_string())
}

/// Post the login form as a browser on the page's origin would; the answer.
pub fn try_login(server: &Server, name: &str, password: &str) -> Answer {
    let (cookie, token) = login_form(server);
    let form = format!(
        "login_token={token}&name={name}&password={}",
        password.replace(' ', "+")
    );
    let origin = format!("http://{}", server.addr);
    request(
        server,
        "POST",
        "/review/login",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &cookie),
            ("Origin", &origin),
        ],
        form.as_bytes(),
    )
}

/// Log in; the session cookie (`tp_review=…`) and the page's CSRF token.
pub fn login(server: &Server, name: &str, password: &str) -> (String, String) {
    let a = try_login(server, name, password);
    assert_eq!(a.status, 303, "{}", a.body);
    let cookie = a.cookie().unwrap();
    assert!(a.headers.contains("HttpOnly") && a.headers.contains("SameSite=Strict"));
    let page = review_page(server, &cookie);
    (cookie, csrf_of(&page))
}

pub fn review_page(server: &Server, cookie: &str) -> String {
    let a = request(server, "GET", "/review", &[("Cookie", cookie)], b"");
    assert_eq!(a.status, 200);
    a.body
}

pub fn csrf_of(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").unwrap() + 19;
    page[at..at + 64].to_string()
}

pub fn form(server: &Server, path: &str, cookie: Option<&str>, body: &str) -> Answer {
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(c) = cookie {
        headers.push(("Cookie", c));
    }
    request(server, "POST", path, &headers, body.as_bytes())
}

pub fn export(s: &Setup) -> Value {
    let out = s.dir.join("field.json");
    run(inbox()
        .arg("export")
        .arg("--db")
        .arg(s.db())
        .arg("--out")
        .arg(&out));
    read_json(&out)
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn contributions_are_idempotent_and_hostile_input_gets_a_clear_4xx() {
    let s = setup("inbox-input");
    let server = serve(&s, 1000);
    assert_eq!(request(&server, "GET", "/health", &[], b"").status, 200);

    let c = new_place("retry-0000000001", "Accueil de jour", "Prises à l'accueil");
    let first = post(&server, &c, None);
    assert_eq!(
        (first.status, first.json()["status"].as_str()),
        (201, Some("stored"))
    );
    // The phone never heard the answer and retries: no duplicate. Key order does not matter.
    let reordered: Value = serde_json::from_str(&c).unwrap();
    let again = post(
        &server,
        &serde_json::to_string_pretty(&reordered).unwrap(),
        None,
    );
    assert_eq!(
        (again.status, again.json()["status"].as_str()),
        (200, Some("already_stored"))
    );
    // The same id for something else is refused.
    let other = new_place("retry-0000000001", "Un autre lieu", "");
    assert_eq!(post(&server, &other, None).status, 409);

    // Too large, malformed, out of range, wrong content type: clear JSON errors.
    let big = new_place("large-0000000001", "Grand", &"x".repeat(9000));
    let a = post(&server, &big, None);
    assert_eq!(a.status, 413, "{}", a.body);
    assert!(a.json()["error"].as_str().unwrap().contains("8192"));
    let a = post(&server, "{\"id\": ", None);
    assert_eq!(a.status, 400);
    assert!(a.json()["error"]
        .as_str()
        .unwrap()
        .starts_with("not a contribution"));
    let a = post(&server, r#"{"<img src=x onerror=alert(1)>":1}"#, None);
    assert_eq!(a.status, 400);
    assert!(
        !a.body.contains('<') && !a.body.contains("onerror=alert(1)>"),
        "{}",
        a.body
    );
    let far = new_place("faraway000000001", "Ailleurs", "").replace("45.1875", "-45.1875");
    let a = post(&server, &far, None);
    assert_eq!(a.status, 400);
    assert!(a.json()["error"]
        .as_str()
        .unwrap()
        .contains("inside France"));
    let a = request(
        &server,
        "POST",
        "/contributions",
        &[("Content-Type", "text/plain")],
        c.as_bytes(),
    );
    assert_eq!(a.status, 415);

    // Team codes: a known one marks the team, an unknown one is refused.
    let teamed = new_place("teamed0000000001", "Halte de nuit", "");
    assert_eq!(
        post(&server, &teamed, Some("0123456789abcdef0123456789abcdef")).status,
        403
    );
    assert_eq!(post(&server, &teamed, Some(&s.code)).status, 201);

    // SQL in a name and markup in a note are text, stored as sent.
    let sql = "Robert'); DROP TABLE contributions;--";
    let script = "<script>alert('x')</script> & <b>gras</b>";
    assert_eq!(
        post(&server, &new_place("hostile000000001", sql, script), None).status,
        201
    );
    assert_eq!(
        request(&server, "GET", "/health", &[], b"").json()["inbox"]["waiting"],
        3
    );

    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    let page = review_page(&server, &cookie);
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(
        !page.contains("<script"),
        "markup from a note reached the page"
    );
    assert!(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;"));
    assert!(page.contains("Robert'); DROP TABLE contributions;--"));
    assert!(page.contains("Maraude Nord") && page.contains("anonyme"));
    for id in ["retry-0000000001", "teamed0000000001", "hostile000000001"] {
        let a = form(
            &server,
            &format!("/review/{id}/accept"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        );
        assert_eq!(a.status, 303, "{}", a.body);
    }
    let file = export(&s);
    let names: Vec<&str> = file["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["contribution"]["kind"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Accueil de jour", "Halte de nuit", sql]);
    assert_eq!(file["contributions"][1]["team"], "Maraude Nord");
    assert_eq!(file["contributions"][2]["contribution"]["note"], script);
    assert_eq!(file["contributions"][0]["team"], Value::Null);
}

#[test]
fn a_flood_from_one_address_is_limited() {
    let s = setup("inbox-flood");
    let server = serve(&s, 5);
    let statuses: Vec<u16> = (0..8)
        .map(|i| {
            post(
                &server,
                &new_place(&format!("flood-{i:011}"), "Lieu", ""),
                None,
            )
            .status
        })
        .collect();
    assert_eq!(statuses, vec![201, 201, 201, 201, 201, 429, 429, 429]);
    let a = post(&server, &new_place("flood-late000000", "Lieu", ""), None);
    assert!(a.headers.to_ascii_lowercase().contains("retry-after: 60"));
    assert!(a.json()["error"].as_str().unwrap().contains("too many"));
}

#[test]
fn the_review_page_refuses_wrong_passwords_missing_tokens_and_other_sessions() {
    let s = setup("inbox-review");
    let server = serve(&s, 1000);
    assert_eq!(
        post(
            &server,
            &new_place("review0000000001", "Lieu à relire", ""),
            None
        )
        .status,
        201
    );

    // Not logged in: the login form, never the list.
    let anonymous = request(&server, "GET", "/review", &[], b"");
    assert!(anonymous.body.contains("Mot de passe") && !anonymous.body.contains("Lieu à relire"));
    // A wrong password, or an unknown name, opens nothing.
    for (name, password) in [("camille", "mauvais mot de passe"), ("personne", "x")] {
        let a = try_login(&server, name, password);
        assert_eq!(a.status, 401);
        assert!(!a.headers.contains("tp_review="), "no session");
        assert!(a.body.contains("Nom ou mot de passe incorrect"));
    }

    let (camille, camille_csrf) = login(&server, "camille", PASSWORD);
    let (sami, sami_csrf) = login(&server, "sami", OTHER_PASSWORD);
    assert_ne!(camille_csrf, sami_csrf);
    let accept = "/review/review0000000001/accept";
    // No token, an empty one, another session's, a made-up cookie, no cookie: all refused.
    for (cookie, body) in [
        (Some(camille.as_str()), String::new()),
        (Some(camille.as_str()), "csrf=".to_string()),
        (Some(camille.as_str()), format!("csrf={sami_csrf}")),
        (Some(sami.as_str()), format!("csrf={camille_csrf}")),
        (Some("tp_review=00ff"), format!("csrf={camille_csrf}")),
        (None, format!("csrf={camille_csrf}")),
    ] {
        let a = form(&server, accept, cookie, &body);
        assert_eq!(a.status, 403, "{cookie:?} {body}: {}", a.body);
    }
    assert!(
        review_page(&server, &camille).contains("Lieu à relire"),
        "still waiting"
    );

    // Edit then accept: the name and hours are the coordinator's, checked like any.
    let bad = form(
        &server,
        "/review/review0000000001/edit",
        Some(&camille),
        &format!("csrf={camille_csrf}&name=Lieu+renomm%C3%A9&hours=le+matin&note="),
    );
    assert_eq!(bad.status, 400, "{}", bad.body);
    let ok = form(
        &server,
        "/review/review0000000001/edit",
        Some(&camille),
        &format!("csrf={camille_csrf}&name=Lieu+renomm%C3%A9&hours=Mo-Sa+10%3A00-18%3A00&note="),
    );
    assert_eq!(ok.status, 303, "{}", ok.body);
    let again = form(&server, accept, Some(&sami), &format!("csrf={sami_csrf}"));
    assert_eq!(again.status, 409, "already reviewed");
    let file = export(&s);
    let kind = &file["contributions"][0]["contribution"]["kind"];
    assert_eq!(
        (kind["name"].as_str(), kind["hours_osm"].as_str()),
        (Some("Lieu renommé"), Some("Mo-Sa 10:00-18:00"))
    );

    // Logging out ends the session.
    assert_eq!(
        form(
            &server,
            "/review/logout",
            Some(&camille),
            &format!("csrf={camille_csrf}")
        )
        .status,
        303
    );
    assert!(
        request(&server, "GET", "/review", &[("Cookie", &camille)], b"")
            .body
            .contains("Mot de passe")
    );
}

#[test]
fn a_server_killed_right_after_answering_still_has_the_contribution() {
    let s = setup("inbox-kill");
    let mut server = serve(&s, 1000);
    let c = new_place("survives00000001", "Lieu durable", "");
    assert_eq!(post(&server, &c, None).status, 201);
    // SIGKILL: no shutdown, no flush.
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let server = serve(&s, 1000);
    assert_eq!(post(&server, &c, None).status, 200, "stored before the 201");
    assert_eq!(
        request(&server, "GET", "/health", &[], b"").json()["inbox"]["waiting"],
        1
    );
}

/// The whole server side: a new charging place and reports on known places, accepted,
/// exported, built with the Isère sources: the place is in the snapshot with its provenance
/// and licence, the corrections applied and listed in the report; then published with the
/// inbox's address in the signed manifest and synced into a phone's data folder, where the
/// nearest charging place is the new one.
#[test]
fn accepted_contributions_are_built_into_the_snapshot() {
    let s = setup("inbox-build");
    let server = serve(&s, 1000);
    let known = "grenoble-wifi:AP_BIB_GRANDPLACE_ESPACE_MUSIQUE";
    for c in [
        new_place("charging00000001", "Accueil de jour Point d'eau", ""),
        report(
            "chargehere000001",
            known,
            serde_json::json!({"type": "charging_here", "how": "lockers"}),
        ),
        report(
            "wifibroken000001",
            known,
            serde_json::json!({"type": "wifi_broken"}),
        ),
        report(
            "nosuchplace00001",
            "hinaura:does-not-exist",
            serde_json::json!({"type": "closed_for_good"}),
        ),
    ] {
        assert_eq!(post(&server, &c, Some(&s.code)).status, 201);
    }
    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    for id in [
        "charging00000001",
        "chargehere000001",
        "wifibroken000001",
        "nosuchplace00001",
    ] {
        let a = form(
            &server,
            &format!("/review/{id}/accept"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        );
        assert_eq!(a.status, 303);
    }
    export(&s);
    let out = s.dir.join("built.sqlite");
    let report_md = s.dir.join("built.md");
    run(cli()
        .args(["build", "--data"])
        .arg(shared_data())
        .arg("--source")
        .arg(format!("field={}", s.dir.join("field.json").display()))
        .arg("--out")
        .arg(&out)
        .arg("--report")
        .arg(&report_md));
    let show = |key: &str| -> Value {
        let o = run(cli().args(["show", key, "--json", "--snapshot"]).arg(&out));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let new = show("field:charging00000001");
    assert_eq!(new["name"], "Accueil de jour Point d'eau");
    assert_eq!(new["needs"], 2, "charging (bit 1) only");
    assert_eq!(new["provenance"][0]["source"], "field");
    assert_eq!(new["provenance"][0]["record_id"], "charging00000001");
    let terms = new["source_terms"].to_string();
    assert!(
        terms.contains("Contribution de terrain : Maraude Nord, 2026-03-10"),
        "{terms}"
    );
    let library = show(known);
    let library_terms = library["source_terms"].to_string();
    assert!(
        library_terms.contains("Recharge : casiers"),
        "{library_terms}"
    );
    assert!(library["provenance"]
        .to_string()
        .contains("chargehere000001"));
    // Charging stated (bit 1), wifi gone (bit 0), stated and to check alike.
    let needs = library["needs"].as_u64().unwrap();
    assert_eq!((needs & 2, needs & 1), (2, 0), "{library}");
    assert_eq!(
        library["needs_to_check"].as_u64().unwrap() & 1,
        0,
        "{library}"
    );
    let sources =
        String::from_utf8(run(cli().args(["sources", "--snapshot"]).arg(&out)).stdout).unwrap();
    assert!(
        sources.contains("Contributions de terrain Tout près") && sources.contains("ODbL 1.0"),
        "{sources}"
    );
    let md = std::fs::read_to_string(&report_md).unwrap();
    assert!(md.contains("## Field corrections"), "{md}");
    assert!(md.contains("charging here: charging added to its needs"));
    assert!(md.contains("wifi does not work: wifi removed from its needs"));
    assert!(md.contains("not applied: no place hinaura:does-not-exist in this build"));
    // The same place as the app asks for it: the nearest charging place is the new one.
    let near = run(cli()
        .args([
            "nearby",
            "--lat",
            "45.1875",
            "--lon",
            "5.7357",
            "--need",
            "charging",
            "--json",
            "--snapshot",
        ])
        .arg(&out));
    let near: Value = serde_json::from_slice(&near.stdout).unwrap();
    assert!(
        near.to_string().contains("Accueil de jour Point d'eau"),
        "{near}"
    );

    // Published with the inbox's address in the signed manifest, and synced by a phone.
    let secret = s.dir.join("publisher.key");
    let keygen = run(cli().args(["keygen", "--secret"]).arg(&secret));
    let public = String::from_utf8(keygen.stdout).unwrap().trim().to_string();
    let site = s.dir.join("site");
    let inbox_url = format!("http://{}/contributions", server.addr);
    let rebuilt = s.dir.join("published.sqlite");
    run(cli()
        .args(["build", "--data"])
        .arg(shared_data())
        .arg("--source")
        .arg(format!("field={}", s.dir.join("field.json").display()))
        .args([
            "--data-version",
            "20260301",
            "--build-date",
            "2026-03-01",
            "--out",
        ])
        .arg(&rebuilt));
    run(cli()
        .args(["publish", "--snapshot"])
        .arg(&rebuilt)
        .arg("--dir")
        .arg(&site)
        .arg("--key")
        .arg(&secret)
        .args(["--contributions", &inbox_url]));
    let host = FaultServer::serve(&site);
    let phone = App::new();
    let synced = sync_json(&host.url("manifest"), &phone, &public, None);
    assert_eq!(synced["outcome"], "sync-updated", "{synced}");
    let manifest = std::fs::read_to_string(site.join("manifest")).unwrap();
    assert!(
        manifest.contains(&format!("\"contributions\": \"{inbox_url}\"")),
        "{manifest}"
    );
    let installed = std::fs::read_dir(&phone.dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.to_string_lossy().contains("20260301") && p.extension().is_some_and(|e| e == "sqlite")
        })
        .expect("the synced snapshot in the phone's data folder");
    let on_phone = run(cli()
        .args([
            "nearby",
            "--lat",
            "45.1875",
            "--lon",
            "5.7357",
            "--need",
            "charging",
            "--json",
            "--snapshot",
        ])
        .arg(&installed));
    assert!(String::from_utf8_lossy(&on_phone.stdout).contains("Accueil de jour Point d'eau"));
}
