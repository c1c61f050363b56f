// Fuzzing the share-code reader: whatever a camera reads, decodeRecordCode answers without
// throwing, never hands back a record its table would refuse, and a code changed in any way never
// verifies as anything but a part of the record that was signed.
import { describe, expect, it } from 'vitest';
import { signRecord } from '../../../../feed/record-signatures';
import { testSigningKey } from '../../../../feed/testing/test-publisher';
import { canonicalJson } from '../../../model/canonical-json';
import type { Contact } from '../../../model/datasets';
import { isL10n } from '../../../model/record-signing';
import { verifySignedParts } from '../../../sync/record-signature';
import { BASE41_ALPHABET } from './base41';
import { decodeRecordCode, encodeRecordCode, recordCodeLink, type RecordToShare } from './record-code';

const RUNS = 3000;
const FEEDS = ['test-feed'];
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

const ALPHABETS = [
  BASE41_ALPHABET,
  BASE41_ALPHABET.toLowerCase() + '/=.#%?',
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  'Դադիվանք Поле Xudavəng 😀\u0000\u200b\ufeff\ud800\udfff\n\t',
];
const PREFIXES = ['', 'HTTPS://HOMEWARD.EXAMPLE/I/', 'https://homeward.example/i/', '/I/', 'https://x.example/base/I/', 'HTTPS://HOMEWARD.EXAMPLE/I', 'http://h/I/'];

function randomString(next: () => number): string {
  const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)]!;
  // Mostly short, sometimes around and past the caps.
  const length = next() < 0.9 ? Math.floor(next() * 600) : Math.floor(next() * 7000);
  let text = PREFIXES[Math.floor(next() * PREFIXES.length)]!;
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

function mutate(link: string, next: () => number): string {
  let text = link;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (text.length + 1));
    const char = next() < 0.9 ? BASE41_ALPHABET[Math.floor(next() * BASE41_ALPHABET.length)]! : String.fromCharCode(Math.floor(next() * 0x3000));
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
const SIGNED_AT = '2020-12-22T00:00:00.000Z';
const keys = { keys: [{ id: key.id, publicKey: key.publicKey, addedAt: SIGNED_AT }], revoked: [] };
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
const original: RecordToShare = {
  feedId: 'test-feed',
  table: 'contacts',
  record: { ...contact, signature: await signRecord('test-feed', 'contacts', contact, key, SIGNED_AT) },
};
const { signature: _signature, ...signedRecord } = original.record;

/** Whether `received` is `signed` with some of its texts' languages left out, and nothing else changed. */
function isPartOf(received: unknown, signed: unknown): boolean {
  if (isL10n(signed)) {
    return typeof received === 'object' && received !== null && Object.entries(received).every(([lang, text]) => (signed as Record<string, unknown>)[lang] === text);
  }
  if (Array.isArray(signed)) return Array.isArray(received) && received.length === signed.length && signed.every((item, i) => isPartOf(received[i], item));
  if (typeof signed === 'object' && signed !== null) {
    if (typeof received !== 'object' || received === null || Array.isArray(received)) return false;
    const keysOf = (value: object) => Object.keys(value).sort().join();
    return keysOf(received) === keysOf(signed) && Object.entries(signed).every(([field, item]) => isPartOf((received as Record<string, unknown>)[field], item));
  }
  return canonicalJson(received) === canonicalJson(signed);
}

/** Decodes and checks what any answer must satisfy; returns the answer. */
async function decodeAndCheck(text: string, label: string) {
  const result = await decodeRecordCode(text, FEEDS);
  expect(typeof result.ok, label).toBe('boolean');
  if (result.ok) {
    const { feedId, table, record } = result.code;
    expect(feedId === undefined || FEEDS.includes(feedId), label).toBe(true);
    const verified = (await verifySignedParts(result.code.parts, keys)).isVerified;
    if (verified) {
      expect({ feedId, table }, label).toEqual({ feedId: original.feedId, table: original.table });
      expect(isPartOf(record, signedRecord), `${label}: ${JSON.stringify(record)} ${text}`).toBe(true);
    }
  } else {
    expect(['not-homeward', 'newer-format', 'too-large', 'corrupt', 'invalid'], label).toContain(result.reason);
  }
  return result;
}

describe('decodeRecordCode under fuzzing', () => {
  it(`answers ${RUNS} random strings without throwing`, async () => {
    const next = random(SEED);
    const reasons = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const result = await decodeAndCheck(randomString(next), `random string #${run} (seed ${SEED})`);
      reasons.add(result.ok ? 'ok' : result.reason);
    }
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['corrupt', 'not-homeward', 'too-large']));
  }, 20_000);

  it(`answers ${RUNS} mutations of a valid code without throwing; no changed record verifies`, async () => {
    const link = recordCodeLink('https://homeward.example', await encodeRecordCode(original, { hy: 2, az: 2, ru: 2, en: 2 }));
    expect((await decodeAndCheck(link, 'the valid link')).ok).toBe(true);
    const next = random(SEED + 1);
    const outcomes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const mutated = mutate(link, next);
      const result = await decodeAndCheck(mutated, `mutation #${run} (seed ${SEED + 1})`);
      const verified = result.ok && (await verifySignedParts(result.code.parts, keys)).isVerified;
      // A mutation may still verify when it changed nothing the record is made of (a deflate
      // stream can spell one body in several ways): decodeAndCheck has checked it is the signed record.
      const outcome = result.ok ? (verified ? 'verified' : 'read, not verified') : result.reason;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // The mutations reach every stage of the reader, not just the first check.
    expect([...outcomes.keys()].sort()).toEqual(expect.arrayContaining(['corrupt', 'not-homeward', 'read, not verified']));
  }, 30_000);
});
