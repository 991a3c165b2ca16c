//! A field contribution: what a volunteer or outreach worker reports from the street (a place
//! closed, moved, its hours or phone wrong, its wifi broken, "you can charge a phone here"), or
//! a new place, as the app sends it to the publisher's inbox and as the inbox exports it.
//!
//! # Why one strict format
//! The same JSON travels from the phone's queue to the inbox (`toutpres-inbox serve`), is
//! stored there, reviewed, exported, and read by the build (`import::field`). Anyone on the
//! internet can post to an inbox, so [`Contribution::from_json`] is the one gate and it is
//! strict: at most [`MAX_BYTES`], unknown fields refused, every text bounded and free of
//! control characters, coordinates finite and in France, needs from `src/need.rs` only, hours
//! that `hours::Schedule::parse` reads. What it accepts the build can use without guessing.
//!
//! # Privacy
//! Nothing about the person is in it: no position of the person (only the place's, for a new
//! place or a move), no account, no device id. The `id` is random, made on the phone, and only
//! makes retries idempotent: the inbox stores one contribution per id, and a retry with the
//! same content is answered as a success without a second copy.
//!
//! # Shape
//! ```json
//! {"id": "k3J9x2mQpL8vN4rT",
//!  "kind": {"type": "new_place", "name": "Accueil de jour Point d'eau", "lat": 45.1875,
//!           "lon": 5.7357, "needs": ["charging", "wifi"],
//!           "charging": {"free": true, "how": "sockets", "inside_hours_only": true},
//!           "hours_osm": "Mo-Fr 09:00-12:00", "free": true},
//!  "note": "Prises dans la salle d'accueil.",
//!  "created": "2026-03-10T10:00:00+01:00", "app_version": "0.1.0"}
//! ```
//! A report names a place by its stable key (`source:record`, as favourites do):
//! `"kind": {"type": "report", "place_key": "hinaura:42", "problem": {"type": "moved",
//! "lat": 45.19, "lon": 5.72}}`. Problems: `closed_for_good`, `moved {lat, lon}`, `hours_wrong
//! {hours_osm | text}`, `phone_wrong {phone}`, `wifi_broken`, `charging_here {free, how,
//! inside_hours_only}`, `other` (a note is then required).
//!
//! # Coordinates
//! A simple box around France and its overseas departments is checked here ([`in_france_box`]:
//! latitude −22 to 52, longitude −64 to 56: metropolitan France, the Antilles, Guyane, La
//! Réunion, Mayotte, Saint-Pierre-et-Miquelon). It refuses swapped or garbage points; the
//! build's importer then applies the finer boxes of `import::check_point` and reports a point
//! it refuses (this module cannot use them: `import` reads contributions, not the reverse).

use crate::hours::Schedule;
use crate::need::{Need, NeedSet};
use serde::{Deserialize, Serialize};

/// What a team code's QR code holds before the code (`toutpres-team:0123…`): the app reads a
/// scanned code as a team code only with this prefix, then sends the code alone in the
/// `X-Team-Code` header (`toutpres-inbox team-code --qr` draws it).
pub const TEAM_CODE_QR_PREFIX: &str = "toutpres-team:";

/// The largest body accepted, in bytes. A contribution is a few hundred bytes.
pub const MAX_BYTES: usize = 8 * 1024;
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// One contribution, as sent by the app and stored by the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// Made on the phone: 16 to 64 characters `[A-Za-z0-9_-]`. The idempotency key.
    pub id: String,
    pub kind: Kind,
    /// Plain text, at most [`MAX_NOTE_CHARS`] characters; line breaks allowed, no other
    /// control character.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When it was made on the phone (RFC 3339).
    pub created: String,
    /// The app's version ("0.1.0").
    pub app_version: String,
}

/// A report on a known place, or a new place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Kind {
    Report {
        /// The place's stable key, `source:record` (`hinaura:42`).
        place_key: String,
        problem: Problem,
    },
    NewPlace {
        name: String,
        lat: f64,
        lon: f64,
        /// Need ids (`wifi`, `charging`…), at least one.
        needs: Vec<String>,
        /// Only with the `charging` need.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        charging: Option<Charging>,
        /// An OSM `opening_hours` expression the app's hours reader understands.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hours_osm: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        free: Option<bool>,
    },
}

/// What is wrong with a known place (or newly right: charging).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
///
/// The variants without data are written `{}` (not unit variants) so that serde refuses
/// unknown fields in them too.
pub enum Problem {
    ClosedForGood {},
    Moved {
        lat: f64,
        lon: f64,
    },
    /// The right hours, as OSM hours or as words (at least one).
    HoursWrong {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hours_osm: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    PhoneWrong {
        phone: String,
    },
    WifiBroken {},
    ChargingHere {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        free: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        how: Option<ChargingHow>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        inside_hours_only: Option<bool>,
    },
    /// Something else: the note says what.
    Other {},
}

/// How a phone is charged at a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Charging {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<ChargingHow>,
    /// Only during the place's opening hours (inside), rather than at any time (outside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inside_hours_only: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChargingHow {
    /// Sockets where one stays with the phone.
    Sockets,
    /// Lockers where the phone charges while one is away.
    Lockers,
}

impl ChargingHow {
    pub fn id(self) -> &'static str {
        match self {
            ChargingHow::Sockets => "sockets",
            ChargingHow::Lockers => "lockers",
        }
    }
}

/// The first field of an export file: the format and its version.
pub const EXPORT_FORMAT: &str = "toutpres-field/1";

/// Accepted contributions as the inbox exports them (`toutpres-inbox export`) and the
/// build reads them (`--source field=FILE`, `import::field`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    /// [`EXPORT_FORMAT`].
    pub format: String,
    pub contributions: Vec<ExportedContribution>,
}

/// One accepted contribution (as edited by the coordinator, when edited).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedContribution {
    pub contribution: Contribution,
    /// The team whose code came with it; `None`: anonymous.
    pub team: Option<String>,
    /// When the inbox received it (RFC 3339).
    pub received: String,
    /// When a coordinator accepted it (RFC 3339).
    pub accepted: String,
}

/// Why a contribution is refused. The messages never repeat the input: they are shown to
/// whoever posted it and logged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContributionError {
    #[error("the body is {0} bytes; at most 8192 are accepted")]
    TooLarge(usize),
    #[error("not a contribution: {0}")]
    Malformed(String),
    #[error("id must be 16 to 64 characters among A-Z, a-z, 0-9, '_' and '-'")]
    BadId,
    #[error("place_key must be a place's key, source:record (at most 200 characters)")]
    BadPlaceKey,
    #[error("coordinates must be numbers inside France (latitude -22 to 52, longitude -64 to 56)")]
    BadPoint,
    #[error("needs must list at least one of: wifi, charging, computers, helper, procedures, training, equipment, repair")]
    BadNeeds,
    #[error("charging details are only for a place with the charging need")]
    ChargingWithoutNeed,
    #[error("name must be 2 to 120 characters of plain text")]
    BadName,
    #[error(
        "hours_osm is not an opening_hours expression the app understands (at most 300 characters)"
    )]
    BadHours,
    #[error("hours_wrong needs hours_osm or text (plain text, at most 500 characters)")]
    BadHoursText,
    #[error("phone must be 4 to 30 characters: digits, spaces, + . - ( )")]
    BadPhone,
    #[error("note must be plain text of at most 500 characters with no control characters")]
    BadNote,
    #[error("\"other\" needs a note saying what is wrong")]
    OtherWithoutNote,
    #[error("created must be an RFC 3339 date and time")]
    BadCreated,
    #[error("app_version must be 1 to 32 characters among A-Z, a-z, 0-9, '.', '+', '-'")]
    BadAppVersion,
    #[error("{0} contains invisible or formatting characters (zero-width spaces or joiners, direction marks, byte order mark, soft hyphen, line separators, tag characters); send plain visible text")]
    Invisible(&'static str),
}

/// The simple box of France with its overseas departments (see the module doc); a zero
/// coordinate (an unset field somewhere) is refused, as the importers do.
pub fn in_france_box(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && lat != 0.0
        && lon != 0.0
        && (-22.0..=52.0).contains(&lat)
        && (-64.0..=56.0).contains(&lon)
}

/// A character that shows nothing, or changes how the text around it is shown, without being
/// a letter, digit, mark or space one can see: Unicode's format characters (category Cf:
/// zero-width space and joiners, left-to-right and right-to-left marks, bidirectional
/// embeddings, overrides and isolates, the byte order mark, the soft hyphen, the invisible
/// operators, tag characters…), the line and paragraph separators, the combining grapheme
/// joiner and the Hangul fillers. `"\u{200b}\u{200b}\u{200b}ab"` was stored and shown as "ab" on
/// the review page and in the export: two different names a coordinator could not tell apart.
/// Variation selectors stay (an emoji's colour form needs them).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// `text` without its invisible characters ([`is_invisible`]) and control characters (line
/// breaks kept when `lines`): what a form field typed or pasted by a person becomes before it
/// is checked (the review page's edits; the app's forms may use it too).
pub fn without_invisible(text: &str, lines: bool) -> String {
    text.chars()
        .filter(|&c| !is_invisible(c) && !(c.is_control() && !(lines && c == '\n')))
        .collect()
}

/// Plain text of at most `max` characters: no control character but line breaks (when
/// `lines`). Invisible characters are refused apart, with their own reason
/// ([`ContributionError::Invisible`]).
fn plain(text: &str, max: usize, lines: bool) -> bool {
    text.chars().count() <= max
        && !text
            .chars()
            .any(|c| c.is_control() && !(lines && c == '\n'))
}

/// Refuses a text with an invisible character, naming the field (never the text).
fn visible(field: &'static str, text: &str) -> Result<(), ContributionError> {
    if text.chars().any(is_invisible) {
        return Err(ContributionError::Invisible(field));
    }
    Ok(())
}

fn check_hours(osm: &str) -> Result<(), ContributionError> {
    visible("hours_osm", osm)?;
    if osm.trim().is_empty() || !plain(osm, 300, false) || Schedule::parse(osm).is_err() {
        return Err(ContributionError::BadHours);
    }
    Ok(())
}

fn check_point(lat: f64, lon: f64) -> Result<(), ContributionError> {
    if in_france_box(lat, lon) {
        Ok(())
    } else {
        Err(ContributionError::BadPoint)
    }
}

/// Serde's own words, kept to what says where the JSON is wrong: characters that could be
/// markup are replaced, and the length is bounded (a field name is echoed by serde).
fn safe_message(e: &serde_json::Error) -> String {
    let text: String = e
        .to_string()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " _.,:;`'-()".contains(c) {
                c
            } else {
                '?'
            }
        })
        .take(200)
        .collect();
    text
}

impl Contribution {
    /// Read and check a contribution from an HTTP body or an export file (see the module doc).
    pub fn from_json(bytes: &[u8]) -> Result<Contribution, ContributionError> {
        if bytes.len() > MAX_BYTES {
            return Err(ContributionError::TooLarge(bytes.len()));
        }
        let mut c: Contribution = serde_json::from_slice(bytes)
            .map_err(|e| ContributionError::Malformed(safe_message(&e)))?;
        c.round_coordinates();
        c.check()?;
        Ok(c)
    }

    /// Coordinates to 1e-7 degree (about a centimetre: no phone's position is finer). Stored as
    /// canonical JSON, a contribution must read back the same, or its retry would count as a
    /// conflict: a latitude of 45.18754e-211 came back one unit in the last place apart
    /// (fuzzing), as the JSON reader's fast path does not round numbers that small exactly.
    fn round_coordinates(&mut self) {
        let round = |x: &mut f64| *x = (*x * 1e7).round() / 1e7;
        match &mut self.kind {
            Kind::NewPlace { lat, lon, .. }
            | Kind::Report {
                problem: Problem::Moved { lat, lon },
                ..
            } => {
                round(lat);
                round(lon);
            }
            Kind::Report { .. } => {}
        }
    }

    /// Every rule but the size and the JSON syntax (a contribution made in code, or read from
    /// an export file, is checked the same way).
    pub fn check(&self) -> Result<(), ContributionError> {
        use ContributionError as E;
        let id_ok = (16..=64).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !id_ok {
            return Err(E::BadId);
        }
        match &self.kind {
            Kind::Report { place_key, problem } => {
                visible("place_key", place_key)?;
                let key_ok = place_key.len() <= 200
                    && place_key
                        .split_once(':')
                        .is_some_and(|(s, r)| !s.is_empty() && !r.trim().is_empty())
                    && plain(place_key, 200, false);
                if !key_ok {
                    return Err(E::BadPlaceKey);
                }
                match problem {
                    Problem::Moved { lat, lon } => check_point(*lat, *lon)?,
                    Problem::HoursWrong { hours_osm, text } => {
                        if hours_osm.is_none() && text.is_none() {
                            return Err(E::BadHoursText);
                        }
                        if let Some(osm) = hours_osm {
                            check_hours(osm)?;
                        }
                        if let Some(text) = text {
                            visible("text", text)?;
                            if text.trim().is_empty() || !plain(text, MAX_NOTE_CHARS, true) {
                                return Err(E::BadHoursText);
                            }
                        }
                    }
                    Problem::PhoneWrong { phone } => {
                        let ok = (4..=30).contains(&phone.chars().count())
                            && phone.chars().filter(char::is_ascii_digit).count() >= 3
                            && phone
                                .chars()
                                .all(|c| c.is_ascii_digit() || " +.-()".contains(c));
                        if !ok {
                            return Err(E::BadPhone);
                        }
                    }
                    Problem::Other {} => {
                        if self.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                            return Err(E::OtherWithoutNote);
                        }
                    }
                    Problem::ClosedForGood {}
                    | Problem::WifiBroken {}
                    | Problem::ChargingHere { .. } => {}
                }
            }
            Kind::NewPlace {
                name,
                lat,
                lon,
                needs,
                charging,
                hours_osm,
                free: _,
            } => {
                visible("name", name)?;
                let n = name.trim().chars().count();
                if !(2..=120).contains(&n) || !plain(name, 120, false) {
                    return Err(E::BadName);
                }
                check_point(*lat, *lon)?;
                let set = self.needs().ok_or(E::BadNeeds)?;
                if needs.len() > Need::ALL.len() || set.is_empty() {
                    return Err(E::BadNeeds);
                }
                if charging.is_some() && !set.contains(Need::Charging) {
                    return Err(E::ChargingWithoutNeed);
                }
                if let Some(osm) = hours_osm {
                    check_hours(osm)?;
                }
            }
        }
        if let Some(note) = &self.note {
            visible("note", note)?;
            if !plain(note, MAX_NOTE_CHARS, true) {
                return Err(E::BadNote);
            }
        }
        if chrono::DateTime::parse_from_rfc3339(&self.created).is_err() {
            return Err(E::BadCreated);
        }
        let v = &self.app_version;
        if !(1..=32).contains(&v.len())
            || !v
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".+-".contains(&b))
        {
            return Err(E::BadAppVersion);
        }
        Ok(())
    }

    /// A new place's needs, `None` when one id is unknown (or for a report).
    pub fn needs(&self) -> Option<NeedSet> {
        match &self.kind {
            Kind::NewPlace { needs, .. } => {
                let mut set = NeedSet::default();
                for id in needs {
                    // Exact ids only: `from_id` also forgives case and spaces.
                    let need = Need::ALL.into_iter().find(|n| n.id() == id)?;
                    set.insert(need);
                }
                Some(set)
            }
            Kind::Report { .. } => None,
        }
    }

    /// The canonical JSON: the same contribution always gives the same bytes (the inbox compares
    /// a retry with what it stored by these, so spacing and key order do not matter).
    pub fn canonical_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The day it was made, from `created` (for the place's provenance).
    pub fn created_date(&self) -> Option<chrono::NaiveDate> {
        chrono::DateTime::parse_from_rfc3339(&self.created)
            .ok()
            .map(|d| d.date_naive())
    }
}

impl Problem {
    /// Stable id of the problem ("closed_for_good"), for the review page and the report.
    pub fn id(&self) -> &'static str {
        match self {
            Problem::ClosedForGood {} => "closed_for_good",
            Problem::Moved { .. } => "moved",
            Problem::HoursWrong { .. } => "hours_wrong",
            Problem::PhoneWrong { .. } => "phone_wrong",
            Problem::WifiBroken {} => "wifi_broken",
            Problem::ChargingHere { .. } => "charging_here",
            Problem::Other {} => "other",
        }
    }
}

/// Opening hours from the app's simple week picker: the days chosen (Monday = 1) open from one
/// hour to another, as an OSM expression ("Mo,We,Fr 09:00-17:00"); `None` when no day is chosen
/// or the hours are not an opening (the person then gives no hours: unknown, never guessed).
pub fn simple_week(days: &[u32], opens_hour: u32, closes_hour: u32) -> Option<String> {
    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    if opens_hour >= closes_hour || closes_hour > 24 {
        return None;
    }
    let mut chosen: Vec<u32> = days
        .iter()
        .copied()
        .filter(|d| (1..=7).contains(d))
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        return None;
    }
    let names: Vec<&str> = chosen.iter().map(|&d| DAYS[(d - 1) as usize]).collect();
    Some(format!(
        "{} {opens_hour:02}:00-{closes_hour:02}:00",
        names.join(",")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW_PLACE: &str = r#"{"id":"k3J9x2mQpL8vN4rT","kind":{"type":"new_place","name":"Accueil de jour Point d'eau","lat":45.1875,"lon":5.7357,"needs":["charging","wifi"],"charging":{"free":true,"how":"sockets","inside_hours_only":true},"hours_osm":"Mo-Fr 09:00-12:00","free":true},"note":"Prises dans la salle d'accueil.","created":"2026-03-10T10:00:00+01:00","app_version":"0.1.0"}"#;

    fn report(problem: &str) -> String {
        format!(
            r#"{{"id":"report-0000000001","kind":{{"type":"report","place_key":"hinaura:42","problem":{problem}}},"created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}}"#
        )
    }

    fn refused(json: &str) -> ContributionError {
        Contribution::from_json(json.as_bytes()).unwrap_err()
    }

    /// The new place with one field's JSON replaced.
    fn new_place_with(from: &str, to: &str) -> String {
        assert!(NEW_PLACE.contains(from), "{from}");
        NEW_PLACE.replace(from, to)
    }

    #[test]
    fn a_new_place_and_every_report_are_read() {
        let c = Contribution::from_json(NEW_PLACE.as_bytes()).unwrap();
        assert_eq!(c.needs(), Some(NeedSet::of(&[Need::Charging, Need::Wifi])));
        let Kind::NewPlace { charging, .. } = &c.kind else {
            panic!("{c:?}")
        };
        assert_eq!(charging.as_ref().unwrap().how, Some(ChargingHow::Sockets));
        assert_eq!(
            c.created_date(),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
        );
        // The canonical form reads back as the same contribution.
        let again = Contribution::from_json(c.canonical_json().as_bytes()).unwrap();
        assert_eq!(again, c);
        for problem in [
            r#"{"type":"closed_for_good"}"#,
            r#"{"type":"moved","lat":45.19,"lon":5.72}"#,
            r#"{"type":"hours_wrong","hours_osm":"Mo-Sa 10:00-18:00"}"#,
            r#"{"type":"hours_wrong","text":"Fermé le lundi"}"#,
            r#"{"type":"phone_wrong","phone":"04 76 00 00 00"}"#,
            r#"{"type":"wifi_broken"}"#,
            r#"{"type":"charging_here","free":true,"how":"lockers"}"#,
            r#"{"type":"charging_here"}"#,
        ] {
            let c = Contribution::from_json(report(problem).as_bytes());
            assert!(c.is_ok(), "{problem}: {c:?}");
        }
    }

    #[test]
    fn size_and_syntax_are_refused() {
        let big = format!("{}{}", " ".repeat(MAX_BYTES), NEW_PLACE);
        assert_eq!(
            refused(&big),
            ContributionError::TooLarge(MAX_BYTES + NEW_PLACE.len())
        );
        assert!(matches!(refused("{"), ContributionError::Malformed(_)));
        assert!(matches!(refused("[]"), ContributionError::Malformed(_)));
        assert!(matches!(
            refused(&report(r#"{"type":"exploded"}"#)),
            ContributionError::Malformed(_)
        ));
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level_and_not_echoed() {
        let top = NEW_PLACE.replace(r#""note""#, r#""<script>x</script>":1,"note""#);
        let e = refused(&top);
        assert!(matches!(e, ContributionError::Malformed(_)), "{e:?}");
        assert!(!e.to_string().contains('<'), "{e}");
        let in_kind = new_place_with(r#""free":true}"#, r#""free":true,"owner":"x"}"#);
        assert!(matches!(refused(&in_kind), ContributionError::Malformed(_)));
        let in_charging = new_place_with(r#""how":"sockets""#, r#""how":"sockets","volts":5"#);
        assert!(matches!(
            refused(&in_charging),
            ContributionError::Malformed(_)
        ));
        let in_problem = report(r#"{"type":"wifi_broken","ssid":"x"}"#);
        assert!(matches!(
            refused(&in_problem),
            ContributionError::Malformed(_)
        ));
        // A position of the person has no field to go in.
        let person = NEW_PLACE.replace(r#""note""#, r#""my_lat":45.1,"note""#);
        assert!(matches!(refused(&person), ContributionError::Malformed(_)));
    }

    #[test]
    fn ids_are_refused_unless_16_to_64_safe_characters() {
        for id in [
            "short",
            &"a".repeat(65),
            "abcdefghijklmnop qr",
            "abcdefghijklmnopé",
            "abcdefghijklmnop'",
        ] {
            let json = NEW_PLACE.replace("k3J9x2mQpL8vN4rT", id);
            assert_eq!(refused(&json), ContributionError::BadId, "{id}");
        }
        let json = NEW_PLACE.replace("k3J9x2mQpL8vN4rT", &"a-_9".repeat(16));
        assert!(Contribution::from_json(json.as_bytes()).is_ok());
    }

    #[test]
    fn coordinates_must_be_finite_and_in_france() {
        for (lat, lon) in [
            ("91", "5.7"),
            ("45.18", "181"),
            ("40.7", "-74.0"),
            ("0", "0"),
            ("-33.9", "151.2"),
        ] {
            let json = new_place_with(
                r#""lat":45.1875,"lon":5.7357"#,
                &format!(r#""lat":{lat},"lon":{lon}"#),
            );
            assert_eq!(refused(&json), ContributionError::BadPoint, "{lat},{lon}");
        }
        // JSON has no NaN; a string is not a number.
        let nan = new_place_with(r#""lat":45.1875"#, r#""lat":"NaN""#);
        assert!(matches!(refused(&nan), ContributionError::Malformed(_)));
        let huge = new_place_with(r#""lat":45.1875"#, r#""lat":1e400"#);
        assert!(matches!(
            refused(&huge),
            ContributionError::Malformed(_) | ContributionError::BadPoint
        ));
        let moved = report(r#"{"type":"moved","lat":5.72,"lon":145.19}"#);
        assert_eq!(refused(&moved), ContributionError::BadPoint);
        // La Réunion and Martinique are France.
        assert!(in_france_box(-21.0, 55.5) && in_france_box(14.6, -61.0));
    }

    #[test]
    fn needs_must_be_known_ids_and_at_least_one() {
        let unknown = new_place_with(r#"["charging","wifi"]"#, r#"["charging","showers"]"#);
        assert_eq!(refused(&unknown), ContributionError::BadNeeds);
        let cased = new_place_with(r#"["charging","wifi"]"#, r#"["Charging"]"#);
        assert_eq!(refused(&cased), ContributionError::BadNeeds);
        let none = new_place_with(r#"["charging","wifi"]"#, "[]");
        assert_eq!(refused(&none), ContributionError::BadNeeds);
        let without = new_place_with(r#"["charging","wifi"]"#, r#"["wifi"]"#);
        assert_eq!(refused(&without), ContributionError::ChargingWithoutNeed);
    }

    #[test]
    fn names_hours_phones_notes_dates_and_versions_are_checked() {
        use ContributionError as E;
        let name = |n: &str| new_place_with("Accueil de jour Point d'eau", n);
        assert_eq!(refused(&name("A")), E::BadName);
        assert_eq!(refused(&name(&"x".repeat(121))), E::BadName);
        assert_eq!(refused(&name("Tab\\there")), E::BadName);
        // SQL-looking text is just a name.
        assert!(
            Contribution::from_json(name("Robert'); DROP TABLE contributions;--").as_bytes())
                .is_ok()
        );
        let hours = new_place_with("Mo-Fr 09:00-12:00", "the mornings");
        assert_eq!(refused(&hours), E::BadHours);
        assert_eq!(
            refused(&report(r#"{"type":"hours_wrong"}"#)),
            E::BadHoursText
        );
        assert_eq!(
            refused(&report(r#"{"type":"hours_wrong","hours_osm":"lundi"}"#)),
            E::BadHours
        );
        assert_eq!(
            refused(&report(r#"{"type":"phone_wrong","phone":"call me"}"#)),
            E::BadPhone
        );
        let note = |n: &str| new_place_with("Prises dans la salle d'accueil.", n);
        assert_eq!(refused(&note(&"é".repeat(501))), E::BadNote);
        assert_eq!(refused(&note("bell\\u0007")), E::BadNote);
        assert_eq!(refused(&note("flip\\u202Eevil")), E::Invisible("note"));
        assert!(Contribution::from_json(note("deux\\nlignes <b>ok</b>").as_bytes()).is_ok());
        assert_eq!(refused(&report(r#"{"type":"other"}"#)), E::OtherWithoutNote);
        let date = new_place_with("2026-03-10T10:00:00+01:00", "hier");
        assert_eq!(refused(&date), E::BadCreated);
        let version = new_place_with(r#""0.1.0""#, r#""0.1.0 <b>""#);
        assert_eq!(refused(&version), E::BadAppVersion);
        let key = report(r#"{"type":"wifi_broken"}"#).replace("hinaura:42", "nokey");
        assert_eq!(refused(&key), E::BadPlaceKey);
    }

    #[test]
    fn a_tiny_latitude_was_read_back_as_another_number_from_its_canonical_json() {
        // The fuzz target `contribution`'s crash: a latitude of 45.18754e-211 was accepted and
        // its stored canonical JSON read back as another contribution (a retry would count as
        // a conflict). To a centimetre it is a zero latitude: refused like any.
        let at = |lat: &str| NEW_PLACE.replace("\"lat\":45.1875", &format!("\"lat\":{lat}"));
        assert_eq!(refused(&at("45.18754e-211")), ContributionError::BadPoint);
        // Coordinates finer than a centimetre are kept to 1e-7 degree and read back the same.
        for (lat, kept) in [
            ("45.187540000000000000000000012", 45.18754),
            ("45.12345678901234567890", 45.1234568),
            ("4518754e-5", 45.18754),
        ] {
            let c = Contribution::from_json(at(lat).as_bytes()).unwrap();
            let Kind::NewPlace { lat: got, .. } = c.kind else {
                panic!("a new place")
            };
            assert_eq!(got, kept, "{lat}");
            let again = Contribution::from_json(c.canonical_json().as_bytes()).unwrap();
            assert_eq!(again, c, "{lat}");
        }
    }

    #[test]
    fn invisible_characters_were_accepted_and_showed_as_another_name() {
        use ContributionError as E;
        let name = |n: &str| new_place_with("Accueil de jour Point d'eau", n);
        let note = |n: &str| new_place_with("Prises dans la salle d'accueil.", n);
        // Zero-width space, word joiner, LRM/RLM, ALM, an isolate, BOM, line and paragraph
        // separators, soft hyphen, a tag character, the Hangul filler, the CGJ.
        for c in [
            "\\u200b",
            "\\u2060",
            "\\u200e",
            "\\u200f",
            "\\u061c",
            "\\u2067",
            "\\ufeff",
            "\\u2028",
            "\\u2029",
            "\\u00ad",
            "\\udb40\\udc41",
            "\\u3164",
            "\\u034f",
        ] {
            assert_eq!(
                refused(&name(&format!("{c}{c}{c}ab"))),
                E::Invisible("name"),
                "{c}"
            );
            assert_eq!(
                refused(&note(&format!("a{c}b"))),
                E::Invisible("note"),
                "{c}"
            );
        }
        let hours = report(r#"{"type":"hours_wrong","text":"Ferm\u00e9\u200b le lundi"}"#);
        assert_eq!(refused(&hours), E::Invisible("text"));
        let key = report(r#"{"type":"wifi_broken"}"#).replace("hinaura:42", "hinaura:4\\u200d2");
        assert_eq!(refused(&key), E::Invisible("place_key"));
        // The reason names the field, never the text.
        let message = E::Invisible("name").to_string();
        assert!(message.starts_with("name contains invisible"), "{message}");
        // Accents, apostrophes, emoji with their colour selector, and non-Latin scripts stay.
        for ok in ["Café l'Étape", "Ça marche ❤\\ufe0f", "مكتبة", "Точка"] {
            assert!(Contribution::from_json(note(ok).as_bytes()).is_ok(), "{ok}");
        }
        assert_eq!(
            without_invisible("\u{200b}\u{200b}\u{200b}ab\u{00ad}", false),
            "ab"
        );
        assert_eq!(without_invisible("a\nb\u{2028}c\t", true), "a\nbc");
    }

    #[test]
    fn the_week_picker_gives_hours_the_app_reads() {
        let h = simple_week(&[5, 1, 3, 3], 9, 17).unwrap();
        assert_eq!(h, "Mo,We,Fr 09:00-17:00");
        let schedule = Schedule::parse(&h).unwrap();
        // Wednesday 11 March 2026 at 10:00: open; Tuesday: closed.
        let at = |d: u32, hh: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 3, d)
                .unwrap()
                .and_hms_opt(hh, 0, 0)
                .unwrap()
        };
        assert!(matches!(
            schedule.status_at(at(11, 10)),
            crate::hours::OpenStatus::Open { .. }
        ));
        assert!(!matches!(
            schedule.status_at(at(10, 10)),
            crate::hours::OpenStatus::Open { .. }
        ));
        assert_eq!(simple_week(&[], 9, 17), None);
        assert_eq!(simple_week(&[1], 17, 9), None);
        assert_eq!(simple_week(&[9], 9, 17), None);
    }
}
