// Fuzzing the share-link reader: whatever a camera reads, decodeRecordLink answers, quickly, and
// never hands back a record its schema would refuse or a changed record that still verifies.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { signRecord } from '../../../feed/record-signatures';
import { canonicalJson } from '../../model/canonical-json';
import { ManifestSchema, recordSchema } from '../../model/file-schemas';
import type { Contact } from '../../model/datasets';
import { testSigningKey } from '../../../feed/testing/test-publisher';
import { decodeRecordLink, encodeRecordLink, verifySharedRecord, type SharedRecord } from './record-link';

const RUNS = 3000;
const SEED = 20201110;

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed and index. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABETS = [
  BASE64URL,
  BASE64URL + '=+/. #%',
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  'Դադիվանք Поле Xudavəng 😀\u0000\u200b\ufeff\ud800\udfff\n\t',
];
const PREFIXES = ['', 'r1.', '#r1.', 'https://homeward.example/import#r1.', 'https://homeward.example/import#', 'r1', 'https://x.example/#r1.'];

function randomString(next: () => number): string {
  const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)]!;
  // Mostly short, sometimes around and past the caps.
  const length = next() < 0.9 ? Math.floor(next() * 300) : Math.floor(next() * 7000);
  let text = PREFIXES[Math.floor(next() * PREFIXES.length)]!;
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

function mutate(link: string, next: () => number): string {
  let text = link;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (text.length + 1));
    const char = next() < 0.8 ? BASE64URL[Math.floor(next() * BASE64URL.length)]! : String.fromCharCode(Math.floor(next() * 0x3000));
    switch (Math.floor(next() * 4)) {
      case 0: // flip a character
        text = text.slice(0, at) + char + text.slice(at + 1);
        break;
      case 1: // truncate
        text = text.slice(0, at);
        break;
      case 2: // insert
        text = text.slice(0, at) + char + text.slice(at);
        break;
      default: // delete a run
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
    }
  }
  return text;
}

const key = await testSigningKey();
const keys = { keys: [{ id: key.id, publicKey: key.publicKey, addedAt: '2020-12-22T00:00:00.000Z' }], revoked: [] };
const SIGNED_AT = '2020-12-22T00:00:00.000Z';

const contact: Contact = {
  id: 'ct-hrc',
  name: { en: 'Red Cross office', hy: 'Կարմիր Խաչի գրասենյակ', ru: 'Офис Красного Креста' },
  description: { en: 'Family tracing', hy: 'Ընտանիքի անդամների որոնում' },
  categories: ['tracing'],
  phones: [{ number: '+374 10 000000', type: 'voice' }],
  languages: ['hy', 'ru'],
  area: { en: 'Goris', hy: 'Գորիս' },
  source: 'Test source',
  verifiedAt: '2020-12-01',
};
const original: SharedRecord = {
  feedId: 'test-feed',
  table: 'contacts',
  record: { ...contact, signature: await signRecord('test-feed', 'contacts', contact, key, SIGNED_AT) },
};

/** Decodes and checks what any answer must satisfy; returns the answer. */
async function decodeAndCheck(text: string, label: string) {
  const result = await decodeRecordLink(text);
  expect(typeof result.ok, label).toBe('boolean');
  if (result.ok) {
    const { feedId, table, record } = result.shared;
    expect(v.is(ManifestSchema.entries.feedId, feedId), label).toBe(true);
    expect(v.safeParse(recordSchema(table), record).success, label).toBe(true);
    // A record that differs from the signed one in any way must not verify.
    const isUnchanged = canonicalJson(result.shared) === canonicalJson(original);
    expect((await verifySharedRecord(result.shared, keys)).isVerified, label).toBe(isUnchanged);
  } else {
    expect(['not-homeward', 'too-large', 'corrupt', 'invalid'], label).toContain(result.reason);
  }
  return result;
}

describe('decodeRecordLink under fuzzing', () => {
  it(`answers ${RUNS} random strings without throwing`, async () => {
    const next = random(SEED);
    const reasons = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const result = await decodeAndCheck(randomString(next), `random string #${run} (seed ${SEED})`);
      reasons.add(result.ok ? 'ok' : result.reason);
    }
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['corrupt', 'not-homeward', 'too-large']));
  }, 10_000);

  it(`answers ${RUNS} mutations of a valid link without throwing; no changed record verifies`, async () => {
    const link = await encodeRecordLink('https://homeward.example', original);
    expect((await decodeAndCheck(link, 'the valid link')).ok).toBe(true);
    const next = random(SEED + 1);
    const reasons = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const result = await decodeAndCheck(mutate(link, next), `mutation #${run} (seed ${SEED + 1})`);
      const outcome = result.ok ? 'ok' : result.reason;
      reasons.set(outcome, (reasons.get(outcome) ?? 0) + 1);
    }
    // The mutations reach every stage of the reader, not just the first check.
    expect([...reasons.keys()].sort()).toEqual(['corrupt', 'invalid', 'not-homeward', 'ok']);
  }, 10_000);
});
