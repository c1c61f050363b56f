// First-load module: opens the store, shows what it holds, then keeps it in sync.
import { signal } from '@preact/signals';
import { openHomewardDB, type HomewardDB } from '../store/db';
import { retryDelayMs } from '../sync/backoff';
import { FEED_URL, SYNC_TAG, TRUSTED_FEED_KEYS } from '../sync/feed-config';
import { hasData, isSyncing, loadState, refreshFromStore, syncFailure } from './data';

/** Set when another tab upgraded the database or the browser closed it: only a reload helps. */
export const needsReload = signal(false);

const PERIODIC_CHECK_MS = 30 * 60_000;

let dbPromise: Promise<HomewardDB> | undefined;
let failedAttempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** The app's one IndexedDB connection. */
export function database(): Promise<HomewardDB> {
  dbPromise ??= openHomewardDB({
    onBlocking: () => (needsReload.value = true),
    onTerminated: () => (needsReload.value = true),
  });
  return dbPromise;
}

/** Shows stored data at once, then fetches what is new, and keeps checking. */
export async function startData(): Promise<void> {
  try {
    const db = await database();
    await refreshFromStore(db);
    if (hasData.value) loadState.value = 'ready';
  } catch {
    loadState.value = 'failed';
    syncFailure.value = 'storage';
    return;
  }
  startSyncTriggers();
  await syncFeed();
}

/**
 * Sync whenever a connection may be back: the `online` event, the app shown again, every 30
 * minutes while open. None of them trusts navigator.onLine: a sync attempt is the real test.
 */
function startSyncTriggers(): void {
  window.addEventListener('online', () => void syncFeed());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncFeed();
  });
  setInterval(() => void syncFeed(), PERIODIC_CHECK_MS);
  // The service worker synced in the background: show what it applied.
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type !== 'feed-applied') return;
    void database()
      .then(refreshFromStore)
      .then(() => import('../features/search/search-state'))
      .then((search) => search.refreshSearchIndex());
  });
}

/** One sync attempt; the screens change only after its transaction has committed. */
export async function syncFeed(): Promise<void> {
  if (isSyncing.value) return;
  isSyncing.value = true;
  clearTimeout(retryTimer);
  let didFail = false;
  try {
    const db = await database();
    // The sync engine (schemas, hashing, signatures) loads after the first paint.
    const { syncNow } = await import('../sync/sync-now');
    const hadData = hasData.value;
    const result = await syncNow(db, FEED_URL, { trustedKeys: TRUSTED_FEED_KEYS });
    await refreshFromStore(db);
    // The search index is built when data is applied, in the background, and stored.
    if (result.status === 'applied') void import('../features/search/search-state').then((search) => search.refreshSearchIndex());
    didFail = result.status === 'failed';
    syncFailure.value = result.status === 'failed' ? result.error.code : undefined;
    loadState.value = hasData.value ? 'ready' : 'failed';
    if (!hadData && hasData.value) void requestPersistentStorage();
  } catch {
    // A chunk that could not load (offline before the service worker cached it) lands here.
    didFail = true;
    syncFailure.value = 'network';
    if (!hasData.value) loadState.value = 'failed';
  } finally {
    isSyncing.value = false;
  }
  if (didFail) scheduleRetry();
  else failedAttempts = 0;
}

function scheduleRetry(): void {
  retryTimer = setTimeout(() => void syncFeed(), retryDelayMs(failedAttempts++));
  // Also let the browser retry from the service worker once a connection is back, even with
  // the app closed (Background Sync; Chromium only).
  void navigator.serviceWorker?.ready
    .then((registration) => (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register(SYNC_TAG))
    .catch(() => {});
}

/** Asks the browser not to evict the data under storage pressure; it may say no. */
async function requestPersistentStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Not granted: Settings shows the state, and the data still works until evicted.
  }
}
