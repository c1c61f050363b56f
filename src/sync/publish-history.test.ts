// Property: whatever a publisher's history — builds, builds cut short, a published directory
// lost and rebuilt, keys rotated and revoked — a phone that syncs at any point ends holding
// exactly what the feed's full files say. Through the real publisher and the real sync engine
// (fake-indexeddb), 40 seeded histories.
import 'fake-indexeddb/auto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../model/canonical-json';
import { DATASET_NAMES, tablesOf } from '../model/datasets';
import type { Manifest } from '../model/file-schemas';
import { openHomewardDB, type HomewardDB, type HomewardStoreName } from '../store/db';
import { seededRandom } from '../testing/seeded-random';
import { changeKeyList, readKeyList, writeKeyList } from '../../feed/key-list';
import { publishFeed } from '../../feed/publish-feed';
import { carryOver, replaceDirectory } from '../../feed/publish-dir';
import { newSigningKey, type SigningKey } from '../../feed/signing';
import { sampleTables } from '../../feed/testing/sample-tables';
import { serveDirectory } from '../../feed/testing/test-publisher';
import { syncNow } from './sync-now';

const HISTORIES = 40;
const STEPS = 14;
const FEED = 'history-feed';
const BASE = 'https://feed.test/feed/';

type Tables = ReturnType<typeof sampleTables>;

/** Sample tables with a random set of hazards and contacts, each with a random title. */
function randomTables(random: () => number): Tables {
  const tables = sampleTables();
  const hazard = tables.hazards.hazards[0]!;
  const contact = tables.contacts.contacts[0]!;
  const pick = (count: number) => Array.from({ length: count }, (_, i) => i).filter(() => random() < 0.6);
  tables.hazards.hazards = pick(6).map((i) => ({ ...hazard, id: `hz-${i}`, title: { en: `Hazard ${i} · ${Math.floor(random() * 3)}` }, status: random() < 0.5 ? 'active' : 'released' }));
  tables.contacts.contacts = pick(4).map((i) => ({ ...contact, id: `ct-${i}`, name: { en: `Contact ${i} · ${Math.floor(random() * 3)}` } }));
  return tables;
}

/** The phone's records of every table, in canonical form. */
async function phoneRecords(db: HomewardDB): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of DATASET_NAMES) for (const table of tablesOf(name)) tables[table] = await db.getAll(table as HomewardStoreName);
  return canonicalJson(tables);
}

/** The records of every full file the published manifest names, in canonical form. */
async function feedRecords(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const tables: Record<string, unknown[]> = {};
  for (const name of DATASET_NAMES) {
    const file = JSON.parse(await readFile(join(dir, manifest.datasets[name].path), 'utf8')) as { tables: Record<string, { id: string }[]> };
    for (const [table, records] of Object.entries(file.tables)) tables[table] = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return canonicalJson(tables);
}

async function snapshot(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  return JSON.stringify(await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString('base64')])));
}

describe('a phone syncing at random points of a random publish history', () => {
  it(`holds exactly the feed's full files after every sync, over ${HISTORIES} histories`, async () => {
    const kinds = new Map<string, number>();
    for (let history = 1; history <= HISTORIES; history++) {
      const random = seededRandom(2020_12_00 + history);
      const dir = join(await import('node:os').then((os) => os.tmpdir()), `homeward-history-${history}-${Math.random().toString(36).slice(2)}`);
      const rootKey = await newSigningKey();
      let key: SigningKey = await newSigningKey();
      let now = Date.UTC(2020, 11, 1);
      const tick = () => (now += 1000 + Math.floor(random() * 86_400_000));
      const publish = (tables = randomTables(random), hooks = {}) =>
        publishFeed({ outDir: dir, feedId: FEED, demo: true, tables, key, rootKey, now: new Date(tick()), validDays: 3650, hooks });
      const phones = [await openHomewardDB({}, undefined, `history-${history}-a`), await openHomewardDB({}, undefined, `history-${history}-b`)];
      await publish();

      for (let step = 0; step < STEPS; step++) {
        const roll = random();
        const kind = roll < 0.45 ? 'build' : roll < 0.6 ? 'interrupted build' : roll < 0.72 ? 'lost directory' : roll < 0.84 ? 'rotation' : 'nothing';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (kind === 'build') await publish();
        else if (kind === 'interrupted build') {
          const before = await snapshot(dir);
          await expect(publish(randomTables(random), { beforeSwap: () => Promise.reject(new Error('power cut')) })).rejects.toThrow('power cut');
          expect(await snapshot(dir), `history ${history}: an interrupted build changed the directory`).toBe(before);
        } else if (kind === 'lost directory') {
          await rm(dir, { recursive: true, force: true });
          await publish();
        } else if (kind === 'rotation') {
          // A new online key; the old one revoked as compromised, or retired; then a build signs with it.
          const old = key;
          key = await newSigningKey();
          const list = changeKeyList({ feedId: FEED, previous: await readKeyList(dir), now: new Date(tick()), add: key, revoke: [{ id: old.id, reason: random() < 0.5 ? 'compromised' : 'retired' }] });
          await replaceDirectory(dir, async (staging) => {
            for (const name of await readdir(dir)) if (!name.startsWith('keys.')) await carryOver(dir, staging, name);
            await writeKeyList(staging, list, rootKey);
          });
          await publish();
        }
        // Each phone syncs on its own schedule: one often, one rarely.
        for (const [index, phone] of phones.entries()) {
          if (random() > (index === 0 ? 0.8 : 0.3)) continue;
          const result = await syncNow(phone, BASE, { rootKeys: [rootKey.publicKey], fetch: serveDirectory(dir), now: new Date(now) });
          const label = `history ${history}, step ${step} (${kind}), phone ${index}`;
          expect(result.status === 'failed' ? `${result.error.code}: ${result.error.detail}` : 'ok', label).toBe('ok');
          expect(await phoneRecords(phone), label).toBe(await feedRecords(dir));
        }
      }
      for (const phone of phones) phone.close();
      await rm(dir, { recursive: true, force: true });
    }
    // Every kind of event happened, many times.
    for (const kind of ['build', 'interrupted build', 'lost directory', 'rotation']) expect(kinds.get(kind), kind).toBeGreaterThan(20);
  }, 120_000);
});
