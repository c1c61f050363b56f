import 'fake-indexeddb/auto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFeed } from '../../feed/publish-feed';
import { signBytes, type SigningKey } from '../../feed/signing';
import { openHomewardDB } from '../store/db';
import { DATASET_NAMES, type DatasetName, type Hazard } from '../model/datasets';
import type { DatasetFile, DeltaFile, Manifest } from '../model/file-schemas';
import { recordSigningMessage, withoutSignature } from '../model/record-signing';
import { verifyRecordSignature } from './record-signature';
import { syncNow } from './sync-now';
import { sampleTables } from '../../feed/testing/sample-tables';
import { serveDirectory, testPublisher, testSigningKey } from '../../feed/testing/test-publisher';

const FEED = 'test-feed';
const SIGNED_AT = '2020-12-22T10:00:00.000Z';

const hazard = (): Hazard => sampleTables().hazards.hazards[0]!;

function signed<R extends object>(record: R, key: SigningKey, table: 'hazards' | 'contacts' = 'hazards', feedId = FEED, signedAt = SIGNED_AT) {
  return { ...record, signature: { sig: signBytes(recordSigningMessage(feedId, table, record, signedAt), key), signedAt } };
}

describe('recordSigningMessage', () => {
  it('is canonical JSON of feed, signedAt, table and the record without its signature', () => {
    const record = { id: 'x', source: 'S', verifiedAt: '2020-12-01', signature: { sig: 'ignored', signedAt: 'ignored' } };
    const text = new TextDecoder().decode(recordSigningMessage(FEED, 'places', record, SIGNED_AT));
    expect(text).toBe(`{"feedId":"test-feed","record":{"id":"x","source":"S","verifiedAt":"2020-12-01"},"signedAt":"${SIGNED_AT}","table":"places"}`);
  });

  it('does not depend on the order of the record’s keys', () => {
    const record = hazard();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as Hazard;
    expect(recordSigningMessage(FEED, 'hazards', reordered, SIGNED_AT)).toEqual(recordSigningMessage(FEED, 'hazards', record, SIGNED_AT));
  });
});

describe('verifyRecordSignature', () => {
  const key = testSigningKey();
  const record = signed(hazard(), key);

  it('accepts a record signed by a trusted key, in any key order, and by the second of two keys', async () => {
    expect(await verifyRecordSignature(FEED, 'hazards', record, [key.publicKey])).toBe(true);
    expect(await verifyRecordSignature(FEED, 'hazards', Object.fromEntries(Object.entries(record).reverse()), [key.publicKey])).toBe(true);
    expect(await verifyRecordSignature(FEED, 'hazards', record, [testSigningKey().publicKey, key.publicKey])).toBe(true);
  });

  it('rejects a record with a tampered field', async () => {
    expect(await verifyRecordSignature(FEED, 'hazards', { ...record, status: 'released' }, [key.publicKey])).toBe(false);
    expect(await verifyRecordSignature(FEED, 'hazards', { ...record, title: { ...record.title, ru: 'Безопасно' } }, [key.publicKey])).toBe(false);
  });

  it('rejects a genuine record presented as another table’s', async () => {
    expect(await verifyRecordSignature(FEED, 'contacts', record, [key.publicKey])).toBe(false);
  });

  it('rejects a genuine record presented as another feed’s', async () => {
    expect(await verifyRecordSignature('other-feed', 'hazards', record, [key.publicKey])).toBe(false);
  });

  it('rejects a signature by an unknown key', async () => {
    expect(await verifyRecordSignature(FEED, 'hazards', record, [testSigningKey().publicKey])).toBe(false);
    expect(await verifyRecordSignature(FEED, 'hazards', record, [])).toBe(false);
  });

  it('rejects a record without a signature, or with a malformed one', async () => {
    expect(await verifyRecordSignature(FEED, 'hazards', withoutSignature(record), [key.publicKey])).toBe(false);
    for (const signature of [null, 'sig', {}, { sig: record.signature.sig }, { sig: '!!not base64!!', signedAt: SIGNED_AT }, { sig: 42, signedAt: SIGNED_AT }]) {
      expect(await verifyRecordSignature(FEED, 'hazards', { ...record, signature }, [key.publicKey])).toBe(false);
    }
  });

  it('rejects a signature moved to another date: signedAt is signed too', async () => {
    const redated = { ...record, signature: { ...record.signature, signedAt: '2021-01-01T00:00:00.000Z' } };
    expect(await verifyRecordSignature(FEED, 'hazards', redated, [key.publicKey])).toBe(false);
  });
});

// ------------------------------------------------------------------ the publisher signs records

type Tables = { [D in DatasetName]: DatasetFile<D>['tables'] };

async function fullFile<D extends DatasetName>(dir: string, dataset: D): Promise<DatasetFile<D>> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  return JSON.parse(await readFile(join(dir, manifest.datasets[dataset].path), 'utf8')) as DatasetFile<D>;
}

const publishAt = (dir: string, tables: Tables, key: SigningKey, now: string) =>
  publishFeed({ outDir: dir, feedId: FEED, demo: true, tables, key, now: new Date(now), validDays: 30 });

/** The sample tables with a second hazard, so one can change while the other does not. */
function twoHazards(title = 'Field north of the road'): Tables {
  const tables = sampleTables(title);
  const other = { ...hazard(), id: 'hz-2', title: { en: 'Orchard by the river', hy: 'Այգի', ru: 'Сад у реки' } };
  return { ...tables, hazards: { hazards: [...tables.hazards.hazards, other] } };
}

async function everyRecordVerifies(dir: string, keys: string[]) {
  for (const dataset of DATASET_NAMES) {
    const file = await fullFile(dir, dataset);
    for (const [table, records] of Object.entries(file.tables) as [never, { id: string }[]][]) {
      for (const record of records) expect(await verifyRecordSignature(FEED, table, record, keys), `${table} ${record.id}`).toBe(true);
    }
  }
}

describe('publishFeed signs every record', () => {
  it('writes a signature dated the publish time on every record of every dataset', async () => {
    const { dir, key } = await testPublisher();
    await everyRecordVerifies(dir, [key.publicKey]);
    expect((await fullFile(dir, 'sites')).tables.sites[0]!.signature?.signedAt).toBe('2020-12-22T00:00:00.000Z');
  });

  it('changes nothing when the same tables are published again, later', async () => {
    const { dir, key } = await testPublisher();
    const filesBefore = (await readdir(dir)).sort();
    // A later date: re-signing would give new signatures (Ed25519 is deterministic for the same message).
    const { changed } = await publishAt(dir, sampleTables(), key, '2021-01-15T00:00:00Z');
    expect(changed).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(filesBefore);
  });

  it('keeps the signature of an unchanged record and re-signs only the edited one; the delta carries only that one', async () => {
    const { dir, key } = await testPublisher();
    await publishAt(dir, twoHazards(), key, '2020-12-23T00:00:00Z');
    const v2 = await fullFile(dir, 'hazards');
    const { changed, manifest } = await publishAt(dir, twoHazards('Field north of the road, cleared in part'), key, '2020-12-24T00:00:00Z');
    expect(changed).toEqual(['hazards']);
    const v3 = await fullFile(dir, 'hazards');
    const [edited, kept] = v3.tables.hazards;
    expect(kept).toEqual(v2.tables.hazards[1]);
    expect(kept!.signature?.signedAt).toBe('2020-12-23T00:00:00.000Z');
    expect(edited!.signature?.signedAt).toBe('2020-12-24T00:00:00.000Z');
    expect(edited!.signature?.sig).not.toBe(v2.tables.hazards[0]!.signature?.sig);
    await everyRecordVerifies(dir, [key.publicKey]);

    const entry = manifest.datasets.hazards.deltas.find((delta) => delta.from === 2)!;
    const delta = JSON.parse(await readFile(join(dir, entry.path), 'utf8')) as DeltaFile<'hazards'>;
    expect(delta.tables.hazards).toEqual({ upserts: [edited], deletes: [] });
  });

  it('ignores signatures in its input and signs the content itself', async () => {
    const { dir, key } = await testPublisher();
    const forger = testSigningKey();
    const tables = sampleTables('Edited');
    tables.hazards.hazards[0] = signed(tables.hazards.hazards[0]!, forger);
    await publishAt(dir, tables, key, '2020-12-23T00:00:00Z');
    const record = (await fullFile(dir, 'hazards')).tables.hazards[0]!;
    expect(await verifyRecordSignature(FEED, 'hazards', record, [key.publicKey])).toBe(true);
    expect(await verifyRecordSignature(FEED, 'hazards', record, [forger.publicKey])).toBe(false);
  });

  it('re-signs everything once after a key rotation, then leaves it alone', async () => {
    const { dir } = await testPublisher();
    const newKey = testSigningKey();
    const { changed } = await publishAt(dir, sampleTables(), newKey, '2020-12-23T00:00:00Z');
    expect(changed).toEqual([...DATASET_NAMES]);
    await everyRecordVerifies(dir, [newKey.publicKey]);
    expect((await publishAt(dir, sampleTables(), newKey, '2020-12-24T00:00:00Z')).changed).toEqual([]);
  });

  it('signs the records of a directory published before per-record signatures once, then leaves them alone', async () => {
    const { dir, key } = await testPublisher();
    // Strip the signatures, as the files of an older publisher were written.
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const file = await fullFile(dir, 'places');
    const unsigned = { ...file, tables: { places: file.tables.places.map((record) => withoutSignature(record)) } };
    await writeFile(join(dir, manifest.datasets.places.path), JSON.stringify(unsigned));
    expect((await publishAt(dir, sampleTables(), key, '2020-12-23T00:00:00Z')).changed).toEqual(['places']);
    await everyRecordVerifies(dir, [key.publicKey]);
    expect((await publishAt(dir, sampleTables(), key, '2020-12-24T00:00:00Z')).changed).toEqual([]);
  });

  it('keeps signatures through sync, full file and delta alike, so a stored record can be shared and verified', async () => {
    const { dir, key, publish } = await testPublisher();
    const db = await openHomewardDB({}, undefined, `record-signature-${Math.random().toString(36).slice(2)}`);
    const sync = () => syncNow(db, 'https://feed.test/feed/', { trustedKeys: [key.publicKey], fetch: serveDirectory(dir) });
    expect((await sync()).status).toBe('applied');
    expect(await verifyRecordSignature(FEED, 'sites', (await db.get('sites', 'dadivank'))!, [key.publicKey])).toBe(true);
    await publish(sampleTables('Changed by a delta'));
    expect(await sync()).toMatchObject({ status: 'applied', datasets: ['hazards'] });
    const stored = (await db.get('hazards', 'hz-1'))!;
    expect(stored.title.en).toBe('Changed by a delta');
    expect(await verifyRecordSignature(FEED, 'hazards', stored, [key.publicKey])).toBe(true);
    db.close();
  });
});
