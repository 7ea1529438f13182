// Budgetkoll's service worker: after one visit the app opens without network.
//
// Install caches the app shell and every asset of this build, the
// spreadsheet worker (budgetkoll-sheets*) included, so workbooks are read
// offline too. The two lines marked "postbuild" are rewritten by
// scripts/postbuild.mjs with the list of files in dist/ and a version derived
// from their contents, so each build gets its own cache (a changed sw.js is
// also what makes the browser install the new worker) and activate deletes
// the caches of older builds.
//
// The worker only answers same-origin GETs — from the cache first, the
// network second — and never sends anything anywhere.
const VERSION = "dev"; // postbuild: VERSION
const ASSETS = []; // postbuild: ASSETS

const PREFIX = "budgetkoll-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const SHELL = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // From the network, not the HTTP cache: the spreadsheet worker's files
      // keep their names from build to build (Trunk does not hash a worker's
      // names), so a cached copy could belong to an older build.
      .then((cache) =>
        cache.addAll(["./", "index.html", ...ASSETS].map((u) => new Request(u, { cache: "reload" }))),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== SCOPE.origin) return;
  // Opening the app itself (any query; the fragment never reaches us) is
  // answered with the cached shell. Other pages, such as the downloadable
  // budgetkoll.html, are not replaced by the shell.
  const page = url.origin + url.pathname;
  const isApp = req.mode === "navigate" && (page === SCOPE.href || page === SHELL);
  event.respondWith(fromCache(isApp ? SHELL : req).then((hit) => hit ?? fromNetwork(req)));
});

function fromCache(req) {
  return caches.open(CACHE).then((cache) => cache.match(req));
}

// Network fallback; a good same-origin answer is kept for the next offline
// visit (e.g. budgetkoll.html once it has been downloaded).
async function fromNetwork(req) {
  const res = await fetch(req);
  if (res.ok && res.type === "basic") {
    const copy = res.clone();
    caches.open(CACHE).then((cache) => cache.put(req, copy));
  }
  return res;
}
