import { deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signRecord } from '../../../feed/record-signatures';
import type { SigningKey } from '../../../feed/signing';
import { toBase64Url } from '../../model/base64url';
import { canonicalJson } from '../../model/canonical-json';
import type { Contact } from '../../model/datasets';
import { withoutSignature } from '../../model/record-signing';
import { sampleTables } from '../../../feed/testing/sample-tables';
import { testSigningKey } from '../../../feed/testing/test-publisher';
import { decodeRecordLink, encodeRecordLink, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, verifySharedRecord, type SharedRecord } from './record-link';

const ORIGIN = 'https://homeward.example';
const FEED = 'test-feed';
const SIGNED_AT = '2020-12-22T00:00:00.000Z';
const key = await testSigningKey();
/** The phone's key list: the one key the publisher signs with. */
const keys = { keys: [{ id: key.id, publicKey: key.publicKey, addedAt: SIGNED_AT }], revoked: [] };

async function sign<S extends SharedRecord>(shared: S, by: SigningKey = key): Promise<S> {
  const signature = await signRecord(shared.feedId, shared.table, withoutSignature(shared.record), by, SIGNED_AT);
  return { ...shared, record: { ...shared.record, signature } };
}

const tables = sampleTables();
const contact: Contact = {
  id: 'ct-hrc',
  name: { en: 'Red Cross office', hy: 'Կարմիր Խաչի գրասենյակ', ru: 'Офис Красного Креста', az: 'Qızıl Xaç ofisi' },
  description: { en: 'Family tracing', hy: 'Ընտանիքի անդամների որոնում', ru: 'Поиск родственников' },
  categories: ['tracing', 'psychosocial'],
  phones: [{ number: '+374 10 000000', type: 'voice', label: { en: 'Office', ru: 'Офис' } }],
  languages: ['hy', 'ru'],
  area: { en: 'Goris', hy: 'Գորիս', ru: 'Горис' },
  source: 'Test source',
  verifiedAt: '2020-12-01',
};
const hazardShare = await sign({ feedId: FEED, table: 'hazards', record: tables.hazards.hazards[0]! });
const contactShare = await sign({ feedId: FEED, table: 'contacts', record: contact });
const siteShare = await sign({ feedId: FEED, table: 'sites', record: tables.sites.sites[0]! });

/** A link around any JSON, made without encodeRecordLink, for payloads it would never write. */
const linkOf = (json: unknown) => `${ORIGIN}/import#r1.${toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(json))))}`;

describe('encodeRecordLink and decodeRecordLink', () => {
  for (const shared of [hazardShare, contactShare, siteShare]) {
    it(`round-trips a signed ${shared.table} record, which then verifies`, async () => {
      const link = await encodeRecordLink(ORIGIN, shared);
      expect(link).toMatch(/^https:\/\/homeward\.example\/import#r1\.[A-Za-z0-9_-]+$/);
      const decoded = await decodeRecordLink(link);
      expect(decoded).toEqual({ ok: true, shared });
      expect(await verifySharedRecord(shared, keys)).toEqual({ isVerified: true, signedAt: SIGNED_AT });
    });
  }

  it('keeps Armenian and Cyrillic text intact', async () => {
    const decoded = await decodeRecordLink(await encodeRecordLink(ORIGIN, contactShare));
    expect(decoded.ok && decoded.shared.table === 'contacts' && decoded.shared.record.name).toEqual(contact.name);
  });

  it('accepts the full URL, the fragment with or without "#", a base path and surrounding whitespace', async () => {
    const link = await encodeRecordLink(`${ORIGIN}/`, hazardShare);
    expect(link.startsWith(`${ORIGIN}/import#`)).toBe(true);
    const fragment = link.slice(link.indexOf('#') + 1);
    for (const form of [fragment, `#${fragment}`, `${ORIGIN}/homeward/import#${fragment}`, ` ${link}\n`]) {
      expect(await decodeRecordLink(form), form.slice(0, 40)).toEqual({ ok: true, shared: hazardShare });
    }
  });

  it('is not verified when a field was changed after signing', async () => {
    const tampered = { ...hazardShare, record: { ...hazardShare.record, status: 'released' as const } };
    const decoded = await decodeRecordLink(await encodeRecordLink(ORIGIN, tampered));
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && (await verifySharedRecord(decoded.shared, keys))).toEqual({ isVerified: false });
  });

  it('is not verified when claimed for another feed or table, signed by an unknown key, or unsigned', async () => {
    const cases: SharedRecord[] = [
      { ...hazardShare, feedId: 'other-feed' },
      await sign({ feedId: FEED, table: 'hazards', record: tables.hazards.hazards[0]! }, await testSigningKey()),
      { ...hazardShare, record: withoutSignature(hazardShare.record) },
    ];
    for (const shared of cases) {
      const decoded = await decodeRecordLink(await encodeRecordLink(ORIGIN, shared));
      expect(decoded.ok && (await verifySharedRecord(decoded.shared, keys))).toEqual({ isVerified: false });
    }
    // The same record under another table's name fails that table's schema before any signature check.
    expect(await decodeRecordLink(linkOf({ ...hazardShare, table: 'places' }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('drops fields the schema does not know, so what is shown is exactly what was verified', async () => {
    const padded = { ...siteShare, record: { ...siteShare.record, note: 'Closed, go home' }, extra: 1 };
    const decoded = await decodeRecordLink(linkOf(padded));
    expect(decoded).toEqual({ ok: true, shared: siteShare });
    expect(decoded.ok && (await verifySharedRecord(decoded.shared, keys)).isVerified).toBe(true);
  });

  it('refuses links that are not Homeward share links', async () => {
    for (const text of ['', 'hello', 'https://example.org/page#section', `https://example.org/other#r1.${'A'.repeat(40)}`, 'r2.AAAA', '#', 'WIFI:S:net;T:WPA;P:pw;;', 'mailto:a@b.c']) {
      expect(await decodeRecordLink(text), text).toEqual({ ok: false, reason: 'not-homeward' });
    }
  });

  it('refuses an oversize link before reading it', async () => {
    expect(await decodeRecordLink(`r1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toEqual({ ok: false, reason: 'too-large' });
    const started = performance.now();
    expect(await decodeRecordLink(`${ORIGIN}/import#r1.${'A'.repeat(5_000_000)}`)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses garbage: not base64url, not deflate, truncated, not UTF-8, not JSON', async () => {
    const deflated = deflateRawSync(Buffer.from(JSON.stringify(hazardShare)));
    const cases = [
      'r1.@@@@',
      'r1.',
      'r1.A',
      `r1.${toBase64Url(randomBytes(300))}`,
      `r1.${toBase64Url(deflated.subarray(0, deflated.length >> 1))}`,
      `r1.${toBase64Url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x7b])))}`,
      `r1.${toBase64Url(deflateRawSync(Buffer.from('{"feedId": "test-feed", ')))}`,
    ];
    for (const text of cases) expect(await decodeRecordLink(text), text.slice(0, 40)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses JSON that is not a valid shared record', async () => {
    const record = hazardShare.record;
    const cases = [
      null,
      [],
      { ...hazardShare, table: 'users' },
      { ...hazardShare, feedId: 'Not A Feed Id!' },
      { ...hazardShare, record: { ...record, geometry: { type: 'Point', coordinates: [47.15, 139.61], radiusM: 300 } } },
      { ...hazardShare, record: { ...record, title: undefined } },
      { ...hazardShare, record: { ...record, signature: { sig: 'short', signedAt: SIGNED_AT } } },
      { ...contactShare, record: { ...contact, website: 'javascript:alert(1)' } },
    ];
    for (const json of cases) expect(await decodeRecordLink(linkOf(json)), JSON.stringify(json).slice(0, 60)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('will not write a link too long to be read back', async () => {
    const noise = randomBytes(4000).toString('base64');
    const huge: SharedRecord = { feedId: FEED, table: 'contacts', record: { ...contact, description: { en: noise } } };
    await expect(encodeRecordLink(ORIGIN, huge)).rejects.toThrow(RangeError);
  });
});

describe('decodeRecordLink against a deflate bomb', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Counts the bytes DecompressionStream hands out, to show inflating stops early. */
  function countInflatedBytes() {
    const counter = { bytes: 0 };
    const Original = globalThis.DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class extends Original {
        override get readable() {
          return super.readable.pipeThrough(
            new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
              transform(chunk, controller) {
                counter.bytes += chunk.byteLength;
                controller.enqueue(chunk);
              },
            }),
          );
        }
      },
    );
    return counter;
  }

  it('refuses 10 MB of compressed zeros as too large, quickly', async () => {
    const bomb = deflateRawSync(new Uint8Array(10 * 1024 * 1024), { level: 9 });
    const started = performance.now();
    expect(await decodeRecordLink(`${ORIGIN}/import#r1.${toBase64Url(bomb)}`)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops inflating a bomb that fits in the fragment cap soon after 64 KB', async () => {
    // ~3 MB of zeros deflate to ~3 KB: under the fragment cap, 48 times over the inflate cap.
    const bomb = deflateRawSync(new Uint8Array(3 * 1024 * 1024), { level: 9 });
    const link = `r1.${toBase64Url(bomb)}`;
    expect(link.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    const inflated = countInflatedBytes();
    expect(await decodeRecordLink(link)).toEqual({ ok: false, reason: 'too-large' });
    expect(inflated.bytes).toBeGreaterThan(MAX_INFLATED_BYTES);
    expect(inflated.bytes).toBeLessThan(4 * MAX_INFLATED_BYTES);
  });

  it('accepts a record that inflates to just under the cap', async () => {
    // Repetitive text compresses well: a valid record of ~60 KB in a short link.
    const longText = Array.from({ length: 2950 }, () => 'Stay on the asphalt.').join(' ');
    const shared: SharedRecord = { feedId: FEED, table: 'contacts', record: { ...contact, description: { en: longText } } };
    expect(new TextEncoder().encode(JSON.stringify(shared)).byteLength).toBeGreaterThan(MAX_INFLATED_BYTES - 4096);
    const decoded = await decodeRecordLink(await encodeRecordLink(ORIGIN, shared));
    expect(decoded.ok && decoded.shared.record.id).toBe('ct-hrc');
    // Compared as text: a failing toEqual would print 60 KB.
    expect(decoded.ok && canonicalJson(decoded.shared) === canonicalJson(shared)).toBe(true);
  });
});
