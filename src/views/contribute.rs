//! Telling the map what the person knows: "Something wrong?" on a place's sheet, "Add a place"
//! (from an empty list: "I know one"), and the person's own list of what they sent.
//!
//! Pictograms first, few words, nothing typed that is not needed: a problem is one tap, a
//! note is optional. What is made is kept on the phone before anything else
//! (`ui::contribute::keep`) and sent when a connection allows; nothing personal goes with it,
//! only the place's position for a new place or a move.

use crate::contribution::{Charging, ChargingHow, Kind, Problem};
use crate::need::Need;
use crate::present::need_label;
use crate::ui::components::{AskWhere, ReadAloud, Toggle};
use crate::ui::contribute;
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use crate::userdata::QueueState;
use dioxus::prelude::*;

/// The problems a person can report on a place, each a pictogram and a word.
const PROBLEMS: [(&str, &str, &str); 7] = [
    ("closed", "closed.svg", "report-closed"),
    ("moved", "go.svg", "report-moved"),
    ("hours", "calendar.svg", "report-hours"),
    ("phone", "call.svg", "report-phone"),
    ("wifi", "no-wifi.svg", "report-wifi"),
    ("charging", "charging.svg", "report-charging"),
    ("other", "info.svg", "report-other"),
];

/// Yes, no, or "I don't know" (the default: never guess).
#[component]
fn YesNo(label: String, value: Option<bool>, onchange: EventHandler<Option<bool>>) -> Element {
    let tr = use_tr();
    rsx! {
        fieldset { class: "yes-no",
            legend { "{label}" }
            for (v, word) in [(Some(true), "answer-yes"), (Some(false), "answer-no"), (None, "answer-unknown")] {
                Toggle {
                    picto: match v { Some(true) => "done.svg", Some(false) => "closed.svg", None => "unknown.svg" },
                    label: tr.t(word),
                    on: value == v,
                    onchange: move |_| onchange.call(v),
                }
            }
        }
    }
}

/// How a phone is charged there: free or not (unless the screen asks it for the whole
/// place), only during opening hours or not, sockets or lockers (each may stay unknown).
#[component]
fn ChargingDetails(charging: Signal<Charging>, ask_free: bool) -> Element {
    let tr = use_tr();
    let now = charging.read().clone();
    rsx! {
        if ask_free {
            YesNo {
                label: tr.t("results-free"),
                value: now.free,
                onchange: move |v| charging.write().free = v,
            }
        }
        YesNo {
            label: tr.t("charging-inside-hours"),
            value: now.inside_hours_only,
            onchange: move |v| charging.write().inside_hours_only = v,
        }
        fieldset { class: "yes-no",
            legend { {tr.t("charging-how")} }
            for (how, picto, word) in [(Some(ChargingHow::Sockets), "charging.svg", "charging-sockets"), (Some(ChargingHow::Lockers), "lock.svg", "charging-lockers"), (None, "unknown.svg", "answer-unknown")] {
                Toggle {
                    picto,
                    label: tr.t(word),
                    on: now.how == how,
                    onchange: move |_| charging.write().how = how,
                }
            }
        }
    }
}

/// A note, optional, in the person's words.
#[component]
fn Note(note: Signal<String>) -> Element {
    let tr = use_tr();
    rsx! {
        label { r#for: "contribution-note", class: "note-label", {tr.t("report-note")} }
        textarea {
            id: "contribution-note",
            maxlength: "500",
            rows: "3",
            value: "{note}",
            oninput: move |e| note.set(e.value()),
        }
    }
}

/// What is said once a contribution is kept: thanks, kept on the phone, sent when possible.
#[component]
fn Kept() -> Element {
    let tr = use_tr();
    rsx! {
        div { class: "prompt kept", role: "status",
            Picto { name: "done.svg", class: "picto huge" }
            p { {tr.t("report-kept")} }
            Link { class: "primary", to: Route::Contributions {},
                Picto { name: "letter.svg", class: "picto small" }
                span { {tr.t("contrib-title")} }
            }
        }
    }
}

/// Keeps the contribution and tries to send it at once; the screen then says it is kept.
fn keep_and_send(
    app: &crate::ui::state::AppCtx,
    kind: Kind,
    note: String,
    mut done: Signal<Option<Result<String, String>>>,
) {
    let kept = contribute::keep(app, kind, Some(note));
    let ok = kept.is_ok();
    done.set(Some(kept));
    if ok {
        let app = app.clone();
        spawn(async move {
            contribute::send_waiting(&app).await;
        });
    }
}

/// "Something wrong?" on a known place.
#[component]
pub fn ReportPlace(id: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let snap = app.snapshot();
    let place = snap
        .find_by_key(&id)
        .ok()
        .flatten()
        .and_then(|pid| snap.place_row(pid).ok().flatten());
    let mut problem = use_signal(|| None::<&'static str>);
    let mut phone = use_signal(String::new);
    let note = use_signal(String::new);
    let charging = use_signal(|| Charging {
        free: None,
        how: None,
        inside_hours_only: None,
    });
    let done = use_signal(|| None::<Result<String, String>>);
    let Some(place) = place else {
        return rsx! {
            ReadAloud { script: tr.t("results-none") }
            p { class: "empty", {tr.t("results-none")} }
        };
    };
    let script = tr.ta("say-report", &[("name", (&place.name).into())]);
    if let Some(Ok(_)) = &*done.read() {
        return rsx! {
            ReadAloud { script: tr.t("report-kept") }
            h1 { "{place.name}" }
            Kept {}
        };
    }
    let here = shared.position.read().as_ref().map(|p| (p.lat, p.lon));
    let chosen = problem();
    let built: Option<Problem> = match chosen {
        Some("closed") => Some(Problem::ClosedForGood {}),
        Some("moved") => here.map(|(lat, lon)| Problem::Moved { lat, lon }),
        Some("hours") => (!note().trim().is_empty()).then(|| Problem::HoursWrong {
            hours_osm: None,
            text: Some(note().trim().to_string()),
        }),
        Some("phone") => {
            let digits = phone().chars().filter(|c| c.is_ascii_digit()).count();
            (digits >= 4).then(|| Problem::PhoneWrong {
                phone: phone().trim().to_string(),
            })
        }
        Some("wifi") => Some(Problem::WifiBroken {}),
        Some("charging") => {
            let c = charging.read().clone();
            Some(Problem::ChargingHere {
                free: c.free,
                how: c.how,
                inside_hours_only: c.inside_hours_only,
            })
        }
        Some("other") => (!note().trim().is_empty()).then_some(Problem::Other {}),
        _ => None,
    };
    let key = place.key.clone();
    let app_send = app.clone();
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "to-check.svg", class: "picto" } " " {tr.t("report-title")} }
        p { class: "kind", "{place.name}" }
        div { class: "choices", role: "group", "aria-label": tr.t("report-title"),
            for (id, picto, word) in PROBLEMS {
                Toggle {
                    picto,
                    label: tr.t(word),
                    on: chosen == Some(id),
                    onchange: move |_| problem.set(Some(id)),
                }
            }
        }
        if chosen == Some("moved") && here.is_none() {
            AskWhere { back_to: Route::ReportPlace { id: id.clone() } }
        }
        if chosen == Some("phone") {
            label { r#for: "report-phone", {tr.t("report-phone-new")} }
            input {
                id: "report-phone",
                r#type: "tel",
                inputmode: "tel",
                autocomplete: "off",
                value: "{phone}",
                oninput: move |e| phone.set(e.value()),
            }
        }
        if chosen == Some("charging") {
            ChargingDetails { charging, ask_free: true }
        }
        if chosen.is_some() {
            Note { note }
            if matches!(chosen, Some("hours") | Some("other")) {
                p { class: "hint", {tr.t("report-note-needed")} }
            }
            button {
                class: "primary",
                id: "report-send",
                disabled: built.is_none(),
                onclick: move |_| {
                    if let Some(p) = built.clone() {
                        keep_and_send(&app_send, Kind::Report { place_key: key.clone(), problem: p }, note(), done);
                    }
                },
                Picto { name: "letter.svg", class: "picto small" }
                span { {tr.t("report-send")} }
            }
        }
        if let Some(Err(why)) = &*done.read() {
            p { class: "notice", role: "alert", "{why}" }
        }
    }
}

/// "Add a place": what it offers (the need asked first), its name, here, free or not.
#[component]
pub fn AddPlace(need: String) -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let first = Need::from_id(&need);
    let mut needs = use_signal(|| first.into_iter().collect::<Vec<Need>>());
    let mut name = use_signal(String::new);
    let mut free = use_signal(|| None::<bool>);
    let note = use_signal(String::new);
    let charging = use_signal(|| Charging {
        free: None,
        how: None,
        inside_hours_only: None,
    });
    // The simple week: days open (Monday = 1), from one hour to another.
    let mut days = use_signal(Vec::<u32>::new);
    let mut opens = use_signal(|| 9u32);
    let mut closes = use_signal(|| 17u32);
    let done = use_signal(|| None::<Result<String, String>>);
    if let Some(Ok(_)) = &*done.read() {
        return rsx! {
            ReadAloud { script: tr.t("report-kept") }
            h1 { {tr.t("add-title")} }
            Kept {}
        };
    }
    let Some(here) = shared.position.read().clone() else {
        return rsx! {
            ReadAloud { script: tr.t("say-add") }
            h1 { Picto { name: "location.svg", class: "picto" } " " {tr.t("add-title")} }
            AskWhere { back_to: Route::AddPlace { need: need.clone() } }
        };
    };
    let chosen = needs();
    let name_now = name();
    let ready = !chosen.is_empty() && name_now.trim().chars().count() >= 2;
    let app_send = app.clone();
    rsx! {
        ReadAloud { script: tr.t("say-add") }
        h1 { Picto { name: "location.svg", class: "picto" } " " {tr.t("add-title")} }
        div { class: "choices", role: "group", "aria-label": tr.t("add-title"),
            for n in Need::ALL {
                Toggle {
                    picto: n.pictogram(),
                    label: need_label(&tr, n),
                    on: chosen.contains(&n),
                    onchange: move |on: bool| {
                        let mut list = needs.write();
                        list.retain(|x| *x != n);
                        if on {
                            list.push(n);
                        }
                    },
                }
            }
        }
        if chosen.contains(&Need::Charging) {
            ChargingDetails { charging, ask_free: false }
        }
        label { r#for: "add-name", {tr.t("add-name")} }
        input {
            id: "add-name",
            r#type: "text",
            maxlength: "120",
            autocomplete: "off",
            value: "{name}",
            oninput: move |e| name.set(e.value()),
        }
        p { class: "where-line",
            Picto { name: "location.svg", class: "picto small" }
            span { {tr.t("add-where-here")} }
            if let Some(l) = &here.label { span { " — {l}" } }
        }
        YesNo { label: tr.t("results-free"), value: free(), onchange: move |v| free.set(v) }
        fieldset { class: "yes-no week-picker",
            legend { {tr.t("add-hours")} }
            for d in 1..=7u32 {
                Toggle {
                    picto: "calendar.svg",
                    label: tr.day_short(d),
                    on: days().contains(&d),
                    onchange: move |on: bool| {
                        let mut list = days.write();
                        list.retain(|x| *x != d);
                        if on {
                            list.push(d);
                        }
                    },
                }
            }
            if !days().is_empty() {
                label { r#for: "opens", {tr.t("add-hours-from")} }
                select {
                    id: "opens",
                    onchange: move |e| opens.set(e.value().parse().unwrap_or(9)),
                    for h in 5..24u32 {
                        option { value: "{h}", selected: h == opens(), "{h:02}:00" }
                    }
                }
                label { r#for: "closes", {tr.t("add-hours-to")} }
                select {
                    id: "closes",
                    onchange: move |e| closes.set(e.value().parse().unwrap_or(17)),
                    for h in 6..=24u32 {
                        option { value: "{h}", selected: h == closes(), "{h:02}:00" }
                    }
                }
            }
        }
        Note { note }
        button {
            class: "primary",
            id: "add-send",
            disabled: !ready,
            onclick: move |_| {
                let mut ids: Vec<String> = needs().iter().map(|n| n.id().to_string()).collect();
                ids.sort();
                let kind = Kind::NewPlace {
                    name: name().trim().to_string(),
                    lat: here.lat,
                    lon: here.lon,
                    // One "free?" for the place: charging there is as free as the place.
                    charging: needs().contains(&Need::Charging).then(|| Charging {
                        free: free(),
                        ..charging.read().clone()
                    }),
                    needs: ids,
                    hours_osm: crate::contribution::simple_week(&days(), opens(), closes()),
                    free: free(),
                };
                keep_and_send(&app_send, kind, note(), done);
            },
            Picto { name: "letter.svg", class: "picto small" }
            span { {tr.t("report-send")} }
        }
        if let Some(Err(why)) = &*done.read() {
            p { class: "notice", role: "alert", "{why}" }
        }
    }
}

/// What the person sent or will send, with its state; a waiting one can be deleted.
#[component]
pub fn Contributions() -> Element {
    let app = use_app();
    let tr = use_tr();
    let mut generation = use_signal(|| 0u32);
    let _ = generation();
    let all = app.user.contributions().unwrap_or_default();
    let script = tr.ta("say-contrib", &[("count", all.len().into())]);
    let app_send = app.clone();
    let waiting = all.iter().any(|q| q.state == QueueState::Waiting);
    let mut team = use_signal(|| app.user.team_code().ok().flatten().unwrap_or_default());
    let mut team_saved = use_signal(|| false);
    let app_team = app.clone();
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "letter.svg", class: "picto" } " " {tr.t("contrib-title")} }
        // A coordinator's code marks what this phone sends as from their team.
        div { class: "team-code",
            label { r#for: "team-code", {tr.t("contrib-team-code")} }
            input {
                id: "team-code",
                r#type: "text",
                autocomplete: "off",
                value: "{team}",
                oninput: move |e| {
                    team.set(e.value());
                    team_saved.set(false);
                },
            }
            button {
                class: "secondary",
                id: "team-code-save",
                onclick: move |_| {
                    if app_team.user.save_team_code(&team()).is_ok() {
                        team.set(app_team.user.team_code().ok().flatten().unwrap_or_default());
                        team_saved.set(true);
                    }
                },
                Picto { name: "done.svg", class: "picto small" }
                span { {tr.t("contrib-team-code-save")} }
            }
            if team_saved() { p { role: "status", {tr.t("contrib-team-code-saved")} } }
        }
        if all.is_empty() {
            p { class: "empty", {tr.t("contrib-none")} }
        }
        if waiting {
            button {
                class: "primary",
                id: "contrib-send",
                onclick: move |_| {
                    let app = app_send.clone();
                    spawn(async move {
                        contribute::send_waiting(&app).await;
                        generation += 1;
                    });
                },
                Picto { name: "update.svg", class: "picto small" }
                span { {tr.t("contrib-send-now")} }
            }
        }
        ul { class: "contributions",
            for q in all.iter() {
                li { key: "{q.id}", class: "contribution", "data-state": match q.state { QueueState::Waiting => "waiting", QueueState::Sent => "sent", QueueState::Refused => "refused" },
                    span { class: "what", {summary(&tr, &q.body)} }
                    span { class: "state",
                        match q.state {
                            QueueState::Waiting => rsx! { Picto { name: "pause.svg", class: "picto small" } span { {tr.t("contrib-waiting")} } },
                            QueueState::Sent => rsx! { Picto { name: "done.svg", class: "picto small" } span { {tr.t("contrib-sent")} } },
                            QueueState::Refused => rsx! { Picto { name: "closed.svg", class: "picto small" } span { {tr.ta("contrib-refused", &[("why", q.last_error.as_deref().unwrap_or("").into())])} } },
                        }
                    }
                    if q.state == QueueState::Waiting {
                        button {
                            class: "secondary delete",
                            onclick: {
                                let id = q.id.clone();
                                let app = app.clone();
                                move |_| {
                                    let _ = app.user.delete_contribution(&id);
                                    generation += 1;
                                }
                            },
                            Picto { name: "closed.svg", class: "picto small" }
                            span { {tr.t("contrib-delete")} }
                        }
                    }
                }
            }
        }
    }
}

/// A contribution in a few words: the new place's name, or the problem reported. Read from
/// the kept JSON as plain values: the strict reader's code is not needed to show a list (and
/// costs the web app's first visit 10 KB).
fn summary(tr: &crate::i18n::Tr, body: &str) -> String {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(body) else {
        return String::new();
    };
    let kind = &v["kind"];
    if kind["type"] == "new_place" {
        return format!(
            "{} : {}",
            tr.t("add-title"),
            kind["name"].as_str().unwrap_or_default()
        );
    }
    let word = match kind["problem"]["type"].as_str().unwrap_or_default() {
        "closed_for_good" => "report-closed",
        "moved" => "report-moved",
        "hours_wrong" => "report-hours",
        "phone_wrong" => "report-phone",
        "wifi_broken" => "report-wifi",
        "charging_here" => "report-charging",
        _ => "report-other",
    };
    tr.t(word)
}
