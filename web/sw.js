// The service worker: keeps the app's own static files, so that the page opens and computes
// with no network once it has been loaded (docs/decisions.md, "Offline: a service worker that
// only keeps the app's own files").
//
// What it may request is fixed when the app is built: scripts/build fills in VERSION (a hash
// of the files it serves) and FILES (their names), and this worker requests those files of its
// own origin once, when it is installed, and nothing else. It never sees what the person
// types: the app computes in the page and sends nothing, and the page's requests are only for
// these same files.
//
// A new build has a new VERSION, so this script's bytes differ: the browser installs the new
// worker, which keeps the new files under a new name and deletes the old ones. The page that
// is open keeps running the version it started with (reloading it would lose what the person
// typed); the next time the app is opened, it is the new one.
//
// The page's Content-Security-Policy does not govern this script (a worker has its own, from
// the header it is served with: docs/hosting.md suggests one); what keeps it to the app's own
// files is this code, which requests nothing but FILES and answers nothing but them.

const VERSION = '@VERSION@';
const FILES = '@FILES@';
// Cache Storage is shared by the whole origin: the name says which app, at which address, so
// that other apps on the same server, or this one at another address, are never touched.
const PREFIX = `vad-blir-kvar ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'no-cache': the server is asked whether each file is still current, so the worker
    // never keeps an older copy from the browser's HTTP cache under the new VERSION.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // The app's address (the scope, …/) is its index.html.
  const name = url.pathname.slice(scope.pathname.length) || 'index.html';
  // Anything else (the single-file copy offered for download, say) is left to the browser,
  // as if this worker were not there.
  if (!FILES.includes(name)) return;
  event.respondWith((async () => {
    const kept = await caches.match(new URL(name, scope).href, { cacheName: CACHE });
    // Only if the browser has thrown the copy away: the same request the page would make.
    if (!kept) return fetch(request);
    // A server that redirected (index.html to …/, say) left a response the browser will not
    // take for a page; the same bytes in a new one it will.
    if (!kept.redirected) return kept;
    return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers: kept.headers });
  })());
});
