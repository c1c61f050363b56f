// Receiving a feed update frame by frame, then applying it exactly as a network sync would.
import { signal } from '@preact/signals';
import { applyFeedUpdate } from '../../data/apply-feed-update';
import type { SyncResult } from '../../sync/sync-now';
import { bundleFetch, BUNDLE_BASE_URL, unpackFeedBundle } from './feed-bundle';
import { createFountainDecoder } from './fountain/fountain-decoder';
import type { FountainDecoder } from './fountain/fountain-scheme';
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
  const result = (await applyFeedUpdate({ kind: 'qr', baseUrl: BUNDLE_BASE_URL, fetch: bundleFetch(files) }))!;
  receiveState.value = { state: 'done', result };
  decoder = undefined;
}
