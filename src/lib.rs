//! Tout près: the cartography of nearby digital help.
//!
//! The core (every module but `platform`, `ui` and `views`) has no interface and no platform
//! calls, and reads no environment; `platform` holds the edges to a device's services, `ui` and
//! `views` the Dioxus shell (feature `ui`).
//!
//! See `ARCHITECTURE.md` for the map of the code.

pub mod build;
pub mod contribution;
pub mod department;
pub mod edition;
pub mod files;
pub mod hours;
pub mod i18n;
pub mod import;
pub mod inbox;
pub mod inbox_form;
pub mod locate;
pub mod map;
pub mod merge;
pub mod need;
pub mod place;
pub mod platform;
pub mod present;
pub mod procedure;
pub mod query;
pub mod reminders;
pub mod report;
pub mod share;
pub mod snapshot;
pub mod spatial;
pub mod sync;
pub mod text;
pub mod understand;
pub mod userdata;
pub mod voice;

#[cfg(feature = "ui")]
pub mod ui;
#[cfg(feature = "ui")]
pub mod views;

pub use need::{Need, NeedSet};
pub use place::Place;
