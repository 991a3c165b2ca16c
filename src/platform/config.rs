//! What a deployment, a demo or a test sets from outside: read once, by the shell, from the
//! environment ([`Config::from_env`]), and passed to what needs it. The core never reads the
//! environment, so its behaviour follows from its arguments alone, and a platform without
//! environment variables (a phone, the browser) simply passes [`Config::default`].

use crate::sync::NetworkKind;
use chrono::NaiveDateTime;
use std::path::PathBuf;

/// Settings from outside the app. Every field is optional: the default is a phone as shipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// `TOUTPRES_DATA_DIR`: the data folder (tests, several profiles on one computer).
    pub data_dir: Option<PathBuf>,
    /// `TOUTPRES_POSITION`: "lat,lon" or "lat,lon after N s", a device position stand-in on the
    /// desktop (demos, browser tests), as a phone that finds its fix after N seconds.
    pub position: Option<String>,
    /// `TOUTPRES_NETWORK` (`wifi`, `mobile`, `none`): the network kind, fixed.
    pub network: Option<NetworkKind>,
    /// `TOUTPRES_SYNC_URL`: the deployment's sync host (the app's default otherwise).
    pub sync_url: Option<String>,
    /// `TOUTPRES_TEST_PUBLISHER_KEY`: a throwaway publisher key the browser tests publish
    /// with. Read in debug builds only; release builds trust their embedded keys alone.
    pub test_publisher_key: Option<String>,
    /// `TOUTPRES_NOW` (`YYYY-MM-DDTHH:MM`, Paris time): a fixed clock for tests and demos.
    pub now: Option<NaiveDateTime>,
    /// `TOUTPRES_START` (a path such as `/need/wifi`): the screen to open on.
    pub start_path: Option<String>,
    /// `TOUTPRES_TIMING`: print the launch-to-first-results time once.
    pub timing: bool,
}

impl Config {
    /// Reads the variables above; one that does not parse is ignored (the app as shipped).
    pub fn from_env() -> Config {
        Config::from_vars(|name| std::env::var(name).ok())
    }

    /// The same from any source of variables (tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Config {
        let text = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        Config {
            data_dir: text("TOUTPRES_DATA_DIR").map(PathBuf::from),
            position: text("TOUTPRES_POSITION"),
            network: text("TOUTPRES_NETWORK").and_then(|s| NetworkKind::from_name(&s)),
            sync_url: text("TOUTPRES_SYNC_URL"),
            test_publisher_key: if cfg!(debug_assertions) {
                text("TOUTPRES_TEST_PUBLISHER_KEY")
            } else {
                None
            },
            now: text("TOUTPRES_NOW")
                .and_then(|s| NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M").ok()),
            start_path: text("TOUTPRES_START"),
            timing: var("TOUTPRES_TIMING").is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_read_and_unparsable_ones_ignored() {
        let vars = |name: &str| {
            match name {
                "TOUTPRES_NETWORK" => Some("mobile"),
                "TOUTPRES_NOW" => Some("2026-07-14T10:30"),
                "TOUTPRES_DATA_DIR" => Some("/tmp/tp"),
                "TOUTPRES_POSITION" => Some("  "),
                _ => None,
            }
            .map(String::from)
        };
        let c = Config::from_vars(vars);
        assert_eq!(c.network, Some(NetworkKind::Mobile));
        assert_eq!(
            c.now.map(|t| t.to_string()).as_deref(),
            Some("2026-07-14 10:30:00")
        );
        assert_eq!(c.data_dir, Some(PathBuf::from("/tmp/tp")));
        assert_eq!(c.position, None, "blank is unset");
        assert!(!c.timing);
        let bad = Config::from_vars(|name| {
            matches!(name, "TOUTPRES_NETWORK" | "TOUTPRES_NOW").then(|| "4g at noon".to_string())
        });
        assert_eq!(bad, Config::default());
    }
}
