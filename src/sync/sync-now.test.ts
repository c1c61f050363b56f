import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHomewardDB } from '../store/db';
import { readMeta } from '../store/queries';
import type { Manifest } from '../model/file-schemas';
import { syncNow } from './sync-now';
import { sampleTables } from '../../feed/testing/sample-tables';
import { flipBit, serveDirectory, testPublisher, testSigningKey } from '../../feed/testing/test-publisher';

const BASE = 'https://feed.test/feed/';
const freshDb = () => openHomewardDB({}, undefined, `sync-test-${Math.random().toString(36).slice(2)}`);

/** A publisher, a client database synced to its first version, and a sync call bound to both. */
async function syncedClient() {
  const publisher = await testPublisher();
  const db = await freshDb();
  const sync = (breakFile?: Parameters<typeof serveDirectory>[1], requested?: string[], trustedKeys = [publisher.key.publicKey]) =>
    syncNow(db, BASE, { trustedKeys, fetch: serveDirectory(publisher.dir, breakFile, requested) });
  expect((await sync()).status).toBe('applied');
  return { ...publisher, db, sync };
}

const failure = (result: Awaited<ReturnType<typeof syncNow>>) => (result.status === 'failed' ? result.error.code : result.status);

describe('syncNow', () => {
  it('applies a first feed whole: records, dataset versions and feed meta', async () => {
    const { db } = await syncedClient();
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect(await db.count('trips')).toBe(1);
    const meta = await readMeta(db);
    expect(meta.feed).toMatchObject({ feedId: 'test-feed', version: 1, demo: true });
    expect(meta.datasets.hazards?.version).toBe(1);
    expect(meta.sync.lastSuccessAt).toBeDefined();
  });

  it('keeps the signed files it applied, exactly as published, and drops the ones the manifest no longer lists', async () => {
    const { sync, publish, db, dir } = await syncedClient();
    const manifestV1 = new Uint8Array(await readFile(join(dir, 'manifest.json')));
    expect(await db.get('feedFiles', 'manifest.json')).toEqual({ path: 'manifest.json', bytes: manifestV1 });
    const paths = await db.getAllKeys('feedFiles');
    expect(paths).toContainEqual(expect.stringMatching(/^hazards-v1-/));
    for (let round = 1; round <= 4; round++) {
      await publish(sampleTables(`Round ${round}`));
      await sync();
    }
    // Version 5 keeps deltas from 2, 3 and 4 only: the v1 file and the old deltas are gone.
    const after = await db.getAllKeys('feedFiles');
    expect(after).not.toContainEqual(expect.stringMatching(/^hazards-v1-/));
    expect(after).toContainEqual(expect.stringMatching(/^hazards-d4-v5-/));
  });

  it('reports "current" and downloads only the manifest when nothing changed', async () => {
    const { sync } = await syncedClient();
    const requested: string[] = [];
    expect((await sync(undefined, requested)).status).toBe('current');
    expect(requested.sort()).toEqual(['manifest.json', 'manifest.sig']);
  });

  it('fetches only the delta of a changed dataset and applies it', async () => {
    const { sync, publish, db } = await syncedClient();
    await publish(sampleTables('Changed title'));
    const requested: string[] = [];
    expect(await sync(undefined, requested)).toMatchObject({ status: 'applied', datasets: ['hazards'] });
    expect(requested.filter((name) => name.startsWith('hazards'))).toEqual([expect.stringMatching(/^hazards-d1-v2-/)]);
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Changed title');
    expect((await readMeta(db)).datasets.hazards?.version).toBe(2);
  });

  for (const [what, target] of [
    ['the manifest', (name: string) => name === 'manifest.json'],
    ['the signature', (name: string) => name === 'manifest.sig'],
  ] as const) {
    it(`rejects a flipped bit in ${what} and keeps the old data`, async () => {
      const { sync, publish, db } = await syncedClient();
      await publish(sampleTables('Forged'));
      // Flip a bit inside the text (not the trailing newline of the signature).
      const result = await sync((name, bytes) => (target(name) ? flipBit(bytes, 20) : bytes));
      expect(failure(result)).toBe('signature');
      expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
      expect((await readMeta(db)).sync.lastError?.code).toBe('signature');
    });
  }

  it('rejects a flipped bit in a delta by its hash', async () => {
    const { sync, publish, db } = await syncedClient();
    await publish(sampleTables('Changed'));
    const result = await sync((name, bytes) => (name.startsWith('hazards-d1') ? flipBit(bytes, 40) : bytes));
    expect(failure(result)).toBe('hash-mismatch');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect((await readMeta(db)).feed?.version).toBe(1);
  });

  it('rejects a manifest signed by an unknown key', async () => {
    const publisher = await testPublisher(testSigningKey());
    const db = await freshDb();
    const result = await syncNow(db, BASE, { trustedKeys: [testSigningKey().publicKey], fetch: serveDirectory(publisher.dir) });
    expect(failure(result)).toBe('signature');
    expect(await db.count('hazards')).toBe(0);
  });

  it('applies nothing when the connection drops after the first dataset', async () => {
    const publisher = await testPublisher();
    const db = await freshDb();
    const result = await syncNow(db, BASE, {
      trustedKeys: [publisher.key.publicKey],
      fetch: serveDirectory(publisher.dir, (name, bytes) => (name.startsWith('sites-') ? 'network-error' : bytes)),
    });
    expect(failure(result)).toBe('network');
    expect(await db.count('hazards')).toBe(0);
    expect((await readMeta(db)).feed).toBeUndefined();
  });

  it('rejects a correctly signed but older manifest (rollback)', async () => {
    const { sync, publish, dir, db } = await syncedClient();
    const oldManifest = await readFile(join(dir, 'manifest.json'));
    const oldSignature = await readFile(join(dir, 'manifest.sig'));
    await publish(sampleTables('v2'));
    await sync();
    // An attacker replays the genuine, signed version 1.
    await writeFile(join(dir, 'manifest.json'), oldManifest);
    await writeFile(join(dir, 'manifest.sig'), oldSignature);
    expect(failure(await sync())).toBe('rollback');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('v2');
  });

  it('rejects a feed with another feed id, even when signed by a trusted key', async () => {
    const { key, db } = await syncedClient();
    const { publishFeed } = await import('../../feed/publish-feed');
    const dir = `${(await testPublisher(key)).dir}-other`;
    await publishFeed({ outDir: dir, feedId: 'other-feed', demo: true, tables: sampleTables('Other'), key, now: new Date(), validDays: 30 });
    const result = await syncNow(db, BASE, { trustedKeys: [key.publicKey], fetch: serveDirectory(dir) });
    expect(failure(result)).toBe('feed-mismatch');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
  });

  it('rejects a dataset that matches its hash and a valid signature but breaks the schema', async () => {
    const publisher = await testPublisher();
    const manifest = JSON.parse(await readFile(join(publisher.dir, 'manifest.json'), 'utf8')) as Manifest;
    const bad = JSON.stringify({ dataset: 'sites', version: 1, tables: { sites: [{ id: 'x' }] } });
    await writeFile(join(publisher.dir, manifest.datasets.sites.path), bad);
    manifest.datasets.sites.sha256 = createHash('sha256').update(bad).digest('hex');
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
    const { signBytes } = await import('../../feed/signing');
    await writeFile(join(publisher.dir, 'manifest.json'), manifestBytes);
    await writeFile(join(publisher.dir, 'manifest.sig'), signBytes(manifestBytes, publisher.key));
    const db = await freshDb();
    const result = await syncNow(db, BASE, { trustedKeys: [publisher.key.publicKey], fetch: serveDirectory(publisher.dir) });
    expect(failure(result)).toBe('dataset-invalid');
    expect(result.status === 'failed' && result.error.detail).toMatch(/sites.*name/);
    expect(await db.count('hazards')).toBe(0);
  });
});
