import 'fake-indexeddb/auto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeKeyList, readKeyList, writeKeyList } from '../../feed/key-list';
import { publishFeed } from '../../feed/publish-feed';
import { signRecord } from '../../feed/record-signatures';
import type { SigningKey } from '../../feed/signing';
import { sampleTables } from '../../feed/testing/sample-tables';
import { serveDirectory, testPublisher, testSigningKey } from '../../feed/testing/test-publisher';
import { DATASET_NAMES, type DatasetName, type DatasetTables, type Hazard } from '../model/datasets';
import type { DatasetFile, DeltaFile, KeyList, Manifest } from '../model/file-schemas';
import { chainDigest, languageDigests, recordSigningMessage, splitTexts, withoutSignature } from '../model/record-signing';
import { openHomewardDB } from '../store/db';
import { verifyRecordSignature, verifySignedParts, type SignedParts } from './record-signature';
import { syncNow } from './sync-now';

const FEED = 'test-feed';
const SIGNED_AT = '2020-12-22T10:00:00.000Z';

const hazard = (): Hazard => ({
  ...sampleTables().hazards.hazards[0]!,
  title: { en: 'Field north of the road', hy: 'Դաշտ ճանապարհից հյուսիս', az: 'Yoldan şimaldakı sahə', ru: 'Поле к северу от дороги' },
  advice: { en: 'Stay on the road.', ru: 'Не сходите с дороги.' },
});

async function signed<R extends object>(record: R, key: SigningKey, table = 'hazards', feedId = FEED) {
  return { ...record, signature: await signRecord(feedId, table, withoutSignature(record), key, SIGNED_AT) };
}

/** A key list naming the given keys as listed and revoked. */
const keyList = (keys: SigningKey[], revoked: SigningKey[] = []): Pick<KeyList, 'keys' | 'revoked'> => ({
  keys: keys.map((key) => ({ id: key.id, publicKey: key.publicKey, addedAt: SIGNED_AT })),
  revoked: revoked.map((key) => ({ id: key.id, publicKey: key.publicKey, revokedAt: SIGNED_AT, reason: 'compromised' as const })),
});

const verified = async (...args: Parameters<typeof verifyRecordSignature>) => (await verifyRecordSignature(...args)).isVerified;

describe('the signing message', () => {
  it('stands each language in by one digest, and the rest of the record as it is, in canonical JSON', async () => {
    const record = { id: 'x', source: 'S', verifiedAt: '2020-12-01', name: { en: 'Goris', hy: 'Գորիս' }, signature: { sig: 'ignored' } };
    const { skeleton, texts } = splitTexts('places', record);
    expect(skeleton).toEqual({ id: 'x', name: {}, source: 'S', verifiedAt: '2020-12-01' });
    // Places have one text group: everything is carried together.
    expect(texts).toEqual({ hy: [['Գորիս']], az: [[null]], ru: [[null]], en: [['Goris']] });
    const digests = await languageDigests('places', record);
    const text = new TextDecoder().decode(recordSigningMessage({ feedId: FEED, table: 'places', keyId: 'k-0000000000000000', signedAt: SIGNED_AT, skeleton, digests }));
    expect(text).toBe(
      `{"feedId":"test-feed","keyId":"k-0000000000000000","record":{"id":"x","name":{},"source":"S","verifiedAt":"2020-12-01"},"signedAt":"${SIGNED_AT}","table":"places","texts":{"az":"${digests.az}","en":"${digests.en}","hy":"${digests.hy}","ru":"${digests.ru}"}}`,
    );
    // 12 bytes each, base64url.
    for (const digest of Object.values(digests)) expect(digest).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // A language without any text hashes the same whatever the record: [null] here.
    expect(digests.az).toBe(digests.ru);
  });

  it('groups a hazard’s texts: the title and other short texts, then the advice, then the description', async () => {
    const record = hazard();
    const { texts } = splitTexts('hazards', record);
    expect(texts.ru).toEqual([['Поле к северу от дороги'], ['Не сходите с дороги.'], [null]]);
    expect(texts.az).toEqual([['Yoldan şimaldakı sahə'], [null], [null]]);
    expect(texts.en).toEqual([['Field north of the road'], ['Stay on the road.'], ['Anti-personnel mines found.']]);
  });

  it('does not depend on the order of the record’s keys', async () => {
    const record = hazard();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as Hazard;
    expect(splitTexts('hazards', reordered)).toEqual(splitTexts('hazards', record));
    expect(await languageDigests('hazards', reordered)).toEqual(await languageDigests('hazards', record));
  });
});

describe('verifyRecordSignature', () => {
  it('accepts a record signed by a listed key, in any key order', async () => {
    const key = await testSigningKey();
    const record = await signed(hazard(), key);
    expect(await verifyRecordSignature(FEED, 'hazards', record, keyList([key]))).toEqual({ isVerified: true, keyId: key.id, signedAt: SIGNED_AT });
    expect(await verified(FEED, 'hazards', Object.fromEntries(Object.entries(record).reverse()), keyList([await testSigningKey(), key]))).toBe(true);
  });

  it('still verifies with some languages or groups left out, when their digests come with it', async () => {
    const key = await testSigningKey();
    const record = await signed(hazard(), key);
    const { skeleton, texts } = splitTexts('hazards', record);
    const digests = await languageDigests('hazards', record);
    const carried = (lang: 'hy' | 'en') => ({ groups: texts[lang] });
    const parts = (languages: SignedParts['languages']): SignedParts => ({ feedId: FEED, table: 'hazards', skeleton, languages, signature: record.signature });
    // What a QR code in Armenian carries: the Armenian and English texts, the others' digests.
    const hyEn = { hy: carried('hy'), en: carried('en'), az: { groups: [], rest: digests.az }, ru: { groups: [], rest: digests.ru } };
    expect((await verifySignedParts(parts(hyEn), keyList([key]))).isVerified).toBe(true);
    // Only English's title and advice, its description standing in by one digest.
    const enDescriptionLeftOut = { ...hyEn, en: { groups: texts.en.slice(0, 2), rest: await chainDigest(texts.en.slice(2)) } };
    expect((await verifySignedParts(parts(enDescriptionLeftOut), keyList([key]))).isVerified).toBe(true);
    // Only its title: the digest stands for the advice and the description together.
    const enTitleOnly = { ...hyEn, en: { groups: texts.en.slice(0, 1), rest: await chainDigest(texts.en.slice(1)) } };
    expect((await verifySignedParts(parts(enTitleOnly), keyList([key]))).isVerified).toBe(true);
    // A language's texts changed on the way: refused.
    const changedTitle = { ...hyEn, hy: { groups: [['Անվտանգ'], ...texts.hy.slice(1)] } };
    expect((await verifySignedParts(parts(changedTitle), keyList([key]))).isVerified).toBe(false);
    // A forged digest for a language left out: refused.
    expect((await verifySignedParts(parts({ ...hyEn, ru: { groups: [], rest: digests.az } }), keyList([key]))).isVerified).toBe(false);
    // The description's digest standing in for the advice and the description: refused.
    const wrongRest = { ...hyEn, en: { groups: texts.en.slice(0, 1), rest: await chainDigest(texts.en.slice(2)) } };
    expect((await verifySignedParts(parts(wrongRest), keyList([key]))).isVerified).toBe(false);
    // Without a key id every listed key is tried.
    const { keyId: _keyId, ...withoutKeyId } = record.signature;
    expect(await verifySignedParts({ ...parts(hyEn), signature: withoutKeyId }, keyList([await testSigningKey(), key]))).toEqual({ isVerified: true, keyId: key.id, signedAt: SIGNED_AT });
  });

  it('rejects a record with a tampered field, of another table, of another feed', async () => {
    const key = await testSigningKey();
    const record = await signed(hazard(), key);
    expect(await verified(FEED, 'hazards', { ...record, status: 'released' }, keyList([key]))).toBe(false);
    expect(await verified(FEED, 'hazards', { ...record, title: { ...record.title, ru: 'Безопасно' } }, keyList([key]))).toBe(false);
    expect(await verified(FEED, 'contacts', record, keyList([key]))).toBe(false);
    expect(await verified('other-feed', 'hazards', record, keyList([key]))).toBe(false);
  });

  it('says why: an unknown key, a revoked key, a broken or missing signature', async () => {
    const key = await testSigningKey();
    const record = await signed(hazard(), key);
    expect(await verifyRecordSignature(FEED, 'hazards', record, keyList([await testSigningKey()]))).toEqual({ isVerified: false, reason: 'unknown-key' });
    expect(await verifyRecordSignature(FEED, 'hazards', record, undefined)).toEqual({ isVerified: false, reason: 'unknown-key' });
    expect(await verifyRecordSignature(FEED, 'hazards', record, keyList([], [key]))).toEqual({ isVerified: false, reason: 'revoked-key' });
    expect(await verifyRecordSignature(FEED, 'hazards', withoutSignature(record), keyList([key]))).toEqual({ isVerified: false, reason: 'unsigned' });
    for (const signature of [null, 'sig', {}, { sig: record.signature.sig }, { sig: 42, signedAt: SIGNED_AT, keyId: key.id }]) {
      expect(await verified(FEED, 'hazards', { ...record, signature }, keyList([key]))).toBe(false);
    }
    expect(await verifyRecordSignature(FEED, 'hazards', { ...record, signature: { ...record.signature, sig: '!!not base64!!' } }, keyList([key]))).toEqual({ isVerified: false, reason: 'invalid' });
  });

  it('refuses a signature spelt another way: the last letter of base64url has unused bits', async () => {
    const key = await testSigningKey();
    const record = await signed(hazard(), key);
    const sig = record.signature.sig;
    const respelt = sig.slice(0, -1) + String.fromCharCode(sig.charCodeAt(85) + 1);
    expect(await verified(FEED, 'hazards', { ...record, signature: { ...record.signature, sig: respelt } }, keyList([key]))).toBe(false);
  });

  it('rejects a signature moved to another date or another key id: both are signed too', async () => {
    const key = await testSigningKey();
    const other = await testSigningKey();
    const record = await signed(hazard(), key);
    expect(await verified(FEED, 'hazards', { ...record, signature: { ...record.signature, signedAt: '2021-01-01T00:00:00.000Z' } }, keyList([key]))).toBe(false);
    // Under another listed key's id, the signature is checked with that key: refused.
    expect(await verified(FEED, 'hazards', { ...record, signature: { ...record.signature, keyId: other.id } }, keyList([key, other]))).toBe(false);
  });
});

// ------------------------------------------------------------------ the publisher signs records

type Tables = { [D in DatasetName]: DatasetTables<D> };

async function fullFile<D extends DatasetName>(dir: string, dataset: D): Promise<DatasetFile<D>> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  return JSON.parse(await readFile(join(dir, manifest.datasets[dataset].path), 'utf8')) as DatasetFile<D>;
}

/** The sample tables with a second hazard, so one can change while the other does not. */
function twoHazards(title = 'Field north of the road'): Tables {
  const tables = sampleTables(title);
  const other = { ...hazard(), id: 'hz-2', title: { en: 'Orchard by the river', hy: 'Այգի', ru: 'Сад у реки' } };
  return { ...tables, hazards: { hazards: [...tables.hazards.hazards, other] } };
}

async function everyRecordVerifies(dir: string) {
  const keys = (await readKeyList(dir))!;
  for (const dataset of DATASET_NAMES) {
    const file = await fullFile(dir, dataset);
    for (const [table, records] of Object.entries(file.tables) as [never, { id: string }[]][]) {
      for (const record of records) expect(await verified(FEED, table, record, keys), `${table} ${record.id}`).toBe(true);
    }
  }
}

describe('publishFeed signs every record', () => {
  it('writes a signature dated the publish time, naming its key, on every record of every dataset', async () => {
    const { dir, key } = await testPublisher();
    await everyRecordVerifies(dir);
    expect((await fullFile(dir, 'sites')).tables.sites[0]!.signature).toMatchObject({ signedAt: '2020-12-22T00:00:00.000Z', keyId: key.id });
  });

  it('changes no dataset file when the same tables are published again, later', async () => {
    const { dir, publish } = await testPublisher();
    const before = (await readdir(dir)).filter((name) => !name.startsWith('manifest.')).sort();
    // A later date: re-signing would give new signatures (Ed25519 is deterministic for the same message).
    const { changed } = await publish(sampleTables(), { now: new Date('2021-01-15T00:00:00Z') });
    expect(changed).toEqual([]);
    expect((await readdir(dir)).filter((name) => !name.startsWith('manifest.')).sort()).toEqual(before);
  });

  it('keeps the signature of an unchanged record and re-signs only the edited one; the delta carries only that one', async () => {
    const { dir, publish } = await testPublisher();
    await publish(twoHazards(), { now: new Date('2020-12-23T00:00:00Z') });
    const v2 = await fullFile(dir, 'hazards');
    const { changed, manifest } = await publish(twoHazards('Field north of the road, cleared in part'), { now: new Date('2020-12-24T00:00:00Z') });
    expect(changed).toEqual(['hazards']);
    const v3 = await fullFile(dir, 'hazards');
    const [edited, kept] = v3.tables.hazards;
    expect(kept).toEqual(v2.tables.hazards[1]);
    expect(kept!.signature?.signedAt).toBe('2020-12-23T00:00:00.000Z');
    expect(edited!.signature?.signedAt).toBe('2020-12-24T00:00:00.000Z');
    await everyRecordVerifies(dir);
    const entry = manifest.datasets.hazards.deltas.find((delta) => delta.from === 2)!;
    const delta = JSON.parse(await readFile(join(dir, entry.path), 'utf8')) as DeltaFile<'hazards'>;
    expect(delta.tables.hazards).toEqual({ upserts: [edited], deletes: [] });
  });

  it('ignores signatures in its input and signs the content itself', async () => {
    const { dir, publish, key } = await testPublisher();
    const forger = await testSigningKey();
    const tables = sampleTables('Edited');
    tables.hazards.hazards[0] = await signed(tables.hazards.hazards[0]!, forger);
    await publish(tables);
    const record = (await fullFile(dir, 'hazards')).tables.hazards[0]!;
    expect(await verified(FEED, 'hazards', record, keyList([key]))).toBe(true);
    expect(await verified(FEED, 'hazards', record, keyList([forger]))).toBe(false);
  });

  it('refuses to sign with a key the key list does not name, and re-signs everything once with a newly listed key', async () => {
    const { dir, publish, rootKey } = await testPublisher();
    const newKey = await testSigningKey();
    await expect(publishFeed({ outDir: dir, feedId: FEED, demo: true, tables: sampleTables(), key: newKey, now: new Date('2020-12-23T00:00:00Z'), validDays: 30 })).rejects.toThrow(
      /is not in .*keys\.json/,
    );
    await writeKeyList(dir, changeKeyList({ feedId: FEED, previous: await readKeyList(dir), now: new Date('2020-12-23T00:00:00Z'), add: newKey }), rootKey);
    const { changed } = await publish(sampleTables(), { key: newKey, now: new Date('2020-12-23T00:00:01Z') });
    expect(changed).toEqual([...DATASET_NAMES]);
    expect((await fullFile(dir, 'hazards')).tables.hazards[0]!.signature?.keyId).toBe(newKey.id);
    await everyRecordVerifies(dir);
    expect((await publish(sampleTables(), { key: newKey, now: new Date('2020-12-24T00:00:00Z') })).changed).toEqual([]);
  });

  it('keeps signatures through sync, full file and delta alike, so a stored record can be shared and verified', async () => {
    const { dir, publish, rootKeys } = await testPublisher();
    const db = await openHomewardDB({}, undefined, `record-signature-${Math.random().toString(36).slice(2)}`);
    const sync = () => syncNow(db, 'https://feed.test/feed/', { rootKeys, fetch: serveDirectory(dir), now: new Date('2020-12-23T00:00:00Z') });
    expect((await sync()).status).toBe('applied');
    const keys = (await db.get('meta', 'keys'))!.value as KeyList;
    expect(await verified(FEED, 'sites', (await db.get('sites', 'dadivank'))!, keys)).toBe(true);
    await publish(sampleTables('Changed by a delta'));
    expect(await sync()).toMatchObject({ status: 'applied', datasets: ['hazards'] });
    const stored = (await db.get('hazards', 'hz-1'))!;
    expect(stored.title.en).toBe('Changed by a delta');
    expect(await verified(FEED, 'hazards', stored, keys)).toBe(true);
    db.close();
  });
});

// Keeps `writeFile` meaningful for a reader: a directory published by an older release is
// rebuilt from nothing, with the version going on up.
describe('publishing over an older format', () => {
  it('starts the datasets afresh and still numbers the manifest above the old one', async () => {
    const { dir, publish } = await testPublisher();
    // A version a little ahead of the clock (1796083200 is 2026-12-01T00:00:00Z).
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ format: 1, feedId: FEED, version: 1_796_083_300 }));
    const { manifest, changed } = await publish(sampleTables(), { now: new Date('2026-12-01T00:00:00Z') });
    expect(manifest.version).toBe(1_796_083_301);
    expect(changed).toEqual([...DATASET_NAMES]);
    expect(manifest.datasets.hazards.version).toBe(1);
  });
});
