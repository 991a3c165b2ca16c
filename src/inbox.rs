//! The inbox's database: field contributions received, reviewed, exported.
//!
//! # Why its own SQLite file
//! The inbox runs on a coordinator's server (`toutpres-cli inbox serve`), apart from any
//! snapshot: contributions are not data yet, only proposals a person reviews. One SQLite file
//! (embedded, nothing to install, a copy is a backup) holds them. Every accepted contribution
//! is committed before the server answers: WAL with `synchronous = FULL`, so a commit is on
//! disk when [`Inbox::receive`] returns, and a server killed right after its `201` still has
//! the contribution when it starts again.
//!
//! # Idempotency
//! The phone retries until it hears back, so the same contribution may arrive many times. The
//! contribution's own `id` is the primary key: the first copy is stored ([`Received::New`]),
//! a later one with the same content (compared as [`Contribution::canonical_json`], so spacing
//! and key order do not matter) changes nothing ([`Received::Repeat`]), and one with other
//! content is refused ([`Received::Conflict`]): an id is never reused for something else.
//!
//! # Review
//! A contribution is `waiting` until a coordinator accepts it (possibly edited: name, hours,
//! note) or rejects it; the reviewer and the time are kept. [`Inbox::export`] writes the
//! accepted ones as a source file for the build (`import::field`).
//!
//! This is core code: no clock read (the server passes the time), no network.

use crate::contribution::{Contribution, ExportFile, ExportedContribution, EXPORT_FORMAT};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

/// `PRAGMA application_id` of an inbox file ("TPib").
pub const APPLICATION_ID: i64 = 0x5450_6962;
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS contributions (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    team TEXT,
    received TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'accepted', 'rejected')),
    edited TEXT,
    reviewed_by TEXT,
    reviewed_at TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS contributions_by_status ON contributions (status, received);
";

#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("inbox database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{0} is not an inbox database (or one from a newer version)")]
    NotAnInbox(String),
    #[error("stored contribution {0} cannot be read: {1}")]
    Stored(String, String),
}

/// What [`Inbox::receive`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// Stored now (HTTP 201).
    New,
    /// The same id with the same content was stored before; nothing changed (HTTP 200).
    Repeat,
    /// The same id with other content was stored before; refused (HTTP 409).
    Conflict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Waiting,
    Accepted,
    Rejected,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
        }
    }

    fn from_id(id: &str) -> Status {
        match id {
            "accepted" => Status::Accepted,
            "rejected" => Status::Rejected,
            _ => Status::Waiting,
        }
    }
}

/// One stored contribution, as the review page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// As received.
    pub contribution: Contribution,
    /// As accepted after a coordinator's edit, when edited.
    pub edited: Option<Contribution>,
    /// The team whose code came with it; `None`: anonymous.
    pub team: Option<String>,
    /// When the inbox received it (RFC 3339, UTC).
    pub received: String,
    pub status: Status,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<String>,
}

impl Stored {
    /// What the build uses: the edited version when there is one.
    pub fn effective(&self) -> &Contribution {
        self.edited.as_ref().unwrap_or(&self.contribution)
    }
}

/// The inbox database. One connection: the server keeps it behind a lock (writes are
/// serialised by SQLite anyway, and each one waits for its fsync).
pub struct Inbox {
    conn: Connection,
}

impl Inbox {
    /// Open (or create) the inbox file, in WAL mode with `synchronous = FULL`.
    pub fn open(path: &Path) -> Result<Inbox, InboxError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        let fresh = app == 0 && version == 0 && tables == 0;
        if !fresh && (app != APPLICATION_ID || version > SCHEMA_VERSION) {
            return Err(InboxError::NotAnInbox(path.display().to_string()));
        }
        conn.execute_batch(SCHEMA)?;
        if fresh {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        Ok(Inbox { conn })
    }

    /// Store a checked contribution (see the module doc: idempotent by id). Committed when
    /// this returns.
    pub fn receive(
        &mut self,
        c: &Contribution,
        team: Option<&str>,
        received: &str,
    ) -> Result<Received, InboxError> {
        let body = c.canonical_json();
        let tx = self.conn.transaction()?;
        let before: Option<String> = tx
            .query_row(
                "SELECT body FROM contributions WHERE id = ?1",
                [&c.id],
                |r| r.get(0),
            )
            .optional()?;
        let outcome = match before {
            Some(b) if b == body => Received::Repeat,
            Some(_) => Received::Conflict,
            None => {
                tx.execute(
                    "INSERT INTO contributions (id, body, team, received) VALUES (?1, ?2, ?3, ?4)",
                    params![c.id, body, team, received],
                )?;
                Received::New
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, RowRest)> {
        Ok((
            r.get(0)?,
            r.get(1)?,
            RowRest {
                team: r.get(2)?,
                received: r.get(3)?,
                status: r.get(4)?,
                edited: r.get(5)?,
                reviewed_by: r.get(6)?,
                reviewed_at: r.get(7)?,
            },
        ))
    }

    fn decode(id: String, body: String, rest: RowRest) -> Result<Stored, InboxError> {
        let parse = |json: &str| {
            serde_json::from_str::<Contribution>(json)
                .map_err(|e| InboxError::Stored(id.clone(), e.to_string()))
        };
        Ok(Stored {
            contribution: parse(&body)?,
            edited: rest.edited.as_deref().map(parse).transpose()?,
            team: rest.team,
            received: rest.received,
            status: Status::from_id(&rest.status),
            reviewed_by: rest.reviewed_by,
            reviewed_at: rest.reviewed_at,
        })
    }

    /// In the order they arrived: two received in the same millisecond keep their arrival
    /// order (the row id), not the order of their random ids.
    fn select(&self, filter: &str, arg: &str) -> Result<Vec<Stored>, InboxError> {
        let sql = format!(
            "SELECT id, body, team, received, status, edited, reviewed_by, reviewed_at \
             FROM contributions WHERE {filter} ORDER BY received, rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map([arg], Self::read_row)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, body, rest)| Self::decode(id, body, rest))
            .collect()
    }

    /// Contributions in one state, oldest first.
    pub fn with_status(&self, status: Status) -> Result<Vec<Stored>, InboxError> {
        self.select("status = ?1", status.id())
    }

    /// One contribution by id.
    pub fn get(&self, id: &str) -> Result<Option<Stored>, InboxError> {
        Ok(self.select("id = ?1", id)?.into_iter().next())
    }

    /// How many contributions are stored, per state (waiting, accepted, rejected).
    pub fn counts(&self) -> Result<(u64, u64, u64), InboxError> {
        let count = |s: Status| -> Result<u64, InboxError> {
            Ok(self.conn.query_row(
                "SELECT count(*) FROM contributions WHERE status = ?1",
                [s.id()],
                |r| r.get::<_, i64>(0),
            )? as u64)
        };
        Ok((
            count(Status::Waiting)?,
            count(Status::Accepted)?,
            count(Status::Rejected)?,
        ))
    }

    /// Accept a waiting contribution, as received or as `edited` (already checked). False
    /// when there is no waiting contribution with this id.
    pub fn accept(
        &mut self,
        id: &str,
        edited: Option<&Contribution>,
        by: &str,
        at: &str,
    ) -> Result<bool, InboxError> {
        let edited = edited.map(Contribution::canonical_json);
        let n = self.conn.execute(
            "UPDATE contributions SET status = 'accepted', edited = ?2, reviewed_by = ?3, \
             reviewed_at = ?4 WHERE id = ?1 AND status = 'waiting'",
            params![id, edited, by, at],
        )?;
        Ok(n == 1)
    }

    /// Reject a waiting contribution. False when there is no waiting contribution with this id.
    pub fn reject(&mut self, id: &str, by: &str, at: &str) -> Result<bool, InboxError> {
        let n = self.conn.execute(
            "UPDATE contributions SET status = 'rejected', reviewed_by = ?2, reviewed_at = ?3 \
             WHERE id = ?1 AND status = 'waiting'",
            params![id, by, at],
        )?;
        Ok(n == 1)
    }

    /// The accepted contributions as a source file for the build (`--source field=FILE`).
    pub fn export(&self) -> Result<ExportFile, InboxError> {
        let accepted = self.with_status(Status::Accepted)?;
        Ok(ExportFile {
            format: EXPORT_FORMAT.to_string(),
            contributions: accepted
                .into_iter()
                .map(|s| ExportedContribution {
                    contribution: s.effective().clone(),
                    team: s.team,
                    received: s.received,
                    accepted: s.reviewed_at.unwrap_or_default(),
                })
                .collect(),
        })
    }
}

struct RowRest {
    team: Option<String>,
    received: String,
    status: String,
    edited: Option<String>,
    reviewed_by: Option<String>,
    reviewed_at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(id: &str, name: &str) -> Contribution {
        let json = format!(
            r#"{{"id":"{id}","kind":{{"type":"new_place","name":"{name}","lat":45.18,"lon":5.72,"needs":["charging"]}},"created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}}"#
        );
        Contribution::from_json(json.as_bytes()).unwrap()
    }

    #[test]
    fn contributions_received_in_the_same_millisecond_keep_their_arrival_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut inbox = Inbox::open(&dir.path().join("inbox.sqlite")).unwrap();
        let t = "2026-03-10T09:00:00.123Z";
        for (id, name) in [
            ("zzzzzzzzzzzzzzzz", "Premier"),
            ("mmmmmmmmmmmmmmmm", "Deuxième"),
            ("aaaaaaaaaaaaaaaa", "Troisième"),
        ] {
            assert_eq!(
                inbox.receive(&sample(id, name), None, t).unwrap(),
                Received::New
            );
        }
        let ids: Vec<String> = inbox
            .with_status(Status::Waiting)
            .unwrap()
            .into_iter()
            .map(|s| s.contribution.id)
            .collect();
        assert_eq!(
            ids,
            ["zzzzzzzzzzzzzzzz", "mmmmmmmmmmmmmmmm", "aaaaaaaaaaaaaaaa"]
        );
    }

    #[test]
    fn receive_is_idempotent_by_id_and_refuses_reused_ids() {
        let dir = tempfile::tempdir().unwrap();
        let mut inbox = Inbox::open(&dir.path().join("inbox.sqlite")).unwrap();
        let a = sample("aaaaaaaaaaaaaaaa", "Accueil de jour");
        let t = "2026-03-10T09:00:00Z";
        assert_eq!(inbox.receive(&a, None, t).unwrap(), Received::New);
        assert_eq!(inbox.receive(&a, Some("x"), t).unwrap(), Received::Repeat);
        let other = sample("aaaaaaaaaaaaaaaa", "Autre lieu");
        assert_eq!(inbox.receive(&other, None, t).unwrap(), Received::Conflict);
        assert_eq!(inbox.counts().unwrap(), (1, 0, 0));
        let stored = inbox.get("aaaaaaaaaaaaaaaa").unwrap().unwrap();
        assert_eq!((stored.contribution, stored.team), (a, None));
    }

    #[test]
    fn review_and_export() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inbox.sqlite");
        let mut inbox = Inbox::open(&path).unwrap();
        let t = "2026-03-10T09:00:00Z";
        for (id, team) in [
            ("a000000000000001", Some("Maraude")),
            ("a000000000000002", None),
        ] {
            inbox.receive(&sample(id, "Lieu"), team, t).unwrap();
        }
        let edited = sample("a000000000000001", "Lieu renommé");
        assert!(inbox
            .accept("a000000000000001", Some(&edited), "camille", t)
            .unwrap());
        assert!(!inbox
            .accept("a000000000000001", None, "camille", t)
            .unwrap());
        assert!(inbox.reject("a000000000000002", "camille", t).unwrap());
        drop(inbox);
        // Reopened: everything is there.
        let inbox = Inbox::open(&path).unwrap();
        assert_eq!(inbox.counts().unwrap(), (0, 1, 1));
        let export = inbox.export().unwrap();
        assert_eq!(export.contributions.len(), 1);
        assert_eq!(export.contributions[0].contribution, edited);
        assert_eq!(export.contributions[0].team.as_deref(), Some("Maraude"));
    }

    #[test]
    fn another_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        assert!(matches!(Inbox::open(&path), Err(InboxError::NotAnInbox(_))));
    }
}
