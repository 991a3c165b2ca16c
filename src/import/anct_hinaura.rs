//! Importer for the Hinaura places as ANCT republished them in the national cartography of
//! digital inclusion places (early `LieuMediationNumerique` shape, v0.x).
//!
//! Why this source: it is the same places as [`super::hinaura`], but under Licence Ouverte 2.0,
//! with stable ids, update dates, and opening hours already written in OpenStreetMap syntax by
//! ANCT. The raw Hinaura export stays richer in details; this one confirms and dates them.
//!
//! # Mapping
//!
//! Lists are `;`-separated (a `|` is accepted too); the words before ":" are what is matched,
//! after [`fold`] on both sides (case, accents, punctuation and whitespace do not matter).
//!
//! | Field | Source value | Tout près |
//! |---|---|---|
//! | `services` | Accéder à une connexion internet | need `wifi` (ANCT's words for Hinaura's "Réseau Wifi"; how to connect stays unknown) |
//! | | Accéder à du matériel | need `computers` |
//! | | Utiliser le numérique au quotidien, Approfondir ma culture numérique, Prendre en main un ordinateur, Prendre en main un smartphone ou une tablette, Promouvoir la citoyenneté numérique | need `training` |
//! | | Réaliser des démarches administratives avec un accompagnement | need `procedures`, delivery `with_help` |
//! | | Accompagner les démarches de santé, Devenir autonome dans les démarches administratives | need `procedures` |
//! | `modalites_accompagnement` | Seul : … | delivery `alone` for `computers` (only when the place has computers) |
//! | | Avec de l'aide : … | need `helper`, delivery `with_help` |
//! | | Dans un atelier : … | need `training`, delivery `workshop` |
//! | | A ma place : … | need `procedures`, delivery `done_for_you` |
//! | `conditions_acces` | Gratuit / Gratuit sous condition / Payant / Adhésion | fees `free` / `free_under_conditions` / `paid` / `membership` |
//! | | Accepte le Pass numérique | term only |
//! | `publics_accueillis` | Tout public | `all` (never assumed otherwise) |
//! | | Adultes / Seniors (+ 65 ans) / Jeunes (16-26 ans) / Étudiants / Femmes | `adults` / `seniors` / `youth` / `students` / `women` |
//! | | Familles/enfants | `families`, `children` |
//! | | Public langues étrangères | `language` |
//! | | Surdité, Handicaps mentaux…, Déficience visuelle, Handicap… | `disabled` |
//! | | Personnes en situation d'illettrisme | `illiteracy` |
//! | | Personnes en insertion | `insertion` |
//! | `horaires` | OSM `opening_hours` | kept when [`Schedule::parse`] accepts it, else kept as text and reported |
//! | `telephone` | `+33…` | [`crate::text::phone`] national form |
//! | `courriel`, `site_web` | one or several | the first valid one |
//! | `date_maj` | `yyyy-mm-dd` | provenance `updated` |
//!
//! Every service value, and any unknown public or access condition, is kept as a source term.
//!
//! # Quirks of the source
//!
//! - `pivot` (SIRET) is mostly `00000000000000`: ignored.
//! - ANCT's transform dropped what Hinaura said about printers, walk-in or appointment, repair
//!   and low-cost equipment, and turned "Langue étrangère (anglais)" into the vague
//!   "Public langues étrangères": the raw export is the place to read those.
//! - Some `horaires` come from a lossy conversion (`Mo-Th …; Tu 13:30-17:00`, where the later
//!   rule replaces Tuesday morning); they are valid OSM and are kept as ANCT wrote them.
//! - Optional fields are sometimes `null`, sometimes absent.

use super::hinaura::{add_public, first_email, first_website, json_array, phone};
use super::{
    collect_objects, finish_row, json_number, json_text, new_place, parse_date, postcode,
    read_file, Import, ImportError, ImportReport, SeenIds, SourceInfo,
};
use crate::hours::Schedule;
use crate::need::Need;
use crate::place::{Delivery, Fees, Place};
use crate::text::{clean, fold};
use serde_json::{Map, Value};
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "anct-hinaura".to_string(),
        name: "ANCT — Cartographie nationale des lieux d'inclusion numérique (données Hinaura)"
            .to_string(),
        licence: "Licence Ouverte 2.0".to_string(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/".to_string(),
        attribution: "ANCT — Cartographie nationale des lieux d'inclusion numérique \
                      (données Hinaura), Licence Ouverte 2.0"
            .to_string(),
        origin: "https://github.com/anct-cartographie-nationale/client-application \
                 (src/assets/data/source.json, commit 54f9438b)"
            .to_string(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse(&bytes, &path.display().to_string())
}

/// Parse the JSON array of records. Only a file that is not a JSON array is an error.
pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    let rows = json_array(input, path_for_errors)?;
    let mut seen = SeenIds::default();
    Ok(collect_objects(
        source(),
        &rows,
        "row is not a JSON object",
        |obj, n, source, report| parse_row(obj, n, source, &mut seen, report),
    ))
}

/// A string or number field as cleaned text (`true`/`false` are not text).
fn text(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key) {
        Some(Value::Bool(_)) => None,
        v => json_text(v),
    }
}

/// A `;`- or `|`-separated list, each value cleaned.
fn list(obj: &Map<String, Value>, key: &str) -> Vec<String> {
    let raw: Vec<String> = match obj.get(key) {
        Some(Value::Array(items)) => items.iter().filter_map(|v| json_text(Some(v))).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    raw.iter()
        .flat_map(|s| s.split([';', '|']))
        .filter_map(clean)
        .collect()
}

/// The label of a `Label : explanation` value.
fn head(value: &str) -> &str {
    value.split_once(':').map_or(value, |(head, _)| head).trim()
}

/// The label of a `Label : explanation` value, folded.
fn label(value: &str) -> String {
    fold(head(value))
}

fn parse_row(
    obj: &Map<String, Value>,
    n: usize,
    source: &SourceInfo,
    seen: &mut SeenIds,
    report: &mut ImportReport,
) -> Option<Place> {
    let Some(id) = text(obj, "id") else {
        report.skip(n, None, "no id");
        return None;
    };
    if !seen.first_time(&id, n, report) {
        return None;
    }
    let updated = text(obj, "date_maj").as_deref().and_then(parse_date);
    let mut place = new_place(source, &id, updated);
    place.name = text(obj, "nom").unwrap_or_default();
    place.address = text(obj, "adresse");
    place.commune = text(obj, "commune");
    place.postcode = text(obj, "code_postal").as_deref().and_then(postcode);
    place.phone = text(obj, "telephone").as_deref().and_then(phone);
    place.email = text(obj, "courriel").as_deref().and_then(first_email);
    place.website = text(obj, "site_web").as_deref().and_then(first_website);

    for service in list(obj, "services") {
        map_service(&mut place, &service);
    }
    for how in list(obj, "modalites_accompagnement") {
        map_delivery(&mut place, &how);
    }
    for condition in list(obj, "conditions_acces") {
        map_fee(&mut place, &condition);
    }
    for public in list(obj, "publics_accueillis") {
        map_public(&mut place, &public);
    }

    if let Some(raw) = text(obj, "horaires") {
        if Schedule::parse(&raw).is_ok() {
            place.hours.osm = Some(raw);
        } else {
            place.hours.text = Some(raw);
            report.repair(n, Some(&id), "hours not understood");
        }
    }

    let lat = json_number(obj.get("latitude"));
    let lon = json_number(obj.get("longitude"));
    finish_row(&mut place, n, lat, lon, report).then_some(place)
}

fn map_service(place: &mut Place, value: &str) {
    match fold(value).as_str() {
        "acceder a une connexion internet" => place.confirm_need(Need::Wifi),
        "acceder a du materiel" => place.confirm_need(Need::Computers),
        "utiliser le numerique au quotidien"
        | "approfondir ma culture numerique"
        | "prendre en main un ordinateur"
        | "prendre en main un smartphone ou une tablette"
        | "promouvoir la citoyennete numerique" => place.confirm_need(Need::Training),
        "realiser des demarches administratives avec un accompagnement" => {
            place.confirm_need(Need::Procedures);
            place.add_delivery(Need::Procedures, Delivery::WITH_HELP);
        }
        "accompagner les demarches de sante"
        | "devenir autonome dans les demarches administratives" => {
            place.confirm_need(Need::Procedures)
        }
        _ => {}
    }
    place.add_term(value);
}

fn map_delivery(place: &mut Place, value: &str) {
    match label(value).as_str() {
        "seul" => {
            if place.needs.contains(Need::Computers) {
                place.add_delivery(Need::Computers, Delivery::ALONE);
            }
        }
        "avec de l aide" => {
            place.confirm_need(Need::Helper);
            place.add_delivery(Need::Helper, Delivery::WITH_HELP);
        }
        "dans un atelier" => {
            place.confirm_need(Need::Training);
            place.add_delivery(Need::Training, Delivery::WORKSHOP);
        }
        "a ma place" => {
            place.confirm_need(Need::Procedures);
            place.add_delivery(Need::Procedures, Delivery::DONE_FOR_YOU);
        }
        _ => place.add_term(value),
    }
}

fn map_fee(place: &mut Place, value: &str) {
    let fee = match label(value).as_str() {
        "gratuit" => Fees::FREE,
        "gratuit sous condition" | "gratuit sous conditions" => Fees::FREE_UNDER_CONDITIONS,
        "payant" => Fees::PAID,
        "adhesion" => Fees::MEMBERSHIP,
        _ => {
            // "Accepte le Pass numérique" and anything unknown: the words only.
            place.add_term(head(value));
            return;
        }
    };
    place.fees = place.fees.union(fee);
}

fn map_public(place: &mut Place, value: &str) {
    let v = fold(value);
    let starts = |prefix: &str| v.starts_with(prefix);
    if starts("tout public") || starts("tous publics") {
        add_public(place, "all");
    } else if starts("adulte") {
        add_public(place, "adults");
    } else if starts("senior") {
        add_public(place, "seniors");
    } else if starts("jeune") {
        add_public(place, "youth");
    } else if starts("etudiant") {
        add_public(place, "students");
    } else if starts("femme") {
        add_public(place, "women");
    } else if starts("famille") {
        add_public(place, "families");
        if v.contains("enfant") {
            add_public(place, "children");
        }
    } else if starts("enfant") {
        add_public(place, "children");
    } else if v.contains("langue") || v.contains("linguistique") {
        add_public(place, "language");
    } else if starts("surdite")
        || starts("handicap")
        || starts("deficience")
        || starts("cecite")
        || v.contains("situation de handicap")
    {
        add_public(place, "disabled");
    } else if v.contains("illettrisme") {
        add_public(place, "illiteracy");
    } else if v.contains("insertion") {
        add_public(place, "insertion");
    } else {
        place.add_term(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{one_json, place as find, run_json, with_fields};
    use crate::import::Action;
    use chrono::NaiveDate;

    const REAL: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/hinaura-aura/anct-hinaura-lieux-mediation-numerique-isere.json"
    );

    fn real() -> Import {
        import(Path::new(REAL)).expect("the real ANCT file imports")
    }

    fn record(extra: serde_json::Value) -> serde_json::Value {
        let base = serde_json::json!({
            "id": "1",
            "nom": "Espace numérique",
            "services": "",
            "pivot": "00000000000000",
            "commune": "Grenoble",
            "code_postal": "38000",
            "adresse": "1 rue de la Paix",
            "latitude": 45.188,
            "longitude": 5.724,
            "source": "Hinaura",
            "date_maj": "2022-05-02"
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
        assert_eq!(r.read, 50);
        assert_eq!(r.read, r.kept + r.skipped, "{r}");
        assert_eq!(r.kept, import.places.len());
        assert_eq!(r.skipped, 0, "{:#?}", r.issues);
        assert!(import.places.iter().all(|p| p.last_updated().is_some()));
        // Every row says something about the offer.
        assert!(import.places.iter().all(|p| !p.needs.is_empty()));
        // The 41 rows with hours are all valid OSM.
        let with_hours = import
            .places
            .iter()
            .filter(|p| p.hours.osm.is_some())
            .count();
        assert_eq!(with_hours, 41, "{:#?}", r.issues);
        assert_eq!(r.repaired, 0, "{:#?}", r.issues);
        let count = |need| {
            import
                .places
                .iter()
                .filter(|p| p.needs.contains(need))
                .count()
        };
        assert_eq!(count(Need::Wifi), 27);
        assert_eq!(count(Need::Computers), 34);
        assert_eq!(count(Need::Charging), 0);
        assert_eq!(count(Need::Equipment), 0);
    }

    #[test]
    fn real_file_bernin() {
        let import = real();
        let p = find(&import, "43");
        assert_eq!(p.name, "Mairie de Bernin");
        assert!(p.needs.contains(Need::Procedures) && p.needs.contains(Need::Training));
        assert!(p.needs.contains(Need::Helper));
        assert!(!p.needs.contains(Need::Wifi) && !p.needs.contains(Need::Computers));
        assert_eq!(p.delivery_for(Need::Procedures), Delivery::WITH_HELP);
        assert_eq!(p.hours.osm.as_deref(), Some("Th 08:45-11:30"));
        assert_eq!(p.hours.text, None);
        assert_eq!(p.phone.as_deref(), Some("04 76 92 07 40"));
        assert_eq!(p.email.as_deref(), Some("mairie@bernin.fr"));
        assert_eq!(p.website, None);
        assert_eq!(p.fees, Fees::FREE);
        assert_eq!(p.publics, ["adults", "seniors"]);
        assert_eq!(p.postcode.as_deref(), Some("38190"));
        assert_eq!(p.provenance[0].updated, NaiveDate::from_ymd_opt(2021, 5, 5));
    }

    #[test]
    fn real_file_pablo_neruda_and_others() {
        let import = real();
        let p = find(&import, "103");
        assert_eq!(p.name, "Bibliothèque Pablo-Neruda");
        assert!(p.needs.contains(Need::Wifi) && p.needs.contains(Need::Computers));
        assert_eq!(p.wifi_access, None);
        assert_eq!(
            p.printer, None,
            "ANCT's transform says nothing about printers"
        );
        assert_eq!(
            p.hours.osm.as_deref(),
            Some("Tu,Fr 14:00-18:30; We 10:00-12:00,14:00-18:00; Sa 10:00-12:30,14:00-18:00")
        );
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "Accéder à une connexion internet"));

        // La Machinerie: computers used alone.
        let e = find(&import, "118");
        assert!(e.needs.contains(Need::Computers));
        assert_eq!(e.delivery_for(Need::Computers), Delivery::ALONE);
        // Nine rows have no hours: unknown, not closed.
        let no_hours = import
            .places
            .iter()
            .filter(|p| p.hours == Default::default())
            .count();
        assert_eq!(no_hours, 9);
        // A row with no e-mail and no publics.
        let battoir = find(&import, "594");
        assert_eq!(battoir.email, None);
        // Pass numérique is kept as words.
        assert!(import.places.iter().any(|p| p
            .source_terms
            .iter()
            .any(|t| t == "Accepte le Pass numérique")));
        // "Familles/enfants" → families and children; never "all" unless said.
        assert!(import
            .places
            .iter()
            .any(|p| p.publics.iter().any(|x| x == "families")));
        assert!(import.places.iter().all(|p| p.open_to_all() != Some(true)));
    }

    #[test]
    fn garbage_is_a_format_error_not_a_panic() {
        for bad in [&b"not json"[..], b"{}", b"", b"null", b"[{]"] {
            assert!(matches!(
                parse(bad, "bad.json"),
                Err(ImportError::Format { .. })
            ));
        }
        assert_eq!(parse(b"[]", "empty.json").unwrap().report.read, 0);
    }

    #[test]
    fn bad_rows_are_skipped_or_repaired() {
        let import = run(vec![
            serde_json::json!("a string"),
            record(serde_json::json!({"id": "1", "nom": ""})),
            record(serde_json::json!({"id": "2", "latitude": 5.724, "longitude": 45.188})),
            record(serde_json::json!({"id": "3", "latitude": 0.0, "longitude": 0.0})),
            record(serde_json::json!({"id": "4", "latitude": "abc"})),
            record(serde_json::json!({"id": "5", "latitude": 51.5, "longitude": -0.12})),
            record(serde_json::json!({"id": "2"})),
            record(serde_json::json!({"id": null})),
            record(serde_json::json!({"id": 6, "horaires": "lundi matin, parfois"})),
            record(serde_json::json!({"id": "7", "latitude": "45,19", "longitude": "5,72"})),
        ]);
        let r = &import.report;
        assert_eq!(r.read, 10);
        assert_eq!(r.read, r.kept + r.skipped);
        let has = |row: usize, action: Action, start: &str| {
            r.issues
                .iter()
                .any(|i| i.row == row && i.action == action && i.reason.starts_with(start))
        };
        assert!(has(1, Action::Skipped, "row is not a JSON object"));
        assert!(has(2, Action::Skipped, "no name"));
        assert!(has(
            3,
            Action::Repaired,
            "latitude and longitude were swapped"
        ));
        assert!(has(4, Action::Skipped, "coordinates are zero"));
        assert!(has(5, Action::Skipped, "coordinates are not numbers"));
        assert!(has(6, Action::Skipped, "coordinates outside France"));
        assert!(has(7, Action::Skipped, "duplicate id 2"));
        assert!(has(8, Action::Skipped, "no id"));
        assert!(has(9, Action::Repaired, "hours not understood"));
        let ids: Vec<&str> = import.places.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["anct-hinaura:2", "anct-hinaura:6", "anct-hinaura:7"]);
        assert_eq!(
            (import.places[0].lat, import.places[0].lon),
            (45.188, 5.724)
        );
        let odd = &import.places[1];
        assert_eq!(odd.hours.osm, None);
        assert_eq!(odd.hours.text.as_deref(), Some("lundi matin, parfois"));
        assert_eq!((import.places[2].lat, import.places[2].lon), (45.19, 5.72));
    }

    #[test]
    fn vocabulary_ignores_case_accents_whitespace_and_html() {
        let p = one(serde_json::json!({
            "nom": " <b>Espace</b>&nbsp;numérique ",
            "services": "  accéder a une CONNEXION internet ;Acceder à du matériel| prendre en main un ordinateur;Devenir autonome dans les démarches administratives;Tricoter",
            "modalites_accompagnement": "seul : j'ai accès;  A MA PLACE : quelqu'un;avec de l’aide : oui",
            "conditions_acces": "gratuit sous condition : critères;ADHÉSION : oui;Accepte le Pass numérique : oui",
            "publics_accueillis": "Tout public;Familles/enfants;Étudiants;Public langues étrangères;Surdité;Personnes en situation d'illettrisme;Marins",
            "telephone": "+33476920740",
            "courriel": " Contact@Exemple.FR ",
            "site_web": "http://;www.exemple.fr|https://autre.fr",
        }));
        assert_eq!(p.name, "Espace numérique");
        assert!(p.needs.contains(Need::Wifi) && p.needs.contains(Need::Computers));
        assert!(p.needs.contains(Need::Training) && p.needs.contains(Need::Procedures));
        assert!(p.needs.contains(Need::Helper));
        assert_eq!(p.delivery_for(Need::Computers), Delivery::ALONE);
        assert_eq!(p.delivery_for(Need::Procedures), Delivery::DONE_FOR_YOU);
        assert_eq!(p.delivery_for(Need::Helper), Delivery::WITH_HELP);
        assert_eq!(p.fees, Fees::FREE_UNDER_CONDITIONS.union(Fees::MEMBERSHIP));
        assert_eq!(
            p.publics,
            [
                "all",
                "families",
                "children",
                "students",
                "language",
                "disabled",
                "illiteracy"
            ]
        );
        assert!(p.source_terms.iter().any(|t| t == "Tricoter"));
        assert!(p.source_terms.iter().any(|t| t == "Marins"));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "Accepte le Pass numérique"));
        assert!(p
            .source_terms
            .iter()
            .any(|t| t == "accéder a une CONNEXION internet"));
        assert_eq!(p.phone.as_deref(), Some("04 76 92 07 40"));
        assert_eq!(p.email.as_deref(), Some("contact@exemple.fr"));
        assert_eq!(p.website.as_deref(), Some("https://www.exemple.fr"));
    }

    #[test]
    fn alone_needs_computers_and_nothing_is_invented() {
        let p = one(serde_json::json!({
            "modalites_accompagnement": "Seul : j'ai accès à du matériel et une connexion",
        }));
        assert!(
            p.needs.is_empty(),
            "\"Seul\" without \"Accéder à du matériel\" says nothing"
        );
        assert!(p.delivery.iter().all(|d| d.is_empty()));

        let p = one(serde_json::json!({
            "services": null, "telephone": null, "courriel": null, "horaires": null,
            "publics_accueillis": [], "conditions_acces": 7, "site_web": {"a": 1},
        }));
        assert!(p.needs.is_empty() && p.fees.is_empty() && p.publics.is_empty());
        assert_eq!(p.open_to_all(), None);
        assert_eq!(p.hours, Default::default());
        assert_eq!(
            (p.phone.as_ref(), p.email.as_ref(), p.website.as_ref()),
            (None, None, None)
        );
        assert_eq!((p.printer, p.wheelchair, p.wifi_access), (None, None, None));
    }
}
