// First-load module: the record of sync attempts, written by the page even when the sync
// engine itself could not load.
import type { HomewardDB, SyncMeta } from './db';

/** Records a sync attempt's start or outcome without touching any data. */
export async function recordSyncOutcome(db: HomewardDB, sync: SyncMeta): Promise<void> {
  await db.put('meta', { key: 'sync', value: sync });
}
