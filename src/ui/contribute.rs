//! The person's contributions, from the screen to the inbox: made into the strict format
//! (`crate::contribution`), kept in the person's database first (`userdata::contributions`),
//! then sent whenever a connection allows (`sync::contribute`), at once if it can, else by the
//! background loop that keeps the data fresh.

use super::state::AppCtx;
use super::sync::manifest_url;
use crate::contribution::{Contribution, Kind};
use crate::sync::contribute::{self, Sent};
use crate::sync::NetworkKind;
use crate::sync::SyncConfig;
use base64::Engine as _;

/// Why nothing was sent this time (no connection, no signed address).
struct NotNow(String);

impl From<crate::sync::http::NetError> for NotNow {
    fn from(e: crate::sync::http::NetError) -> NotNow {
        NotNow(format!("{e:?}"))
    }
}

/// A new contribution's id: 16 random bytes, URL-safe base64 (22 characters). Only makes
/// retries idempotent; it says nothing about the phone or the person.
fn new_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// Checks and keeps a contribution on the phone; its id, or why it cannot be made (the screen
/// only offers what the format takes, so this is a safeguard).
pub fn keep(app: &AppCtx, kind: Kind, note: Option<String>) -> Result<String, String> {
    let id = new_id().ok_or("no randomness on this device")?;
    let contribution = Contribution {
        id: id.clone(),
        kind,
        note: note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
        created: app.now_utc_rfc3339(),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    contribution.check().map_err(|e| e.to_string())?;
    app.user
        .queue_contribution(&id, &contribution.canonical_json(), &app.now_utc_rfc3339())
        .map_err(|e| e.to_string())?;
    Ok(id)
}

/// Sends every waiting contribution, oldest first; how many the inbox took. Without a
/// connection, or when the publisher takes none, they stay waiting.
pub async fn send_waiting(app: &AppCtx) -> usize {
    let waiting: Vec<(String, String)> = app
        .user
        .waiting_contributions()
        .unwrap_or_default()
        .into_iter()
        .map(|q| (q.id, q.body))
        .collect();
    if waiting.is_empty() || app.network.network() == NetworkKind::None {
        return 0;
    }
    let team = app.user.team_code().ok().flatten();
    let prefs = app.user.sync_prefs().unwrap_or_default();
    let Some(url) = manifest_url(&prefs, app.config.sync_url.as_deref()) else {
        // No host, so no inbox: they stay waiting until a helper sets one.
        return 0;
    };
    let trusted = super::sync::trusted_keys(app);
    let cfg = SyncConfig::new(&url);
    let work = async move {
        let client = cfg.client()?;
        let Some(inbox) = contribute::inbox_url(&client, &url, &trusted)
            .await
            .map_err(NotNow)?
        else {
            return Ok(Vec::new());
        };
        let mut answers = Vec::new();
        for (id, body) in waiting {
            let sent = contribute::send(&client, &inbox, &body, team.as_deref()).await;
            let stop = matches!(sent, Sent::NotNow(_));
            answers.push((id, sent));
            // Not now for one is not now for the rest: keep them for the next chance.
            if stop {
                break;
            }
        }
        Ok(answers)
    };
    #[cfg(target_arch = "wasm32")]
    let answers = work.await;
    #[cfg(not(target_arch = "wasm32"))]
    let answers = super::worker::off_screen(move || crate::sync::http::block_on(work))
        .await
        .unwrap_or_else(|| Err(NotNow("the sending stopped".into())));
    let answers = match answers {
        Ok(answers) => answers,
        Err(NotNow(why)) => {
            // They stay waiting; the contributions screen shows them so.
            eprintln!("contributions not sent now: {why}");
            return 0;
        }
    };
    let mut received = 0;
    for (id, sent) in answers {
        let _ = match sent {
            Sent::Received => {
                received += 1;
                app.user.mark_contribution_sent(&id, &app.now_utc_rfc3339())
            }
            Sent::Refused(why) => app.user.mark_contribution_refused(&id, &why),
            Sent::NotNow(why) => app.user.note_contribution_attempt(&id, &why),
        };
    }
    received
}

/// How often waiting contributions are tried while the app runs.
const RETRY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// From start, and for as long as the app runs (once per process): what the person told the
/// map goes as soon as a connection allows.
pub fn keep_sending(app: &AppCtx) {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if STARTED.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    dioxus::prelude::spawn(async move {
        loop {
            send_waiting(&app).await;
            super::worker::pause(RETRY).await;
        }
    });
}
