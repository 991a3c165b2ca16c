//! Which network the phone is on, so that sync never spends the person's mobile data without
//! asking. The platform answers through the small [`Connectivity`] seam (implementations in
//! `crate::platform`, chosen by `platform::connectivity`):
//!
//! - `android::AndroidConnectivity` (`target_os = "android"`): `ConnectivityManager` over JNI;
//!   a network whose capabilities say "not metered" counts as wifi, any other as mobile data.
//! - `ios::IosConnectivity` (`target_os = "ios"`): the Swift plugin's `NWPathMonitor` pushes
//!   each change; "expensive" or "constrained" paths count as mobile data.
//! - `desktop::Unmetered`: a computer's wired or wifi link. Whether it really reaches the
//!   host is learnt by asking; a failed request is reported as "no connection" anyway.
//!
//! [`Fixed`] overrides the platform for tests and demos (`TOUTPRES_NETWORK`: `wifi`, `mobile`,
//! `none`, read by the shell).
//! When unsure, the answer is mobile data: asking once too often costs a tap, not money.

use super::NetworkKind;

/// The platform's view of the current network.
pub trait Connectivity: Send + Sync {
    fn network(&self) -> NetworkKind;
}

/// A fixed answer (tests, demos).
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
