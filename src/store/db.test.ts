import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openHomewardDB } from './db';

const uniqueName = () => `homeward-test-${Math.random().toString(36).slice(2)}`;

describe('database schema', () => {
  it('creates every store when opened from empty', async () => {
    const db = await openHomewardDB({}, DB_VERSION, uniqueName());
    expect([...db.objectStoreNames].sort()).toEqual(
      ['agencies', 'alerts', 'contacts', 'feedFiles', 'hazardSummaries', 'hazards', 'mapLines', 'meta', 'partialDownloads', 'places', 'received', 'routes', 'searchIndex', 'services', 'sites', 'stops', 'trips'].sort(),
    );
    expect([...db.transaction('hazards').store.indexNames].sort()).toEqual(['by-district', 'by-reported']);
    expect([...db.transaction('hazardSummaries').store.indexNames]).toEqual(['by-reported']);
    expect([...db.transaction('trips').store.indexNames]).toEqual(['by-route']);
    db.close();
  });

  it('upgrades a version-1 database to the current one and keeps its records', async () => {
    const name = uniqueName();
    const v1 = await openHomewardDB({}, 1, name);
    expect(v1.objectStoreNames.contains('trips')).toBe(false);
    await v1.put('contacts', { id: 'ct-kept' } as never);
    await v1.put('meta', { key: 'feed', value: { feedId: 'f', version: 3, issuedAt: '', expiresAt: '', demo: true } });
    v1.close();

    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.version).toBe(DB_VERSION);
    expect(current.objectStoreNames.contains('trips')).toBe(true);
    expect(await current.get('contacts', 'ct-kept')).toEqual({ id: 'ct-kept' });
    expect((await current.get('meta', 'feed'))?.value).toMatchObject({ version: 3 });
    current.close();
  });

  it('upgrades a version-2 database (the previous release) and keeps its transit records', async () => {
    const name = uniqueName();
    const v2 = await openHomewardDB({}, 2, name);
    expect(v2.objectStoreNames.contains('mapLines')).toBe(false);
    await v2.put('trips', { id: 't1', routeId: 'r1' } as never);
    v2.close();
    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.objectStoreNames.contains('mapLines')).toBe(true);
    expect(await current.getAllFromIndex('trips', 'by-route', 'r1')).toEqual([{ id: 't1', routeId: 'r1' }]);
    current.close();
  });

  it('upgrades a version-3 database (the previous release) and keeps its map lines', async () => {
    const name = uniqueName();
    const v3 = await openHomewardDB({}, 3, name);
    expect(v3.objectStoreNames.contains('alerts')).toBe(false);
    await v3.put('mapLines', { id: 'm2' } as never);
    v3.close();
    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.objectStoreNames.contains('alerts')).toBe(true);
    expect(await current.get('mapLines', 'm2')).toEqual({ id: 'm2' });
    current.close();
  });

  it('upgrades a version-4 database (the previous release) and keeps its alerts', async () => {
    const name = uniqueName();
    const v4 = await openHomewardDB({}, 4, name);
    await v4.put('alerts', { id: 'a1' } as never);
    v4.close();
    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.objectStoreNames.contains('searchIndex')).toBe(true);
    expect(await current.get('alerts', 'a1')).toEqual({ id: 'a1' });
    current.close();
  });

  it('upgrades a version-5 database (the previous release) and keeps its search index', async () => {
    const name = uniqueName();
    const v5 = await openHomewardDB({}, 5, name);
    await v5.put('searchIndex', { key: 'current', builtFor: 'x', index: {} });
    v5.close();
    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.objectStoreNames.contains('received')).toBe(true);
    expect((await current.get('searchIndex', 'current'))?.builtFor).toBe('x');
    current.close();
  });

  it('upgrades a version-6 database (the previous release) and keeps its received records', async () => {
    const name = uniqueName();
    const v6 = await openHomewardDB({}, 6, name);
    await v6.put('received', { key: 'hazards:x', receivedAt: '2020-12-01' } as never);
    v6.close();
    const current = await openHomewardDB({}, DB_VERSION, name);
    expect(current.objectStoreNames.contains('feedFiles')).toBe(true);
    expect((await current.get('received', 'hazards:x'))?.receivedAt).toBe('2020-12-01');
    current.close();
  });

  it('upgrades a version-7 database (the previous release) and fills the hazard summaries from the stored hazards', async () => {
    const name = uniqueName();
    const v7 = await openHomewardDB({}, 7, name);
    expect(v7.objectStoreNames.contains('hazardSummaries')).toBe(false);
    const hazard = {
      id: 'hz-kept',
      kind: 'cha',
      status: 'active',
      geometry: { type: 'Point', coordinates: [47.15, 39.61], radiusM: 300 },
      title: { en: 'Field north of the road' },
      description: { en: 'A long text the summary leaves out.' },
      advice: { en: 'Stay on the road.' },
      district: 'fizuli',
      reportedAt: '2020-11-20',
      source: 'Test source',
      verifiedAt: '2020-12-01',
      signature: { sig: `${'A'.repeat(85)}A`, signedAt: '2020-12-01T00:00:00Z' },
    };
    await v7.put('hazards', hazard as never);
    v7.close();
    const current = await openHomewardDB({}, 8, name);
    expect(await current.get('hazards', 'hz-kept')).toEqual(hazard);
    expect(await current.get('hazardSummaries', 'hz-kept')).toEqual({
      id: 'hz-kept',
      kind: 'cha',
      status: 'active',
      geometry: { type: 'Point', coordinates: [47.15, 39.61], radiusM: 300 },
      title: { en: 'Field north of the road' },
      district: 'fizuli',
      reportedAt: '2020-11-20',
      source: 'Test source',
      verifiedAt: '2020-12-01',
    });
    current.close();
  });

  it('gives every version the same stores, whichever version a phone upgraded from', async () => {
    const fresh = await openHomewardDB({}, DB_VERSION, uniqueName());
    const expected = [...fresh.objectStoreNames].sort();
    fresh.close();
    for (let from = 1; from < DB_VERSION; from++) {
      const name = uniqueName();
      (await openHomewardDB({}, from, name)).close();
      const upgraded = await openHomewardDB({}, DB_VERSION, name);
      expect([...upgraded.objectStoreNames].sort(), `from version ${from}`).toEqual(expected);
      upgraded.close();
    }
  });

  it('closes itself and tells the page when another connection needs a newer version', async () => {
    const name = uniqueName();
    let wasBlocking = false;
    const old = await openHomewardDB({ onBlocking: () => (wasBlocking = true) }, 1, name);
    const newer = await openHomewardDB({}, 2, name);
    expect(wasBlocking).toBe(true);
    expect(newer.version).toBe(2);
    await expect(old.get('contacts', 'x')).rejects.toThrow();
    newer.close();
  });
});
