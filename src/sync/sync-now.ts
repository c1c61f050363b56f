import { applyChanges, recordSyncOutcome } from '../store/apply-changes';
import type { HomewardDB } from '../store/db';
import { readMeta } from '../store/queries';
import { downloadFeed, type DownloadOptions } from './download-feed';
import { SyncError } from './sync-error';

/** What a sync attempt did. */
export type SyncResult =
  | { status: 'applied'; version: number; datasets: string[] }
  | { status: 'current'; version: number }
  | { status: 'failed'; error: SyncError };

/**
 * Brings the stored feed up to date with the one at `baseUrl`. Never throws: a failure is
 * recorded in meta and returned, and the data already stored stays as it was.
 */
export async function syncNow(db: HomewardDB, baseUrl: string, options: DownloadOptions): Promise<SyncResult> {
  // The page and the service worker may both sync; a Web Lock makes them take turns.
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return syncOnce(db, baseUrl, options);
  return locks.request('homeward-sync', () => syncOnce(db, baseUrl, options));
}

async function syncOnce(db: HomewardDB, baseUrl: string, options: DownloadOptions): Promise<SyncResult> {
  const startedAt = (options.now ?? new Date()).toISOString();
  const stored = await readMeta(db);
  try {
    const { manifest, changes, archive } = await downloadFeed(baseUrl, stored, options);
    const feed = {
      feedId: manifest.feedId,
      version: manifest.version,
      issuedAt: manifest.issuedAt,
      expiresAt: manifest.expiresAt,
      demo: manifest.demo,
    };
    const sync = { lastCheckAt: startedAt, lastSuccessAt: startedAt };
    try {
      await applyChanges(db, feed, changes, sync, archive);
    } catch (error) {
      throw new SyncError('storage', (error as Error).message);
    }
    if (changes.length === 0) return { status: 'current', version: manifest.version };
    return { status: 'applied', version: manifest.version, datasets: changes.map((change) => change.dataset) };
  } catch (caught) {
    const error = caught instanceof SyncError ? caught : new SyncError('network', String(caught));
    await recordSyncOutcome(db, {
      ...stored.sync,
      lastCheckAt: startedAt,
      lastError: { code: error.code, detail: error.detail, at: startedAt },
    }).catch(() => {});
    return { status: 'failed', error };
  }
}
