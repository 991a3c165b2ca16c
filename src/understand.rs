//! What a person types into search, understood as needs and procedures.
//!
//! # Why
//! Search used to match names only. Tried as a new user would near Grenoble: `caf` answered
//! three Repair Cafés, `wifi`, `internet`, `france travail`, `ordinateur`, `impots` answered
//! nothing, `pole emploi` one office 47 km away. People type what they need or the agency they
//! deal with, often in their own language, often misspelt. So before names are searched, the
//! text is read against a small vocabulary:
//!
//! - each of the eight **needs**, by the interface's own labels in the twelve languages (the
//!   `need-*` messages of `assets/i18n/`, so a word on a button always finds what the button
//!   finds) and a short list of usual words per need (internet, connexion, batterie, chargeur,
//!   ordinateur, imprimer…, and the same in the other languages);
//! - each **procedure or agency** ([`Procedure`]): CAF, France Travail = Pôle emploi,
//!   CPAM = ameli = sécurité sociale, impôts, ANTS (carte grise, permis, passeport), préfecture,
//!   MSA, retraite/CARSAT, logement social. Agencies keep their French names in every language.
//!
//! # How words are compared
//! Both sides are folded ([`fold`]: case, accents, punctuation), then a typed word matches a
//! vocabulary word when it is the same, a plural of it (`s`, `x`), a start of it of at least four
//! letters (people stop typing: `ordi`, `interne`), or, for words of five letters or more, one
//! typo away (two from eight letters: `prefecure`, `batery`). Words of three letters or fewer
//! must be exact: `caf` is not `café`, `ants` is not `ant`.
//!
//! A usual word (`france travail`, `carte grise`) is understood when all its words were typed,
//! whatever else was typed (`aide caf` → CAF). A button label (`Зарядити телефон`) is
//! understood when every typed word is one of its words, so `recharger` finds the charging
//! label but `aide caf` does not find "Aide démarches".
//!
//! Pure: no platform call; the vocabulary is built once, from the compiled-in Fluent files'
//! lines (not their bundles: see [`plain_message`]).

use crate::i18n::{plain_message, Lang};
use crate::need::{Need, NeedSet};
use crate::procedure::Procedure;
use crate::text::fold;
use std::sync::OnceLock;

/// What typed text asks for: needs and procedures. Empty when nothing was understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Understood {
    pub needs: NeedSet,
    pub procedures: Vec<Procedure>,
}

impl Understood {
    pub fn is_empty(&self) -> bool {
        self.needs.is_empty() && self.procedures.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Need(Need),
    Procedure(Procedure),
}

/// Usual words for each need, beside the interface's labels, in the twelve languages.
const NEED_WORDS: &[(Need, &[&str])] = &[
    (
        Need::Wifi,
        &[
            "wifi",
            "wi fi",
            "wlan",
            "hotspot",
            "internet",
            "connexion",
            "connexion internet",
            "conexión",
            "kablosuz",
            "conexiune",
            "واي فاي",
            "وايفاي",
            "إنترنت",
            "انترنت",
            "وای فای",
            "اینترنت",
            "انټرنټ",
            "вайфай",
            "інтернет",
            "интернет",
            "ინტერნეტი",
            "ვაიფაი",
            "ኢንተርነት",
            "ዋይፋይ",
        ],
    ),
    (
        Need::Charging,
        &[
            "recharger",
            "recharge",
            "charger",
            "chargeur",
            "batterie",
            "prise électrique",
            "charging",
            "battery",
            "cargar",
            "cargador",
            "batería",
            "şarj",
            "încărcare",
            "baterie",
            "شحن",
            "بطارية",
            "شارژ",
            "چارج",
            "зарядка",
            "зарядити",
            "зарядить",
            "батарея",
            "დატენვა",
            "ቻርጅ",
        ],
    ),
    (
        Need::Computers,
        &[
            "ordinateur",
            "ordi",
            "pc",
            "imprimer",
            "imprimante",
            "impression",
            "photocopie",
            "scanner",
            "computer",
            "printer",
            "print",
            "ordenador",
            "computadora",
            "imprimir",
            "bilgisayar",
            "yazıcı",
            "calculator",
            "imprimantă",
            "كمبيوتر",
            "حاسوب",
            "طابعة",
            "کامپیوتر",
            "کمپیوتر",
            "کمپیوټر",
            "комп'ютер",
            "компьютер",
            "принтер",
            "კომპიუტერი",
            "ኮምፒተር",
        ],
    ),
    (
        Need::Helper,
        &[
            "aide numérique",
            "médiateur numérique",
            "conseiller numérique",
            "accompagnement",
            "digital help",
        ],
    ),
    (
        Need::Procedures,
        &[
            "démarche",
            "démarches",
            "démarches administratives",
            "papiers",
            "dossier",
            "administratif",
            "paperwork",
            "forms",
            "trámites",
            "formulario",
        ],
    ),
    (
        Need::Training,
        &[
            "formation",
            "atelier",
            "cours",
            "apprendre",
            "training",
            "curso",
            "kurs",
            "курси",
            "курсы",
        ],
    ),
    (
        Need::Equipment,
        &[
            "téléphone pas cher",
            "ordinateur pas cher",
            "reconditionné",
            "matériel",
            "emmaüs connect",
            "cheap phone",
        ],
    ),
    (
        Need::Repair,
        &[
            "réparation",
            "réparer",
            "dépannage",
            "repair",
            "reparar",
            "tamir",
            "ремонт",
        ],
    ),
];

/// How people name each procedure or agency.
const PROCEDURE_WORDS: &[(Procedure, &[&str])] = &[
    (
        Procedure::Caf,
        &[
            "caf",
            "allocations familiales",
            "allocation familiale",
            "rsa",
            "apl",
            "prime d'activité",
            "prime activité",
        ],
    ),
    (
        Procedure::FranceTravail,
        &[
            "france travail",
            "pôle emploi",
            "pole-emploi",
            "chômage",
            "actualisation",
        ],
    ),
    (
        Procedure::Cpam,
        &[
            "cpam",
            "ameli",
            "sécurité sociale",
            "sécu",
            "assurance maladie",
            "carte vitale",
            "complémentaire santé solidaire",
        ],
    ),
    (
        Procedure::Impots,
        &[
            "impôts",
            "impôt",
            "impots gouv",
            "dgfip",
            "finances publiques",
            "déclaration de revenus",
        ],
    ),
    (
        Procedure::Ants,
        &[
            "ants",
            "carte grise",
            "permis de conduire",
            "permis",
            "passeport",
            "carte d'identité",
            "carte identité",
        ],
    ),
    (
        Procedure::Prefecture,
        &[
            "préfecture",
            "sous-préfecture",
            "titre de séjour",
            "naturalisation",
        ],
    ),
    (Procedure::Msa, &["msa", "mutualité sociale agricole"]),
    (
        Procedure::Retraite,
        &["retraite", "carsat", "cnav", "assurance retraite"],
    ),
    (
        Procedure::LogementSocial,
        &["logement social", "hlm", "demande de logement"],
    ),
];

/// One phrase of the vocabulary, folded into words.
struct Entry {
    target: Target,
    words: Vec<String>,
    /// A button label (every typed word must be in it) rather than a usual word (all its words
    /// must be typed).
    label: bool,
}

fn vocabulary() -> &'static [Entry] {
    static VOCABULARY: OnceLock<Vec<Entry>> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let words = |s: &str| -> Vec<String> { fold(s).split(' ').map(str::to_string).collect() };
        let mut v = Vec::new();
        for lang in Lang::ALL {
            for need in Need::ALL {
                if let Some(label) = plain_message(lang, &format!("need-{}", need.id())) {
                    v.push(Entry {
                        target: Target::Need(need),
                        words: words(label),
                        label: true,
                    });
                }
            }
        }
        for (need, list) in NEED_WORDS {
            for w in *list {
                v.push(Entry {
                    target: Target::Need(*need),
                    words: words(w),
                    label: false,
                });
            }
        }
        for (p, list) in PROCEDURE_WORDS {
            for w in *list {
                v.push(Entry {
                    target: Target::Procedure(*p),
                    words: words(w),
                    label: false,
                });
            }
        }
        v.retain(|e| e.words.iter().all(|w| !w.is_empty()));
        v
    })
}

/// Whether a typed word (folded) is this vocabulary word (folded), tolerating plurals, an
/// unfinished word and a typo (see the module doc).
fn same_word(typed: &str, known: &str) -> bool {
    if typed == known {
        return true;
    }
    let n = typed.chars().count();
    if n <= 3 {
        return false;
    }
    if let Some(rest) = typed.strip_prefix(known) {
        if rest == "s" || rest == "x" {
            return true;
        }
    }
    if known.starts_with(typed) {
        return true;
    }
    let m = known.chars().count();
    if n < 5 || m < 5 {
        return false;
    }
    let allowed = if n.min(m) >= 8 { 2 } else { 1 };
    // Lengths further apart than the typos allowed cannot match: most pairs end here.
    n.abs_diff(m) <= allowed && strsim::damerau_levenshtein(typed, known) <= allowed
}

/// The needs and procedures `text` names (see the module doc).
pub fn understand(text: &str) -> Understood {
    let folded = fold(text);
    let typed: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Understood::default();
    if typed.is_empty() {
        return out;
    }
    for e in vocabulary() {
        let hit = if e.label {
            typed
                .iter()
                .all(|t| e.words.iter().any(|k| same_word(t, k)))
        } else {
            e.words
                .iter()
                .all(|k| typed.iter().any(|t| same_word(t, k)))
        };
        if hit {
            match e.target {
                Target::Need(n) => out.needs = out.needs.union(NeedSet::of(&[n])),
                Target::Procedure(p) => {
                    if !out.procedures.contains(&p) {
                        out.procedures.push(p);
                    }
                }
            }
        }
    }
    out.procedures.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    fn needs(text: &str) -> Vec<Need> {
        understand(text).needs.iter().collect()
    }
    fn procedures(text: &str) -> Vec<Procedure> {
        understand(text).procedures
    }

    #[test]
    fn caf_is_the_agency_not_a_cafe() {
        assert_eq!(procedures("caf"), vec![Procedure::Caf]);
        assert_eq!(procedures("CAF "), vec![Procedure::Caf]);
        assert_eq!(procedures("aide CAF"), vec![Procedure::Caf]);
        for t in ["café", "cafe", "repair café", "ca"] {
            assert!(procedures(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn france_travail_is_pole_emploi() {
        for t in [
            "france travail",
            "France Travail",
            "Pôle emploi",
            "pole emploi",
            "pole-emploi",
        ] {
            assert_eq!(procedures(t), vec![Procedure::FranceTravail], "{t}");
        }
        // One word of a two-word name is not the agency.
        assert!(procedures("france").is_empty());
        assert!(procedures("pole").is_empty());
    }

    #[test]
    fn agencies_under_their_usual_names() {
        for (t, p) in [
            ("ameli", Procedure::Cpam),
            ("sécurité sociale", Procedure::Cpam),
            ("impots", Procedure::Impots),
            ("Impôts", Procedure::Impots),
            ("carte grise", Procedure::Ants),
            ("prefecure", Procedure::Prefecture),
            ("retraite", Procedure::Retraite),
            ("MSA", Procedure::Msa),
        ] {
            assert_eq!(procedures(t), vec![p], "{t}");
        }
    }

    #[test]
    fn needs_by_their_labels_in_every_language() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for need in Need::ALL {
                let label = tr.t(&format!("need-{}", need.id()));
                assert!(
                    needs(&label).contains(&need),
                    "{} {need}: {label}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn needs_by_usual_words_typos_and_plurals() {
        for (t, n) in [
            ("wifi", Need::Wifi),
            ("WIFI", Need::Wifi),
            ("Wi-Fi", Need::Wifi),
            ("internet", Need::Wifi),
            ("انترنت", Need::Wifi),
            ("інтернет", Need::Wifi),
            ("recharger", Need::Charging),
            ("batterie", Need::Charging),
            ("batery", Need::Charging),
            ("chargeurs", Need::Charging),
            ("ordi", Need::Computers),
            ("ordinateurs", Need::Computers),
            ("imprimer", Need::Computers),
            ("formations", Need::Training),
        ] {
            assert!(needs(t).contains(&n), "{t}: {:?}", needs(t));
        }
    }

    #[test]
    fn names_and_stray_words_are_not_needs() {
        for t in [
            "",
            " ",
            "Pablo Neruda",
            "Echirolles",
            "bibliothèque",
            "a",
            "de",
        ] {
            assert!(understand(t).is_empty(), "{t}: {:?}", understand(t));
        }
    }
}
