//! Reminders for the renewals that cut people off when they are missed.
//!
//! Why this exists: when paper letters stopped, people who do not read French well, or who
//! rarely check an e-mail box, started losing their rights because a quarterly or monthly form
//! went unanswered (see `shared/notes/field.md`). A missed CAF quarterly declaration suspends the
//! payment; a missed France Travail monthly update takes the person off the job seekers' list.
//! These reminders live on the phone, ring while the app is closed, speak in twelve languages and
//! point to the nearest place that helps with procedures.
//!
//! How it is split, and why:
//!
//! - [`schedule`] is the engine: recurrences, occurrences, alert times in Europe/Paris time
//!   (daylight-saving changes included), and the done / snoozed / missed state of each
//!   occurrence. Pure functions of the reminder, the marks and the time the caller passes: no
//!   clock is read anywhere here, so years of calendar are tested in milliseconds.
//! - [`templates`] holds the five kinds of reminder and the only facts the app states about them,
//!   each with its source (`shared/data/demarches-calendrier/SOURCES.md`). Where a date is
//!   personal (the household's CAF cycle, a domiciliation or health-cover renewal), the person
//!   or their helper sets it; the app never guesses it.
//! - [`alerts`] decides which alerts to hand to the phone for the next days, with their words.
//!   A phone fires notifications while the app is closed only if they were scheduled ahead, so
//!   the app reschedules the whole set whenever something changes.
//! - [`notify`] is the seam to the platform (`Notifier`), with a recording implementation for
//!   tests, a desktop one (`notify` feature) and the Android / iOS bridges.
//! - [`help`] finds the nearest places that help with procedures and are open on the day.
//! - [`speech`] builds the read-aloud scripts and the date words, tested as text in every language.
//! - [`ical`] exports reminders as an iCalendar file a helper can add to another calendar.
//! - [`lock`] hashes the optional lock code (salted Argon2id).
//!
//! Storage is in the person's own database (`crate::userdata`), never in the snapshot, and
//! nothing here is logged: the person's own words are wrapped in [`PrivateText`], whose `Debug`
//! output hides them.

pub mod alerts;
pub mod help;
pub mod ical;
pub mod lock;
pub mod notify;
pub mod schedule;
pub mod speech;
pub mod templates;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

pub use alerts::{alerts_to_schedule, planned_alerts, Alert, AlertSettings, MAX_SCHEDULED};
pub use schedule::{
    AlertKind, Mark, Marks, Occurrence, OccurrenceStatus, PlannedAlert, QuarterCycle, Recurrence,
};
pub use templates::{ReadyItem, Template};

/// Identifier of a saved reminder (the user database's row id; 0 before it is saved).
pub type ReminderId = i64;

/// Text the person typed. Shown to them and spoken, never logged: its `Debug` output is
/// `‹private›`, so a stray `{:?}` in a log line cannot leak it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PrivateText(String);

impl PrivateText {
    pub fn new(text: impl Into<String>) -> PrivateText {
        PrivateText(text.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl std::fmt::Debug for PrivateText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("‹private›")
    }
}

/// The five kinds of reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderKind {
    /// CAF / MSA quarterly resources declaration (RSA, prime d'activité).
    CafDeclaration,
    /// France Travail monthly "actualisation".
    FranceTravail,
    /// Renewal of a domiciliation (postal address for people without a home).
    Domiciliation,
    /// Renewal of the Complémentaire santé solidaire (health cover).
    HealthCover,
    /// The person's own reminder: a pictogram and a few words.
    Own,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 5] = [
        ReminderKind::CafDeclaration,
        ReminderKind::FranceTravail,
        ReminderKind::Domiciliation,
        ReminderKind::HealthCover,
        ReminderKind::Own,
    ];

    /// Stable id, stored in the database and used in message ids.
    pub fn id(self) -> &'static str {
        match self {
            ReminderKind::CafDeclaration => "caf",
            ReminderKind::FranceTravail => "france-travail",
            ReminderKind::Domiciliation => "domiciliation",
            ReminderKind::HealthCover => "health-cover",
            ReminderKind::Own => "own",
        }
    }

    pub fn from_id(id: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn template(self) -> &'static Template {
        templates::template(self)
    }
}

/// How often the person's own reminder comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Repeat {
    None,
    Weekly,
    Monthly,
    Yearly,
}

/// Longest own text kept: "a few words", short enough for a notification line.
pub const MAX_WORDS_CHARS: usize = 80;

/// Why a reminder cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderError {
    #[error("day {0} is not a day of the month (1 to 31)")]
    Day(u32),
    #[error("month {0} is not a month (1 to 12)")]
    Month(u32),
    #[error("day {day} never exists in month {month}")]
    NoSuchDate { month: u32, day: u32 },
    #[error("unknown pictogram {0}")]
    Pictogram(String),
    #[error("the text is longer than {MAX_WORDS_CHARS} characters")]
    TooLong,
    #[error("this kind of reminder cannot use that repeat")]
    WrongRecurrence,
}

/// One reminder as the person set it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    /// Row id in the user database; 0 until saved.
    pub id: ReminderId,
    pub kind: ReminderKind,
    pub recurrence: Recurrence,
    /// No occurrence is due before this day (usually the day it was set up).
    pub starts: NaiveDate,
    /// When its alerts ring, Europe/Paris wall-clock time.
    pub time_of_day: NaiveTime,
    /// Pictogram file in `assets/pictograms/`: the template's, or the one the person chose.
    pub pictogram: String,
    /// The person's own words (own reminders; may be empty: the pictogram alone).
    pub words: PrivateText,
}

/// Alerts ring at 10:00 unless the person chooses another time: offices are open, and it is
/// late enough not to wake anyone.
pub fn default_time_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(10, 0, 0).unwrap_or(NaiveTime::MIN)
}

impl Reminder {
    fn from_template(kind: ReminderKind, recurrence: Recurrence, starts: NaiveDate) -> Reminder {
        Reminder {
            id: 0,
            kind,
            recurrence,
            starts,
            time_of_day: default_time_of_day(),
            pictogram: kind.template().pictogram.to_string(),
            words: PrivateText::default(),
        }
    }

    /// The CAF quarterly declaration, on `day` of each month of the household's `cycle`.
    pub fn caf_declaration(cycle: QuarterCycle, day: u32, starts: NaiveDate) -> Reminder {
        Reminder::from_template(
            ReminderKind::CafDeclaration,
            Recurrence::Quarterly { cycle, day },
            starts,
        )
    }

    /// The France Travail monthly update (its dates are the same for everyone).
    pub fn france_travail(starts: NaiveDate) -> Reminder {
        Reminder::from_template(
            ReminderKind::FranceTravail,
            Recurrence::ActualisationWindow,
            starts,
        )
    }

    /// Domiciliation renewal, every year on the date the person chose.
    pub fn domiciliation(month: u32, day: u32, starts: NaiveDate) -> Reminder {
        Reminder::from_template(
            ReminderKind::Domiciliation,
            Recurrence::Yearly { month, day },
            starts,
        )
    }

    /// Complémentaire santé solidaire renewal, every year on the date the person chose.
    pub fn health_cover(month: u32, day: u32, starts: NaiveDate) -> Reminder {
        Reminder::from_template(
            ReminderKind::HealthCover,
            Recurrence::Yearly { month, day },
            starts,
        )
    }

    /// The person's own reminder: first on `first` at `time`, then as `repeat` says (weekly on
    /// the same weekday, monthly on the same day — the last day in shorter months —, yearly on
    /// the same date — 28 February for 29 February in other years).
    pub fn own(
        pictogram: &str,
        words: &str,
        first: NaiveDate,
        time: NaiveTime,
        repeat: Repeat,
    ) -> Reminder {
        use chrono::Datelike;
        let recurrence = match repeat {
            Repeat::None => Recurrence::Once { date: first },
            Repeat::Weekly => Recurrence::Weekly {
                weekday: first.weekday(),
            },
            Repeat::Monthly => Recurrence::Monthly { day: first.day() },
            Repeat::Yearly => Recurrence::Yearly {
                month: first.month(),
                day: first.day(),
            },
        };
        Reminder {
            id: 0,
            kind: ReminderKind::Own,
            recurrence,
            starts: first,
            time_of_day: time,
            pictogram: pictogram.to_string(),
            words: PrivateText::new(words.trim()),
        }
    }

    pub fn template(&self) -> &'static Template {
        self.kind.template()
    }

    /// How often it comes back, for display (`repeat-*` message id).
    pub fn repeat_message_id(&self) -> &'static str {
        match self.recurrence {
            Recurrence::Once { .. } => "repeat-once",
            Recurrence::Weekly { .. } => "repeat-weekly",
            Recurrence::Monthly { .. } | Recurrence::ActualisationWindow => "repeat-monthly",
            Recurrence::Quarterly { .. } => "repeat-quarterly",
            Recurrence::Yearly { .. } => "repeat-yearly",
        }
    }

    /// Checks what the person entered; the database refuses a reminder that fails this.
    pub fn validate(&self) -> Result<(), ReminderError> {
        self.recurrence.validate()?;
        let expected_ok = match self.kind {
            ReminderKind::CafDeclaration => {
                matches!(self.recurrence, Recurrence::Quarterly { .. })
            }
            ReminderKind::FranceTravail => {
                matches!(self.recurrence, Recurrence::ActualisationWindow)
            }
            ReminderKind::Domiciliation | ReminderKind::HealthCover => {
                matches!(self.recurrence, Recurrence::Yearly { .. })
            }
            ReminderKind::Own => !matches!(
                self.recurrence,
                Recurrence::Quarterly { .. } | Recurrence::ActualisationWindow
            ),
        };
        if !expected_ok {
            return Err(ReminderError::WrongRecurrence);
        }
        let pictogram_ok = if self.kind == ReminderKind::Own {
            templates::OWN_PICTOGRAMS
                .iter()
                .any(|(file, _)| *file == self.pictogram)
        } else {
            self.pictogram == self.template().pictogram
        };
        if !pictogram_ok {
            return Err(ReminderError::Pictogram(self.pictogram.clone()));
        }
        if self.words.as_str().chars().count() > MAX_WORDS_CHARS {
            return Err(ReminderError::TooLong);
        }
        Ok(())
    }
}
