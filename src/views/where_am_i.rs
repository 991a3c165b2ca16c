use crate::locate::{self, LocateError};
use crate::map::{Street, StreetIndex};
use crate::present::script_where;
use crate::query;
use crate::text::fold;
use crate::ui::components::ReadAloud;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr, AppCtx, Shared};
use crate::ui::street_map;
use crate::ui::worker::locate_waiting;
use crate::ui::Route;
use crate::userdata::SavedPosition;
use dioxus::prelude::*;
use std::rc::Rc;

/// How many communes get a big button before the rest of the list.
const MAIN_COMMUNES: usize = 12;
/// How many streets a typed name shows, above the places it finds.
const STREETS_SHOWN: usize = 5;

fn slug(name: &str) -> String {
    fold(name).replace(' ', "-")
}

/// Keep the person's position: in their database, and for every screen.
pub fn remember_position(
    app: &AppCtx,
    mut shared: Shared,
    lat: f64,
    lon: f64,
    label: Option<String>,
) {
    let p = SavedPosition {
        lat,
        lon,
        label,
        at: app.now_utc_rfc3339(),
    };
    let _ = app.user.save_position(&p);
    shared.position.set(Some(p));
}

/// Save the position and go where the person was heading (or home).
fn settle(app: &AppCtx, mut shared: Shared, lat: f64, lon: f64, label: Option<String>) {
    remember_position(app, shared, lat, lon, label);
    let next = shared.after_where.take().unwrap_or(Route::Home {});
    navigator().push(next);
}

/// Where am I: device position, or pick a commune without typing, or type.
#[component]
pub fn Where() -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let communes = use_hook(|| locate::communes(&app.snapshot()).unwrap_or_default());
    let mut gps_problem = use_signal(|| None::<LocateError>);
    let mut searching = use_signal(|| false);
    let mut typed = use_signal(String::new);
    let app_gps = app.clone();
    // The phone may need seconds to find a fix: wait off the interface thread, say so, and
    // leave the commune list usable meanwhile. Leaving the screen drops the wait.
    let use_device = move |_| {
        if searching() {
            return;
        }
        searching.set(true);
        gps_problem.set(None);
        let app = app_gps.clone();
        spawn(async move {
            let locator = app.locator.clone();
            let answer = locate_waiting(locator, locate::FIX_PATIENCE).await;
            searching.set(false);
            match answer {
                Ok(fix) => settle(&app, shared, fix.lat, fix.lon, None),
                Err(e) => gps_problem.set(Some(e)),
            }
        });
    };
    let found = if typed().trim().chars().count() >= 3 {
        query::search(&app.snapshot(), &typed(), None, 8).unwrap_or_default()
    } else {
        Vec::new()
    };
    // The street map's names: a typed street places the person on it, then on the map.
    // Read only once the person types: most people pick a town or use the device's position,
    // and the web app would fetch the 300 KB layer for nothing.
    let typing = typed().trim().chars().count() >= 3;
    let mut wanted = use_signal(|| false);
    let app_for_streets = app.clone();
    let streets = use_resource(move || {
        let app = app_for_streets.clone();
        let wanted = wanted();
        async move {
            if !wanted {
                return None;
            }
            street_map::load(&app)
                .await
                .map(|layer| Rc::new(StreetIndex::new(&layer)))
        }
    });
    let streets_found = match (&*streets.read(), typing) {
        (Some(Some(index)), true) => index.find(&typed(), STREETS_SHOWN),
        _ => Vec::new(),
    };
    let app_street = app.clone();
    let on_street = use_callback(move |street: Street| {
        remember_position(
            &app_street,
            shared,
            street.lat,
            street.lon,
            Some(street.name),
        );
        navigator().push(Route::WhereOnMap {});
    });
    let pick = use_callback(move |(lat, lon, label): (f64, f64, String)| {
        settle(&app, shared, lat, lon, Some(label))
    });
    rsx! {
        ReadAloud { script: script_where(&tr) }
        h1 { Picto { name: "location.svg", class: "picto" } " " {tr.t("where-title")} }
        button { class: "primary", id: "use-gps", onclick: use_device,
            "aria-busy": if searching() { "true" } else { "false" },
            Picto { name: "gps.svg", class: "picto small" }
            span { {tr.t("where-gps")} }
        }
        if searching() {
            p { class: "notice gps-searching", role: "status",
                Picto { name: "gps.svg", class: "picto small" }
                " "
                {tr.t("where-gps-searching")}
            }
        }
        if let Some(problem) = gps_problem() {
            p { class: "notice gps-problem", role: "status", "data-problem": "{problem:?}",
                {match problem {
                    LocateError::Denied => tr.t("where-gps-denied"),
                    LocateError::Timeout => tr.t("where-gps-not-found"),
                    LocateError::Unavailable => tr.t("where-gps-none"),
                    LocateError::Off => tr.t("where-gps-off"),
                }}
            }
        }
        h2 { Picto { name: "town.svg", class: "picto small" } " " {tr.t("where-pick-commune")} }
        ul { class: "communes",
            for c in communes.iter().take(MAIN_COMMUNES) {
                li { key: "{slug(&c.name)}",
                    Link { class: "commune big", to: Route::WhereCommune { commune: slug(&c.name) }, "{c.name}" }
                }
            }
        }
        details { class: "more-communes",
            summary { Picto { name: "town.svg", class: "picto small" } " …" }
            ul { class: "communes",
                for c in communes.iter().skip(MAIN_COMMUNES) {
                    li { key: "{slug(&c.name)}",
                        Link { class: "commune", to: Route::WhereCommune { commune: slug(&c.name) }, "{c.name}" }
                    }
                }
            }
        }
        h2 { Picto { name: "search.svg", class: "picto small" } " " {tr.t("where-type")} }
        label { class: "sr-only", r#for: "where-search", {tr.t("where-type")} }
        input {
            id: "where-search",
            r#type: "search",
            placeholder: tr.t("where-search-placeholder"),
            value: "{typed}",
            oninput: move |e| {
                if e.value().trim().chars().count() >= 3 {
                    wanted.set(true);
                }
                typed.set(e.value());
            },
        }
        ul { class: "found",
            for street in streets_found.into_iter() {
                li { key: "street-{street.name}",
                    button {
                        class: "commune street",
                        onclick: move |_| on_street(street.clone()),
                        Picto { name: "map.svg", class: "picto small" }
                        span { "{street.name}" }
                    }
                }
            }
            for hit in found.iter() {
                li { key: "{hit.place.key}",
                    button {
                        class: "commune",
                        onclick: {
                            let label = format!("{} — {}", hit.place.commune.clone().unwrap_or_default(), hit.place.name);
                            let (lat, lon) = (hit.place.lat, hit.place.lon);
                            move |_| pick((lat, lon, label.clone()))
                        },
                        "{hit.place.name}"
                        if let Some(c) = &hit.place.commune { span { class: "commune-name", " — {c}" } }
                    }
                }
            }
        }
    }
}

/// Second step: a spot people know in the chosen commune, or the commune itself.
#[component]
pub fn WhereCommune(commune: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let all = use_hook(|| locate::communes(&app.snapshot()).unwrap_or_default());
    let Some(c) = all.into_iter().find(|c| slug(&c.name) == commune) else {
        return rsx! { Link { class: "primary", to: Route::Where {}, {tr.t("where-pick-commune")} } };
    };
    let spots = locate::spots(&app.snapshot(), &c.name).unwrap_or_default();
    let pick = use_callback(move |(lat, lon, label): (f64, f64, String)| {
        settle(&app, shared, lat, lon, Some(label))
    });
    let centre = (c.lat, c.lon, c.name.clone());
    rsx! {
        ReadAloud { script: format!("{}. {}", c.name, tr.t("where-pick-spot")) }
        h1 { Picto { name: "town.svg", class: "picto" } " {c.name}" }
        h2 { Picto { name: "landmark.svg", class: "picto small" } " " {tr.t("where-pick-spot")} }
        ul { class: "communes spots",
            for s in spots.iter().take(30) {
                li { key: "{s.name}",
                    button {
                        class: "commune",
                        onclick: {
                            let label = format!("{} — {}", c.name, s.name);
                            let (lat, lon) = (s.lat, s.lon);
                            move |_| pick((lat, lon, label.clone()))
                        },
                        Picto { name: "landmark.svg", class: "picto small" }
                        span { "{s.name}" }
                    }
                }
            }
        }
        button { class: "primary", onclick: move |_| pick(centre.clone()),
            Picto { name: "location.svg", class: "picto small" }
            span { {tr.t("where-done")} " — {c.name}" }
        }
    }
}
