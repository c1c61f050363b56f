import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { now } from './clock';
import { isSyncing, isStoreRead, loadState, storedMeta, syncFailure, syncFailureSource } from './feed-state';

const feed = { feedId: 'f', version: 2, issuedAt: '2020-12-01T00:00:00Z', expiresAt: '2020-12-31T00:00:00Z', demo: true };

describe('sync state derived from the stored meta', () => {
  it('reports a failure until a later attempt succeeds, whichever path made either', () => {
    storedMeta.value = { feed, datasets: {}, sync: { lastError: { code: 'hash-mismatch', detail: '', at: '2020-12-02T10:00:00Z', source: 'qr' } } };
    expect(syncFailure.value).toBe('hash-mismatch');
    expect(syncFailureSource.value).toBe('qr');
    // A network sync succeeded after the QR transfer failed: nothing is wrong any more.
    storedMeta.value = { ...storedMeta.value, sync: { ...storedMeta.value.sync, lastSuccessAt: '2020-12-02T10:05:00Z' } };
    expect(syncFailure.value).toBeUndefined();
    expect(syncFailureSource.value).toBeUndefined();
    // …and a later failure shows again.
    storedMeta.value = { ...storedMeta.value, sync: { lastSuccessAt: '2020-12-02T10:05:00Z', lastError: { code: 'network', detail: '', at: '2020-12-02T11:00:00Z' } } };
    expect(syncFailure.value).toBe('network');
    expect(syncFailureSource.value).toBe('network');
  });

  it('is syncing while an attempt started and has no outcome, and not for ever if its tab died', () => {
    now.value = new Date('2020-12-02T12:00:30Z');
    storedMeta.value = { feed, datasets: {}, sync: { startedAt: '2020-12-02T12:00:00Z' } };
    expect(isSyncing.value).toBe(true);
    storedMeta.value = { feed, datasets: {}, sync: { lastCheckAt: '2020-12-02T12:00:00Z', lastSuccessAt: '2020-12-02T12:00:00Z' } };
    expect(isSyncing.value).toBe(false);
    storedMeta.value = { feed, datasets: {}, sync: { startedAt: '2020-12-02T12:00:00Z' } };
    now.value = new Date('2020-12-02T12:05:00Z');
    expect(isSyncing.value).toBe(false);
  });

  it('loads until the store is read, then shows data, or the failure when there is none', () => {
    isStoreRead.value = false;
    storedMeta.value = { datasets: {}, sync: {} };
    expect(loadState.value).toBe('loading');
    isStoreRead.value = true;
    expect(loadState.value).toBe('loading'); // nothing stored, first sync not done yet
    storedMeta.value = { datasets: {}, sync: { lastError: { code: 'network', detail: '', at: '2020-12-02T12:00:00Z' } } };
    expect(loadState.value).toBe('failed');
    storedMeta.value = { feed, datasets: {}, sync: { lastError: { code: 'network', detail: '', at: '2020-12-02T12:00:00Z' } } };
    expect(loadState.value).toBe('ready');
  });
});
