//! What a hostile client tried on the inbox (issue 22), one test per finding, each named after
//! what went wrong, over real HTTP on loopback, with short timeouts.

use super::{
    form, inbox, login, login_form, new_place, post, read_answer, request, review_page, serve,
    serve_with, setup, start, try_login, Server, PASSWORD,
};
use crate::support::run;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

/// A connection to `server` from another loopback address (Linux answers all of
/// 127.0.0.0/8), as if from another machine.
fn connect_from(source: &str, server: &Server) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let to: std::net::SocketAddr = server.addr.parse().unwrap();
    let stream = rt
        .block_on(async {
            let s = tokio::net::TcpSocket::new_v4()?;
            s.bind(format!("{source}:0").parse().unwrap())?;
            s.connect(to).await
        })
        .unwrap();
    let std = stream.into_std().unwrap();
    std.set_nonblocking(false).unwrap();
    std
}

/// How long until the server closes `conn` (reads and discards what it sends); `None` when it
/// stays open past `limit`.
fn closed_within(conn: &mut TcpStream, limit: Duration) -> Option<(Duration, String)> {
    let t = Instant::now();
    conn.set_read_timeout(Some(limit)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match conn.read(&mut buf) {
            Ok(0) => return Some((t.elapsed(), String::from_utf8_lossy(&got).to_string())),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Some((t.elapsed(), String::from_utf8_lossy(&got).to_string()))
            }
            Err(_) => return None,
        }
        if t.elapsed() > limit {
            return None;
        }
    }
}

fn forwarded_post(server: &Server, id: &str, xff: &str) -> u16 {
    request(
        server,
        "POST",
        "/contributions",
        &[
            ("Content-Type", "application/json"),
            ("X-Forwarded-For", xff),
        ],
        new_place(id, "Lieu", "").as_bytes(),
    )
    .status
}

#[test]
fn behind_a_proxy_a_made_up_first_forwarded_address_dodged_the_flood_limit() {
    let s = setup("inbox-proxy");
    let server = serve_with(&s, 5, &["--trusted-proxy", "127.0.0.1"]);
    // Each post makes up its own first value; the proxy appended the real address last,
    // once as IPv4 and once as IPv4-mapped IPv6: one client, one limit.
    let statuses: Vec<u16> = (0..8)
        .map(|i| {
            let real = if i % 2 == 0 {
                "203.0.113.9"
            } else {
                "::ffff:203.0.113.9"
            };
            forwarded_post(
                &server,
                &format!("proxied-{i:09}"),
                &format!("10.66.0.{i}, {real}"),
            )
        })
        .collect();
    assert_eq!(statuses, vec![201, 201, 201, 201, 201, 429, 429, 429]);
    // Another client behind the same proxy has its own limit.
    assert_eq!(
        forwarded_post(&server, "proxied-other001", "198.51.100.4"),
        201
    );

    // Without --trusted-proxy, X-Forwarded-For is the client's own words: ignored.
    let s = setup("inbox-noproxy");
    let server = serve(&s, 3);
    let statuses: Vec<u16> = (0..5)
        .map(|i| forwarded_post(&server, &format!("direct-{i:010}"), &format!("10.0.0.{i}")))
        .collect();
    assert_eq!(statuses, vec![201, 201, 201, 429, 429]);
}

#[test]
fn wrong_passwords_from_many_addresses_were_never_limited() {
    let s = setup("inbox-guess");
    let server = serve_with(
        &s,
        1000,
        &["--trusted-proxy", "127.0.0.1", "--logins-per-account", "4"],
    );
    let origin = format!("http://{}", server.addr);
    let statuses: Vec<u16> = (0..7)
        .map(|i| {
            let (cookie, token) = login_form(&server);
            let xff = format!("198.51.100.{}", i + 1);
            request(
                &server,
                "POST",
                "/review/login",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Cookie", &cookie),
                    ("Origin", &origin),
                    ("X-Forwarded-For", &xff),
                ],
                format!("login_token={token}&name=camille&password=devine{i}").as_bytes(),
            )
            .status
        })
        .collect();
    assert_eq!(statuses, vec![401, 401, 401, 401, 429, 429, 429]);
    // Another reviewer's account is not locked by it.
    let a = try_login(&server, "sami", "pas le bon");
    assert_eq!(a.status, 401);
}

#[test]
fn idle_and_slow_connections_were_never_closed() {
    let s = setup("inbox-slow");
    let server = serve_with(
        &s,
        1000,
        &[
            "--header-timeout",
            "1",
            "--body-timeout",
            "1",
            "--request-timeout",
            "3",
        ],
    );
    let limit = Duration::from_secs(6);
    // Idle: connected, nothing sent.
    let mut idle = TcpStream::connect(&server.addr).unwrap();
    // Headers never finished.
    let mut unfinished = TcpStream::connect(&server.addr).unwrap();
    unfinished
        .write_all(b"POST /contributions HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    // A body that stops.
    let mut stalled = TcpStream::connect(&server.addr).unwrap();
    stalled
        .write_all(
            b"POST /contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"id\":",
        )
        .unwrap();
    // Idle after a first request on a kept-alive connection.
    let mut kept = TcpStream::connect(&server.addr).unwrap();
    kept.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    for (what, conn) in [
        ("idle", &mut idle),
        ("unfinished headers", &mut unfinished),
        ("kept alive", &mut kept),
    ] {
        let (after, _) = closed_within(conn, limit)
            .unwrap_or_else(|| panic!("{what}: still open after {limit:?}"));
        assert!(after < Duration::from_secs(4), "{what}: {after:?}");
    }
    let (_, answer) = closed_within(&mut stalled, limit).expect("a stalled body is closed");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");

    // One header byte every 300 ms: each byte is in time, the headers as a whole are not.
    let mut trickle = TcpStream::connect(&server.addr).unwrap();
    trickle.set_write_timeout(Some(limit)).unwrap();
    let t = Instant::now();
    let mut closed = false;
    for b in b"GET /health HTTP/1.1\r\nHost: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n\r\n" {
        if trickle.write_all(&[*b]).is_err() {
            closed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
        if t.elapsed() > limit {
            break;
        }
    }
    let closed = closed || closed_within(&mut trickle, Duration::from_millis(500)).is_some();
    assert!(closed, "a trickle of header bytes kept the connection");
    // A body trickled one byte every 600 ms (under the 1 s pause limit) still ends at 3 s.
    let mut slow_body = TcpStream::connect(&server.addr).unwrap();
    slow_body
        .write_all(
            b"POST /contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n",
        )
        .unwrap();
    let t = Instant::now();
    for _ in 0..10 {
        if slow_body.write_all(b" ").is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(600));
    }
    let (after, answer) = closed_within(&mut slow_body, limit).expect("a slow body ends");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(t.elapsed() - after < Duration::from_secs(5));
    // The server still answers.
    assert_eq!(request(&server, "GET", "/health", &[], b"").status, 200);
}

#[test]
fn connections_were_not_capped_and_filled_every_open_file() {
    let s = setup("inbox-cap");
    let server = serve_with(
        &s,
        1000,
        &[
            "--header-timeout",
            "30",
            "--max-connections",
            "12",
            "--max-connections-per-address",
            "4",
        ],
    );
    // Four idle connections from one address are kept; the fifth is closed at once.
    let start = Instant::now();
    let mut held: Vec<TcpStream> = (0..4).map(|_| connect_from("127.0.0.2", &server)).collect();
    let mut fifth = connect_from("127.0.0.2", &server);
    let (after, _) =
        closed_within(&mut fifth, Duration::from_secs(3)).expect("the fifth is closed");
    assert!(after < Duration::from_millis(500), "{after:?}");
    for c in &mut held {
        c.set_read_timeout(Some(Duration::from_millis(30))).unwrap();
        let mut b = [0u8; 1];
        assert!(
            matches!(c.read(&mut b), Err(ref e) if e.kind() == std::io::ErrorKind::WouldBlock
                || e.kind() == std::io::ErrorKind::TimedOut),
            "the first four stay open"
        );
    }
    // Other addresses fill the total (12), one place left for /health from yet another.
    held.extend((0..4).map(|_| connect_from("127.0.0.3", &server)));
    held.extend((0..3).map(|_| connect_from("127.0.0.4", &server)));
    let mut h = connect_from("127.0.0.5", &server);
    h.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_answer(&mut h).status, 200);
    held.push(connect_from("127.0.0.6", &server));
    // Full: a newcomer is closed at once while every connection is younger than a second
    // (older ones that never sent a request make room: the next test).
    let mut extra = connect_from("127.0.0.7", &server);
    let young = start.elapsed() < Duration::from_millis(900);
    let (after, _) = closed_within(&mut extra, Duration::from_secs(2)).expect("over the total cap");
    assert!(after < Duration::from_millis(500), "{after:?}");
    if !young {
        eprintln!("the machine was slow: the refusal above may have been an eviction");
    }
    // Closing them frees their places.
    for c in held {
        let _ = c.shutdown(Shutdown::Both);
    }
    std::thread::sleep(Duration::from_millis(300));
    let mut again = connect_from("127.0.0.2", &server);
    again
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_answer(&mut again).status, 200);
}

#[test]
fn a_slow_attack_from_many_addresses_filled_every_place_and_refused_everyone() {
    let s = setup("inbox-evict");
    let server = serve_with(
        &s,
        1000,
        &[
            "--header-timeout",
            "30",
            "--max-connections",
            "8",
            "--max-connections-per-address",
            "4",
        ],
    );
    // A coordinator's connection that was answered, kept alive.
    let mut kept = connect_from("127.0.0.6", &server);
    let ask = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    let answered = |c: &mut TcpStream| {
        c.write_all(ask).unwrap();
        c.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
        let mut buf = [0u8; 4096];
        let n = c.read(&mut buf).unwrap_or(0);
        String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200")
    };
    assert!(answered(&mut kept));
    // Seven slow connections from two addresses fill the other places.
    let mut idle: Vec<TcpStream> = (0..3).map(|_| connect_from("127.0.0.2", &server)).collect();
    idle.extend((0..4).map(|_| connect_from("127.0.0.3", &server)));
    for c in &mut idle {
        c.write_all(b"GET /health HTTP/1.1\r\n").unwrap();
    }
    std::thread::sleep(Duration::from_millis(1300));
    // A new client gets the place of the oldest one that never finished a request.
    let mut fresh = connect_from("127.0.0.5", &server);
    fresh
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_answer(&mut fresh).status, 200);
    let (after, _) =
        closed_within(&mut idle[0], Duration::from_secs(2)).expect("the oldest was closed");
    assert!(after < Duration::from_secs(2));
    // The answered connection was kept.
    assert!(
        answered(&mut kept),
        "an answered connection is never evicted"
    );
    // The fresh one closed after its answer, and a young idle connection takes its place:
    // the next newcomer evicts the oldest slow one, never the young.
    let mut young = connect_from("127.0.0.7", &server);
    let mut third = connect_from("127.0.0.8", &server);
    third
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_answer(&mut third).status, 200);
    assert!(closed_within(&mut idle[1], Duration::from_secs(2)).is_some());
    assert!(
        closed_within(&mut young, Duration::from_millis(300)).is_none(),
        "a connection younger than a second is not evicted"
    );
}

#[test]
fn export_and_team_code_given_a_bare_file_name_wrote_the_file_then_failed() {
    let s = setup("inbox-bare");
    let out = run(inbox().current_dir(&s.dir).args([
        "export",
        "--db",
        "inbox.sqlite",
        "--out",
        "bare.json",
    ]));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bare.json"));
    let file = super::read_json(&s.dir.join("bare.json"));
    assert_eq!(file["format"], "toutpres-field/1");
    let out = run(inbox().current_dir(&s.dir).args([
        "team-code",
        "--name",
        "Maraude Sud",
        "--qr",
        "file.svg",
    ]));
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("Maraude Sud:") && line.trim().len() == "Maraude Sud:".len() + 64);
    assert!(std::fs::read_to_string(s.dir.join("file.svg"))
        .unwrap()
        .contains("<svg"));
    let out = run(inbox().current_dir(&s.dir).args([
        "backup",
        "--db",
        "inbox.sqlite",
        "--out",
        "copy.sqlite",
    ]));
    assert!(out.status.success());
    assert!(s.dir.join("copy.sqlite").is_file());
}

#[test]
fn invisible_characters_were_accepted_and_shown_as_another_name() {
    let s = setup("inbox-invisible");
    let server = serve(&s, 1000);
    for (id, name, note) in [
        ("invisible0000001", "\u{200b}\u{200b}\u{200b}ab", ""),
        ("invisible0000002", "Accueil\u{202e}lanoitan", ""),
        ("invisible0000003", "Accueil", "note\u{feff}"),
        ("invisible0000004", "Accueil\u{e0041}", ""),
    ] {
        let a = post(&server, &new_place(id, name, note), None);
        assert_eq!(a.status, 400, "{name:?} {note:?}: {}", a.body);
        assert!(a.json()["error"].as_str().unwrap().contains("invisible"));
    }
    // A right-to-left name is isolated where the page shows it.
    assert_eq!(
        post(
            &server,
            &new_place("arabic0000000001", "مركز الإيواء", "ملاحظة"),
            None
        )
        .status,
        201
    );
    let (cookie, _) = login(&server, "camille", PASSWORD);
    let page = review_page(&server, &cookie);
    assert!(
        page.contains("<bdi>Nouveau lieu : مركز الإيواء</bdi>"),
        "{page}"
    );
    assert!(page.contains("<dd dir=\"auto\">مركز الإيواء</dd>"));
    assert!(page.contains("<dd dir=\"auto\">ملاحظة</dd>"));
}

#[test]
fn a_login_posted_from_another_origin_got_a_session() {
    let s = setup("inbox-login-csrf");
    let server = serve(&s, 1000);
    let (cookie, token) = login_form(&server);
    let body = format!(
        "login_token={token}&name=camille&password={}",
        PASSWORD.replace(' ', "+")
    );
    let own = format!("http://{}", server.addr);
    let cases: [(&str, Vec<(&str, &str)>); 4] = [
        (
            "another origin",
            vec![("Cookie", &cookie), ("Origin", "http://evil.example")],
        ),
        (
            "a cross-site fetch",
            vec![("Cookie", &cookie), ("Sec-Fetch-Site", "cross-site")],
        ),
        ("no login cookie", vec![("Origin", &own)]),
        (
            "another login cookie",
            vec![("Cookie", "tp_login=00ff"), ("Origin", &own)],
        ),
    ];
    for (what, extra) in cases {
        let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
        headers.extend(extra);
        let a = request(&server, "POST", "/review/login", &headers, body.as_bytes());
        assert_eq!(a.status, 403, "{what}: {}", a.body);
        assert!(
            !a.headers.contains("tp_review="),
            "{what}: a session was given"
        );
    }
    // Without the token in the form either.
    let a = request(
        &server,
        "POST",
        "/review/login",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &cookie),
            ("Origin", &own),
        ],
        format!("name=camille&password={}", PASSWORD.replace(' ', "+")).as_bytes(),
    );
    assert_eq!(a.status, 403);
    // The page's own form logs in; a review action from another origin is refused too.
    let (session, csrf) = login(&server, "camille", PASSWORD);
    assert_eq!(
        post(&server, &new_place("origin0000000001", "Lieu", ""), None).status,
        201
    );
    let a = request(
        &server,
        "POST",
        "/review/origin0000000001/accept",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &session),
            ("Origin", "http://evil.example"),
        ],
        format!("csrf={csrf}").as_bytes(),
    );
    assert_eq!(a.status, 403);
    let a = form(
        &server,
        "/review/origin0000000001/accept",
        Some(&session),
        &format!("csrf={csrf}"),
    );
    assert_eq!(a.status, 303);
}

#[test]
fn a_cut_off_body_was_answered_413_the_body_is_8193_bytes() {
    let s = setup("inbox-cutoff");
    let server = serve(&s, 1000);
    let body = new_place("cutoff0000000001", "Lieu", &"x".repeat(400));
    let mut conn = TcpStream::connect(&server.addr).unwrap();
    conn.write_all(
        format!(
            "POST /contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
             Content-Length: 5000\r\n\r\n{}",
            &body[..350]
        )
        .as_bytes(),
    )
    .unwrap();
    conn.shutdown(Shutdown::Write).unwrap();
    let a = read_answer(&mut conn);
    assert_eq!(a.status, 400, "{}", a.body);
    let message = a.json()["error"].as_str().unwrap().to_string();
    assert!(message.contains("cut off"), "{message}");
}

/// The bytes of a file, and whether SQLite left a journal beside it.
fn untouched(path: &Path) -> (Vec<u8>, bool, bool) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let mut shm = path.as_os_str().to_owned();
    shm.push("-shm");
    (
        std::fs::read(path).unwrap(),
        Path::new(&wal).exists(),
        Path::new(&shm).exists(),
    )
}

#[test]
fn a_database_was_written_before_it_was_checked_and_a_typo_made_a_new_inbox() {
    let s = setup("inbox-dbcheck");
    // Another SQLite file (a snapshot, say), in rollback-journal mode.
    let other = s.dir.join("snapshot.sqlite");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE places (id INTEGER); INSERT INTO places VALUES (1);")
            .unwrap();
    }
    let before = untouched(&other);
    for args in [
        vec!["export", "--db", "snapshot.sqlite", "--out", "out.json"],
        vec!["backup", "--db", "snapshot.sqlite", "--out", "copy.sqlite"],
        vec![
            "serve",
            "--db",
            "snapshot.sqlite",
            "--listen",
            "127.0.0.1:0",
        ],
    ] {
        let out = inbox().current_dir(&s.dir).args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not an inbox database"), "{args:?}: {err}");
        assert_eq!(untouched(&other), before, "{args:?} changed the file");
    }
    assert!(!s.dir.join("out.json").exists() && !s.dir.join("copy.sqlite").exists());
    // A mistyped --db: refused, nothing created.
    for args in [
        vec!["serve", "--db", "inbx.sqlite", "--listen", "127.0.0.1:0"],
        vec!["export", "--db", "inbx.sqlite", "--out", "out.json"],
    ] {
        let out = inbox().current_dir(&s.dir).args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("init"));
        assert!(!s.dir.join("inbx.sqlite").exists(), "{args:?} made a file");
    }
    // `init` refuses an existing file; `serve --create` makes a missing one.
    let out = inbox()
        .current_dir(&s.dir)
        .args(["init", "--db", "snapshot.sqlite"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(untouched(&other), before);
    let server = start(inbox().current_dir(&s.dir).args([
        "serve",
        "--create",
        "--db",
        "new.sqlite",
        "--listen",
        "127.0.0.1:0",
    ]));
    assert_eq!(
        post(&server, &new_place("created000000001", "Lieu", ""), None).status,
        201
    );
}

#[test]
fn a_post_while_another_process_held_the_database_failed_at_once_with_500() {
    let s = setup("inbox-busy");
    let server = serve(&s, 1000);
    // Another process (a backup, sqlite3 by hand) holds the write lock for 1.5 s.
    let db = s.db();
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("BEGIN IMMEDIATE").unwrap();
        locked_tx.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        c.execute_batch("COMMIT").unwrap();
    });
    locked_rx.recv().unwrap();
    let t = Instant::now();
    let a = post(&server, &new_place("busy000000000001", "Lieu", ""), None);
    assert_eq!(a.status, 201, "{}", a.body);
    assert!(t.elapsed() >= Duration::from_millis(1000), "it waited");
    holder.join().unwrap();
    assert_eq!(
        request(&server, "GET", "/health", &[], b"").json()["inbox"]["waiting"],
        1
    );
}
