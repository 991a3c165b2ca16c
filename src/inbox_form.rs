//! What the inbox's review page reads from a browser: the list's query (page, order,
//! filters), a coordinator's edit of a contribution, the session and login cookies, and the
//! origin of a form.
//!
//! Core code without a network, so that the fuzz target `review_form` feeds it any bytes: a
//! form is whatever an attacker posts, and none of this may panic, accept an edit that
//! [`Contribution::check`] refuses, or mistake another site's form for the page's own.

use crate::contribution::{Contribution, Kind, Problem};
use crate::inbox::Filter;
use crate::need::Need;
use std::collections::HashMap;

/// The page sizes offered; another value falls back to [`DEFAULT_PAGE_SIZE`].
pub const PAGE_SIZES: [u64; 4] = [10, 20, 50, 100];
pub const DEFAULT_PAGE_SIZE: u64 = 20;
/// Pages past this are not offered (100,000 groups at 10 per page).
pub const MAX_PAGE: u64 = 10_000;

/// The review list a query asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct PageQuery {
    /// From 1.
    pub page: u64,
    pub per_page: u64,
    pub filter: Filter,
}

impl PageQuery {
    pub fn offset(&self) -> u64 {
        (self.page - 1) * self.per_page
    }

    /// The query string of this list at another page (`?` included), every value escaped.
    pub fn link(&self, page: u64) -> String {
        let enc = |s: &str| {
            percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
        };
        let mut q = format!(
            "?page={page}&par={}&ordre={}",
            self.per_page,
            if self.filter.newest_first {
                "recent"
            } else {
                "ancien"
            }
        );
        if let Some(k) = &self.filter.kind {
            q.push_str(&format!("&type={}", enc(k)));
        }
        if let Some(t) = &self.filter.team {
            q.push_str(&format!(
                "&equipe={}",
                enc(if t.is_empty() { "-" } else { t })
            ));
        }
        if let Some(bits) = self.filter.need {
            if let Some(n) = Need::ALL.iter().find(|n| 1i64 << n.bit() == bits) {
                q.push_str(&format!("&besoin={}", n.id()));
            }
        }
        q
    }
}

/// Reads `page`, `par` (page size), `ordre` (`recent`, the default, or `ancien`), `type`
/// (`new_place`, `report`), `equipe` (a team's name, `-` for anonymous ones) and `besoin` (a
/// need id). Unknown or malformed values are ignored.
pub fn page_query(q: &HashMap<String, String>) -> PageQuery {
    let page = q
        .get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_PAGE);
    let per_page = q
        .get("par")
        .and_then(|p| p.parse::<u64>().ok())
        .filter(|p| PAGE_SIZES.contains(p))
        .unwrap_or(DEFAULT_PAGE_SIZE);
    let kind = q
        .get("type")
        .filter(|k| matches!(k.as_str(), "new_place" | "report"))
        .cloned();
    let team = q
        .get("equipe")
        .map(|t| t.trim())
        .filter(|t| !t.is_empty() && t.chars().count() <= 80)
        .map(|t| {
            if t == "-" {
                String::new()
            } else {
                t.to_string()
            }
        });
    let need = q
        .get("besoin")
        .and_then(|n| Need::from_id(n))
        .map(|n| 1i64 << n.bit());
    PageQuery {
        page,
        per_page,
        filter: Filter {
            kind,
            team,
            need,
            newest_first: q.get("ordre").map(String::as_str) != Some("ancien"),
        },
    }
}

/// The contribution with the coordinator's name, hours and note, checked like any other.
pub fn edit(c: &Contribution, form: &HashMap<String, String>) -> Result<Contribution, String> {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().replace("\r\n", "\n"))
            .filter(|v| !v.is_empty())
    };
    let mut edited = c.clone();
    edited.note = field("note");
    match &mut edited.kind {
        Kind::NewPlace {
            name, hours_osm, ..
        } => {
            *name = field("name").ok_or("le nom est obligatoire")?;
            *hours_osm = field("hours");
        }
        Kind::Report {
            problem: Problem::HoursWrong { hours_osm, .. },
            ..
        } => {
            if let Some(h) = field("hours") {
                *hours_osm = Some(h);
            }
        }
        Kind::Report { .. } => {}
    }
    edited.check().map_err(|e| e.to_string())?;
    Ok(edited)
}

/// Two secrets compared in a time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    !a.is_empty()
        && a.len() == b.len()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The value of cookie `name` in `Cookie` header values.
pub fn cookie<'a>(values: impl IntoIterator<Item = &'a str>, name: &str) -> Option<String> {
    values
        .into_iter()
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

/// Whether a form comes from the page's own origin: an `Origin` header must name the same
/// host (and port) as `Host`; without `Origin`, a browser's `Sec-Fetch-Site` must not say
/// another site. A client that sends neither (not a browser of the last ten years) is left
/// to the form's token.
pub fn same_origin(origin: Option<&str>, sec_fetch_site: Option<&str>, host: Option<&str>) -> bool {
    // "null" is what a browser sends when a referrer policy hides the origin (Chromium with
    // `no-referrer` did for a login posted from the page itself): decided by `Sec-Fetch-Site`,
    // and refused without it.
    if origin.is_some_and(|o| o.trim() == "null") {
        return sec_fetch_site.is_some_and(|site| site.trim() == "same-origin");
    }
    if let Some(origin) = origin {
        let Some(host) = host else {
            return false;
        };
        let Some((_, rest)) = origin.split_once("://") else {
            return false;
        };
        return !rest.contains('/') && rest.eq_ignore_ascii_case(host.trim());
    }
    match sec_fetch_site {
        Some(site) => matches!(site.trim(), "same-origin" | "none"),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_query_reads_its_page_order_and_filters_and_ignores_the_rest() {
        let p = page_query(&q(&[
            ("page", "3"),
            ("par", "50"),
            ("ordre", "ancien"),
            ("type", "report"),
            ("equipe", "-"),
            ("besoin", "charging"),
        ]));
        assert_eq!((p.page, p.per_page, p.offset()), (3, 50, 100));
        assert_eq!(p.filter.kind.as_deref(), Some("report"));
        assert_eq!(p.filter.team.as_deref(), Some(""));
        assert_eq!(p.filter.need, Some(2));
        assert!(!p.filter.newest_first);
        assert_eq!(
            page_query(
                &p.link(4)
                    .trim_start_matches('?')
                    .split('&')
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap();
                        (
                            k.to_string(),
                            percent_encoding::percent_decode_str(v)
                                .decode_utf8()
                                .unwrap()
                                .to_string(),
                        )
                    })
                    .collect()
            ),
            PageQuery { page: 4, ..p }
        );
        let d = page_query(&q(&[
            ("page", "0"),
            ("par", "7"),
            ("type", "x"),
            ("besoin", "y"),
        ]));
        assert_eq!((d.page, d.per_page), (1, DEFAULT_PAGE_SIZE));
        assert_eq!(
            d.filter,
            Filter {
                newest_first: true,
                ..Filter::default()
            }
        );
    }

    #[test]
    fn another_origin_is_refused() {
        assert!(same_origin(
            Some("https://relecture.example"),
            None,
            Some("relecture.example")
        ));
        assert!(same_origin(
            Some("http://127.0.0.1:8320"),
            None,
            Some("127.0.0.1:8320")
        ));
        assert!(!same_origin(
            Some("https://evil.example"),
            None,
            Some("relecture.example")
        ));
        assert!(!same_origin(Some("null"), None, Some("relecture.example")));
        assert!(!same_origin(
            Some("null"),
            Some("cross-site"),
            Some("relecture.example")
        ));
    }

    #[test]
    fn chromium_logged_in_with_origin_null_under_a_no_referrer_policy_and_was_refused() {
        // The login form posted from its own page: `Origin: null`, `Sec-Fetch-Site: same-origin`.
        assert!(same_origin(
            Some("null"),
            Some("same-origin"),
            Some("127.0.0.1:8320")
        ));
        assert!(!same_origin(
            None,
            Some("cross-site"),
            Some("relecture.example")
        ));
        assert!(same_origin(
            None,
            Some("same-origin"),
            Some("relecture.example")
        ));
        assert!(same_origin(None, None, None));
        assert!(!same_secret("", ""));
        assert!(same_secret("ab", "ab") && !same_secret("ab", "ac") && !same_secret("ab", "abc"));
        assert_eq!(
            cookie(["a=1; tp_review=xyz", "b=2"], "tp_review").as_deref(),
            Some("xyz")
        );
    }
}
