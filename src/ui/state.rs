//! What every screen shares: the open snapshot, the person's database, the platform edges,
//! and the reactive state (settings, position, filters, the current read-aloud script).

#[cfg(not(target_arch = "wasm32"))]
use crate::files::{self, Active, Opened};
use crate::i18n::Tr;
use crate::locate::Locator;
use crate::platform::{self, Config};
use crate::query::Constraints;
use crate::snapshot::Snapshot;
use crate::sync::network::Connectivity;
use crate::userdata::{LastSync, SavedPosition, Settings, UserDb, UserFileState};
use chrono::NaiveDateTime;
use dioxus::prelude::*;
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

/// The snapshot shipped with the app.
pub const BUNDLED_SNAPSHOT: &[u8] = include_bytes!("../../assets/toutpres-isere.sqlite");

/// The snapshot in use. Sync installs a new one while the app runs, so screens ask for it each
/// time they draw ([`AppCtx::snapshot`]) instead of keeping it.
///
/// It also remembers which install of this process it is (`super::sync::installs`), so a
/// session can tell that another one installed newer data.
#[derive(Clone)]
pub struct LiveSnapshot(Rc<RefCell<(u64, Rc<Snapshot>)>>);

impl LiveSnapshot {
    pub fn new(snapshot: Snapshot, install: u64) -> LiveSnapshot {
        LiveSnapshot(Rc::new(RefCell::new((install, Rc::new(snapshot)))))
    }

    pub fn get(&self) -> Rc<Snapshot> {
        self.0.borrow().1.clone()
    }

    /// Which install of this process the snapshot in use comes from.
    pub fn install(&self) -> u64 {
        self.0.borrow().0
    }

    pub fn replace(&self, snapshot: Snapshot, install: u64) {
        *self.0.borrow_mut() = (install, Rc::new(snapshot));
    }
}

/// Services of one window (desktop, phone) or one browser session (liveview).
#[derive(Clone)]
pub struct AppCtx {
    pub live_snapshot: LiveSnapshot,
    pub user: Rc<UserDb>,
    pub locator: Arc<dyn Locator>,
    pub speaker: Rc<dyn crate::voice::Speaker>,
    pub network: Rc<dyn Connectivity>,
    /// The data folder (snapshots, the person's database, sync state); empty in the browser,
    /// which keeps them in its own storage.
    pub data_dir: PathBuf,
    /// Set when the snapshot had to be restored at start.
    pub restored: bool,
    /// What a deployment, demo or test set from outside.
    pub config: Rc<Config>,
}

impl AppCtx {
    /// The snapshot in use now.
    pub fn snapshot(&self) -> Rc<Snapshot> {
        self.live_snapshot.get()
    }

    /// Local Paris time; `Config::now` fixes it for tests and demos.
    pub fn now(&self) -> NaiveDateTime {
        if let Some(t) = self.config.now {
            return t;
        }
        chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Paris)
            .naive_local()
    }

    /// UTC now; with a fixed clock, that Paris time in UTC (so ages are stable in tests).
    pub fn now_utc(&self) -> chrono::DateTime<chrono::Utc> {
        use chrono::TimeZone;
        match self.config.now {
            Some(t) => chrono_tz::Europe::Paris
                .from_local_datetime(&t)
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
                .unwrap_or_else(chrono::Utc::now),
            None => chrono::Utc::now(),
        }
    }

    pub fn now_utc_rfc3339(&self) -> String {
        self.now_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// Open the data (restoring the bundled snapshot if needed) and the platform edges.
pub fn boot() -> Result<AppCtx, String> {
    let config = platform::outside_config();
    let (snapshot, restored, install, user, dir) = open_data(&config)?;
    Ok(AppCtx {
        live_snapshot: LiveSnapshot::new(snapshot, install),
        user: Rc::new(user),
        locator: Arc::from(platform::locator(&config)),
        speaker: platform::speaker(),
        network: Rc::from(platform::connectivity(&config)),
        data_dir: dir,
        restored,
        config: Rc::new(config),
    })
}

/// The snapshot in use, whether it had to be restored, its install number, the person's
/// database and the data folder.
type OpenedData = (Snapshot, bool, u64, UserDb, PathBuf);

#[cfg(not(target_arch = "wasm32"))]
fn open_data(config: &Config) -> Result<OpenedData, String> {
    let dir = platform::data_dir(config);
    // The newest synced snapshot if it is sound, else the bundled one. Not while a sync of
    // this process (another liveview session) is writing in the folder.
    let (snapshot, active, install) = {
        let _folder = super::data_folder::hold();
        let (snapshot, active) =
            files::open_active(&dir, BUNDLED_SNAPSHOT).map_err(|e| e.to_string())?;
        (snapshot, active, super::data_folder::installs())
    };
    // A damaged or unwritable database never stops the app: it is kept aside or replaced by
    // one in memory, and the database remembers what to tell the person (`Shared::user_notice`).
    let (user, _) = crate::userdata::open_in(&dir).map_err(|e| e.to_string())?;
    let restored = matches!(active, Active::Bundled(Opened::Restored { .. }));
    Ok((snapshot, restored, install, user, dir))
}

/// The browser has no folders: the snapshot opens from memory (the newest that sync stored
/// in the browser, unless this version of the app bundles newer data), and the person's
/// database was read from the browser's storage before the interface started
/// (`platform::web::load`). The data folder stays empty.
#[cfg(target_arch = "wasm32")]
fn open_data(_config: &Config) -> Result<OpenedData, String> {
    use crate::sync::memory::InUse;
    let bundled = Snapshot::from_bytes(BUNDLED_SNAPSHOT, "bundled").map_err(|e| e.to_string())?;
    let synced = platform::web::take_synced_snapshot().and_then(|bytes| {
        let snapshot = Snapshot::from_bytes(&bytes, "synced").ok()?;
        (snapshot.meta().data_version > bundled.meta().data_version).then_some((snapshot, bytes))
    });
    let snapshot = match synced {
        Some((snapshot, bytes)) => {
            platform::web::set_in_use(InUse::new(bytes.into(), &snapshot));
            snapshot
        }
        None => {
            platform::web::set_in_use(InUse::new(BUNDLED_SNAPSHOT.into(), &bundled));
            bundled
        }
    };
    let (user, _) = platform::web::take_user()?;
    Ok((snapshot, false, 0, user, PathBuf::new()))
}

/// Reactive state shared by the screens.
#[derive(Clone, Copy)]
pub struct Shared {
    pub settings: Signal<Settings>,
    pub position: Signal<Option<SavedPosition>>,
    pub filters: Signal<Constraints>,
    /// Where to go after the person says where they are.
    pub after_where: Signal<Option<super::Route>>,
    /// Counts snapshots this session took from sync while it runs; every screen reads it
    /// (through [`use_app`]) so that all of them redraw on the new data.
    pub data_generation: Signal<u64>,
    /// A sync is running.
    pub syncing: Signal<bool>,
    /// The last sync's result, kept in the person's database.
    pub last_sync: Signal<Option<LastSync>>,
    /// What the person must be told about their own database (kept aside, cannot save), until
    /// they close the notice.
    pub user_notice: Signal<Option<UserFileState>>,
}

pub fn provide_signals(app: &AppCtx) {
    let settings = app.user.settings().unwrap_or_default();
    let position = app.user.position().ok().flatten();
    let last_sync = app.user.last_sync().ok().flatten();
    let user_notice = app.user.file_notice();
    use_context_provider(|| Shared {
        settings: Signal::new(settings),
        position: Signal::new(position),
        filters: Signal::new(Constraints::default()),
        after_where: Signal::new(None),
        data_generation: Signal::new(0),
        syncing: Signal::new(false),
        last_sync: Signal::new(last_sync),
        user_notice: Signal::new(user_notice),
    });
}

/// The app's services; the calling screen redraws when sync installs new data.
pub fn use_app() -> AppCtx {
    let _ = use_shared().data_generation.read();
    use_context::<AppCtx>()
}

pub fn use_shared() -> Shared {
    use_context::<Shared>()
}

/// The translator for the current language.
pub fn use_tr() -> Tr {
    let shared = use_shared();
    let lang = shared.settings.read().lang;
    Tr::new(lang)
}

/// When the process started (set by the entry point), for the launch-to-first-results figure.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// With `Config::timing` set, print once how long the first result list took from launch.
pub fn report_first_results(app: &AppCtx) {
    static DONE: std::sync::Once = std::sync::Once::new();
    if app.config.timing {
        DONE.call_once(|| {
            if let Some(t) = STARTED.get() {
                eprintln!("first-results-ms {:.1}", t.elapsed().as_secs_f64() * 1e3);
            }
        });
    }
}

/// `Config::start_path` (a path such as `/need/wifi`) opens the app on that screen.
pub fn start_path(app: &AppCtx) -> Option<String> {
    let path = app.config.start_path.clone()?;
    path.parse::<super::Route>().is_ok().then_some(path)
}
