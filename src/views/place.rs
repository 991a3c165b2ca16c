use crate::hours::OpenStatus;
use crate::need::Need;
use crate::place::Place;
use crate::present::{
    bearing, conditions, direction_text, distance_text, formerly_text, need_label, script_place,
    week, wifi_access_text,
};
use crate::query::status_of;
use crate::ui::components::{ReadAloud, Status};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// `geo:` URI that hands the place to the phone's maps app.
pub fn geo_uri(p: &Place) -> String {
    let label: String = p
        .name
        .chars()
        .filter(|c| !matches!(c, '(' | ')' | '&' | '#' | '?'))
        .collect();
    format!(
        "geo:{:.6},{:.6}?q={:.6},{:.6}({})",
        p.lat,
        p.lon,
        p.lat,
        p.lon,
        label.replace(' ', "+")
    )
}

/// `tel:` URI, digits and a leading + only.
pub fn tel_uri(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// Everything about one place, with Call and Go.
#[component]
pub fn PlaceSheet(id: String) -> Element {
    let key = id;
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let snap = app.snapshot();
    let found = snap
        .find_by_key(&key)
        .ok()
        .flatten()
        .and_then(|id| snap.place(id).ok().flatten().map(|p| (id, p)));
    let mut saved = use_signal(|| app.user.is_favourite(&key).unwrap_or(false));
    let mut sharing = use_signal(|| false);
    let Some((id, place)) = found else {
        return rsx! {
            p { class: "empty", {tr.t("results-none")} }
            Link { class: "primary", to: Route::Home {}, {tr.t("home")} }
        };
    };
    let now = app.now();
    let status = match snap.place_row(id).ok().flatten() {
        Some(row) => status_of(&snap, &row, now),
        None => OpenStatus::Unknown,
    };
    // Only what the sources say (`crate::procedure`): nothing shown when they name none.
    let procedures = snap.procedures_of(id).unwrap_or_default();
    let helps = crate::present::helps_with_text(&tr, &procedures);
    let script = script_place(&tr, &place, &procedures, &status, now);
    let schedule = place.hours.osm.as_deref().and_then(|h| snap.schedule(h));
    let days = schedule.as_ref().map(|s| week(&tr, s, now.date()));
    let share_text = sharing().then(|| crate::share::text_message(&tr, &place, days.as_deref()));
    let from = shared.position.read().as_ref().map(|p| (p.lat, p.lon));
    let heading = from.map(|f| {
        let b = bearing(f, (place.lat, place.lon));
        let d = crate::spatial::distance_m(f.0, f.1, place.lat, place.lon);
        (
            b,
            tr.ta(
                "place-direction",
                &[
                    ("direction", (&direction_text(&tr, b)).into()),
                    ("distance", (&distance_text(tr.lang, d)).into()),
                ],
            ),
        )
    });
    let formerly = formerly_text(&tr, &place.former_names);
    // The map shows this place among the others of its first need.
    let map_need = place
        .needs
        .union(place.needs_to_check)
        .iter()
        .next()
        .map(|n| n.id().to_string())
        .unwrap_or_default();
    let conds = conditions(&tr, &place);
    let unknown = tr.t("place-unknown");
    let sources = snap.sources().unwrap_or_default();
    let attributions: Vec<String> = place
        .provenance
        .iter()
        .filter_map(|p| sources.iter().find(|s| s.info.id == p.source))
        .map(|s| format!("{} ({})", s.info.attribution, s.info.licence))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let checked = place
        .last_updated()
        .map(|d| d.format("%d/%m/%Y").to_string());
    let address = [
        place.address.clone(),
        place.postcode.clone(),
        place.commune.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let fav_key = key.clone();
    let fav_name = place.name.clone();
    let toggle_saved = move |_| {
        if saved() {
            let _ = app.user.remove_favourite(&fav_key);
            saved.set(false);
        } else {
            let _ = app
                .user
                .add_favourite(&fav_key, &fav_name, &app.now_utc_rfc3339());
            saved.set(true);
        }
    };
    let star = if saved() {
        "star-filled.svg"
    } else {
        "star.svg"
    };
    rsx! {
        ReadAloud { script }
        h1 { "{place.name}" }
        if let Some(formerly) = formerly { p { class: "formerly", "{formerly}" } }
        if let Some(kind) = &place.kind { p { class: "kind", "{kind}" } }
        Status { status: status.clone() }
        div { class: "actions",
            if let Some(phone) = &place.phone {
                a { class: "action call", href: "{tel_uri(phone)}",
                    Picto { name: "call.svg", class: "picto" }
                    span { {tr.t("place-call")} }
                }
            }
            Link { class: "action see-map", to: Route::MapPlace { need: map_need, at: key.clone() },
                Picto { name: "map.svg", class: "picto" }
                span { {tr.t("map-see")} }
            }
            a { class: "action go", href: "{geo_uri(&place)}",
                Picto { name: "go.svg", class: "picto" }
                span { {tr.t("place-go")} }
            }
            button {
                class: "action share",
                "aria-expanded": if sharing() { "true" } else { "false" },
                "aria-controls": "share-card",
                onclick: move |_| sharing.toggle(),
                Picto { name: "qr-code.svg", class: "picto" }
                span { {tr.t("place-share")} }
            }
            button {
                class: "action save",
                "aria-pressed": if saved() { "true" } else { "false" },
                onclick: toggle_saved,
                Picto { name: star, class: "picto" }
                span { {if saved() { tr.t("place-saved") } else { tr.t("place-save") }} }
            }
        }
        Link { class: "secondary report", to: Route::ReportPlace { id: key.clone() },
            Picto { name: "to-check.svg", class: "picto small" }
            span { {tr.t("report-title")} }
        }
        if sharing() {
            ShareCard { place: place.clone(), message: share_text.clone().unwrap_or_default() }
        }
        if let Some((deg, text)) = heading {
            p { class: "heading",
                span { class: "arrow", style: "transform: rotate({deg:.0}deg)",
                    Picto { name: "arrow.svg", class: "picto small" }
                }
                span { "{text}" }
            }
        }
        section { "aria-labelledby": "offers-title",
            h2 { id: "offers-title", {tr.t("place-offers")} }
            ul { class: "offers",
                for n in place.needs.iter() {
                    li { key: "{n.id()}",
                        Picto { name: n.pictogram(), class: "picto" }
                        span { {need_label(&tr, n)} }
                    }
                }
                for n in place.needs_to_check.iter() {
                    li { key: "check-{n.id()}", class: "to-check",
                        Picto { name: n.pictogram(), class: "picto" }
                        span { {need_label(&tr, n)} }
                        span { class: "badge", {tr.t("results-to-check")} }
                    }
                }
                if let Some(helps) = helps {
                    li { class: "helps",
                        Picto { name: "procedures.svg", class: "picto" }
                        span { "{helps}" }
                    }
                }
            }
        }
        section { "aria-labelledby": "hours-title",
            h2 { id: "hours-title", {tr.t("place-hours")} }
            if let Some(days) = days {
                table { class: "week",
                    tbody {
                        for (i, d) in days.iter().enumerate() {
                            tr { key: "{i}", class: if d.is_today { "today" } else { "" },
                                th { scope: "row", "{d.label}" }
                                td { class: "bar",
                                    div { class: "track",
                                        for (j, (a, b)) in d.intervals.iter().enumerate() {
                                            span {
                                                key: "{j}",
                                                class: "slot",
                                                style: "inset-inline-start: {*a as f64 / 14.4:.2}%; width: {(*b - *a) as f64 / 14.4:.2}%",
                                            }
                                        }
                                    }
                                }
                                td { class: "hours-text", "{d.text}" }
                            }
                        }
                    }
                }
            } else {
                p { class: "status status-unknown", {tr.t("status-unknown")} }
                if let Some(text) = &place.hours.text { p { class: "hours-raw", "{text}" } }
            }
        }
        section { "aria-labelledby": "address-title",
            h2 { id: "address-title", {tr.t("place-address")} }
            p { if address.is_empty() { "{unknown}" } else { "{address}" } }
            // The number in writing: to copy down, to read out, and on paper.
            if let Some(phone) = &place.phone {
                p { class: "phone", {tr.ta("share-phone", &[("phone", phone.into())])} }
            }
        }
        section { "aria-labelledby": "conditions-title",
            h2 { id: "conditions-title", {tr.t("place-conditions")} }
            if conds.is_empty() {
                p { "{unknown}" }
            } else {
                ul { class: "conditions",
                    for (i, c) in conds.iter().enumerate() { li { key: "{i}", "{c}" } }
                }
            }
        }
        if place.needs.union(place.needs_to_check).contains(Need::Wifi) {
            section { "aria-labelledby": "wifi-title",
                h2 { id: "wifi-title", {tr.t("place-wifi-how")} }
                p { {place.wifi_access.map(|w| wifi_access_text(&tr, w)).unwrap_or(unknown.clone())} }
            }
        }
        footer { class: "provenance",
            for (i, a) in attributions.iter().enumerate() {
                p { key: "{i}", {tr.ta("place-source", &[("source", a.into())])} }
            }
            if let Some(c) = checked { p { {tr.ta("place-checked", &[("date", (&c).into())])} } }
        }
    }
}

/// The place as a code another phone's camera saves as a contact, or as a text message for a
/// basic phone (`crate::share`).
#[component]
fn ShareCard(place: Place, message: String) -> Element {
    let tr = use_tr();
    let card = crate::share::contact_card(&place, "France");
    let Ok(code) = crate::share::qr_code(&card) else {
        // Only a card far too long for a code could fail; the sheet shows everything anyway.
        return rsx! {};
    };
    let label = format!("{} : {}", tr.t("place-share-title"), place.name);
    rsx! {
        section { id: "share-card", class: "share-card", "aria-labelledby": "share-title",
            h2 { id: "share-title", {tr.t("place-share-title")} }
            div { class: "qr", role: "img", "aria-label": "{label}",
                dangerous_inner_html: crate::share::qr_svg(&code),
            }
            p { {tr.t("place-share-help")} }
            a { class: "action sms", href: "{crate::share::sms_uri(&message)}",
                Picto { name: "sms.svg", class: "picto" }
                span { {tr.t("place-share-sms")} }
            }
            // On paper, for a volunteer at a desk; phone web views cannot print.
            if !cfg!(any(target_os = "android", target_os = "ios")) {
                button { class: "action print",
                    onclick: move |_| {
                        let _ = document::eval("window.print()");
                    },
                    Picto { name: "printer.svg", class: "picto" }
                    span { {tr.t("place-print")} }
                }
            }
        }
    }
}
