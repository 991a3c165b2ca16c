//! Property tests of the reminders' schedule engine: whatever the rule, the start and the time
//! of day, occurrences and alerts keep the invariants the person relies on.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use proptest::prelude::*;
use toutpres::reminders::schedule::{
    clamped_date, days_in_month, paris_date, paris_instant, paris_local,
};
use toutpres::reminders::{
    planned_alerts, AlertKind, Mark, Marks, QuarterCycle, Recurrence, Reminder, Repeat,
};

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    // 2020-01-01 to about 2045: many leap years, DST changes, a century-free span.
    (0i64..9500).prop_map(|n| NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days(n))
}

fn time_strategy() -> impl Strategy<Value = NaiveTime> {
    // Every minute of the day, with extra weight on the DST hours 01:00–03:59.
    prop_oneof![(0u32..24, 0u32..60), (1u32..4, 0u32..60),]
        .prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn reminder_strategy() -> impl Strategy<Value = Reminder> {
    prop_oneof![
        (1u32..=3, 1u32..=31, date_strategy()).prop_map(|(c, day, s)| {
            Reminder::caf_declaration(QuarterCycle::containing(c).unwrap(), day, s)
        }),
        date_strategy().prop_map(Reminder::france_travail),
        (1u32..=12, 1u32..=31, date_strategy(), any::<bool>()).prop_map(|(m, day, s, dom)| {
            let day = day.min(days_in_month(2000, m));
            if dom {
                Reminder::domiciliation(m, day, s)
            } else {
                Reminder::health_cover(m, day, s)
            }
        }),
        (date_strategy(), time_strategy(), 0usize..4).prop_map(|(first, time, repeat)| {
            let repeat = [
                Repeat::None,
                Repeat::Weekly,
                Repeat::Monthly,
                Repeat::Yearly,
            ][repeat];
            Reminder::own("bell.svg", "", first, time, repeat)
        }),
    ]
    .prop_flat_map(|r| (Just(r), time_strategy()))
    .prop_map(|(mut r, time)| {
        r.time_of_day = time;
        r.id = 1;
        r
    })
}

/// The day a rule asks for in a month (before clamping), when it has one.
fn asked_day(rule: &Recurrence) -> Option<u32> {
    match *rule {
        Recurrence::Monthly { day } | Recurrence::Quarterly { day, .. } => Some(day),
        Recurrence::Yearly { day, .. } => Some(day),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn occurrences_strictly_increase_and_fall_in_the_right_month(
        r in reminder_strategy(), from in date_strategy()
    ) {
        prop_assert!(r.validate().is_ok(), "{r:?}");
        let occs: Vec<_> = r.occurrences_from(from).take(30).collect();
        for w in occs.windows(2) {
            prop_assert!(w[0].due < w[1].due);
        }
        for o in &occs {
            prop_assert!(o.due >= r.starts && o.last_day >= from && o.last_day >= o.due);
            match r.recurrence {
                Recurrence::Quarterly { cycle, .. } => prop_assert!(cycle.contains(o.due.month())),
                Recurrence::Yearly { month, .. } => prop_assert_eq!(o.due.month(), month),
                Recurrence::Weekly { weekday } => prop_assert_eq!(o.due.weekday(), weekday),
                Recurrence::ActualisationWindow => prop_assert_eq!(o.due.day(), 15),
                _ => {}
            }
            if let Some(day) = asked_day(&r.recurrence) {
                // The asked day, or the month's last day when the month is shorter.
                prop_assert_eq!(o.due, clamped_date(o.due.year(), o.due.month(), day));
                prop_assert_eq!(o.due.day(), day.min(days_in_month(o.due.year(), o.due.month())));
            }
        }
        // Monthly and quarterly rules skip no month of their cycle.
        if let Recurrence::Quarterly { .. } = r.recurrence {
            for w in occs.windows(2) {
                let months = (w[1].due.year() - w[0].due.year()) * 12
                    + w[1].due.month() as i32 - w[0].due.month() as i32;
                prop_assert_eq!(months, 3);
            }
        }
    }

    #[test]
    fn france_travail_windows_open_on_the_28th_or_26th_and_close_on_the_15th_at_midnight(
        from in date_strategy()
    ) {
        let r = Reminder::france_travail(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
        for o in r.occurrences_from(from).take(14) {
            let opens = o.opens.unwrap();
            let expected_day = if opens.month() == 2 { 26 } else { 28 };
            prop_assert_eq!(opens.day(), expected_day);
            // The window concerns the month before the closing month.
            let before = o.due - Duration::days(15);
            prop_assert_eq!((opens.year(), opens.month()), (before.year(), before.month()));
            prop_assert_eq!(paris_local(o.opens_at().unwrap()), opens.and_hms_opt(0, 0, 0).unwrap());
            prop_assert_eq!(paris_local(o.closes_at()), o.due.and_hms_opt(23, 59, 59).unwrap());
            prop_assert_eq!(o.due.day(), 15);
            prop_assert_eq!(o.last_day, o.due);
        }
    }

    #[test]
    fn alerts_are_inside_the_window_in_order_and_on_their_planned_day(
        r in reminder_strategy(), from in date_strategy()
    ) {
        for o in r.occurrences_from(from).take(8) {
            let alerts = r.planned_for(&o);
            let plan = r.plan();
            let expected = usize::from(plan.on_opening && o.opens.is_some())
                + plan.days_before.len()
                + usize::from(plan.on_the_day)
                + plan.again_after.len();
            // Never a missing or doubled alert, DST or not.
            prop_assert_eq!(alerts.len(), expected, "{:?}", alerts);
            for w in alerts.windows(2) {
                prop_assert!(w[0].at < w[1].at);
            }
            for a in &alerts {
                prop_assert!(a.at <= o.closes_at(), "alert {} after the deadline {}", a.at, o.closes_at());
                if let Some(opens) = o.opens_at() {
                    prop_assert!(a.at >= opens);
                }
                // It rings on the day it was planned for, at the asked time or, when that time
                // does not exist (spring change), one hour later.
                let local = paris_local(a.at);
                prop_assert_eq!(local.date(), a.local.date());
                let shift = local.time() - a.local.time();
                prop_assert!(shift == Duration::zero() || shift == Duration::hours(1), "{shift}");
                let day = match a.kind {
                    AlertKind::Opens => o.opens.unwrap(),
                    AlertKind::DaysBefore(n) => o.due - Duration::days(n.into()),
                    AlertKind::DueToday => o.due,
                    AlertKind::NotDone(n) => o.due + Duration::days(n.into()),
                    AlertKind::Snoozed => unreachable!(),
                };
                prop_assert_eq!(a.local.date(), day);
            }
        }
    }

    #[test]
    fn paris_instants_never_skip_or_double_a_day(day in date_strategy(), time in time_strategy()) {
        let local = day.and_time(time);
        let at = paris_instant(local);
        prop_assert_eq!(paris_date(at), day);
        let back = paris_local(at);
        let shift = back - local;
        prop_assert!(shift == Duration::zero() || shift == Duration::hours(1));
        // Next day's same wall time is 23, 24 or 25 hours later: never 0 or 48.
        let next = paris_instant(local + Duration::days(1));
        let gap = next - at;
        prop_assert!(gap >= Duration::hours(22) && gap <= Duration::hours(26), "{gap}");
    }

    #[test]
    fn marks_only_ever_remove_or_postpone_alerts(
        r in reminder_strategy(), from in date_strategy(), snooze_hours in 1i64..96, done in any::<bool>()
    ) {
        let Some(o) = r.occurrences_from(from).next() else { return Ok(()); };
        let planned = r.planned_for(&o);
        let Some(first) = planned.first() else { return Ok(()); };
        let now = first.at;
        let mut marks = Marks::new();
        let mark = if done {
            Some(Mark::Done { at: now })
        } else {
            r.snooze(&o, now, Duration::hours(snooze_hours))
        };
        if let Some(mark) = mark {
            marks.set(r.id, o.due, mark);
        }
        let until = o.closes_at() + Duration::days(1);
        let with_mark: Vec<_> = planned_alerts(std::slice::from_ref(&r), &marks, now, until)
            .into_iter()
            .filter(|a| a.occurrence.due == o.due)
            .collect();
        if done {
            prop_assert!(with_mark.is_empty());
        }
        for a in &with_mark {
            prop_assert!(a.at >= now && a.at <= o.closes_at());
        }
        let ids: std::collections::HashSet<String> = with_mark.iter().map(|a| a.identifier()).collect();
        prop_assert_eq!(ids.len(), with_mark.len());
    }

    #[test]
    fn planned_alerts_over_any_window_are_sorted_and_unique(
        rs in proptest::collection::vec(reminder_strategy(), 1..6),
        from in date_strategy(),
        days in 1i64..120,
    ) {
        let rs: Vec<Reminder> = rs.into_iter().enumerate().map(|(i, mut r)| { r.id = i as i64 + 1; r }).collect();
        let now: DateTime<Utc> = paris_instant(from.and_hms_opt(7, 0, 0).unwrap());
        let until = now + Duration::days(days);
        let alerts = planned_alerts(&rs, &Marks::new(), now, until);
        for w in alerts.windows(2) {
            prop_assert!(w[0].at <= w[1].at);
        }
        let ids: std::collections::HashSet<String> = alerts.iter().map(|a| a.identifier()).collect();
        prop_assert_eq!(ids.len(), alerts.len());
        for a in &alerts {
            prop_assert!(a.at >= now && a.at < until);
        }
        // Splitting the window in two gives the same alerts: rescheduling every day loses none.
        let mid = now + Duration::days(days / 2);
        let mut halves = planned_alerts(&rs, &Marks::new(), now, mid);
        halves.extend(planned_alerts(&rs, &Marks::new(), mid, until));
        prop_assert_eq!(halves.len(), alerts.len());
    }
}
