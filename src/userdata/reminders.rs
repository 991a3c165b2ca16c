//! Reminders (see `crate::reminders`): what the person set up and what they marked (done,
//! snoozed), and how alerts are shown. Deleting a reminder wipes its words from the file.

use super::{UserDataError, UserDb};
use crate::reminders::{Mark, Marks, PrivateText, Recurrence, Reminder, ReminderId, ReminderKind};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::params;

fn parse_reminder(
    id: ReminderId,
    kind: &str,
    recurrence: &str,
    starts: &str,
    time_of_day: &str,
    pictogram: String,
    words: String,
) -> Option<Reminder> {
    Some(Reminder {
        id,
        kind: ReminderKind::from_id(kind)?,
        recurrence: serde_json::from_str::<Recurrence>(recurrence).ok()?,
        starts: starts.parse::<NaiveDate>().ok()?,
        time_of_day: NaiveTime::parse_from_str(time_of_day, "%H:%M").ok()?,
        pictogram,
        words: PrivateText::new(words),
    })
}

impl UserDb {
    /// Whether reminder alerts show only neutral words ("You have a reminder.") instead of
    /// the reminder's name: phones are shared, and a name such as "CAF declaration" tells who
    /// receives what.
    pub fn discreet_alerts(&self) -> rusqlite::Result<bool> {
        Ok(self.setting("discreet_alerts")?.is_some_and(|v| v == "1"))
    }

    pub fn set_discreet_alerts(&self, on: bool) -> rusqlite::Result<()> {
        self.put_setting("discreet_alerts", if on { "1" } else { "0" })
    }

    /// The due time of the last reminder alert the desktop showed (desktop only: phones show
    /// alerts through their own scheduler).
    pub fn alerts_shown_until(&self) -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(self.setting("alerts_shown_until")?.and_then(|t| {
            DateTime::parse_from_rfc3339(&t)
                .ok()
                .map(|t| t.with_timezone(&Utc))
        }))
    }

    pub fn save_alerts_shown_until(&self, t: DateTime<Utc>) -> rusqlite::Result<()> {
        self.put_setting(
            "alerts_shown_until",
            &t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
    }

    /// Saves a new reminder (after checking it) and returns its id.
    pub fn add_reminder(&self, r: &Reminder) -> Result<ReminderId, UserDataError> {
        self.write_reminder(None, r)
    }

    /// Inserts (`id` None) or replaces a reminder row, after checking the reminder.
    fn write_reminder(
        &self,
        id: Option<ReminderId>,
        r: &Reminder,
    ) -> Result<ReminderId, UserDataError> {
        r.validate()?;
        self.conn.execute(
            "INSERT INTO reminders(id, kind, recurrence, starts, time_of_day, pictogram, words)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, recurrence = excluded.recurrence,
               starts = excluded.starts, time_of_day = excluded.time_of_day,
               pictogram = excluded.pictogram, words = excluded.words",
            params![
                id,
                r.kind.id(),
                serde_json::to_string(&r.recurrence).unwrap_or_default(),
                r.starts.to_string(),
                r.time_of_day.format("%H:%M").to_string(),
                r.pictogram,
                r.words.as_str(),
            ],
        )?;
        Ok(id.unwrap_or_else(|| self.conn.last_insert_rowid()))
    }

    /// Saves changes to a reminder. Marks of occurrences that no longer exist are removed.
    pub fn update_reminder(&self, r: &Reminder) -> Result<(), UserDataError> {
        self.write_reminder(Some(r.id), r)?;
        let stale: Vec<NaiveDate> = self
            .marks()?
            .iter()
            .filter(|(id, due, _)| *id == r.id && r.occurrence_on(*due).is_none())
            .map(|(_, due, _)| due)
            .collect();
        for due in stale {
            self.clear_mark(r.id, due)?;
        }
        self.wipe_deleted()?;
        Ok(())
    }

    /// All reminders, oldest first. A row that cannot be read (written by a newer version) is
    /// left out here but still shown by [`UserDb::everything_stored`].
    pub fn reminders(&self) -> rusqlite::Result<Vec<Reminder>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, recurrence, starts, time_of_day, pictogram, words FROM reminders ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(parse_reminder(
                r.get(0)?,
                &r.get::<_, String>(1)?,
                &r.get::<_, String>(2)?,
                &r.get::<_, String>(3)?,
                &r.get::<_, String>(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect())
    }

    pub fn reminder(&self, id: ReminderId) -> rusqlite::Result<Option<Reminder>> {
        Ok(self.reminders()?.into_iter().find(|r| r.id == id))
    }

    /// Deletes a reminder and its marks; its text is gone from the file afterwards.
    pub fn delete_reminder(&self, id: ReminderId) -> rusqlite::Result<()> {
        self.conn.execute_batch("BEGIN")?;
        let done = self
            .conn
            .execute("DELETE FROM reminder_marks WHERE reminder = ?1", [id])
            .and_then(|_| {
                self.conn
                    .execute("DELETE FROM reminders WHERE id = ?1", [id])
            });
        match done {
            Ok(_) => self.conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        self.wipe_deleted()
    }

    /// Records what the person said about the occurrence due on `due`.
    pub fn set_mark(
        &self,
        reminder: ReminderId,
        due: NaiveDate,
        mark: &Mark,
    ) -> rusqlite::Result<()> {
        let (what, at) = match mark {
            Mark::Done { at } => ("done", at),
            Mark::Snoozed { until } => ("snoozed", until),
        };
        self.conn.execute(
            "INSERT INTO reminder_marks(reminder, due, mark, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(reminder, due) DO UPDATE SET mark = excluded.mark, at = excluded.at",
            params![reminder, due.to_string(), what, at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Forgets a mark ("not done after all").
    pub fn clear_mark(&self, reminder: ReminderId, due: NaiveDate) -> rusqlite::Result<()> {
        self.conn.execute(
            "DELETE FROM reminder_marks WHERE reminder = ?1 AND due = ?2",
            params![reminder, due.to_string()],
        )?;
        Ok(())
    }

    pub fn marks(&self) -> rusqlite::Result<Marks> {
        let mut stmt = self
            .conn
            .prepare("SELECT reminder, due, mark, at FROM reminder_marks")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, ReminderId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut marks = Marks::new();
        for row in rows {
            let (id, due, what, at) = row?;
            let (Ok(due), Ok(at)) = (
                due.parse::<NaiveDate>(),
                DateTime::parse_from_rfc3339(&at).map(|t| t.with_timezone(&Utc)),
            ) else {
                continue;
            };
            let mark = match what.as_str() {
                "done" => Mark::Done { at },
                _ => Mark::Snoozed { until: at },
            };
            marks.set(id, due, mark);
        }
        Ok(marks)
    }

    /// Deletes every reminder, mark and the lock, in one step.
    pub fn delete_all_reminders(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch(
            "BEGIN; DELETE FROM reminder_marks; DELETE FROM reminders; DELETE FROM lock; COMMIT;",
        )?;
        self.compact()
    }
}
