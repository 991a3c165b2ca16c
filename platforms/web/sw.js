// The service worker of the Tout près web app: everything the app needs is stored at install,
// so that after one visit it opens and works with no network at all.
//
// BUILD, FILES and LATER are filled in by build.sh: one cache per build, named after a hash of
// every file, so a new build is a new cache and an old one is removed only once the new version
// runs. FILES are stored at install; LATER (the street map, 300 KB, and the words of ten
// languages other than French and English, 10 KB each) are stored once the app
// runs (the page asks, "store-later") or when first fetched, so the first visit stays small.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const LATER = __LATER__;
const CACHE = "toutpres-" + BUILD;

self.addEventListener("install", (event) => {
  // All or nothing: a build only half stored would break offline.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
  // No skipWaiting here: a new version waits until the person says so (index.html).
});

self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
  if (event.data === "store-later") event.waitUntil(storeLater());
});

// Each file that is not stored yet; a failure (offline) is tried again at the next start.
function storeLater() {
  return caches.open(CACHE).then((cache) => Promise.all(LATER.map((f) =>
    cache.match(f).then((hit) => hit || cache.add(f).catch(() => undefined)))));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("toutpres-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Sync hosts and anything not ours go to the network as they are.
  if (url.origin !== self.location.origin) return;
  // The site's signed data (data/) is sync's: always the network, never this cache. A team's
  // server also answers its review page and health check on the same origin
  // (platforms/server): those are its pages, not the app's.
  if (url.pathname.startsWith("/data/")) return;
  if (url.pathname === "/review" || url.pathname.startsWith("/review/")) return;
  if (url.pathname === "/health") return;
  if (request.mode === "navigate") {
    // Every screen's address (/need/wifi, /place/12…) is the same page: the app's router
    // reads the address. Offline deep links work.
    event.respondWith(caches.match("/index.html").then((page) => page || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => {
    if (hit) return hit;
    return fetch(request).then((response) => {
      // A file left for later, fetched before it was stored: keep it now.
      if (response.ok && LATER.includes(url.pathname)) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
      }
      return response;
    });
  }));
});
