//! Tout près core: the cartography of nearby digital help, with no interface and no platform calls.
//!
//! See `ARCHITECTURE.md` for the map of the code.

#[cfg(target_os = "android")]
pub mod android_env;
pub mod build;
pub mod datastore;
pub mod hours;
pub mod i18n;
pub mod import;
pub mod locate;
pub mod merge;
pub mod need;
pub mod place;
pub mod present;
pub mod query;
pub mod reminders;
pub mod share;
pub mod snapshot;
pub mod spatial;
pub mod sync;
pub mod text;
pub mod userdata;

#[cfg(feature = "ui")]
pub mod ui;
#[cfg(feature = "ui")]
pub mod views;

pub use need::{Need, NeedSet};
pub use place::Place;
