//! The platform edges: everything that talks to a phone's or a computer's own services. The
//! core defines each edge as a small trait beside the code that needs it, and never names a
//! platform; this module holds the implementations and is the one place that chooses them.
//!
//! | seam | trait | Android | iOS | desktop | browser (web app) |
//! |---|---|---|---|---|---|
//! | position | [`crate::locate::Locator`] | `LocationManager` (JNI) | Core Location (Swift plugin) | none, or a stand-in | Geolocation API |
//! | network | [`crate::sync::network::Connectivity`] | `ConnectivityManager` (JNI) | `NWPathMonitor` (Swift plugin) | unmetered | `navigator.connection` (unknown = mobile data) |
//! | reminders | [`crate::reminders::notify::Notifier`] | `AlarmManager` (Kotlin plugin) | `UNUserNotificationCenter` (Swift plugin) | `notify-rust` and the app's timer | a recording list |
//! | speech | [`crate::voice::Speaker`] | `TextToSpeech` (JNI) | the `tts` crate | the `tts` crate | silent (the page speaks, Web Speech) |
//! | storage | files in the data folder ([`crate::files`]) | same | same | same | IndexedDB ([`web`]) |
//!
//! One function per seam ([`locator`], [`connectivity`], [`notifier`], [`speaker`]) picks
//! the implementation for the build; what a deployment or a test sets from outside comes in
//! as a [`Config`], read by the shell. Adding a platform is a folder here and a line in each
//! chooser; nothing in the core changes.
//!
//! The Android and iOS folders are also compiled in this crate's own tests on the desktop
//! (`cfg(test)`), so their code type-checks and their C entry points run without a phone.

pub mod config;
pub mod desktop;

#[cfg(any(target_os = "android", test))]
pub mod android;
#[cfg(any(target_os = "ios", test))]
pub mod ios;
#[cfg(all(
    any(feature = "desktop", feature = "mobile"),
    not(target_os = "android")
))]
pub mod system_voice;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub mod web;

pub use config::Config;

use crate::locate::Locator;
use crate::reminders::notify::{Notifier, RecordingNotifier};
use crate::sync::network::{Connectivity, Fixed};
use crate::voice::Speaker;
use std::rc::Rc;
use std::sync::OnceLock;

/// The device's position service; on the desktop, `config.position` stands in for one.
pub fn locator(config: &Config) -> Box<dyn Locator> {
    #[cfg(target_os = "android")]
    {
        let _ = config;
        Box::new(android::locate::AndroidLocator)
    }
    #[cfg(target_os = "ios")]
    {
        let _ = config;
        Box::new(ios::locate::IosLocator)
    }
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    {
        let _ = config;
        Box::new(web::BrowserLocator)
    }
    #[cfg(not(any(
        target_os = "android",
        target_os = "ios",
        all(feature = "web", target_arch = "wasm32")
    )))]
    match config
        .position
        .as_deref()
        .and_then(desktop::StandInLocator::parse)
    {
        Some(stand_in) => Box::new(stand_in),
        None => Box::new(crate::locate::NoLocator),
    }
}

/// The network the device is on; `config.network` fixes it (tests, demos).
pub fn connectivity(config: &Config) -> Box<dyn Connectivity> {
    if let Some(kind) = config.network {
        return Box::new(Fixed(kind));
    }
    #[cfg(target_os = "android")]
    return Box::new(android::network::AndroidConnectivity);
    #[cfg(target_os = "ios")]
    return Box::new(ios::network::IosConnectivity);
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    return Box::new(web::BrowserConnectivity);
    #[cfg(not(any(
        target_os = "android",
        target_os = "ios",
        all(feature = "web", target_arch = "wasm32")
    )))]
    Box::new(desktop::Unmetered)
}

/// The reminders' notifier of this build: the phone's scheduler, the desktop's timer-driven
/// list, or a recording one where there is no scheduler (the browser build, tests).
pub fn notifier() -> &'static dyn Notifier {
    #[cfg(target_os = "android")]
    {
        static N: android::notify::AndroidNotifier = android::notify::AndroidNotifier;
        &N
    }
    #[cfg(target_os = "ios")]
    {
        static N: ios::notify::IosNotifier = ios::notify::IosNotifier;
        &N
    }
    #[cfg(all(feature = "notify", not(any(target_os = "android", target_os = "ios"))))]
    {
        desktop_notifier()
    }
    #[cfg(not(any(feature = "notify", target_os = "android", target_os = "ios")))]
    {
        recording_notifier()
    }
}

/// The desktop's notifier: it keeps the scheduled list; the app's timer calls `fire_due` on
/// it (every minute and at start) to show what came due.
#[cfg(feature = "notify")]
pub fn desktop_notifier() -> &'static desktop::notify::DesktopNotifier {
    static N: OnceLock<desktop::notify::DesktopNotifier> = OnceLock::new();
    N.get_or_init(desktop::notify::DesktopNotifier::new)
}

/// What would ring, in builds without a platform scheduler (browser build, tests).
pub fn recording_notifier() -> &'static RecordingNotifier {
    static N: OnceLock<RecordingNotifier> = OnceLock::new();
    N.get_or_init(RecordingNotifier::new)
}

/// The voice of this build.
pub fn speaker() -> Rc<dyn Speaker> {
    #[cfg(target_os = "android")]
    {
        Rc::new(android::speech::AndroidVoice)
    }
    #[cfg(all(
        any(feature = "desktop", feature = "mobile"),
        not(target_os = "android")
    ))]
    {
        Rc::new(system_voice::SystemVoice::default())
    }
    #[cfg(not(any(feature = "desktop", feature = "mobile", target_os = "android")))]
    {
        Rc::new(crate::voice::Silent)
    }
}

/// What a deployment, demo or test set from outside: environment variables, or in the
/// browser the page's `localStorage` under the same names. The web app's sync host is its own
/// site unless a test set another (`sync::host`).
pub fn outside_config() -> Config {
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    let config = {
        let mut config = Config::from_vars(web::outside);
        config.sync_url = config.sync_url.or_else(web::own_site_manifest);
        config
    };
    #[cfg(not(all(feature = "web", target_arch = "wasm32")))]
    let config = Config::from_env();
    config
}

/// The app's data folder: `config.data_dir`, else the platform's per-user data folder.
#[cfg(feature = "ui")]
pub fn data_dir(config: &Config) -> std::path::PathBuf {
    config.data_dir.clone().unwrap_or_else(|| {
        dirs::data_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("toutpres")
    })
}
