//! What is stored, a copy of it, deleting everything in one step (two taps), and the
//! optional lock (a code of digits or pictures, typed on big keys).

use crate::reminders::lock::CodeKind;
use crate::ui::components::ReadAloud;
use crate::ui::notifications::reschedule as reschedule_notifications;
use crate::ui::pictogram::Picto;
use crate::ui::reminder_widgets::{code_of, data_uri, use_unlocked, Keypad, LockGate};
use crate::ui::state::{use_app, use_shared, use_tr};
use crate::ui::Route;
use dioxus::prelude::*;

/// Everything stored on this device, a copy to keep, delete everything.
#[component]
pub fn RemindersPrivacy() -> Element {
    let app = use_app();
    let mut shared = use_shared();
    let tr = use_tr();
    let mut confirm = use_signal(|| false);
    let mut deleted = use_signal(|| false);
    let mut version = use_signal(|| 0u32);
    let _ = version();
    let stored = app.user.everything_stored().ok();
    let lines = stored.as_ref().map(|s| s.lines()).unwrap_or_default();
    let json = stored.map(|s| s.to_json()).unwrap_or_default();
    let json_href = data_uri("application/json", &json);
    let delete_app = app.clone();
    let delete_all = move |_| {
        if delete_app.user.delete_everything().is_ok() {
            // The position is gone; the screen keeps its language and text size for this
            // session, but nothing of them is stored any more.
            shared.position.set(None);
            reschedule_notifications(&delete_app, shared.settings.peek().lang);
            deleted.set(true);
        }
        confirm.set(false);
        version += 1;
    };
    rsx! {
        LockGate {
            ReadAloud { script: tr.t("say-privacy") }
            h1 { Picto { name: "info.svg", class: "picto" } " " {tr.t("privacy-stored")} }
            p { {tr.t("about-privacy")} }
            if deleted() {
                p { class: "notice", role: "status", id: "deleted-notice",
                    Picto { name: "done.svg", class: "picto small" }
                    " "
                    {tr.t("privacy-deleted")}
                }
            }
            ul { class: "stored", dir: "ltr",
                for (i, line) in lines.iter().enumerate() {
                    li { key: "{i}", "{line}" }
                }
            }
            div { class: "actions privacy-actions",
                a {
                    class: "action export",
                    id: "export-data",
                    href: "{json_href}",
                    download: "tout-pres-donnees.json",
                    Picto { name: "printer.svg", class: "picto" }
                    span { {tr.t("privacy-export")} }
                }
                Link { class: "action lock", id: "lock-link", to: Route::RemindersLock {},
                    Picto { name: "lock.svg", class: "picto" }
                    span { {tr.t("lock-title")} }
                }
            }
            div { class: "delete-zone",
                if confirm() {
                    p { class: "notice", role: "alert", {tr.t("privacy-delete-confirm")} }
                    div { class: "confirm-row",
                        button { class: "danger", id: "delete-all-confirm", onclick: delete_all,
                            Picto { name: "missed.svg", class: "picto small" }
                            span { {tr.t("privacy-delete-all")} }
                        }
                        button { class: "secondary", id: "delete-all-cancel", onclick: move |_| confirm.set(false),
                            Picto { name: "back.svg", class: "picto small flip-rtl" }
                            span { {tr.t("back")} }
                        }
                    }
                } else {
                    button { class: "secondary delete", id: "delete-all", onclick: move |_| confirm.set(true),
                        Picto { name: "missed.svg", class: "picto small" }
                        span { {tr.t("privacy-delete-all")} }
                    }
                }
            }
        }
    }
}

/// Set the lock (choose the keypad, type the code twice) or remove it.
#[component]
pub fn RemindersLock() -> Element {
    let app = use_app();
    let tr = use_tr();
    let unlocked = use_unlocked();
    let mut kind = use_signal(|| CodeKind::Pictures);
    // The first entry, waiting for the same code again.
    let mut first = use_signal(|| None::<Vec<u8>>);
    let mut wrong = use_signal(|| false);
    let mut version = use_signal(|| 0u32);
    let _ = version();
    let current = app.user.lock_kind().ok().flatten();
    let set_app = app.clone();
    let entered = move |keys: Vec<u8>| {
        let Some(before) = first() else {
            first.set(Some(keys));
            wrong.set(false);
            return;
        };
        first.set(None);
        if before != keys {
            wrong.set(true);
            return;
        }
        if let Some(code) = code_of(kind(), &keys) {
            if set_app
                .user
                .set_lock(&code, &set_app.now_utc_rfc3339())
                .is_ok()
            {
                unlocked.set(true);
                wrong.set(false);
                version += 1;
            }
        }
    };
    let remove_app = app.clone();
    let remove = move |_| {
        let _ = remove_app.user.remove_lock();
        version += 1;
    };
    let step = if first().is_some() {
        tr.t("lock-enter")
    } else {
        tr.t("lock-choose")
    };
    rsx! {
        LockGate {
            ReadAloud { script: tr.t("say-lock") }
            h1 { Picto { name: "lock.svg", class: "picto" } " " {tr.t("lock-title")} }
            if current.is_some() {
                p { class: "state state-done", id: "lock-on",
                    Picto { name: "lock.svg", class: "picto small" }
                    span { {tr.t("lock-on")} }
                }
                button { class: "secondary", id: "remove-lock", onclick: remove,
                    Picto { name: "missed.svg", class: "picto small" }
                    span { {tr.t("lock-remove")} }
                }
                Link { class: "primary", to: Route::Reminders {},
                    Picto { name: "bell.svg", class: "picto small" }
                    span { {tr.t("reminders-title")} }
                }
            } else {
                div { class: "filters", role: "group",
                    for (k, icon, word) in [
                        (CodeKind::Pictures, "star.svg", "lock-pictures"),
                        (CodeKind::Digits, "call.svg", "lock-digits"),
                    ] {
                        button {
                            key: "{k.id()}",
                            class: "toggle keypad-kind",
                            "data-kind": "{k.id()}",
                            "aria-pressed": if kind() == k { "true" } else { "false" },
                            onclick: move |_| {
                                kind.set(k);
                                first.set(None);
                            },
                            Picto { name: icon, class: "picto small" }
                            span { {tr.t(word)} }
                        }
                    }
                }
                h2 { id: "lock-step", "{step}" }
                if wrong() {
                    p { class: "notice", role: "alert",
                        Picto { name: "missed.svg", class: "picto small" }
                        " "
                        {tr.t("lock-wrong")}
                    }
                }
                {
                    // A new keypad (empty) for each keypad kind and each of the two entries.
                    let pad = format!("{}-{}", kind().id(), first().is_some());
                    rsx! {
                        Keypad {
                            key: "{pad}",
                            kind: kind(),
                            ok_label: tr.t("lock-ok"),
                            onsubmit: entered,
                        }
                    }
                }
            }
        }
    }
}
