// First-load module: shows what the store holds at once, then keeps it in sync with the feed.
import { retryDelayMs } from '../sync/backoff';
import { SYNC_TAG } from '../sync/feed-config';
import { listenForStoreChanges } from '../store/change-channel';
import { applyFeedUpdate } from './apply-feed-update';
import { database } from './database';
import { hasData, isStoreBroken } from './feed-state';
import { refreshFromStore } from './refresh';

const PERIODIC_CHECK_MS = 30 * 60_000;

let failedAttempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let isNetworkSyncRunning = false;
/** The last attempt failed and its retry is still to come. */
let isRetryPending = false;

/**
 * Reads what the store holds into the screens' signals. False when the store cannot be used
 * (the screens then say so); a start goes on to `startSync` only after this.
 */
export async function readStoredData(): Promise<boolean> {
  try {
    await refreshFromStore(await database());
    return true;
  } catch {
    isStoreBroken.value = true;
    return false;
  }
}

/** Fetches what is new, then keeps checking. */
export async function startSync(): Promise<void> {
  startSyncTriggers();
  await syncFeed();
}

/**
 * Sync whenever a connection may be back: the `online` event, the app shown again, every 30
 * minutes while open. None of them trusts navigator.onLine: a sync attempt is the real test.
 * Changes made elsewhere (the service worker, another tab) are shown as they are announced.
 */
function startSyncTriggers(): void {
  window.addEventListener('online', () => void syncFeed());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncFeed();
    else if (isRetryPending) handRetryToServiceWorker();
  });
  setInterval(() => void syncFeed(), PERIODIC_CHECK_MS);
  listenForStoreChanges((change) => void applyFeedUpdate({ kind: 'store', isDataChanged: change.isDataChanged }));
}

/** One network sync attempt (Retry buttons, Settings, triggers); the screens change only after it committed. */
export async function syncFeed(): Promise<void> {
  if (isNetworkSyncRunning) return;
  isNetworkSyncRunning = true;
  clearTimeout(retryTimer);
  try {
    const hadData = hasData.value;
    const result = await applyFeedUpdate({ kind: 'network' });
    if (result?.status === 'failed') scheduleRetry();
    else {
      failedAttempts = 0;
      isRetryPending = false;
    }
    if (!hadData && hasData.value) void requestPersistentStorage();
  } catch {
    // The store itself failed (applyFeedUpdate never throws for a sync failure).
    isStoreBroken.value = true;
  } finally {
    isNetworkSyncRunning = false;
  }
}

function scheduleRetry(): void {
  isRetryPending = true;
  retryTimer = setTimeout(() => void syncFeed(), retryDelayMs(failedAttempts++));
}

/**
 * The app is being hidden or closed with a retry still to come: let the browser retry from the
 * service worker once a connection is back (Background Sync; Chromium only). Not while the page
 * is open, where its own backoff retries: Chromium fires a sync at once when it thinks it is
 * online, and a second attempt on a dying 2G link only costs bytes.
 */
function handRetryToServiceWorker(): void {
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
