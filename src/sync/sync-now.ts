// One sync attempt, the same wherever it runs: the page, the service worker, or a QR transfer.
import { applyChanges, type DatasetChange, type FeedArchive } from '../store/apply-changes';
import type { KeyList } from '../model/file-schemas';
import { recordSyncOutcome } from '../store/sync-meta';
import type { FeedMeta, HomewardDB, SyncMeta, UpdateSource } from '../store/db';
import { announceStoreChange } from '../store/change-channel';
import { readMeta } from '../store/queries';
import { partialDownloadsStore } from '../store/partial-downloads-store';
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
  /** Called when part of the update is stored before the attempt ends (a first install's hazards). */
  onPartApplied?: () => void;
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
  const applied: string[] = [];
  const apply = async (feed: FeedMeta, changes: DatasetChange[], sync: SyncMeta, archive: FeedArchive, keys: KeyList) => {
    try {
      await applyChanges(db, feed, changes, sync, archive, keys);
    } catch (error) {
      throw new SyncError('storage', (error as Error).message);
    }
    applied.push(...changes.map((change) => change.dataset));
  };
  try {
    const partials = partialDownloadsStore(db);
    const { manifest, feed, keys, changes, archive } = await downloadFeed(baseUrl, stored, {
      partials,
      ...options,
      applyFirst: async (first) => {
        // Still under way: the attempt's outcome is recorded when the rest has arrived.
        await apply(first.feed, first.changes, { ...stored.sync, startedAt }, first.archive, first.keys);
        announceStoreChange(true);
        options.onPartApplied?.();
      },
    });
    const sync = { lastCheckAt: startedAt, lastSuccessAt: startedAt };
    await apply(feed, changes, sync, archive, keys);
    // Every file of the update is stored now; the pieces of any other download are of no more use.
    await partials.clearAll().catch(() => {});
    if (applied.length === 0) return { status: 'current', version: manifest.version };
    return { status: 'applied', version: manifest.version, datasets: applied };
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
