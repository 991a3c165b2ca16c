//! The procedures and agencies people ask help with: CAF, France Travail, CPAM, taxes, ANTS…
//!
//! # Why
//! People do not look for "help with online procedures"; they look for help with *their*
//! procedure, and they type the agency's name: near Grenoble, `caf` answered with three Repair
//! Cafés, `france travail` with nothing and `pole emploi` with one office 47 km away, while
//! 58 places of the bundled snapshot help with CAF procedures by their sources' own words (30
//! of them France services, 28 by Hinaura's lists); 59 name at least one procedure.
//! So the snapshot keeps, for each place, the procedures its sources say it helps with
//! (`details.procedures`, stable ids), and search answers an agency's name with them.
//!
//! # Never invented
//! A procedure is kept only when a source's own words name it ([`stated_by`]):
//! - Hinaura's "Accompagnements proposés aux démarches en ligne" and "Comprendre et utiliser les
//!   sites d'accès aux droits" ("Accompagnement CAF (caf.fr)", "… Pôle Emploi (pole-emploi.fr)",
//!   "… CPAM (ameli.fr)", "… impôts", "… CARSAT", "prise de RDV en préfecture", "demande de
//!   logement social");
//! - the national schema's `dispositif_programmes_nationaux` "Point d'accès numérique CAF";
//! - a France services label (ANCT's list, the schema's "France Services", a source's kind
//!   "France services"): the national France services charter names the partners every France
//!   services desk helps with (CAF, Assurance maladie, Assurance retraite, MSA, France Travail
//!   (ex-Pôle emploi), the tax office (DGFiP), and the Interior ministry's titles, ANTS). The
//!   charter's list is [`FRANCE_SERVICES`].
//!
//! A place whose sources name no procedure has none: "unknown", never "none offered".

use crate::text::fold;
use serde::{Deserialize, Serialize};

/// A procedure or agency a person asks help with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    /// Caisse d'allocations familiales: family benefits, housing aid (APL), RSA, prime d'activité.
    Caf,
    /// France Travail (Pôle emploi until 2024): job seekers' registration, monthly update.
    FranceTravail,
    /// Assurance maladie (CPAM, ameli.fr): health cover, carte Vitale.
    Cpam,
    /// The tax office (DGFiP, impots.gouv.fr).
    Impots,
    /// ANTS: identity card, passport, driving licence, car registration.
    Ants,
    /// The préfecture: residence permits, appointments.
    Prefecture,
    /// Mutualité sociale agricole: farmers' social security.
    Msa,
    /// Pensions (Assurance retraite, CARSAT, CNAV).
    Retraite,
    /// Social housing application.
    LogementSocial,
}

impl Procedure {
    pub const ALL: [Procedure; 9] = [
        Procedure::Caf,
        Procedure::FranceTravail,
        Procedure::Cpam,
        Procedure::Impots,
        Procedure::Ants,
        Procedure::Prefecture,
        Procedure::Msa,
        Procedure::Retraite,
        Procedure::LogementSocial,
    ];

    /// Stable identifier (stored in the snapshot's details), never translated.
    pub fn id(self) -> &'static str {
        match self {
            Procedure::Caf => "caf",
            Procedure::FranceTravail => "france_travail",
            Procedure::Cpam => "cpam",
            Procedure::Impots => "impots",
            Procedure::Ants => "ants",
            Procedure::Prefecture => "prefecture",
            Procedure::Msa => "msa",
            Procedure::Retraite => "retraite",
            Procedure::LogementSocial => "logement_social",
        }
    }

    pub fn from_id(id: &str) -> Option<Procedure> {
        Procedure::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The agency's or procedure's name as shown and read aloud, in French in every language:
    /// the name written on the letters people receive, on the agency's website and at its desk.
    pub fn name(self) -> &'static str {
        match self {
            Procedure::Caf => "CAF",
            Procedure::FranceTravail => "France Travail",
            Procedure::Cpam => "Ameli (CPAM)",
            Procedure::Impots => "Impôts",
            Procedure::Ants => "ANTS",
            Procedure::Prefecture => "Préfecture",
            Procedure::Msa => "MSA",
            Procedure::Retraite => "Retraite (CARSAT)",
            Procedure::LogementSocial => "Logement social",
        }
    }

    /// The names sources use for it, folded ([`fold`]), matched as whole words in a source's
    /// term. Narrower than what a person may type ([`crate::understand`]): a source term
    /// saying "permis" may be a building permit, one saying "CARSAT" is the pension office.
    fn source_names(self) -> &'static [&'static str] {
        match self {
            Procedure::Caf => &["caf"],
            Procedure::FranceTravail => &["pole emploi", "france travail"],
            Procedure::Cpam => &["cpam", "ameli", "assurance maladie"],
            Procedure::Impots => &["impots", "impot", "dgfip"],
            Procedure::Ants => &["ants", "carte grise"],
            Procedure::Prefecture => &["prefecture"],
            Procedure::Msa => &["msa"],
            Procedure::Retraite => &["carsat", "cnav", "assurance retraite"],
            Procedure::LogementSocial => &["logement social"],
        }
    }
}

/// What every France services desk helps with, by the national charter's partners.
pub const FRANCE_SERVICES: [Procedure; 7] = [
    Procedure::Caf,
    Procedure::FranceTravail,
    Procedure::Cpam,
    Procedure::Impots,
    Procedure::Ants,
    Procedure::Msa,
    Procedure::Retraite,
];

/// Whether the folded words `phrase` occur in the folded words `text`, word for word.
fn has_words(text: &str, phrase: &str) -> bool {
    let text: Vec<&str> = text.split(' ').collect();
    let phrase: Vec<&str> = phrase.split(' ').collect();
    text.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

/// The procedures a place's sources name, from its source terms and kind, sorted, once each.
pub fn stated_by(terms: &[String], kind: Option<&str>) -> Vec<Procedure> {
    let mut out = Vec::new();
    for term in terms.iter().map(String::as_str).chain(kind) {
        let folded = fold(term);
        if folded.starts_with("france services") {
            out.extend(FRANCE_SERVICES);
        }
        for p in Procedure::ALL {
            if p.source_names().iter().any(|n| has_words(&folded, n)) {
                out.push(p);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn hinaura_words_name_their_procedures() {
        let got = stated_by(
            &terms(&[
                "Accompagnement CAF (caf.fr)",
                "Accompagnement Pôle Emploi (pole-emploi.fr)",
                "Accompagnement demande de logement social",
                "Accompagnement impôts (impots.gouv.fr)",
                "Accompagnement CARSAT",
                "Comprendre et utiliser les services de la CPAM (Ameli.fr)",
                "Accompagnement prise de RDV en préfecture",
                "Autres démarches en ligne",
            ]),
            Some("Espace Public Numérique"),
        );
        assert_eq!(
            got,
            vec![
                Procedure::Caf,
                Procedure::FranceTravail,
                Procedure::Cpam,
                Procedure::Impots,
                Procedure::Prefecture,
                Procedure::Retraite,
                Procedure::LogementSocial,
            ]
        );
    }

    #[test]
    fn france_services_help_with_the_charter_partners() {
        assert_eq!(
            stated_by(&[], Some("France services (bus)")),
            FRANCE_SERVICES
        );
        assert_eq!(
            stated_by(&terms(&["France Services"]), None),
            FRANCE_SERVICES
        );
        assert_eq!(
            stated_by(&terms(&["Point d'accès numérique CAF"]), None),
            vec![Procedure::Caf]
        );
    }

    #[test]
    fn a_cafe_or_a_word_inside_another_is_no_procedure() {
        for t in [
            "Repair Café",
            "Association CAFES",
            "Mixage Café",
            "Accompagner les démarches de santé",
            "Devenir autonome dans les démarches administratives",
            "Maison de Services au Public",
            "Plantes",
        ] {
            assert!(stated_by(&terms(&[t]), Some(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn ids_read_back() {
        for p in Procedure::ALL {
            assert_eq!(Procedure::from_id(p.id()), Some(p));
            assert_eq!(
                serde_json::to_string(&p).ok(),
                Some(format!("\"{}\"", p.id()))
            );
        }
    }
}
