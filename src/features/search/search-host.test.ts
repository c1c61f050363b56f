import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import placesSource from '../../../feed/sources/places.json';
import { sampleTables } from '../../../feed/testing/sample-tables';
import { PlaceSchema } from '../../model/record-schemas';
import type { Place } from '../../model/datasets';
import { applyChanges } from '../../store/apply-changes';
import { openHomewardDB, type HomewardDB } from '../../store/db';
import { readSearchIndex, writeSearchIndex } from '../../store/search-index-store';
import { buildSearchIndex } from './search-index';
import { createSearchHost } from './search-host';

const places = v.parse(v.array(PlaceSchema), placesSource.places);
const feed = { feedId: 'f', version: 1, issuedAt: '2020-12-01T00:00:00Z', expiresAt: '2020-12-31T00:00:00Z', demo: true };
const meta = (version: number) => ({ version, sha256: 'a'.repeat(64), bytes: 10, appliedAt: '2020-12-01T00:00:00Z' });

async function storeWith(placeRecords: Place[], version = 1, db?: HomewardDB): Promise<HomewardDB> {
  const store = db ?? (await openHomewardDB({}, undefined, `search-host-${Math.random()}`));
  await applyChanges(
    store,
    { ...feed, version },
    [
      { dataset: 'places', meta: meta(version), tables: [{ table: 'places', replaceAll: true, upserts: placeRecords, deletes: [] }] },
      { dataset: 'hazards', meta: meta(1), tables: [{ table: 'hazards', replaceAll: true, upserts: sampleTables().hazards.hazards, deletes: [] }] },
    ],
    {},
  );
  return store;
}

const first = (results: { section: string; id: string }[]) => results[0] && `${results[0].section}/${results[0].id}`;

describe('the search host', () => {
  it('builds the index from the store, stores it, and answers from it', async () => {
    const db = await storeWith(places);
    const host = createSearchHost(async () => db);
    // 20 places and the one sample hazard.
    expect(await host.refresh()).toBe(21);
    expect(first(await host.search('susa', 10))).toBe('places/shushi');
    expect(first(await host.search('Cntgfyfrthn', 10))).toBe('places/stepanakert');
    expect((await readSearchIndex(db))?.builtFor).toBeTruthy();
    db.close();
  });

  it('reads back the stored index instead of building another', async () => {
    const db = await storeWith(places);
    await createSearchHost(async () => db).refresh();
    const stored = (await readSearchIndex(db))!;
    // Stored under the same key, an index of one made-up document: only reading it back finds that.
    await writeSearchIndex(db, stored.builtFor, buildSearchIndex([{ section: 'places', id: 'made-up', texts: ['Nowhereville'] }]));
    const host = createSearchHost(async () => db);
    expect(await host.refresh()).toBe(1);
    expect(first(await host.search('Nowhereville', 10))).toBe('places/made-up');
    db.close();
  });

  it('rebuilds after an update, and when the stored index is damaged', async () => {
    const db = await storeWith(places);
    const host = createSearchHost(async () => db);
    await host.refresh();
    const renamed = places.map((place) => (place.id === 'goris' ? { ...place, name: { en: 'Goris (Zangezur)' } } : place));
    await storeWith(renamed, 2, db);
    await host.refresh();
    expect(first(await host.search('Zangezur', 10))).toBe('places/goris');

    const stored = (await readSearchIndex(db))!;
    await writeSearchIndex(db, stored.builtFor, '{not an index');
    const fresh = createSearchHost(async () => db);
    expect(await fresh.refresh()).toBe(21);
    expect(first(await fresh.search('Zangezur', 10))).toBe('places/goris');
    db.close();
  });

  it('runs one more pass for any number of updates landing during one', async () => {
    const db = await storeWith(places);
    let opened = 0;
    const host = createSearchHost(async () => {
      opened++;
      return db;
    });
    await Promise.all([host.refresh(), host.refresh(), host.refresh(), host.refresh()]);
    expect(opened).toBe(2);
    db.close();
  });

  it('answers a failure as a reply, never as a rejection', async () => {
    const host = createSearchHost(() => Promise.reject(new Error('store closed')));
    expect(await host.handle({ id: 7, kind: 'refresh' })).toEqual({ id: 7, kind: 'failed', error: 'store closed' });
    expect(await host.handle({ id: 8, kind: 'search', query: 'Goris', limit: 5 })).toEqual({ id: 8, kind: 'failed', error: 'store closed' });
  });
});
