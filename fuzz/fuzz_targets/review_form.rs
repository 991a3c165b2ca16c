//! Any bytes as what a browser sends the inbox's review page (`toutpres::inbox_form`): the
//! bytes are a contribution's JSON and a form, split at the first blank line (or a sample
//! contribution and the whole input as the form), read as `application/x-www-form-urlencoded`
//! like axum's `Form` and `Query` do. The list's query always gives a page from 1, an offered
//! page size and a link that reads back the same; an edit is either refused with a reason or
//! a contribution that passes every check of a post, keeps its id and kind, and reads back the
//! same from its canonical JSON; the origin check accepts only the page's own host; nothing
//! panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;
use toutpres::contribution::{Contribution, Kind};
use toutpres::inbox_form::{self, PAGE_SIZES, MAX_PAGE};

const SAMPLE: &str = r#"{"id":"fuzz000000000001","kind":{"type":"new_place","name":"Accueil","lat":45.18,"lon":5.72,"needs":["charging"],"hours_osm":"Mo-Fr 09:00-12:00"},"note":"prises","created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}"#;

fn pairs(bytes: &[u8]) -> HashMap<String, String> {
    form_urlencoded::parse(bytes).into_owned().collect()
}

fuzz_target!(|data: &[u8]| {
    let (json, form_bytes) = match data.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&data[..at], &data[at + 2..]),
        None => (SAMPLE.as_bytes(), data),
    };
    let form = pairs(form_bytes);

    let q = inbox_form::page_query(&form);
    assert!((1..=MAX_PAGE).contains(&q.page));
    assert!(PAGE_SIZES.contains(&q.per_page));
    let _ = q.offset();
    let link = q.link(q.page);
    let again = inbox_form::page_query(&pairs(link.trim_start_matches('?').as_bytes()));
    assert_eq!(again, q, "{link}");

    if let Ok(c) = Contribution::from_json(json) {
        match inbox_form::edit(&c, &form) {
            Ok(e) => {
                assert!(e.check().is_ok());
                assert_eq!(e.id, c.id);
                assert_eq!(
                    matches!(e.kind, Kind::NewPlace { .. }),
                    matches!(c.kind, Kind::NewPlace { .. })
                );
                let read = Contribution::from_json(e.canonical_json().as_bytes());
                assert_eq!(read.as_ref(), Ok(&e));
            }
            Err(message) => assert!(!message.is_empty()),
        }
    }

    let get = |k: &str| form.get(k).map(String::as_str);
    if inbox_form::same_origin(get("origin"), get("site"), get("host")) {
        if let Some(origin) = get("origin") {
            let host = get("host").unwrap_or_default();
            let (_, rest) = origin.split_once("://").unwrap_or_default();
            assert!(rest.eq_ignore_ascii_case(host.trim()));
        }
    }
    if let Some(v) = inbox_form::cookie(get("cookie"), "tp_review") {
        assert!(!v.contains(';'));
    }
    if let (Some(a), Some(b)) = (get("a"), get("b")) {
        assert_eq!(inbox_form::same_secret(a, b), !a.is_empty() && a == b);
    }
});
