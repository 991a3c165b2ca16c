//! Interface text in twelve languages, from the Fluent files in `assets/i18n/`.
//!
//! The languages are those spoken by the people met in this field (French first, then the
//! languages of recent arrivals). The files are compiled into the binary: the app works with
//! no file system access and no network. Arabic, Dari/Farsi and Pashto lay out right-to-left.
//!
//! A message missing in a language falls back to French, then to the message id, so the
//! interface never shows an empty button; the test `every_message_exists_in_every_language`
//! makes sure that fallback is never needed.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    Fr,
    En,
    Ar,
    Fa,
    Ps,
    Ro,
    Uk,
    Ru,
    Es,
    Tr,
    Ti,
    Ka,
}

impl Lang {
    pub const ALL: [Lang; 12] = [
        Lang::Fr,
        Lang::En,
        Lang::Ar,
        Lang::Fa,
        Lang::Ps,
        Lang::Ro,
        Lang::Uk,
        Lang::Ru,
        Lang::Es,
        Lang::Tr,
        Lang::Ti,
        Lang::Ka,
    ];

    /// BCP 47 code, also the file name in `assets/i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Ps => "ps",
            Lang::Ro => "ro",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::Tr => "tr",
            Lang::Ti => "ti",
            Lang::Ka => "ka",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        // Dari (prs) is written like Persian and shares its file.
        let primary = if primary == "prs" { "fa" } else { primary };
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa | Lang::Ps)
    }

    /// `ltr` or `rtl`, for the HTML `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's Fluent file: every file on phones and computers; in the web app French
    /// and English, and the others once fetched ([`provide`]): together they would be 50 KB
    /// more on a first visit, for a person who reads one of them.
    fn text(self) -> Option<&'static str> {
        #[cfg(not(target_arch = "wasm32"))]
        return Some(self.compiled_in());
        #[cfg(target_arch = "wasm32")]
        match self {
            Lang::Fr => Some(include_str!("../assets/i18n/fr.ftl")),
            Lang::En => Some(include_str!("../assets/i18n/en.ftl")),
            other => PROVIDED[other.index()].get().copied(),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn compiled_in(self) -> &'static str {
        match self {
            Lang::Ar => include_str!("../assets/i18n/ar.ftl"),
            Lang::Fa => include_str!("../assets/i18n/fa.ftl"),
            Lang::Ps => include_str!("../assets/i18n/ps.ftl"),
            Lang::Ro => include_str!("../assets/i18n/ro.ftl"),
            Lang::Uk => include_str!("../assets/i18n/uk.ftl"),
            Lang::Ru => include_str!("../assets/i18n/ru.ftl"),
            Lang::Es => include_str!("../assets/i18n/es.ftl"),
            Lang::Tr => include_str!("../assets/i18n/tr.ftl"),
            Lang::Ti => include_str!("../assets/i18n/ti.ftl"),
            Lang::Ka => include_str!("../assets/i18n/ka.ftl"),
            Lang::Fr => include_str!("../assets/i18n/fr.ftl"),
            Lang::En => include_str!("../assets/i18n/en.ftl"),
        }
    }

    fn source(self) -> &'static str {
        self.text().unwrap_or("")
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// Whether this language's text is here (always, but in the web app before it is fetched).
    pub fn is_available(self) -> bool {
        self.text().is_some()
    }

    /// The language's own name in its own script, as its file's `language-name` says (a test
    /// checks they agree): known before the file is, for the language picker.
    pub fn native_name(self) -> String {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Fa => "دری / فارسی",
            Lang::Ps => "پښتو",
            Lang::Ro => "Română",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
            Lang::Tr => "Türkçe",
            Lang::Ti => "ትግርኛ",
            Lang::Ka => "ქართული",
        }
        .to_string()
    }
}

/// The files the web app fetched, by language.
#[cfg(target_arch = "wasm32")]
static PROVIDED: [OnceLock<&'static str>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// Hands over a language's Fluent file fetched by the web app; from then on its messages are
/// used (before, French stands in). The first file given for a language stays.
#[cfg(target_arch = "wasm32")]
pub fn provide(lang: Lang, text: String) {
    let _ = PROVIDED[lang.index()].set(Box::leak(text.into_boxed_str()));
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of `lang`, read on first use: reading all twelve files at the first message
/// was a sizeable part of a cold start on a slow phone, which needs one language.
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    // A file not here yet is not cached as empty: it may come.
    let text = lang.text()?;
    Some(BUNDLES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks only where the text direction can differ from the values'.
        b.set_use_isolating(lang.is_rtl());
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            // Keep what parsed: a broken message falls back, the rest still shows.
            Err((r, _errors)) => r,
        };
        let _ = b.add_resource(res);
        b
    }))
}

/// A value passed into a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

/// Translator for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// A message with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// The weekday name of a date ("lundi").
    pub fn day_name(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        self.t(&format!("day-{}", date.weekday().number_from_monday()))
    }

    /// The short weekday name, Monday = 1 ("lun.").
    pub fn day_short(&self, weekday_from_monday: u32) -> String {
        self.t(&format!("day-short-{weekday_from_monday}"))
    }

    /// A message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        for lang in [self.lang, Lang::Fr] {
            if let Some(s) = bundle(lang).and_then(|b| format(b, id, args)) {
                return s;
            }
        }
        id.to_string()
    }

    /// Whether this language has its own text for `id` (no fallback).
    pub fn has(&self, id: &str) -> bool {
        bundle(self.lang)
            .and_then(|b| b.get_message(id))
            .and_then(|m| m.value())
            .is_some()
    }
}

fn format(b: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = b.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, Some(&fargs), &mut errors);
    errors.is_empty().then(|| s.into_owned())
}

/// The text of a one-line message with no argument, read from `lang`'s file without building
/// its Fluent bundle (search reads the need labels of all twelve languages; building the twelve
/// bundles for that took about 10 ms of a debug build's search). `None` when the language
/// does not have it or its value is not plain text on one line.
pub fn plain_message(lang: Lang, id: &str) -> Option<&'static str> {
    lang.source().lines().find_map(|l| {
        let value = l.strip_prefix(id)?.trim_start().strip_prefix('=')?.trim();
        (!value.is_empty() && !value.contains(['{', '}'])).then_some(value)
    })
}

/// Message ids of the reference file (English), in file order.
pub fn message_ids() -> Vec<&'static str> {
    Lang::En
        .source()
        .lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =")?;
            (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then_some(id)
        })
        .collect()
}

/// Remove bidi isolation marks (for speech and plain-text output).
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sample values for every variable any message uses.
    fn sample_args() -> Vec<(&'static str, Arg<'static>)> {
        vec![
            ("minutes", Arg::Num(7.0)),
            ("count", Arg::Num(3.0)),
            ("km", Arg::Str("2.5")),
            ("need", Arg::Str("Wifi")),
            ("name", Arg::Str("Bibliothèque")),
            ("status", Arg::Str("ouvert")),
            ("time", Arg::Str("17:00")),
            ("day", Arg::Str("lundi")),
            ("place", Arg::Str("Grenoble")),
            ("direction", Arg::Str("nord")),
            ("distance", Arg::Str("300 m")),
            ("publics", Arg::Str("jeunes")),
            ("languages", Arg::Str("anglais")),
            ("source", Arg::Str("Hinaura")),
            ("date", Arg::Str("2022-12-01")),
            ("address", Arg::Str("1 rue")),
            ("offers", Arg::Str("wifi")),
            ("choices", Arg::Str("wifi")),
            ("version", Arg::Str("20221201")),
            ("places", Arg::Num(633.0)),
            ("when", Arg::Str("10/03/2026 10:00")),
            ("size", Arg::Str("55")),
            ("phone", Arg::Str("04 76 33 06 56")),
            ("words", Arg::Str("Vous avez un rappel.")),
            ("walk", Arg::Str("6 min à pied")),
            ("why", Arg::Str("coordonnées hors de France")),
            ("region", Arg::Str("Isère")),
            ("text", Arg::Str("caf")),
            ("procedures", Arg::Str("CAF, France Travail")),
            ("names", Arg::Str("Bibliothèque Saint-Bruno")),
        ]
    }

    #[test]
    fn plain_messages_read_from_the_file_are_what_fluent_says() {
        for lang in Lang::ALL {
            for need in crate::need::Need::ALL {
                let id = format!("need-{}", need.id());
                assert_eq!(
                    plain_message(lang, &id),
                    Some(strip_isolation(&Tr::new(lang).t(&id)).as_str()),
                    "{} {id}",
                    lang.code()
                );
            }
        }
        assert_eq!(plain_message(Lang::Fr, "no-such-message"), None);
        // A prefix of another id is not that message.
        assert_eq!(plain_message(Lang::En, "need"), None);
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let ids = message_ids();
        assert!(ids.len() > 100, "reference file read: {} ids", ids.len());
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for id in &ids {
                if !tr.has(id)
                    || bundle(lang)
                        .and_then(|b| format(b, id, &sample_args()))
                        .is_none()
                {
                    missing.push(format!("{}:{id}", lang.code()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "missing or broken messages: {missing:?}"
        );
    }

    /// A message no screen uses is text reviewers translate for nothing, or a feature that lost
    /// its wiring. Ids are used quoted (`tr.t("place-call")`) or built from a prefix
    /// (`format!("day-{n}")`).
    #[test]
    fn every_message_is_used_by_the_code() {
        fn sources(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut code = String::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut code,
        );
        let prefixes: Vec<&str> = code
            .split("format!(\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('{').map(|(prefix, _)| prefix))
            .filter(|prefix| !prefix.is_empty() && !prefix.contains('"'))
            .collect();
        let unused: Vec<&str> = message_ids()
            .into_iter()
            .filter(|id| {
                !code.contains(&format!("\"{id}\"")) && !prefixes.iter().any(|p| id.starts_with(p))
            })
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    #[test]
    fn no_language_has_messages_the_reference_lacks() {
        let ids = message_ids();
        for lang in Lang::ALL {
            for line in lang.source().lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty()
                        && !id.starts_with(' ')
                        && !id.starts_with('#')
                        && !id.starts_with('*')
                    {
                        assert!(ids.contains(&id), "{}: unknown message {id}", lang.code());
                    }
                }
            }
        }
    }

    #[test]
    fn arguments_and_plurals_are_applied() {
        let fr = Tr::new(Lang::Fr);
        assert_eq!(
            fr.ta("results-walk", &[("minutes", 1u32.into())]),
            "1 min à pied"
        );
        assert_eq!(
            fr.ta("results-walk", &[("minutes", 12u32.into())]),
            "12 min à pied"
        );
        let en = Tr::new(Lang::En);
        assert_eq!(
            en.ta("status-open-until", &[("time", "17:00".into())]),
            "Open until 17:00"
        );
        // Unknown ids show the id rather than nothing.
        assert_eq!(en.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<&str> = Lang::ALL
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.code())
            .collect();
        assert_eq!(rtl, vec!["ar", "fa", "ps"]);
        assert_eq!(Lang::from_code("ar-SA"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("prs"), Some(Lang::Fa));
        // Native names are in their own script and all different.
        let names: std::collections::HashSet<String> =
            Lang::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(names.len(), 12);
        assert_eq!(Lang::Ar.native_name(), "العربية");
    }

    #[test]
    fn the_language_picker_names_each_language_as_its_file_does() {
        for lang in Lang::ALL {
            assert_eq!(
                plain_message(lang, "language-name"),
                Some(lang.native_name().as_str()),
                "{lang:?}"
            );
            assert!(lang.is_available());
        }
    }
}
