//! Giving the app to someone met in the street: a big code of the app's own address, which
//! the other phone's camera opens, and the steps as pictograms (scan, open, add to the home
//! screen, with where iPhone and Android put that last step). After that one visit the app
//! works on their phone with no network.
//!
//! The address is the page's own in the web app (`location.origin`: whatever host serves
//! it). Off the browser the app has no address of its own; the deployment's update server
//! (`sync::host`) is the one public address it knows, and the web app is served from it.
//! The code is drawn by `share` (the same encoder as a place's contact card).

use crate::present::script_give;
use crate::ui::components::ReadAloud;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_tr};
use dioxus::prelude::*;

/// The code, the three steps, and where each phone puts "add to the home screen".
#[component]
pub fn Give() -> Element {
    let app = use_app();
    let tr = use_tr();
    let address = use_app_address(&app);
    let code = address.as_deref().and_then(|a| {
        crate::share::qr_code(a)
            .ok()
            .map(|code| (a.to_string(), crate::share::qr_svg(&code)))
    });
    let steps: [(&str, &'static str, String); 3] = [
        ("1", "camera.svg", tr.t("give-step-scan")),
        ("2", "browser.svg", tr.t("give-step-open")),
        ("3", "add-to-home.svg", tr.t("give-step-add")),
    ];
    rsx! {
        ReadAloud { script: script_give(&tr) }
        h1 { Picto { name: "give-app.svg", class: "picto" } " " {tr.t("give-title")} }
        p { class: "lead", {tr.t("give-lead")} }
        if let Some((address, svg)) = code {
            div { class: "give-code",
                div {
                    class: "qr",
                    id: "give-qr",
                    role: "img",
                    "aria-label": tr.ta("give-code", &[("address", (&address).into())]),
                    dangerous_inner_html: svg,
                }
                p { class: "app-address", dir: "ltr", "{address}" }
            }
        }
        ol { class: "give-steps",
            for (number, picto, words) in steps.iter() {
                li { key: "{number}",
                    span { class: "step-number", "aria-hidden": "true", "{number}" }
                    Picto { name: picto, class: "picto big" }
                    span { class: "step-words", "{words}" }
                }
            }
        }
        ul { class: "give-systems",
            li {
                Picto { name: "share-ios.svg", class: "picto" }
                span { {tr.t("give-iphone")} }
            }
            li {
                Picto { name: "menu-dots.svg", class: "picto" }
                span { {tr.t("give-android")} }
            }
        }
        p { class: "give-offline",
            Picto { name: "no-wifi.svg", class: "picto" }
            span { {tr.t("give-offline")} }
        }
    }
}

/// The address another phone opens to get the app; `None` until the browser has said it.
fn use_app_address(app: &crate::ui::state::AppCtx) -> Option<String> {
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    {
        let _ = app;
        let origin = use_resource(|| async {
            document::eval("return window.location.origin;")
                .await
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
        });
        origin.cloned().flatten()
    }
    #[cfg(not(all(feature = "web", target_arch = "wasm32")))]
    {
        let manifest = crate::sync::host::default_manifest_url(app.config.sync_url.as_deref())?;
        Some(origin_of(&manifest).to_string())
    }
}

/// `https://host:port` of an address (scheme and authority, no path).
#[cfg(any(test, not(all(feature = "web", target_arch = "wasm32"))))]
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn the_origin_keeps_scheme_host_and_port() {
        assert_eq!(
            origin_of("https://donnees.toutpres.fr/isere/manifest"),
            "https://donnees.toutpres.fr"
        );
        assert_eq!(
            origin_of("http://127.0.0.1:9/manifest"),
            "http://127.0.0.1:9"
        );
        assert_eq!(origin_of("https://example.org"), "https://example.org");
    }
}
