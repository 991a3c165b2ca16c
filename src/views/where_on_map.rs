//! The last step of "where am I" by street name: the person was placed halfway along the
//! street they typed; the map shows it, and a touch on the picture moves the dot to the right
//! spot. "I am here" then goes on to what they were looking for.

use super::where_am_i::remember_position;
use crate::map::{position_at, render_svg, Person, View, ZOOM_LEVELS};
use crate::ui::components::ReadAloud;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::street_map;
use crate::ui::Route;
use dioxus::prelude::*;
use std::rc::Rc;

/// The picture's size in its own pixels, as on the map screen.
const WIDTH: u32 = 420;
const HEIGHT: u32 = 420;

#[component]
pub fn WhereOnMap() -> Element {
    let app = use_app();
    let mut shared = use_shared();
    let tr = use_tr();
    let Some(here) = shared.position.read().clone() else {
        return rsx! { Link { class: "primary", to: Route::Where {}, {tr.t("where-title")} } };
    };
    // The picture stays where it opened while the dot moves, so the street stays in view.
    let centre = use_hook(|| (here.lat, here.lon));
    let mut level = use_signal(|| 1usize);
    let mut picture = use_signal(|| None::<Rc<MountedData>>);
    let app_for_layer = app.clone();
    let layer = use_resource(move || {
        let app = app_for_layer.clone();
        async move { street_map::load(&app).await }
    });
    let loaded = layer.read().clone().flatten();
    let view = View {
        lat: centre.0,
        lon: centre.1,
        metres_per_pixel: ZOOM_LEVELS[level()],
        width: WIDTH,
        height: HEIGHT,
        person: Some(Person {
            lat: here.lat,
            lon: here.lon,
            label: tr.t("map-you"),
        }),
        markers: Vec::new(),
        route_to: None,
        markers_above: false,
        label: tr.t("map-picture"),
    };
    // Drawn once the layer is read (at once on phones; a moment in the web app).
    let svg = loaded.as_ref().map(|l| render_svg(l, &view, &tr));
    let street = here.label.clone().unwrap_or_default();
    let script = format!("{street}. {}", tr.t("where-move-dot"));
    let app_tap = app.clone();
    let tapped_view = view.clone();
    let moved_label = here.label.clone();
    let on_tap = move |e: MouseEvent| {
        let (Some(el), Some(layer)) = (picture(), loaded.clone()) else {
            return;
        };
        let at = e.element_coordinates();
        let (app, view, label) = (app_tap.clone(), tapped_view.clone(), moved_label.clone());
        spawn(async move {
            // The picture is scaled to the screen: from CSS pixels to the picture's own.
            let Ok(rect) = el.get_client_rect().await else {
                return;
            };
            if rect.width() <= 0.0 {
                return;
            }
            let k = f64::from(WIDTH) / rect.width();
            let (lat, lon) = position_at(&layer, &view, at.x * k, at.y * k);
            remember_position(&app, shared, lat, lon, label);
        });
    };
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "location.svg", class: "picto" } " {street}" }
        p { class: "notice", Picto { name: "map.svg", class: "picto small" } " " {tr.t("where-move-dot")} }
        if let Some(svg) = svg {
            div { class: "map", style: "aspect-ratio: {WIDTH} / {HEIGHT}",
                div {
                    class: "map-picture tap-to-move",
                    onmounted: move |e| picture.set(Some(e.data())),
                    onclick: on_tap,
                    dangerous_inner_html: svg,
                }
            }
        }
        div { class: "map-controls", role: "group",
            button {
                class: "toggle zoom-in",
                disabled: level() == 0,
                onclick: move |_| level.set(level().saturating_sub(1)),
                Picto { name: "zoom-in.svg", class: "picto small" }
                span { {tr.t("map-closer")} }
            }
            button {
                class: "toggle zoom-out",
                disabled: level() + 1 == ZOOM_LEVELS.len(),
                onclick: move |_| level.set((level() + 1).min(ZOOM_LEVELS.len() - 1)),
                Picto { name: "zoom-out.svg", class: "picto small" }
                span { {tr.t("map-farther")} }
            }
        }
        button {
            class: "primary",
            id: "here-done",
            onclick: move |_| {
                let next = shared.after_where.take().unwrap_or(Route::Home {});
                navigator().push(next);
            },
            Picto { name: "location.svg", class: "picto small" }
            span { {tr.t("where-done")} }
        }
    }
}
