//! The map screen: the streets around the person, the places of one need as pictograms, and
//! the way to the one chosen. Reached from a result list or a place sheet, never instead of
//! them: the same places are listed under the picture, nearest first, for screen readers and
//! for anyone who prefers words.
//!
//! The picture is drawn by the core (`map::render_svg`) from the layer on the device: no
//! tiles, no network. The markers are links laid over the picture rather than drawn in it,
//! so that each is a 48 px tap target with a name a screen reader says.

use super::results::nearby_with_filters;
use crate::hours::OpenStatus;
use crate::map::{
    crosses_river, pixel_of, render_svg, zoom_to_fit, MapLayer, Marker, Person, View, ZOOM_LEVELS,
};
use crate::need::{Need, NeedSet};
use crate::present::{bearing, map_way_text, need_label, script_map, script_need_position, Way};
use crate::query::{status_of, walking_minutes};
use crate::spatial::distance_m;
use crate::ui::components::{AskWhere, ReadAloud, ResultRow};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::street_map;
use crate::ui::Route;
use dioxus::prelude::*;

/// The picture's size in its own pixels; the page scales it to the screen's width.
const WIDTH: u32 = 420;
const HEIGHT: u32 = 480;
/// How far from the edges the places shown first must be (a marker's radius and a little).
const FIT_MARGIN: f64 = 36.0;
/// The places the first view is zoomed to show, nearest first.
const FIRST_SHOWN: usize = 3;

/// One place on the map, with what its row in the list shows.
#[derive(Clone, PartialEq)]
struct Spot {
    key: String,
    name: String,
    /// The need its marker shows.
    need: Need,
    lat: f64,
    lon: f64,
    needs: NeedSet,
    to_check: bool,
    status: OpenStatus,
}

/// The map of one need's places around the person.
#[component]
pub fn MapScreen(need: String) -> Element {
    rsx! { MapOf { need, at: String::new() } }
}

/// The same map with one place chosen (`at`, its key): from the place's sheet.
#[component]
pub fn MapPlace(need: String, at: String) -> Element {
    rsx! { MapOf { need, at } }
}

/// Where the screen comes back after the person said where they are.
fn this_screen(need: Option<Need>, at: &str) -> Route {
    let need = need.map(|n| n.id().to_string()).unwrap_or_default();
    if at.is_empty() {
        Route::MapScreen { need }
    } else {
        Route::MapPlace {
            need,
            at: at.to_string(),
        }
    }
}

/// The map of one need's places (`need`), with one place chosen (`at`, a place key, or empty).
#[component]
fn MapOf(need: String, at: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let need = Need::from_id(&need);
    let snap = app.snapshot();
    let person = shared.position.read().clone();
    let filters = *shared.filters.read();
    // The place the person tapped; until then, the one the sheet asked for.
    let mut chosen = use_signal(|| None::<String>);
    let mut zoom = use_signal(|| None::<usize>);
    let mut centre = use_signal(|| None::<(f64, f64)>);
    let app_for_layer = app.clone();
    let layer = use_resource(move || {
        let app = app_for_layer.clone();
        async move { street_map::load(&app).await }
    });

    // The place asked for by the sheet, found even when the list's filters would hide it.
    let asked = (!at.is_empty())
        .then(|| snap.find_by_key(&at).ok().flatten())
        .flatten()
        .and_then(|id| snap.place_row(id).ok().flatten());
    let Some(origin) = person
        .as_ref()
        .map(|p| (p.lat, p.lon))
        .or(asked.as_ref().map(|p| (p.lat, p.lon)))
    else {
        return rsx! {
            ReadAloud { script: script_need_position(&tr) }
            AskWhere { back_to: this_screen(need, &at) }
        };
    };
    let hits = need
        .and_then(|n| nearby_with_filters(&app, n, origin, filters))
        .map(|res| res.hits)
        .unwrap_or_default();
    let mut spots: Vec<Spot> = hits
        .iter()
        .filter_map(|h| {
            Some(Spot {
                key: h.place.key.clone(),
                name: h.place.name.clone(),
                need: need?,
                lat: h.place.lat,
                lon: h.place.lon,
                needs: h.met.union(h.to_check),
                to_check: !h.to_check.is_empty(),
                status: h.status.clone(),
            })
        })
        .collect();
    if let Some(p) = &asked {
        if !spots.iter().any(|s| s.key == p.key) {
            let shown_need = need
                .filter(|n| p.needs.union(p.needs_to_check).contains(*n))
                .or_else(|| p.needs.union(p.needs_to_check).iter().next());
            if let Some(n) = shown_need {
                spots.insert(
                    0,
                    Spot {
                        key: p.key.clone(),
                        name: p.name.clone(),
                        need: n,
                        lat: p.lat,
                        lon: p.lon,
                        needs: p.needs.union(p.needs_to_check),
                        to_check: !p.needs_to_check.is_empty(),
                        status: status_of(&snap, p, app.now()),
                    },
                );
            }
        }
    }

    let layer_ready = layer.read().clone();
    let drawn: Option<std::rc::Rc<MapLayer>> = layer_ready.clone().flatten();
    let covered = drawn.as_ref().is_some_and(|l| l.covers(origin.0, origin.1));
    let plain = MapLayer::plain(origin.0, origin.1);
    let map_layer: &MapLayer = match &drawn {
        Some(l) if covered => l,
        _ => &plain,
    };
    // Any record's key finds a place (`Snapshot::find_by_key`); markers carry its stable one.
    let chosen_key = chosen
        .read()
        .clone()
        .or_else(|| asked.as_ref().map(|p| p.key.clone()));
    let chosen_spot = chosen_key
        .and_then(|k| spots.iter().find(|s| s.key == k))
        .cloned();

    // The first view: the person and the chosen place, or the person and the nearest places.
    let first_centre = match (&person, &chosen_spot) {
        (Some(p), Some(s)) => ((p.lat + s.lat) / 2.0, (p.lon + s.lon) / 2.0),
        _ => origin,
    };
    let view_centre = (*centre.read()).unwrap_or(first_centre);
    let base = View {
        lat: view_centre.0,
        lon: view_centre.1,
        metres_per_pixel: ZOOM_LEVELS[1],
        width: WIDTH,
        height: HEIGHT,
        person: person.as_ref().map(|p| Person {
            lat: p.lat,
            lon: p.lon,
            label: tr.t("map-you"),
        }),
        markers: Vec::new(),
        route_to: chosen_spot.as_ref().map(|s| (s.lat, s.lon)),
        markers_above: true,
        label: tr.t("map-picture"),
    };
    let level = (*zoom.read()).unwrap_or_else(|| {
        let mut must_show: Vec<(f64, f64)> = match &chosen_spot {
            Some(s) => vec![(s.lat, s.lon)],
            None => spots
                .iter()
                .take(FIRST_SHOWN)
                .map(|s| (s.lat, s.lon))
                .collect(),
        };
        must_show.extend(person.as_ref().map(|p| (p.lat, p.lon)));
        zoom_to_fit(map_layer, &base, &must_show, FIT_MARGIN)
    });
    let view = View {
        metres_per_pixel: ZOOM_LEVELS[level],
        markers: spots
            .iter()
            .map(|s| Marker {
                lat: s.lat,
                lon: s.lon,
                label: s.name.clone(),
                need: s.need,
                text: String::new(),
            })
            .collect(),
        ..base
    };
    let svg = render_svg(map_layer, &view, &tr);

    // Markers inside the picture, numbered as in the list below it.
    let on_picture: Vec<(usize, Spot, f64, f64)> = spots
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let (x, y) = pixel_of(map_layer, &view, s.lat, s.lon);
            let inside =
                (0.0..=f64::from(WIDTH)).contains(&x) && (0.0..=f64::from(HEIGHT)).contains(&y);
            inside.then(|| {
                (
                    i + 1,
                    s.clone(),
                    x / f64::from(WIDTH) * 100.0,
                    y / f64::from(HEIGHT) * 100.0,
                )
            })
        })
        .collect();
    let way_of = |s: &Spot| {
        person.as_ref().map(|p| Way {
            minutes: walking_minutes(distance_m(p.lat, p.lon, s.lat, s.lon)),
            bearing_deg: bearing((p.lat, p.lon), (s.lat, s.lon)),
            across_river: crosses_river(map_layer, (p.lat, p.lon), (s.lat, s.lon)),
        })
    };
    let said_way = chosen_spot
        .as_ref()
        .or(spots.first())
        .and_then(|s| way_of(s).map(|w| (s.name.clone(), w)));
    let script = script_map(
        &tr,
        covered || layer_ready.is_none(),
        on_picture.len(),
        said_way.as_ref().map(|(n, w)| (n.as_str(), *w)),
    );
    let way_words = chosen_spot
        .as_ref()
        .and_then(|s| way_of(s).map(|w| (s.key.clone(), map_way_text(&tr, &s.name, &w))));
    let title = match (&asked, need) {
        (Some(p), _) if spots.len() == 1 => p.name.clone(),
        (_, Some(n)) => need_label(&tr, n),
        (Some(p), None) => p.name.clone(),
        (None, None) => tr.t("map-see"),
    };
    let person_there = person.map(|p| (p.lat, p.lon));

    rsx! {
        ReadAloud { script }
        h1 {
            if let Some(n) = need { Picto { name: n.pictogram(), class: "picto" } " " }
            "{title}"
        }
        // Said only once the layer is known, so that a slow first load does not flash it.
        if layer_ready.is_some() && !covered {
            p { class: "notice map-no-streets", role: "status",
                Picto { name: "info.svg", class: "picto small" }
                span { {tr.t("map-no-streets")} }
            }
        }
        div {
            class: "map",
            style: "aspect-ratio: {WIDTH} / {HEIGHT}",
            // A mouse wheel or a trackpad's pinch (which browsers send as a wheel) zooms too.
            onwheel: move |e: WheelEvent| {
                let dy = e.delta().strip_units().y;
                if dy != 0.0 {
                    e.prevent_default();
                    let next = if dy < 0.0 {
                        level.saturating_sub(1)
                    } else {
                        (level + 1).min(ZOOM_LEVELS.len() - 1)
                    };
                    zoom.set(Some(next));
                }
            },
            div { class: "map-picture", dangerous_inner_html: svg }
            for (n, s, x, y) in on_picture {
                button {
                    key: "{s.key}",
                    class: if chosen_spot.as_ref().is_some_and(|c| c.key == s.key) { "map-marker chosen" } else { "map-marker" },
                    style: "left: {x:.2}%; top: {y:.2}%",
                    "aria-pressed": if chosen_spot.as_ref().is_some_and(|c| c.key == s.key) { "true" } else { "false" },
                    "aria-label": "{n}. {s.name}",
                    "data-key": "{s.key}",
                    // The picture stays as it is: only the way to the place is drawn.
                    onclick: move |_| {
                        zoom.set(Some(level));
                        centre.set(Some(view_centre));
                        chosen.set(Some(s.key.clone()));
                    },
                    span { class: "disc", Picto { name: s.need.pictogram(), class: "picto small" } }
                    span { class: "number", "aria-hidden": "true", "{n}" }
                }
            }
        }
        div { class: "map-controls", role: "group",
            button {
                class: "toggle zoom-in",
                disabled: level == 0,
                onclick: move |_| zoom.set(Some(level.saturating_sub(1))),
                Picto { name: "zoom-in.svg", class: "picto small" }
                span { {tr.t("map-closer")} }
            }
            button {
                class: "toggle zoom-out",
                disabled: level + 1 == ZOOM_LEVELS.len(),
                onclick: move |_| zoom.set(Some((level + 1).min(ZOOM_LEVELS.len() - 1))),
                Picto { name: "zoom-out.svg", class: "picto small" }
                span { {tr.t("map-farther")} }
            }
            if let Some(me) = person_there {
                button {
                    class: "toggle recentre",
                    onclick: move |_| centre.set(Some(me)),
                    Picto { name: "gps.svg", class: "picto small" }
                    span { {tr.t("map-on-me")} }
                }
            }
        }
        if let Some((key, words)) = way_words {
            p { class: "map-way", role: "status",
                Picto { name: "walk.svg", class: "picto small" }
                span { "{words}" }
                " "
                Link { class: "primary", to: Route::PlaceSheet { id: key }, {tr.t("results-show-nearest")} }
            }
        }
        if let Some(me) = person_there {
            section { "aria-labelledby": "map-list-title",
                h2 { id: "map-list-title", {tr.t("map-list")} }
                ol { class: "results",
                    for s in spots.iter() {
                        li { key: "{s.key}",
                            ResultRow {
                                place_key: s.key.clone(),
                                name: s.name.clone(),
                                needs: s.needs,
                                to_check: s.to_check,
                                distance_m: distance_m(me.0, me.1, s.lat, s.lon),
                                walk_minutes: walking_minutes(distance_m(me.0, me.1, s.lat, s.lon)),
                                status: s.status.clone(),
                            }
                        }
                    }
                }
            }
        } else {
            AskWhere { back_to: this_screen(need, &at) }
        }
    }
}
