use crate::ui::components::ReadAloud;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_tr};
use dioxus::prelude::*;

/// Sources, licences, snapshot date, pictograms, privacy.
#[component]
pub fn About() -> Element {
    let app = use_app();
    let tr = use_tr();
    let meta = app.snapshot().meta().clone();
    let date = meta.build_date.format("%d/%m/%Y").to_string();
    let snapshot_line = tr.ta("about-snapshot", &[("date", (&date).into())]);
    let sources = app.snapshot().sources().unwrap_or_default();
    let script = format!(
        "{}. {}. {}",
        tr.t("about-title"),
        snapshot_line,
        tr.t("about-privacy")
    );
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "info.svg", class: "picto" } " " {tr.t("about-title")} }
        p { class: "snapshot-date", "{snapshot_line} · {meta.region} · v{meta.data_version}" }
        h2 { {tr.t("about-sources")} }
        ul { class: "sources",
            for s in sources.iter() {
                li { key: "{s.info.id}",
                    p { strong { "{s.info.name}" } }
                    p { "{s.info.attribution}" }
                    p { "{s.info.licence} — {s.info.licence_url}" }
                }
            }
        }
        h2 { {tr.t("about-pictograms")} }
        p { "Tout près — CC0 1.0" }
        ul { class: "picto-list",
            for name in crate::ui::pictogram::ALL.iter() {
                li { key: "{name}", Picto { name, class: "picto small" } }
            }
        }
        p { class: "privacy", {tr.t("about-privacy")} }
    }
}
