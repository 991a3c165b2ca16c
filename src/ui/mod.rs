//! The interface shell: Dioxus components around the core. Nothing here computes an answer;
//! it shows what `query`, `present` and `locate` compute, and calls the platform edges
//! (speech, position, files) through small traits.
//!
//! Layout follows Dioxus's workspace template: `ui/` holds the app root, the one [`Route`]
//! enum, shared state and components; `views/` holds one file per screen.

pub mod components;
pub mod contribute;
pub mod data_folder;
pub mod notifications;
pub mod pictogram;
pub mod reminder_widgets;
pub mod speech;
pub mod state;
pub mod street_map;
pub mod sync;
pub mod worker;

use crate::views::{
    About, AddPlace, Contributions, Favourites, Give, Home, MapData, MapPlace, MapScreen,
    PlaceSheet, ReminderNew, ReminderNewKind, ReminderSheet, Reminders, RemindersLock,
    RemindersPrivacy, ReportPlace, Results, Search, Settings, Shell, Where, WhereCommune,
    WhereOnMap,
};
use dioxus::prelude::*;

/// Every screen of the app.
#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/where")]
        Where {},
        #[route("/where/:commune")]
        WhereCommune { commune: String },
        #[route("/where-on-map")]
        WhereOnMap {},
        #[route("/need/:need")]
        Results { need: String },
        #[route("/search/:text")]
        Search { text: String },
        #[route("/place/:id")]
        PlaceSheet { id: String },
        #[route("/place/:id/report")]
        ReportPlace { id: String },
        #[route("/add/:need")]
        AddPlace { need: String },
        #[route("/contributions")]
        Contributions {},
        #[route("/map/:need")]
        MapScreen { need: String },
        #[route("/map/:need/:at")]
        MapPlace { need: String, at: String },
        #[route("/saved")]
        Favourites {},
        #[route("/settings")]
        Settings {},
        #[route("/about")]
        About {},
        #[route("/data")]
        MapData {},
        #[route("/give")]
        Give {},
        #[route("/reminders")]
        Reminders {},
        #[route("/reminders/new")]
        ReminderNew {},
        #[route("/reminders/new/:kind")]
        ReminderNewKind { kind: String },
        #[route("/reminders/privacy")]
        RemindersPrivacy {},
        #[route("/reminders/lock")]
        RemindersLock {},
        #[route("/reminders/:rid")]
        ReminderSheet { rid: i64 },
}

/// The style sheet, compiled in (works in every renderer without an asset pipeline).
pub const CSS: &str = include_str!("../../assets/app.css");

/// The app root: services for this window or browser session, then the router.
#[component]
pub fn App() -> Element {
    let booted = use_hook(state::boot);
    match booted {
        Ok(app) => {
            use_context_provider(|| app.clone());
            // Whether reminders can ring with the app closed; the screens adapt their words.
            use_context_provider(notifications::Ringing::of_this_build);
            state::provide_signals(&app);
            // Reminders: hand the coming alerts to the platform once per start.
            use_hook(|| {
                let lang = app.user.settings().unwrap_or_default().lang;
                notifications::at_start(&app, lang);
            });
            let shared = state::use_shared();
            // Fresh data whenever the person's choices and the network allow it, in every
            // session as soon as any of them installs it.
            if cfg!(not(target_arch = "wasm32")) {
                use_hook(|| sync::follow(&app, shared));
            }
            use_hook(|| sync::keep_fresh(&app, shared));
            // The person's reports and new places, sent whenever a connection allows.
            use_hook(|| contribute::keep_sending(&app));
            // The browser keeps the person's database in memory: write it back after changes.
            #[cfg(all(feature = "web", target_arch = "wasm32"))]
            use_hook(|| {
                let mut notice = shared.user_notice;
                crate::platform::web::keep_saving(app.user.clone(), move |problem| {
                    notice.set(
                        problem
                            .map(|problem| crate::userdata::UserFileState::CannotSave { problem }),
                    );
                });
            });
            use_hook(|| {
                // Open on a chosen screen (desktop demos and the launch-time measurement).
                if let Some(path) = state::start_path(&app) {
                    let history: std::rc::Rc<dyn dioxus::history::History> =
                        std::rc::Rc::new(dioxus::history::MemoryHistory::with_initial_path(path));
                    dioxus::history::provide_history_context(history);
                }
            });
            rsx! {
                style { {CSS} }
                Router::<Route> {}
            }
        }
        Err(message) => rsx! {
            style { {CSS} }
            main { class: "fatal", role: "alert",
                p { "{message}" }
            }
        },
    }
}
