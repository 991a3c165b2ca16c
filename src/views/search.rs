use crate::hours::OpenStatus;
use crate::present::{script_need_position, script_search, short_date};
use crate::query::{self, status_of, walking_minutes};
use crate::ui::components::{AskWhere, NeedTiles, ReadAloud, ResultRow};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

const LIMIT: usize = 20;

/// What the person typed on the home screen, answered nearest first: the places that help
/// with the needs or procedures the words name (with the procedure, "CAF"), then places by name.
#[component]
pub fn Search(text: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let title = tr.ta("search-title", &[("text", text.trim().into())]);
    let Some(pos) = shared.position.read().clone() else {
        return rsx! {
            ReadAloud { script: script_need_position(&tr) }
            h1 { Picto { name: "search.svg", class: "picto" } " {title}" }
            AskWhere { back_to: Route::Search { text: text.clone() } }
        };
    };
    let snap = app.snapshot();
    let now = app.now();
    // Text too long to be a search is answered like text that finds nothing.
    let hits = query::search(&snap, &text, Some((pos.lat, pos.lon)), LIMIT).unwrap_or_default();
    let rows: Vec<_> = hits
        .iter()
        .map(|hit| {
            let distance_m = hit.distance_m.unwrap_or_default();
            let status = status_of(&snap, &hit.place, now);
            let (needs, to_check, procedures) = match &hit.helps {
                Some(h) if !h.needs.union(h.to_check).is_empty() => (
                    h.needs.union(h.to_check),
                    !h.to_check.is_empty(),
                    h.procedures.clone(),
                ),
                Some(h) => (hit.place.needs, false, h.procedures.clone()),
                None => (hit.place.needs, false, Vec::new()),
            };
            (hit, distance_m, status, needs, to_check, procedures)
        })
        .collect();
    let first_status = rows.first().map_or(OpenStatus::Unknown, |r| r.2.clone());
    let script = script_search(&tr, &text, &hits, &first_status, now);
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "search.svg", class: "picto" } " {title}" }
        if rows.is_empty() {
            div { class: "prompt search-none",
                p { class: "empty", role: "status", {tr.t("search-none")} }
            }
            NeedTiles {}
        }
        ol { class: "results",
            for (hit, distance_m, status, needs, to_check, procedures) in rows.into_iter() {
                li { key: "{hit.place.key}",
                    ResultRow {
                        place_key: hit.place.key.clone(),
                        name: hit.place.name.clone(),
                        needs,
                        to_check,
                        distance_m,
                        walk_minutes: walking_minutes(distance_m),
                        status,
                        procedures,
                        formerly: hit.formerly.clone(),
                    }
                }
            }
        }
        Link { class: "data-from", to: Route::MapData {},
            Picto { name: "calendar.svg", class: "picto small" }
            span { {tr.ta("data-from", &[("date", (&short_date(snap.meta().build_date)).into())])} }
        }
    }
}
