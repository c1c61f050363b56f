import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openHomewardDB } from './db';
import { partialDownloadsStore } from './partial-downloads-store';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('partialDownloadsStore', () => {
  it('gives back the kept pieces of one file joined in order, and nothing of another file or other content', async () => {
    const db = await openHomewardDB({}, undefined, `partials-${Math.random().toString(36).slice(2)}`);
    const partials = partialDownloadsStore(db);
    // Written out of order, as a resumed download's pieces may be; offsets over 9 sort as numbers.
    await partials.append('hazards-v2-a.json', 'aa', 10, bytes(10, 11));
    await partials.append('hazards-v2-a.json', 'aa', 0, bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    await partials.append('hazards-v2-ab.json', 'aa', 0, bytes(99));
    await partials.append('sites-v1-c.json', 'cc', 0, bytes(7));
    expect(await partials.read('hazards-v2-a.json', 'aa')).toEqual(bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    expect(await partials.read('hazards-v2-a.json', 'other hash')).toEqual(bytes());
    await partials.clear('hazards-v2-a.json');
    expect(await partials.read('hazards-v2-a.json', 'aa')).toEqual(bytes());
    expect(await partials.read('sites-v1-c.json', 'cc')).toEqual(bytes(7));
    expect(await partials.read('hazards-v2-ab.json', 'aa')).toEqual(bytes(99));
    await partials.clearAll();
    expect(await db.count('partialDownloads')).toBe(0);
  });

  it('stops at a gap: bytes after a missing piece cannot be resumed from', async () => {
    const db = await openHomewardDB({}, undefined, `partials-${Math.random().toString(36).slice(2)}`);
    const partials = partialDownloadsStore(db);
    await partials.append('places-v1-p.json', 'pp', 0, bytes(1, 2));
    await partials.append('places-v1-p.json', 'pp', 5, bytes(6));
    expect(await partials.read('places-v1-p.json', 'pp')).toEqual(bytes(1, 2));
  });
});
