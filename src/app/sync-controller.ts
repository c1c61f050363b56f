// First-load module: opens the store, shows what it holds, then syncs in the background.
import { openHomewardDB, type HomewardDB } from '../store/db';
import { hasData, isSyncing, loadState, refreshFromStore, syncFailure } from './data';
import { signal } from '@preact/signals';

/** Set when another tab upgraded the database or the browser closed it: only a reload helps. */
export const needsReload = signal(false);

const FEED_URL = new URL(import.meta.env.VITE_FEED_URL ?? '/feed/', location.href).href;

let dbPromise: Promise<HomewardDB> | undefined;

function database(): Promise<HomewardDB> {
  dbPromise ??= openHomewardDB({
    onBlocking: () => (needsReload.value = true),
    onTerminated: () => (needsReload.value = true),
  });
  return dbPromise;
}

/** Shows stored data at once, then fetches what is new. */
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
  await syncFeed();
}

/** One sync attempt; the screens change only after its transaction has committed. */
export async function syncFeed(): Promise<void> {
  if (isSyncing.value) return;
  isSyncing.value = true;
  try {
    const db = await database();
    // The sync engine (schemas, hashing) loads after the first paint: the screens need only the store.
    const { syncNow } = await import('../sync/sync-now');
    const hadData = hasData.value;
    const result = await syncNow(db, FEED_URL);
    await refreshFromStore(db);
    syncFailure.value = result.status === 'failed' ? result.error.code : undefined;
    loadState.value = hasData.value ? 'ready' : 'failed';
    if (!hadData && hasData.value) void requestPersistentStorage();
  } catch {
    // A chunk that could not load (offline before the service worker cached it) lands here.
    syncFailure.value = 'network';
    if (!hasData.value) loadState.value = 'failed';
  } finally {
    isSyncing.value = false;
  }
}

/** Asks the browser not to evict the data under storage pressure; it may say no. */
async function requestPersistentStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Not granted: Settings shows the state, and the data still works until evicted.
  }
}
