/// <reference lib="webworker" />
// The service worker: precaches the app shell and serves every route from it offline.
// Data never lives here: it is in IndexedDB, written by the sync engine.
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { listenForBackgroundSync } from './background-sync';
import { warmStoreOnNavigation } from './warm-store';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const SHELL_CACHE = 'homeward-shell';
// Lists the cache keys of the version that was active before this one (see retireOldShell).
const PREVIOUS_KEYS_URL = new URL('/__homeward/previous-shell.json', self.location.origin).href;

const precache = new PrecacheController({ cacheName: SHELL_CACHE });
precache.addToCacheList(self.__WB_MANIFEST);

// A release built with VITE_SECURITY_RELEASE=1 fixes something that must not wait for a tap that
// may never come: it activates as soon as it is installed and controls the next page load. The
// open tab keeps running its old code (retireOldShell keeps that code's files) and says so.
const IS_SECURITY_RELEASE = import.meta.env.VITE_SECURITY_RELEASE === '1';

self.addEventListener('install', (event) => {
  event.waitUntil(precache.install(event).then(() => (IS_SECURITY_RELEASE ? self.skipWaiting() : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    retireOldShell()
      .then(() => self.clients.claim())
      .then(async () => {
        if (!IS_SECURITY_RELEASE) return;
        for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'homeward-security-release' });
      }),
  );
});

// Any other release waits for the user's yes ("New version — Reload"); the page sends this then.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Before the routes: this listener only starts opening the store, and answers nothing.
warmStoreOnNavigation();

registerRoute(new PrecacheRoute(precache));

// Every route of the app (/hazards/<id> …) is the same index.html; the feed is not a route.
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/feed\//, /^\/__/],
  }),
);

// A tab opened before the last update may still import chunks the new manifest dropped:
// serve them from the shell cache, where retireOldShell keeps them one version longer.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  // ignoreVary: the server sends "Vary: Origin", and a module import carries an Origin header
  // that the precache request did not, so a plain match misses. These files are immutable.
  async ({ request }) => (await caches.match(request, { cacheName: SHELL_CACHE, ignoreVary: true })) ?? fetch(request),
);

setCatchHandler(async () => Response.error());

listenForBackgroundSync();

/**
 * Workbox's own activate step deletes every entry the new manifest lacks, which breaks lazy
 * imports in tabs still running the old version. Instead keep the previous version's entries
 * and drop only those older than that.
 */
async function retireOldShell(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  const currentKeys = [...precache.getURLsToCacheKeys().values()];
  const previousKeys: string[] = await cache
    .match(PREVIOUS_KEYS_URL)
    .then((response) => (response ? response.json() : []))
    .catch(() => []);
  const keep = new Set([...currentKeys, ...previousKeys, PREVIOUS_KEYS_URL]);
  const stale = (await cache.keys()).filter((request) => !keep.has(request.url));
  await Promise.all(stale.map((request) => cache.delete(request)));
  await cache.put(PREVIOUS_KEYS_URL, new Response(JSON.stringify(currentKeys), { headers: { 'content-type': 'application/json' } }));
}
