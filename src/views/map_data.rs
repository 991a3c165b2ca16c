use crate::present::{data_line, recorded_outcome, script_data, short_date, size_text, sync_words};
use crate::sync::editions::{list_url, manifest_url_of, EditionEntry, ListError};
use crate::sync::http::NetError;
use crate::sync::{check_manifest_url, host_of, Outcome, Trigger};
use crate::ui::components::{ReadAloud, Toggle};
use crate::ui::pictogram::Picto;
use crate::ui::state::{use_app, use_shared, use_tr, AppCtx};
use crate::ui::sync as syncing;
use crate::userdata::SyncPrefs;
use dioxus::prelude::*;

/// "Paris time of an RFC 3339 instant", as "23/11/2026 10:05".
fn local_when(rfc3339: &str) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(rfc3339).ok()?;
    let paris = t.with_timezone(&chrono_tz::Europe::Paris);
    Some(format!(
        "{} {}",
        short_date(paris.date_naive()),
        paris.format("%H:%M")
    ))
}

/// The host's editions, as the data screen shows them.
#[derive(Clone, PartialEq)]
enum Regions {
    /// Not asked yet: a button asks.
    NotAsked,
    /// Listed, the person's région first and marked near them.
    Listed(Vec<(EditionEntry, bool)>),
    /// The list could not be read now (no network, refused): said so.
    Unavailable,
    /// The host serves one edition and has no list: nothing to offer, nothing said.
    NoList,
}

/// Reads the host's list of editions into `regions`.
fn load_regions(app: &AppCtx, mut regions: Signal<Regions>, mut asking: Signal<bool>) {
    let app = app.clone();
    asking.set(true);
    spawn(async move {
        let got = syncing::editions_list(&app).await;
        let here = app.user.position().ok().flatten();
        regions.set(match got {
            None | Some(Err(ListError::Net(NetError::Status(404)))) => Regions::NoList,
            Some(Err(_)) => Regions::Unavailable,
            Some(Ok(index)) => {
                let offered = here
                    .and_then(|h| index.suggest(h.lat, h.lon))
                    .map(|e| e.id.clone());
                let mut listed: Vec<(EditionEntry, bool)> = index
                    .editions
                    .into_iter()
                    .map(|e| {
                        let near = offered.as_deref() == Some(e.id.as_str());
                        (e, near)
                    })
                    .collect();
                // The person's région first.
                listed.sort_by_key(|(_, near)| !near);
                Regions::Listed(listed)
            }
        });
        asking.set(false);
    });
}

/// The map's data: how fresh it is, "update now", the last result in a pictogram and plain
/// words, when the app may update by itself, and the one server it talks to.
#[component]
pub fn MapData() -> Element {
    let app = use_app();
    let shared = use_shared();
    let tr = use_tr();
    let meta = app.snapshot().meta().clone();
    let mut prefs = use_signal(|| app.user.sync_prefs().unwrap_or_default());
    let mut editing = use_signal(|| false);
    let mut typed = use_signal(String::new);
    let mut invalid = use_signal(|| false);
    let running = *shared.syncing.read();
    let last = shared.last_sync.read().clone();
    let outcome = last.as_ref().and_then(recorded_outcome);
    let script = script_data(&tr, &meta, outcome.as_ref());
    let p = prefs.read().clone();
    let current = syncing::manifest_url(&p, app.config.sync_url.as_deref());
    let host = current
        .as_deref()
        .map_or_else(|| tr.t("data-server-none"), |u| host_of(u).to_string());
    let save = {
        let app = app.clone();
        move |next: SyncPrefs| {
            let _ = app.user.save_sync_prefs(&next);
            prefs.set(next);
        }
    };
    let update_app = app.clone();
    let consent_app = app.clone();
    let regions_app = app.clone();
    let regions = use_signal(|| Regions::NotAsked);
    let asking = use_signal(|| false);
    let list = current.as_deref().and_then(list_url);
    // Until the person has chosen an edition, the host's list is shown at once: their région
    // is offered on the screen where the data is kept fresh.
    let offer_now = p.region.is_none() && list.is_some();
    let first_app = app.clone();
    use_hook(move || {
        if offer_now {
            load_regions(&first_app, regions, asking);
        }
    });
    rsx! {
        ReadAloud { script }
        h1 { Picto { name: "update.svg", class: "picto" } " " {tr.t("data-title")} }
        p { class: "snapshot-date", {data_line(&tr, &meta)} }
        div { class: "sync-result", role: "status", "aria-live": "polite",
            if running {
                p { class: "sync-outcome running",
                    Picto { name: "update.svg", class: "picto spin" }
                    span { {tr.t("data-updating")} }
                }
            } else if let Some(o) = &outcome {
                p { class: "sync-outcome", "data-outcome": o.id(),
                    Picto { name: o.pictogram(), class: "picto" }
                    span { {sync_words(&tr, o)} }
                }
                if let Some(when) = last.as_ref().and_then(|l| local_when(&l.at)) {
                    p { class: "sync-when", {tr.ta("data-last-check", &[("when", (&when).into())])} }
                }
            } else {
                p { class: "sync-outcome", {tr.t("data-never-checked")} }
            }
        }
        // On mobile data with an update waiting, the one action is to accept its size.
        if !running && matches!(outcome, Some(Outcome::NeedsConsent { .. })) {
            button {
                class: "primary",
                id: "sync-download",
                onclick: move |_| syncing::start(&consent_app, shared, Trigger::Person, true),
                Picto { name: "mobile-data.svg", class: "picto small" }
                span { {tr.t("data-download")} }
            }
        } else {
            button {
                class: "primary",
                id: "sync-now",
                disabled: running,
                onclick: move |_| syncing::start(&update_app, shared, Trigger::Person, false),
                Picto { name: "update.svg", class: "picto small" }
                span { {tr.t("data-update-now")} }
            }
        }
        div { class: "filters",
            Toggle {
                picto: "wifi.svg",
                label: tr.t("data-auto-wifi"),
                on: p.on_wifi,
                onchange: {
                    let (p, mut save) = (p.clone(), save.clone());
                    move |v| save(SyncPrefs { on_wifi: v, ..p.clone() })
                },
            }
            Toggle {
                picto: "mobile-data.svg",
                label: tr.t("data-allow-mobile"),
                on: p.allow_mobile_data,
                onchange: {
                    let (p, mut save) = (p.clone(), save.clone());
                    move |v| save(SyncPrefs { allow_mobile_data: v, ..p.clone() })
                },
            }
        }
        // The edition: the bundled one covers Isère; the host's list offers the person's région.
        h2 { Picto { name: "location.svg", class: "picto small" } " " {tr.t("data-region-title")} }
        p { class: "data-region", {tr.ta("data-region-current", &[("region", (&meta.region).into())])} }
        if let Regions::Listed(editions) = &*regions.read() {
            ul { class: "regions",
                for (entry, near) in editions.iter().cloned() {
                    li { key: "{entry.id}",
                        button {
                            class: if near { "primary" } else { "secondary" },
                            id: "region-{entry.id}",
                            disabled: running || entry.region == meta.region,
                            onclick: {
                                let (app, p, list, mut save) = (app.clone(), p.clone(), list.clone(), save.clone());
                                let entry = entry.clone();
                                move |_| {
                                    let Some(list) = &list else { return };
                                    save(SyncPrefs {
                                        manifest_url: Some(manifest_url_of(list, &entry)),
                                        region: Some(entry.region.clone()),
                                        ..p.clone()
                                    });
                                    syncing::start(&app, shared, Trigger::Person, false);
                                }
                            },
                            span { "{entry.region}" }
                            span { class: "size", " · {size_text(&tr, entry.download_size)}" }
                            if near {
                                span { class: "region-note", " · " {tr.t("data-region-near")} }
                            }
                            if entry.region == meta.region {
                                span { class: "region-note", " · " {tr.t("data-region-in-use")} }
                            }
                        }
                    }
                }
            }
        } else if *regions.read() == Regions::Unavailable {
            p { class: "notice", role: "status", {tr.t("data-regions-unavailable")} }
        } else if list.is_some() && *regions.read() == Regions::NotAsked {
            button {
                class: "secondary",
                id: "regions-show",
                disabled: *asking.read(),
                onclick: move |_| load_regions(&regions_app, regions, asking),
                {tr.t("data-regions-show")}
            }
        }
        h2 { Picto { name: "server.svg", class: "picto small" } " " {tr.t("data-server")} }
        p { class: "sync-host", dir: "ltr", "{host}" }
        p { class: "privacy", {tr.t("data-privacy")} }
        if *editing.read() {
            div { class: "server-edit",
                label { r#for: "sync-url", {tr.t("data-server-address")} }
                input {
                    id: "sync-url",
                    r#type: "url",
                    dir: "ltr",
                    value: "{typed}",
                    oninput: move |e| typed.set(e.value()),
                }
                if *invalid.read() {
                    p { class: "notice", role: "alert", {tr.t("data-server-invalid")} }
                }
                button {
                    class: "secondary",
                    id: "sync-url-save",
                    onclick: {
                        let (p, mut save) = (p.clone(), save.clone());
                        move |_| match check_manifest_url(&typed.read()) {
                            Ok(url) => {
                                save(SyncPrefs { manifest_url: Some(url), region: None, ..p.clone() });
                                invalid.set(false);
                                editing.set(false);
                            }
                            Err(_) => invalid.set(true),
                        }
                    },
                    {tr.t("data-server-save")}
                }
                button {
                    class: "secondary",
                    id: "sync-url-default",
                    onclick: {
                        let (p, mut save) = (p.clone(), save.clone());
                        move |_| {
                            save(SyncPrefs { manifest_url: None, region: None, ..p.clone() });
                            invalid.set(false);
                            editing.set(false);
                        }
                    },
                    {tr.t("data-server-default")}
                }
            }
        } else {
            button {
                class: "secondary",
                id: "sync-url-change",
                onclick: {
                    let url = current.clone().unwrap_or_default();
                    move |_| {
                        typed.set(url.clone());
                        editing.set(true);
                    }
                },
                {tr.t("data-server-change")}
            }
        }
    }
}
