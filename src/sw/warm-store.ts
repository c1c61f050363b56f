/// <reference lib="webworker" />
// With a real-sized register stored, a warm start's page waited 270–380 ms (traced at CPU ×4)
// between asking IndexedDB to open and the store answering: the page asks only once its script
// runs. A navigation starts this worker before the page has parsed, so the worker opens the
// store then, and the page's own open finds it ready (scripts/bench/ab-warm-start.ts measured
// this change together with the others of its commit).
import { DB_NAME } from '../store/db';

declare const self: ServiceWorkerGlobalScope;

// Long enough for the page to open its own connection; the store then stays open through it.
const KEEP_OPEN_MS = 10_000;

/** Opens the database for a moment, never creating or upgrading it. */
export function warmStore(name = DB_NAME, keepOpenMs = KEEP_OPEN_MS): void {
  const request = indexedDB.open(name);
  // No database yet (a first visit): create nothing, or the page's upgrade would skip the
  // stores of version 1. Aborting the upgrade leaves no database behind.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const db = request.result;
    // The page is opening a newer schema: step aside at once rather than block it.
    db.onversionchange = () => db.close();
    setTimeout(() => db.close(), keepOpenMs);
  };
}

/** Warms the store whenever a page of the app is being opened. */
export function warmStoreOnNavigation(): void {
  self.addEventListener('fetch', (event) => {
    if (event.request.mode === 'navigate') warmStore();
  });
}
