//! Any opening-hours text, evaluated at any time: parse, status and the weekly view must answer
//! or refuse, never panic. Built with `cfg(fuzzing)`, where `hours` does not catch panics: the
//! web app cannot catch them either (a panic stops it), so each one found here is an input the
//! app must refuse before evaluating it.
#![no_main]

use chrono::{Datelike, Duration, NaiveDate};
use libfuzzer_sys::fuzz_target;
use toutpres::hours::Schedule;

fuzz_target!(|data: &[u8]| {
    // The first four bytes choose the moment (minutes from 2020 on, about 8 years), the rest is
    // the expression.
    if data.len() < 4 {
        return;
    }
    let minutes = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) % (8 * 366 * 24 * 60);
    let Some(start) = NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0))
    else {
        return;
    };
    let at = start + Duration::minutes(i64::from(minutes));
    let Ok(text) = std::str::from_utf8(&data[4..]) else {
        return;
    };
    if let Ok(schedule) = Schedule::parse(text) {
        let _ = schedule.status_at(at);
        let monday =
            at.date() - Duration::days(i64::from(at.date().weekday().num_days_from_monday()));
        let _ = schedule.week(monday);
        let _ = schedule.osm();
    }
});
