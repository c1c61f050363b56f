// Property-style: for random record sets A and B, applying delta(A→B) to A gives B exactly —
// through the app's real apply path (one IndexedDB transaction, fake-indexeddb here).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeDelta } from '../model/table-delta';
import { openHomewardDB } from './db';
import { applyChanges, type TableChange } from './apply-changes';
import type { Contact } from '../model/datasets';
import { sampleTables } from '../../feed/testing/sample-tables';

/** A small seeded generator, so a failing case can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function randomContacts(next: () => number): Contact[] {
  const count = Math.floor(next() * 12);
  const ids = new Set<string>();
  while (ids.size < count) ids.add(`ct-${Math.floor(next() * 20)}`);
  return [...ids].map((id) => ({
    id,
    name: { en: `Org ${Math.floor(next() * 3)}`, ...(next() < 0.5 ? { ru: 'Орг' } : {}) },
    description: { en: 'Help' },
    categories: next() < 0.5 ? ['food'] : ['medical', 'shelter'],
    phones: next() < 0.3 ? [{ number: '112', type: 'voice' as const }] : [],
    languages: ['en'],
    area: { en: 'Area' },
    source: 'Test',
    verifiedAt: next() < 0.5 ? '2020-12-01' : '2020-12-02',
  }));
}

const byId = (records: { id: string }[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

describe('computeDelta', () => {
  it('applying delta(A→B) to A gives B, for 200 random pairs', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const [before, after] = [randomContacts(next), randomContacts(next)];
      const db = await openHomewardDB({}, undefined, `delta-${seed}`);
      const meta = { version: 1, sha256: '', bytes: 0, appliedAt: '' };
      const feed = { feedId: 'f', version: 1, issuedAt: '', expiresAt: '', demo: true };
      await applyChanges(db, feed, [{ dataset: 'contacts', meta, tables: [{ table: 'contacts', replaceAll: true, upserts: before, deletes: [] }] }], {});

      const delta = computeDelta('contacts', 1, 2, { contacts: before }, { contacts: after });
      const change = delta.tables.contacts;
      const tables: TableChange[] = change ? [{ table: 'contacts', replaceAll: false, upserts: change.upserts, deletes: change.deletes }] : [];
      await applyChanges(db, { ...feed, version: 2 }, [{ dataset: 'contacts', meta: { ...meta, version: 2 }, tables }], {});

      expect(await db.getAll('contacts'), `seed ${seed}`).toEqual(byId(after));
      db.close();
    }
  });

  it('carries only what changed: one edited record, one removed', () => {
    const [a, b, c] = randomContacts(random(7)).concat(randomContacts(random(8))).slice(0, 3) as Contact[];
    const edited = { ...b!, name: { en: 'Renamed' } };
    const delta = computeDelta('contacts', 4, 5, { contacts: [a!, b!, c!] }, { contacts: [a!, edited] });
    expect(delta).toEqual({ dataset: 'contacts', from: 4, to: 5, tables: { contacts: { upserts: [edited], deletes: [c!.id] } } });
  });

  it('leaves unchanged tables out', () => {
    const contacts = randomContacts(random(3));
    expect(computeDelta('contacts', 1, 2, { contacts }, { contacts }).tables).toEqual({});
  });
});

describe('applyChanges', () => {
  const feed = { feedId: 'f', version: 1, issuedAt: '2020-12-01T00:00:00Z', expiresAt: '2020-12-31T00:00:00Z', demo: true };
  const meta = { version: 1, sha256: 'a'.repeat(64), bytes: 10, appliedAt: '2020-12-01T00:00:00Z' };
  const hazard = (id: string, title: string) => ({ ...sampleTables().hazards.hazards[0]!, id, title: { en: title } });

  it("keeps each hazard's summary beside it: written, replaced and deleted in the same transaction", async () => {
    const db = await openHomewardDB({}, undefined, `summaries-${Math.random()}`);
    const first = [hazard('hz-a', 'A'), hazard('hz-b', 'B')];
    await applyChanges(db, feed, [{ dataset: 'hazards', meta, tables: [{ table: 'hazards', replaceAll: true, upserts: first, deletes: [] }] }], {});
    expect((await db.getAll('hazardSummaries')).map((summary) => [summary.id, summary.title.en])).toEqual([
      ['hz-a', 'A'],
      ['hz-b', 'B'],
    ]);
    await applyChanges(db, feed, [{ dataset: 'hazards', meta, tables: [{ table: 'hazards', replaceAll: false, upserts: [hazard('hz-b', 'B2'), hazard('hz-c', 'C')], deletes: ['hz-a'] }] }], {});
    expect((await db.getAll('hazardSummaries')).map((summary) => [summary.id, summary.title.en])).toEqual([
      ['hz-b', 'B2'],
      ['hz-c', 'C'],
    ]);
    // A summary holds no long texts and no signature.
    expect(Object.keys((await db.get('hazardSummaries', 'hz-b'))!).sort()).toEqual(['district', 'geometry', 'id', 'kind', 'reportedAt', 'source', 'status', 'title', 'verifiedAt']);
    db.close();
  });

  it('stores nothing at all, signed files included, when one write throws before it is queued', async () => {
    const db = await openHomewardDB({}, undefined, `abort-${Math.random()}`);
    const changes = [
      { dataset: 'hazards' as const, meta, tables: [{ table: 'hazards' as const, replaceAll: true, upserts: [hazard('hz-a', 'A')], deletes: [] }] },
      // No id: the store's key path is missing, and put() throws at once.
      { dataset: 'contacts' as const, meta, tables: [{ table: 'contacts' as const, replaceAll: true, upserts: [{ name: { en: 'No id' } } as never], deletes: [] }] },
    ];
    const archive = { files: [{ path: 'manifest.json', bytes: new Uint8Array([123, 125]) }], keep: new Set(['manifest.json']) };
    await expect(applyChanges(db, feed, changes, { lastSuccessAt: 'now' }, archive)).rejects.toThrow();
    expect(await db.count('hazards')).toBe(0);
    expect(await db.count('hazardSummaries')).toBe(0);
    expect(await db.count('feedFiles')).toBe(0);
    expect(await db.get('meta', 'feed')).toBeUndefined();
    db.close();
  });
});
