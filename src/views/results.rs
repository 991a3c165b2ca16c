use crate::need::{Need, NeedSet};
use crate::present::{km, need_label, script_need_position, script_results, short_date};
use crate::query::{self, Constraints, Nearby, NearbyQuery};
use crate::ui::components::{AskWhere, ReadAloud, ResultRow, Toggle};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr, AppCtx};
use crate::ui::Route;
use dioxus::prelude::*;

/// Radius of the result list; beyond it the screen says how far the nearest is.
pub const RADIUS_M: f64 = 15_000.0;
const LIMIT: usize = 20;

/// The places the results list shows, nearest first, with the person's filters: the map
/// screen shows the same ones.
pub fn nearby_with_filters(
    app: &AppCtx,
    need: Need,
    (lat, lon): (f64, f64),
    filters: Constraints,
) -> Option<Nearby> {
    let q = NearbyQuery::new(lat, lon, NeedSet::of(&[need]), app.now(), RADIUS_M, LIMIT).ok()?;
    query::nearby(&app.snapshot(), &q.with_constraints(filters)).ok()
}

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
    let Some(res) = nearby_with_filters(&app, need, (pos.lat, pos.lon), filters) else {
        return rsx! { p { class: "empty", role: "alert", {tr.t("error-no-data")} } };
    };
    let script = script_results(&tr, NeedSet::of(&[need]), &res, now);
    crate::ui::state::report_first_results(&app);
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
        if !res.hits.is_empty() {
            Link { class: "action see-map", to: Route::MapScreen { need: need.id().to_string() },
                Picto { name: "map.svg", class: "picto" }
                span { {tr.t("map-see")} }
            }
        }
        if res.hits.is_empty() {
            div { class: "prompt",
                p { class: "empty", {tr.t("results-none-known")} }
                // The people in the field know places no open data lists: let them say so.
                Link { class: "primary i-know-one", to: Route::AddPlace { need: need.id().to_string() },
                    Picto { name: "location.svg", class: "picto small" }
                    span { {tr.t("results-i-know-one")} }
                }
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
                    ResultRow {
                        place_key: hit.place.key.clone(),
                        name: hit.place.name.clone(),
                        needs: hit.met.union(hit.to_check),
                        to_check: !hit.to_check.is_empty(),
                        distance_m: hit.distance_m,
                        walk_minutes: hit.walk_minutes,
                        status: hit.status.clone(),
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
