//! The 101 French départements: a département's name, as sources write it, to its code.
//!
//! # Why
//! Some sources give a place's département by name only ("Maine-et-Loire", "Val-d'Oise": the
//! SNCF station list), with no postcode. A name is not a postcode, and no postcode is made up
//! from it: the table checks that such names are real départements (the data tests read the
//! SNCF list through it), and names the départements of the validation report's table.
//!
//! # Rules
//! - Names are compared folded ([`crate::text::fold`]: case, accents, hyphens and apostrophes
//!   do not matter), with `St`/`Ste` read as `Saint`/`Sainte` ("Seine-St-Denis").
//! - Codes as INSEE writes them: `"01"`…`"95"` (no `"20"`), `"2A"` and `"2B"` for Corsica, and
//!   `"971"`…`"974"`, `"976"` for the overseas départements (`"975"`, Saint-Pierre-et-Miquelon,
//!   is a collectivity, not a département).
//! - La Réunion is also found without its article ("Réunion").
//! - An unknown name is `None`: never the nearest name.

use crate::text::fold;

/// (code, name) of the 101 départements, in code order.
pub const DEPARTMENTS: [(&str, &str); 101] = [
    ("01", "Ain"),
    ("02", "Aisne"),
    ("03", "Allier"),
    ("04", "Alpes-de-Haute-Provence"),
    ("05", "Hautes-Alpes"),
    ("06", "Alpes-Maritimes"),
    ("07", "Ardèche"),
    ("08", "Ardennes"),
    ("09", "Ariège"),
    ("10", "Aube"),
    ("11", "Aude"),
    ("12", "Aveyron"),
    ("13", "Bouches-du-Rhône"),
    ("14", "Calvados"),
    ("15", "Cantal"),
    ("16", "Charente"),
    ("17", "Charente-Maritime"),
    ("18", "Cher"),
    ("19", "Corrèze"),
    ("2A", "Corse-du-Sud"),
    ("2B", "Haute-Corse"),
    ("21", "Côte-d'Or"),
    ("22", "Côtes-d'Armor"),
    ("23", "Creuse"),
    ("24", "Dordogne"),
    ("25", "Doubs"),
    ("26", "Drôme"),
    ("27", "Eure"),
    ("28", "Eure-et-Loir"),
    ("29", "Finistère"),
    ("30", "Gard"),
    ("31", "Haute-Garonne"),
    ("32", "Gers"),
    ("33", "Gironde"),
    ("34", "Hérault"),
    ("35", "Ille-et-Vilaine"),
    ("36", "Indre"),
    ("37", "Indre-et-Loire"),
    ("38", "Isère"),
    ("39", "Jura"),
    ("40", "Landes"),
    ("41", "Loir-et-Cher"),
    ("42", "Loire"),
    ("43", "Haute-Loire"),
    ("44", "Loire-Atlantique"),
    ("45", "Loiret"),
    ("46", "Lot"),
    ("47", "Lot-et-Garonne"),
    ("48", "Lozère"),
    ("49", "Maine-et-Loire"),
    ("50", "Manche"),
    ("51", "Marne"),
    ("52", "Haute-Marne"),
    ("53", "Mayenne"),
    ("54", "Meurthe-et-Moselle"),
    ("55", "Meuse"),
    ("56", "Morbihan"),
    ("57", "Moselle"),
    ("58", "Nièvre"),
    ("59", "Nord"),
    ("60", "Oise"),
    ("61", "Orne"),
    ("62", "Pas-de-Calais"),
    ("63", "Puy-de-Dôme"),
    ("64", "Pyrénées-Atlantiques"),
    ("65", "Hautes-Pyrénées"),
    ("66", "Pyrénées-Orientales"),
    ("67", "Bas-Rhin"),
    ("68", "Haut-Rhin"),
    ("69", "Rhône"),
    ("70", "Haute-Saône"),
    ("71", "Saône-et-Loire"),
    ("72", "Sarthe"),
    ("73", "Savoie"),
    ("74", "Haute-Savoie"),
    ("75", "Paris"),
    ("76", "Seine-Maritime"),
    ("77", "Seine-et-Marne"),
    ("78", "Yvelines"),
    ("79", "Deux-Sèvres"),
    ("80", "Somme"),
    ("81", "Tarn"),
    ("82", "Tarn-et-Garonne"),
    ("83", "Var"),
    ("84", "Vaucluse"),
    ("85", "Vendée"),
    ("86", "Vienne"),
    ("87", "Haute-Vienne"),
    ("88", "Vosges"),
    ("89", "Yonne"),
    ("90", "Territoire de Belfort"),
    ("91", "Essonne"),
    ("92", "Hauts-de-Seine"),
    ("93", "Seine-Saint-Denis"),
    ("94", "Val-de-Marne"),
    ("95", "Val-d'Oise"),
    ("971", "Guadeloupe"),
    ("972", "Martinique"),
    ("973", "Guyane"),
    ("974", "La Réunion"),
    ("976", "Mayotte"),
];

/// A name folded for comparison, `St`/`Ste` written out.
fn key(name: &str) -> String {
    fold(name)
        .split(' ')
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name of a département from its code (`"38"` → `"Isère"`, for the report's table);
/// `None` for another code.
pub fn department_name(code: &str) -> Option<&'static str> {
    DEPARTMENTS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
}

/// The code of the département a source names ("Maine-et-Loire" → `"49"`), or `None` when the
/// name is not one of the 101.
pub fn department_code(name: &str) -> Option<&'static str> {
    let wanted = key(name);
    let wanted = match wanted.as_str() {
        "reunion" => "la reunion",
        other => other,
    };
    DEPARTMENTS
        .iter()
        .find(|(_, n)| key(n) == wanted)
        .map(|(code, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_as_sources_write_them() {
        assert_eq!(department_code("Maine-et-Loire"), Some("49"));
        assert_eq!(department_code("Isère"), Some("38"));
        assert_eq!(department_code("ISERE"), Some("38"));
        assert_eq!(department_code(" isere "), Some("38"));
        assert_eq!(department_code("Val-d'Oise"), Some("95"));
        assert_eq!(department_code("Val d’Oise"), Some("95"));
        assert_eq!(department_code("Côtes d'Armor"), Some("22"));
        assert_eq!(department_code("Seine-St-Denis"), Some("93"));
        assert_eq!(department_code("Territoire de Belfort"), Some("90"));
        assert_eq!(department_code("Corse-du-Sud"), Some("2A"));
        assert_eq!(department_code("Haute-Corse"), Some("2B"));
        assert_eq!(department_code("Réunion"), Some("974"));
        assert_eq!(department_code("La Réunion"), Some("974"));
        assert_eq!(department_code("Mayotte"), Some("976"));
    }

    #[test]
    fn unknown_names_are_none_never_the_nearest() {
        for name in [
            "",
            "Isere-sur-Mer",
            "Iser",
            "Corse",
            "Saint-Pierre-et-Miquelon",
            "Auvergne-Rhône-Alpes",
            "38",
            "\u{0}\u{FFFD}",
        ] {
            assert_eq!(department_code(name), None, "{name:?}");
        }
        // "Loire" is not "Haute-Loire" nor "Loire-Atlantique".
        assert_eq!(department_code("Loire"), Some("42"));
        assert_eq!(department_code("Rhône"), Some("69"));
    }

    #[test]
    fn the_table_has_101_distinct_codes_and_names() {
        let codes: HashSet<&str> = DEPARTMENTS.iter().map(|(c, _)| *c).collect();
        let names: HashSet<String> = DEPARTMENTS.iter().map(|(_, n)| key(n)).collect();
        assert_eq!((codes.len(), names.len()), (101, 101));
        let metropolitan = (1..=95)
            .filter(|&n| n != 20)
            .map(|n| format!("{n:02}"))
            .chain(["2A".to_string(), "2B".to_string()]);
        for code in metropolitan.chain(["971", "972", "973", "974", "976"].map(String::from)) {
            assert!(codes.contains(code.as_str()), "{code}");
        }
        // Every name finds its own code.
        for (code, name) in DEPARTMENTS {
            assert_eq!(department_code(name), Some(code), "{name}");
        }
    }
}
