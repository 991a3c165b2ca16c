// The browser's own services, for the web build of Tout près (src/platform/web/). Kept small:
// every decision is made in Rust; this file only reaches what Rust cannot name directly.

// --- Storage: IndexedDB holds whole files as bytes (the person's database, synced snapshots).
const DB_NAME = "toutpres";
const STORE = "files";

// One connection for the page's life (opening one per read costs a start-up several times).
let opened = null;
function openDb() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => { opened = null; reject(String(request.error && request.error.name)); };
  });
  return opened;
}

// The stored bytes, or null.
export async function storeGet(name) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE, "readonly").objectStore(STORE).get(name);
    request.onsuccess = () => resolve(request.result ?? null);
    request.onerror = () => reject(String(request.error && request.error.name));
  });
}

// Stores bytes under a name, all or nothing (one transaction). Rejects with the error's name:
// "QuotaExceededError" when the browser's storage is full; the old value then stays.
export async function storePut(name, bytes) {
  // The view points into the module's memory, which may move: copy before waiting.
  const copy = bytes.slice();
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(copy, name);
    tx.oncomplete = () => resolve();
    const fail = () => reject(String((tx.error && tx.error.name) || "AbortError"));
    tx.onerror = fail;
    tx.onabort = fail;
  });
}

// Asks the browser not to evict the app's storage under pressure. True when granted.
export async function askPersistence() {
  try {
    return !!(navigator.storage && navigator.storage.persist && (await navigator.storage.persist()));
  } catch (_) {
    return false;
  }
}

// --- Position: one watch, started on the first request; Rust reads the latest answer.
let position = null; // { lat, lon, accuracy } or { error: 1 denied | 2 unavailable | 3 timeout }
let watching = false;

export function positionWatch() {
  if (watching) return;
  watching = true;
  if (!("geolocation" in navigator)) {
    position = { error: 2 };
    return;
  }
  navigator.geolocation.watchPosition(
    (p) => {
      position = { lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy };
    },
    (e) => {
      // Keep a fix already found when a later update times out.
      if (!(e.code === 3 && position && position.lat !== undefined)) position = { error: e.code };
    },
    { enableHighAccuracy: true, maximumAge: 60000, timeout: 20000 },
  );
}

export function positionLatest() {
  return position;
}

// --- Network: "wifi" only when the browser says so; unknown counts as mobile data.
export function networkKind() {
  if (!navigator.onLine) return "none";
  const c = navigator.connection;
  if (c && (c.type === "wifi" || c.type === "ethernet")) return "wifi";
  return "mobile";
}

// --- Settings a test or demo sets from outside (the desktop reads environment variables).
export function outsideSetting(name) {
  try {
    return localStorage.getItem(name);
  } catch (_) {
    return null;
  }
}

// --- Waiting without a thread.
export function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Milliseconds since the page started loading (the launch-to-first-results figure).
export function sinceLoadMs() {
  return performance.now();
}

// --- Files of the app's own site that the first visit does not need (the street map layer):
// fetched when first used, then kept by the service worker for use with no network.
export async function appFile(path) {
  try {
    const response = await fetch(path);
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    return null;
  }
}
