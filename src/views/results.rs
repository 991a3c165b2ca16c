use crate::need::{Need, NeedSet};
use crate::present::{
    distance_text, km, need_label, script_need_position, script_results, short_date, walk_text,
};
use crate::query::{self, NearbyQuery};
use crate::ui::components::{AskWhere, ReadAloud, Status, Toggle};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// Radius of the result list; beyond it the screen says how far the nearest is.
pub const RADIUS_M: f64 = 15_000.0;
const LIMIT: usize = 20;

/// Places meeting one need, nearest first, with filters.
#[component]
pub fn Results(need: String) -> Element {
    let app = use_app();
    let mut shared = use_shared();
    let tr = use_tr();
    let Some(need) = Need::from_id(&need) else {
        return rsx! {
            p { class: "empty", {tr.t("results-none")} }
            Link { class: "primary", to: Route::Home {}, {tr.t("home")} }
        };
    };
    let title = need_label(&tr, need);
    let Some(pos) = shared.position.read().clone() else {
        return rsx! {
            ReadAloud { script: script_need_position(&tr) }
            h1 { Picto { name: need.pictogram(), class: "picto" } " {title}" }
            AskWhere { back_to: Route::Results { need: need.id().to_string() } }
        };
    };
    let filters = *shared.filters.read();
    let now = app.now();
    let result = NearbyQuery::new(pos.lat, pos.lon, NeedSet::of(&[need]), now, RADIUS_M, LIMIT)
        .ok()
        .and_then(|q| query::nearby(&app.snapshot(), &q.with_constraints(filters)).ok());
    let Some(res) = result else {
        return rsx! { p { class: "empty", role: "alert", {tr.t("error-no-data")} } };
    };
    let script = script_results(&tr, NeedSet::of(&[need]), &res, now);
    crate::ui::state::report_first_results(&app);
    let to_check = tr.t("results-to-check");
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: need.pictogram(), class: "picto" } " {title}" }
        div { class: "filters", role: "group",
            Toggle {
                picto: "open.svg",
                label: tr.t("results-open-now"),
                on: filters.open_now,
                onchange: move |v| shared.filters.write().open_now = v,
            }
            Toggle {
                picto: "free.svg",
                label: tr.t("results-free"),
                on: filters.free,
                onchange: move |v| shared.filters.write().free = v,
            }
            Toggle {
                picto: "no-appointment.svg",
                label: tr.t("results-no-appointment"),
                on: filters.no_appointment,
                onchange: move |v| shared.filters.write().no_appointment = v,
            }
        }
        if res.hits.is_empty() {
            div { class: "prompt",
                p { class: "empty", {tr.t("results-none")} }
                if let Some(far) = &res.nearest_beyond {
                    p { {tr.ta("results-nearest-far", &[("km", (&km(tr.lang, far.distance_m)).into())])} }
                    Link { class: "primary", to: Route::PlaceSheet { id: far.place.key.clone() },
                        {tr.t("results-show-nearest")}
                    }
                }
            }
        }
        ol { class: "results",
            for hit in res.hits.iter() {
                li { key: "{hit.place.key}",
                    Link {
                        class: "result",
                        "data-distance": "{hit.distance_m:.1}",
                        to: Route::PlaceSheet { id: hit.place.key.clone() },
                        span { class: "needs-row",
                            for n in hit.met.union(hit.to_check).iter() {
                                Picto { name: n.pictogram(), class: "picto small" }
                            }
                        }
                        span { class: "name", "{hit.place.name}" }
                        span { class: "walk",
                            Picto { name: "walk.svg", class: "picto small" }
                            span { {walk_text(&tr, hit.walk_minutes)} }
                            span { class: "distance", " · {distance_text(tr.lang, hit.distance_m)}" }
                        }
                        Status { status: hit.status.clone() }
                        if !hit.to_check.is_empty() {
                            span { class: "to-check",
                                Picto { name: "to-check.svg", class: "picto small" }
                                span { "{to_check}" }
                            }
                        }
                    }
                }
            }
        }
        // How fresh the data is, for the person and the helper (sync may not have run for long).
        Link { class: "data-from", to: Route::MapData {},
            Picto { name: "calendar.svg", class: "picto small" }
            span { {tr.ta("data-from", &[("date", (&short_date(app.snapshot().meta().build_date)).into())])} }
        }
    }
}
