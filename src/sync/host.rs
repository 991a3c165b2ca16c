//! The one host the app talks to: its default address, and the check of an address a person
//! or a helper types in the settings (for a local association's own copy of the data).

/// Where the app looks for updates unless the person (or a helper) chose another host in the
/// settings: the folder `toutpres-cli publish` writes for the Isère snapshot, served as is.
pub const DEFAULT_MANIFEST_URL: &str = "https://donnees.toutpres.fr/isere/manifest";

/// The default host: the deployment's own (`deployment`, a local association's copy or a test
/// server) when it passes [`check_manifest_url`], else [`DEFAULT_MANIFEST_URL`].
pub fn default_manifest_url(deployment: Option<&str>) -> String {
    deployment
        .and_then(|u| check_manifest_url(u).ok())
        .unwrap_or_else(|| DEFAULT_MANIFEST_URL.to_string())
}

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
        assert_eq!(
            check_manifest_url(DEFAULT_MANIFEST_URL).as_deref(),
            Ok(DEFAULT_MANIFEST_URL)
        );
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
        assert_eq!(host_of(DEFAULT_MANIFEST_URL), "donnees.toutpres.fr");
        assert_eq!(
            host_of("http://127.0.0.1:8080/x/manifest"),
            "127.0.0.1:8080"
        );
    }
}
