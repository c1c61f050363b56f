// First-load module: tells every other tab and the service worker that the store changed, so
// each re-reads it. No DOM: the service worker imports this too.

/** What changed: only the sync record (an attempt began or failed), or the data too. */
export interface StoreChange {
  type: 'homeward-store-changed';
  isDataChanged: boolean;
}

const CHANNEL = 'homeward-store';
let channel: BroadcastChannel | undefined;

function sharedChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // Node (unit tests) would otherwise stay alive for an open channel.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

/** Announces a change to every other context; the sender itself does not hear it. */
export function announceStoreChange(isDataChanged: boolean): void {
  const message: StoreChange = { type: 'homeward-store-changed', isDataChanged };
  try {
    sharedChannel()?.postMessage(message);
  } catch {
    // A closed channel (the worker is shutting down): the others re-read on their next start.
  }
}

/** Calls `listener` for every change another context announces. */
export function listenForStoreChanges(listener: (change: StoreChange) => void): void {
  sharedChannel()?.addEventListener('message', (event: MessageEvent<StoreChange>) => {
    if (event.data?.type === 'homeward-store-changed') listener(event.data);
  });
}
