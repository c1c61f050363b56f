/// <reference lib="webworker" />
// Syncs the feed from the service worker: Background Sync after a failed attempt in the page,
// and Periodic Background Sync where the browser grants it. Same engine, same single transaction;
// the engine announces the outcome to every open tab.
import { openHomewardDB } from '../store/db';
import { FEED_URL, SYNC_TAG, TRUSTED_ROOT_KEYS } from '../sync/feed-config';
import { syncNow } from '../sync/sync-now';

declare const self: ServiceWorkerGlobalScope;

/** The parts of SyncEvent / PeriodicSyncEvent used here (not in TypeScript's lib yet). */
interface TaggedExtendableEvent extends ExtendableEvent {
  tag: string;
}

async function syncFromWorker(): Promise<void> {
  const db = await openHomewardDB();
  try {
    const result = await syncNow(db, FEED_URL, { rootKeys: TRUSTED_ROOT_KEYS, source: 'network' });
    // Throwing tells the browser to retry this sync later, with its own backoff.
    if (result.status === 'failed' && ['network', 'timeout', 'http'].includes(result.error.code)) throw result.error;
  } finally {
    db.close();
  }
}

/** Listens for the sync events the page registers. */
export function listenForBackgroundSync(): void {
  for (const type of ['sync', 'periodicsync']) {
    self.addEventListener(type, (event) => {
      const syncEvent = event as TaggedExtendableEvent;
      if (syncEvent.tag === SYNC_TAG) syncEvent.waitUntil(syncFromWorker());
    });
  }
}
