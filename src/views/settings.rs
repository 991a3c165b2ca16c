use crate::present::script_settings;
use crate::ui::components::{LanguagePicker, ReadAloud, Toggle};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use crate::userdata::Settings as Prefs;
use dioxus::prelude::*;

/// Language, larger text, high contrast, reading speed; the data's sources.
#[component]
pub fn Settings() -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let s = *shared.settings.read();
    let update = use_callback(move |change: Prefs| {
        let _ = app.user.save_settings(&change);
        let mut settings = shared.settings;
        settings.set(change);
    });
    rsx! {
        ReadAloud { script: script_settings(&tr) }
        h1 { Picto { name: "settings.svg", class: "picto" } " " {tr.t("settings-title")} }
        h2 { Picto { name: "language.svg", class: "picto small" } " " {tr.t("settings-language")} }
        LanguagePicker { current: s.lang, onpick: move |lang| update(Prefs { lang, ..s }) }
        div { class: "filters",
            Toggle {
                picto: "text-larger.svg",
                label: tr.t("settings-larger-text"),
                on: s.larger_text,
                onchange: move |v| update(Prefs { larger_text: v, ..s }),
            }
            Toggle {
                picto: "contrast.svg",
                label: tr.t("settings-high-contrast"),
                on: s.high_contrast,
                onchange: move |v| update(Prefs { high_contrast: v, ..s }),
            }
        }
        h2 { Picto { name: "speaker.svg", class: "picto small" } " " {tr.t("settings-speech-speed")} }
        div { class: "filters",
            button {
                class: "toggle",
                onclick: move |_| update(Prefs { speech_rate: (s.speech_rate - 0.1).max(0.5), ..s }),
                {tr.t("settings-slower")}
            }
            span { class: "rate", "{s.speech_rate:.1}" }
            button {
                class: "toggle",
                onclick: move |_| update(Prefs { speech_rate: (s.speech_rate + 0.1).min(1.5), ..s }),
                {tr.t("settings-faster")}
            }
        }
        Link { class: "secondary", to: Route::MapData {},
            Picto { name: "update.svg", class: "picto small" }
            span { {tr.t("settings-data")} }
        }
        Link { class: "secondary", id: "contributions-link", to: Route::Contributions {},
            Picto { name: "letter.svg", class: "picto small" }
            span { {tr.t("contrib-title")} }
        }
        Link { class: "secondary", id: "give-link", to: Route::Give {},
            Picto { name: "give-app.svg", class: "picto small" }
            span { {tr.t("give-title")} }
        }
        Link { class: "secondary", to: Route::About {},
            Picto { name: "info.svg", class: "picto small" }
            span { {tr.t("settings-about")} }
        }
    }
}
