//! National schema of digital inclusion places, "LieuMediationNumerique" v1.0 (CSV and JSON).
//!
//! # Why
//! The national schema (La MedNum / ANCT, `schema.data.gouv.fr/LaMednum/standard-mediation-num`)
//! is what territorial producers publish and what the national map aggregates. Any producer's
//! file in this shape can be imported here; [`parse_as`] imports it under the producer's own
//! source id so that its licence and attribution stay attached to its places.
//!
//! # Format
//! - CSV: comma-separated (a header without commas but with `;` is read as `;`-separated),
//!   UTF-8, `.` decimals (a French comma is accepted). Multi-valued fields are `|`-separated
//!   (v1.0.2); files following the older README use `;`, which is accepted when a value has no `|`.
//! - JSON: an array of objects with the same field names; multi-valued fields may be
//!   `|`-strings or JSON arrays, numbers may be JSON numbers or strings.
//!
//! The format is detected from the first non-space byte (`[` or `{` = JSON).
//! Whole-file errors: empty file, JSON that is not an array (or where no object has `nom`),
//! CSV header without `id` and `nom`.
//!
//! # Mapping
//! | field | value(s) | place |
//! |---|---|---|
//! | `id` | | record id (missing: `row-N`, reported as repaired) |
//! | `nom` | | name (missing: row skipped) |
//! | `date_maj` | `YYYY-MM-DD` | provenance `updated` |
//! | `services` | Accès internet et matériel informatique | Computers stated, Wifi **to check** (the value does not say which of the two) |
//! | | Aide aux démarches administratives | Procedures |
//! | | Maîtrise des outils numériques du quotidien, Utilisation sécurisée du numérique, Parentalité et éducation avec le numérique, Loisirs et créations numériques, Compréhension du monde numérique, Insertion professionnelle via le numérique | Training |
//! | | Acquisition de matériel informatique à prix solidaire | Equipment |
//! | `dispositif_programmes_nationaux` | Aidants Connect | Procedures, delivered DONE_FOR_YOU |
//! | | France Services | Procedures |
//! | | others (PIX…) | terms only |
//! | `services`, older vocabulary (before v1.0) | Prendre en main un smartphone ou une tablette, Prendre en main un ordinateur, Utiliser le numérique au quotidien, Approfondir ma culture numérique, Favoriser mon insertion professionnelle, Créer et développer mon entreprise, Créer avec le numérique, Promouvoir la citoyenneté numérique, Soutenir la parentalité et l'éducation avec le numérique | Training |
//! | | Devenir autonome dans les démarches administratives | Procedures and Training |
//! | | Réaliser des démarches administratives avec un accompagnement, Accompagner les démarches de santé | Procedures, delivered WITH_HELP |
//! | | Accéder à une connexion internet | Wifi and Computers **to check** (which of the two is not said) |
//! | | Accéder à du matériel | Computers |
//! | | Équiper en matériel informatique | Equipment |
//! | `dispositif_programmes_nationaux`, or the older `labels_nationaux` | CNFS / Conseillers numériques | Helper **to check**: a conseiller's job is helping people one by one, but the row does not say the place offers it |
//! | `conditions_access` (older `frais_a_charge`, "Gratuit : Je peux…") | the words before ` : ` | as `frais_a_charge` |
//! | `modalites_accompagnement` | En autonomie | Computers delivered ALONE (only when Computers is offered) |
//! | | Accompagnement individuel | Helper (WITH_HELP); Procedures delivered WITH_HELP when offered |
//! | | Dans un atelier collectif | Training, delivered WORKSHOP (the schema defines it as "j'apprends collectivement à utiliser le numérique") |
//! | | À distance | REMOTE on the help needs offered (Helper, Procedures, Training) |
//! | `modalites_acces` | Se présenter | WALK_IN |
//! | | Téléphoner, Contacter par mail, Prendre un RDV en ligne, Envoyer un mail avec une fiche de prescription | APPOINTMENT |
//! | `prise_rdv` | any value | APPOINTMENT |
//! | `frais_a_charge` | Gratuit / Gratuit sous condition / Payant | FREE / FREE_UNDER_CONDITIONS / PAID |
//! | `publics_specifiquement_adresses` | Jeunes / Étudiants / Familles et/ou enfants / Seniors / Femmes | publics youth / students / families / seniors / women |
//! | `prise_en_charge_specifique` | Handicaps moteurs | wheelchair `Some(true)`, public "disabled" |
//! | | Surdité, Déficience visuelle, Handicaps mentaux | public "disabled" |
//! | | Illettrisme | public "illiteracy" |
//! | | Langues étrangères (anglais) | language "en", public "language" |
//! | | Langues étrangères (autres) | public "language" (which languages is not said) |
//! | `typologie` | codes (`BIB`, `CCAS`, `TIERS_LIEUX`…) | kind: known codes spelled out, other codes kept as given |
//! | `horaires` | OSM `opening_hours` | hours.osm when it parses, else hours.text (reported as repaired) |
//! | `telephone` | | phone in national form |
//! | `courriels`, `site_web` | | first valid value |
//! | `adresse` (+ `complement_adresse`), `code_postal`, `commune` | | address, postcode, commune |
//! | `presentation_resume` (else `presentation_detail`) | | description |
//! | `source`, `services`, `dispositif_programmes_nationaux`, `modalites_accompagnement`, `itinerance` | | source terms |
//!
//! Vocabulary is matched with [`fold`] (case, accents, punctuation and spacing ignored); a value
//! outside the vocabulary maps to nothing but is still kept as a term where terms are kept.
//! An empty `publics_specifiquement_adresses` leaves the publics unknown: the schema says places
//! are open to all by default, but the row itself does not say it.
//!
//! # Quirks
//! - The schema's own example row (`exemple-valide.csv`, "Anonymal", Reims) has coordinates
//!   near Aix-en-Provence: nothing checks coordinates against the commune; they are in France and kept.
//! - The README and the patterns disagree on the multi-value separator (`;` vs `|`): both read.

use super::csv_table::{CsvTable, RowView};
use super::{
    address_with_complement, collect_objects, finish_row_with_repairs, format_error,
    hours_from_osm, new_place, parse_date, parse_number, postcode_field, read_file, strip_bom,
    Import, ImportError, ImportReport, SeenIds, SourceInfo,
};
use crate::need::Need;
use crate::place::{Access, Delivery, Fees, Place};
use crate::text::{clean, clean_multiline, fold};
use serde_json::Value;
use std::path::Path;

/// Generic source for files in the national schema (each place names its producer in `source`).
pub fn source() -> SourceInfo {
    SourceInfo {
        id: "schema".into(),
        name: "Lieux de médiation numérique (schéma national)".into(),
        licence: "Licence Ouverte 2.0".into(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence".into(),
        attribution:
            "Données au schéma national des lieux de médiation numérique (source indiquée par lieu)"
                .into(),
        origin: "https://schema.data.gouv.fr/LaMednum/standard-mediation-num/".into(),
    }
}

pub fn import(path: &Path) -> Result<Import, ImportError> {
    import_as(path, source())
}

/// Import a file in the national schema under a specific producer's source.
pub fn import_as(path: &Path, source: SourceInfo) -> Result<Import, ImportError> {
    let bytes = read_file(path)?;
    parse_as(&bytes, &path.display().to_string(), source)
}

/// The places where a Conseiller numérique France Services works (ANCT, 2022-12), in the
/// schema's older vocabulary.
pub fn conseillers_numeriques_source() -> SourceInfo {
    SourceInfo {
        id: "conseillers-numeriques".into(),
        name: "Lieux d'activité des Conseillers numériques France Services".into(),
        licence: "Licence Ouverte 2.0".into(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence".into(),
        attribution: "ANCT, Conseillers numériques France Services (2022-12)".into(),
        origin: "https://github.com/anct-cartographie-nationale/mednum-cli".into(),
    }
}

pub fn parse(input: &[u8], path_for_errors: &str) -> Result<Import, ImportError> {
    parse_as(input, path_for_errors, source())
}

/// Import a file in the national schema under a specific producer's source.
pub fn parse_as(
    input: &[u8],
    path_for_errors: &str,
    source: SourceInfo,
) -> Result<Import, ImportError> {
    let input = strip_bom(input);
    let first = input.iter().find(|b| !b.is_ascii_whitespace()).copied();
    match first {
        None => Err(format_error(
            path_for_errors,
            "LieuMediationNumerique",
            "empty file",
        )),
        Some(b'[') | Some(b'{') => parse_json(input, path_for_errors, source),
        Some(_) => parse_csv(input, path_for_errors, source),
    }
}

fn parse_json(input: &[u8], path: &str, source: SourceInfo) -> Result<Import, ImportError> {
    let value: Value = serde_json::from_slice(input)
        .map_err(|e| format_error(path, "LieuMediationNumerique JSON", &e.to_string()))?;
    let Value::Array(items) = value else {
        return Err(format_error(
            path,
            "LieuMediationNumerique JSON",
            "expected an array of places",
        ));
    };
    // The JSON form has no header: a file where no object has `nom` is another format.
    if !items.is_empty() && !items.iter().any(|v| v.get("nom").is_some()) {
        return Err(format_error(
            path,
            "LieuMediationNumerique JSON",
            "no object has a \"nom\" field",
        ));
    }
    let mut seen = SeenIds::default();
    Ok(collect_objects(
        source,
        &items,
        "not an object",
        |map, row, source, report| {
            let raw = Raw::Json(map);
            let mut repairs = Vec::new();
            let id = seen.claim(raw.text("id"), row, NO_ID, &mut repairs, report)?;
            import_row(&raw, row, id, repairs, source, report)
        },
    ))
}

fn parse_csv(input: &[u8], path: &str, source: SourceInfo) -> Result<Import, ImportError> {
    let first_line = input.split(|&b| b == b'\n').next().unwrap_or_default();
    let delimiter = if !first_line.contains(&b',') && first_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    let table = CsvTable::read(
        input,
        delimiter,
        path,
        "LieuMediationNumerique CSV",
        &["id", "nom"],
    )?;
    Ok(table.import_rows(
        source,
        |r| Raw::Csv(r).text("id"),
        NO_ID,
        |r, id, repairs, source, report| {
            import_row(&Raw::Csv(r), r.row, id, repairs, source, report)
        },
    ))
}

/// The repair noted for a record without an id (in either form).
const NO_ID: &str = "no id: row number used as id";

/// One record, from either form.
enum Raw<'a> {
    Csv(RowView<'a>),
    Json(&'a serde_json::Map<String, Value>),
}

impl Raw<'_> {
    fn raw_text(&self, field: &str) -> Option<String> {
        match self {
            Raw::Csv(row) => Some(row.get(field).to_string()),
            Raw::Json(map) => match map.get(field)? {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                Value::Array(items) => {
                    let parts: Vec<String> = items
                        .iter()
                        .filter_map(|v| super::json_text(Some(v)))
                        .collect();
                    Some(parts.join("|"))
                }
                _ => None,
            },
        }
    }

    /// Cleaned single value.
    fn text(&self, field: &str) -> Option<String> {
        clean(&self.raw_text(field)?)
    }

    fn multiline(&self, field: &str) -> Option<String> {
        clean_multiline(&self.raw_text(field)?)
    }

    /// Multi-valued field, split on `|` (or `;` when there is no `|`), cleaned, empties dropped.
    fn list(&self, field: &str) -> Vec<String> {
        self.raw_text(field)
            .map(|v| split_values(&v))
            .unwrap_or_default()
    }

    fn number(&self, field: &str) -> Option<f64> {
        match self {
            Raw::Csv(row) => parse_number(row.get(field)),
            Raw::Json(map) => super::json_number(map.get(field)),
        }
    }
}

pub(crate) fn split_values(raw: &str) -> Vec<String> {
    let sep = if raw.contains('|') { '|' } else { ';' };
    raw.split(sep).filter_map(clean).collect()
}

fn same(value: &str, word: &str) -> bool {
    fold(value) == fold(word)
}

fn any_of(value: &str, words: &[&str]) -> bool {
    let v = fold(value);
    words.iter().any(|w| fold(w) == v)
}

const TRAINING_SERVICES: [&str; 6] = [
    "Maîtrise des outils numériques du quotidien",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Insertion professionnelle via le numérique",
];

/// Services of the schema's older vocabulary (before v1.0), still used by the Conseillers
/// numériques file of 2022, whose 4,930 places carry only the first four.
const OLDER_TRAINING_SERVICES: [&str; 9] = [
    "Prendre en main un smartphone ou une tablette",
    "Prendre en main un ordinateur",
    "Utiliser le numérique au quotidien",
    "Approfondir ma culture numérique",
    "Favoriser mon insertion professionnelle",
    "Créer et développer mon entreprise",
    "Créer avec le numérique",
    "Promouvoir la citoyenneté numérique",
    "Soutenir la parentalité et l'éducation avec le numérique",
];

/// The label of the Conseillers numériques France Services programme, in both vocabularies.
const CONSEILLER_NUMERIQUE: [&str; 3] = ["CNFS", "Conseillers numériques", "Conseiller numérique"];

/// The needs one service of the older vocabulary states; `false` when the value is not one of
/// them (it may then be a v1.0 value).
fn map_older_service(service: &str, place: &mut Place) -> bool {
    if any_of(service, &OLDER_TRAINING_SERVICES) {
        place.confirm_need(Need::Training);
    } else if same(
        service,
        "Devenir autonome dans les démarches administratives",
    ) {
        place.confirm_need(Need::Procedures);
        place.confirm_need(Need::Training);
    } else if any_of(
        service,
        &[
            "Réaliser des démarches administratives avec un accompagnement",
            "Accompagner les démarches de santé",
        ],
    ) {
        place.confirm_need(Need::Procedures);
        place.add_delivery(Need::Procedures, Delivery::WITH_HELP);
    } else if same(service, "Accéder à une connexion internet") {
        // Internet, but through the place's wifi or its computers is not said.
        place.suggest_need(Need::Wifi);
        place.suggest_need(Need::Computers);
    } else if same(service, "Accéder à du matériel") {
        place.confirm_need(Need::Computers);
    } else if same(service, "Équiper en matériel informatique") {
        place.confirm_need(Need::Equipment);
    } else {
        return false;
    }
    true
}

const APPOINTMENT_ACCESS: [&str; 4] = [
    "Téléphoner",
    "Contacter par mail",
    "Prendre un RDV en ligne",
    "Envoyer un mail avec une fiche de prescription",
];

/// Structure types of the data·inclusion vocabulary that the schema's `typologie` uses.
const TYPOLOGIES: &[(&str, &str)] = &[
    ("BIB", "Bibliothèque"),
    ("CCAS", "Centre communal d'action sociale (CCAS)"),
    ("CIAS", "Centre intercommunal d'action sociale (CIAS)"),
    ("ASSO", "Association"),
    ("TIERS_LIEUX", "Tiers-lieu"),
    ("MUNI", "Commune (mairie)"),
    ("CS", "Centre social"),
    ("MJC", "Maison des jeunes et de la culture (MJC)"),
    ("MQ", "Maison de quartier"),
    ("PIMMS", "PIMMS Médiation"),
    ("LA_POSTE", "La Poste"),
    ("RFS", "France services"),
    ("PE", "Pôle emploi"),
    ("CAF", "Caisse d'allocations familiales (CAF)"),
    ("MSA", "Mutualité sociale agricole (MSA)"),
    ("ML", "Mission locale"),
    ("MDS", "Maison départementale des solidarités"),
    (
        "MDPH",
        "Maison départementale des personnes handicapées (MDPH)",
    ),
    ("PIJ_BIJ", "Point ou bureau information jeunesse"),
    ("RESSOURCERIE", "Ressourcerie"),
    ("EPCI", "Intercommunalité"),
    ("CD", "Conseil départemental"),
    (
        "CHRS",
        "Centre d'hébergement et de réinsertion sociale (CHRS)",
    ),
];

fn typology_label(code: &str) -> String {
    let key = code.trim().to_uppercase();
    TYPOLOGIES
        .iter()
        .find(|(c, _)| *c == key)
        .map(|(_, label)| label.to_string())
        .unwrap_or_else(|| code.trim().to_string())
}

fn push_unique(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
}

/// One record whose id is new (see [`SeenIds::claim`]), to a place.
fn import_row(
    raw: &Raw<'_>,
    row: usize,
    id: String,
    mut repairs: Vec<String>,
    source: &SourceInfo,
    report: &mut ImportReport,
) -> Option<Place> {
    let updated = match raw.text("date_maj") {
        Some(d) => {
            let parsed = parse_date(&d);
            if parsed.is_none() {
                repairs.push(format!("date_maj not a date ({d}): left unknown"));
            }
            parsed
        }
        None => None,
    };
    let mut place = new_place(source, &id, updated);
    place.name = raw.text("nom").unwrap_or_default();

    place.address = address_with_complement(raw.text("adresse"), raw.text("complement_adresse"));
    place.commune = raw.text("commune");
    place.postcode = postcode_field("code_postal", raw.text("code_postal"), &mut repairs);
    place.phone = raw.text("telephone").and_then(|p| crate::text::phone(&p));
    let emails = raw.list("courriels");
    place.email = emails.iter().find_map(|e| crate::text::email(e));
    if place.email.is_none() && !emails.is_empty() {
        repairs.push("courriels: no valid e-mail address, left unknown".into());
    }
    let sites = raw.list("site_web");
    place.website = sites.iter().find_map(|s| crate::text::website(s));
    if place.website.is_none() && !sites.is_empty() {
        repairs.push("site_web: no valid address, left unknown".into());
    }
    place.description = raw
        .multiline("presentation_resume")
        .or_else(|| raw.multiline("presentation_detail"));
    if let Some(h) = raw.raw_text("horaires") {
        place.hours = hours_from_osm(&h, &mut repairs);
    }

    let kinds: Vec<String> = raw
        .list("typologie")
        .iter()
        .map(|c| typology_label(c))
        .collect();
    if !kinds.is_empty() {
        place.kind = Some(kinds.join(", "));
    }
    if let Some(s) = raw.text("source") {
        place.add_term(&s);
    }

    map_offer(raw, &mut place);

    let lat = raw.number("latitude");
    let lon = raw.number("longitude");
    finish_row_with_repairs(place, row, lat, lon, repairs, report)
}

/// Needs, delivery, access, fees and publics from the schema's closed vocabularies.
fn map_offer(raw: &Raw<'_>, place: &mut Place) {
    for s in raw.list("services") {
        place.add_term(&s);
        if map_older_service(&s, place) {
            continue;
        }
        if same(&s, "Accès internet et matériel informatique") {
            place.confirm_need(Need::Computers);
            place.suggest_need(Need::Wifi);
        } else if same(&s, "Aide aux démarches administratives") {
            place.confirm_need(Need::Procedures);
        } else if any_of(&s, &TRAINING_SERVICES) {
            place.confirm_need(Need::Training);
        } else if same(&s, "Acquisition de matériel informatique à prix solidaire") {
            place.confirm_need(Need::Equipment);
        }
    }
    // `labels_nationaux` is the older name of the field, with the same values.
    let programmes = raw.list("dispositif_programmes_nationaux");
    let older_labels = raw.list("labels_nationaux");
    for d in programmes.iter().chain(&older_labels) {
        place.add_term(d);
        if any_of(d, &CONSEILLER_NUMERIQUE) {
            place.suggest_need(Need::Helper);
        }
        if same(d, "Aidants Connect") {
            place.confirm_need(Need::Procedures);
            place.add_delivery(Need::Procedures, Delivery::DONE_FOR_YOU);
        } else if same(d, "France Services") {
            place.confirm_need(Need::Procedures);
        }
    }
    if let Some(i) = raw.text("itinerance") {
        for v in split_values(&i) {
            place.add_term(&v);
        }
    }

    // Modalities apply to the needs found above, so they come after.
    let mut remote = false;
    for m in raw.list("modalites_accompagnement") {
        place.add_term(&m);
        if same(&m, "En autonomie") {
            if place.needs.contains(Need::Computers) {
                place.add_delivery(Need::Computers, Delivery::ALONE);
            }
        } else if same(&m, "Accompagnement individuel") {
            place.confirm_need(Need::Helper);
            place.add_delivery(Need::Helper, Delivery::WITH_HELP);
            if place.needs.contains(Need::Procedures) {
                place.add_delivery(Need::Procedures, Delivery::WITH_HELP);
            }
        } else if same(&m, "Dans un atelier collectif") {
            place.confirm_need(Need::Training);
            place.add_delivery(Need::Training, Delivery::WORKSHOP);
        } else if same(&m, "À distance") {
            remote = true;
        }
    }
    if remote {
        for need in [Need::Helper, Need::Procedures, Need::Training] {
            if place.needs.contains(need) {
                place.add_delivery(need, Delivery::REMOTE);
            }
        }
    }

    for a in raw.list("modalites_acces") {
        if same(&a, "Se présenter") {
            place.access = place.access.union(Access::WALK_IN);
        } else if any_of(&a, &APPOINTMENT_ACCESS) {
            place.access = place.access.union(Access::APPOINTMENT);
        }
    }
    if raw.text("prise_rdv").is_some() {
        place.access = place.access.union(Access::APPOINTMENT);
    }

    // The older `conditions_access` spells each value out: "Gratuit : Je peux accéder…".
    let older_fees = raw.list("conditions_access");
    let older_fees = older_fees
        .iter()
        .map(|f| f.split(" : ").next().unwrap_or(f).to_string());
    for f in raw.list("frais_a_charge").into_iter().chain(older_fees) {
        if same(&f, "Gratuit") {
            place.fees = place.fees.union(Fees::FREE);
        } else if same(&f, "Gratuit sous condition") {
            place.fees = place.fees.union(Fees::FREE_UNDER_CONDITIONS);
        } else if same(&f, "Payant") {
            place.fees = place.fees.union(Fees::PAID);
        }
    }

    for p in raw.list("publics_specifiquement_adresses") {
        let public = match fold(&p).as_str() {
            "jeunes" => Some("youth"),
            "etudiants" => Some("students"),
            "familles et ou enfants" | "familles" | "enfants" => Some("families"),
            "seniors" => Some("seniors"),
            "femmes" => Some("women"),
            _ => None,
        };
        if let Some(public) = public {
            push_unique(&mut place.publics, public);
        }
    }
    for s in raw.list("prise_en_charge_specifique") {
        match fold(&s).as_str() {
            "handicaps moteurs" => {
                place.wheelchair = Some(true);
                push_unique(&mut place.publics, "disabled");
            }
            "surdite" | "deficience visuelle" | "handicaps mentaux" => {
                push_unique(&mut place.publics, "disabled")
            }
            "illettrisme" => push_unique(&mut place.publics, "illiteracy"),
            "langues etrangeres anglais" => {
                push_unique(&mut place.languages, "en");
                push_unique(&mut place.publics, "language");
            }
            "langues etrangeres autres" => push_unique(&mut place.publics, "language"),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_support::{counts_add_up, place, skip_reason};
    use crate::place::WifiAccess;
    use chrono::NaiveDate;

    fn run(csv: &str) -> Import {
        parse(csv.as_bytes(), "test.csv").expect("parses")
    }

    #[test]
    fn schema_example_row_is_read_in_full() {
        let path = crate::import::shared_data("mediation-numerique-schema/exemple-valide.csv");
        let import = import(&path).unwrap();
        counts_add_up(&import);
        assert_eq!((import.report.read, import.report.kept), (1, 1));
        let p = place(&import, "structure-1");
        assert_eq!(p.name, "Anonymal");
        // The example's point is near Aix-en-Provence, not Reims: in France, so kept as given.
        assert_eq!((p.lat, p.lon), (43.52609, 5.41423));
        assert_eq!(p.commune.as_deref(), Some("Reims"));
        assert_eq!(p.postcode.as_deref(), Some("51100"));
        assert_eq!(
            p.address.as_deref(),
            Some("12 BIS RUE DE LECLERCQ, Le patio du bois de l'Aulne")
        );
        assert_eq!(p.kind.as_deref(), Some("Tiers-lieu, Association"));
        assert_eq!(p.phone.as_deref(), Some("01 80 05 98 80"));
        assert_eq!(p.email.as_deref(), Some("contact@laquincaillerie.tl"));
        assert_eq!(
            p.website.as_deref(),
            Some("https://www.laquincaillerie.tl/")
        );
        assert_eq!(p.provenance[0].updated, NaiveDate::from_ymd_opt(2024, 4, 2));
        assert!(p
            .description
            .as_deref()
            .unwrap()
            .starts_with("Notre association propose"));

        // Services: training only; Aidants Connect adds procedures done for the person.
        assert_eq!(p.needs.ids(), vec!["helper", "procedures", "training"]);
        assert!(p.needs_to_check.is_empty());
        assert_eq!(
            p.delivery_for(Need::Training).names(),
            vec!["workshop", "remote"]
        );
        assert_eq!(
            p.delivery_for(Need::Helper).names(),
            vec!["with_help", "remote"]
        );
        assert_eq!(
            p.delivery_for(Need::Procedures).names(),
            vec!["with_help", "done_for_you", "remote"]
        );
        // "En autonomie" without computers offered says nothing about computers.
        assert!(p.delivery_for(Need::Computers).is_empty());
        assert_eq!(p.access.names(), vec!["walk_in", "appointment"]);
        assert_eq!(p.fees.names(), vec!["free_under_conditions", "paid"]);
        assert_eq!(
            p.publics,
            vec!["youth", "women", "disabled", "illiteracy", "language"]
        );
        assert_eq!(p.languages, vec!["en"]);
        assert_eq!(p.wheelchair, None);
        assert_eq!(p.wifi_access, None::<WifiAccess>);
        for term in [
            "Hubik",
            "Aidants Connect",
            "La Croix Rouge",
            "Itinérant",
            "En autonomie",
        ] {
            assert!(
                p.source_terms.iter().any(|t| t == term),
                "missing term {term}"
            );
        }
    }

    #[test]
    fn schema_example_hours_are_osm() {
        let path = crate::import::shared_data("mediation-numerique-schema/exemple-valide.csv");
        let import = import(&path).unwrap();
        let p = place(&import, "structure-1");
        assert_eq!(
            p.hours.osm.as_deref(),
            Some("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")
        );
        assert_eq!(p.hours.text, None);
        assert_eq!(import.report.repaired, 0, "{:?}", import.report.issues);
    }

    const HEAD: &str = "id,nom,latitude,longitude,services,modalites_accompagnement,modalites_acces,horaires,frais_a_charge,date_maj\n";

    #[test]
    fn access_to_computers_states_computers_and_suggests_wifi() {
        let import = run(&format!(
            "{HEAD}a,Espace numérique,45.18,5.72,Accès internet et matériel informatique|Aide aux démarches administratives,En autonomie|Accompagnement individuel,Se présenter,,Gratuit,2023-01-05\n"
        ));
        let p = place(&import, "a");
        assert!(p.needs.contains(Need::Computers) && p.needs.contains(Need::Procedures));
        assert!(!p.needs.contains(Need::Wifi));
        assert!(p.needs_to_check.contains(Need::Wifi));
        assert_eq!(p.delivery_for(Need::Computers).names(), vec!["alone"]);
        assert_eq!(p.delivery_for(Need::Procedures).names(), vec!["with_help"]);
        assert_eq!(p.access, Access::WALK_IN);
        assert_eq!(p.fees, Fees::FREE);
        assert!(p.publics.is_empty(), "publics stay unknown when not given");
    }

    #[test]
    fn vocabulary_ignores_case_accents_spacing_and_accepts_semicolons() {
        let import = run(&format!(
            "{HEAD}a,Lieu,45.18,5.72,\"  ACCES INTERNET ET MATERIEL   informatique ; acquisition de matériel informatique à prix solidaire\",dans un atelier collectif;a distance,téléphoner,,gratuit sous CONDITION,2023-01-05\n"
        ));
        let p = place(&import, "a");
        assert_eq!(p.needs.ids(), vec!["computers", "training", "equipment"]);
        assert_eq!(
            p.delivery_for(Need::Training).names(),
            vec!["workshop", "remote"]
        );
        assert_eq!(p.access, Access::APPOINTMENT);
        assert_eq!(p.fees, Fees::FREE_UNDER_CONDITIONS);
    }

    #[test]
    fn json_form_with_arrays_numbers_and_strings() {
        let json = r#"[
          {"id": "j1", "nom": "<b>Médiathèque</b> &amp; EPN", "latitude": 45.18, "longitude": "5,72",
           "services": ["Aide aux démarches administratives", "Loisirs et créations numériques"],
           "dispositif_programmes_nationaux": "France Services|Conseillers numériques",
           "prise_en_charge_specifique": ["Handicaps moteurs", "Langues étrangères (autres)"],
           "publics_specifiquement_adresses": "Seniors|Familles et/ou enfants|Étudiants",
           "typologie": ["BIB", "XYZ"], "prise_rdv": "https://rdv.example.org",
           "code_postal": 38000, "courriels": ["pas un mail", "Contact@Example.org"],
           "site_web": "example.org", "date_maj": "2023-06-01", "source": "Hinaura"},
          "not an object",
          {"id": "j2", "nom": ["odd"], "latitude": true, "longitude": null}
        ]"#;
        let import = parse(json.as_bytes(), "test.json").unwrap();
        counts_add_up(&import);
        assert_eq!(
            (
                import.report.read,
                import.report.kept,
                import.report.skipped
            ),
            (3, 1, 2)
        );
        let p = place(&import, "j1");
        assert_eq!(p.name, "Médiathèque & EPN");
        assert_eq!((p.lat, p.lon), (45.18, 5.72));
        assert_eq!(p.needs.ids(), vec!["procedures", "training"]);
        assert_eq!(p.wheelchair, Some(true));
        assert_eq!(
            p.publics,
            vec!["seniors", "families", "students", "disabled", "language"]
        );
        assert!(p.languages.is_empty());
        assert_eq!(p.kind.as_deref(), Some("Bibliothèque, XYZ"));
        assert_eq!(p.access, Access::APPOINTMENT);
        assert_eq!(p.postcode.as_deref(), Some("38000"));
        assert_eq!(p.email.as_deref(), Some("contact@example.org"));
        assert_eq!(p.website.as_deref(), Some("https://example.org"));
        assert!(p
            .source_terms
            .contains(&"Conseillers numériques".to_string()));
        assert!(p.source_terms.contains(&"Hinaura".to_string()));
        let reasons: Vec<&str> = import
            .report
            .issues
            .iter()
            .map(|i| i.reason.as_str())
            .collect();
        assert!(reasons.contains(&"not an object"), "{reasons:?}");
    }

    #[test]
    fn bad_rows_are_skipped_or_repaired_with_reasons() {
        let csv = format!(
            "{HEAD}\
swapped,Lieu inversé,5.72,45.18,,,,,,2023-01-05\n\
zero,Lieu zéro,0,0,,,,,,\n\
nan,Lieu texte,abc,5.72,,,,,,\n\
abroad,Lieu New York,40.7,-74.0,,,,,,\n\
nopoint,Lieu sans point,,,,,,,,\n\
dup,Premier,45.18,5.72,,,,,,\n\
dup,Second,45.19,5.73,,,,,,\n\
noname,  ,45.18,5.72,,,,,,\n\
hours,Lieu horaires,45.18,5.72,,,,lundi 9h-12h,,pas une date\n\
short,Ligne courte,45.18\n\
,Sans id,45.18,5.72,,,,,,\n"
        );
        let import = run(&csv);
        counts_add_up(&import);
        let r = &import.report;
        assert_eq!(r.read, 11);
        let skipped = |id: &str| skip_reason(r, id).map(str::to_string);
        assert_eq!(skipped("zero").as_deref(), Some("coordinates are zero"));
        assert_eq!(
            skipped("nan").as_deref(),
            Some("coordinates are not numbers")
        );
        assert_eq!(
            skipped("abroad").as_deref(),
            Some("coordinates outside France")
        );
        assert_eq!(skipped("nopoint").as_deref(), Some("no coordinates"));
        assert_eq!(skipped("dup").as_deref(), Some("duplicate id dup"));
        assert_eq!(skipped("noname").as_deref(), Some("no name"));
        assert_eq!(skipped("short").as_deref(), Some("no coordinates"));
        assert_eq!(r.skipped, 7);

        let p = place(&import, "swapped");
        assert_eq!((p.lat, p.lon), (45.18, 5.72));
        assert_eq!(place(&import, "dup").name, "Premier");
        let h = place(&import, "hours");
        assert_eq!(h.hours.osm, None);
        assert_eq!(h.hours.text.as_deref(), Some("lundi 9h-12h"));
        assert_eq!(h.provenance[0].updated, None);
        assert_eq!(place(&import, "row-11").name, "Sans id");
        // swapped, hours (+ bad date), missing id
        assert_eq!(r.repaired, 3, "{:?}", r.issues);
    }

    #[test]
    fn whole_file_errors_and_garbage_never_panic() {
        assert!(parse(b"", "e.csv").is_err());
        assert!(parse(b" \n\t ", "e.csv").is_err());
        assert!(parse(b"foo,bar\n1,2\n", "h.csv").is_err(), "wrong header");
        assert!(
            parse(b"{\"id\": 1}", "o.json").is_err(),
            "object, not array"
        );
        assert!(parse(b"[{\"id\": ", "t.json").is_err(), "truncated JSON");
        assert!(
            parse(b"[{\"Nom du lieu\": \"x\"}]", "w.json").is_err(),
            "other JSON"
        );
        assert_eq!(parse(b"[]", "a.json").unwrap().report.read, 0);
        let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let _ = parse(&garbage, "g.bin");
        // Header only: nothing read, no error.
        let import = parse(b"id,nom\n", "h.csv").unwrap();
        assert_eq!(import.report.read, 0);
        // Invalid UTF-8 inside a row is replaced and reported.
        let mut bytes = b"id,nom,latitude,longitude\nx,Caf\xe9,45.18,5.72\n".to_vec();
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
        let import = parse(&bytes, "l.csv").unwrap();
        assert_eq!(import.report.kept, 1);
        assert_eq!(import.report.repaired, 1);
    }

    #[test]
    fn parse_as_keeps_the_producer_source() {
        let mut src = source();
        src.id = "hinaura-schema".into();
        let import = parse_as(
            b"id,nom,latitude,longitude\nx,Lieu,45.18,5.72\n",
            "p.csv",
            src,
        )
        .unwrap();
        assert_eq!(import.places[0].id, "hinaura-schema:x");
        assert_eq!(import.report.source, "hinaura-schema");
        assert_eq!(import.places[0].provenance[0].source, "hinaura-schema");
    }
}
