//! The street map layer the map screen draws: the one sync brought when there is one, else
//! the one shipped with the app.
//!
//! Phones and the desktop carry the Grenoble layer in the binary (422 KB, like the bundled
//! snapshot: no per-platform asset loading, and always there with no network). The web app
//! does not: its first visit must stay near 1.2 MB, so the layer is a file of the app's own
//! site, fetched when the map first opens and kept by the service worker for offline use.

use super::state::AppCtx;
use crate::map::MapLayer;
use std::rc::Rc;

#[cfg(not(target_arch = "wasm32"))]
const BUNDLED: &[u8] = include_bytes!("../../assets/map/grenoble.tpmp");

/// SHA-256 of `assets/map/grenoble.tpmp`, the layer every build of the app carries (the web
/// app as a file of its site): a sync offering this very layer downloads nothing. Checked
/// against the file by a test; CI rebuilds the file from the street data byte for byte.
pub const SHIPPED_SHA256: &str = "bc7845c78d1886485735207477cad8585eb794bc9e1440d64d87dad82c0f0d82";

thread_local! {
    /// The layer shipped with the app, decoded once (30 ms in a debug build).
    static SHIPPED: std::cell::OnceCell<Option<Rc<MapLayer>>> = const { std::cell::OnceCell::new() };
}

/// The layer to draw, or `None` when there is none (the screen then shows the places on a
/// plain background by direction and distance).
pub async fn load(app: &AppCtx) -> Option<Rc<MapLayer>> {
    if let Some(layer) = synced(app).and_then(|bytes| MapLayer::decode(&bytes).ok()) {
        return Some(Rc::new(layer));
    }
    if let Some(found) = SHIPPED.with(|s| s.get().cloned()) {
        return found;
    }
    let layer = shipped()
        .await
        .and_then(|b| MapLayer::decode(&b).ok())
        .map(Rc::new);
    SHIPPED.with(|s| s.get_or_init(|| layer.clone()).clone())
}

/// The layer a sync stored, if any (read at each visit of a map screen, so a layer that
/// arrives while the app runs is drawn from the next visit on).
#[cfg(not(target_arch = "wasm32"))]
fn synced(app: &AppCtx) -> Option<Vec<u8>> {
    crate::files::read_map_layer(&app.data_dir)
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn synced(_app: &AppCtx) -> Option<Vec<u8>> {
    crate::platform::web::synced_map_layer()
}

#[cfg(all(not(feature = "web"), target_arch = "wasm32"))]
fn synced(_app: &AppCtx) -> Option<Vec<u8>> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
async fn shipped() -> Option<Vec<u8>> {
    Some(BUNDLED.to_vec())
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
async fn shipped() -> Option<Vec<u8>> {
    crate::platform::web::app_file(crate::platform::web::MAP_FILE).await
}

#[cfg(all(not(feature = "web"), target_arch = "wasm32"))]
async fn shipped() -> Option<Vec<u8>> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_carried_layers_hash_is_the_files() {
        assert_eq!(
            crate::sync::manifest::sha256_hex(super::BUNDLED),
            super::SHIPPED_SHA256,
            "assets/map/grenoble.tpmp changed: write its SHA-256 here"
        );
    }
}
