//! Tout près in the browser: the installable offline web app. Built for
//! `wasm32-unknown-unknown` by `platforms/web/build.sh`; `platforms/web/index.html` loads it.
//!
//! The browser's storage answers only asynchronously, so the person's database is read first,
//! then the interface starts (on the bundled snapshot, which is in this module).

fn main() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        toutpres::platform::web::load().await;
        dioxus::LaunchBuilder::web().launch(toutpres::ui::App);
    });
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("toutpres-web runs in a browser: build it with platforms/web/build.sh");
}
