use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// The frame around every screen: language and direction, text size and contrast, and a
/// small top bar (back, home, settings).
#[component]
pub fn Shell() -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let s = *shared.settings.read();
    let route = use_route::<Route>();
    let at_home = route == Route::Home {};
    let mut classes = vec!["app"];
    if s.larger_text {
        classes.push("larger");
    }
    if s.high_contrast {
        classes.push("contrast");
    }
    let class = classes.join(" ");
    let lang = s.lang.code();
    let dir = s.lang.dir();
    // The document itself carries the language and direction (screen readers, mirroring);
    // set again only when the language changes.
    let current_lang = use_memo(move || shared.settings.read().lang);
    use_effect(move || {
        let lang = current_lang();
        let _ = document::eval(&format!(
            "document.documentElement.lang = '{}'; document.documentElement.dir = '{}'; document.title = 'Tout près';",
            lang.code(),
            lang.dir()
        ));
    });
    rsx! {
        div { class: "{class}", lang: "{lang}", dir: "{dir}",
            nav { class: "topbar", "aria-label": "Tout près",
                if !at_home {
                    button {
                        class: "nav-button",
                        onclick: move |_| navigator().go_back(),
                        Picto { name: "back.svg", class: "picto small flip-rtl" }
                        span { {tr.t("back")} }
                    }
                    Link { class: "nav-button", to: Route::Home {},
                        Picto { name: "home.svg", class: "picto small" }
                        span { {tr.t("home")} }
                    }
                }
                Link { class: "nav-button end", to: Route::Settings {},
                    Picto { name: "settings.svg", class: "picto small" }
                    span { {tr.t("home-settings")} }
                }
            }
            if app.restored {
                p { class: "notice", role: "status", {tr.t("error-snapshot")} }
            }
            // The drawn screen's path: a browser that opened a deep link can tell when the
            // router has caught up with the address bar.
            main { "data-path": "{route}", Outlet::<Route> {} }
        }
    }
}
