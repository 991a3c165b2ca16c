//! The one host the app talks to: the deployment's address, and the check of an address a
//! person or a helper types in the settings (for a local association's own copy of the data).
//!
//! # Why no built-in domain
//! The app once synced by default from a domain nobody had registered: a web app installed
//! from a team's own site never updated, and its field reports had nowhere to go. Now the
//! address always comes from the deployment that built the app:
//! - the web app syncs from its own site, `data/isere/manifest` beside `index.html`
//!   (`platform::web`), where `toutpres-cli site` publishes;
//! - native builds take `TOUTPRES_MANIFEST_URL` when they are built (with the key in
//!   `TOUTPRES_PUBLISHER_KEY`, [`super::manifest::PublicKey::embedded`]);
//! - the desktop also reads `TOUTPRES_SYNC_URL` when it starts (tests, demos).
//!
//! A build with none of them has no host: it works on its bundled data, and a sync says
//! "choose where the data comes from" ([`super::Outcome::NoHost`]) until a helper types one.

/// The manifest address fixed when the app was built (`TOUTPRES_MANIFEST_URL`), if any.
pub const BUILT_IN_MANIFEST_URL: Option<&str> = option_env!("TOUTPRES_MANIFEST_URL");

/// The default host: the deployment's own (`deployment`, read when the app starts: the web
/// app's site, a test server) when it passes [`check_manifest_url`], else the address the
/// build was given; `None` when neither is set.
pub fn default_manifest_url(deployment: Option<&str>) -> Option<String> {
    deployment
        .into_iter()
        .chain(BUILT_IN_MANIFEST_URL)
        .find_map(|u| check_manifest_url(u).ok())
}

/// The manifest of the bundled edition on the site at `origin` (`https://host:port`): what the
/// web app installed from that site syncs from.
pub fn site_manifest_url(origin: &str) -> String {
    format!(
        "{}/{SITE_DATA_DIR}/{BUNDLED_EDITION}/manifest",
        origin.trim_end_matches('/')
    )
}

/// The folder of a site (`toutpres-cli site`) that holds the signed data.
pub const SITE_DATA_DIR: &str = "data";
/// The edition the app carries inside: a site publishes it too, so a phone that chose no
/// other edition updates from it by deltas.
pub const BUNDLED_EDITION: &str = "isere";

/// Why a sync address typed in the settings is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("the address must start with https://")]
    NotHttps,
    #[error("the address has no host")]
    NoHost,
    #[error("the address contains spaces or control characters")]
    BadCharacters,
}

/// Checks a manifest address typed by a person: `https://host/...`, or plain `http://` only to
/// this device itself (a local test server). The manifest is signed either way; https keeps
/// the wifi's owner from seeing which region's data the phone asks for.
pub fn check_manifest_url(url: &str) -> Result<String, UrlError> {
    let url = url.trim();
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlError::BadCharacters);
    }
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        // "127.0.0.1:8080" → "127.0.0.1"; "[::1]:9" and "[::1]" → "[::1]".
        let name = match host.rsplit_once(':') {
            Some((h, _)) if !host.ends_with(']') => h,
            _ => host,
        };
        if !matches!(name, "127.0.0.1" | "localhost" | "[::1]") {
            return Err(UrlError::NotHttps);
        }
        rest
    } else {
        return Err(UrlError::NotHttps);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err(UrlError::NoHost);
    }
    Ok(url.to_string())
}

/// The host part of a manifest address, as the settings show it ("donnees.toutpres.fr").
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_addresses_pass_and_are_trimmed() {
        assert_eq!(
            check_manifest_url("  https://data.example.org/isere/manifest "),
            Ok("https://data.example.org/isere/manifest".into())
        );
    }

    #[test]
    fn no_made_up_domain_is_ever_the_default() {
        // The deployment's address when it passes the check; nothing else is invented.
        assert_eq!(
            default_manifest_url(Some("https://aide.example.org/data/isere/manifest")).as_deref(),
            Some("https://aide.example.org/data/isere/manifest")
        );
        assert_eq!(
            default_manifest_url(Some("http://evil.example/manifest")),
            BUILT_IN_MANIFEST_URL.map(String::from)
        );
        assert_eq!(
            default_manifest_url(None),
            BUILT_IN_MANIFEST_URL.map(String::from)
        );
    }

    #[test]
    fn the_web_app_syncs_from_its_own_site() {
        assert_eq!(
            site_manifest_url("https://aide.example.org"),
            "https://aide.example.org/data/isere/manifest"
        );
        assert_eq!(
            site_manifest_url("https://localhost:8443/"),
            "https://localhost:8443/data/isere/manifest"
        );
        assert!(check_manifest_url(&site_manifest_url("https://aide.example.org")).is_ok());
    }

    #[test]
    fn plain_http_only_to_this_device() {
        assert!(check_manifest_url("http://127.0.0.1:8080/manifest").is_ok());
        assert!(check_manifest_url("http://localhost/manifest").is_ok());
        assert!(check_manifest_url("http://[::1]:9/m").is_ok());
        assert!(check_manifest_url("http://[::1]/m").is_ok());
        assert_eq!(
            check_manifest_url("http://data.example.org/manifest"),
            Err(UrlError::NotHttps)
        );
        // A host that merely starts with a loopback name is not loopback.
        assert_eq!(
            check_manifest_url("http://127.0.0.1.evil.example/manifest"),
            Err(UrlError::NotHttps)
        );
    }

    #[test]
    fn other_schemes_empty_hosts_and_spaces_are_refused() {
        assert_eq!(check_manifest_url("ftp://x/m"), Err(UrlError::NotHttps));
        assert_eq!(
            check_manifest_url("donnees.toutpres.fr"),
            Err(UrlError::NotHttps)
        );
        assert_eq!(
            check_manifest_url("https:///manifest"),
            Err(UrlError::NoHost)
        );
        assert_eq!(
            check_manifest_url("https://a b/m"),
            Err(UrlError::BadCharacters)
        );
    }

    #[test]
    fn the_host_is_what_the_settings_show() {
        assert_eq!(
            host_of("https://aide.example.org/data/isere/manifest"),
            "aide.example.org"
        );
        assert_eq!(
            host_of("http://127.0.0.1:8080/x/manifest"),
            "127.0.0.1:8080"
        );
    }
}
