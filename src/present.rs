//! What the screens say, in words: open status, distances, directions, and the read-aloud
//! scripts. Pure functions of the data, the language and the time, so every sentence the app
//! speaks is tested as text in every language.

use crate::hours::{OpenStatus, Schedule};
use crate::i18n::{strip_isolation, Arg, Lang, Tr};
use crate::need::{Need, NeedSet};
use crate::place::{Access, Fees, Place, WifiAccess};
use crate::procedure::Procedure;
use crate::query::{Nearby, NearbyHit, SearchHit};
use crate::snapshot::Meta;
use crate::sync::{Outcome, RejectReason};
use crate::userdata::{LastSync, UserFileState};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// How the status is drawn: icon, word and colour together, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Open,
    Closed,
    Unknown,
    /// A public holiday on which the place's hours say nothing: may be closed.
    Holiday,
}

impl StatusKind {
    pub fn of(s: &OpenStatus) -> StatusKind {
        match s {
            OpenStatus::Open { .. } => StatusKind::Open,
            OpenStatus::Closed { .. } => StatusKind::Closed,
            OpenStatus::Unknown => StatusKind::Unknown,
            OpenStatus::HolidayMaybeClosed => StatusKind::Holiday,
        }
    }
    /// Pictogram file (in `assets/pictograms/`).
    pub fn pictogram(self) -> &'static str {
        match self {
            StatusKind::Open => "open.svg",
            StatusKind::Closed => "closed.svg",
            StatusKind::Unknown => "unknown.svg",
            StatusKind::Holiday => "holiday.svg",
        }
    }
    pub fn css(self) -> &'static str {
        match self {
            StatusKind::Open => "open",
            StatusKind::Closed => "closed",
            StatusKind::Unknown => "unknown",
            StatusKind::Holiday => "holiday",
        }
    }
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// "Open until 17:00", "Opens tomorrow 09:00", "Opens Monday 09:00", "Hours unknown",
/// "Public holiday: may be closed, call first".
pub fn status_text(tr: &Tr, status: &OpenStatus, now: NaiveDateTime) -> String {
    let today = now.date();
    match status {
        OpenStatus::Open { until: Some(t) } if t.date() == today => {
            tr.ta("status-open-until", &[("time", Arg::from(&hhmm(t.time())))])
        }
        OpenStatus::Open { .. } => tr.t("status-open"),
        OpenStatus::Closed { opens: Some(t) } => {
            let time = hhmm(t.time());
            if t.date() == today {
                tr.ta("status-opens-today", &[("time", Arg::from(&time))])
            } else if Some(t.date()) == today.succ_opt() {
                tr.ta("status-opens-tomorrow", &[("time", Arg::from(&time))])
            } else {
                let day = tr.day_name(t.date());
                tr.ta(
                    "status-opens-day",
                    &[("day", Arg::from(&day)), ("time", Arg::from(&time))],
                )
            }
        }
        OpenStatus::Closed { opens: None } => tr.t("status-closed"),
        OpenStatus::Unknown => tr.t("status-unknown"),
        OpenStatus::HolidayMaybeClosed => tr.t("status-holiday"),
    }
}

fn uses_decimal_comma(lang: Lang) -> bool {
    !matches!(lang, Lang::En | Lang::Ar | Lang::Fa | Lang::Ps | Lang::Ti)
}

/// Kilometres with one decimal, in the language's decimal mark.
pub fn km(lang: Lang, metres: f64) -> String {
    let s = format!("{:.1}", metres / 1000.0);
    if uses_decimal_comma(lang) {
        s.replace('.', ",")
    } else {
        s
    }
}

/// "350 m" under a kilometre (rounded to 10 m), "2,4 km" beyond.
pub fn distance_text(lang: Lang, metres: f64) -> String {
    if metres < 1000.0 {
        format!("{} m", ((metres / 10.0).round() * 10.0).max(10.0) as u32)
    } else {
        format!("{} km", km(lang, metres))
    }
}

/// Initial bearing from one point to another, degrees clockwise from north.
pub fn bearing(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (p1, p2) = (from.0.to_radians(), to.0.to_radians());
    let dl = (to.1 - from.1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    (y.atan2(x).to_degrees() + 360.0) % 360.0
}

/// One of eight compass words ("north-east").
pub fn direction_text(tr: &Tr, bearing_deg: f64) -> String {
    const IDS: [&str; 8] = ["n", "ne", "e", "se", "s", "sw", "w", "nw"];
    let i = (((bearing_deg % 360.0) + 22.5) / 45.0).floor() as usize % 8;
    tr.t(&format!("direction-{}", IDS[i]))
}

pub fn need_label(tr: &Tr, need: Need) -> String {
    tr.t(&format!("need-{}", need.id()))
}

pub fn walk_text(tr: &Tr, minutes: u32) -> String {
    tr.ta("results-walk", &[("minutes", minutes.into())])
}

/// The week's opening intervals for the visual week, today marked.
#[derive(Debug, Clone, PartialEq)]
pub struct DayHours {
    pub label: String,
    pub is_today: bool,
    /// Minutes since midnight, start and end.
    pub intervals: Vec<(u32, u32)>,
    /// The same in words ("09:00–12:00, 14:00–17:00"), empty when closed.
    pub text: String,
}

pub fn week(tr: &Tr, schedule: &Schedule, today: NaiveDate) -> Vec<DayHours> {
    let monday = today - chrono::Duration::days(today.weekday().num_days_from_monday() as i64);
    let days = schedule.week(monday);
    days.iter()
        .enumerate()
        .map(|(i, ivs)| {
            let mins = |t: NaiveTime| {
                use chrono::Timelike;
                let m = t.hour() * 60 + t.minute();
                if t.second() >= 59 && m == 23 * 60 + 59 {
                    24 * 60
                } else {
                    m
                }
            };
            let intervals: Vec<(u32, u32)> =
                ivs.iter().map(|(a, b)| (mins(*a), mins(*b))).collect();
            let text = intervals
                .iter()
                .map(|(a, b)| format!("{:02}:{:02}–{:02}:{:02}", a / 60, a % 60, b / 60, b % 60))
                .collect::<Vec<_>>()
                .join(", ");
            DayHours {
                label: tr.day_short(i as u32 + 1),
                is_today: monday + chrono::Duration::days(i as i64) == today,
                intervals,
                text,
            }
        })
        .collect()
}

/// Conditions of a place in words; unknown ones are left out (the sheet says "unknown").
pub fn conditions(tr: &Tr, p: &Place) -> Vec<String> {
    let mut out = Vec::new();
    for (flag, id) in [
        (Fees::FREE, "place-free"),
        (Fees::FREE_UNDER_CONDITIONS, "place-free-conditions"),
        (Fees::PAID, "place-paid"),
        (Fees::MEMBERSHIP, "place-membership"),
    ] {
        if p.fees.contains(flag) {
            out.push(tr.t(id));
        }
    }
    for (flag, id) in [
        (Access::WALK_IN, "place-walk-in"),
        (Access::APPOINTMENT, "place-appointment"),
    ] {
        if p.access.contains(flag) {
            out.push(tr.t(id));
        }
    }
    match p.open_to_all() {
        Some(true) => out.push(tr.t("place-publics-all")),
        Some(false) => out.push(tr.ta(
            "place-publics-some",
            &[("publics", Arg::from(&p.publics.join(", ")))],
        )),
        None => {}
    }
    match p.wheelchair {
        Some(true) => out.push(tr.t("place-wheelchair-yes")),
        Some(false) => out.push(tr.t("place-wheelchair-no")),
        None => {}
    }
    if !p.languages.is_empty() {
        out.push(tr.ta(
            "place-languages",
            &[("languages", Arg::from(&p.languages.join(", ")))],
        ));
    }
    out
}

pub fn wifi_access_text(tr: &Tr, w: WifiAccess) -> String {
    tr.t(match w {
        WifiAccess::Open => "place-wifi-open",
        WifiAccess::CodeAtDesk => "place-wifi-code",
        WifiAccess::Registration => "place-wifi-registration",
        WifiAccess::Paid => "place-wifi-paid",
        WifiAccess::Customers => "place-wifi-customers",
    })
}

// ---------------------------------------------------------------------------------------------
// Read-aloud scripts. Plain sentences, no symbols; bidi marks removed for the speech engine.

fn spoken(s: String) -> String {
    strip_isolation(&s).replace('–', " - ")
}

/// The home screen: the notice about the person's own data first, when there is one (it is
/// the first thing on the screen), then the choice of needs.
pub fn script_home(tr: &Tr, notice: Option<&UserFileState>) -> String {
    let choices = Need::ALL
        .iter()
        .map(|n| need_label(tr, *n))
        .collect::<Vec<_>>()
        .join(", ");
    let home = tr.ta("say-home", &[("choices", Arg::from(&choices))]);
    match notice.and_then(|n| user_file_words(tr, n)) {
        Some(words) => spoken(format!("{words} {home}")),
        None => spoken(home),
    }
}

/// The screen that gives the app to someone: what to do with the code, the three steps, where
/// the phone's own menus put "add to the home screen", and that it then works offline.
pub fn script_give(tr: &Tr) -> String {
    spoken(format!(
        "{}. {} 1. {} 2. {} 3. {} {} {} {}",
        tr.t("give-title"),
        tr.t("give-lead"),
        tr.t("give-step-scan"),
        tr.t("give-step-open"),
        tr.t("give-step-add"),
        tr.t("give-iphone"),
        tr.t("give-android"),
        tr.t("give-offline"),
    ))
}

/// Where the app cannot ring while it is closed (the browser): that, and what to do instead.
/// Said after the reminders screen's own script.
pub fn reminders_cannot_ring(tr: &Tr) -> String {
    spoken(format!(
        "{} {}",
        tr.t("reminders-cannot-ring"),
        tr.t("reminders-use-calendar")
    ))
}

/// What the person is told when their own database could not be used as it was; `None` when
/// all is well.
pub fn user_file_words(tr: &Tr, state: &UserFileState) -> Option<String> {
    let id = match state {
        UserFileState::Fine => return None,
        UserFileState::Damaged { .. } => "user-data-damaged",
        UserFileState::Newer { .. } => "user-data-newer",
        UserFileState::CannotSave { .. } => "user-data-cannot-save",
    };
    Some(tr.t(id))
}

/// The pictogram beside those words (a file of `assets/pictograms/`): the saved places kept
/// aside in a box, or the phone's storage.
pub fn user_file_pictogram(state: &UserFileState) -> &'static str {
    match state {
        UserFileState::CannotSave { .. } => "storage.svg",
        _ => "kept-aside.svg",
    }
}

pub fn script_where(tr: &Tr) -> String {
    spoken(tr.t("say-where"))
}

pub fn script_need_position(tr: &Tr) -> String {
    spoken(tr.t("say-need-position"))
}

pub fn script_results(tr: &Tr, needs: NeedSet, res: &Nearby, now: NaiveDateTime) -> String {
    let need = needs
        .iter()
        .map(|n| need_label(tr, n))
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = tr.ta(
        "say-results",
        &[("need", Arg::from(&need)), ("count", res.hits.len().into())],
    );
    if let Some(first) = res.hits.first() {
        s.push(' ');
        s.push_str(&script_nearest(tr, first, now));
    } else if let Some(far) = &res.nearest_beyond {
        // "say-nearest-far" already says that nothing is near.
        let k = km(tr.lang, far.distance_m);
        let far = tr.ta(
            "say-nearest-far",
            &[("name", Arg::from(&far.place.name)), ("km", Arg::from(&k))],
        );
        s = format!("{need}. {far}");
    }
    spoken(s)
}

fn script_nearest(tr: &Tr, hit: &NearbyHit, now: NaiveDateTime) -> String {
    let status = status_text(tr, &hit.status, now);
    tr.ta(
        "say-nearest",
        &[
            ("name", Arg::from(&hit.place.name)),
            ("minutes", hit.walk_minutes.into()),
            ("status", Arg::from(&status)),
        ],
    )
}

/// "Help with: CAF, France Travail", or `None` when no procedure is known.
pub fn helps_with_text(tr: &Tr, procedures: &[Procedure]) -> Option<String> {
    if procedures.is_empty() {
        return None;
    }
    let names = procedures
        .iter()
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ");
    Some(tr.ta("place-helps-with", &[("procedures", Arg::from(&names))]))
}

/// "Formerly: Bibliothèque Saint-Bruno", or `None` when the place has kept its name.
pub fn formerly_text(tr: &Tr, former_names: &[String]) -> Option<String> {
    if former_names.is_empty() {
        return None;
    }
    let names = former_names.join(", ");
    Some(tr.ta("place-formerly", &[("names", Arg::from(&names))]))
}

/// The search screen read aloud: what was asked, how many places, the nearest (with its open
/// status `first_status`) and what it helps with; or that nothing was found and that the
/// pictures say what one needs.
pub fn script_search(
    tr: &Tr,
    text: &str,
    hits: &[SearchHit],
    first_status: &OpenStatus,
    now: NaiveDateTime,
) -> String {
    let text = text.trim();
    let Some(first) = hits.first() else {
        return spoken(tr.ta("say-search-none", &[("text", Arg::from(text))]));
    };
    let mut s = tr.ta(
        "say-search",
        &[("text", Arg::from(text)), ("count", hits.len().into())],
    );
    if let Some(d) = first.distance_m {
        let status = status_text(tr, first_status, now);
        s.push(' ');
        s.push_str(&tr.ta(
            "say-nearest",
            &[
                ("name", Arg::from(&first.place.name)),
                ("minutes", crate::query::walking_minutes(d).into()),
                ("status", Arg::from(&status)),
            ],
        ));
    }
    if let Some(helps) = first
        .helps
        .as_ref()
        .and_then(|h| helps_with_text(tr, &h.procedures))
    {
        s.push(' ');
        s.push_str(&helps);
        s.push('.');
    }
    spoken(s)
}

pub fn script_place(
    tr: &Tr,
    p: &Place,
    procedures: &[Procedure],
    status: &OpenStatus,
    now: NaiveDateTime,
) -> String {
    let status = status_text(tr, status, now);
    let address = [p.address.as_deref(), p.commune.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = tr.ta(
        "say-place",
        &[
            ("name", Arg::from(&p.name)),
            ("status", Arg::from(&status)),
            ("address", Arg::from(&address)),
        ],
    );
    // Said right after the name: a person may know the place only by its old name.
    if let Some(formerly) = formerly_text(tr, &p.former_names) {
        s.push(' ');
        s.push_str(&formerly);
        s.push('.');
    }
    let offers = p
        .needs
        .iter()
        .map(|n| need_label(tr, n))
        .collect::<Vec<_>>()
        .join(", ");
    if !offers.is_empty() {
        s.push(' ');
        s.push_str(&tr.ta("say-place-offers", &[("offers", Arg::from(&offers))]));
    }
    if let Some(helps) = helps_with_text(tr, procedures) {
        s.push(' ');
        s.push_str(&helps);
        s.push('.');
    }
    spoken(s)
}

/// The way from the person to one place, as the map screen words it under the picture and
/// in its script: "Médiathèque Kateb Yacine: 6 min walk, heading north-east".
pub fn map_way_text(tr: &Tr, name: &str, way: &Way) -> String {
    let mut s = tr.ta(
        "map-way",
        &[
            ("name", Arg::from(name)),
            ("walk", Arg::from(&walk_text(tr, way.minutes))),
            ("direction", Arg::from(&direction_text(tr, way.bearing_deg))),
        ],
    );
    if way.across_river {
        s.push_str(", ");
        s.push_str(&tr.t("map-across-river"));
    }
    s
}

/// The way from the person to a place, as the map screen says it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Way {
    pub minutes: u32,
    pub bearing_deg: f64,
    /// The straight way crosses a river: the place is on the other bank.
    pub across_river: bool,
}

/// The map screen in words, for the person who cannot read it: where they are, how many places
/// the picture shows, and the way to the place chosen (else the nearest); first of all, when
/// the street map does not cover the position, that the picture has no streets.
pub fn script_map(tr: &Tr, covered: bool, shown: usize, way: Option<(&str, Way)>) -> String {
    let mut s = String::new();
    if !covered {
        s.push_str(&tr.t("map-no-streets"));
        s.push(' ');
    }
    s.push_str(&tr.ta("say-map", &[("count", shown.into())]));
    if let Some((name, way)) = way {
        s.push(' ');
        s.push_str(&tr.ta(
            "say-map-way",
            &[
                ("name", Arg::from(name)),
                ("minutes", way.minutes.into()),
                ("direction", Arg::from(&direction_text(tr, way.bearing_deg))),
            ],
        ));
        if way.across_river {
            s.push(' ');
            s.push_str(&tr.t("say-map-across-river"));
        }
    }
    spoken(s)
}

pub fn script_favourites(tr: &Tr, count: usize) -> String {
    spoken(tr.ta("say-favourites", &[("count", count.into())]))
}

pub fn script_settings(tr: &Tr) -> String {
    spoken(tr.t("say-settings"))
}

/// "12/03/2026": the date format of every language's screens here (no month names to translate).
pub fn short_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// "Data from 12/03/2026 · version 20260312 · 633 places".
pub fn data_line(tr: &Tr, meta: &Meta) -> String {
    tr.ta(
        "data-line",
        &[
            ("date", Arg::from(&short_date(meta.build_date))),
            ("version", Arg::from(&meta.data_version.to_string())),
            ("places", Arg::from(meta.place_count as usize)),
        ],
    )
}

/// A download size the way people see it on their phone's data counter: "55 KB", "1.2 MB"
/// (rounded up, so the app never announces less than it will use).
pub fn size_text(tr: &Tr, bytes: u64) -> String {
    if bytes >= 1_000_000 {
        let tenths = bytes.div_ceil(100_000);
        let mark = if uses_decimal_comma(tr.lang) {
            ','
        } else {
            '.'
        };
        let number = format!("{}{mark}{}", tenths / 10, tenths % 10);
        tr.ta("size-mb", &[("size", Arg::from(&number))])
    } else {
        let kb = bytes.div_ceil(1000).to_string();
        tr.ta("size-kb", &[("size", Arg::from(&kb))])
    }
}

/// What a sync did, in plain words in the person's language (the pictogram is
/// [`Outcome::pictogram`]).
pub fn sync_words(tr: &Tr, outcome: &Outcome) -> String {
    match outcome {
        Outcome::NeedsConsent { bytes, .. } => tr.ta(
            "sync-needs-consent",
            &[("size", Arg::from(&size_text(tr, *bytes)))],
        ),
        other => tr.t(other.id()),
    }
}

/// The words and, when known, the date of the data in use: what the command line prints
/// ("No newer data for now. The map still works. Map data from 01/01/2026").
pub fn sync_report(tr: &Tr, outcome: &Outcome) -> String {
    let words = sync_words(tr, outcome);
    let report = match outcome.data_from() {
        Some(d) => format!(
            "{words} {}",
            tr.ta("data-from", &[("date", Arg::from(&short_date(d)))])
        ),
        None => words,
    };
    strip_isolation(&report)
}

/// The record of a sync's result the person's database keeps (`userdata` knows nothing of
/// sync's types): its stable id, the date of the data, and the size asked for on mobile data.
pub fn sync_record(outcome: &Outcome, at: String) -> LastSync {
    LastSync {
        at,
        outcome: outcome.id().to_string(),
        data_from: outcome.data_from(),
        bytes: match outcome {
            Outcome::NeedsConsent { bytes, .. } => Some(*bytes),
            _ => None,
        },
    }
}

/// The result a record stands for, with all that the screens and `sync::retry` look at: its
/// kind (words, pictogram, when to check again), the size asked for and the date of the data.
/// Versions, statuses and reasons are not kept and come back as zero or empty. `None` for an
/// id this app does not know (a record written by a newer app).
pub fn recorded_outcome(last: &LastSync) -> Option<Outcome> {
    let data_from = last.data_from;
    Some(match last.outcome.as_str() {
        "sync-up-to-date" => Outcome::UpToDate {
            version: 0,
            data_from: data_from?,
        },
        "sync-updated" => Outcome::Updated {
            from: 0,
            to: 0,
            data_from: data_from?,
        },
        "sync-needs-consent" => Outcome::NeedsConsent {
            bytes: last.bytes?,
            to: 0,
        },
        "sync-not-now" => Outcome::NotNow { data_from },
        "sync-wifi-login-page" => Outcome::ConnectToWifiPage { data_from },
        "sync-no-connection" => Outcome::NoConnection { data_from },
        "sync-server-trouble" => Outcome::ServerTrouble {
            status: 0,
            data_from,
        },
        "sync-data-from" => Outcome::Stale { data_from },
        "sync-update-app" => Outcome::UpdateApp {
            min_app_version: String::new(),
        },
        "sync-rejected" => Outcome::Rejected {
            reason: RejectReason::Malformed(String::new()),
            data_from,
        },
        "sync-cannot-write" => Outcome::CannotWrite {
            detail: String::new(),
            data_from,
        },
        "sync-no-host" => Outcome::NoHost,
        _ => return None,
    })
}

/// The data screen: how fresh the data is, then the last sync's result.
pub fn script_data(tr: &Tr, meta: &Meta, last: Option<&Outcome>) -> String {
    let mut parts = vec![
        tr.t("data-title"),
        data_line(tr, meta),
        tr.ta(
            "data-region-current",
            &[("region", Arg::from(&meta.region))],
        ),
    ];
    parts.push(last.map_or_else(|| tr.t("data-never-checked"), |o| sync_words(tr, o)));
    spoken(parts.join(". ").replace("..", ".").replace(" · ", ", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::OpenStatus;
    use crate::place::Hours;
    use crate::query::NearbyHit;
    use crate::snapshot::PlaceRow;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, d)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn status_words() {
        let en = Tr::new(Lang::En);
        let now = at(10, 10, 0); // Tuesday
        assert_eq!(
            status_text(
                &en,
                &OpenStatus::Open {
                    until: Some(at(10, 17, 0))
                },
                now
            ),
            "Open until 17:00"
        );
        assert_eq!(
            status_text(
                &en,
                &OpenStatus::Closed {
                    opens: Some(at(10, 14, 0))
                },
                now
            ),
            "Opens at 14:00"
        );
        assert_eq!(
            status_text(
                &en,
                &OpenStatus::Closed {
                    opens: Some(at(11, 9, 0))
                },
                now
            ),
            "Opens tomorrow 09:00"
        );
        assert_eq!(
            status_text(
                &en,
                &OpenStatus::Closed {
                    opens: Some(at(16, 9, 0))
                },
                now
            ),
            "Opens Monday 09:00"
        );
        assert_eq!(status_text(&en, &OpenStatus::Unknown, now), "Hours unknown");
        let fr = Tr::new(Lang::Fr);
        assert_eq!(
            status_text(
                &fr,
                &OpenStatus::Closed {
                    opens: Some(at(16, 9, 0))
                },
                now
            ),
            "Ouvre lundi 09:00"
        );
    }

    #[test]
    fn holiday_status_has_its_own_words_picture_and_colour_in_every_language() {
        let now = NaiveDate::from_ymd_opt(2026, 7, 14)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date");
        let holiday = OpenStatus::HolidayMaybeClosed;
        assert_eq!(
            status_text(&Tr::new(Lang::En), &holiday, now),
            "Public holiday: may be closed, call first"
        );
        assert_eq!(
            status_text(&Tr::new(Lang::Fr), &holiday, now),
            "Jour férié : peut-être fermé, appelez avant"
        );
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let words = status_text(&tr, &holiday, now);
            assert!(!words.trim().is_empty(), "{lang:?}");
            for other in ["status-open", "status-closed", "status-unknown"] {
                assert_ne!(words, tr.t(other), "{lang:?}");
            }
            let place = Place {
                name: "Mairie".into(),
                ..Default::default()
            };
            assert!(
                script_place(&tr, &place, &[], &holiday, now)
                    .contains(strip_isolation(&words).trim()),
                "{lang:?}: the place's read-aloud text says it"
            );
        }
        let kind = StatusKind::of(&holiday);
        assert_eq!(kind, StatusKind::Holiday);
        let others = [StatusKind::Open, StatusKind::Closed, StatusKind::Unknown];
        assert!(others.iter().all(|o| o.pictogram() != kind.pictogram()));
        assert!(others.iter().all(|o| o.css() != kind.css()));
        let picture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/pictograms")
            .join(kind.pictogram());
        assert!(picture.is_file(), "{picture:?}");
        let css = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/app.css"),
        )
        .expect("style sheet");
        assert!(css.contains(&format!(".status-{} {{ color:", kind.css())));
    }

    #[test]
    fn distances_and_directions() {
        assert_eq!(distance_text(Lang::Fr, 347.0), "350 m");
        assert_eq!(distance_text(Lang::Fr, 2440.0), "2,4 km");
        assert_eq!(distance_text(Lang::En, 2440.0), "2.4 km");
        let en = Tr::new(Lang::En);
        // From Grenoble station, the Bastille is to the north-east.
        let b = bearing((45.1913, 5.7146), (45.1987, 5.7253));
        assert_eq!(direction_text(&en, b), "north-east");
        assert_eq!(direction_text(&en, 359.0), "north");
        assert_eq!(direction_text(&en, 180.0), "south");
    }

    fn hit(name: &str, minutes: u32, status: OpenStatus) -> NearbyHit {
        NearbyHit {
            place: PlaceRow {
                id: 0,
                key: "test:1".into(),
                name: name.into(),
                commune: Some("Grenoble".into()),
                lat: 45.19,
                lon: 5.72,
                needs: NeedSet::of(&[Need::Wifi]),
                needs_to_check: NeedSet::EMPTY,
                hours: Hours::default(),
                former_names: Vec::new(),
            },
            distance_m: 400.0,
            walk_minutes: minutes,
            status,
            met: NeedSet::of(&[Need::Wifi]),
            to_check: NeedSet::EMPTY,
        }
    }

    #[test]
    fn results_script_in_every_language_names_the_nearest_place() {
        let now = at(10, 10, 0);
        let res = Nearby {
            hits: vec![hit(
                "Bibliothèque Kateb Yacine",
                6,
                OpenStatus::Open {
                    until: Some(at(10, 18, 0)),
                },
            )],
            nearest_beyond: None,
        };
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let s = script_results(&tr, NeedSet::of(&[Need::Wifi]), &res, now);
            assert!(s.contains("Bibliothèque Kateb Yacine"), "{lang:?}: {s}");
            assert!(s.contains('6'), "{lang:?}: minutes missing: {s}");
            assert!(s.contains("18:00"), "{lang:?}: closing time missing: {s}");
            assert!(
                !s.contains('{') && !s.contains('\u{2068}'),
                "{lang:?}: unformatted: {s}"
            );
        }
        let en = script_results(&Tr::new(Lang::En), NeedSet::of(&[Need::Wifi]), &res, now);
        assert_eq!(en, "Free wifi. One place nearby. The nearest is Bibliothèque Kateb Yacine, 6 minutes on foot, Open until 18:00.");
    }

    #[test]
    fn results_script_says_how_far_when_nothing_is_near() {
        let now = at(10, 10, 0);
        let mut far = hit("Repair Café", 90, OpenStatus::Unknown);
        far.distance_m = 12_300.0;
        let res = Nearby {
            hits: vec![],
            nearest_beyond: Some(far),
        };
        let fr = script_results(&Tr::new(Lang::Fr), NeedSet::of(&[Need::Repair]), &res, now);
        assert_eq!(
            fr,
            "Réparer. Rien à proximité. Le plus proche est Repair Café, à 12,3 kilomètres."
        );
    }

    #[test]
    fn search_words_name_the_procedures_in_every_language() {
        let now = at(10, 10, 0);
        let found = hit("France services Grenoble", 5, OpenStatus::Unknown);
        let hits = vec![crate::query::SearchHit {
            place: found.place,
            distance_m: Some(300.0),
            helps: Some(crate::query::Helps {
                procedures: vec![Procedure::Caf, Procedure::FranceTravail],
                ..Default::default()
            }),
            formerly: None,
        }];
        let open = OpenStatus::Open {
            until: Some(at(10, 17, 0)),
        };
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            assert_eq!(helps_with_text(&tr, &[]), None, "{lang:?}: never invented");
            let helps = helps_with_text(&tr, &[Procedure::Caf]).unwrap_or_default();
            assert!(helps.contains("CAF"), "{lang:?}: {helps}");
            let s = script_search(&tr, " caf ", &hits, &open, now);
            for words in [
                "caf",
                "France services Grenoble",
                "CAF, France Travail",
                "17:00",
            ] {
                assert!(s.contains(words), "{lang:?}: {words} missing: {s}");
            }
            assert!(!s.contains('{') && !s.contains('\u{2068}'), "{lang:?}: {s}");
            let none = script_search(&tr, "zzqxw", &[], &OpenStatus::Unknown, now);
            assert!(
                none.contains("zzqxw") && !none.contains('{'),
                "{lang:?}: {none}"
            );
        }
        assert_eq!(
            script_search(&Tr::new(Lang::Fr), "caf", &hits, &open, now),
            "caf. Un lieu trouvé. Le plus proche est France services Grenoble, à 6 minutes à pied, \
             Ouvert jusqu'à 17:00. Aide pour : CAF, France Travail."
        );
        let place = Place {
            name: "Mairie".into(),
            ..Default::default()
        };
        let sheet = script_place(&Tr::new(Lang::En), &place, &[Procedure::Cpam], &open, now);
        assert!(sheet.ends_with("Help with: Ameli (CPAM)."), "{sheet}");
    }

    #[test]
    fn the_place_sheet_says_the_former_names_in_every_language() {
        let now = NaiveDate::from_ymd_opt(2026, 3, 10)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date");
        let mut place = Place {
            name: "Bibliothèque Gisèle Halimi".into(),
            ..Default::default()
        };
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            assert_eq!(formerly_text(&tr, &[]), None, "{lang:?}");
        }
        place.former_names = vec!["Bibliothèque Saint-Bruno".into()];
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let formerly = formerly_text(&tr, &place.former_names).unwrap_or_default();
            assert!(
                formerly.contains("Bibliothèque Saint-Bruno"),
                "{lang:?}: {formerly}"
            );
            assert_ne!(
                strip_isolation(&formerly).trim(),
                "Bibliothèque Saint-Bruno"
            );
            let said = script_place(&tr, &place, &[], &OpenStatus::Unknown, now);
            assert!(
                said.contains("Bibliothèque Saint-Bruno"),
                "{lang:?}: {said}"
            );
            assert!(
                !said.contains('{') && !said.contains('\u{2068}'),
                "{lang:?}: {said}"
            );
        }
        assert_eq!(
            formerly_text(&Tr::new(Lang::Fr), &place.former_names)
                .map(|s| strip_isolation(&s).to_string()),
            Some("Anciennement : Bibliothèque Saint-Bruno".to_string())
        );
        let said = script_place(&Tr::new(Lang::En), &place, &[], &OpenStatus::Unknown, now);
        assert!(
            said.starts_with("Bibliothèque Gisèle Halimi.")
                && said.contains("Formerly: Bibliothèque Saint-Bruno."),
            "{said}"
        );
    }

    #[test]
    fn every_screen_script_is_nonempty_in_every_language() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for s in [
                script_home(&tr, None),
                script_where(&tr),
                script_favourites(&tr, 2),
                script_settings(&tr),
                script_need_position(&tr),
                script_give(&tr),
                reminders_cannot_ring(&tr),
                script_map(
                    &tr,
                    false,
                    3,
                    Some((
                        "Médiathèque",
                        Way {
                            minutes: 6,
                            bearing_deg: 45.0,
                            across_river: true,
                        },
                    )),
                ),
            ] {
                assert!(s.len() > 5 && !s.contains('{'), "{lang:?}: {s}");
            }
        }
    }

    #[test]
    fn the_home_script_tells_first_what_happened_to_the_persons_data() {
        let states = [
            UserFileState::Damaged {
                kept: "user.sqlite.damaged-1".into(),
                problem: "file is not a database".into(),
            },
            UserFileState::Newer {
                kept: "user.sqlite.newer-1".into(),
                version: 9,
            },
            UserFileState::CannotSave {
                problem: "disk full".into(),
            },
        ];
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let plain = script_home(&tr, None);
            assert_eq!(script_home(&tr, Some(&UserFileState::Fine)), plain);
            assert_eq!(user_file_words(&tr, &UserFileState::Fine), None);
            let mut seen = std::collections::HashSet::new();
            for state in &states {
                let words = user_file_words(&tr, state).unwrap();
                assert!(
                    words.len() > 20 && !words.contains('{'),
                    "{lang:?}: {words}"
                );
                let script = script_home(&tr, Some(state));
                assert!(
                    script.starts_with(&spoken(words.clone())),
                    "{lang:?}: {script}"
                );
                assert!(script.ends_with(&plain), "{lang:?}: {script}");
                seen.insert(words);
                let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("assets/pictograms")
                    .join(user_file_pictogram(state));
                assert!(file.exists(), "{}", file.display());
            }
            assert_eq!(seen.len(), 3, "{lang:?}");
        }
        let fr = script_home(&Tr::new(Lang::Fr), Some(&states[0]));
        assert!(fr.contains("mis de côté"), "{fr}");
        // No technical detail reaches the person.
        assert!(
            !fr.contains("not a database") && !fr.contains("sqlite"),
            "{fr}"
        );
    }

    fn every_outcome() -> Vec<Outcome> {
        let day = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        let d = Some(day);
        vec![
            Outcome::UpToDate {
                version: 2,
                data_from: day,
            },
            Outcome::Updated {
                from: 1,
                to: 2,
                data_from: day,
            },
            Outcome::NeedsConsent {
                bytes: 54_119,
                to: 2,
            },
            Outcome::NotNow { data_from: d },
            Outcome::ConnectToWifiPage { data_from: d },
            Outcome::NoConnection { data_from: d },
            Outcome::ServerTrouble {
                status: 500,
                data_from: d,
            },
            Outcome::Stale { data_from: d },
            Outcome::UpdateApp {
                min_app_version: "9.0.0".into(),
            },
            Outcome::Rejected {
                reason: RejectReason::BadSignature,
                data_from: d,
            },
            Outcome::CannotWrite {
                detail: "full".into(),
                data_from: d,
            },
            Outcome::NoHost,
        ]
    }

    #[test]
    fn every_sync_result_has_words_and_a_pictogram_in_every_language() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let mut seen = std::collections::HashSet::new();
            for o in every_outcome() {
                let words = sync_words(&tr, &o);
                assert!(
                    words.len() > 5 && !words.starts_with("sync-") && !words.contains('{'),
                    "{lang:?} {}: {words}",
                    o.id()
                );
                let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("assets/pictograms")
                    .join(o.pictogram());
                assert!(file.exists(), "{}", file.display());
                seen.insert(words);
            }
            // Up to date and updated may share words; the others say different things.
            assert!(seen.len() >= 10, "{lang:?}: {seen:?}");
        }
    }

    #[test]
    fn a_sync_record_words_the_result_again() {
        for o in every_outcome() {
            let record = sync_record(&o, "2026-03-12T09:00:00Z".into());
            assert_eq!(record.outcome, o.id());
            let back = recorded_outcome(&record).unwrap_or_else(|| panic!("{o:?}"));
            assert_eq!(back.id(), o.id());
            assert_eq!(back.pictogram(), o.pictogram());
            assert_eq!(back.data_from(), o.data_from());
            for lang in Lang::ALL {
                let tr = Tr::new(lang);
                assert_eq!(sync_words(&tr, &back), sync_words(&tr, &o), "{lang:?}");
            }
        }
        let unknown = LastSync {
            at: "2026-03-12T09:00:00Z".into(),
            outcome: "sync-from-the-future".into(),
            data_from: None,
            bytes: None,
        };
        assert_eq!(recorded_outcome(&unknown), None);
    }

    #[test]
    fn consent_states_the_size_before_downloading() {
        for lang in [Lang::Fr, Lang::En, Lang::Ar] {
            let words = sync_words(
                &Tr::new(lang),
                &Outcome::NeedsConsent {
                    bytes: 54_119,
                    to: 2,
                },
            );
            assert!(strip_isolation(&words).contains("55"), "{lang:?}: {words}");
        }
    }

    #[test]
    fn the_report_adds_the_date_of_the_data_in_use() {
        let en = Tr::new(Lang::En);
        let stale = Outcome::Stale {
            data_from: NaiveDate::from_ymd_opt(2026, 1, 1),
        };
        assert_eq!(
            sync_report(&en, &stale),
            "No newer data for now. The map still works. Map data from 01/01/2026"
        );
        let consent = Outcome::NeedsConsent { bytes: 1, to: 2 };
        assert_eq!(
            sync_report(&en, &consent),
            strip_isolation(&sync_words(&en, &consent))
        );
    }

    #[test]
    fn sizes_are_rounded_up_and_localised() {
        let en = Tr::new(Lang::En);
        let fr = Tr::new(Lang::Fr);
        assert_eq!(strip_isolation(&size_text(&en, 54_119)), "55 KB");
        assert_eq!(strip_isolation(&size_text(&fr, 54_119)), "55 Ko");
        assert_eq!(strip_isolation(&size_text(&en, 12_792_484)), "12.8 MB");
        assert_eq!(strip_isolation(&size_text(&fr, 12_792_484)), "12,8 Mo");
        assert_eq!(strip_isolation(&size_text(&en, 1)), "1 KB");
    }

    #[test]
    fn the_data_script_says_the_date_and_the_last_result() {
        let meta = Meta {
            format_version: 1,
            data_version: 20260312,
            build_date: NaiveDate::from_ymd_opt(2026, 3, 12).unwrap(),
            region: "Isère".into(),
            place_count: 633,
        };
        let tr = Tr::new(Lang::En);
        let never = script_data(&tr, &meta, None);
        assert!(
            never.contains("12/03/2026") && never.contains("633"),
            "{never}"
        );
        let portal = script_data(
            &tr,
            &meta,
            Some(&Outcome::ConnectToWifiPage { data_from: None }),
        );
        assert!(portal.contains(&sync_words(
            &tr,
            &Outcome::ConnectToWifiPage { data_from: None }
        )));
        assert_ne!(never, portal);
        for lang in Lang::ALL {
            let s = script_data(&Tr::new(lang), &meta, None);
            assert!(
                s.contains("12/03/2026") && !s.contains('{'),
                "{lang:?}: {s}"
            );
        }
    }

    #[test]
    fn the_map_script_says_where_the_person_is_and_the_way_to_the_place() {
        let tr = Tr::new(Lang::En);
        let way = Way {
            minutes: 6,
            bearing_deg: 44.0,
            across_river: false,
        };
        let s = script_map(&tr, true, 4, Some(("Médiathèque Kateb Yacine", way)));
        assert!(s.starts_with("You are here."), "{s}");
        assert!(s.contains("4 places"), "{s}");
        assert!(
            s.contains("Médiathèque Kateb Yacine") && s.contains("6 minutes"),
            "{s}"
        );
        assert!(s.contains("north-east"), "{s}");
        assert!(!s.contains("river"), "{s}");
        let across = Way {
            across_river: true,
            ..way
        };
        let s = script_map(&tr, true, 4, Some(("Médiathèque Kateb Yacine", across)));
        assert!(s.ends_with("on the other side of the river."), "{s}");
        // Outside the street map, that is said first.
        let s = script_map(&tr, false, 1, None);
        assert!(s.starts_with(&tr.t("map-no-streets")), "{s}");
        assert!(s.contains("1 place") && !s.contains("minutes"), "{s}");
        let fr = Tr::new(Lang::Fr);
        let south = Way {
            minutes: 1,
            bearing_deg: 180.0,
            across_river: false,
        };
        assert_eq!(
            map_way_text(&fr, "Bibliothèque", &south),
            "Bibliothèque : 1 min à pied, direction sud"
        );
        let across = Way {
            across_river: true,
            ..south
        };
        assert_eq!(
            map_way_text(&fr, "Bibliothèque", &across),
            "Bibliothèque : 1 min à pied, direction sud, de l'autre côté de la rivière"
        );
    }
}
