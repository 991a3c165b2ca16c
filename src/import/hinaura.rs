//! Importer for the raw export of the Hinaura regional form (carto.hinaura.fr): the places of
//! digital mediation in Auvergne-Rhône-Alpes, as their own staff described them in 2021–2022.
//!
//! Why this source: it is the richest description of the Grenoble area's digital help places
//! (hours per weekday, what is at hand, how people are accompanied, which online procedures,
//! publics, fees). ANCT republished the same places, transformed, in the national cartography
//! (see [`super::anct_hinaura`]); this raw export keeps details that the transform lost
//! (printers, "walk in" vs "appointment", repair, low-cost equipment, languages).
//!
//! # Mapping
//!
//! Vocabulary is matched after [`fold`] on both sides (case, accents, punctuation and
//! whitespace do not matter). Every value of an offer field is also kept as a source term.
//!
//! | Field | Source value | Tout près |
//! |---|---|---|
//! | `À disposition` | Réseau Wifi | need `wifi` (how to connect stays unknown) |
//! | | Accès libre à du matériel informatique | need `computers`, delivery `alone` |
//! | | Imprimante (service gratuit / payant) | `printer = true` |
//! | `Types d'accompagnement proposés` | Accompagnement individuel sur rendez-vous | `helper` with help, access `appointment` |
//! | | Accompagnement individuel sans rendez-vous | `helper` with help, access `walk_in` |
//! | | Accompagnement en groupe sur / sans inscription | `training`, delivery `workshop` |
//! | | Accès libre avec un accompagnement | `helper` with help |
//! | | Faire à la place de / habilité Aidants Connect | `procedures`, delivery `done_for_you` |
//! | | Impression | `printer = true` |
//! | | Achat équipement à bas coût | `equipment` |
//! | | Atelier de réparation de matériel informatique | `repair` |
//! | `Accompagnements proposés aux démarches en ligne` | any value (CAF, Pôle Emploi, CPAM…) | `procedures` with help |
//! | `Formations compétences de base proposées` | any value | `training` |
//! | `Comprendre et Utiliser les sites d'accès aux droits proposées` | any value | `training` |
//! | `Sensibilisations culture numérique` | any value | `training` (ANCT maps it to "Approfondir ma culture numérique") |
//! | `Tarifs` | Gratuit / Gratuit sous condition / Payant / Adhésion | fees `free` / `free_under_conditions` / `paid` / `membership` |
//! | | Solidaire (…) | fees `paid`, and the words as a term |
//! | | Agréé Pass Numérique (…) | term only |
//! | `Publics accueillis` | Adultes / Seniors / Jeunesse (11-26 ans) | `adults` / `seniors` / `youth` |
//! | | Enfance / Petite enfance (… Parentalité …) | `children` (+ `families` when it says Parentalité) |
//! | | Tout public | `all` (never assumed otherwise) |
//! | `Accueil pour les personnes en situation de handicap` | Accès Personnes à Mobilité Réduite | `wheelchair = true` |
//! | | Surdité / Handicap Mental / Cécité et déficience visuelle | public `disabled` |
//! | `Accompagnement de publics spécifiques` | Langue étrangère (anglais) | language `en` |
//! | | Personnes avec des problématiques linguistiques | public `language` |
//! | | Personnes en insertion | public `insertion` |
//! | | Personnes en situation d'illettrisme | public `illiteracy` |
//! | | Langue étrangère (autres langues) | term only (which languages is not said) |
//! | `Type de lieu` | first value other than "Autres" | `kind`; every value but "Autres" is kept as a term |
//! | (every offer field blank, or none mapping to a need) | | `helper` **to check**: the map lists only places of digital mediation, so help with a computer or phone is the place's stated scope, but what is offered is not said (248 of the 310 Isère rows left every offer field blank) |
//! | `Informations diverses…` | free text with HTML | `description` (cleaned, at most 600 characters) |
//! | `Lundi` … `Dimanche` | free text per day | OSM `opening_hours` through [`weekly_text_to_osm`], else the text, reported |
//! | `Téléphone` | text or integer | [`text::phone`] (the integer lost its leading zero) |
//! | `Email (…)` | one or several addresses | the first valid one |
//! | `Site Web` | text | the first plausible address ("http://" alone is nothing) |
//! | `datetime_latest` | `dd/mm/yyyy hh:mm:ss` | provenance `updated` |
//!
//! Unknown values of `Publics accueillis`, handicap and specific publics are kept as terms, so that
//! nothing the source says is lost; nothing else is inferred from them.
//!
//! # Quirks of the source
//!
//! - No record id. The id is the folded name and the postcode
//!   (`bibliotheque-pablo-neruda-38130`). Two rows with the same id closer than 200 m are one
//!   place entered twice: the first row is kept, the later ones reported as duplicates. Two rows
//!   with the same id far apart are two places (one association, two addresses): the later one's
//!   id gets its folded address appended, and the row is reported as repaired.
//! - Field names carry `*` and long explanations (the e-mail field is a whole sentence, "d'accès"
//!   uses a typographic apostrophe): fields are found by their folded prefix.
//! - Multi-valued fields were exported through a broken CSV writer
//!   (`Réseau Wifi","Accès libre…`): [`split_multi`] splits them.
//! - The handicap field contains `<i class=""fas fa-wheelchair""></i>` icons; HTML is removed
//!   everywhere with [`clean`].
//! - Phones are strings, integers without the leading zero, or `'+33 4 76…` with the spreadsheet
//!   apostrophe still in front.
//! - The licence-consent field is empty for about half the rows; ANCT republished the whole
//!   dataset under Licence Ouverte 2.0, so every row is kept.

use super::{
    check_point, collect_objects, finish_row, format_error, json_number, json_text, new_place,
    parse_date, postcode, read_file, strip_bom, CheckedPoint, Import, ImportError, ImportReport,
    SeenIds, SourceInfo,
};
use crate::hours::weekly_text_to_osm;
use crate::need::Need;
use crate::place::{Access, Delivery, Fees, Place};
use crate::text::{self, clean, clean_multiline, fold, split_multi};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::Path;

/// Longest description kept, in characters.
pub const DESCRIPTION_MAX_CHARS: usize = 600;

/// Two rows with the same name and postcode closer than this are one place entered twice.
const SAME_PLACE_METRES: f64 = 200.0;

const DAYS: [&str; 7] = [
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
];

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "hinaura".to_string(),
        name: "Hinaura — lieux de médiation numérique en Auvergne-Rhône-Alpes".to_string(),
        licence: "ODbL 1.0".to_string(),
        licence_url: "https://opendatacommons.org/licenses/odbl/1-0/".to_string(),
        attribution: "Hinaura — carto.hinaura.fr (lieux de médiation numérique en \
                      Auvergne-Rhône-Alpes), ODbL"
            .to_string(),
        origin: "https://github.com/anct-cartographie-nationale/mednum-cli \
                 (assets/input/hinaura/hinaura.json, commit 96ebe90d, export of carto.hinaura.fr)"
            .to_string(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// Parse the JSON array of form records. Only a file that is not a JSON array is an error.
pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let rows = json_array(input, path_for_errors)?;
    let mut ids = Ids::default();
    Ok(collect_objects(
        source(),
        &rows,
        "row is not a JSON object",
        |obj, n, source, report| parse_row(&Fields::new(obj), n, source, &mut ids, report),
    ))
}

/// The top-level JSON array, or a format error (a UTF-8 byte-order mark is tolerated).
pub(crate) fn json_array(input: &[u8], path: &str) -> Result<Vec<Value>, ImportError> {
    match serde_json::from_slice::<Value>(strip_bom(input)) {
        Ok(Value::Array(rows)) => Ok(rows),
        Ok(other) => Err(format_error(
            path,
            "JSON",
            &format!("expected an array of records, found {}", json_kind(&other)),
        )),
        Err(e) => Err(format_error(path, "JSON", &e.to_string())),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A record's fields, found by folded name or folded prefix.
struct Fields<'a> {
    fields: Vec<(String, &'a Value)>,
}

impl<'a> Fields<'a> {
    fn new(obj: &'a Map<String, Value>) -> Self {
        Fields {
            fields: obj.iter().map(|(k, v)| (fold(k), v)).collect(),
        }
    }

    /// The field whose folded name is `name` folded, or else the first one that starts with it
    /// (followed by a word break).
    fn get(&self, name: &str) -> Option<&'a Value> {
        let want = fold(name);
        if want.is_empty() {
            return None;
        }
        self.fields
            .iter()
            .find(|(k, _)| *k == want)
            .or_else(|| {
                self.fields.iter().find(|(k, _)| {
                    k.strip_prefix(want.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                })
            })
            .map(|(_, v)| *v)
    }

    /// A string or number field as cleaned text (`true`/`false` are not text).
    fn text(&self, name: &str) -> Option<String> {
        match self.get(name) {
            Some(Value::Bool(_)) => None,
            v => json_text(v),
        }
    }

    /// A multi-valued field, split and cleaned.
    fn multi(&self, name: &str) -> Vec<String> {
        match self.get(name) {
            Some(Value::String(s)) => split_multi(s),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| json_text(Some(v)))
                .flat_map(|s| split_multi(&s))
                .collect(),
            other => json_text(other)
                .map(|s| split_multi(&s))
                .unwrap_or_default(),
        }
    }
}

/// Record ids seen so far, and where the first row of each was.
#[derive(Default)]
struct Ids {
    seen: SeenIds,
    points: HashMap<String, (f64, f64)>,
}

/// `bibliotheque-pablo-neruda-38130`.
pub fn record_id(name: &str, postcode: Option<&str>) -> String {
    let mut id = fold(name).replace(' ', "-");
    if let Some(pc) = postcode.filter(|p| !p.is_empty()) {
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(pc);
    }
    id
}

fn parse_row(
    f: &Fields,
    n: usize,
    source: &SourceInfo,
    ids: &mut Ids,
    report: &mut ImportReport,
) -> Option<Place> {
    let name = f.text("Nom du lieu ou de la structure").unwrap_or_default();
    let pc = f.text("Code postal").as_deref().and_then(postcode);
    let address = f.text("Adresse postale");
    let lat = json_number(f.get("bf_latitude"));
    let lon = json_number(f.get("bf_longitude"));
    let point: Option<CheckedPoint> = check_point(lat, lon).ok();

    // The id; duplicates are only looked for among rows that can be kept.
    let mut id = record_id(&name, pc.as_deref());
    if name.is_empty() {
        id = format!("row-{n}");
    } else if let Some(p) = point {
        if let Some(&first) = ids.points.get(&id) {
            let far =
                crate::spatial::distance_m(first.0, first.1, p.lat, p.lon) > SAME_PLACE_METRES;
            let addr = address.as_deref().map(fold).unwrap_or_default();
            if far && !addr.is_empty() {
                id = format!("{id}-{}", addr.replace(' ', "-"));
                report.repair(
                    n,
                    Some(&id),
                    "same name and postcode as an earlier row but another place: \
                     address added to the id",
                );
            }
        }
        if !ids.seen.first_time(&id, n, report) {
            return None;
        }
        ids.points.entry(id.clone()).or_insert((p.lat, p.lon));
    }

    let updated = f.text("datetime_latest").as_deref().and_then(parse_date);
    let mut place = new_place(source, &id, updated);
    place.name = name;
    place.address = address;
    place.postcode = pc;
    place.commune = f.text("Ville");
    place.phone = f.text("Téléphone").as_deref().and_then(phone);
    place.email = f.text("Email").as_deref().and_then(first_email);
    place.website = f.text("Site Web").as_deref().and_then(first_website);
    place.description = f
        .get("Informations diverses")
        .and_then(Value::as_str)
        .and_then(clean_multiline)
        .map(|d| truncate_description(&d, DESCRIPTION_MAX_CHARS));

    for kind in f.multi("Type de lieu") {
        if fold(&kind) == "autres" {
            continue;
        }
        if place.kind.is_none() {
            place.kind = Some(kind.clone());
        }
        place.add_term(&kind);
    }

    for v in f.multi("À disposition") {
        map_equipment(&mut place, &v);
    }
    for v in f.multi("Types d'accompagnement proposés") {
        map_support(&mut place, &v);
    }
    let procedures = f.multi("Accompagnements proposés aux démarches en ligne");
    if !procedures.is_empty() {
        place.confirm_need(Need::Procedures);
        place.add_delivery(Need::Procedures, Delivery::WITH_HELP);
    }
    let training: Vec<String> = [
        "Formations compétences de base proposées",
        "Comprendre et Utiliser les sites d'accès aux droits proposées",
        "Sensibilisations culture numérique",
    ]
    .iter()
    .flat_map(|field| f.multi(field))
    .collect();
    if !training.is_empty() {
        place.confirm_need(Need::Training);
    }
    for term in procedures.iter().chain(&training) {
        place.add_term(term);
    }
    for v in f.multi("Tarifs") {
        map_fee(&mut place, &v);
    }
    for v in f.multi("Publics accueillis") {
        map_public(&mut place, &v);
    }
    for v in f.multi("Accueil pour les personnes en situation de handicap") {
        map_disability(&mut place, &v);
    }
    for v in f.multi("Accompagnement de publics spécifiques") {
        map_specific_public(&mut place, &v);
    }

    read_hours(f, &mut place, n, report);
    if place.needs.is_empty() && place.needs_to_check.is_empty() {
        // The form left the offer blank, but the place is on the map because it offers help
        // with digital things: that much is the source's own scope, the rest is unknown.
        place.suggest_need(Need::Helper);
    }

    finish_row(&mut place, n, lat, lon, report).then_some(place)
}

fn read_hours(f: &Fields, place: &mut Place, n: usize, report: &mut ImportReport) {
    let texts: Vec<Option<String>> = DAYS.iter().map(|d| f.text(d)).collect();
    if texts.iter().all(Option::is_none) {
        return;
    }
    let days: [Option<&str>; 7] = std::array::from_fn(|i| texts[i].as_deref());
    match weekly_text_to_osm(&days) {
        Ok(Some(osm)) => place.hours.osm = Some(osm),
        Ok(None) => {}
        Err(reason) => {
            let text: Vec<String> = DAYS
                .iter()
                .zip(&texts)
                .filter_map(|(day, t)| t.as_ref().map(|t| format!("{day} : {t}")))
                .collect();
            if !text.is_empty() {
                place.hours.text = Some(text.join("; "));
            }
            let rid = place.provenance.first().map(|p| p.record_id.clone());
            report.repair(n, rid.as_deref(), format!("hours kept as text: {reason}"));
        }
    }
}

fn map_equipment(place: &mut Place, value: &str) {
    let v = fold(value);
    if v == "reseau wifi" {
        place.confirm_need(Need::Wifi);
    } else if v == "acces libre a du materiel informatique" {
        place.confirm_need(Need::Computers);
        place.add_delivery(Need::Computers, Delivery::ALONE);
    } else if v.starts_with("imprimante") {
        place.printer = Some(true);
    }
    place.add_term(value);
}

fn map_support(place: &mut Place, value: &str) {
    let v = fold(value);
    match v.as_str() {
        "accompagnement individuel sur rendez vous" => {
            place.confirm_need(Need::Helper);
            place.add_delivery(Need::Helper, Delivery::WITH_HELP);
            place.access = place.access.union(Access::APPOINTMENT);
        }
        "accompagnement individuel sans rendez vous" => {
            place.confirm_need(Need::Helper);
            place.add_delivery(Need::Helper, Delivery::WITH_HELP);
            place.access = place.access.union(Access::WALK_IN);
        }
        "accompagnement en groupe sur inscription"
        | "accompagnement en groupe sans inscription" => {
            place.confirm_need(Need::Training);
            place.add_delivery(Need::Training, Delivery::WORKSHOP);
        }
        "acces libre avec un accompagnement" => {
            place.confirm_need(Need::Helper);
            place.add_delivery(Need::Helper, Delivery::WITH_HELP);
        }
        "faire a la place de habilite aidants connect" => {
            place.confirm_need(Need::Procedures);
            place.add_delivery(Need::Procedures, Delivery::DONE_FOR_YOU);
        }
        "impression" => place.printer = Some(true),
        "achat equipement a bas cout" => place.confirm_need(Need::Equipment),
        "atelier de reparation de materiel informatique" => place.confirm_need(Need::Repair),
        _ => {}
    }
    place.add_term(value);
}

fn map_fee(place: &mut Place, value: &str) {
    let v = fold(value);
    let fee = match v.as_str() {
        "gratuit" => Some(Fees::FREE),
        "gratuit sous condition" | "gratuit sous conditions" => Some(Fees::FREE_UNDER_CONDITIONS),
        "payant" => Some(Fees::PAID),
        "adhesion" => Some(Fees::MEMBERSHIP),
        _ if v.starts_with("solidaire") => {
            place.add_term(value);
            Some(Fees::PAID)
        }
        _ => {
            // "Agréé Pass Numérique (APTIC ou autres)" and anything unknown: words only.
            place.add_term(value);
            None
        }
    };
    if let Some(fee) = fee {
        place.fees = place.fees.union(fee);
    }
}

pub(crate) fn add_public(place: &mut Place, public: &str) {
    if !place.publics.iter().any(|p| p == public) {
        place.publics.push(public.to_string());
    }
}

fn map_public(place: &mut Place, value: &str) {
    let v = fold(value);
    if v.starts_with("tout public") || v.starts_with("tous publics") {
        add_public(place, "all");
    } else if v.starts_with("adulte") {
        add_public(place, "adults");
    } else if v.starts_with("senior") {
        add_public(place, "seniors");
    } else if v.starts_with("jeunesse") || v.starts_with("jeunes") {
        add_public(place, "youth");
    } else if v.starts_with("enfance") || v.starts_with("petite enfance") {
        add_public(place, "children");
        if v.contains("parentalite") {
            add_public(place, "families");
        }
    } else {
        place.add_term(value);
    }
}

fn map_disability(place: &mut Place, value: &str) {
    let v = fold(value);
    if v.contains("mobilite reduite") {
        place.wheelchair = Some(true);
    } else if v.starts_with("surdite") || v.starts_with("handicap") || v.starts_with("cecite") {
        add_public(place, "disabled");
    } else {
        place.add_term(value);
    }
}

fn map_specific_public(place: &mut Place, value: &str) {
    let v = fold(value);
    if v == "langue etrangere anglais" {
        if !place.languages.iter().any(|l| l == "en") {
            place.languages.push("en".to_string());
        }
    } else if v.contains("problematiques linguistiques") {
        add_public(place, "language");
    } else if v.contains("insertion") {
        add_public(place, "insertion");
    } else if v.contains("illettrisme") {
        add_public(place, "illiteracy");
    } else {
        place.add_term(value);
    }
}

/// A phone number. The first French number found in the text is taken, so that the spreadsheet
/// apostrophe (`'+33 4 76…`) and notes ("04.76.21.29.09 et pour s'inscrire : …") fall away;
/// text with no French number is kept as given.
pub(crate) fn phone(raw: &str) -> Option<String> {
    let is_number_char =
        |c: char| c.is_ascii_digit() || matches!(c, ' ' | '.' | '+' | '-' | '(' | ')' | '\u{a0}');
    raw.split(|c: char| !is_number_char(c))
        .filter_map(text::phone)
        .find(|p| is_national_phone(p))
        .or_else(|| text::phone(raw))
}

/// "04 76 33 06 56".
fn is_national_phone(p: &str) -> bool {
    p.len() == 14
        && p.starts_with('0')
        && p.char_indices().all(|(i, c)| {
            if i % 3 == 2 {
                c == ' '
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The first valid e-mail address in a field that may hold several
/// (`a@x.fr et b@y.fr`, `a@x.fr ; b@y.fr`, `a@x.fr / b@y.fr`).
pub(crate) fn first_email(raw: &str) -> Option<String> {
    raw.split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '/' | '|'))
        .find_map(text::email)
}

/// The first plausible website in a field that may hold several (`|` or `;` separated). A bare
/// scheme (`http://`) or a phone number typed in the website field is not a website.
pub(crate) fn first_website(raw: &str) -> Option<String> {
    let raw = clean(raw)?;
    raw.split(|c: char| c.is_whitespace() || matches!(c, ';' | '|'))
        .filter_map(text::website)
        .find(|url| plausible_host(url))
}

fn plausible_host(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_alphabetic())
}

/// Shorten a description to at most `max_chars` characters, at a sentence end or a word break,
/// with "…" when shortened.
pub fn truncate_description(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    if max_chars == 0 {
        return String::new();
    }
    let budget = max_chars.saturating_sub(1);
    let end = text
        .char_indices()
        .nth(budget)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let min_keep = head.len() / 2;
    let sentence_end = head
        .char_indices()
        .rev()
        .take_while(|(i, _)| *i >= min_keep)
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map(|(i, c)| i + c.len_utf8());
    let word_break = || {
        head.char_indices()
            .rev()
            .take_while(|(i, _)| *i >= min_keep)
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
    };
    let cut = sentence_end.or_else(word_break).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::Schedule;
    use crate::import::test_support::{one_json, place as find, run_json, with_fields};
    use crate::import::Action;
    use crate::need::NeedSet;
    use chrono::{NaiveDate, NaiveTime};

    const REAL: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/hinaura-aura/hinaura-lieux-isere-2022.json"
    );

    fn real() -> Import {
        import(Path::new(REAL)).expect("the real Hinaura file imports")
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// Opening intervals per weekday (0 = Monday) of an OSM expression.
    fn week(osm: &str) -> [Vec<(NaiveTime, NaiveTime)>; 7] {
        let schedule = Schedule::parse(osm).expect("converted hours parse");
        schedule.week(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap())
    }

    /// One record with the real field names, overridden by `extra`.
    fn record(extra: serde_json::Value) -> serde_json::Value {
        let base = serde_json::json!({
            "datetime_latest": "17/08/2022 13:38:08",
            "Nom du lieu ou de la structure *": "Maison des habitants",
            "Adresse postale *": "1 rue de la Paix",
            "Code postal": 38000,
            "Ville *": "Grenoble",
            "bf_latitude": 45.188,
            "bf_longitude": 5.724,
            "Email (éviter les emails nominatifs - en cas d'email nominitatif seule la personne concernée est autorisé à l'ajouter)": "",
            "Téléphone": "",
            "Site Web": "",
            "Lundi": "", "Mardi": "", "Mercredi": "", "Jeudi": "", "Vendredi": "", "Samedi": "", "Dimanche": "",
        });
        with_fields(base, extra)
    }

    fn run(rows: Vec<serde_json::Value>) -> Import {
        run_json(parse, rows)
    }

    fn one(extra: serde_json::Value) -> Place {
        one_json(parse, record(extra))
    }

    #[test]
    fn real_file_counts_are_consistent() {
        let import = real();
        let r = &import.report;
        assert_eq!(r.read, 310);
        assert_eq!(r.read, r.kept + r.skipped, "{r}");
        assert_eq!(r.kept, import.places.len());
        // Five places were entered twice (same name, postcode and point).
        let duplicates = r
            .issues
            .iter()
            .filter(|i| i.reason.starts_with("duplicate id"))
            .count();
        assert_eq!(duplicates, 5, "{:#?}", r.issues);
        assert_eq!(r.skipped, 5, "{:#?}", r.issues);
        // Ids are unique.
        let mut ids: Vec<&str> = import.places.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), import.places.len());
        // Every place has provenance and an update date.
        assert!(import.places.iter().all(|p| p.last_updated().is_some()));
        // No HTML left anywhere.
        for p in &import.places {
            for s in p.source_terms.iter().chain(p.kind.iter()) {
                assert!(
                    !s.contains("<i") && !s.contains("&nbsp;") && !s.contains('"'),
                    "{s}"
                );
            }
            for s in p.description.iter().chain(p.hours.text.iter()) {
                assert!(
                    !s.contains("<i") && !s.contains("&nbsp;") && !s.contains("&amp;"),
                    "{s}"
                );
            }
        }
    }

    /// 245 of the 305 kept places had no need at all, so no screen ever showed them.
    #[test]
    fn blank_offer_places_were_never_shown() {
        // A place that states an offer keeps exactly it, with nothing added to check.
        let wifi = one(serde_json::json!({ "À disposition": "Réseau Wifi" }));
        assert_eq!(wifi.needs, NeedSet::of(&[Need::Wifi]));
        assert!(wifi.needs_to_check.is_empty());
        let real = real();
        let unshown = real
            .places
            .iter()
            .filter(|p| p.needs.is_empty() && p.needs_to_check.is_empty())
            .count();
        assert_eq!(unshown, 0);
        let to_check_only = real.places.iter().filter(|p| p.needs.is_empty()).count();
        assert!((240..=250).contains(&to_check_only), "{to_check_only}");
    }

    #[test]
    fn real_file_same_name_far_apart_is_two_places() {
        let import = real();
        let ordi: Vec<&Place> = import
            .places
            .iter()
            .filter(|p| p.id.starts_with("hinaura:orditoutage-38100"))
            .collect();
        assert_eq!(ordi.len(), 2);
        assert!(import
            .report
            .issues
            .iter()
            .any(|i| i.action == Action::Repaired
                && i.record_id.as_deref() == Some("orditoutage-38100-5-rue-malakoff")));
    }

    #[test]
    fn real_file_pablo_neruda() {
        let import = real();
        let p = find(&import, "bibliotheque-pablo-neruda-38130");
        assert_eq!(p.name, "Bibliothèque Pablo-Neruda");
        assert_eq!(p.commune.as_deref(), Some("Echirolles"));
        assert_eq!(p.postcode.as_deref(), Some("38130"));
        assert!(p.needs.contains(Need::Wifi) && p.needs.contains(Need::Computers));
        assert!(p.needs.contains(Need::Helper) && p.needs.contains(Need::Training));
        assert!(p.needs.contains(Need::Procedures));
        assert!(!p.needs.contains(Need::Repair) && !p.needs.contains(Need::Charging));
        assert_eq!(p.delivery_for(Need::Computers), Delivery::ALONE);
        assert!(p.delivery_for(Need::Training).contains(Delivery::WORKSHOP));
        assert!(p.access.contains(Access::APPOINTMENT) && p.access.contains(Access::WALK_IN));
        // The source says nothing about a printer, nor how to connect to the wifi.
        assert_eq!(p.printer, None);
        assert_eq!(p.wifi_access, None);
        assert_eq!(p.wheelchair, None);
        assert_eq!(p.fees, Fees::FREE.union(Fees::FREE_UNDER_CONDITIONS));
        assert_eq!(
            p.publics,
            [
                "adults",
                "seniors",
                "children",
                "families",
                "youth",
                "language",
                "insertion"
            ]
        );
        assert_eq!(p.open_to_all(), Some(false));
        assert_eq!(p.languages, ["en"]);
        assert_eq!(p.kind.as_deref(), Some("Espace Public Numérique"));
        assert_eq!(p.phone.as_deref(), Some("04 76 20 64 51"));
        assert_eq!(p.email.as_deref(), Some("bm-neruda@ville-echirolles.fr"));
        assert_eq!(p.website.as_deref(), Some("https://www.biblio.sitpi.fr/"));
        assert_eq!(p.provenance[0].updated, NaiveDate::from_ymd_opt(2021, 5, 5));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "Accompagnement CAF (caf.fr)"));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "Langue étrangère (autres langues)"));
        let d = p.description.as_deref().unwrap();
        assert!(d.starts_with("Du matériel :\n6 PCs sous Windows"), "{d}");
        assert!(d.chars().count() <= DESCRIPTION_MAX_CHARS && d.ends_with('…'));
        let osm = p.hours.osm.as_deref().expect("hours converted");
        assert_eq!(p.hours.text, None);
        let w = week(osm);
        assert!(
            w[0].is_empty() && w[3].is_empty() && w[6].is_empty(),
            "{osm}"
        );
        assert_eq!(w[1], [(t(14, 0), t(18, 30))], "{osm}");
        assert_eq!(w[2], [(t(10, 0), t(12, 0)), (t(14, 0), t(18, 0))], "{osm}");
        assert_eq!(w[4], [(t(14, 0), t(18, 30))], "{osm}");
        assert_eq!(w[5], [(t(10, 0), t(12, 30)), (t(14, 0), t(18, 0))], "{osm}");
    }

    #[test]
    fn real_file_bernin_and_others() {
        let import = real();
        let p = find(&import, "mairie-de-bernin-38190");
        assert_eq!(p.phone.as_deref(), Some("04 76 92 07 40"));
        assert_eq!(p.website, None, "\"http://\" alone is no website");
        assert_eq!(p.kind, None, "\"Autres\" is no kind");
        assert!(p.needs.contains(Need::Procedures) && p.needs.contains(Need::Helper));
        assert!(p.needs.contains(Need::Training));
        assert!(!p.needs.contains(Need::Wifi) && !p.needs.contains(Need::Computers));
        assert_eq!(p.access, Access::APPOINTMENT);
        assert_eq!(p.fees, Fees::FREE);
        assert_eq!(p.publics, ["adults", "seniors"]);
        let w = week(p.hours.osm.as_deref().expect("hours converted"));
        assert_eq!(w[3], [(t(8, 45), t(11, 30))]);
        assert!(w.iter().enumerate().all(|(i, d)| i == 3 || d.is_empty()));

        // Emmaüs Connect sells low-cost equipment.
        let emmaus = import
            .places
            .iter()
            .find(|p| p.name == "Emmaüs Connect Grenoble")
            .unwrap();
        assert!(emmaus.needs.contains(Need::Equipment));
        // Repair workshops exist in the data.
        assert!(import.places.iter().any(|p| p.needs.contains(Need::Repair)));
        // Wheelchair access is said for some places, never guessed for the others.
        let wheel = import
            .places
            .iter()
            .filter(|p| p.wheelchair == Some(true))
            .count();
        assert!((20..=27).contains(&wheel), "{wheel}");
        assert!(import.places.iter().all(|p| p.wheelchair != Some(false)));
        // The apostrophe in front of `'+33 4 76 …` is gone.
        assert!(import
            .places
            .iter()
            .filter_map(|p| p.phone.as_deref())
            .all(|ph| !ph.contains('\'')));
        // A phone typed in the website field is not a website.
        assert!(import
            .places
            .iter()
            .filter_map(|p| p.website.as_deref())
            .all(|w| !w.contains("04.76")));
        // Printers are only set where the source says so.
        let printers = import
            .places
            .iter()
            .filter(|p| p.printer == Some(true))
            .count();
        assert!((20..=40).contains(&printers), "{printers}");
        assert!(import.places.iter().all(|p| p.printer != Some(false)));
    }

    #[test]
    fn garbage_is_a_format_error_not_a_panic() {
        for bad in [
            &b"not json"[..],
            b"{}",
            b"",
            b"42",
            b"\"text\"",
            b"[1,",
            b"\xff\xfe",
        ] {
            match parse(bad, "bad.json") {
                Err(ImportError::Format { path, .. }) => assert_eq!(path, "bad.json"),
                other => panic!("{:?}: {other:?}", String::from_utf8_lossy(bad)),
            }
        }
        let empty = parse(b"[]", "empty.json").unwrap();
        assert!(empty.places.is_empty() && empty.report.read == 0);
        let bom = parse(b"\xEF\xBB\xBF[]", "bom.json").unwrap();
        assert_eq!(bom.report.read, 0);
    }

    #[test]
    fn rows_that_are_not_objects_or_have_wrong_types_are_handled() {
        let import = run(vec![
            serde_json::json!(42),
            serde_json::json!(null),
            serde_json::json!(["a", "b"]),
            record(serde_json::json!({
                "Nom du lieu ou de la structure *": 12,
                "Code postal": "38000",
                "bf_latitude": "45,188",
                "bf_longitude": "5.724",
                "À disposition": ["Réseau Wifi", "Imprimante (service payant)"],
                "Types d'accompagnement proposés": {"weird": true},
                "Tarifs": 3,
                "Publics accueillis": null,
                "Lundi": false,
                "Téléphone": [1, 2],
                "datetime_latest": 20220101,
            })),
        ]);
        let r = &import.report;
        assert_eq!((r.read, r.kept, r.skipped), (4, 1, 3));
        assert!(r.issues[..3]
            .iter()
            .all(|i| i.reason == "row is not a JSON object"));
        let p = &import.places[0];
        assert_eq!(p.name, "12");
        assert_eq!((p.lat, p.lon), (45.188, 5.724));
        assert!(p.needs.contains(Need::Wifi));
        assert_eq!(p.printer, Some(true));
        assert_eq!(p.phone, None);
        assert_eq!(p.provenance[0].updated, None);
        assert!(p.fees.is_empty());
    }

    #[test]
    fn bad_rows_are_skipped_or_repaired() {
        let import = run(vec![
            record(serde_json::json!({"Nom du lieu ou de la structure *": "  "})),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "Swapped", "bf_latitude": 5.724, "bf_longitude": 45.188}),
            ),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "Zero", "bf_latitude": 0, "bf_longitude": 0}),
            ),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "Words", "bf_latitude": "abc", "bf_longitude": "5.7"}),
            ),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "New York", "bf_latitude": 40.7, "bf_longitude": -74.0}),
            ),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "Nowhere", "bf_latitude": null}),
            ),
            record(serde_json::json!({"Nom du lieu ou de la structure *": "Twice"})),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "TWICE ", "bf_latitude": 45.1881}),
            ),
            record(
                serde_json::json!({"Nom du lieu ou de la structure *": "Twice", "Adresse postale *": "9 rue Ailleurs", "bf_latitude": 45.2}),
            ),
        ]);
        let r = &import.report;
        assert_eq!(r.read, 9);
        assert_eq!(r.read, r.kept + r.skipped);
        let reasons: Vec<(usize, Action, &str)> = r
            .issues
            .iter()
            .map(|i| (i.row, i.action, i.reason.as_str()))
            .collect();
        let has = |row: usize, action: Action, start: &str| {
            reasons
                .iter()
                .any(|&(r, a, s)| r == row && a == action && s.starts_with(start))
        };
        assert!(has(1, Action::Skipped, "no name"), "{reasons:?}");
        assert!(
            has(2, Action::Repaired, "latitude and longitude were swapped"),
            "{reasons:?}"
        );
        assert!(
            has(3, Action::Skipped, "coordinates are zero"),
            "{reasons:?}"
        );
        assert!(
            has(4, Action::Skipped, "coordinates are not numbers"),
            "{reasons:?}"
        );
        assert!(
            has(5, Action::Skipped, "coordinates outside France"),
            "{reasons:?}"
        );
        assert!(has(6, Action::Skipped, "no coordinates"), "{reasons:?}");
        assert!(
            has(8, Action::Skipped, "duplicate id twice-38000"),
            "{reasons:?}"
        );
        assert!(
            has(9, Action::Repaired, "same name and postcode"),
            "{reasons:?}"
        );
        let names: Vec<&str> = import.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Swapped", "Twice", "Twice"]);
        let swapped = &import.places[0];
        assert_eq!((swapped.lat, swapped.lon), (45.188, 5.724));
        assert_eq!(import.places[1].id, "hinaura:twice-38000");
        assert_eq!(import.places[2].id, "hinaura:twice-38000-9-rue-ailleurs");
    }

    #[test]
    fn vocabulary_ignores_case_accents_whitespace_and_html() {
        let p = one(serde_json::json!({
            "Nom du lieu ou de la structure *": "<b>Espace&nbsp;numérique</b>  du   quartier ",
            "À disposition": "  réseau wifi \",\"ACCES LIBRE A DU MATERIEL INFORMATIQUE",
            "Types d'accompagnement proposés": "accompagnement individuel sans rendez vous\",\"Faire a la place de / habilite aidants connect\",\"  achat équipement à bas coût\",\"Atelier de réparation de matériel informatique",
            "Tarifs": "gratuit,\"SOLIDAIRE (tarif réduit, ou convention)\",\"Agrée Pass Numérique (APTIC ou autres)",
            "Publics accueillis": "Tout public",
            "Accueil pour les personnes en situation de handicap": "<i class=\"\"fas fa-wheelchair\"\"></i> Accès Personnes à Mobilité Réduite\",\"<i class=\"fas fa-deaf\"></i> Surdité",
            "Accompagnement de publics spécifiques": "langue etrangere (ANGLAIS)\",\"Personnes en situation d'illettrisme",
            "Type de lieu": "Autres,\"Centre socio-culturel\"",
            "Téléphone": "'+33 4 76 49 88 47",
            "Email (éviter les emails nominatifs - en cas d'email nominitatif seule la personne concernée est autorisé à l'ajouter)": " Accueil@Exemple.fr et autre@exemple.fr",
            "Site Web": "04.76.98.49.27 www.exemple.fr",
            "Informations diverses (précisions sur votre structure, vos services, vos partenaires...)": "<p>Bienvenue&nbsp;!</p>\n\n<p>Ateliers &amp; permanences.</p>",
        }));
        assert_eq!(p.name, "Espace numérique du quartier");
        assert_eq!(p.id, "hinaura:espace-numerique-du-quartier-38000");
        assert!(p.needs.contains(Need::Wifi) && p.needs.contains(Need::Computers));
        assert_eq!(p.delivery_for(Need::Computers), Delivery::ALONE);
        assert_eq!(p.access, Access::WALK_IN);
        assert_eq!(p.delivery_for(Need::Procedures), Delivery::DONE_FOR_YOU);
        assert!(p.needs.contains(Need::Equipment) && p.needs.contains(Need::Repair));
        assert_eq!(p.fees, Fees::FREE.union(Fees::PAID));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "SOLIDAIRE (tarif réduit, ou convention)"));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "Agrée Pass Numérique (APTIC ou autres)"));
        assert!(p.source_terms.iter().any(|t| t == "réseau wifi"));
        assert_eq!(p.publics, ["all", "disabled", "illiteracy"]);
        assert_eq!(p.wheelchair, Some(true));
        assert_eq!(p.languages, ["en"]);
        assert_eq!(p.kind.as_deref(), Some("Centre socio-culturel"));
        assert!(!p.source_terms.iter().any(|t| t == "Autres"));
        assert_eq!(p.phone.as_deref(), Some("04 76 49 88 47"));
        assert_eq!(p.email.as_deref(), Some("accueil@exemple.fr"));
        assert_eq!(p.website.as_deref(), Some("https://www.exemple.fr"));
        assert_eq!(
            p.description.as_deref(),
            Some("Bienvenue !\nAteliers & permanences.")
        );
        assert_eq!(p.printer, None);
    }

    #[test]
    fn nothing_is_invented_for_an_empty_record() {
        let p = one(serde_json::json!({}));
        assert!(p.needs.is_empty());
        // Only the map's own scope, to check (see the mapping table).
        assert_eq!(p.needs_to_check, NeedSet::of(&[Need::Helper]));
        assert!(p.fees.is_empty() && p.access.is_empty());
        assert!(p.publics.is_empty() && p.languages.is_empty() && p.source_terms.is_empty());
        assert_eq!((p.printer, p.wheelchair, p.wifi_access), (None, None, None));
        assert_eq!(p.open_to_all(), None);
        assert_eq!(p.hours, Default::default());
        assert_eq!(
            (p.phone.as_ref(), p.email.as_ref(), p.website.as_ref()),
            (None, None, None)
        );
    }

    #[test]
    fn unclear_hours_are_kept_as_text_and_reported() {
        let import = run(vec![record(serde_json::json!({
            "Lundi": "  Sur rendez-vous ",
            "Mardi": "peut-être l'après-midi &amp; le soir",
            "Mercredi": "",
        }))]);
        let p = &import.places[0];
        assert_eq!(p.hours.osm, None);
        assert_eq!(
            p.hours.text.as_deref(),
            Some("Lundi : Sur rendez-vous; Mardi : peut-être l'après-midi & le soir")
        );
        assert_eq!(import.report.repaired, 1);
        assert!(import.report.issues[0]
            .reason
            .starts_with("hours kept as text: "));
    }

    #[test]
    fn clear_hours_are_converted() {
        let p = one(serde_json::json!({
            "Lundi": "9h à 12h - 13h30 à 17h",
            "Mardi": "Fermé",
            "Mercredi": "8H30-12H/13H30-17H",
        }));
        let w = week(p.hours.osm.as_deref().expect("converted"));
        assert_eq!(w[0], [(t(9, 0), t(12, 0)), (t(13, 30), t(17, 0))]);
        assert!(w[1].is_empty());
        assert_eq!(w[2], [(t(8, 30), t(12, 0)), (t(13, 30), t(17, 0))]);
        assert_eq!(p.hours.text, None);
    }

    #[test]
    fn descriptions_are_cut_on_a_boundary() {
        let long = "Une phrase assez longue pour remplir. ".repeat(30);
        let cut = truncate_description(&long, 600);
        assert!(cut.chars().count() <= 600 && cut.ends_with(".…"), "{cut}");
        let accents = "é".repeat(700);
        let cut = truncate_description(&accents, 600);
        assert_eq!(cut.chars().count(), 600);
        assert_eq!(truncate_description("court", 600), "court");
        assert_eq!(truncate_description("court", 0), "");
        let no_break = "x".repeat(700);
        assert_eq!(truncate_description(&no_break, 10), "xxxxxxxxx…");
    }

    #[test]
    fn websites_and_emails() {
        assert_eq!(first_website("http://"), None);
        assert_eq!(first_website("04.76.98.49.27"), None);
        assert_eq!(
            first_website("https://a.fr/?p=x&amp;d=y").as_deref(),
            Some("https://a.fr/?p=x&d=y")
        );
        assert_eq!(
            first_website("orditoutage.org").as_deref(),
            Some("https://orditoutage.org")
        );
        assert_eq!(first_email("accuei[a]cap-berriat.com"), None);
        assert_eq!(first_email("a@b.fr / c@d.fr").as_deref(), Some("a@b.fr"));
        assert_eq!(
            phone("04.76.21.29.09 et pour s'inscrire aux ateliers : 04.76.09.54.86").as_deref(),
            Some("04 76 21 29 09")
        );
        assert_eq!(
            phone("'+33 4 76 49 88 47").as_deref(),
            Some("04 76 49 88 47")
        );
        assert_eq!(phone("39 49").as_deref(), Some("39 49"));
        assert_eq!(phone("476206451").as_deref(), Some("04 76 20 64 51"));
    }
}
