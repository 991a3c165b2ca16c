//! The browser: the edges of the installable offline web app (`--features web`, built for
//! `wasm32-unknown-unknown` by `platforms/web/build.sh`). What Rust cannot reach by name is in
//! `platforms/web/glue.js`, as the phones' own code is in `platforms/android` and `platforms/ios`.
//!
//! The browser has no threads, no files and no blocking waits: the person's database lives in
//! memory and is written back whole to IndexedDB after each change ([`keep_saving`]); a
//! position is read from a running `watchPosition` and waited for with timers; the clock is
//! chrono's, which asks the browser's `Date`.

mod app_files;

pub use app_files::{app_file, MAP_FILE};

use crate::locate::{Fix, LocateError, Locator};
use crate::sync::memory::{self, InUse, Remembered, Synced};
use crate::sync::network::Connectivity;
use crate::sync::{MapOutcome, NetworkKind, Outcome, SyncConfig, SyncPolicy, Trigger};
use crate::userdata::{open_bytes, UserDb, UserFileState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/platforms/web/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = storeGet, catch)]
    async fn store_get(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = storePut, catch)]
    async fn store_put(name: &str, bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = askPersistence)]
    async fn ask_persistence() -> JsValue;
    #[wasm_bindgen(js_name = positionWatch)]
    fn position_watch();
    #[wasm_bindgen(js_name = positionLatest)]
    fn position_latest() -> JsValue;
    #[wasm_bindgen(js_name = networkKind)]
    fn network_kind() -> String;
    #[wasm_bindgen(js_name = outsideSetting)]
    fn outside_setting(name: &str) -> Option<String>;
    #[wasm_bindgen(js_name = pause)]
    async fn pause_ms(ms: u32) -> JsValue;
}

/// The name of the person's database in the browser's storage.
const USER_KEY: &str = "user.sqlite";
/// The newest snapshot sync brought, and the manifest and ETag it was checked against.
const SNAPSHOT_KEY: &str = "snapshot.sqlite";
const MANIFEST_KEY: &str = "sync.manifest";
const ETAG_KEY: &str = "sync.etag";
/// The snapshot (SHA-256) whose delta did not build here: the next sync takes the full file.
const NO_DELTA_KEY: &str = "sync.no-delta";
/// The offline street map layer sync brought (checked before it was stored), and its SHA-256,
/// stored after it: sync compares it with the manifest's without hashing the layer at start.
const MAP_LAYER_KEY: &str = "map-layer.tpmp";
const MAP_SHA_KEY: &str = "sync.map-sha256";
/// Keys learned while the publisher rotated its key, one per line (`sync::trust`).
const LEARNED_KEYS_KEY: &str = "sync.learned-keys";

thread_local! {
    /// What [`load`] read of sync's files, until the interface takes it.
    static SYNCED: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
    /// The map layer stored by the last sync that brought one (read by [`load`]).
    static MAP_LAYER: RefCell<Option<Rc<Vec<u8>>>> = const { RefCell::new(None) };
    static REMEMBERED: RefCell<Remembered> = RefCell::new(Remembered::default());
    /// The snapshot in use, as sync describes it (set at start and after each update).
    static IN_USE: RefCell<Option<Rc<InUse>>> = const { RefCell::new(None) };
}

/// Reads stored bytes; a failed read counts as nothing stored (sync then starts afresh).
async fn read_stored(name: &str) -> Option<Vec<u8>> {
    match store_get(name).await {
        Ok(v) if !v.is_null() && !v.is_undefined() => Some(js_sys::Uint8Array::new(&v).to_vec()),
        _ => None,
    }
}

/// Reads what sync stored: the newest snapshot, the map layer and the last checked manifest.
async fn load_synced() {
    let ((snapshot, manifest, etag, no_delta), (map_layer, map_sha, keys)) =
        futures_util::future::join(
            futures_util::future::join4(
                read_stored(SNAPSHOT_KEY),
                read_stored(MANIFEST_KEY),
                read_stored(ETAG_KEY),
                read_stored(NO_DELTA_KEY),
            ),
            futures_util::future::join3(
                read_stored(MAP_LAYER_KEY),
                read_stored(MAP_SHA_KEY),
                read_stored(LEARNED_KEYS_KEY),
            ),
        )
        .await;
    let text = |b: Option<Vec<u8>>| b.and_then(|b| String::from_utf8(b).ok());
    // The hash is stored after the layer: without a layer, it names nothing.
    let map_sha256 = map_layer
        .as_ref()
        .and(text(map_sha))
        .filter(|sha| !sha.is_empty());
    let remembered = Remembered {
        manifest,
        etag: text(etag),
        refused_delta_for: text(no_delta).filter(|sha| !sha.is_empty()),
        map_sha256,
        learned_keys: text(keys)
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default(),
    };
    SYNCED.with(|s| *s.borrow_mut() = snapshot);
    MAP_LAYER.with(|m| *m.borrow_mut() = map_layer.map(Rc::new));
    REMEMBERED.with(|r| *r.borrow_mut() = remembered);
}

/// The offline street map layer stored by the last sync that brought one, if it decodes;
/// `None` otherwise, and the map draws from the layer the app carries. Decoded here, when the
/// map asks, rather than at start (sync checked it before storing it; this guards against
/// damaged storage).
pub fn synced_map_layer() -> Option<Vec<u8>> {
    let bytes = MAP_LAYER.with(|m| m.borrow().clone())?;
    crate::map::layer::MapLayer::decode(&bytes).ok()?;
    Some(bytes.as_ref().clone())
}

/// Keys this browser learned while the publisher rotated its key (`sync::trust`).
pub fn learned_keys() -> Vec<String> {
    REMEMBERED.with(|r| r.borrow().learned_keys.clone())
}

/// The snapshot sync stored in an earlier visit, if any (the caller checks it opens and is
/// newer than the bundled one, which a new version of the app may carry).
pub fn take_synced_snapshot() -> Option<Vec<u8>> {
    SYNCED.with(|s| s.borrow_mut().take())
}

/// Which snapshot the app runs on, for the next sync.
pub fn set_in_use(in_use: InUse) {
    IN_USE.with(|i| *i.borrow_mut() = Some(Rc::new(in_use)));
}

/// One sync from the browser: the core's in-memory sync, then its results stored. A new
/// snapshot is stored before it is returned, so the app never runs on data it could not keep;
/// if the storage refuses it (full), the outcome says so and the old data stays in use.
pub async fn sync(
    cfg: &SyncConfig,
    policy: SyncPolicy,
    network: NetworkKind,
    trigger: Trigger,
    today: chrono::NaiveDate,
) -> Synced {
    let Some(in_use) = IN_USE.with(|i| i.borrow().clone()) else {
        return Outcome::NoConnection { data_from: None }.into();
    };
    let mut remembered = REMEMBERED.with(|r| r.borrow().clone());
    let before = remembered.clone();
    let synced = memory::sync(
        &in_use,
        &mut remembered,
        cfg,
        policy,
        network,
        trigger,
        today,
    )
    .await;
    if remembered != before {
        if let Some(m) = &remembered.manifest {
            let _ = store_put(MANIFEST_KEY, m).await;
            let etag = remembered.etag.clone().unwrap_or_default();
            let _ = store_put(ETAG_KEY, etag.as_bytes()).await;
        }
        if remembered.learned_keys != before.learned_keys {
            let keys = remembered.learned_keys.join("\n");
            let _ = store_put(LEARNED_KEYS_KEY, keys.as_bytes()).await;
        }
        if remembered.refused_delta_for != before.refused_delta_for {
            let sha = remembered.refused_delta_for.clone().unwrap_or_default();
            let _ = store_put(NO_DELTA_KEY, sha.as_bytes()).await;
        }
        REMEMBERED.with(|r| *r.borrow_mut() = remembered);
    }
    let mut synced = synced;
    if let Some(layer) = synced.map_layer.take() {
        if let Err(problem) = store_map_layer(layer).await {
            synced.map = MapOutcome::Failed(problem);
        }
    }
    let Some(bytes) = &synced.snapshot else {
        return synced;
    };
    if let Err(e) = store_put(SNAPSHOT_KEY, bytes).await {
        return Synced {
            map: synced.map,
            ..Outcome::CannotWrite {
                detail: store_problem(&e),
                data_from: Some(in_use.build_date),
            }
            .into()
        };
    }
    if let Ok(snapshot) = crate::snapshot::Snapshot::from_bytes(bytes, "synced") {
        set_in_use(InUse::new(bytes.clone().into(), &snapshot));
    }
    synced
}

/// Stores a checked map layer, then its hash, and puts it in use. If the storage refuses it
/// (one transaction: all or nothing), the layer in use stays and the snapshot's outcome is
/// not changed.
async fn store_map_layer(layer: Vec<u8>) -> Result<(), String> {
    let sha = crate::sync::manifest::sha256_hex(&layer);
    // The old hash goes first, so that a stored hash never names another layer.
    store_put(MAP_SHA_KEY, b"")
        .await
        .map_err(|e| store_problem(&e))?;
    store_put(MAP_LAYER_KEY, &layer)
        .await
        .map_err(|e| store_problem(&e))?;
    // A failure here only makes the next sync download the layer again.
    let stored_sha = store_put(MAP_SHA_KEY, sha.as_bytes()).await.is_ok();
    REMEMBERED.with(|r| r.borrow_mut().map_sha256 = stored_sha.then_some(sha));
    MAP_LAYER.with(|m| *m.borrow_mut() = Some(Rc::new(layer)));
    Ok(())
}

thread_local! {
    /// The person's database, opened by [`load`] before the interface starts.
    static OPENED: RefCell<Option<(UserDb, UserFileState)>> = const { RefCell::new(None) };
}

/// Reads the person's database from the browser's storage (before the interface starts: the
/// storage only answers asynchronously). Unusable bytes are first kept under another name,
/// never overwritten; if even that fails, the app runs on a database that it does not save.
pub async fn load() {
    // All at once: each waits on the browser, not on the others.
    let (_, _, user) =
        futures_util::future::join3(ask_persistence(), load_synced(), store_get(USER_KEY)).await;
    let stored = match user {
        Ok(v) if !v.is_null() && !v.is_undefined() => Some(js_sys::Uint8Array::new(&v).to_vec()),
        Ok(_) => None,
        Err(e) => {
            let problem = format!("the browser's storage cannot be read ({e:?})");
            set_opened(in_memory_only(problem));
            return;
        }
    };
    let kept_as = format!("{USER_KEY}.kept-{}", chrono::Utc::now().timestamp());
    let opened = match open_bytes(stored.as_deref(), &kept_as) {
        Ok((db, state)) => {
            let must_keep = matches!(
                state,
                UserFileState::Damaged { .. } | UserFileState::Newer { .. }
            );
            match (must_keep, stored) {
                (true, Some(bytes)) => match store_put(&kept_as, &bytes).await {
                    Ok(_) => Some((db, state)),
                    Err(e) => in_memory_only(format!("{e:?}")),
                },
                _ => Some((db, state)),
            }
        }
        Err(e) => in_memory_only(e.to_string()),
    };
    let lang = opened
        .as_ref()
        .and_then(|(db, _)| db.settings().ok())
        .map(|s| s.lang);
    set_opened(opened);
    // The person's language before the first screen (French stands in if it cannot come).
    if let Some(lang) = lang {
        ensure_language(lang).await;
    }
}

/// Makes `lang`'s text available, fetching its file from the app's site when the module does
/// not carry it (`i18n`: French and English are in it); `false` when it cannot be had now
/// (offline before the service worker stored it).
pub async fn ensure_language(lang: crate::i18n::Lang) -> bool {
    if lang.is_available() {
        return true;
    }
    let Some(bytes) = app_file(&format!("/i18n/{}.ftl", lang.code())).await else {
        return false;
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            crate::i18n::provide(lang, text);
            true
        }
        Err(_) => false,
    }
}

fn set_opened(opened: Option<(UserDb, UserFileState)>) {
    OPENED.with(|o| *o.borrow_mut() = opened);
}

/// A database in memory that is never stored: what the browser holds stays as it is.
fn in_memory_only(problem: String) -> Option<(UserDb, UserFileState)> {
    SAVING.with(|s| s.set(false));
    let db = UserDb::open_in_memory().ok()?;
    Some((db, UserFileState::CannotSave { problem }))
}

thread_local! {
    /// Whether the database may be written back (not when stored bytes could not be kept).
    static SAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// The person's database read by [`load`].
pub fn take_user() -> Result<(UserDb, UserFileState), String> {
    OPENED
        .with(|o| o.borrow_mut().take())
        .ok_or_else(|| "the person's data could not be opened".to_string())
}

/// How often changes are written back: a tap is stored well before the person can close the
/// page, and writing a few kilobytes this often costs nothing.
const SAVE_EVERY_MS: u32 = 400;

/// Writes the person's database back to the browser's storage after every change, for as
/// long as the page runs. `told` hears `Some(problem)` when a write fails (storage full) and
/// `None` when writing works again; the last stored copy and the data in memory are kept
/// either way, so nothing is lost.
pub fn keep_saving(user: Rc<UserDb>, mut told: impl FnMut(Option<String>) + 'static) {
    if !SAVING.with(|s| s.get()) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut saved = user.changes_since_open();
        let mut failing = false;
        loop {
            let _ = pause_ms(SAVE_EVERY_MS).await;
            let changes = user.changes_since_open();
            if changes == saved {
                continue;
            }
            let Ok(bytes) = user.to_bytes() else { continue };
            match store_put(USER_KEY, &bytes).await {
                Ok(_) => {
                    saved = changes;
                    if failing {
                        failing = false;
                        told(None);
                    }
                }
                Err(e) => {
                    if !failing {
                        failing = true;
                        told(Some(store_problem(&e)));
                    }
                }
            }
        }
    });
}

fn store_problem(e: &JsValue) -> String {
    match e.as_string().as_deref() {
        Some("QuotaExceededError") => "the browser's storage is full".to_string(),
        Some(other) => format!("the browser's storage refused ({other})"),
        None => "the browser's storage refused".to_string(),
    }
}

/// Waits without blocking the page (the browser has one thread).
pub async fn pause(d: std::time::Duration) {
    let _ = pause_ms(d.as_millis().min(u32::MAX as u128) as u32).await;
}

/// The signed data of the site this app was installed from: `data/isere/manifest` at the
/// page's origin, where `toutpres-cli site` publishes (`sync::host::site_manifest_url`).
pub fn own_site_manifest() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(crate::sync::site_manifest_url(&origin))
}

/// What a test or demo set in the page's `localStorage` under the desktop's variable names
/// (`TOUTPRES_NOW`, `TOUTPRES_NETWORK`…).
pub fn outside(name: &str) -> Option<String> {
    outside_setting(name)
}

/// The browser's Geolocation API. The first request starts a watch; answers come back as the
/// browser finds them and are told apart as on the phones: not allowed, not found, not yet.
pub struct BrowserLocator;

impl Locator for BrowserLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        position_watch();
        let latest = position_latest();
        if latest.is_null() || latest.is_undefined() {
            return Err(LocateError::Timeout);
        }
        let number = |key: &str| {
            js_sys::Reflect::get(&latest, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_f64())
        };
        if let Some(code) = number("error") {
            // GeolocationPositionError: 1 permission denied, 2 unavailable, 3 timeout.
            return Err(match code as u32 {
                1 => LocateError::Denied,
                3 => LocateError::Timeout,
                _ => LocateError::Unavailable,
            });
        }
        match (number("lat"), number("lon")) {
            (Some(lat), Some(lon)) => Ok(Fix {
                lat,
                lon,
                accuracy_m: number("accuracy"),
            }),
            _ => Err(LocateError::Unavailable),
        }
    }
}

/// The browser's view of the network (`navigator.connection` where it exists). Only a
/// connection the browser calls wifi or ethernet counts as wifi: the rest, and not knowing,
/// count as mobile data, so nothing large is downloaded without the person's consent.
pub struct BrowserConnectivity;

impl Connectivity for BrowserConnectivity {
    fn network(&self) -> NetworkKind {
        NetworkKind::from_name(&network_kind()).unwrap_or(NetworkKind::Mobile)
    }
}
