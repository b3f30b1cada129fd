// The service worker: keeps the page working with the network off. Network first (so a
// new build is picked up at once), falling back to a versioned cache of the page's own
// files. Only same-origin GET requests are handled; nothing else is ever fetched.

const VERSION = "storylens-v4";
// The page as served: index.html loads the bundles scripts/bundle-page.mjs writes from
// the modules beside this file (app.min.js imports pkg/ and vendor/ by these paths).
const FILES = [
  "./", "index.html", "style.min.css", "app.min.js", "worker.min.js", "extract-worker.min.js", "vendor/readability.js", "vendor/linkedom.js",
  "pkg/storylens.js", "pkg/storylens_bg.wasm", "example/manifest.json",
  "example/000_0e18692511e940e9.txt", "example/001_53af723418d2a8a4.txt", "example/002_453925e676d2b66f.txt",
  "example/003_10a43b4fdcd79304.txt", "example/004_d1bcd6c6c9a891dc.txt",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("storylens-") && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === "basic") {
          const copy = response.clone();
          caches.open(VERSION).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
