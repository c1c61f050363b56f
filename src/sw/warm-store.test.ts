import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { warmStore } from './warm-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function open(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<{ db: IDBDatabase; wasBlocked: boolean }> {
  return new Promise((resolve, reject) => {
    let wasBlocked = false;
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onblocked = () => (wasBlocked = true);
    request.onsuccess = () => resolve({ db: request.result, wasBlocked });
    request.onerror = () => reject(request.error);
  });
}

describe('warmStore (the service worker opens the store as a page of the app is opened)', () => {
  it('creates no database on a phone that has none, so the page still creates every store', async () => {
    warmStore('warm-none', 10_000);
    await settle();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain('warm-none');
    // The page's own open then starts from nothing and runs its whole upgrade.
    const { db } = await open('warm-none', 3, (created) => created.createObjectStore('meta'));
    expect(Array.from(db.objectStoreNames)).toEqual(['meta']);
    expect(db.version).toBe(3);
    db.close();
  });

  it('leaves an existing database as it was, and steps aside for a newer schema', async () => {
    const first = await open('warm-some', 1, (created) => created.createObjectStore('meta'));
    first.db.close();
    warmStore('warm-some', 10_000);
    await settle();
    const upgraded = await open('warm-some', 2, (db) => db.createObjectStore('hazards'));
    expect(upgraded.wasBlocked).toBe(false);
    expect(Array.from(upgraded.db.objectStoreNames).sort()).toEqual(['hazards', 'meta']);
    upgraded.db.close();
  });
});
