// First-load module: what the screens know about the stored feed and its syncing, all derived
// from the meta the store holds, so the page, other tabs and the service worker agree.
import { computed, signal } from '@preact/signals';
import type { StoredMeta } from '../store/queries';
import type { DownloadProgress } from '../sync/download-feed';
import { now } from './clock';
import { databaseProblem } from './database';

/** The stored meta: feed, sync outcome and dataset versions, as last read from the store. */
export const storedMeta = signal<StoredMeta>({ sync: {}, datasets: {} });
/** Set once the store has been read at least once (with or without data). */
export const isStoreRead = signal(false);
/** Set when the store could not be opened or read at all. */
export const isStoreBroken = signal(false);
/** Goes up by one after every refresh from the store, for screens that load records on demand. */
export const dataRevision = signal(0);
/** The dataset file this page's sync is downloading, and how far it has come; undefined between files. */
export const downloadProgress = signal<DownloadProgress | undefined>(undefined);

export const hasData = computed(() => storedMeta.value.feed !== undefined);
export const isDemo = computed(() => storedMeta.value.feed?.demo ?? false);

// An attempt that left no outcome (the tab was closed mid-sync) stops counting after this.
const ABANDONED_AFTER_MS = 2 * 60_000;

/** A sync is under way, here, in another tab or in the service worker. */
export const isSyncing = computed(() => {
  const startedAt = storedMeta.value.sync.startedAt;
  return startedAt !== undefined && now.value.getTime() - new Date(startedAt).getTime() < ABANDONED_AFTER_MS;
});

/** Why the last attempt failed, in a code the locales explain; undefined once a later one succeeded. */
export const syncFailure = computed(() => {
  if (isStoreBroken.value) return 'storage';
  const { lastError, lastSuccessAt } = storedMeta.value.sync;
  if (!lastError || (lastSuccessAt && lastSuccessAt >= lastError.at)) return undefined;
  return lastError.code;
});

/** Where the last failed attempt's files came from. */
export const syncFailureSource = computed(() => (syncFailure.value ? (storedMeta.value.sync.lastError?.source ?? 'network') : undefined));

/** Where the first load stands: reading the phone's store, showing data, or nothing to show. */
export const loadState = computed<'loading' | 'ready' | 'failed'>(() => {
  if (isStoreBroken.value || databaseProblem.value) return hasData.value ? 'ready' : 'failed';
  if (!isStoreRead.value) return 'loading';
  if (hasData.value) return 'ready';
  return syncFailure.value && !isSyncing.value ? 'failed' : 'loading';
});
