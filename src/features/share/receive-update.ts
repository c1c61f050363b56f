// Receiving a feed update frame by frame, then applying it exactly as a network sync would.
import { signal } from '@preact/signals';
import { database } from '../../app/sync-controller';
import { refreshFromStore } from '../../app/data';
import { TRUSTED_FEED_KEYS } from '../../sync/feed-config';
import { syncNow, type SyncResult } from '../../sync/sync-now';
import { bundleFetch, BUNDLE_BASE_URL, unpackFeedBundle } from './feed-bundle';
import { createFountainDecoder, type FountainDecoder } from './fountain/fountain';
import { decodeFrame } from './fountain/frame-codec';

export type ReceiveState =
  | { state: 'idle' }
  | { state: 'receiving'; progress: number }
  | { state: 'applying' }
  | { state: 'done'; result: SyncResult }
  | { state: 'unreadable' };

/** Where an animated transfer stands, for the share screen. */
export const receiveState = signal<ReceiveState>({ state: 'idle' });

let decoder: FountainDecoder | undefined;

/** Feeds one scanned text to the transfer; false when it is not a Homeward frame. */
export function receiveFrameText(text: string): boolean {
  const part = decodeFrame(text);
  if (!part) return false;
  if (receiveState.value.state === 'applying') return true;
  if (receiveState.value.state !== 'receiving') decoder = createFountainDecoder();
  decoder!.receive(part);
  const message = decoder!.result();
  if (!message) {
    receiveState.value = { state: 'receiving', progress: decoder!.progress() };
    return true;
  }
  receiveState.value = { state: 'applying' };
  void applyBundle(message);
  return true;
}

/** The same checks and single transaction as a network sync: signature, rollback, hashes, schema. */
async function applyBundle(message: Uint8Array): Promise<void> {
  const files = await unpackFeedBundle(message);
  if (!files) {
    receiveState.value = { state: 'unreadable' };
    return;
  }
  const db = await database();
  const result = await syncNow(db, BUNDLE_BASE_URL, { trustedKeys: TRUSTED_FEED_KEYS, fetch: bundleFetch(files) });
  await refreshFromStore(db);
  receiveState.value = { state: 'done', result };
  decoder = undefined;
  if (result.status === 'applied') void import('../search/search-state').then((search) => search.refreshSearchIndex());
}
