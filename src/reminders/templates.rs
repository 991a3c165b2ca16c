//! The five kinds of reminder: their pictogram, their words, what to have ready, when they
//! ring, and the sources of every fact their words state.
//!
//! Only sourced facts are stated (sources in `shared/data/demarches-calendrier/SOURCES.md`):
//!
//! - CAF quarterly declaration: "every three months" and "without it the payment is suspended" —
//!   service-public.fr F19780 and the prime d'activité page (« Chaque trimestre, vous devez
//!   déclarer vos ressources »), Département de Vaucluse (« En cas d'absence de DTR … son
//!   versement est donc suspendu »). The household's months are its own: the person sets them.
//! - France Travail update: the window (28th, 26th in February, to the 15th of the next month at
//!   midnight) — arrêté du 22 décembre 2015, art. 1; "taken off the list, the allowance stops"
//!   and the phone number 39 49 — service-public.fr F1637.
//! - Domiciliation and health cover (Complémentaire santé solidaire): no rule is stated; the
//!   date is the one the person chose.
//!
//! The "have ready" lists are practical advice (papers to bring to a helper), not rules.

use super::schedule::AlertPlan;
use super::ReminderKind;

/// Something to have ready, drawn as a pictogram with a short label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadyItem {
    /// Pictogram file in `assets/pictograms/`.
    pub pictogram: &'static str,
    /// Message id of its label (`ready-*`).
    pub message_id: &'static str,
}

/// Everything fixed about a kind of reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub kind: ReminderKind,
    /// Pictogram file in `assets/pictograms/`.
    pub pictogram: &'static str,
    /// Message id of its short name (`reminder-kind-*`).
    pub name_id: &'static str,
    /// Message id of what it is, in sourced words (`reminder-what-*`); `None` for own reminders.
    pub what_id: Option<&'static str>,
    pub ready: &'static [ReadyItem],
    pub plan: AlertPlan,
    /// Where the facts in `what_id` come from.
    pub sources: &'static [&'static str],
}

const LOGIN: &str = "login.svg";
const PAYSLIP: &str = "payslip.svg";

/// Yearly renewals: a month ahead (time to gather papers and get an appointment), a week ahead,
/// on the day, and three days after if not done.
const YEARLY_RENEWAL: AlertPlan = AlertPlan {
    on_opening: false,
    days_before: &[30, 7],
    on_the_day: true,
    again_after: &[3],
};

static TEMPLATES: [Template; 5] = [
    Template {
        kind: ReminderKind::CafDeclaration,
        pictogram: "income-declaration.svg",
        name_id: "reminder-kind-caf",
        what_id: Some("reminder-what-caf"),
        ready: &[
            ReadyItem {
                pictogram: LOGIN,
                message_id: "ready-caf-login",
            },
            ReadyItem {
                pictogram: PAYSLIP,
                message_id: "ready-income",
            },
        ],
        plan: AlertPlan {
            on_opening: false,
            days_before: &[3],
            on_the_day: true,
            again_after: &[2, 5],
        },
        sources: &[
            "service-public.fr F19780 (RSA), « Chaque trimestre, vous devez déclarer vos ressources »",
            "service-public.fr F33375 (prime d'activité), attribuée trimestriellement",
            "Département de Vaucluse, RSA — vos obligations: « En cas d'absence de DTR … son versement est donc suspendu »",
        ],
    },
    Template {
        kind: ReminderKind::FranceTravail,
        pictogram: "job-seeker-update.svg",
        name_id: "reminder-kind-france-travail",
        what_id: Some("reminder-what-france-travail"),
        ready: &[
            ReadyItem {
                pictogram: LOGIN,
                message_id: "ready-france-travail-login",
            },
            ReadyItem {
                pictogram: PAYSLIP,
                message_id: "ready-work-month",
            },
            ReadyItem {
                pictogram: "call.svg",
                message_id: "ready-phone-3949",
            },
        ],
        plan: AlertPlan {
            on_opening: true,
            days_before: &[3],
            on_the_day: true,
            again_after: &[],
        },
        sources: &[
            "Arrêté du 22 décembre 2015 (JORF n°0300 du 27 décembre 2015), art. 1",
            "service-public.fr F1637, Actualisation mensuelle",
        ],
    },
    Template {
        kind: ReminderKind::Domiciliation,
        pictogram: "postal-address.svg",
        name_id: "reminder-kind-domiciliation",
        what_id: Some("reminder-what-domiciliation"),
        ready: &[
            ReadyItem {
                pictogram: "id-card.svg",
                message_id: "ready-id",
            },
            ReadyItem {
                pictogram: "letter.svg",
                message_id: "ready-domiciliation-letter",
            },
        ],
        plan: YEARLY_RENEWAL,
        sources: &[],
    },
    Template {
        kind: ReminderKind::HealthCover,
        pictogram: "health-cover.svg",
        name_id: "reminder-kind-health-cover",
        what_id: Some("reminder-what-health-cover"),
        ready: &[
            ReadyItem {
                pictogram: "id-card.svg",
                message_id: "ready-id",
            },
            ReadyItem {
                pictogram: "health-card.svg",
                message_id: "ready-health-card",
            },
            ReadyItem {
                pictogram: PAYSLIP,
                message_id: "ready-income-papers",
            },
        ],
        plan: YEARLY_RENEWAL,
        sources: &[],
    },
    Template {
        kind: ReminderKind::Own,
        pictogram: "bell.svg",
        name_id: "reminder-kind-own",
        what_id: None,
        ready: &[],
        plan: AlertPlan {
            on_opening: false,
            days_before: &[],
            on_the_day: true,
            again_after: &[],
        },
        sources: &[],
    },
];

pub fn template(kind: ReminderKind) -> &'static Template {
    TEMPLATES
        .iter()
        .find(|t| t.kind == kind)
        .unwrap_or(&TEMPLATES[4])
}

pub fn all() -> &'static [Template] {
    &TEMPLATES
}

/// Pictograms the person can pick for their own reminder, with the message id of the word
/// spoken for each (the reminder may have no words at all: the pictogram says it).
pub const OWN_PICTOGRAMS: [(&str, &str); 12] = [
    ("bell.svg", "picto-bell"),
    ("doctor.svg", "picto-doctor"),
    ("medicine.svg", "picto-medicine"),
    ("appointment.svg", "picto-appointment"),
    ("letter.svg", "picto-letter"),
    ("call.svg", "picto-call"),
    ("money.svg", "picto-money"),
    ("school.svg", "picto-school"),
    ("id-card.svg", "picto-id-card"),
    ("home.svg", "picto-home"),
    ("food.svg", "picto-food"),
    ("bus.svg", "picto-bus"),
];

/// The spoken word of an own-reminder pictogram.
pub fn own_pictogram_message_id(pictogram: &str) -> Option<&'static str> {
    OWN_PICTOGRAMS
        .iter()
        .find(|(file, _)| *file == pictogram)
        .map(|(_, id)| *id)
}

/// Pictograms the reminders use that the pictogram set must provide (checked against
/// `assets/pictograms/` by a test, and the designers' list).
pub fn pictograms_used() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for t in all() {
        out.push(t.pictogram);
        out.extend(t.ready.iter().map(|r| r.pictogram));
    }
    out.extend(OWN_PICTOGRAMS.iter().map(|(f, _)| *f));
    out.extend([
        "calendar.svg",
        "open.svg",
        "bell.svg",
        "snooze.svg",
        "done.svg",
        "missed.svg",
        "lock.svg",
    ]);
    out.sort_unstable();
    out.dedup();
    out
}

/// Every message id the templates refer to.
pub fn message_ids() -> Vec<&'static str> {
    let mut out = Vec::new();
    for t in all() {
        out.push(t.name_id);
        out.extend(t.what_id);
        out.extend(t.ready.iter().map(|r| r.message_id));
    }
    out.extend(OWN_PICTOGRAMS.iter().map(|(_, id)| *id));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_pictogram_the_reminders_use_is_drawn() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/pictograms");
        let used = super::pictograms_used();
        assert!(used.len() > 10, "{used:?}");
        let missing: Vec<_> = used
            .iter()
            .filter(|p| !std::path::Path::new(dir).join(p).is_file())
            .collect();
        assert!(missing.is_empty(), "not drawn: {missing:?}");
    }
}
