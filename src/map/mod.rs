//! The offline street map: a compact layer of streets and water built once from
//! OpenStreetMap-derived files, and views of it drawn as SVG by the app itself.
//!
//! # Why
//! People the app serves often have no data plan: a map that needs tiles from a server is
//! blank exactly when they need it. The layer ships with the app and every view is drawn
//! from it, with no network. Street names matter more than a pretty map: people find a door
//! by the street it is on, so names are kept (each once, in a table) and drawn where they fit.
//!
//! # Measured (Grenoble, 15 km around the centre; BENCHMARKS.md, "The offline map layer")
//! MEASURED_FIGURES
//!
//! - `layer.rs`: the layer, its builder (clip, simplify, quantise) and its versioned binary
//!   format with a decoder that refuses malformed bytes;
//! - `render.rs`: one view as SVG.

pub mod layer;
pub mod render;

pub use layer::{build, build_from_dir, BuildFigures, BuildOptions, LayerError, MapLayer};
pub use render::{render_svg, Marker, Person, View};
