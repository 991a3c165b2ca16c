//! Tout près core: the cartography of nearby digital help, with no interface and no platform calls.
//!
//! See `ARCHITECTURE.md` for the map of the code.

pub mod build;
pub mod hours;
pub mod import;
pub mod merge;
pub mod need;
pub mod place;
pub mod query;
pub mod snapshot;
pub mod spatial;
pub mod text;

pub use need::{Need, NeedSet};
pub use place::Place;
