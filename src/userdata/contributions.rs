//! What the person told the map (a place closed, moved, a wifi that does not work, a place
//! where a phone can be charged), waiting on the phone until a connection sends it.
//!
//! Outreach workers report from the street, often with no network: a report must survive the
//! app being closed, the phone restarting and a day offline, so it is written here before
//! anything else happens. Its own table, apart from favourites and reminders. Each has an id
//! made on the phone, which the inbox uses to answer a repeat as the same contribution: a
//! retry after a lost answer never makes a second one. The person sees each with its state
//! and can delete one before it leaves; what was sent stays listed as sent until deleted.
//!
//! The body is the contribution's JSON as it will be sent (`crate::contribution`); this
//! module does not read it. Like everything in this database it is listed by
//! `everything_stored` and erased by `delete_everything`.

use super::UserDb;
use rusqlite::params;

pub(super) const CONTRIBUTION_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS contributions(id TEXT PRIMARY KEY, created TEXT NOT NULL, body TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'refused')), attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, sent_at TEXT);
";

/// Where a contribution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueState {
    /// On the phone, to be sent when a connection appears.
    Waiting,
    /// The inbox has it.
    Sent,
    /// The inbox refused it for good (it says why); it is never sent again.
    Refused,
}

impl QueueState {
    fn id(self) -> &'static str {
        match self {
            QueueState::Waiting => "waiting",
            QueueState::Sent => "sent",
            QueueState::Refused => "refused",
        }
    }

    fn from_id(s: &str) -> QueueState {
        match s {
            "sent" => QueueState::Sent,
            "refused" => QueueState::Refused,
            _ => QueueState::Waiting,
        }
    }
}

/// One contribution on the phone.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    pub id: String,
    /// UTC, RFC 3339.
    pub created: String,
    /// The JSON sent to the inbox.
    pub body: String,
    pub state: QueueState,
    /// Sending attempts that did not reach the inbox (no connection, busy server).
    pub attempts: u32,
    /// Why the last attempt failed, or why the inbox refused it.
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

impl UserDb {
    /// Keeps a contribution to send. The same id twice keeps the first (a double tap).
    pub fn queue_contribution(&self, id: &str, body: &str, now: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO contributions(id, created, body, state) VALUES (?1, ?2, ?3, 'waiting')",
            params![id, now, body],
        )?;
        Ok(())
    }

    /// Every contribution, newest first.
    pub fn contributions(&self) -> rusqlite::Result<Vec<Queued>> {
        self.select_contributions("ORDER BY created DESC, id")
    }

    /// Those to send, oldest first (the order they were made in).
    pub fn waiting_contributions(&self) -> rusqlite::Result<Vec<Queued>> {
        self.select_contributions("WHERE state = 'waiting' ORDER BY created, id")
    }

    fn select_contributions(&self, rest: &str) -> rusqlite::Result<Vec<Queued>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, created, body, state, attempts, last_error, sent_at FROM contributions {rest}"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok(Queued {
                id: r.get(0)?,
                created: r.get(1)?,
                body: r.get(2)?,
                state: QueueState::from_id(&r.get::<_, String>(3)?),
                attempts: r.get(4)?,
                last_error: r.get(5)?,
                sent_at: r.get(6)?,
            })
        })?;
        rows.collect()
    }

    /// Deletes one contribution; `false` when there was none with that id. A waiting one is
    /// then never sent; a sent one is only forgotten by the phone.
    pub fn delete_contribution(&self, id: &str) -> rusqlite::Result<bool> {
        let n = self
            .conn
            .execute("DELETE FROM contributions WHERE id = ?1", [id])?;
        self.wipe_deleted()?;
        Ok(n > 0)
    }

    /// The inbox has it (a first answer, or the answer to a repeat).
    pub fn mark_contribution_sent(&self, id: &str, now: &str) -> rusqlite::Result<()> {
        self.set_state(id, QueueState::Sent, None, Some(now))
    }

    /// The inbox refused it for good, saying why.
    pub fn mark_contribution_refused(&self, id: &str, why: &str) -> rusqlite::Result<()> {
        self.set_state(id, QueueState::Refused, Some(why), None)
    }

    /// An attempt that did not reach the inbox: it stays waiting.
    pub fn note_contribution_attempt(&self, id: &str, why: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "UPDATE contributions SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1 AND state = 'waiting'",
            params![id, why],
        )?;
        Ok(())
    }

    fn set_state(
        &self,
        id: &str,
        state: QueueState,
        why: Option<&str>,
        sent_at: Option<&str>,
    ) -> rusqlite::Result<()> {
        self.conn.execute(
            "UPDATE contributions SET state = ?2, last_error = ?3, sent_at = ?4 WHERE id = ?1",
            params![id, state.id(), why, sent_at],
        )?;
        Ok(())
    }

    /// The team code a coordinator gave this phone (sent with each contribution so that the
    /// inbox marks it as from that team); `None`: anonymous.
    pub fn team_code(&self) -> rusqlite::Result<Option<String>> {
        Ok(self.setting("team_code")?.filter(|c| !c.is_empty()))
    }

    /// Keeps a team code as given, typed or pasted from the coordinator's QR code (its
    /// `toutpres-team:` prefix is dropped); an empty one removes it.
    pub fn save_team_code(&self, code: &str) -> rusqlite::Result<()> {
        let code = code.trim();
        let code = code
            .strip_prefix(crate::contribution::TEAM_CODE_QR_PREFIX)
            .unwrap_or(code)
            .trim();
        self.put_setting("team_code", code)
    }

    /// One contribution by id (the queue holds a handful).
    pub fn contribution(&self, id: &str) -> rusqlite::Result<Option<Queued>> {
        Ok(self.contributions()?.into_iter().find(|q| q.id == id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"id":"c1","kind":"report"}"#;

    #[test]
    fn a_contribution_waits_survives_reopening_and_is_sent_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        {
            let db = UserDb::open(&path).unwrap();
            db.queue_contribution("c1", BODY, "2026-03-10T09:00:00Z")
                .unwrap();
            db.queue_contribution("c2", "{}", "2026-03-10T09:05:00Z")
                .unwrap();
            // A double tap: still one.
            db.queue_contribution("c1", "{\"other\":1}", "2026-03-10T09:06:00Z")
                .unwrap();
            db.note_contribution_attempt("c1", "no connection").unwrap();
        }
        // The app closed, the phone restarted: still there, in the order they were made.
        let db = UserDb::open(&path).unwrap();
        let waiting = db.waiting_contributions().unwrap();
        assert_eq!(
            waiting.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["c1", "c2"]
        );
        assert_eq!(waiting[0].body, BODY, "the first kept");
        assert_eq!(
            (waiting[0].attempts, waiting[0].last_error.as_deref()),
            (1, Some("no connection"))
        );
        db.mark_contribution_sent("c1", "2026-03-11T08:00:00Z")
            .unwrap();
        db.mark_contribution_refused("c2", "coordinates out of range")
            .unwrap();
        assert!(db.waiting_contributions().unwrap().is_empty());
        let all = db.contributions().unwrap();
        assert_eq!(all[0].id, "c2", "newest first");
        assert_eq!(all[0].state, QueueState::Refused);
        let c1 = db.contribution("c1").unwrap().unwrap();
        assert_eq!(
            (c1.state, c1.sent_at.as_deref(), c1.last_error),
            (QueueState::Sent, Some("2026-03-11T08:00:00Z"), None)
        );
        // A late failure note does not bring a sent one back.
        db.note_contribution_attempt("c1", "timeout").unwrap();
        assert_eq!(
            db.contribution("c1").unwrap().unwrap().state,
            QueueState::Sent
        );
    }

    #[test]
    fn a_deleted_contribution_is_never_sent_and_its_words_are_gone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let db = UserDb::open(&path).unwrap();
        let secret = "la-porte-de-derriere-est-ouverte";
        db.queue_contribution(
            "c9",
            &format!("{{\"note\":\"{secret}\"}}"),
            "2026-03-10T09:00:00Z",
        )
        .unwrap();
        assert!(db.delete_contribution("c9").unwrap());
        assert!(!db.delete_contribution("c9").unwrap());
        assert!(db.waiting_contributions().unwrap().is_empty());
        drop(db);
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(dir.path().join("user.sqlite-wal")) {
            bytes.extend(wal);
        }
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "deleted words stay in the file"
        );
    }

    #[test]
    fn contributions_are_listed_with_everything_stored_and_erased_with_it() {
        let db = UserDb::open_in_memory().unwrap();
        db.queue_contribution("c1", BODY, "2026-03-10T09:00:00Z")
            .unwrap();
        let stored = db.everything_stored().unwrap();
        assert!(stored
            .tables
            .iter()
            .any(|t| t.name == "contributions" && t.rows.len() == 1));
        db.delete_everything().unwrap();
        assert!(db.contributions().unwrap().is_empty());
    }

    #[test]
    fn a_team_code_is_kept_without_the_prefix_of_its_qr_code_and_can_be_removed() {
        let db = UserDb::open_in_memory().unwrap();
        assert_eq!(db.team_code().unwrap(), None);
        db.save_team_code(" toutpres-team:0a1b2c3d4e5f ").unwrap();
        assert_eq!(db.team_code().unwrap().as_deref(), Some("0a1b2c3d4e5f"));
        db.save_team_code("").unwrap();
        assert_eq!(db.team_code().unwrap(), None);
    }
}
