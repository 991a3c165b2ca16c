use crate::present::script_favourites;
use crate::ui::components::ReadAloud;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// Places the person saved, kept on the device across snapshot updates.
#[component]
pub fn Favourites() -> Element {
    let app = use_app();
    let tr = use_tr();
    let favourites = app.user.favourites().unwrap_or_default();
    rsx! {
        ReadAloud { script: script_favourites(&tr, favourites.len()) }
        h1 { Picto { name: "star-filled.svg", class: "picto" } " " {tr.t("favourites-title")} }
        if favourites.is_empty() {
            p { class: "empty", {tr.t("favourites-empty")} }
        }
        ul { class: "favourites",
            for f in favourites.iter() {
                li { key: "{f.key}",
                    // A place that left the data stays listed, without a link.
                    if app.snapshot().find_by_key(&f.key).ok().flatten().is_some() {
                        Link { class: "result", to: Route::PlaceSheet { id: f.key.clone() },
                            span { class: "name", "{f.name}" }
                        }
                    } else {
                        span { class: "result gone", "{f.name}" }
                    }
                }
            }
        }
    }
}
