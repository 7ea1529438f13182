// Budgetkoll's service worker: after one visit the app opens without network.
//
// It is registered once the page has loaded, so on a first visit the app's
// own files are already in the browser's HTTP cache. Install caches the app
// shell and every first-paint asset from there rather than downloading them
// again: files with Trunk's content hash in their name with
// `cache: "force-cache"` (the same name is always the same bytes), the rest
// with `cache: "no-cache"` (revalidated, a 304 when unchanged).
//
// The parts loaded on first use and the spreadsheet worker (LATER) are not
// downloaded for a first visit: the page tells the worker what it already
// fetched (message {used: [urls]}), kept from the HTTP cache, and anything
// the app fetches afterwards is kept as it passes. All of LATER is kept
// (message "cache-later") on a later visit without Save-Data, or when the
// person asks for it ("Spara för offline-bruk"); a file is never fetched
// twice at once. Each message is answered "ok" on the port it brought.
// The link pack (PACKED: a shared link's modules in one file, which are
// in LATER as files too) is kept only when the page used it, so a link
// opened once opens again offline.
//
// The four lines marked "postbuild" are rewritten by scripts/postbuild.mjs
// with the files of this build and a version derived from their contents, so
// each build gets its own cache (a changed sw.js is also what makes the
// browser install the new worker) and activate deletes the caches of older
// builds.
//
// The worker only answers same-origin GETs — from the cache first, the
// network second — and never sends anything anywhere.
const VERSION = "dev"; // postbuild: VERSION
const ASSETS = []; // postbuild: ASSETS
const LATER = []; // postbuild: LATER
const PACKED = []; // postbuild: PACKED

const PREFIX = "budgetkoll-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const SHELL = new URL("index.html", SCOPE).href;
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.[a-z]+$/;

/** A request for `url` that takes a hashed file from the HTTP cache as it
 * is, and revalidates anything else. */
function request(url) {
  const href = new URL(url, SCOPE).href;
  return new Request(href, { cache: HASHED.test(href) ? "force-cache" : "no-cache" });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...ASSETS].map(request)))
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

self.addEventListener("message", (event) => {
  const port = event.ports[0];
  const answer = (done) =>
    done.then(
      () => port?.postMessage("ok"),
      (e) => port?.postMessage(String(e?.message ?? e)),
    );
  if (event.data === "cache-later") event.waitUntil(answer(cacheLater()));
  else if (Array.isArray(event.data?.used)) event.waitUntil(answer(cacheUsed(event.data.used)));
});

/** Caches the files left out of install, those not cached yet; fails
 * when one could not be fetched. */
async function cacheLater() {
  const cache = await caches.open(CACHE);
  for (const url of LATER) {
    const req = request(url);
    if (!(await cache.match(req, { ignoreVary: true }))) {
      const res = await fromNetwork(req);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
    }
  }
}

/** Keeps the files of LATER and PACKED the page has already fetched (from
 * the HTTP cache: a hashed name is taken as it is), nothing else. */
async function cacheUsed(urls) {
  const cache = await caches.open(CACHE);
  const known = new Set([...LATER, ...PACKED].map((f) => new URL(f, SCOPE).href));
  for (const url of urls) {
    const href = new URL(url, SCOPE).href;
    if (!known.has(href) || (await cache.match(href, { ignoreVary: true }))) continue;
    await fromNetwork(request(href)).catch(() => null);
  }
}

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
  return caches.open(CACHE).then((cache) => cache.match(req, { ignoreVary: true }));
}

/** Network requests under way, by URL: a file asked for while it is being
 * fetched (the spreadsheet worker, by cacheLater and the app at once) is
 * downloaded once. */
const inFlight = new Map();

// Network fallback; a good same-origin answer is kept for the next offline
// visit (e.g. budgetkoll.html once it has been downloaded).
function fromNetwork(req) {
  const pending = inFlight.get(req.url);
  if (pending) return pending.then((res) => res.clone());
  const fetched = fetch(req).then(async (res) => {
    if (res.ok && res.type === "basic") await caches.open(CACHE).then((cache) => cache.put(req.url, res.clone()));
    return res;
  });
  inFlight.set(req.url, fetched);
  const done = () => inFlight.delete(req.url);
  fetched.then(done, done);
  return fetched.then((res) => res.clone());
}
