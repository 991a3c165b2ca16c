//! Files of the app's own site that the first visit does not download: the street map layer
//! (300 KB with brotli) would push the first visit past its 1.2 MB budget, and a person who
//! never opens the map never needs it. The service worker stores it in the background after
//! the app is installed, and whenever it is fetched, so the map works offline from then on.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/platforms/web/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = appFile)]
    async fn app_file_js(path: &str) -> JsValue;
}

/// The street map layer shipped with the web app, at the root of its site like the page and
/// the service worker (`build.sh` copies
/// `assets/map/grenoble.tpmp` there; `sw.js` keeps it).
pub const MAP_FILE: &str = "/map/grenoble.tpmp";

/// A file of the app's site, or `None` when it cannot be had (offline before it was ever
/// stored, or a host without it).
pub async fn app_file(path: &str) -> Option<Vec<u8>> {
    let v = app_file_js(path).await;
    (!v.is_null() && !v.is_undefined()).then(|| js_sys::Uint8Array::new(&v).to_vec())
}
