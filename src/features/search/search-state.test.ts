import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import placesSource from '../../../feed/sources/places.json';
import { PlaceSchema } from '../../model/record-schemas';
import { applyChanges } from '../../store/apply-changes';
import { openHomewardDB } from '../../store/db';
import { indexRevision, indexStatus, refreshSearchIndex, searchFor } from './search-state';

const places = v.parse(v.array(PlaceSchema), placesSource.places);

describe('search on a page where no worker can start', () => {
  // Node has no Worker: the page runs the same host itself, over the page's own connection.
  it('still builds the index from the store and answers', async () => {
    const db = await openHomewardDB();
    const meta = { version: 1, sha256: 'a'.repeat(64), bytes: 10, appliedAt: '2020-12-01T00:00:00Z' };
    await applyChanges(
      db,
      { feedId: 'f', version: 1, issuedAt: '2020-12-01T00:00:00Z', expiresAt: '2020-12-31T00:00:00Z', demo: true },
      [{ dataset: 'places', meta, tables: [{ table: 'places', replaceAll: true, upserts: places, deletes: [] }] }],
      {},
    );
    db.close();
    expect(typeof Worker).toBe('undefined');
    expect(indexStatus.value).toBe('idle');
    await refreshSearchIndex();
    expect(indexStatus.value).toBe('ready');
    expect(indexRevision.value).toBe(1);
    const results = await searchFor('Lahcin');
    expect(results.map((result) => `${result.section}/${result.id}`)[0]).toBe('places/lachin');
  });
});
