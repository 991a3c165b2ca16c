//! The inbox's database: field contributions received, reviewed, exported.
//!
//! # Why its own SQLite file
//! The inbox runs on a coordinator's server (`toutpres-inbox serve`), apart from any
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
//! # Checked before anything writes
//! A mistyped `--db` once became a new empty inbox, and `export` of another SQLite file
//! switched that file to WAL before refusing it. Now [`Inbox::open`] and
//! [`Inbox::open_read_only`] first open the file read-only, without creating it, and read its
//! `application_id` and `user_version`; only an inbox (of this version or an older one,
//! migrated then) is opened for writing. A new inbox is made only by [`Inbox::create`]
//! (`toutpres-inbox init`, or `serve --create`), which refuses a file that exists.
//!
//! # Busy database
//! A contribution is stored in an `IMMEDIATE` transaction: it takes the write lock first and
//! waits up to [`BUSY_TIMEOUT`] for another process (a backup, `sqlite3` by hand) to release
//! it. The former deferred transaction read first and then asked for the write lock, which
//! SQLite refuses at once with `SQLITE_BUSY` (waiting could deadlock two readers), so a post
//! got a 500 while any other process held the file.
//!
//! # For 100,000 waiting contributions
//! The review page shows one page of *groups*: contributions waiting with the same
//! [`similar_key`] (the same problem reported on the same place, or a new place of the same
//! folded name within about 100 m) are one group shown once with its count. Each row keeps its
//! kind, need bits and similar key in columns, indexed with the status, so a page is one
//! grouped query over the waiting rows (measured in BENCHMARKS.md) and never 96 MB of HTML.
//!
//! # Decisions and undo
//! Every decision is kept in `decisions` (who, when, what, and for which contributions: a
//! group's decision is one batch). [`Inbox::undo`] puts a batch's contributions back to
//! waiting when nothing changed them since, and records that too.
//!
//! # Sessions
//! Reviewers' sessions are rows of `sessions` (the SHA-256 of the cookie's token, never the
//! token), so a restart of the server logs nobody out.
//!
//! This is core code: no clock read (the server passes the time), no network.

use crate::contribution::{
    Contribution, ExportFile, ExportedContribution, Kind, Problem, EXPORT_FORMAT,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// `PRAGMA application_id` of an inbox file ("TPib").
pub const APPLICATION_ID: i64 = 0x5450_6962;
/// 2: kind, needs and similar key columns; decisions; sessions.
const SCHEMA_VERSION: i64 = 2;
/// How long a write waits for another process's lock before failing.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const SCHEMA_V1: &str = "
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

const SCHEMA_V2: &str = "
ALTER TABLE contributions ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE contributions ADD COLUMN needs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contributions ADD COLUMN similar TEXT NOT NULL DEFAULT '';
CREATE INDEX contributions_similar ON contributions (status, similar);
CREATE TABLE decisions (
    seq INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    contribution TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('accepted', 'edited', 'rejected', 'duplicate', 'undone')),
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT
) STRICT;
CREATE INDEX decisions_by_batch ON decisions (batch);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    reviewer TEXT NOT NULL,
    csrf TEXT NOT NULL,
    expires INTEGER NOT NULL
) STRICT;
";

#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("inbox database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error(
        "{0} is not an inbox database (or one from a newer version); nothing was written to it"
    )]
    NotAnInbox(String),
    #[error("{0}: no such inbox database (make one with `toutpres-inbox init --db {0}`, or `serve --create`)")]
    Missing(String),
    #[error("{0} exists already; `init` makes a new inbox only where there is no file")]
    Exists(String),
    #[error("stored contribution {0} cannot be read: {1}")]
    Stored(String, String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
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

/// `new_place` or `report`: the kind filter of the review page.
pub fn kind_id(c: &Contribution) -> &'static str {
    match c.kind {
        Kind::NewPlace { .. } => "new_place",
        Kind::Report { .. } => "report",
    }
}

/// The need bits a contribution is about: a new place's needs, charging for "you can charge
/// here", wifi for "the wifi is broken"; none for other reports.
pub fn need_bits(c: &Contribution) -> i64 {
    match &c.kind {
        Kind::NewPlace { .. } => c.needs().map_or(0, |n| i64::from(n.0)),
        Kind::Report { problem, .. } => match problem {
            Problem::ChargingHere { .. } => 1 << crate::need::Need::Charging.bit(),
            Problem::WifiBroken {} => 1 << crate::need::Need::Wifi.bit(),
            _ => 0,
        },
    }
}

/// Near-duplicates share this key: a report is its place and its problem; a new place is its
/// folded name and its position rounded to 0.001° (about 110 m of latitude, 80 m of longitude
/// in France).
pub fn similar_key(c: &Contribution) -> String {
    match &c.kind {
        Kind::Report { place_key, problem } => {
            format!("report|{place_key}|{}", problem.id())
        }
        Kind::NewPlace { name, lat, lon, .. } => {
            format!("new|{}|{:.3}|{:.3}", crate::text::fold(name), lat, lon)
        }
    }
}

/// Which waiting contributions a review page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// `new_place` or `report`.
    pub kind: Option<String>,
    /// A team's name; `Some("")`: anonymous ones.
    pub team: Option<String>,
    /// A mask of need bits (`1 << Need::bit`), any of which must be set.
    pub need: Option<i64>,
    pub newest_first: bool,
}

/// Near-duplicates shown once: the first received, and how many wait with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub first: Stored,
    pub count: u64,
}

/// One decision of the history: a batch (one click of a reviewer).
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub batch: i64,
    /// `accepted`, `edited`, `rejected` or `undone`.
    pub action: String,
    /// The contribution the reviewer acted on (a group's first).
    pub contribution: String,
    /// How many contributions the batch changed (the others of a group: `duplicate`).
    pub count: u64,
    pub by: String,
    pub at: String,
    /// When it was undone, if it was.
    pub undone_at: Option<String>,
}

/// How [`Inbox::decide`] treats the contribution acted on (its near-duplicates are rejected
/// as duplicates when it is accepted, rejected with it when it is rejected).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Accept,
    AcceptEdited(Contribution),
    Reject,
}

/// The inbox database. One connection: the server keeps it behind a lock (writes are
/// serialised by SQLite anyway, and each one waits for its fsync).
pub struct Inbox {
    conn: Connection,
}

/// The file's `user_version` when it is an inbox this code can open; checked through a
/// read-only connection that cannot create or change anything.
fn check_file(path: &Path) -> Result<i64, InboxError> {
    if !path.is_file() {
        return Err(InboxError::Missing(path.display().to_string()));
    }
    let not_inbox = || InboxError::NotAnInbox(path.display().to_string());
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| not_inbox())?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| not_inbox())?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|_| not_inbox())?;
    if app != APPLICATION_ID || !(1..=SCHEMA_VERSION).contains(&version) {
        return Err(not_inbox());
    }
    Ok(version)
}

impl Inbox {
    fn settings(conn: &Connection) -> Result<(), InboxError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(())
    }

    /// Open an existing inbox for writing, after checking it read-only (see the module doc);
    /// an older schema is migrated.
    pub fn open(path: &Path) -> Result<Inbox, InboxError> {
        let version = check_file(path)?;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        Self::settings(&conn)?;
        let mut inbox = Inbox { conn };
        if version < SCHEMA_VERSION {
            inbox.migrate()?;
        }
        Ok(inbox)
    }

    /// Open an existing inbox to read it only (`export`, `backup`): nothing is written, not
    /// even the journal mode. An inbox of an older schema is refused (open it once with the
    /// server to migrate it).
    pub fn open_read_only(path: &Path) -> Result<Inbox, InboxError> {
        if check_file(path)? != SCHEMA_VERSION {
            return Err(InboxError::NotAnInbox(format!(
                "{} (an older inbox: start `toutpres-inbox serve` on it once to update it)",
                path.display()
            )));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Inbox { conn })
    }

    /// Make a new inbox file; refused when a file exists there.
    pub fn create(path: &Path) -> Result<Inbox, InboxError> {
        if path.exists() {
            return Err(InboxError::Exists(path.display().to_string()));
        }
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        Self::settings(&conn)?;
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA_V1)?;
        tx.execute_batch(SCHEMA_V2)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(Inbox { conn })
    }

    /// Version 1 → 2: the columns the review page filters and groups on, computed for every
    /// stored contribution, and the decisions and sessions tables. One transaction.
    fn migrate(&mut self) -> Result<(), InboxError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA_V2)?;
        let rows: Vec<(String, String)> = {
            let mut stmt = tx.prepare("SELECT id, body FROM contributions")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            rows
        };
        for (id, body) in rows {
            let c: Contribution = serde_json::from_str(&body)
                .map_err(|e| InboxError::Stored(id.clone(), e.to_string()))?;
            tx.execute(
                "UPDATE contributions SET kind = ?2, needs = ?3, similar = ?4 WHERE id = ?1",
                params![id, kind_id(&c), need_bits(&c), similar_key(&c)],
            )?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
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
                    "INSERT INTO contributions (id, body, team, received, kind, needs, similar) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        c.id,
                        body,
                        team,
                        received,
                        kind_id(c),
                        need_bits(c),
                        similar_key(c)
                    ],
                )?;
                Received::New
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    const COLUMNS: &'static str =
        "id, body, team, received, status, edited, reviewed_by, reviewed_at";

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
            "SELECT {} FROM contributions WHERE {filter} ORDER BY received, rowid",
            Self::COLUMNS
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
        let mut stmt = self
            .conn
            .prepare_cached("SELECT status, count(*) FROM contributions GROUP BY status")?;
        let mut counts = (0, 0, 0);
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (status, n) = row?;
            let n = n.max(0) as u64;
            match Status::from_id(&status) {
                Status::Waiting => counts.0 = n,
                Status::Accepted => counts.1 = n,
                Status::Rejected => counts.2 = n,
            }
        }
        Ok(counts)
    }

    /// How many contributions wait (`/health`).
    pub fn waiting(&self) -> Result<u64, InboxError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM contributions WHERE status = 'waiting'",
            [],
            |r| r.get(0),
        )?;
        Ok(n.max(0) as u64)
    }

    /// One page of waiting groups (see the module doc), and how many groups the filter
    /// keeps in all.
    pub fn waiting_groups(
        &self,
        filter: &Filter,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<Group>, u64), InboxError> {
        let conditions = "status = 'waiting' AND (?1 IS NULL OR kind = ?1) \
             AND (?2 IS NULL OR coalesce(team, '') = ?2) AND (?3 IS NULL OR (needs & ?3) != 0)";
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(DISTINCT similar) FROM contributions WHERE {conditions}"),
            params![filter.kind, filter.team, filter.need],
            |r| r.get(0),
        )?;
        let order = if filter.newest_first {
            "max(rowid) DESC"
        } else {
            "min(rowid) ASC"
        };
        let sql = format!(
            "SELECT min(rowid), count(*) FROM contributions WHERE {conditions} \
             GROUP BY similar ORDER BY {order} LIMIT ?4 OFFSET ?5"
        );
        let heads: Vec<(i64, i64)> = {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt
                .query_map(
                    params![
                        filter.kind,
                        filter.team,
                        filter.need,
                        limit.min(i64::MAX as u64) as i64,
                        offset.min(i64::MAX as u64) as i64
                    ],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?
                .collect::<Result<Vec<_>, _>>()?;
            rows
        };
        let mut groups = Vec::with_capacity(heads.len());
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM contributions WHERE rowid = ?1",
            Self::COLUMNS
        ))?;
        for (rowid, count) in heads {
            let (id, body, rest) = stmt.query_row([rowid], Self::read_row)?;
            groups.push(Group {
                first: Self::decode(id, body, rest)?,
                count: count.max(0) as u64,
            });
        }
        Ok((groups, total.max(0) as u64))
    }

    /// Accept or reject a waiting contribution, with its waiting near-duplicates (one batch
    /// of the history). The number of contributions changed: 0 when `id` is not waiting.
    pub fn decide(
        &mut self,
        id: &str,
        action: &Action,
        by: &str,
        at: &str,
    ) -> Result<u64, InboxError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let similar: Option<String> = tx
            .query_row(
                "SELECT similar FROM contributions WHERE id = ?1 AND status = 'waiting'",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(similar) = similar else {
            return Ok(0);
        };
        let others: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM contributions WHERE status = 'waiting' AND similar = ?1 \
                 AND id != ?2 ORDER BY rowid",
            )?;
            let rows = stmt
                .query_map(params![similar, id], |r| r.get(0))?
                .collect::<Result<Vec<_>, _>>()?;
            rows
        };
        let batch: i64 = tx.query_row(
            "SELECT coalesce(max(batch), 0) + 1 FROM decisions",
            [],
            |r| r.get(0),
        )?;
        let (status, edited, first_action) = match action {
            Action::Accept => ("accepted", None, "accepted"),
            Action::AcceptEdited(c) => ("accepted", Some(c.canonical_json()), "edited"),
            Action::Reject => ("rejected", None, "rejected"),
        };
        let set = |cid: &str, status: &str, edited: Option<&str>, what: &str| {
            tx.execute(
                "UPDATE contributions SET status = ?2, edited = ?3, reviewed_by = ?4, \
                 reviewed_at = ?5 WHERE id = ?1",
                params![cid, status, edited, by, at],
            )?;
            tx.execute(
                "INSERT INTO decisions (batch, contribution, action, by, at) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![batch, cid, what, by, at],
            )?;
            Ok::<_, rusqlite::Error>(())
        };
        set(id, status, edited.as_deref(), first_action)?;
        let other_action = if matches!(action, Action::Reject) {
            "rejected"
        } else {
            "duplicate"
        };
        for other in &others {
            set(other, "rejected", None, other_action)?;
        }
        tx.commit()?;
        Ok(1 + others.len() as u64)
    }

    /// Accept a waiting contribution alone, as received or as `edited` (already checked).
    /// False when there is no waiting contribution with this id.
    pub fn accept(
        &mut self,
        id: &str,
        edited: Option<&Contribution>,
        by: &str,
        at: &str,
    ) -> Result<bool, InboxError> {
        let action = match edited {
            Some(c) => Action::AcceptEdited(c.clone()),
            None => Action::Accept,
        };
        Ok(self.decide(id, &action, by, at)? > 0)
    }

    /// Reject a waiting contribution (and its near-duplicates). False when there is no
    /// waiting contribution with this id.
    pub fn reject(&mut self, id: &str, by: &str, at: &str) -> Result<bool, InboxError> {
        Ok(self.decide(id, &Action::Reject, by, at)? > 0)
    }

    /// Put a batch's contributions back to waiting, those that no later decision changed;
    /// the number put back (0: nothing to undo, or undone already).
    pub fn undo(&mut self, batch: i64, by: &str, at: &str) -> Result<u64, InboxError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows: Vec<(i64, String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT seq, contribution, at FROM decisions WHERE batch = ?1 \
                 AND action != 'undone' AND undone_at IS NULL ORDER BY seq",
            )?;
            let rows = stmt
                .query_map([batch], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            rows
        };
        if rows.is_empty() {
            return Ok(0);
        }
        let new_batch: i64 = tx.query_row(
            "SELECT coalesce(max(batch), 0) + 1 FROM decisions",
            [],
            |r| r.get(0),
        )?;
        let mut restored = 0;
        for (seq, cid, decided_at) in rows {
            // Only when this batch's decision is still the contribution's last one.
            let n = tx.execute(
                "UPDATE contributions SET status = 'waiting', edited = NULL, reviewed_by = NULL, \
                 reviewed_at = NULL WHERE id = ?1 AND status != 'waiting' AND reviewed_at = ?2 \
                 AND NOT EXISTS (SELECT 1 FROM decisions WHERE contribution = ?1 AND seq > ?3 \
                 AND action != 'undone')",
                params![cid, decided_at, seq],
            )?;
            tx.execute(
                "UPDATE decisions SET undone_at = ?2 WHERE seq = ?1",
                params![seq, at],
            )?;
            if n == 1 {
                tx.execute(
                    "INSERT INTO decisions (batch, contribution, action, by, at) \
                     VALUES (?1, ?2, 'undone', ?3, ?4)",
                    params![new_batch, cid, by, at],
                )?;
                restored += 1;
            }
        }
        tx.commit()?;
        Ok(restored)
    }

    /// The latest decisions, newest first, one per batch.
    pub fn history(&self, limit: u64) -> Result<Vec<Decision>, InboxError> {
        let mut stmt = self.conn.prepare(
            "SELECT d.batch, d.action, d.contribution, g.n, d.by, d.at, d.undone_at \
             FROM (SELECT batch, min(seq) AS first, count(*) AS n FROM decisions \
                   GROUP BY batch ORDER BY batch DESC LIMIT ?1) AS g \
             JOIN decisions AS d ON d.seq = g.first ORDER BY d.batch DESC",
        )?;
        let rows = stmt
            .query_map([limit.min(i64::MAX as u64) as i64], |r| {
                Ok(Decision {
                    batch: r.get(0)?,
                    action: r.get(1)?,
                    contribution: r.get(2)?,
                    count: r.get::<_, i64>(3)?.max(0) as u64,
                    by: r.get(4)?,
                    at: r.get(5)?,
                    undone_at: r.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Keep a reviewer's session (`token_hash`: the SHA-256 of the cookie's token) until
    /// `expires` (Unix seconds); expired sessions are dropped.
    pub fn session_create(
        &mut self,
        token_hash: &str,
        reviewer: &str,
        csrf: &str,
        expires: i64,
        now: i64,
    ) -> Result<(), InboxError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM sessions WHERE expires <= ?1", [now])?;
        tx.execute(
            "INSERT OR REPLACE INTO sessions (token_hash, reviewer, csrf, expires) \
             VALUES (?1, ?2, ?3, ?4)",
            params![token_hash, reviewer, csrf, expires],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The reviewer and CSRF token of a session not expired at `now`.
    pub fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(String, String)>, InboxError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT reviewer, csrf FROM sessions WHERE token_hash = ?1 AND expires > ?2",
            )?
            .query_row(params![token_hash, now], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    pub fn session_end(&mut self, token_hash: &str) -> Result<(), InboxError> {
        self.conn
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
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

    /// A consistent copy of the database at `out` through SQLite's online backup (the server
    /// may go on writing meanwhile), written to a temporary file, synced, checked to be an
    /// inbox, then renamed over `out`: a reader of `out` sees the old copy or the new one.
    pub fn backup_to(&self, out: &Path) -> Result<(), InboxError> {
        let mut tmp = out.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = std::path::PathBuf::from(tmp);
        match std::fs::remove_file(&tmp) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
        {
            let mut dst = Connection::open(&tmp)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.run_to_completion(4096, Duration::ZERO, None)?;
        }
        std::fs::File::open(&tmp)?.sync_all()?;
        check_file(&tmp)?;
        std::fs::rename(&tmp, out)?;
        crate::files::sync_folder(crate::files::folder_of(out))?;
        Ok(())
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
        let mut inbox = Inbox::create(&dir.path().join("inbox.sqlite")).unwrap();
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
        let mut inbox = Inbox::create(&dir.path().join("inbox.sqlite")).unwrap();
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
        let mut inbox = Inbox::create(&path).unwrap();
        let t = "2026-03-10T09:00:00Z";
        // Two places: the same name at the same spot would be near-duplicates, decided together.
        for (id, team, name) in [
            ("a000000000000001", Some("Maraude"), "Lieu"),
            ("a000000000000002", None, "Autre lieu"),
        ] {
            inbox.receive(&sample(id, name), team, t).unwrap();
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
        assert!(matches!(Inbox::create(&path), Err(InboxError::Exists(_))));
        let missing = dir.path().join("missing.sqlite");
        assert!(matches!(Inbox::open(&missing), Err(InboxError::Missing(_))));
        assert!(!missing.exists());
    }

    /// A version 1 inbox (before groups, decisions and sessions) is migrated on open.
    #[test]
    fn a_version_1_inbox_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.sqlite");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(SCHEMA_V1).unwrap();
            c.pragma_update(None, "application_id", APPLICATION_ID)
                .unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            let a = sample("aaaaaaaaaaaaaaaa", "Accueil");
            c.execute(
                "INSERT INTO contributions (id, body, received) VALUES (?1, ?2, ?3)",
                params![a.id, a.canonical_json(), "2026-03-10T09:00:00Z"],
            )
            .unwrap();
        }
        assert!(matches!(
            Inbox::open_read_only(&path),
            Err(InboxError::NotAnInbox(_))
        ));
        let mut inbox = Inbox::open(&path).unwrap();
        let mut b = sample("bbbbbbbbbbbbbbbb", "accueil");
        if let Kind::NewPlace { lat, .. } = &mut b.kind {
            *lat += 0.0001;
        }
        inbox.receive(&b, None, "2026-03-10T09:01:00Z").unwrap();
        let (groups, total) = inbox.waiting_groups(&Filter::default(), 0, 10).unwrap();
        assert_eq!((total, groups[0].count), (1, 2), "near-duplicates grouped");
        assert_eq!(
            inbox
                .decide("aaaaaaaaaaaaaaaa", &Action::Accept, "c", "t")
                .unwrap(),
            2
        );
        assert_eq!(inbox.counts().unwrap(), (0, 1, 1));
        assert_eq!(inbox.undo(1, "c", "t2").unwrap(), 2);
        assert_eq!(inbox.counts().unwrap(), (2, 0, 0));
        assert_eq!(inbox.undo(1, "c", "t3").unwrap(), 0);
    }
}
