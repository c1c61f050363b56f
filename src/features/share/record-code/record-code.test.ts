import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { signRecord } from '../../../../feed/record-signatures';
import { sampleTables } from '../../../../feed/testing/sample-tables';
import { testSigningKey } from '../../../../feed/testing/test-publisher';
import type { Contact, Hazard, Site } from '../../../model/datasets';
import { withoutSignature } from '../../../model/record-signing';
import { verifySignedParts } from '../../../sync/record-signature';
import { encodeBase41 } from './base41';
import { carryLadder, chooseShareCode, MAX_QR_VERSION } from './code-selection';
import { codeBytesOfLink, decodeRecordCode, encodeRecordCode, recordCodeLink, type CarriedGroups, type RecordToShare } from './record-code';

const ORIGIN = 'https://homeward.example';
const FEED = 'test-feed';
/** The feeds the receiving phone holds. */
const FEEDS = [FEED, 'another-feed'];
const SIGNED_AT = '2020-12-22T10:11:12.345Z';
const key = await testSigningKey();
const keys = { keys: [{ id: key.id, publicKey: key.publicKey, addedAt: SIGNED_AT }], revoked: [] };
const ALL: CarriedGroups = { hy: 3, az: 3, ru: 3, en: 3 };

async function signed<T extends RecordToShare>(shared: T, by = key): Promise<T> {
  const signature = await signRecord(shared.feedId, shared.table, withoutSignature(shared.record), by, SIGNED_AT);
  return { ...shared, record: { ...shared.record, signature } };
}

const hazard: Hazard = {
  id: 'hz-field',
  kind: 'cha',
  status: 'active',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [47.1355, 39.6125],
        [47.148, 39.612],
        [47.151, 39.6185],
        [47.1355, 39.6125],
      ],
    ],
  },
  title: { en: 'Minefield north of Fizuli (Varanda)', hy: 'Ականապատ դաշտ Վարանդայից (Ֆիզուլի) հյուսիս', az: 'Füzulidən şimalda minalanmış sahə', ru: 'Минное поле к северу от Физули — «Варанда»' },
  description: { en: 'Mines found in these fields.', ru: 'В этих полях найдены мины.' },
  advice: { en: 'Stay on the paved road.', hy: 'Մնացեք ասֆալտապատ ճանապարհին։', az: 'Asfalt yoldan çıxmayın.', ru: 'Держитесь асфальта.' },
  district: 'fizuli',
  reportedAt: '2020-11-24',
  source: 'ANAMA (demo)',
  verifiedAt: '2020-12-02',
};
const contact: Contact = {
  id: 'ct-hrc',
  name: { en: 'Red Cross office', hy: 'Կարմիր Խաչի գրասենյակ', ru: 'Офис Красного Креста', az: 'Qızıl Xaç ofisi' },
  description: { en: 'Family tracing', hy: 'Ընտանիքի անդամների որոնում' },
  categories: ['tracing', 'psychosocial'],
  phones: [{ number: '+374 10 000000', type: 'voice', label: { en: 'Office', ru: 'Офис' } }],
  languages: ['hy', 'ru'],
  area: { en: 'Goris', hy: 'Գորիս', ru: 'Горис' },
  hours: { timezone: 'Asia/Yerevan', periods: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }] },
  source: 'Test source',
  verifiedAt: '2020-12-01',
};
const hazardShare = await signed({ feedId: FEED, table: 'hazards', record: hazard });
const contactShare = await signed({ feedId: FEED, table: 'contacts', record: contact });
const siteShare = await signed({ feedId: FEED, table: 'sites', record: sampleTables().sites.sites[0] as Site });
const tripShare = await signed({ feedId: FEED, table: 'trips', record: sampleTables().transit.trips[0]! });

async function decoded(shared: RecordToShare, carried: CarriedGroups) {
  const result = await decodeRecordCode(recordCodeLink(ORIGIN, await encodeRecordCode(shared, carried)), FEEDS);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.code;
}

describe('a record share code', () => {
  for (const shared of [hazardShare, contactShare, siteShare, tripShare]) {
    it(`round-trips a whole ${shared.table} record, which verifies`, async () => {
      const code = await decoded(shared, ALL);
      expect(code.record).toEqual(withoutSignature(shared.record));
      expect(code).toMatchObject({ feedId: FEED, table: shared.table, isWhole: true });
      expect(await verifySignedParts(code.parts, keys)).toEqual({ isVerified: true, keyId: key.id, signedAt: SIGNED_AT });
    });
  }

  it('is a link in the QR alphanumeric alphabet, with no character a URL path treats specially', async () => {
    const link = recordCodeLink(`${ORIGIN}/`, await encodeRecordCode(hazardShare, ALL));
    expect(link).toMatch(/^HTTPS:\/\/HOMEWARD\.EXAMPLE\/I\/[0-9A-Z$*+:-]+$/);
    expect(new URL(link).pathname).toBe(link.slice('HTTPS://HOMEWARD.EXAMPLE'.length));
  });

  it('keeps coordinates exactly as signed, Armenian, Cyrillic and Azerbaijani letters and typographic marks', async () => {
    const code = await decoded(hazardShare, ALL);
    expect((code.record.geometry as Hazard['geometry']).coordinates).toEqual(hazard.geometry.coordinates);
    expect(code.record.title).toEqual(hazard.title);
  });

  it('carries only the languages and groups asked for, and still verifies', async () => {
    // The sender reads Armenian: Armenian whole, English's title only.
    const code = await decoded(hazardShare, { hy: 3, az: 0, ru: 0, en: 1 });
    expect(code.isWhole).toBe(false);
    expect(code.record.title).toEqual({ en: hazard.title.en, hy: hazard.title.hy });
    expect(code.record.advice).toEqual({ hy: hazard.advice!.hy });
    expect(code.record.description).toEqual({});
    expect((await verifySignedParts(code.parts, keys)).isVerified).toBe(true);
    // Only the title in Russian.
    const ru = await decoded(hazardShare, { hy: 0, az: 0, ru: 1, en: 0 });
    expect(ru.record.title).toEqual({ ru: hazard.title.ru });
    expect((await verifySignedParts(ru.parts, keys)).isVerified).toBe(true);
  });

  it('is shorter for every group left out', async () => {
    const lengths = await Promise.all(
      [ALL, { hy: 3, az: 0, ru: 0, en: 3 }, { hy: 3, az: 0, ru: 0, en: 1 }, { hy: 1, az: 0, ru: 0, en: 0 }].map(async (carried) => (await encodeRecordCode(hazardShare, carried)).byteLength),
    );
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(lengths).size).toBe(4);
  });

  it('never verifies with one byte flipped, anywhere', async () => {
    const bytes = await encodeRecordCode(contactShare, { hy: 2, az: 0, ru: 0, en: 2 });
    let verified = 0;
    let read = 0;
    for (let at = 0; at < bytes.length; at++) {
      for (const flip of [0x01, 0x80]) {
        const changed = bytes.slice();
        changed[at]! ^= flip;
        const result = await decodeRecordCode(changed, FEEDS);
        if (!result.ok) continue;
        read++;
        if ((await verifySignedParts(result.code.parts, keys)).isVerified) verified++;
      }
    }
    expect(verified).toBe(0);
    // Most flips still read as a record: the signature, not the format, is what refuses them.
    expect(read).toBeGreaterThan(bytes.length / 2);
  });

  it('does not verify a record of another feed or signed by another key', async () => {
    const other = await decoded({ ...hazardShare, feedId: 'other-feed' }, ALL);
    // A feed the phone does not hold is named by nothing the receiver could show, and cannot verify.
    expect(other.feedId).toBeUndefined();
    expect((await verifySignedParts(other.parts, keys)).isVerified).toBe(false);
    // A feed it holds, but not the one the record was signed in.
    const another = await decoded({ ...hazardShare, feedId: 'another-feed' }, ALL);
    expect(another.feedId).toBe('another-feed');
    expect((await verifySignedParts(another.parts, keys)).isVerified).toBe(false);
    const forged = await signed({ feedId: FEED, table: 'hazards', record: { ...hazard, status: 'released' } }, await testSigningKey());
    expect((await verifySignedParts((await decoded(forged, ALL)).parts, keys)).isVerified).toBe(false);
  });

  it('reads a link in lower case, under a base path, with spaces around it', async () => {
    const bytes = await encodeRecordCode(siteShare, ALL);
    const link = recordCodeLink(ORIGIN, bytes);
    for (const form of [link.toLowerCase(), link.replace('/I/', '/homeward/I/'), `  ${link}\n`]) {
      expect(codeBytesOfLink(form), form.slice(0, 40)).toEqual(bytes);
    }
  });

  it('refuses what is not a Homeward code, a code of a newer format, a damaged one, and says which', async () => {
    for (const text of ['', 'hello', 'https://example.org/page', 'https://homeward.example/import#r1.AAAA', 'WIFI:S:net;T:WPA;P:pw;;', 'HTTPS://HOMEWARD.EXAMPLE/I/']) {
      expect(await decodeRecordCode(text, FEEDS), text).toEqual({ ok: false, reason: 'not-homeward' });
    }
    const bytes = await encodeRecordCode(siteShare, ALL);
    const newer = bytes.slice();
    newer[0] = 0x30;
    expect(await decodeRecordCode(newer, FEEDS)).toEqual({ ok: false, reason: 'newer-format' });
    expect(await decodeRecordCode(bytes.slice(0, bytes.length - 3), FEEDS)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await decodeRecordCode(`${ORIGIN}/I/AB`, FEEDS)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await decodeRecordCode(`${ORIGIN}/I/${'A'.repeat(5000)}`, FEEDS)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a well-formed code whose record its table would not accept', async () => {
    // A hazard with a latitude of 139° and a contact with a javascript: website, encoded by hand.
    const bad = [
      { ...hazardShare, record: { ...hazardShare.record, geometry: { type: 'Point' as const, coordinates: [47.15, 139.61] as [number, number], radiusM: 300 } } },
      { ...contactShare, record: { ...contactShare.record, website: 'javascript:alert(1)' } },
    ];
    for (const shared of bad) expect(await decodeRecordCode(await encodeRecordCode(shared, ALL), FEEDS)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('stops inflating a deflate bomb in the body', async () => {
    // Format byte, feed tag, signature, carried languages: the bytes before the body of a whole code.
    const header = (await encodeRecordCode(siteShare, ALL)).slice(0, 1 + 4 + 64 + 1);
    header[0]! |= 0x01;
    const bomb = deflateRawSync(new Uint8Array(1024 * 1024), { level: 9 });
    const link = `${ORIGIN}/I/${encodeBase41(new Uint8Array([...header, ...bomb]))}`;
    expect(link.length).toBeLessThan(4296);
    expect(await decodeRecordCode(link, FEEDS)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('choosing what a code carries', () => {
  it('steps down from everything wanted: later languages’ later groups first, the first language’s title last', () => {
    // Both texts of each group: nothing is free to carry.
    const ladder = carryLadder('hazards', hazard, ['hy', 'en']).map((carried) => [carried.hy, carried.en]);
    // description (hazard.description has no Armenian: hy's description is a null, but hy is not free as a whole).
    expect(ladder).toEqual([
      [3, 3],
      [3, 2],
      [2, 2],
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it('carries a language the record does not have for nothing', () => {
    const point = { ...hazard, title: { en: 'Field' }, description: { en: 'Mines.' }, advice: undefined };
    const [first] = carryLadder('hazards', point, ['ru', 'en']);
    expect(first).toEqual({ hy: 3, az: 3, ru: 3, en: 3 });
  });

  it('fits a long record into a code of version 15 at most, carrying the sender’s title at the least', async () => {
    // Distinct words, so the advice does not deflate away as a repeated sentence would.
    const words = (letters: string, count: number) => Array.from({ length: count }, (_, i) => [...letters].filter((_, j) => (i * 7 + j * 3) % 5 < 2).join('') + i).join(' ');
    const long = await signed({
      feedId: FEED,
      table: 'hazards',
      record: { ...hazard, advice: { ...hazard.advice!, hy: words('ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄ', 60), en: words('abcdefghijklmnopqrst', 60) } },
    });
    const code = await chooseShareCode(long, ORIGIN, ['hy', 'en']);
    expect(code.fits).toBe(true);
    if (!code.fits) return;
    expect(code.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(code.carried.hy).toBeGreaterThanOrEqual(1);
    expect(code.carried.hy + code.carried.en).toBeLessThan(6);
  });

  it('hands a record no code can hold to the animated sender, whole', async () => {
    const ring = Array.from({ length: 200 }, (_, i) => [47 + i / 997, 39 + i / 991] as [number, number]);
    const huge = await signed({ feedId: FEED, table: 'hazards', record: { ...hazard, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] } } });
    const code = await chooseShareCode(huge, ORIGIN, ['az', 'en']);
    expect(code.fits).toBe(false);
    if (code.fits) return;
    const read = await decodeRecordCode(code.bytes, FEEDS);
    expect(read.ok && read.code.record.title).toEqual({ az: hazard.title.az, en: hazard.title.en });
    expect(read.ok && (await verifySignedParts(read.code.parts, keys)).isVerified).toBe(true);
  });
});
