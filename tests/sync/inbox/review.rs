//! The review page at scale (100,000 waiting), near-duplicates, the decisions' history and
//! undo, sessions across a restart, "Publish now" and `/health`'s publish status, and a
//! backup taken while the server runs.

use super::{
    form, inbox, login, new_place, post, report, request, review_page, serve, serve_with, setup,
    start, PASSWORD,
};
use crate::support::run;
use std::time::Instant;
use toutpres::contribution::Contribution;
use toutpres::inbox::{kind_id, need_bits, similar_key};

/// 99,990 new places (every tenth from "Maraude Nord"), then the same report from ten
/// people: 100,000 waiting, written straight into the database in one transaction.
fn fill(db: &std::path::Path) {
    let mut c = rusqlite::Connection::open(db).unwrap();
    let tx = c.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO contributions (id, body, team, received, kind, needs, similar) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .unwrap();
        let mut add = |json: String, team: Option<&str>, i: usize| {
            let c = Contribution::from_json(json.as_bytes()).unwrap();
            insert
                .execute(rusqlite::params![
                    c.id,
                    c.canonical_json(),
                    team,
                    format!("2026-03-10T09:00:00.{:03}Z", i % 1000),
                    kind_id(&c),
                    need_bits(&c),
                    similar_key(&c)
                ])
                .unwrap();
        };
        for i in 0..99_990 {
            let json = new_place(&format!("scale-{i:011}"), &format!("Lieu numéro {i}"), "")
                .replace(
                    "45.1875",
                    &format!("{:.4}", 45.0 + (i % 1000) as f64 * 0.001),
                )
                .replace("5.7357", &format!("{:.4}", 5.0 + (i / 1000) as f64 * 0.001));
            add(json, (i % 10 == 0).then_some("Maraude Nord"), i);
        }
        for i in 0..10 {
            let json = report(
                &format!("same-report-{i:05}"),
                "hinaura:42",
                serde_json::json!({"type": "wifi_broken"}),
            );
            add(json, None, 99_990 + i);
        }
    }
    tx.commit().unwrap();
}

#[test]
fn the_review_page_stays_usable_with_100000_waiting() {
    let s = setup("inbox-scale");
    fill(&s.db());
    let server = serve(&s, 1000);
    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    let t = Instant::now();
    let page = review_page(&server, &cookie);
    let took = t.elapsed();
    eprintln!(
        "review page with 100,000 waiting: {} bytes in {took:?}",
        page.len()
    );
    assert!(page.len() < 300_000, "{} bytes", page.len());
    assert!(page.contains("100000 en attente · 0 acceptée(s) · 0 rejetée(s)"));
    assert!(
        page.contains("sur 99991 · page 1 sur 5000"),
        "grouped and paged"
    );
    // Newest first: the ten identical reports are one group, shown once.
    assert_eq!(page.matches("<section class=\"item\"").count(), 20);
    assert!(page.contains("×10"));
    assert!(page.contains("page=2&amp;par=20&amp;ordre=recent"));

    let get = |query: &str| {
        let a = request(
            &server,
            "GET",
            &format!("/review?{query}"),
            &[("Cookie", &cookie)],
            b"",
        );
        assert_eq!(a.status, 200);
        a.body
    };
    let oldest = get("ordre=ancien&par=10");
    assert!(oldest.contains("Lieu numéro 0<") && !oldest.contains("×10"));
    assert_eq!(oldest.matches("<section class=\"item\"").count(), 10);
    let last = get("ordre=ancien&par=100&page=1000");
    assert!(last.contains("Lieu numéro 99900<") && last.contains("×10"));
    let reports = get("type=report");
    assert!(reports.contains("sur 1 · page 1 sur 1") && reports.contains("×10"));
    let team = get("equipe=Maraude+Nord&besoin=charging");
    assert!(
        team.contains("sur 9999 ·"),
        "{}",
        &team[..2000.min(team.len())]
    );
    let wifi = get("besoin=wifi");
    assert!(wifi.contains("sur 1 ·"), "the wifi report only");

    // Accepting the group keeps one and rejects nine as duplicates; undo puts all back.
    let a = form(
        &server,
        "/review/same-report-00000/accept",
        Some(&cookie),
        &format!("csrf={csrf}"),
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let page = review_page(&server, &cookie);
    assert!(page.contains("99990 en attente · 1 acceptée(s) · 9 rejetée(s)"));
    assert!(page.contains("acceptée (avec 9 semblable(s)), par <bdi>camille</bdi>"));
    let at = page.find("/review/decisions/").unwrap() + "/review/decisions/".len();
    let batch: String = page[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let undo = format!("/review/decisions/{batch}/undo");
    assert_eq!(
        form(&server, &undo, Some(&cookie), "").status,
        403,
        "no token"
    );
    let a = form(&server, &undo, Some(&cookie), &format!("csrf={csrf}"));
    assert_eq!(a.status, 303, "{}", a.body);
    let page = review_page(&server, &cookie);
    assert!(page.contains("100000 en attente · 0 acceptée(s) · 0 rejetée(s)"));
    assert!(page.contains("remise en attente"));
    assert!(page.contains("— annulée le "));
    // Undone once only.
    assert_eq!(
        form(&server, &undo, Some(&cookie), &format!("csrf={csrf}")).status,
        409
    );
    assert_eq!(
        super::export(&s)["contributions"].as_array().unwrap().len(),
        0
    );
}

#[test]
fn a_decision_is_undone_once_and_edits_are_in_the_history() {
    let s = setup("inbox-history");
    let server = serve(&s, 1000);
    assert_eq!(
        post(&server, &new_place("history000000001", "Lieu", ""), None).status,
        201
    );
    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    let (sami, sami_csrf) = login(&server, "sami", super::OTHER_PASSWORD);
    let a = form(
        &server,
        "/review/history000000001/edit",
        Some(&cookie),
        &format!("csrf={csrf}&name=Lieu+renomm%C3%A9&hours=&note="),
    );
    assert_eq!(a.status, 303);
    let page = review_page(&server, &sami);
    assert!(
        page.contains("Nouveau lieu : Lieu</bdi> : modifiée puis acceptée, par <bdi>camille</bdi>"),
        "{page}"
    );
    // sami undoes camille's decision, then camille's undo button (same batch) does nothing.
    let a = form(
        &server,
        "/review/decisions/1/undo",
        Some(&sami),
        &format!("csrf={sami_csrf}"),
    );
    assert_eq!(a.status, 303);
    let a = form(
        &server,
        "/review/history000000001/reject",
        Some(&sami),
        &format!("csrf={sami_csrf}"),
    );
    assert_eq!(a.status, 303);
    assert_eq!(
        form(
            &server,
            "/review/decisions/1/undo",
            Some(&cookie),
            &format!("csrf={csrf}")
        )
        .status,
        409
    );
    let page = review_page(&server, &cookie);
    assert!(page.contains("0 en attente · 0 acceptée(s) · 1 rejetée(s)"));
}

#[test]
fn reviewer_sessions_survive_a_restart() {
    let s = setup("inbox-restart");
    let mut server = serve(&s, 1000);
    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    assert!(review_page(&server, &cookie).contains("Connecté·e : <bdi>camille</bdi>"));
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let server = serve(&s, 1000);
    let page = review_page(&server, &cookie);
    assert!(page.contains("Connecté·e : <bdi>camille</bdi>"), "{page}");
    assert_eq!(super::csrf_of(&page), csrf);
    // The database keeps the token's hash, never the token.
    let token = cookie.trim_start_matches("tp_review=");
    for file in ["inbox.sqlite", "inbox.sqlite-wal"] {
        let bytes = std::fs::read(s.dir.join(file)).unwrap_or_default();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "{file}"
        );
    }
    // Logging out ends it for good.
    assert_eq!(
        form(
            &server,
            "/review/logout",
            Some(&cookie),
            &format!("csrf={csrf}")
        )
        .status,
        303
    );
    assert!(
        request(&server, "GET", "/review", &[("Cookie", &cookie)], b"")
            .body
            .contains("Mot de passe")
    );
}

#[test]
fn publish_now_writes_the_trigger_and_health_reports_the_last_publish() {
    let s = setup("inbox-publish");
    let trigger = s.dir.join("publish.trigger");
    let status = s.dir.join("publish-status.json");
    let server = serve_with(
        &s,
        1000,
        &[
            "--publish-trigger",
            trigger.to_str().unwrap(),
            "--publish-status",
            status.to_str().unwrap(),
        ],
    );
    let health = || {
        let a = request(&server, "GET", "/health", &[], b"");
        assert_eq!(a.status, 200, "{}", a.body);
        a.json()
    };
    let h = health();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["inbox"]["database"], "ok");
    assert_eq!(h["inbox"]["waiting"], 0);
    assert!(h["publish"].is_null() && h["publish_ok"].is_null(), "{h}");

    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    assert!(review_page(&server, &cookie).contains("Publier maintenant"));
    assert_eq!(
        form(&server, "/review/publish", Some(&cookie), "").status,
        403
    );
    assert!(!trigger.exists(), "no token, no publish");
    let a = form(
        &server,
        "/review/publish",
        Some(&cookie),
        &format!("csrf={csrf}"),
    );
    assert_eq!(a.status, 303);
    assert!(a.headers.contains("/review?fait=publication"));
    let written = std::fs::read_to_string(&trigger).unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(written.trim()).is_ok(),
        "{written}"
    );
    let done = request(
        &server,
        "GET",
        "/review?fait=publication",
        &[("Cookie", &cookie)],
        b"",
    );
    assert!(done.body.contains("Publication demandée"));

    let now = chrono::Utc::now();
    let write = |ok: bool, hours_ago: i64, message: &str| {
        let finished = (now - chrono::Duration::hours(hours_ago)).to_rfc3339();
        std::fs::write(
            &status,
            serde_json::json!({"ok": ok, "finished": finished, "message": message}).to_string(),
        )
        .unwrap();
    };
    write(true, 2, "published 20260310");
    let h = health();
    assert_eq!(h["publish_ok"], true, "{h}");
    assert_eq!(h["publish"]["message"], "published 20260310");
    assert!(h["publish_problem"].is_null());
    write(false, 1, "the key is missing");
    let h = health();
    assert_eq!(h["publish_ok"], false, "{h}");
    assert!(h["publish_problem"]
        .as_str()
        .unwrap()
        .contains("the key is missing"));
    write(true, 40, "published 20260308");
    let h = health();
    assert_eq!(h["publish_ok"], false, "{h}");
    assert!(h["publish_problem"]
        .as_str()
        .unwrap()
        .contains("40 hours ago"));
    std::fs::write(&status, "{\"garbage\"").unwrap();
    assert_eq!(health()["publish_ok"], false);
    assert!(review_page(&server, &cookie).contains("Publication : the publish status file"));

    // Without --publish-trigger: no button, and the route says so.
    let plain = serve(&s, 1000);
    let (cookie, csrf) = login(&plain, "camille", PASSWORD);
    assert!(!review_page(&plain, &cookie).contains("Publier maintenant"));
    assert_eq!(
        form(
            &plain,
            "/review/publish",
            Some(&cookie),
            &format!("csrf={csrf}")
        )
        .status,
        404
    );
}

#[test]
fn a_backup_taken_while_the_inbox_serves_has_everything_accepted() {
    let s = setup("inbox-backup");
    let server = serve(&s, 1000);
    for i in 0..5 {
        let id = format!("backup-{i:010}");
        assert_eq!(
            post(&server, &new_place(&id, &format!("Lieu {i}"), ""), None).status,
            201
        );
    }
    let (cookie, csrf) = login(&server, "camille", PASSWORD);
    let a = form(
        &server,
        "/review/backup-0000000002/accept",
        Some(&cookie),
        &format!("csrf={csrf}"),
    );
    assert_eq!(a.status, 303);
    let copy = s.dir.join("backups").join("inbox-copy.sqlite");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    run(inbox()
        .args(["backup", "--db"])
        .arg(s.db())
        .arg("--out")
        .arg(&copy));
    // Again over the first copy: replaced whole.
    assert_eq!(
        post(
            &server,
            &new_place("backup-late00001", "Lieu tardif", ""),
            None
        )
        .status,
        201
    );
    run(inbox()
        .args(["backup", "--db"])
        .arg(s.db())
        .arg("--out")
        .arg(&copy));
    drop(server);
    // The copy serves, and exports what was accepted.
    let restored = start(
        inbox()
            .args(["serve", "--listen", "127.0.0.1:0", "--db"])
            .arg(&copy),
    );
    let h = request(&restored, "GET", "/health", &[], b"").json();
    assert_eq!(h["inbox"]["waiting"], 5, "{h}");
    let out = s.dir.join("restored.json");
    run(inbox()
        .args(["export", "--db"])
        .arg(&copy)
        .arg("--out")
        .arg(&out));
    let file = super::read_json(&out);
    assert_eq!(
        file["contributions"][0]["contribution"]["id"],
        "backup-0000000002"
    );
}
