//! Text cleaning and folding shared by importers, merge and search.
//!
//! Sources are typed by hand in web forms: HTML fragments, entities, stray whitespace, mixed
//! case and accents everywhere. Everything that compares text goes through [`fold`], so that
//! "Échirolles", "ECHIROLLES" and "echirolles " are one word.

use unicode_normalization::UnicodeNormalization;

/// Remove HTML tags, decode entities, collapse whitespace (keeping line breaks as one space
/// unless `keep_lines`), trim. Empty results become `None`.
pub fn clean(raw: &str) -> Option<String> {
    clean_with(raw, false)
}

/// Like [`clean`] but keeps paragraph breaks (for descriptions).
pub fn clean_multiline(raw: &str) -> Option<String> {
    clean_with(raw, true)
}

fn clean_with(raw: &str, keep_lines: bool) -> Option<String> {
    let mut without_tags = String::with_capacity(raw.len());
    let mut in_tag = false;
    for c in raw.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                without_tags.push(' ');
            }
            _ if !in_tag => without_tags.push(c),
            _ => {}
        }
    }
    let decoded = html_escape::decode_html_entities(&without_tags).replace('\u{a0}', " ");
    let mut out = String::with_capacity(decoded.len());
    for line in decoded.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if keep_lines { "\n" } else { " " });
        }
        out.push_str(&words.join(" "));
    }
    (!out.is_empty()).then_some(out)
}

/// Lowercase, strip diacritics, turn every non-alphanumeric run into one space, trim.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() && !is_letter_symbol(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// Emoji letters that Rust calls alphabetic but that are symbols to SQLite's full-text
/// tokenizer (`unicode61` keeps letters, numbers and private-use characters): negative circled
/// and negative squared Latin capitals, which have no decomposition to a plain letter. Kept in a
/// word, they split it there into two tokens, and the search became a phrase query, which the
/// index (`detail='column'`) refuses.
fn is_letter_symbol(c: char) -> bool {
    matches!(c, '\u{1F150}'..='\u{1F169}' | '\u{1F170}'..='\u{1F189}')
}

/// Split a multi-valued form field on commas outside parentheses, dropping the stray
/// double quotes that the Hinaura export leaves around values
/// (`Adultes,Seniors,"Petite enfance / Parentalité (0-3 ans)"`).
pub fn split_multi(raw: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    for c in raw.chars() {
        match c {
            '"' => {}
            '(' => {
                depth += 1;
                current.push(c);
            }
            ')' => {
                depth = (depth - 1).max(0);
                current.push(c);
            }
            ',' if depth == 0 => {
                if let Some(v) = clean(&current) {
                    values.push(v);
                }
                current.clear();
            }
            _ => current.push(c),
        }
    }
    if let Some(v) = clean(&current) {
        values.push(v);
    }
    values
}

/// French phone numbers to national display form ("04 76 33 06 56"); a 9-digit number that
/// lost its leading zero (stored as an integer) is repaired. Anything else is kept as given.
pub fn phone(raw: &str) -> Option<String> {
    let raw = clean(raw)?;
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    let national =
        if raw.trim_start().starts_with('+') && digits.starts_with("33") && digits.len() == 11 {
            format!("0{}", &digits[2..])
        } else if digits.len() == 9 && !digits.starts_with('0') {
            format!("0{digits}")
        } else if digits.len() == 10 && digits.starts_with('0') {
            digits
        } else {
            return Some(raw);
        };
    let pairs: Vec<&str> = (0..5).map(|i| &national[i * 2..i * 2 + 2]).collect();
    Some(pairs.join(" "))
}

/// An e-mail address, or `None` when the text is not one.
pub fn email(raw: &str) -> Option<String> {
    let v = clean(raw)?.to_lowercase();
    let (user, domain) = v.split_once('@')?;
    (!user.is_empty() && domain.contains('.') && !v.contains(' ')).then_some(v)
}

/// A website, with `https://` added when the scheme is missing.
pub fn website(raw: &str) -> Option<String> {
    let v = clean(raw)?;
    if v.contains(' ') || !v.contains('.') {
        return None;
    }
    if v.starts_with("http://") || v.starts_with("https://") {
        Some(v)
    } else {
        Some(format!("https://{v}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_html_and_entities() {
        assert_eq!(
            clean("<i class=fas fa-wheelchair></i> Accès&nbsp;PMR  ").as_deref(),
            Some("Accès PMR")
        );
        assert_eq!(clean("  \n "), None);
        assert_eq!(
            clean("10h à 12h &amp; 14h").as_deref(),
            Some("10h à 12h & 14h")
        );
    }

    /// Regression: "0A🅐¹" folded to one word that the full-text index read as two, and the
    /// search failed with "phrase queries are not supported".
    #[test]
    fn emoji_letter_split_a_word_into_a_phrase_query() {
        assert_eq!(fold("0A\u{1F150}\u{b9}"), "0a 1");
        assert_eq!(fold("\u{1F170}bc"), "bc");
        // Circled letters decompose to plain ones and stay in the word.
        assert_eq!(fold("\u{24B6}b"), "ab");
    }

    #[test]
    fn fold_ignores_case_accents_and_punctuation() {
        assert_eq!(fold("  Échirolles-Centre "), "echirolles centre");
        assert_eq!(
            fold("BIBLIOTHÈQUE  Pablo-Neruda"),
            "bibliotheque pablo neruda"
        );
    }

    #[test]
    fn split_multi_handles_hinaura_quoting_and_commas_in_parentheses() {
        assert_eq!(
            split_multi(r#"Gratuit,"Solidaire (tarif réduit, ou convention)","Payant"#),
            vec![
                "Gratuit",
                "Solidaire (tarif réduit, ou convention)",
                "Payant"
            ]
        );
        assert_eq!(
            split_multi(r#"Réseau Wifi","Accès libre à du matériel informatique"#),
            vec!["Réseau Wifi", "Accès libre à du matériel informatique"]
        );
    }

    #[test]
    fn phone_forms() {
        assert_eq!(phone("476206451").as_deref(), Some("04 76 20 64 51"));
        assert_eq!(phone("+33476920740").as_deref(), Some("04 76 92 07 40"));
        assert_eq!(phone("04.76.33.06.56").as_deref(), Some("04 76 33 06 56"));
        assert_eq!(phone("39 49").as_deref(), Some("39 49"));
        assert_eq!(phone(" "), None);
    }
}
