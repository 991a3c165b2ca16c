//! Aidants Connect, the list of habilitated structures (2023-01, Isère subset), CSV.
//!
//! # Why
//! In an Aidants Connect structure a trained "aidant" does the online procedure **for** the
//! person ("à ma place"), under a legal mandate, when the person cannot do it even with help.
//! That is the one answer to "do it for me", and no other source states it. So a place on this
//! list gets Procedures stated, delivered "done for you" ([`Delivery::DONE_FOR_YOU`]).
//!
//! # Not a list of places: attachments
//! The file has addresses but **no coordinates**. A position is never guessed (no geocoding
//! here: a wrong point sends a person to the wrong door), so a row becomes an [`Attachment`]:
//! it is attached, after the merge of the other sources ([`crate::build::build`]), to a place
//! already known, **only when its name and its address match exactly one place**. Every other
//! row is reported "not placed: no position", with the reason. In the report, `kept` counts
//! the rows placed, `skipped` the rows not placed and the rows that could not be read.
//!
//! **Matching** ([`attach`]): a place's identities are its merged name, address and postcode,
//! and those of every source record it was built from ([`KnownRecords`], taken before the
//! merge, which keeps one name per place). A row matches a place when, for some identity:
//! - the postcodes are equal;
//! - the addresses are the same once normalised ([`address_key`]: folded, usual abbreviations
//!   written out, "32bis" as "32 bis", a building's name before the street number left out, the
//!   postcode and commune after the street left out, filler words left out; street number and
//!   street words must then be equal);
//! - the names are nearly the same, as the merge judges it ([`crate::merge::name_similarity`]
//!   at least [`crate::merge::SAME_NAME`], the communes' own names left out: "Maison de l'emploi
//!   et de l'Entreprise - MIFE Isère" is "Maison de l'Emploi et de l'Entreprise - MIFE Isère -
//!   St Egrève").
//!
//! One place matching: placed. None: "not placed: no position: no known place with this name
//! and address". Several (two records of one structure the merge kept apart): "not placed:
//! ambiguous: N places match", never a pick.
//!
//! **Measured** on the real Isère file and the bundled Isère sources
//! ([`crate::build::isere_sources`]): 48 rows read; **13 placed**, 35 not placed: 33 "no known
//! place with this name and address", 1 ambiguous (Association CAFES, La Mure: two places of
//! the ANCT file at one address, which the merge rightly keeps apart), 1 with no street address
//! ("CENTRE SOCIAL"). The placed ones are all right on inspection (CCAS de Seyssins, CCAS de
//! Voreppe, Association l'Age d'Or in Grenoble, France services de Fontaine and La Matheysine,
//! the MIFE in Saint-Égrève…). The others are structures no other source lists (CCAS desks,
//! town halls' services, companies), or listed under another name or address ("CCAS
//! Echirolles", "1 PL DES CINQ FONTAINES": the known place there is "Mairie d'Echirolles", "1
//! place des 5 fontaines"): placing them needs geocoding, which is for later.
//!
//! # Format
//! Comma-separated, double-quoted, UTF-8, 48 records (51 lines: three addresses span several
//! lines): `Data pass ID`, `Name`, `SIRET`, `Adresse`, `Code postal`, `Département`, `Région`,
//! `Nombre de mandats`, `Nombre d'usagers accompagnés`, `Nombre d'agents formés`, `commune`
//! (always empty), `date_maj` (dd/mm/yyyy). Whole-file errors: empty file, header without
//! `Name`, `Adresse`, `Code postal`.
//!
//! # Mapping (of a placed row, onto the known place)
//! | field | place |
//! |---|---|
//! | (placed rows) | Procedures stated, delivery DONE_FOR_YOU; source term "Aidants Connect" |
//! | `Data pass ID` | record id of the added provenance, digits only: "38 011 025" → `38011025` (the export's thousands separators; missing: `row-N`, reported as repaired) |
//! | `date_maj` | updated of the added provenance (not a date: unknown, reported as repaired) |
//! | `Name`, `Adresse`, `Code postal` | matching only: the place keeps its own name and address |
//! | `SIRET`, counts of mandates, people and trained agents, `Département`, `Région` | not used |
//!
//! # Quirks
//! - Addresses are typed freely: with the postcode and commune after the street ("1 Avenue
//!   Roland Garros 38590 Saint-Étienne-de-Saint-Geoirs"), with a building or service name
//!   before it ("ESPACE PERSONNES AGEES EAUX CLAIRES 31-35 rue Joseph Bouchayer"), on several
//!   lines, abbreviated ("PL", "AV", "CHE"), or not an address at all ("CENTRE SOCIAL").
//! - Names are sometimes only the kind of structure ("commune", "CENTRE COMMUNAL D'ACTION
//!   SOCIALE"): they match nothing, rightly.

use super::csv_table::CsvTable;
use super::{import_file, parse_date, postcode, Import, ImportError, ImportReport, SourceInfo};
use crate::merge::{name_similarity, SAME_NAME};
use crate::need::Need;
use crate::place::{Delivery, Place, Provenance};
use crate::text::{clean, fold};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

pub fn source() -> SourceInfo {
    SourceInfo {
        id: "aidants-connect".into(),
        name: "Structures habilitées Aidants Connect (ANCT)".into(),
        licence: "Licence Ouverte 2.0 (to be confirmed)".into(),
        licence_url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence".into(),
        attribution: "ANCT / beta.gouv.fr — Aidants Connect, structures habilitées (2023-01), \
                      Licence Ouverte (to be confirmed)"
            .into(),
        origin: "https://github.com/anct-cartographie-nationale/mednum-cli \
                 (assets/input/aidants-connect/aidants-connect.json, 2023-01-31)"
            .into(),
    }
}

/// The source's words a placed structure gets.
pub const TERM: &str = "Aidants Connect";

/// One row of the list, waiting to be attached to a known place.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// 1-based row number in the file.
    pub row: usize,
    pub record_id: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub updated: Option<NaiveDate>,
}

/// Read the file into attachments. Nothing is placed yet: the report counts rows read and the
/// rows that cannot be attached at all (skipped); [`attach`] counts the rest.
pub fn read(path: &Path) -> Result<(Vec<Attachment>, ImportReport), ImportError> {
    import_file(path, parse)
}

/// The file alone, with no known place to attach to: every readable row is "not placed".
/// A build attaches the rows after the merge instead ([`crate::build::build`]).
pub fn import(path: &Path) -> Result<Import, ImportError> {
    let (attachments, mut report) = read(path)?;
    attach(&mut [], &KnownRecords::default(), &attachments, &mut report);
    Ok(Import {
        source: source(),
        places: Vec::new(),
        report,
    })
}

pub fn parse(
    input: &[u8],
    path_for_errors: &str,
) -> Result<(Vec<Attachment>, ImportReport), ImportError> {
    let table = CsvTable::read(
        input,
        b',',
        path_for_errors,
        "Aidants Connect structures CSV",
        &["Name", "Adresse", "Code postal"],
    )?;
    let mut attachments = Vec::new();
    let read = table.import_rows(
        source(),
        |r| {
            let digits: String = r.get("Data pass ID").split_whitespace().collect();
            clean(&digits)
        },
        "no Data pass ID: row number used as id",
        |r, id, mut repairs, _, report| {
            let row = r.row;
            let not_placed = |why: &str| format!("not placed: no position: {why}");
            let Some(name) = clean(r.get("Name")) else {
                report.skip(row, Some(&id), "no name");
                return None;
            };
            let Some(address) = clean(r.get("Adresse")) else {
                report.skip(row, Some(&id), not_placed("no address"));
                return None;
            };
            let Some(raw_postcode) = clean(r.get("Code postal")) else {
                report.skip(row, Some(&id), not_placed("no postcode"));
                return None;
            };
            let Some(postcode) = postcode(&raw_postcode) else {
                let why = format!("postcode not a postcode ({raw_postcode})");
                report.skip(row, Some(&id), not_placed(&why));
                return None;
            };
            let updated = clean(r.get("date_maj")).and_then(|raw| {
                let date = parse_date(&raw);
                if date.is_none() {
                    repairs.push(format!("date_maj not a date ({raw}): left unknown"));
                }
                date
            });
            for repair in repairs {
                report.repair(row, Some(&id), repair);
            }
            attachments.push(Attachment {
                row,
                record_id: id,
                name,
                address,
                postcode,
                updated,
            });
            // Not a place: the row waits for `attach`.
            None
        },
    );
    Ok((attachments, read.report))
}

/// A source record's own name and address, as it was before the merge.
#[derive(Debug, Clone, Default)]
struct Identity {
    name: String,
    address: Option<String>,
    postcode: Option<String>,
    commune: Option<String>,
}

impl Identity {
    fn of(place: &Place) -> Identity {
        Identity {
            name: place.name.clone(),
            address: place.address.clone(),
            postcode: place.postcode.clone(),
            commune: place.commune.clone(),
        }
    }
}

/// What every source record said of its place's name and address, by record key
/// (`source:record_id`), taken before the merge: the merge keeps one name and one address per
/// place, and the list may know a place by another record's.
#[derive(Debug, Clone, Default)]
pub struct KnownRecords(HashMap<String, Identity>);

impl KnownRecords {
    /// The identities of `records`, the imported places before the merge.
    pub fn of(records: &[Place]) -> KnownRecords {
        KnownRecords(
            records
                .iter()
                .filter_map(|r| Some((record_key(r.provenance.first()?), Identity::of(r))))
                .collect(),
        )
    }
}

fn record_key(p: &Provenance) -> String {
    format!("{}:{}", p.source, p.record_id)
}

/// Folded words that say what kind of way an address is on: a street number is the number
/// just before one of them (so "Rue de la Commune 1871" has no street number).
const STREET_TYPES: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "chemin",
    "route",
    "impasse",
    "allee",
    "square",
    "cours",
    "quai",
    "galerie",
    "passage",
    "parvis",
    "esplanade",
    "montee",
    "grande",
    "promenade",
    "faubourg",
    "sentier",
    "voie",
    "traverse",
    "hameau",
    "lotissement",
    "residence",
    "clos",
    "cite",
    "chaussee",
    "rond",
    "parc",
];

/// Usual abbreviations of French addresses, folded, written out.
fn written_out(word: &str) -> &str {
    match word {
        "av" | "ave" | "avn" => "avenue",
        "bd" | "bld" | "bvd" | "boul" => "boulevard",
        "pl" | "pla" => "place",
        "r" => "rue",
        "ch" | "che" | "chem" => "chemin",
        "rte" => "route",
        "imp" => "impasse",
        "all" => "allee",
        "sq" => "square",
        "crs" => "cours",
        "qu" | "qua" => "quai",
        "pass" => "passage",
        "prom" => "promenade",
        "fg" | "fbg" => "faubourg",
        "mte" => "montee",
        "st" => "saint",
        "ste" => "sainte",
        "dr" | "doct" => "docteur",
        "gen" | "gl" => "general",
        "mal" => "marechal",
        "pdt" => "president",
        w => w,
    }
}

/// Words left out of street names ("de la Liberté" is "Liberté").
const FILLER: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "d", "l", "et", "a", "au", "aux", "en",
];

/// An address reduced for comparison: the street number (with its "bis"/"ter") and the street's
/// significant words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressKey {
    pub number: Option<String>,
    pub street: Vec<String>,
}

/// Normalise a free-typed address for comparison (see the module doc). `None` when it is not a
/// street address: neither a street number nor a kind of way ("CENTRE SOCIAL", "Le village").
pub fn address_key(address: &str) -> Option<AddressKey> {
    let is_number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // Folded words, "32bis" split into "32" "bis", abbreviations written out.
    let mut words: Vec<String> = Vec::new();
    for w in fold(address).split(' ').filter(|w| !w.is_empty()) {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && digits < w.len() {
            words.push(w[..digits].to_string());
            words.push(written_out(&w[digits..]).to_string());
        } else {
            words.push(written_out(w).to_string());
        }
    }
    // The postcode and commune after the street are not the street.
    if let Some(cut) = words.iter().position(|w| w.len() == 5 && is_number(w)) {
        words.truncate(cut);
    }
    // A street number: a number followed (after a range's second number and a bis/ter) by a
    // street type. What comes before it is a building's or a service's name.
    let mut number = None;
    let mut start = 0;
    for (i, w) in words.iter().enumerate() {
        if !is_number(w) {
            continue;
        }
        let mut j = i + 1;
        if words.get(j).is_some_and(|w| is_number(w)) {
            j += 1;
        }
        let suffix = match words.get(j).map(String::as_str) {
            Some("bis" | "b") => Some("bis"),
            Some("ter" | "t") => Some("ter"),
            Some("quater") => Some("quater"),
            _ => None,
        };
        if suffix.is_some() {
            j += 1;
        }
        // "10 Le Routoir": an article may stand for the kind of way.
        if words.get(j).is_some_and(|w| {
            STREET_TYPES.contains(&w.as_str()) || matches!(w.as_str(), "le" | "la" | "les")
        }) {
            number = Some(match suffix {
                Some(s) => format!("{w} {s}"),
                None => w.clone(),
            });
            start = j;
            break;
        }
    }
    let street: Vec<String> = words[start..]
        .iter()
        .filter(|w| !FILLER.contains(&w.as_str()))
        .cloned()
        .collect();
    let a_street = number.is_some() || street.iter().any(|w| STREET_TYPES.contains(&w.as_str()));
    a_street.then_some(AddressKey { number, street })
}

/// Whether the identity `id` of a place (in `commune`) is the structure of row `a`.
fn same_structure(a: &Attachment, key: &AddressKey, id: &Identity, communes: &[&str]) -> bool {
    id.postcode.as_deref() == Some(a.postcode.as_str())
        && id.address.as_deref().and_then(address_key).as_ref() == Some(key)
        && name_similarity(&a.name, &id.name, communes) >= SAME_NAME
}

/// Attach each row to the one known place whose name and address it matches (see the module
/// doc); report every row placed (`kept`) or not placed (`skipped`, with the reason). Run after
/// the merge; `known` is what the records said before it.
pub fn attach(
    places: &mut [Place],
    known: &KnownRecords,
    attachments: &[Attachment],
    report: &mut ImportReport,
) {
    let source = source();
    // Each place's identities: its own, then its records'.
    let identities: Vec<Vec<Identity>> = places
        .iter()
        .map(|p| {
            std::iter::once(Identity::of(p))
                .chain(
                    p.provenance
                        .iter()
                        .filter_map(|r| known.0.get(&record_key(r)).cloned()),
                )
                .collect()
        })
        .collect();
    // Candidates by postcode, so a national file is not compared with every place.
    let mut by_postcode: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, ids) in identities.iter().enumerate() {
        for cp in ids.iter().filter_map(|id| id.postcode.as_deref()) {
            let list = by_postcode.entry(cp).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut placed = Vec::new();
    for a in attachments {
        let rid = Some(a.record_id.as_str());
        let Some(key) = address_key(&a.address) else {
            report.skip(
                a.row,
                rid,
                format!("not placed: no position: no street address ({})", a.address),
            );
            continue;
        };
        let matches: Vec<usize> = by_postcode
            .get(a.postcode.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                let ids = &identities[i];
                let communes: Vec<&str> =
                    ids.iter().filter_map(|id| id.commune.as_deref()).collect();
                ids.iter().any(|id| same_structure(a, &key, id, &communes))
            })
            .collect();
        match matches[..] {
            [i] => {
                report.kept += 1;
                placed.push((i, a));
            }
            [] => report.skip(
                a.row,
                rid,
                "not placed: no position: no known place with this name and address",
            ),
            _ => report.skip(
                a.row,
                rid,
                format!(
                    "not placed: ambiguous: {} places match ({})",
                    matches.len(),
                    matches
                        .iter()
                        .map(|&i| places[i].id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        }
    }
    for (i, a) in placed {
        let place = &mut places[i];
        place.confirm_need(Need::Procedures);
        place.add_delivery(Need::Procedures, Delivery::DONE_FOR_YOU);
        place.add_term(TERM);
        place.provenance.push(Provenance {
            source: source.id.clone(),
            record_id: a.record_id.clone(),
            updated: a.updated,
        });
        // The merge's order: the first record first, then by source and record id.
        if let Some(rest) = place.provenance.get_mut(1..) {
            rest.sort_by(|x, y| (&x.source, &x.record_id).cmp(&(&y.source, &y.record_id)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::new_place;
    use crate::import::test_support::{garbage, header_then_garbage};

    const HEAD: &str = "Data pass ID,Name,SIRET,Adresse,Code postal,Département,Région,\
                        Nombre de mandats,Nombre d'usagers accompagnés,Nombre d'agents formés,\
                        commune,date_maj\n";

    fn rows(body: &str) -> (Vec<Attachment>, ImportReport) {
        parse(format!("{HEAD}{body}").as_bytes(), "t.csv").unwrap()
    }

    fn known(source: &str, id: &str, name: &str, address: &str, cp: &str, commune: &str) -> Place {
        let info = SourceInfo {
            id: source.into(),
            ..super::source()
        };
        let mut p = new_place(&info, id, None);
        p.name = name.into();
        p.address = Some(address.into());
        p.postcode = Some(cp.into());
        p.commune = Some(commune.into());
        p.lat = 45.19;
        p.lon = 5.72;
        p
    }

    #[test]
    fn addresses_are_compared_by_number_and_street_words() {
        let k = |a: &str| address_key(a);
        let same = [
            (
                "1 Avenue Roland Garros 38590 Saint-Étienne-de-Saint-Geoirs",
                "1 av. Roland-Garros",
            ),
            ("40 RUE DE LA LIBERTE", "40 Rue de la Liberté"),
            ("1 PL CHARLES DE GAULLE", "1 place Charles de Gaulle"),
            ("32bis Rue de la Liberté", "32 bis rue de la Liberte"),
            (
                "32 Bis r Liberté, 38600 Fontaine",
                "32bis Rue de la Liberté",
            ),
            (
                "4 Avenue du General de Gaulle 38120 Saint-Égrève",
                "4 AV du Général de Gaulle,",
            ),
            (
                "ESPACE PERSONNES AGEES EAUX CLAIRES 31-35 rue Joseph Bouchayer",
                "31 rue Joseph Bouchayer",
            ),
            (
                "Espace Chantourne 15 boulevard des Alpes",
                "15 BD DES ALPES",
            ),
            ("Place de la Convention", "PLACE DE LA CONVENTION"),
        ];
        for (a, b) in same {
            assert!(k(a).is_some() && k(a) == k(b), "{a} / {b}");
        }
        assert_ne!(k("32 rue de la Liberté"), k("32 bis rue de la Liberté"));
        assert_ne!(k("17 avenue Tagnard"), k("18 avenue Tagnard"));
        assert_ne!(k("5 rue Malakoff"), k("5 avenue Malakoff"));
        // A number in the street's name is not a street number.
        let commune = k("Rue de la Commune 1871").unwrap();
        assert_eq!(commune.number, None);
        assert_eq!(commune.street, vec!["rue", "commune", "1871"]);
        let may = k("84 place du 8 mai 45").unwrap();
        assert_eq!(may.number.as_deref(), Some("84"));
        assert!(k("10 LE ROUTOIR").is_some_and(|a| a.number.as_deref() == Some("10")));
        // Not a street address: no key.
        assert_eq!(k("CENTRE SOCIAL"), None);
        assert_eq!(k("le village"), None);
        assert_eq!(k(""), None);
        assert_eq!(k("38780"), None);
        assert_eq!(k("---"), None);
    }

    #[test]
    fn rows_are_read_into_attachments_with_repairs_and_skips() {
        let (attachments, report) = rows(
            "4 003,Equipe inclusion numérique,1,1 Avenue Roland Garros 38590 X,38590,Isère,A,1,1,1,,15/03/2021\n\
             38 011 025,IFAC,1,\"9 rue, Lesdiguières\",38000,Isère,A,0,0,1,,soon\n\
             ,CCAS,1,\"HOTEL DE VILLE\nPLACE CLAUDE BARBIER\",38780,Isère,A,0,0,1,,\n\
             5,,1,1 rue A,38000,Isère,A,0,0,1,,\n\
             6,Centre,1,,38000,Isère,A,0,0,1,,\n\
             7,Centre,1,1 rue A,380,Isère,A,0,0,1,,\n\
             6,Again,1,1 rue A,38000,Isère,A,0,0,1,,\n",
        );
        assert_eq!(report.read, 7);
        assert_eq!(report.kept, 0, "nothing is placed by reading");
        let ids: Vec<&str> = attachments.iter().map(|a| a.record_id.as_str()).collect();
        assert_eq!(ids, vec!["4003", "38011025", "row-3"]);
        assert_eq!(attachments[0].updated, NaiveDate::from_ymd_opt(2021, 3, 15));
        assert_eq!(attachments[1].updated, None);
        assert_eq!(
            attachments[2].address,
            "HOTEL DE VILLE PLACE CLAUDE BARBIER"
        );
        let reason = |id: &str| crate::import::test_support::skip_reason(&report, id);
        assert_eq!(reason("5"), Some("no name"));
        assert_eq!(reason("6"), Some("not placed: no position: no address"));
        assert_eq!(
            reason("7"),
            Some("not placed: no position: postcode not a postcode (380)")
        );
        assert!(report.issues.iter().any(|i| i.reason == "duplicate id 6"));
        let repairs: Vec<&str> = report
            .issues
            .iter()
            .filter(|i| i.action == crate::import::Action::Repaired)
            .map(|i| i.reason.as_str())
            .collect();
        assert_eq!(
            repairs,
            vec![
                "date_maj not a date (soon): left unknown",
                "no Data pass ID: row number used as id",
            ]
        );
    }

    #[test]
    fn a_row_attaches_only_to_the_one_place_with_its_name_and_address() {
        let (attachments, mut report) = rows(
            "1,CCAS de Seyssins,1,40 RUE DE LA LIBERTE,38180,Isère,A,0,0,1,,15/03/2021\n\
             2,Association CAFES,1,17 avenue du Docteur TAGNARD,38350,Isère,A,0,0,1,,15/03/2021\n\
             3,CCAS de Voreppe,1,2 PL CHARLES DE GAULLE,38340,Isère,A,0,0,1,,15/03/2021\n\
             4,Mairie de Voreppe,1,1 PL CHARLES DE GAULLE,38340,Isère,A,0,0,1,,15/03/2021\n\
             5,MIFE Isère,1,4 Avenue du General de Gaulle 38120 Saint-Égrève,38120,Isère,A,0,0,1,,\n\
             6,CENTRE SOCIAL,1,CENTRE SOCIAL,38380,Isère,A,0,0,1,,\n",
        );
        let seyssins = known(
            "hinaura",
            "s",
            "CCAS de Seyssins",
            "40 Rue de la Liberté",
            "38180",
            "Seyssins",
        );
        let cafes_a = known(
            "hinaura",
            "c1",
            "Association CAFES",
            "17 Avenue docteur Tagnard",
            "38350",
            "La Mure",
        );
        let cafes_b = known(
            "anct-hinaura",
            "c2",
            "Association CAFES",
            "17 Avenue docteur Tagnard",
            "38350",
            "La Mure",
        );
        let fs = known(
            "france-services",
            "m",
            "France services La Matheysine",
            "17 Avenue Docteur Tagnard",
            "38350",
            "La Mure",
        );
        let voreppe = known(
            "hinaura",
            "v",
            "CCAS de Voreppe",
            "1 place Charles de Gaulle",
            "38340",
            "Voreppe",
        );
        // Merged from two records: the merged name is the other record's.
        let mut mife = known(
            "anct-hinaura",
            "m1",
            "Maison de l'emploi",
            "4 AV du Général de Gaulle,",
            "38120",
            "Saint-Egrève",
        );
        let mife_record = known(
            "hinaura",
            "m2",
            "MIFE Isère - St Egrève",
            "4 AV du Général de Gaulle,",
            "38120",
            "Saint-Egrève",
        );
        let records = vec![seyssins.clone(), mife.clone(), mife_record.clone()];
        let known_records = KnownRecords::of(&records);
        mife.provenance.push(mife_record.provenance[0].clone());
        let mut places = vec![seyssins, cafes_a, cafes_b, fs, voreppe, mife];
        attach(&mut places, &known_records, &attachments, &mut report);
        let reason = |id: &str| crate::import::test_support::skip_reason(&report, id);
        assert_eq!(
            (report.read, report.kept, report.skipped),
            (6, 2, 4),
            "{:?}",
            report.issues
        );

        let s = &places[0];
        assert!(s.needs.contains(Need::Procedures));
        assert!(s
            .delivery_for(Need::Procedures)
            .contains(Delivery::DONE_FOR_YOU));
        assert_eq!(s.source_terms, vec!["Aidants Connect"]);
        let last = s.provenance.last().unwrap();
        assert_eq!(
            (last.source.as_str(), last.record_id.as_str()),
            ("aidants-connect", "1")
        );
        assert_eq!(last.updated, NaiveDate::from_ymd_opt(2021, 3, 15));
        assert_eq!(
            s.provenance[0].source, "hinaura",
            "the first record stays first"
        );

        assert_eq!(
            reason("2"),
            Some("not placed: ambiguous: 2 places match (hinaura:c1, anct-hinaura:c2)")
        );
        assert!(
            places[1..4].iter().all(|p| p.needs.is_empty()),
            "no pick among several"
        );
        // Another street number, or another name at the right address: not placed.
        let none = "not placed: no position: no known place with this name and address";
        assert_eq!(reason("3"), Some(none));
        assert_eq!(reason("4"), Some(none));
        assert!(places[4].needs.is_empty());
        // Found through a record's own name, which the merge did not keep.
        assert!(places[5]
            .delivery_for(Need::Procedures)
            .contains(Delivery::DONE_FOR_YOU));
        assert_eq!(
            reason("6"),
            Some("not placed: no position: no street address (CENTRE SOCIAL)")
        );
    }

    #[test]
    fn alone_every_row_is_not_placed_and_garbage_never_panics() {
        let (attachments, mut report) =
            rows("1,CCAS de Seyssins,1,40 RUE DE LA LIBERTE,38180,Isère,A,0,0,1,,15/03/2021\n");
        attach(&mut [], &KnownRecords::default(), &attachments, &mut report);
        assert_eq!((report.read, report.kept, report.skipped), (1, 0, 1));

        assert!(parse(b"", "e.csv").is_err());
        let err = parse(b"uic,gare\n1,x\n", "w.csv").unwrap_err();
        assert!(err.to_string().contains("lacks column"), "{err}");
        let _ = parse(&garbage(), "g.bin");
        let (attachments, mut report) = parse(&header_then_garbage(HEAD), "g.csv").unwrap();
        let mut places = vec![Place::default()];
        let known = KnownRecords::of(&places);
        attach(&mut places, &known, &attachments, &mut report);
        assert_eq!(report.read, report.kept + report.skipped);
        for a in ["", " ", "1", "bis", "1 bis", "00000 00000", "é\u{301}\u{0}"] {
            let _ = address_key(a);
        }
    }
}
