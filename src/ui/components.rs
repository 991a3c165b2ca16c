//! Small pieces every screen uses.

use super::pictogram::Picto;
use super::state::{use_app, use_shared, use_tr};
use crate::hours::OpenStatus;
use crate::i18n::Lang;
use crate::need::{Need, NeedSet};
use crate::present::{distance_text, need_label, status_text, walk_text, StatusKind};
use crate::procedure::Procedure;
use dioxus::prelude::*;

/// The big read-aloud button of a screen, with the script it speaks kept in the page (hidden
/// visually, present for screen readers and tests).
#[component]
pub fn ReadAloud(script: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let label = tr.t("home-read-aloud");
    let to_say = script.clone();
    rsx! {
        button {
            class: "read-aloud",
            id: "read-aloud",
            "aria-label": "{label}",
            onclick: move |_| {
                let s = *shared.settings.peek();
                app.speaker.speak(&to_say, s.lang, s.speech_rate);
                let js = super::speech::browser_speech_js(&to_say, s.lang, s.speech_rate);
                let _ = document::eval(&js);
            },
            Picto { name: "speaker.svg" }
            span { class: "label", "{label}" }
        }
        p { id: "read-aloud-script", class: "sr-only", "{script}" }
    }
}

/// Open status as icon + word + colour (never colour alone).
#[component]
pub fn Status(status: OpenStatus) -> Element {
    let app = use_app();
    let tr = use_tr();
    let kind = StatusKind::of(&status);
    let text = status_text(&tr, &status, app.now());
    rsx! {
        span { class: "status status-{kind.css()}",
            Picto { name: kind.pictogram(), class: "picto small" }
            span { "{text}" }
        }
    }
}

/// A filter toggle: pictogram + short word, `aria-pressed` for its state.
#[component]
pub fn Toggle(
    picto: &'static str,
    label: String,
    on: bool,
    onchange: EventHandler<bool>,
) -> Element {
    rsx! {
        button {
            class: if on { "toggle on" } else { "toggle" },
            "aria-pressed": if on { "true" } else { "false" },
            onclick: move |_| onchange.call(!on),
            Picto { name: picto, class: "picto small" }
            span { "{label}" }
        }
    }
}

/// The twelve languages, each written in its own script; the current one pressed.
#[component]
pub fn LanguagePicker(current: Lang, onpick: EventHandler<Lang>) -> Element {
    rsx! {
        ul { class: "languages",
            for lang in Lang::ALL {
                li { key: "{lang.code()}",
                    button {
                        lang: "{lang.code()}",
                        dir: "{lang.dir()}",
                        "aria-pressed": if lang == current { "true" } else { "false" },
                        onclick: move |_| {
                            // The web app fetches a language's words the first time it is
                            // chosen; the screen changes once they are here.
                            #[cfg(all(feature = "web", target_arch = "wasm32"))]
                            spawn(async move {
                                crate::platform::web::ensure_language(lang).await;
                                onpick.call(lang);
                            });
                            #[cfg(not(all(feature = "web", target_arch = "wasm32")))]
                            onpick.call(lang);
                        },
                        {lang.native_name()}
                    }
                }
            }
        }
    }
}

/// No position yet: a picture-first prompt to say where one is, coming back to `back_to`.
#[component]
pub fn AskWhere(back_to: super::Route) -> Element {
    let mut shared = use_shared();
    let tr = use_tr();
    rsx! {
        div { class: "prompt",
            Picto { name: "location.svg", class: "picto huge" }
            p { {tr.t("results-need-position")} }
            button {
                class: "primary",
                id: "say-where",
                onclick: move |_| {
                    shared.after_where.set(Some(back_to.clone()));
                    navigator().push(super::Route::Where {});
                },
                Picto { name: "location.svg", class: "picto small" }
                span { {tr.t("home-where")} }
            }
        }
    }
}

/// The eight needs as big tiles, each leading to its results.
#[component]
pub fn NeedTiles() -> Element {
    let tr = use_tr();
    rsx! {
        ul { class: "needs",
            for need in Need::ALL {
                li { key: "{need.id()}",
                    Link { class: "need-tile need-{need.id()}", to: super::Route::Results { need: need.id().to_string() },
                        Picto { name: need.pictogram(), class: "picto big" }
                        span { class: "label", {need_label(&tr, need)} }
                    }
                }
            }
        }
    }
}

/// One place of a result list: the needs' pictograms, the name, the walk, the open status,
/// "to check" when a need is only likely, and the procedures it helps with, when asked.
#[component]
pub fn ResultRow(
    place_key: String,
    name: String,
    needs: NeedSet,
    to_check: bool,
    distance_m: f64,
    walk_minutes: u32,
    status: OpenStatus,
    #[props(default)] procedures: Vec<Procedure>,
    #[props(default)] formerly: Option<String>,
) -> Element {
    let tr = use_tr();
    let helps = crate::present::helps_with_text(&tr, &procedures);
    let formerly = formerly.and_then(|f| crate::present::formerly_text(&tr, &[f]));
    rsx! {
        Link {
            class: "result",
            "data-distance": "{distance_m:.1}",
            to: super::Route::PlaceSheet { id: place_key },
            span { class: "needs-row",
                for n in needs.iter() {
                    Picto { name: n.pictogram(), class: "picto small" }
                }
            }
            span { class: "name", "{name}" }
            if let Some(formerly) = formerly { span { class: "formerly", "{formerly}" } }
            span { class: "walk",
                Picto { name: "walk.svg", class: "picto small" }
                span { {walk_text(&tr, walk_minutes)} }
                span { class: "distance", " · {distance_text(tr.lang, distance_m)}" }
            }
            Status { status }
            if to_check {
                span { class: "to-check",
                    Picto { name: "to-check.svg", class: "picto small" }
                    span { {tr.t("results-to-check")} }
                }
            }
            if let Some(helps) = helps {
                span { class: "helps",
                    Picto { name: "procedures.svg", class: "picto small" }
                    span { "{helps}" }
                }
            }
        }
    }
}
