//! The French public holidays (Code du travail, art. L3133-1), computed: New Year's Day,
//! Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November,
//! Christmas.
//!
//! # Why computed here
//! The `opening-hours` crate carries the holidays of every country in one embedded database
//! (29 KB), decoded whole the first time any country's are asked: bytes in the web app's
//! module, which must stay near 1.2 MB on a first visit, and work on the path to the first
//! results. France's rule is short: eight fixed days and three that follow Easter (computed
//! with the anonymous Gregorian algorithm). A test compares every year with the crate's own
//! calendar, so the two cannot drift apart silently.

use chrono::{Days, NaiveDate};
use compact_calendar::CompactCalendar;
use std::sync::{Arc, LazyLock};

/// The years covered: a date outside them is never a holiday (the crate's calendar also ends).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Easter Sunday of a Gregorian year (Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holidays of one year, in date order.
pub fn of_year(year: i32) -> Vec<NaiveDate> {
    let fixed = [
        (1, 1),
        (5, 1),
        (5, 8),
        (7, 14),
        (8, 15),
        (11, 1),
        (11, 11),
        (12, 25),
    ];
    let mut days: Vec<NaiveDate> = fixed
        .iter()
        .filter_map(|&(m, d)| NaiveDate::from_ymd_opt(year, m, d))
        .collect();
    if let Some(sunday) = easter(year) {
        // Easter Monday, Ascension Thursday, Whit Monday.
        days.extend(
            [1, 39, 50]
                .iter()
                .filter_map(|&n| sunday.checked_add_days(Days::new(n))),
        );
    }
    days.sort();
    days.dedup();
    days
}

/// The calendar the opening-hours evaluation uses, built once.
pub fn calendar() -> Arc<CompactCalendar> {
    static FRANCE: LazyLock<Arc<CompactCalendar>> = LazyLock::new(|| {
        let mut cal = CompactCalendar::default();
        for year in YEARS {
            for day in of_year(year) {
                cal.insert(day);
            }
        }
        Arc::new(cal)
    });
    FRANCE.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_falls_on_the_known_sundays() {
        for (y, m, day) in [
            (2000, 4, 23),
            (2008, 3, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), Some(d(y, m, day)), "{y}");
        }
    }

    #[test]
    fn eleven_holidays_a_year_with_the_movable_ones_after_easter() {
        let h = of_year(2026);
        assert_eq!(h.len(), 11);
        assert!(h.contains(&d(2026, 4, 6)), "Easter Monday");
        assert!(h.contains(&d(2026, 5, 14)), "Ascension");
        assert!(h.contains(&d(2026, 5, 25)), "Whit Monday");
        assert!(h.contains(&d(2026, 7, 14)));
        assert!(
            !h.contains(&d(2026, 4, 3)),
            "Good Friday is Alsace-Moselle's only"
        );
        // 2008: Ascension fell on 1 May, one day for two reasons.
        assert_eq!(of_year(2008).len(), 10);
    }

    #[test]
    fn the_calendar_is_the_opening_hours_crates_own_for_france() {
        use opening_hours::localization::Country;
        let theirs = Country::FR.holidays();
        let theirs = theirs.get_public();
        let ours = calendar();
        let mut compared = 0;
        for year in YEARS {
            let mut day = d(year, 1, 1);
            let mut any_theirs = false;
            let mut differ = Vec::new();
            while day.year() == year {
                any_theirs |= theirs.contains(day);
                if theirs.contains(day) != ours.contains(day) {
                    differ.push(day);
                }
                day = day.succ_opt().unwrap();
            }
            // Compare the years the crate covers.
            if any_theirs {
                assert!(differ.is_empty(), "{year}: {differ:?}");
                compared += 1;
            }
        }
        assert!(compared >= 20, "{compared} years compared");
    }
}
