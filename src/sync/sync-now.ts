// One sync attempt, the same wherever it runs: the page, the service worker, or a QR transfer.
import { applyChanges } from '../store/apply-changes';
import { recordSyncOutcome } from '../store/sync-meta';
import type { HomewardDB, UpdateSource } from '../store/db';
import { announceStoreChange } from '../store/change-channel';
import { readMeta } from '../store/queries';
import { downloadFeed, type DownloadOptions } from './download-feed';
import { SyncError } from './sync-error';

/** What a sync attempt did. */
export type SyncResult =
  | { status: 'applied'; version: number; datasets: string[] }
  | { status: 'current'; version: number }
  | { status: 'failed'; error: SyncError };

/** Where the files come from, for the record of the outcome. */
export interface SyncOptions extends DownloadOptions {
  source?: UpdateSource;
  /** Called once the attempt's start is stored, so the caller can show that it is under way. */
  onStarted?: () => void;
}

/**
 * Brings the stored feed up to date with the one at `baseUrl`. Never throws: a failure is
 * recorded in meta and returned, and the data already stored stays as it was. The attempt's
 * start and end are stored too, so every tab and the service worker see the same state.
 */
export async function syncNow(db: HomewardDB, baseUrl: string, options: SyncOptions): Promise<SyncResult> {
  // The page and the service worker may both sync; a Web Lock makes them take turns.
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return syncOnce(db, baseUrl, options);
  return locks.request('homeward-sync', () => syncOnce(db, baseUrl, options));
}

async function syncOnce(db: HomewardDB, baseUrl: string, options: SyncOptions): Promise<SyncResult> {
  const result = await attempt(db, baseUrl, options);
  announceStoreChange(result.status === 'applied');
  return result;
}

async function attempt(db: HomewardDB, baseUrl: string, options: SyncOptions): Promise<SyncResult> {
  const startedAt = (options.now ?? new Date()).toISOString();
  const stored = await readMeta(db);
  await recordSyncOutcome(db, { ...stored.sync, startedAt }).catch(() => {});
  announceStoreChange(false);
  options.onStarted?.();
  try {
    const { manifest, feed, keys, changes, archive } = await downloadFeed(baseUrl, stored, options);
    const sync = { lastCheckAt: startedAt, lastSuccessAt: startedAt };
    try {
      await applyChanges(db, feed, changes, sync, archive, keys);
    } catch (error) {
      throw new SyncError('storage', (error as Error).message);
    }
    if (changes.length === 0) return { status: 'current', version: manifest.version };
    return { status: 'applied', version: manifest.version, datasets: changes.map((change) => change.dataset) };
  } catch (caught) {
    const error = caught instanceof SyncError ? caught : new SyncError('network', String(caught));
    const { startedAt: _finished, ...previous } = stored.sync;
    await recordSyncOutcome(db, {
      ...previous,
      lastCheckAt: startedAt,
      lastError: { code: error.code, detail: error.detail, at: startedAt, source: options.source ?? 'network' },
    }).catch(() => {});
    return { status: 'failed', error };
  }
}
