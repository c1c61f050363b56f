// Receiving an animated sequence frame by frame: a feed update is applied exactly as a network
// sync would be; a record too large for one code is handed to the import screen.
import { signal } from '@preact/signals';
import { applyFeedUpdate } from '../../data/apply-feed-update';
import type { SyncResult } from '../../sync/sync-now';
import { AnimatedReceiver, STALL_AFTER_MS } from './animated-receiver';
import { bundleFetch, BUNDLE_BASE_URL, unpackFeedBundle } from './feed-bundle';
import type { FrameKind } from './fountain/frame-codec';

export type ReceiveState =
  | { state: 'idle' }
  | { state: 'receiving'; kind: FrameKind; progress: number; isStalled: boolean }
  | { state: 'applying' }
  | { state: 'done'; result: SyncResult }
  | { state: 'unreadable' }
  | { state: 'failed' };

/** Where an animated transfer stands, for the share screen. */
export const receiveState = signal<ReceiveState>({ state: 'idle' });

/** The bytes of a record code received as an animated sequence, for the import screen to read. */
export const receivedRecordBytes = signal<Uint8Array | undefined>(undefined);

const receiver = new AnimatedReceiver();
let stallTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Feeds one scanned text to the transfer; false when it is not a Homeward frame. `onRecord` runs
 * when a whole record has arrived (the caller opens the import screen).
 */
export function receiveFrameText(text: string, onRecord: () => void): boolean {
  const frame = receiver.receive(text);
  if (!frame.isFrame) return false;
  if (frame.completed?.kind === 'record') {
    clearStallTimer();
    receiveState.value = { state: 'idle' };
    receivedRecordBytes.value = frame.completed.message;
    onRecord();
  } else if (frame.completed) {
    clearStallTimer();
    receiveState.value = { state: 'applying' };
    void applyBundle(frame.completed.message);
  } else if (frame.followed) {
    showStatus();
    clearStallTimer();
    stallTimer = setTimeout(showStatus, STALL_AFTER_MS);
  }
  return true;
}

/** Drops the transfer in progress (the user pressed Cancel); nothing was applied. */
export function cancelReceive(): void {
  clearStallTimer();
  receiver.reset(true);
  receiveState.value = { state: 'idle' };
}

function showStatus(): void {
  const status = receiver.status();
  if (status) receiveState.value = { state: 'receiving', ...status };
}

function clearStallTimer(): void {
  if (stallTimer !== undefined) clearTimeout(stallTimer);
  stallTimer = undefined;
}

/** The same checks and single transaction as a network sync: signature, rollback, hashes, schema. */
async function applyBundle(message: Uint8Array): Promise<void> {
  try {
    const files = await unpackFeedBundle(message);
    if (!files) {
      receiveState.value = { state: 'unreadable' };
      return;
    }
    const result = await applyFeedUpdate({ kind: 'qr', baseUrl: BUNDLE_BASE_URL, fetch: bundleFetch(files) });
    receiveState.value = result ? { state: 'done', result } : { state: 'failed' };
  } catch {
    // applyFeedUpdate never throws by design; a failure here (storage gone) must still not leave the
    // screen saying "applying" for ever. The single transaction means nothing half-applied stays.
    receiveState.value = { state: 'failed' };
  }
}
