//! Which network the phone is on, so that sync never spends the person's mobile data without
//! asking. The platform answers through the small [`Connectivity`] seam:
//!
//! - `android::AndroidConnectivity` (`target_os = "android"`): `ConnectivityManager` over JNI;
//!   a network whose capabilities say "not metered" counts as wifi, any other as mobile data.
//! - `ios::IosConnectivity` (`target_os = "ios"`): the Swift plugin's `NWPathMonitor` pushes
//!   each change; "expensive" or "constrained" paths count as mobile data.
//! - [`Unmetered`] (desktop): a computer's wired or wifi link. Whether it really reaches the
//!   host is learnt by asking; a failed request is reported as "no connection" anyway.
//!
//! `TOUTPRES_NETWORK` (`wifi`, `mobile`, `none`) overrides the platform for tests and demos.
//! When unsure, the answer is mobile data: asking once too often costs a tap, not money.

use super::NetworkKind;

#[cfg(target_os = "android")]
pub mod android;
#[cfg(target_os = "ios")]
pub mod ios;

/// The platform's view of the current network.
pub trait Connectivity: Send + Sync {
    fn network(&self) -> NetworkKind;
}

/// Desktop: an unmetered link (see the module docs).
#[derive(Debug, Default, Clone, Copy)]
pub struct Unmetered;

impl Connectivity for Unmetered {
    fn network(&self) -> NetworkKind {
        NetworkKind::Wifi
    }
}

/// A fixed answer (tests, demos, `TOUTPRES_NETWORK`).
#[derive(Debug, Clone, Copy)]
pub struct Fixed(pub NetworkKind);

impl Connectivity for Fixed {
    fn network(&self) -> NetworkKind {
        self.0
    }
}

impl NetworkKind {
    /// `wifi`, `mobile`, `none`.
    pub fn from_name(s: &str) -> Option<NetworkKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "wifi" => Some(NetworkKind::Wifi),
            "mobile" => Some(NetworkKind::Mobile),
            "none" => Some(NetworkKind::None),
            _ => None,
        }
    }
}

/// This platform's connectivity, or the `TOUTPRES_NETWORK` override.
pub fn platform() -> Box<dyn Connectivity> {
    if let Some(kind) = std::env::var("TOUTPRES_NETWORK")
        .ok()
        .and_then(|s| NetworkKind::from_name(&s))
    {
        return Box::new(Fixed(kind));
    }
    #[cfg(target_os = "android")]
    return Box::new(android::AndroidConnectivity);
    #[cfg(target_os = "ios")]
    return Box::new(ios::IosConnectivity);
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    Box::new(Unmetered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_names_parse_and_unknown_names_do_not() {
        assert_eq!(NetworkKind::from_name(" Mobile"), Some(NetworkKind::Mobile));
        assert_eq!(NetworkKind::from_name("wifi"), Some(NetworkKind::Wifi));
        assert_eq!(NetworkKind::from_name("none"), Some(NetworkKind::None));
        assert_eq!(NetworkKind::from_name("4g"), None);
    }
}
