import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHomewardDB } from '../store/db';
import { readMeta } from '../store/queries';
import type { Manifest } from '../model/file-schemas';
import { syncNow } from './sync-now';
import { sampleTables } from '../../feed/testing/sample-tables';
import { flipBit, serveDirectory, testPublisher, testSigningKey, TEST_PUBLISH_TIME } from '../../feed/testing/test-publisher';
import { changeKeyList, readKeyList, writeKeyList } from '../../feed/key-list';
import { signBytes } from '../../feed/signing';

const BASE = 'https://feed.test/feed/';
const freshDb = () => openHomewardDB({}, undefined, `sync-test-${Math.random().toString(36).slice(2)}`);
// The phone's clock during these tests: a day after the test publisher's first publish.
const PHONE_NOW = new Date(TEST_PUBLISH_TIME.getTime() + 86_400_000);

/** A publisher, a client database synced to its first version, and a sync call bound to both. */
async function syncedClient() {
  const publisher = await testPublisher();
  const db = await freshDb();
  const sync = (breakFile?: Parameters<typeof serveDirectory>[1], requested?: string[], rootKeys = publisher.rootKeys, now = PHONE_NOW) =>
    syncNow(db, BASE, { rootKeys, fetch: serveDirectory(publisher.dir, breakFile, requested), now });
  expect((await sync()).status).toBe('applied');
  return { ...publisher, db, sync };
}

const failure = (result: Awaited<ReturnType<typeof syncNow>>) => (result.status === 'failed' ? result.error.code : result.status);
const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('syncNow', () => {
  it('applies a first feed whole: records, dataset versions, feed meta and the key that signed it', async () => {
    const { db, dir, key } = await syncedClient();
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect(await db.count('trips')).toBe(1);
    const meta = await readMeta(db);
    const manifest = await readManifest(dir);
    expect(meta.feed).toEqual({ feedId: 'test-feed', version: manifest.version, issuedAt: '2020-12-22T00:00:00.000Z', expiresAt: '2021-01-21T00:00:00.000Z', demo: true, keyId: key.id });
    expect(meta.datasets.hazards).toMatchObject({ version: 1, sha256: manifest.datasets.hazards.sha256 });
    expect(meta.keys?.keys.map((listed) => listed.id)).toEqual([key.id]);
    expect(meta.sync.lastSuccessAt).toBe(PHONE_NOW.toISOString());
  });

  it('keeps the signed files it applied, exactly as published, and drops the ones the manifest no longer lists', async () => {
    const { sync, publish, db, dir } = await syncedClient();
    const manifestV1 = new Uint8Array(await readFile(join(dir, 'manifest.json')));
    expect(await db.get('feedFiles', 'manifest.json')).toEqual({ path: 'manifest.json', bytes: manifestV1 });
    expect(await db.getAllKeys('feedFiles')).toEqual(expect.arrayContaining(['keys.json', 'keys.sig', expect.stringMatching(/^hazards-v1-/)]));
    for (let round = 1; round <= 4; round++) {
      await publish(sampleTables(`Round ${round}`));
      await sync();
    }
    // Version 5 keeps deltas from 2, 3 and 4 only: the v1 file and the old deltas are gone.
    const after = await db.getAllKeys('feedFiles');
    expect(after).not.toContainEqual(expect.stringMatching(/^hazards-v1-/));
    expect(after).toContainEqual(expect.stringMatching(/^hazards-d4-v5-/));
  });

  it('reports "current" and downloads only the key list and the manifest when nothing changed', async () => {
    const { sync } = await syncedClient();
    const requested: string[] = [];
    expect((await sync(undefined, requested)).status).toBe('current');
    expect(requested.sort()).toEqual(['keys.json', 'keys.sig', 'manifest.json', 'manifest.sig']);
  });

  it('takes a re-signed manifest with no change as the news that the data is still current', async () => {
    const { sync, publish, db } = await syncedClient();
    const later = new Date('2021-01-10T00:00:00Z');
    await publish(sampleTables(), { now: later });
    const requested: string[] = [];
    expect((await sync(undefined, requested, undefined, later)).status).toBe('current');
    expect(requested.sort()).toEqual(['keys.json', 'keys.sig', 'manifest.json', 'manifest.sig']);
    expect((await readMeta(db)).feed).toMatchObject({ issuedAt: '2021-01-10T00:00:00.000Z', expiresAt: '2021-02-09T00:00:00.000Z' });
  });

  it('fetches only the delta made from exactly the stored file, and applies it', async () => {
    const { sync, publish, db } = await syncedClient();
    await publish(sampleTables('Changed title'));
    const requested: string[] = [];
    expect(await sync(undefined, requested)).toMatchObject({ status: 'applied', datasets: ['hazards'] });
    expect(requested.filter((name) => name.startsWith('hazards'))).toEqual([expect.stringMatching(/^hazards-d1-v2-/)]);
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Changed title');
    expect((await readMeta(db)).datasets.hazards?.version).toBe(2);
  });

  it('takes the full file when the publisher lost its directory and the same version number now means other content', async () => {
    const { sync, publish, db, dir } = await syncedClient();
    await publish(sampleTables('Released in the lost history'));
    await sync();
    // The directory is lost; the publisher rebuilds from scratch with the same keys: the field is
    // back to its first title (v1 again), then two edits (v2, v3). Version 2 now names other content.
    await rm(dir, { recursive: true });
    await publish(sampleTables('Field north of the road'));
    await publish(sampleTables('Edit one'));
    await publish(sampleTables('Active again'));
    const manifest = await readManifest(dir);
    expect(manifest.datasets.hazards.version).toBe(3);
    expect(manifest.datasets.hazards.deltas.map((delta) => delta.from)).toEqual([2, 1]);
    const requested: string[] = [];
    expect(await sync(undefined, requested)).toMatchObject({ status: 'applied' });
    // The stored v2 is not the v2 the new delta was made from: the full file, never the delta.
    expect(requested.filter((name) => name.startsWith('hazards'))).toEqual([manifest.datasets.hazards.path]);
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Active again');
  });

  for (const [what, target] of [
    ['the manifest', (name: string) => name === 'manifest.json'],
    ['its signature', (name: string) => name === 'manifest.sig'],
    ['the key list', (name: string) => name === 'keys.json'],
    ['the key list signature', (name: string) => name === 'keys.sig'],
  ] as const) {
    it(`rejects a flipped bit in ${what} and keeps the old data`, async () => {
      const { sync, publish, db } = await syncedClient();
      await publish(sampleTables('Forged'));
      // Flip a bit inside the text (not the trailing newline of a signature).
      const result = await sync((name, bytes) => (target(name) ? flipBit(bytes, 20) : bytes));
      expect(failure(result)).toBe('signature');
      expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
      expect((await readMeta(db)).sync.lastError?.code).toBe('signature');
    });
  }

  it('rejects a flipped bit in a delta by its hash', async () => {
    const { sync, publish, db, dir } = await syncedClient();
    const before = (await readMeta(db)).feed!.version;
    await publish(sampleTables('Changed'));
    const result = await sync((name, bytes) => (name.startsWith('hazards-d1') ? flipBit(bytes, 40) : bytes));
    expect(failure(result)).toBe('hash-mismatch');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect((await readMeta(db)).feed?.version).toBe(before);
    expect(before).toBeLessThan((await readManifest(dir)).version);
  });

  it('rejects a feed whose key list is signed by a root key the app does not trust', async () => {
    const publisher = await testPublisher();
    const db = await freshDb();
    const result = await syncNow(db, BASE, { rootKeys: [(await testSigningKey()).publicKey], fetch: serveDirectory(publisher.dir), now: PHONE_NOW });
    expect(failure(result)).toBe('signature');
    expect(await db.count('hazards')).toBe(0);
  });

  it('rejects a manifest signed by a key the key list does not name, even a well-formed one', async () => {
    const { sync, dir, db } = await syncedClient();
    const manifestBytes = await readFile(join(dir, 'manifest.json'));
    await writeFile(join(dir, 'manifest.sig'), signBytes(new Uint8Array(manifestBytes), await testSigningKey()));
    expect(failure(await sync())).toBe('signature');
    expect((await readMeta(db)).sync.lastError?.detail).toMatch(/not signed by a key of the key list/);
  });

  it('on a first install, stores the verified hazards alone when the link drops later, and fetches only what is missing next time', async () => {
    const publisher = await testPublisher();
    const db = await freshDb();
    let isSitesBroken = true;
    const requested: string[] = [];
    const sync = () =>
      syncNow(db, BASE, {
        rootKeys: publisher.rootKeys,
        now: PHONE_NOW,
        fetch: serveDirectory(publisher.dir, (name, bytes) => (isSitesBroken && name.startsWith('sites-') ? 'network-error' : bytes), requested),
      });
    expect(failure(await sync())).toBe('network');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect(await db.count('sites')).toBe(0);
    // Places and contacts arrived whole before the drop, but are stored only with the rest of the update.
    expect(await db.count('places')).toBe(0);
    const meta = await readMeta(db);
    expect(Object.keys(meta.datasets)).toEqual(['hazards']);
    expect(meta.sync.lastSuccessAt).toBeUndefined();

    isSitesBroken = false;
    requested.length = 0;
    expect((await sync()).status).toBe('applied');
    expect(requested.filter((name) => !/^(keys|manifest)\./.test(name))).toEqual([expect.stringMatching(/^sites-/), expect.stringMatching(/^basemap-/)]);
    expect(await db.count('places')).toBeGreaterThan(0);
    expect(await db.count('sites')).toBeGreaterThan(0);
    expect(await db.count('partialDownloads')).toBe(0);
  });

  it('asks for the hazards file while the manifest’s signature is still on its way, and applies it only once that verifies', async () => {
    const publisher = await testPublisher();
    const db = await freshDb();
    const serve = serveDirectory(publisher.dir);
    let hazardsAsked!: () => void;
    const hazardsRequested = new Promise<void>((resolve) => (hazardsAsked = resolve));
    const result = await syncNow(db, BASE, {
      rootKeys: publisher.rootKeys,
      now: PHONE_NOW,
      // The signature is held back until the hazards have been asked for: without the early start, this sync never ends.
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const name = new URL(String(input)).pathname;
        if (name.endsWith('/manifest.sig')) await hazardsRequested;
        if (/\/hazards-v/.test(name)) hazardsAsked();
        return serve(input, init);
      }) as typeof fetch,
    });
    expect(result.status).toBe('applied');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
  });

  it('rejects a correctly signed but older manifest (rollback), and an older key list', async () => {
    const { sync, publish, dir, db, rootKey } = await syncedClient();
    const [oldManifest, oldSignature, oldKeys, oldKeysSignature] = await Promise.all(['manifest.json', 'manifest.sig', 'keys.json', 'keys.sig'].map((name) => readFile(join(dir, name))));
    await publish(sampleTables('v2'));
    await writeKeyList(dir, changeKeyList({ feedId: 'test-feed', previous: await readKeyList(dir), now: new Date('2020-12-23T00:00:00Z'), add: await testSigningKey() }), rootKey);
    await sync();
    // An attacker replays the genuine, signed version 1 of the manifest…
    await writeFile(join(dir, 'manifest.json'), oldManifest!);
    await writeFile(join(dir, 'manifest.sig'), oldSignature!);
    expect(failure(await sync())).toBe('rollback');
    // …or the older key list.
    await publish(sampleTables('v2'));
    await writeFile(join(dir, 'keys.json'), oldKeys!);
    await writeFile(join(dir, 'keys.sig'), oldKeysSignature!);
    expect(failure(await sync())).toBe('rollback');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('v2');
  });

  it('never applies an expired manifest over current data', async () => {
    const { sync, publish, db } = await syncedClient();
    // A genuine later publish, but with a validity so short that it expired before the phone saw it.
    await publish(sampleTables('Stale'), { validDays: 0.01 });
    expect(failure(await sync())).toBe('expired');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect((await readMeta(db)).sync.lastError?.detail).toMatch(/expired at/);
  });

  it('applies an expired manifest when it is the newest a phone can get, keeping its dates so every screen can say so', async () => {
    const publisher = await testPublisher();
    const db = await freshDb();
    const months = new Date('2021-06-01T00:00:00Z');
    const result = await syncNow(db, BASE, { rootKeys: publisher.rootKeys, fetch: serveDirectory(publisher.dir), now: months });
    expect(result.status).toBe('applied');
    expect((await readMeta(db)).feed).toMatchObject({ issuedAt: '2020-12-22T00:00:00.000Z', expiresAt: '2021-01-21T00:00:00.000Z' });
  });

  it('recovers from a leaked signing key: a forged huge version is applied, then the rotation lets the genuine feed back', async () => {
    const { publish, dir, db, key, rootKey, rootKeys } = await syncedClient();
    const syncFrom = (from: string) => syncNow(db, BASE, { rootKeys, fetch: serveDirectory(from), now: PHONE_NOW });
    // The attacker holds the signing key and serves, from a copy of the feed, a manifest of the
    // highest version whose hazards are gone.
    const attacker = `${dir}-attacker`;
    await cp(dir, attacker, { recursive: true });
    const forged = await testPublisher({ key, rootKey });
    const empty = sampleTables();
    empty.hazards.hazards = [];
    await forged.publish(empty);
    const manifest = await readManifest(forged.dir);
    manifest.version = Number.MAX_SAFE_INTEGER;
    const forgedBytes = new TextEncoder().encode(JSON.stringify(manifest));
    await cp(forged.dir, attacker, { recursive: true });
    await writeFile(join(attacker, 'manifest.json'), forgedBytes);
    await writeFile(join(attacker, 'manifest.sig'), signBytes(forgedBytes, key));
    expect((await syncFrom(attacker)).status).toBe('applied');
    expect(await db.count('hazards')).toBe(0);

    // The publisher learns of it: the root key revokes the leaked key and lists a new one.
    const newKey = await testSigningKey();
    const list = changeKeyList({ feedId: 'test-feed', previous: await readKeyList(dir), now: new Date('2020-12-22T12:00:00Z'), add: newKey, revoke: [{ id: key.id, reason: 'compromised' }] });
    await writeKeyList(dir, list, rootKey);
    // Until the genuine publish, the directory's manifest is signed by the revoked key: refused.
    expect(failure(await syncFrom(dir))).toBe('signature');
    expect((await readMeta(db)).sync.lastError?.detail).toMatch(/revoked key/);
    await publish(sampleTables('Genuine again'), { key: newKey });
    // Far below the forged version, and taken all the same: what the revoked key signed binds no more.
    expect((await readManifest(dir)).version).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect((await syncFrom(dir)).status).toBe('applied');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Genuine again');
    expect((await readMeta(db)).feed?.keyId).toBe(newKey.id);
    // And the attacker's copy is refused from now on: it can only offer the old key list.
    expect(failure(await syncFrom(attacker))).toBe('rollback');
    expect(await db.count('hazards')).toBe(1);
  });

  it('rejects a feed with another feed id, even when signed by a listed key', async () => {
    const { key, rootKey, db } = await syncedClient();
    const other = await testPublisher({ key, rootKey, feedId: 'other-feed' });
    const result = await syncNow(db, BASE, { rootKeys: other.rootKeys, fetch: serveDirectory(other.dir), now: PHONE_NOW });
    expect(failure(result)).toBe('feed-mismatch');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
  });

  it('rejects a dataset that matches its hash and a valid signature but breaks the schema', async () => {
    const publisher = await testPublisher();
    const manifest = await readManifest(publisher.dir);
    const bad = JSON.stringify({ dataset: 'sites', version: 1, tables: { sites: [{ id: 'x' }] } });
    await writeFile(join(publisher.dir, manifest.datasets.sites.path), bad);
    manifest.datasets.sites.sha256 = createHash('sha256').update(bad).digest('hex');
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
    await writeFile(join(publisher.dir, 'manifest.json'), manifestBytes);
    await writeFile(join(publisher.dir, 'manifest.sig'), signBytes(manifestBytes, publisher.key));
    const db = await freshDb();
    const result = await syncNow(db, BASE, { rootKeys: publisher.rootKeys, fetch: serveDirectory(publisher.dir), now: PHONE_NOW });
    expect(failure(result)).toBe('dataset-invalid');
    expect(result.status === 'failed' && result.error.detail).toMatch(/sites.*name/);
    expect(await db.count('sites')).toBe(0);
    expect((await readMeta(db)).datasets.sites).toBeUndefined();
  });
});
