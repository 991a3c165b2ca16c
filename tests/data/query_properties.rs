//! Property tests of the query entry points on the bundled Isère snapshot: whatever numbers
//! arrive (NaN, ±infinity, zero, huge, negative, any point), `NearbyQuery::new` refuses exactly
//! the questions it cannot answer, `query::nearby` and `query::search` never panic, and no
//! answer holds more places than asked or than the cap.
//!
//! Limits are `usize`, so a negative limit cannot reach the core; the command line's parsing
//! refuses it (`cli.rs`).

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::path::Path;
use toutpres::need::{Need, NeedSet};
use toutpres::query::{
    self, Constraints, InvalidQuery, NearbyQuery, QueryError, MAX_LIMIT, MAX_RADIUS_M,
    MAX_SEARCH_CHARS,
};
use toutpres::snapshot::Snapshot;

thread_local! {
    static SNAP: Snapshot = Snapshot::open(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/toutpres-isere.sqlite"),
    )
    .unwrap();
}

/// Any latitude or longitude a caller could pass: the special values, the edges, the
/// Isère area (where answers are not empty), slightly off the Earth, and any bits at all.
fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![
        1 => prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(0.0),
            Just(-0.0),
            Just(90.0),
            Just(-90.0),
            Just(180.0),
            Just(-180.0),
            Just(f64::MAX),
            Just(f64::MIN),
            Just(f64::MIN_POSITIVE),
        ],
        3 => 44.6..46.0f64,
        3 => 4.7..6.4f64,
        2 => -200.0..200.0f64,
        1 => any::<f64>(),
    ]
}

fn radius() -> impl Strategy<Value = f64> {
    prop_oneof![
        1 => prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(0.0),
            Just(-0.0),
            Just(-5.0),
            Just(f64::MIN_POSITIVE),
            Just(MAX_RADIUS_M),
            Just(MAX_RADIUS_M + 1.0),
            Just(f64::MAX),
        ],
        3 => 1.0..50_000.0f64,
        1 => -2e6..2e6f64,
        1 => any::<f64>(),
    ]
}

fn limit() -> impl Strategy<Value = usize> {
    prop_oneof![
        1 => prop_oneof![
            Just(0usize),
            Just(1),
            Just(MAX_LIMIT),
            Just(MAX_LIMIT + 1),
            Just(100_000_000_000),
            Just(usize::MAX),
        ],
        3 => 1..=30usize,
        1 => 0..=2 * MAX_LIMIT,
        1 => any::<usize>(),
    ]
}

fn at() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..800, 0u32..24 * 60).prop_map(|(day, minute)| {
        NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(minute / 60, minute % 60, 0)
            .unwrap()
            + chrono::Duration::days(day)
    })
}

fn constraints() -> impl Strategy<Value = Constraints> {
    any::<[bool; 6]>().prop_map(|b| Constraints {
        open_now: b[0],
        free: b[1],
        no_appointment: b[2],
        open_to_all: b[3],
        wheelchair: b[4],
        confirmed_only: b[5],
    })
}

fn on_earth(lat: f64, lon: f64) -> bool {
    lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0
}

/// The refusal the rules in the query module's doc call for, checked in the order the
/// constructor checks (point, radius, limit); written apart from the code under test.
fn expected_refusal(lat: f64, lon: f64, radius: f64, limit: usize) -> Option<&'static str> {
    if !(lat.is_finite() && lat.abs() <= 90.0) {
        Some("latitude")
    } else if !(lon.is_finite() && lon.abs() <= 180.0) {
        Some("longitude")
    } else if radius.is_nan() || radius <= 0.0 || radius > MAX_RADIUS_M {
        Some("radius")
    } else if limit == 0 || limit > MAX_LIMIT {
        Some("limit")
    } else {
        None
    }
}

fn kind(e: &InvalidQuery) -> &'static str {
    match e {
        InvalidQuery::Latitude(_) => "latitude",
        InvalidQuery::Longitude(_) => "longitude",
        InvalidQuery::Radius(_) => "radius",
        InvalidQuery::Limit(_) => "limit",
        InvalidQuery::TextTooLong(_) => "text",
    }
}

proptest! {
    #![proptest_config(Config { cases: 600, ..Config::default() })]

    #[test]
    fn nearby_refuses_what_it_cannot_answer_and_never_exceeds_the_cap(
        (lat, lon) in prop_oneof![
            // Most cases in Isère, where the answers are not empty.
            3 => (44.6..46.0f64, 4.7..6.4f64),
            1 => (coordinate(), coordinate()),
        ],
        needs in any::<u8>(),
        at in at(),
        radius in radius(),
        limit in limit(),
        constraints in constraints(),
    ) {
        let made = NearbyQuery::new(lat, lon, NeedSet(needs), at, radius, limit);
        match (made, expected_refusal(lat, lon, radius, limit)) {
            (Err(e), Some(want)) => {
                prop_assert_eq!(kind(&e), want);
                // The refusal says what would be allowed.
                let words = e.to_string();
                prop_assert!(words.contains(" must be ") || words.contains("ask for 1 to"), "{}", words);
            }
            (Err(e), None) => prop_assert!(false, "refused a valid question: {e}"),
            (Ok(_), Some(want)) => prop_assert!(false, "accepted an invalid {want}"),
            (Ok(q), None) => {
                let q = q.with_constraints(constraints);
                let res = SNAP.with(|snap| query::nearby(snap, &q));
                let res = match res {
                    Ok(res) => res,
                    Err(e) => return Err(TestCaseError::fail(format!("snapshot error: {e}"))),
                };
                prop_assert!(res.hits.len() <= limit && res.hits.len() <= MAX_LIMIT);
                for w in res.hits.windows(2) {
                    prop_assert!(w[0].distance_m <= w[1].distance_m + 1e-6);
                }
                for h in &res.hits {
                    prop_assert!(h.distance_m.is_finite());
                    prop_assert!(h.distance_m <= radius + 1e-3, "{} beyond {}", h.distance_m, radius);
                    prop_assert!(!h.met.union(h.to_check).is_empty(), "a hit meets an asked need");
                    if constraints.confirmed_only {
                        prop_assert!(!h.met.is_empty());
                    }
                }
                if let Some(b) = &res.nearest_beyond {
                    prop_assert!(res.hits.is_empty());
                    prop_assert!(b.distance_m >= radius - 1e-3);
                }
            }
        }
    }

    #[test]
    fn search_refuses_what_it_cannot_answer_and_never_exceeds_the_cap(
        text in prop_oneof![
            1 => Just(String::new()),
            1 => Just("   ".to_string()),
            3 => "[a-zA-Zéèàç0-9' -]{0,30}",
            1 => ".{0,40}",
            1 => ".{190,230}",
            1 => "(biblio |mairie |grenoble ){60,80}",
        ],
        near in proptest::option::of((coordinate(), coordinate())),
        limit in limit(),
    ) {
        let got = SNAP.with(|snap| query::search(snap, &text, near, limit));
        let chars = text.trim().chars().count();
        let want = if limit == 0 || limit > MAX_LIMIT {
            Some("limit")
        } else if let Some((lat, _)) = near.filter(|&(lat, lon)| !on_earth(lat, lon)) {
            Some(if lat.is_finite() && lat.abs() <= 90.0 { "longitude" } else { "latitude" })
        } else if chars > MAX_SEARCH_CHARS {
            Some("text")
        } else {
            None
        };
        match (got, want) {
            (Err(QueryError::Invalid(e)), Some(want)) => prop_assert_eq!(kind(&e), want),
            (Err(e), _) => prop_assert!(false, "unexpected error: {e}"),
            (Ok(_), Some(want)) => prop_assert!(false, "accepted an invalid {want}"),
            (Ok(hits), None) => {
                prop_assert!(hits.len() <= limit && hits.len() <= MAX_LIMIT);
                if near.is_some() {
                    for w in hits.windows(2) {
                        prop_assert!(w[0].distance_m <= w[1].distance_m);
                    }
                } else {
                    prop_assert!(hits.iter().all(|h| h.distance_m.is_none()));
                }
            }
        }
    }

    /// The raw path the benchmark measures takes its numbers unchecked: even there, k = 0
    /// or a huge k must not panic or reserve memory for places that do not exist.
    #[test]
    fn the_raw_nearest_search_survives_any_k(
        lat in 44.6..46.0f64,
        lon in 4.7..6.4f64,
        k in limit(),
        radius in radius(),
    ) {
        let ids = SNAP.with(|snap| query::nearest_ids(snap, lat, lon, Need::Wifi, k, radius));
        let ids = match ids {
            Ok(ids) => ids,
            Err(e) => return Err(TestCaseError::fail(format!("snapshot error: {e}"))),
        };
        prop_assert!(ids.len() <= k);
        let place_count = SNAP.with(|snap| snap.meta().place_count) as usize;
        prop_assert!(ids.len() <= place_count);
    }
}

#[test]
fn the_caps_are_reachable_on_the_bundled_snapshot() {
    // The largest question allowed is answered in full: every wifi place of the snapshot.
    let q = NearbyQuery::new(
        45.1913,
        5.7146,
        NeedSet::of(&[Need::Wifi]),
        NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
        MAX_RADIUS_M,
        MAX_LIMIT,
    )
    .unwrap();
    let res = SNAP.with(|snap| query::nearby(snap, &q)).unwrap();
    assert!(res.hits.len() > 100, "{}", res.hits.len());
    assert!(res.hits.len() <= MAX_LIMIT);
    // The longest text allowed is searched, one character more is refused.
    let longest = "a".repeat(MAX_SEARCH_CHARS);
    assert!(SNAP
        .with(|snap| query::search(snap, &longest, None, 10))
        .is_ok());
    let err = SNAP
        .with(|snap| query::search(snap, &format!("{longest}a"), None, 10))
        .unwrap_err();
    assert!(matches!(
        err,
        QueryError::Invalid(InvalidQuery::TextTooLong(201))
    ));
}
