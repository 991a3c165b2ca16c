//! The reminders' schedule engine over years of calendar, with an injected clock: the
//! administrations' rules, month ends, daylight-saving changes, done / snoozed / missed.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Timelike, Utc};
use toutpres::i18n::Lang;
use toutpres::reminders::notify::{reschedule, RecordingNotifier};
use toutpres::reminders::schedule::{paris_date, paris_instant, paris_local, status};
use toutpres::reminders::{
    alerts_to_schedule, planned_alerts, AlertKind, AlertSettings, Mark, Marks, OccurrenceStatus,
    QuarterCycle, Reminder, ReminderError, Repeat,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn paris(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    paris_instant(d(y, m, day).and_hms_opt(h, min, 0).unwrap())
}

/// The first `n` due days from `from`.
fn first_dues(r: &Reminder, from: NaiveDate, n: usize) -> Vec<NaiveDate> {
    r.occurrences_from(from).take(n).map(|o| o.due).collect()
}

fn with_id(mut r: Reminder, id: i64) -> Reminder {
    r.id = id;
    r
}

#[test]
fn caf_cycle_from_the_last_declaration_with_day_31() {
    // Last declaration in February: the household declares in Feb, May, Aug, Nov.
    let cycle = QuarterCycle::containing(2).unwrap();
    let r = Reminder::caf_declaration(cycle, 31, d(2026, 3, 1));
    r.validate().unwrap();
    let dues = first_dues(&r, d(2026, 3, 1), 6);
    assert_eq!(
        dues,
        vec![
            d(2026, 5, 31),
            d(2026, 8, 31),
            d(2026, 11, 30),
            d(2027, 2, 28),
            d(2027, 5, 31),
            d(2027, 8, 31),
        ]
    );
    // Chosen as "the three months" instead: same cycle.
    assert_eq!(QuarterCycle::from_months(&[5, 8, 11]), Some(cycle));
}

#[test]
fn france_travail_windows_match_the_published_2026_calendar() {
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/demarches-calendrier/france-travail-actualisation-2026.csv"
    ));
    let Ok(csv) = csv else {
        eprintln!("shared data folder not beside the repository: calendar check skipped");
        return;
    };
    let r = Reminder::france_travail(d(2025, 12, 1));
    let occurrences: Vec<_> = r.occurrences_from(d(2026, 1, 1)).take(13).collect();
    let mut rows = 0;
    for (line, occ) in csv.lines().skip(1).zip(&occurrences) {
        let cols: Vec<&str> = line.split(',').collect();
        let opens: NaiveDate = cols[1].parse().unwrap();
        let closes: NaiveDate = cols[3].parse().unwrap();
        assert_eq!(occ.opens, Some(opens), "{line}");
        assert_eq!(occ.due, closes, "{line}");
        assert_eq!(
            paris_local(occ.closes_at()),
            closes.and_hms_opt(23, 59, 59).unwrap()
        );
        rows += 1;
    }
    assert_eq!(rows, 13);
}

#[test]
fn yearly_renewals_and_own_reminders_keep_their_day() {
    // 29 February: 28 February in other years.
    let r = Reminder::domiciliation(2, 29, d(2026, 1, 1));
    r.validate().unwrap();
    let dues = first_dues(&r, d(2026, 1, 1), 3);
    assert_eq!(dues, vec![d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29)]);
    assert_eq!(
        Reminder::health_cover(4, 31, d(2026, 1, 1)).validate(),
        Err(ReminderError::NoSuchDate { month: 4, day: 31 })
    );
    // Monthly from 31 January: the last day of shorter months, back to the 31st after.
    let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
    let monthly = Reminder::own(
        "doctor.svg",
        "Prise de sang",
        d(2026, 1, 31),
        ten,
        Repeat::Monthly,
    );
    monthly.validate().unwrap();
    let dues = first_dues(&monthly, d(2026, 1, 1), 4);
    assert_eq!(
        dues,
        vec![
            d(2026, 1, 31),
            d(2026, 2, 28),
            d(2026, 3, 31),
            d(2026, 4, 30)
        ]
    );
    let weekly = Reminder::own("food.svg", "", d(2026, 3, 4), ten, Repeat::Weekly);
    let dues = first_dues(&weekly, d(2026, 3, 10), 2);
    assert_eq!(dues, vec![d(2026, 3, 11), d(2026, 3, 18)]);
    let once = Reminder::own("letter.svg", "", d(2026, 3, 4), ten, Repeat::None);
    assert_eq!(once.occurrences_from(d(2026, 3, 5)).count(), 0);
    // Pictograms come from the list; texts are short.
    let bad = Reminder::own("rocket.svg", "", d(2026, 3, 4), ten, Repeat::None);
    assert!(matches!(bad.validate(), Err(ReminderError::Pictogram(_))));
    let long = Reminder::own(
        "bell.svg",
        &"x".repeat(81),
        d(2026, 3, 4),
        ten,
        Repeat::None,
    );
    assert_eq!(long.validate(), Err(ReminderError::TooLong));
}

#[test]
fn france_travail_alerts_and_states_through_one_month() {
    let r = with_id(Reminder::france_travail(d(2026, 1, 1)), 7);
    let occ = r.occurrences_from(d(2026, 2, 1)).next().unwrap();
    assert_eq!(occ.due, d(2026, 2, 15));
    let occ = r.occurrences_from(d(2026, 2, 16)).next().unwrap();
    assert_eq!((occ.opens, occ.due), (Some(d(2026, 2, 26)), d(2026, 3, 15)));
    let alerts = r.planned_for(&occ);
    let kinds: Vec<_> = alerts
        .iter()
        .map(|a| (a.kind, a.local.to_string()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (AlertKind::Opens, "2026-02-26 10:00:00".to_string()),
            (AlertKind::DaysBefore(3), "2026-03-12 10:00:00".to_string()),
            (AlertKind::DueToday, "2026-03-15 10:00:00".to_string()),
        ]
    );
    let s = |t: DateTime<Utc>, mark: Option<&Mark>| status(&occ, mark, t);
    assert_eq!(
        s(paris(2026, 2, 25, 12, 0), None),
        OccurrenceStatus::Upcoming
    );
    assert_eq!(s(paris(2026, 2, 26, 0, 0), None), OccurrenceStatus::Open);
    assert_eq!(
        s(paris(2026, 3, 15, 23, 59), None),
        OccurrenceStatus::DueToday
    );
    assert_eq!(s(paris(2026, 3, 16, 0, 0), None), OccurrenceStatus::Missed);
    let done = Mark::Done {
        at: paris(2026, 3, 1, 9, 0),
    };
    assert!(matches!(
        s(paris(2026, 3, 20, 0, 0), Some(&done)),
        OccurrenceStatus::Done { .. }
    ));
    // Done: nothing more rings; snoozed: nothing before the snooze, one at it.
    let (from, until) = (paris(2026, 2, 1, 0, 0), paris(2026, 4, 1, 0, 0));
    assert!(r.pending_for(&occ, Some(&done), from, until).is_empty());
    let snooze = r
        .snooze(&occ, paris(2026, 3, 12, 10, 0), Duration::days(1))
        .unwrap();
    let pending = r.pending_for(&occ, Some(&snooze), paris(2026, 3, 12, 10, 1), until);
    let kinds: Vec<_> = pending
        .iter()
        .map(|a| (a.kind, a.local.to_string()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (AlertKind::Snoozed, "2026-03-13 10:00:00".to_string()),
            (AlertKind::DueToday, "2026-03-15 10:00:00".to_string()),
        ]
    );
    // A snooze never passes the close: two hours before midnight on the 15th at the latest.
    let late = r
        .snooze(&occ, paris(2026, 3, 15, 10, 0), Duration::days(2))
        .unwrap();
    assert_eq!(
        late,
        Mark::Snoozed {
            until: paris(2026, 3, 15, 21, 59) + Duration::seconds(59)
        }
    );
    assert_eq!(
        r.snooze(&occ, paris(2026, 3, 15, 23, 0), Duration::hours(1)),
        None
    );
}

#[test]
fn caf_reminds_before_on_the_day_and_again_until_marked_done() {
    let cycle = QuarterCycle::containing(3).unwrap();
    let r = with_id(Reminder::caf_declaration(cycle, 10, d(2026, 1, 1)), 3);
    let occ = r.occurrences_from(d(2026, 3, 1)).next().unwrap();
    assert_eq!((occ.due, occ.last_day), (d(2026, 3, 10), d(2026, 3, 15)));
    let days: Vec<_> = r
        .planned_for(&occ)
        .iter()
        .map(|a| (a.kind, a.local.date()))
        .collect();
    assert_eq!(
        days,
        vec![
            (AlertKind::DaysBefore(3), d(2026, 3, 7)),
            (AlertKind::DueToday, d(2026, 3, 10)),
            (AlertKind::NotDone(2), d(2026, 3, 12)),
            (AlertKind::NotDone(5), d(2026, 3, 15)),
        ]
    );
    let mut marks = Marks::new();
    let now = paris(2026, 3, 11, 8, 0);
    let (current, state) = r.current(&marks, now).unwrap();
    assert_eq!(
        (current.due, state),
        (d(2026, 3, 10), OccurrenceStatus::NotDone)
    );
    marks.set(r.id, current.due, Mark::Done { at: now });
    // Once done, the next quarter is shown, and nothing rings for March any more.
    let (next, state) = r.current(&marks, now).unwrap();
    assert_eq!(
        (next.due, state),
        (d(2026, 6, 10), OccurrenceStatus::Upcoming)
    );
    let ringing = planned_alerts(
        std::slice::from_ref(&r),
        &marks,
        now,
        now + Duration::days(30),
    );
    assert!(ringing.is_empty(), "{ringing:?}");
    // Not marked at all: missed after the last reminder day.
    let unmarked = Marks::new();
    assert_eq!(
        status(&occ, None, paris(2026, 3, 16, 0, 0)),
        OccurrenceStatus::Missed
    );
    assert_eq!(
        r.current(&unmarked, paris(2026, 3, 16, 0, 0))
            .unwrap()
            .0
            .due,
        d(2026, 6, 10)
    );
}

#[test]
fn daylight_saving_days_ring_once_at_the_right_wall_time() {
    // Sundays at 02:30: on 29 March 2026 that time does not exist, on 25 October it happens twice.
    let half_past_two = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
    let r = with_id(
        Reminder::own(
            "medicine.svg",
            "",
            d(2026, 3, 22),
            half_past_two,
            Repeat::Weekly,
        ),
        1,
    );
    let alerts = planned_alerts(
        std::slice::from_ref(&r),
        &Marks::new(),
        paris(2026, 3, 21, 0, 0),
        paris(2026, 11, 2, 0, 0),
    );
    let days: Vec<NaiveDate> = alerts.iter().map(|a| paris_date(a.at)).collect();
    let expected: Vec<NaiveDate> = (0..)
        .map(|w| d(2026, 3, 22) + Duration::weeks(w))
        .take_while(|x| *x <= d(2026, 11, 1))
        .collect();
    assert_eq!(
        days, expected,
        "one alert every Sunday, none lost or doubled"
    );
    let spring = alerts
        .iter()
        .find(|a| a.local.date() == d(2026, 3, 29))
        .unwrap();
    assert_eq!(
        paris_local(spring.at).time(),
        NaiveTime::from_hms_opt(3, 30, 0).unwrap()
    );
    let autumn = alerts
        .iter()
        .find(|a| a.local.date() == d(2026, 10, 25))
        .unwrap();
    assert_eq!(autumn.at.to_rfc3339(), "2026-10-25T00:30:00+00:00");
}

/// A phone that fires what was scheduled, driven by a simulated clock.
struct Phone {
    fired: Vec<(String, DateTime<Utc>)>,
}

#[test]
fn four_years_of_a_simulated_phone() {
    // The app opens every morning at 08:00 and reschedules the next 14 days; the phone fires
    // alerts at their time in between. The person marks the France Travail update done when
    // its window opens in even months, and the CAF declaration on its day in the first year.
    let ft = with_id(Reminder::france_travail(d(2026, 1, 1)), 1);
    let caf = with_id(
        Reminder::caf_declaration(QuarterCycle::containing(1).unwrap(), 31, d(2026, 1, 1)),
        2,
    );
    let reminders = vec![ft.clone(), caf.clone()];
    let settings = AlertSettings {
        lang: Lang::Fr,
        discreet: false,
    };
    let notifier = RecordingNotifier::new();
    let mut marks = Marks::new();
    let mut phone = Phone { fired: Vec::new() };
    let mut clock = paris(2026, 1, 1, 8, 0);
    let end = paris(2030, 1, 1, 8, 0);
    while clock < end {
        reschedule(
            &notifier,
            &alerts_to_schedule(&reminders, &marks, clock, 14, settings),
        )
        .unwrap();
        let tomorrow = clock + Duration::days(1);
        for alert in notifier.scheduled() {
            if alert.at >= clock && alert.at < tomorrow {
                phone.fired.push((alert.id.clone(), alert.at));
                let local = paris_local(alert.at);
                let even_month = local.month() % 2 == 0;
                if alert.reminder == 1 && alert.kind == AlertKind::Opens && even_month {
                    marks.set(1, alert.due, Mark::Done { at: alert.at });
                }
                if alert.reminder == 2 && alert.kind == AlertKind::DueToday && local.year() == 2026
                {
                    marks.set(2, alert.due, Mark::Done { at: alert.at });
                }
            }
        }
        // Rescheduling happens only once a day: alerts fired later that day came from the
        // morning's list, as on a phone.
        clock = tomorrow;
    }
    let ids: std::collections::HashSet<_> = phone.fired.iter().map(|(id, _)| id.clone()).collect();
    assert_eq!(ids.len(), phone.fired.len(), "no alert fired twice");
    for (id, at) in &phone.fired {
        assert_eq!(paris_local(*at).time().hour(), 10, "{id} at {at}");
    }
    // France Travail: 48 windows from February 2026 (the first window's opening alert of
    // 28 December 2025 is before the simulation).
    for occ in ft
        .occurrences_from(d(2026, 2, 1))
        .take_while(|o| o.due < d(2030, 1, 1))
    {
        let opens_month = occ.opens.unwrap().month();
        let fired: Vec<&str> = phone
            .fired
            .iter()
            .filter(|(id, _)| id.starts_with(&format!("toutpres:1:{}:", occ.due)))
            .map(|(id, _)| id.rsplit(':').next().unwrap())
            .collect();
        let want: Vec<&str> = if opens_month % 2 == 0 {
            vec!["opens"]
        } else {
            vec!["opens", "before-3", "due"]
        };
        assert_eq!(fired, want, "window closing {}", occ.due);
    }
    // CAF: done on the day in 2026 (no follow-up), never marked from 2027 (two follow-ups).
    let caf_fired = |due: NaiveDate| -> Vec<String> {
        phone
            .fired
            .iter()
            .filter(|(id, _)| id.starts_with(&format!("toutpres:2:{due}:")))
            .map(|(id, _)| id.rsplit(':').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(caf_fired(d(2026, 4, 30)), vec!["before-3", "due"]);
    assert_eq!(
        caf_fired(d(2027, 4, 30)),
        vec!["before-3", "due", "late-2", "late-5"]
    );
    assert_eq!(caf_fired(d(2029, 1, 31)).len(), 4);
    assert_eq!(notifier.cancels(), 4 * 365 + 1);
}

#[test]
fn at_most_sixty_alerts_are_handed_to_the_phone_soonest_first() {
    let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
    let reminders: Vec<Reminder> = (1..=20)
        .map(|i| {
            with_id(
                Reminder::own("bell.svg", "", d(2026, 1, 1), ten, Repeat::Weekly),
                i,
            )
        })
        .collect();
    let now = paris(2026, 1, 1, 0, 0);
    let settings = AlertSettings {
        lang: Lang::En,
        discreet: true,
    };
    let alerts = alerts_to_schedule(&reminders, &Marks::new(), now, 60, settings);
    assert_eq!(alerts.len(), toutpres::reminders::MAX_SCHEDULED);
    assert!(alerts.windows(2).all(|w| w[0].at <= w[1].at));
    // Discreet: nothing on the lock screen says what it is about.
    assert!(alerts
        .iter()
        .all(|a| a.title == "Tout près" && a.body == "You have a reminder."));
}
