//! The calendar export, read back by two crates independent of the writer: `icalendar`'s
//! parser (structure, escaping, folding) and `rrule` (expanding each RRULE, compared with the
//! app's own schedule over five years).

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use icalendar::parser::{read_calendar, unfold, Component};
use toutpres::i18n::{Lang, Tr};
use toutpres::reminders::ical::{event_rules, export};
use toutpres::reminders::schedule::{paris_date, paris_instant};
use toutpres::reminders::{QuarterCycle, Reminder, ReminderKind, Repeat};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const AWKWARD: &str = "Avocat; 3e étage, porte B\\C — موعد";

fn reminders() -> Vec<Reminder> {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let mut all = vec![
        Reminder::caf_declaration(QuarterCycle::containing(1).unwrap(), 31, d(2026, 3, 1)),
        Reminder::caf_declaration(QuarterCycle::containing(2).unwrap(), 29, d(2026, 1, 10)),
        Reminder::france_travail(d(2026, 3, 5)),
        Reminder::france_travail(d(2026, 1, 20)),
        Reminder::domiciliation(2, 29, d(2026, 1, 1)),
        Reminder::health_cover(7, 14, d(2026, 1, 1)),
        Reminder::own("medicine.svg", "", d(2026, 3, 8), t(2, 30), Repeat::Weekly),
        Reminder::own(
            "money.svg",
            "Loyer",
            d(2026, 1, 31),
            t(8, 0),
            Repeat::Monthly,
        ),
        Reminder::own(
            "letter.svg",
            AWKWARD,
            d(2026, 4, 2),
            t(14, 15),
            Repeat::None,
        ),
        Reminder::own(
            "school.svg",
            "Inscription école",
            d(2026, 6, 30),
            t(9, 0),
            Repeat::Yearly,
        ),
    ];
    for (i, r) in all.iter_mut().enumerate() {
        r.id = i as i64 + 1;
    }
    all
}

fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a icalendar::parser::Property<'a>> {
    c.properties.iter().find(|p| p.name.as_str() == name)
}

#[test]
fn the_file_is_valid_icalendar_with_escaping_and_folding() {
    let rs = reminders();
    let tr = Tr::new(Lang::Fr);
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let text = export(&rs, &tr, now);
    // RFC 5545 §3.1: CRLF line ends, at most 75 octets per line.
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let unfolded = unfold(&text);
    // The parser unwraps the VCALENDAR root: its properties and components are the calendar's.
    let vcal = read_calendar(&unfolded).expect("parses");
    assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\n"));
    let version = vcal
        .properties
        .iter()
        .find(|p| p.name.as_str() == "VERSION");
    assert_eq!(version.unwrap().val.as_str(), "2.0");
    let tz = vcal
        .components
        .iter()
        .find(|c| c.name.as_str() == "VTIMEZONE")
        .unwrap();
    assert_eq!(prop(tz, "TZID").unwrap().val.as_str(), "Europe/Paris");
    let events: Vec<&Component> = vcal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    let expected: usize = rs.iter().map(|r| event_rules(r).len()).sum();
    assert_eq!(events.len(), expected);
    let uids: std::collections::HashSet<&str> = events
        .iter()
        .map(|e| prop(e, "UID").unwrap().val.as_str())
        .collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for e in &events {
        let start = prop(e, "DTSTART").unwrap();
        assert!(start.params.iter().any(|p| p.key.as_str() == "TZID"
            && p.val.as_ref().map(|v| v.as_str()) == Some("Europe/Paris")));
        assert!(prop(e, "DTSTAMP").unwrap().val.as_str().ends_with('Z'));
        for alarm in e.components.iter().filter(|c| c.name.as_str() == "VALARM") {
            assert_eq!(prop(alarm, "ACTION").unwrap().val.as_str(), "DISPLAY");
            let trigger = prop(alarm, "TRIGGER").unwrap().val.as_str().to_string();
            assert!(
                trigger == "PT0S" || (trigger.starts_with("-P") && trigger.ends_with('D')),
                "{trigger}"
            );
        }
    }
    // The person's awkward words come back exactly, through escaping and folding.
    let summaries: Vec<String> = events
        .iter()
        .map(|e| {
            prop(e, "SUMMARY")
                .unwrap()
                .val
                .clone()
                .unescape_text()
                .as_str()
                .to_string()
        })
        .collect();
    assert!(summaries.iter().any(|s| s == AWKWARD), "{summaries:?}");
    // CAF: alarms 3 days before and at the time; the sourced text and the list to have ready.
    let caf = events
        .iter()
        .find(|e| prop(e, "SUMMARY").unwrap().val.as_str() == "Déclaration CAF")
        .unwrap();
    let triggers: Vec<&str> = caf
        .components
        .iter()
        .map(|a| prop(a, "TRIGGER").unwrap().val.as_str())
        .collect();
    assert_eq!(triggers, vec!["-P3D", "PT0S"]);
    let description = prop(caf, "DESCRIPTION")
        .unwrap()
        .val
        .clone()
        .unescape_text();
    assert!(description.as_str().contains("le versement est suspendu"));
    assert!(description
        .as_str()
        .contains("À préparer : Votre numéro CAF"));
    assert_eq!(
        prop(caf, "RRULE").unwrap().val.as_str(),
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    );
}

/// Expands an event's rule with the `rrule` crate, up to the end of 2030, as instants.
fn expand(start: &str, rule: &str) -> Vec<DateTime<Utc>> {
    let set: rrule::RRuleSet = format!("DTSTART;TZID=Europe/Paris:{start}\nRRULE:{rule}")
        .parse()
        .unwrap_or_else(|e| panic!("{rule}: {e}"));
    let end = rrule::Tz::Europe__Paris
        .with_ymd_and_hms(2030, 12, 31, 23, 59, 59)
        .unwrap();
    set.before(end)
        .all(2000)
        .dates
        .into_iter()
        .map(|t| t.with_timezone(&Utc))
        .collect()
}

#[test]
fn every_rrule_expands_to_the_apps_own_dates() {
    let end = d(2030, 12, 31);
    for r in reminders() {
        let engine: Vec<_> = r
            .occurrences_from(r.starts)
            .take_while(|o| o.due <= end)
            .collect();
        let rules = event_rules(&r);
        // Compared as instants: a wall time skipped by the spring change is read with the offset
        // before the gap by both (RFC 5545 §3.3.5), so 02:30 rings at 03:30 CEST.
        let at = |day: NaiveDate| paris_instant(day.and_time(r.time_of_day));
        let start = |day: NaiveDate| {
            day.and_time(r.time_of_day)
                .format("%Y%m%dT%H%M%S")
                .to_string()
        };
        if r.kind == ReminderKind::FranceTravail {
            let mut openings: Vec<DateTime<Utc>> = Vec::new();
            let mut closings: Vec<DateTime<Utc>> = Vec::new();
            for rule in &rules {
                let dates = expand(&start(rule.first), rule.rrule.as_deref().unwrap());
                if rule.part == "closes" {
                    closings.extend(dates);
                } else {
                    openings.extend(dates);
                }
            }
            openings.sort();
            let want_close: Vec<_> = engine.iter().map(|o| at(o.due)).collect();
            assert_eq!(closings, want_close);
            let first_open = rules.iter().map(|r| r.first).min().unwrap();
            let want_open: Vec<_> = engine
                .iter()
                .filter_map(|o| o.opens)
                .chain(std::iter::once(
                    toutpres::reminders::schedule::actualisation_opening(2030, 12),
                ))
                .filter(|o| *o >= first_open && *o <= end)
                .map(at)
                .collect();
            assert_eq!(
                openings, want_open,
                "France Travail openings from {}",
                r.starts
            );
            assert!(openings
                .iter()
                .all(|o| paris_date(*o).day_is(28) || paris_date(*o).day_is(26)));
            continue;
        }
        assert_eq!(rules.len(), 1, "{:?}", r.kind);
        let rule = &rules[0];
        let want: Vec<_> = engine.iter().map(|o| at(o.due)).collect();
        let got = match &rule.rrule {
            Some(rrule) => expand(&start(rule.first), rrule),
            None => vec![at(rule.first)],
        };
        assert_eq!(got, want, "{:?} {:?}", r.kind, rule.rrule);
    }
}

trait DayIs {
    fn day_is(&self, day: u32) -> bool;
}
impl DayIs for NaiveDate {
    fn day_is(&self, day: u32) -> bool {
        chrono::Datelike::day(self) == day
    }
}
