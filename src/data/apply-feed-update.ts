// First-load module: the one way an update reaches the screens, whether it came over the
// network, by QR from another phone, or was applied by the service worker or another tab.
import { FEED_URL, TRUSTED_ROOT_KEYS } from '../sync/feed-config';
import { SyncError } from '../sync/sync-error';
import type { SyncResult } from '../sync/sync-now';
import type { DownloadProgress } from '../sync/download-feed';
import { recordSyncOutcome } from '../store/sync-meta';
import { readMeta } from '../store/queries';
import { database } from './database';
import { downloadProgress } from './feed-state';
import { refreshFromStore, refreshMeta } from './refresh';

/**
 * Where an update comes from: this phone's feed URL; files received by QR, served through
 * `fetch`; or the store itself, already changed by the service worker or another tab.
 */
export type FeedSource = { kind: 'network' } | { kind: 'qr'; baseUrl: string; fetch: typeof fetch } | { kind: 'store'; isDataChanged: boolean };

type AppliedListener = () => void;
const appliedListeners = new Set<AppliedListener>();

/** Calls `listener` after every update that changed the stored data, whatever its source. */
export function onFeedApplied(listener: AppliedListener): () => void {
  appliedListeners.add(listener);
  return () => appliedListeners.delete(listener);
}

/**
 * Brings an update in through the sync engine (signature, rollback, hashes, schema, one
 * transaction), then refreshes the screens and tells the `onFeedApplied` listeners. Never
 * throws: a failure is stored in meta, where every screen reads it.
 */
export async function applyFeedUpdate(source: FeedSource): Promise<SyncResult | undefined> {
  const db = await database();
  if (source.kind === 'store') {
    if (source.isDataChanged) await refreshFromStore(db);
    else await refreshMeta();
    if (source.isDataChanged) notifyApplied();
    return undefined;
  }
  let result: SyncResult;
  try {
    // The sync engine (schemas, hashing, signatures) is its own chunk, loaded after the first paint.
    const { syncNow } = await import('../sync/sync-now');
    const options = {
      rootKeys: TRUSTED_ROOT_KEYS,
      onStarted: () => void refreshMeta().catch(() => {}),
      onProgress: showProgress,
      // A first install's hazards, stored before the rest has arrived: show them now.
      onPartApplied: () => void refreshFromStore(db).then(notifyApplied, () => {}),
    };
    result =
      source.kind === 'network'
        ? await syncNow(db, FEED_URL, { ...options, source: 'network' })
        : await syncNow(db, source.baseUrl, { ...options, source: 'qr', fetch: source.fetch });
  } catch (error) {
    downloadProgress.value = undefined;
    // The engine's chunk could not load (offline before the service worker cached it).
    const at = new Date().toISOString();
    const { startedAt: _started, ...sync } = (await readMeta(db)).sync;
    await recordSyncOutcome(db, { ...sync, lastCheckAt: at, lastError: { code: 'network', detail: String(error), at, source: source.kind } }).catch(() => {});
    result = { status: 'failed', error: new SyncError('network', String(error)) };
  }
  downloadProgress.value = undefined;
  // Only an applied update changed the data; any other outcome changed the sync record alone.
  if (result.status === 'applied') {
    await refreshFromStore(db);
    notifyApplied();
  } else {
    await refreshMeta();
  }
  return result;
}

/** The screen changes at each whole percent only: a render per 1.4 KB piece would keep a slow phone busy. */
function showProgress(progress: DownloadProgress): void {
  const shown = downloadProgress.value;
  const percent = (value: DownloadProgress) => Math.floor((100 * value.received) / value.total);
  if (shown && shown.dataset === progress.dataset && percent(shown) === percent(progress)) return;
  downloadProgress.value = progress;
}

function notifyApplied(): void {
  for (const listener of appliedListeners) listener();
}
