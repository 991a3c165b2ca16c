//! Reminders are the person's own data: stored in the user database only, all of it visible,
//! exportable, and gone from the file's bytes once deleted. The optional lock stores only a
//! salted hash.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use toutpres::reminders::lock::{CodeKind, LockCode};
use toutpres::reminders::{Mark, QuarterCycle, Reminder, Repeat};
use toutpres::userdata::{SavedPosition, UserDb};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const SECRET: &str = "Rendez-vous avocat Zyxwvut";
const OTHER_SECRET: &str = "Qwertzuiop dentiste";

/// Every byte the database keeps on disk: the file, its write-ahead log and its shared index.
fn file_bytes(path: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
        if let Ok(bytes) = std::fs::read(&p) {
            all.extend(bytes);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn own(words: &str) -> Reminder {
    Reminder::own(
        "appointment.svg",
        words,
        d(2026, 3, 20),
        NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        Repeat::None,
    )
}

#[test]
fn reminders_and_marks_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    let caf = Reminder::caf_declaration(QuarterCycle::containing(1).unwrap(), 31, d(2026, 3, 1));
    let (caf_id, own_id);
    {
        let db = UserDb::open(&path).unwrap();
        caf_id = db.add_reminder(&caf).unwrap();
        own_id = db.add_reminder(&own("Mairie")).unwrap();
        db.set_mark(
            caf_id,
            d(2026, 4, 30),
            &Mark::Done {
                at: Utc.with_ymd_and_hms(2026, 4, 29, 8, 0, 0).unwrap(),
            },
        )
        .unwrap();
    }
    let db = UserDb::open(&path).unwrap();
    let all = db.reminders().unwrap();
    assert_eq!(all.len(), 2);
    let mut expected = caf.clone();
    expected.id = caf_id;
    assert_eq!(all[0], expected);
    assert_eq!(all[1].words.as_str(), "Mairie");
    assert_eq!(db.reminder(own_id).unwrap().unwrap().id, own_id);
    let marks = db.marks().unwrap();
    assert!(matches!(
        marks.get(caf_id, d(2026, 4, 30)),
        Some(Mark::Done { .. })
    ));
    // Changing the day drops marks of occurrences that no longer exist.
    let mut moved = all[0].clone();
    moved.recurrence = toutpres::reminders::Recurrence::Quarterly {
        cycle: QuarterCycle::containing(1).unwrap(),
        day: 10,
    };
    db.update_reminder(&moved).unwrap();
    assert!(db.marks().unwrap().is_empty());
    // An invalid reminder is refused.
    let mut bad = own("x");
    bad.pictogram = "nope.svg".into();
    assert!(db.add_reminder(&bad).is_err());
    // The person's words never show in debug output (logs).
    assert!(!format!("{:?}", all[1]).contains("Mairie"));
}

#[test]
fn everything_stored_is_shown_and_the_lock_hash_is_not() {
    let db = UserDb::open_in_memory().unwrap();
    db.add_favourite(
        "france-services:234",
        "Pimms Grenoble",
        "2026-03-10T10:00:00Z",
    )
    .unwrap();
    db.save_position(&SavedPosition {
        lat: 45.19,
        lon: 5.71,
        label: Some("Gare".into()),
        at: "2026-03-10T10:00:00Z".into(),
    })
    .unwrap();
    db.add_reminder(&own(SECRET)).unwrap();
    db.set_lock(&LockCode::digits("482913").unwrap(), "2026-03-10T10:00:00Z")
        .unwrap();
    let stored = db.everything_stored().unwrap();
    let lines = stored.lines().join("\n");
    for needle in [
        "Pimms Grenoble",
        "Gare",
        SECRET,
        "appointment.svg",
        "kind = digits",
    ] {
        assert!(lines.contains(needle), "{needle} missing from:\n{lines}");
    }
    let json = stored.to_json();
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(parsed["tables"].as_array().unwrap().len() >= 6);
    assert!(json.contains(SECRET));
    assert!(!json.contains("argon2"), "the hash is not handed out");
    assert!(json.contains("salted hash, not shown"));
    // A table added later by another feature is shown too.
    db.connection()
        .execute_batch("CREATE TABLE future(note TEXT); INSERT INTO future VALUES ('later data');")
        .unwrap();
    assert!(db
        .everything_stored()
        .unwrap()
        .lines()
        .join("\n")
        .contains("later data"));
}

#[test]
fn the_lock_stores_only_a_salted_hash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    let db = UserDb::open(&path).unwrap();
    assert_eq!(db.lock_kind().unwrap(), None);
    let code = LockCode::pictures(&[3, 1, 4, 1, 5, 9]).unwrap();
    assert!(db.unlock(&code).unwrap(), "no lock: open");
    db.set_lock(&code, "2026-03-10T10:00:00Z").unwrap();
    assert_eq!(db.lock_kind().unwrap(), Some(CodeKind::Pictures));
    assert!(db.unlock(&code).unwrap());
    assert!(!db
        .unlock(&LockCode::pictures(&[3, 1, 4, 1, 5, 8]).unwrap())
        .unwrap());
    assert!(!db.unlock(&LockCode::digits("314159").unwrap()).unwrap());
    let hash: String = db
        .connection()
        .query_row("SELECT hash FROM lock", [], |r| r.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"));
    assert!(!contains(&file_bytes(&path), "p:314159") && !contains(&file_bytes(&path), "314159"));
    db.remove_lock().unwrap();
    assert_eq!(db.lock_kind().unwrap(), None);
    assert!(
        !contains(&file_bytes(&path), &hash),
        "old hash gone from the file"
    );
}

#[test]
fn deleting_one_reminder_removes_its_text_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    let db = UserDb::open(&path).unwrap();
    let id = db.add_reminder(&own(SECRET)).unwrap();
    db.add_reminder(&own(OTHER_SECRET)).unwrap();
    db.connection()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    assert!(contains(&file_bytes(&path), SECRET), "written before");
    db.delete_reminder(id).unwrap();
    let bytes = file_bytes(&path);
    assert!(!contains(&bytes, SECRET), "deleted text still in the file");
    assert!(contains(&bytes, OTHER_SECRET), "the other one is kept");
}

#[test]
fn delete_everything_in_one_step_leaves_no_trace_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    {
        let db = UserDb::open(&path).unwrap();
        db.add_favourite(
            "hinaura:42",
            "Café Zyxwvut numérique",
            "2026-03-10T10:00:00Z",
        )
        .unwrap();
        for i in 0..50 {
            let id = db.add_reminder(&own(&format!("{SECRET} {i}"))).unwrap();
            db.set_mark(
                id,
                d(2026, 3, 20),
                &Mark::Snoozed {
                    until: Utc.with_ymd_and_hms(2026, 3, 20, 12, 0, 0).unwrap(),
                },
            )
            .unwrap();
        }
        db.set_lock(&LockCode::digits("1234").unwrap(), "t")
            .unwrap();
        // Some text lands in the file itself, not only in the log.
        db.connection()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        db.add_reminder(&own(OTHER_SECRET)).unwrap();
        assert!(contains(&file_bytes(&path), SECRET));
        assert!(contains(&file_bytes(&path), OTHER_SECRET));

        db.delete_everything().unwrap();

        assert!(db.everything_stored().unwrap().is_empty());
        assert!(db.reminders().unwrap().is_empty());
        assert_eq!(db.lock_kind().unwrap(), None);
        let bytes = file_bytes(&path);
        for needle in [SECRET, OTHER_SECRET, "Zyxwvut", "hinaura:42", "$argon2id"] {
            assert!(!contains(&bytes, needle), "{needle} still in the file");
        }
        // Still usable afterwards.
        db.add_reminder(&own("again")).unwrap();
    }
    let db = UserDb::open(&path).unwrap();
    assert_eq!(db.reminders().unwrap().len(), 1);
}

#[test]
fn delete_all_reminders_keeps_favourites() {
    let db = UserDb::open_in_memory().unwrap();
    db.add_favourite("hinaura:1", "Lieu", "t").unwrap();
    db.add_reminder(&own(SECRET)).unwrap();
    db.delete_all_reminders().unwrap();
    assert!(db.reminders().unwrap().is_empty());
    assert_eq!(db.favourites().unwrap().len(), 1);
}
