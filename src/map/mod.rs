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
//! Of 46,666 road lines and 16,683 water areas, 12,192 lines (once a street's lines that meet
//! are joined) and 879 areas are kept, 107,309 points in all, with 5,214 street names: 422 KB
//! raw, 311 KB with zstd -19 (target ≤ 400 KB). Built in about 2.5 s, read back in 30 ms, and
//! an 800 × 600 view is drawn in 60–80 ms (debug build), 10 KB of SVG at 2 m per pixel.
//!
//! - `layer.rs`: the layer, its builder (clip, simplify, quantise) and its versioned binary
//!   format with a decoder that refuses malformed bytes;
//! - `render.rs`: one view as SVG, and the geometry the map screen needs around it (where a
//!   position falls, where a tap lands, the zoom that shows every place asked);
//! - `streets.rs`: the layer's street names as places to say where one is ("cours berriat").

mod clip;
pub mod layer;
pub mod render;
pub mod streets;

pub use layer::{build, build_from_dir, BuildFigures, BuildOptions, LayerError, MapLayer};
pub use render::{
    crosses_river, pixel_of, position_at, render_svg, zoom_to_fit, Marker, Person, View,
    ZOOM_LEVELS,
};
pub use streets::{Street, StreetIndex};
