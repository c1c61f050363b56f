// One signed record as a share code: few enough bytes for a QR code a cheap camera reads, written
// as a link any camera app opens in Homeward. The code carries some languages' texts, group by
// group (model/datasets.ts `share.textGroups`), and the 12-byte digest of each language or group
// it leaves out, so the publisher's signature still verifies (model/record-signing.ts).
//
//   byte 0      0x20: format 2 · bit 0 set when the body is deflated · bits 1–3 the table (TABLE_CODES)
//   1–4         the feed: the first 4 bytes of the SHA-256 of its id. The receiver matches it with
//               the feed it holds, whose keys alone can verify the record: 10 bytes fewer than the
//               id, which a trip's code needs to stay within version 15
//   5–68        the Ed25519 signature
//   69          groups carried per language, 2 bits each, hy az ru en from the high bits
//   …           for each language not carried whole, the 12-byte digest of the groups it leaves
//               out (model/record-signing.ts `restDigest`)
//   …           the body: signing time, the record (compact-value.ts)
//
// The link is `${ORIGIN}/I/<Base41 of the bytes>`, upper case, so the whole of it fits one QR
// alphanumeric segment. Every code is untrusted input from any camera: reading is capped,
// validated against the table's schema, and never throws.
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../../../model/base64url';
import { SHAREABLE_TABLES, textGroupCount, textGroupOf, type ShareableTable, type TableRecords } from '../../../model/datasets';
import { recordSchema } from '../../../model/file-schemas';
import { DIGEST_BYTES, restDigest, splitTexts, withoutSignature, type LanguagePart } from '../../../model/record-signing';
import { LANGUAGES, type Language } from '../../../model/vocabulary';
import type { SignedParts } from '../../../sync/record-signature';
import { deflateRaw, inflateRawCapped } from '../deflate-raw';
import { decodeBase41, encodeBase41 } from './base41';
import { ByteReader, ByteWriter, CodeError } from './byte-stream';
import { readValue, TextSlot, writeValue } from './compact-value';

const FORMAT = 0x20;
const FORMAT_MASK = 0xf0;
const DEFLATED = 0x01;
const TABLE_SHIFT = 1;
const TABLE_MASK = 0x0e;
const FEED_TAG_BYTES = 4;
const SIGNATURE_BYTES = 64;

/** The 4 bytes a code names its feed by. */
async function feedTag(feedId: string): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(feedId));
  return new Uint8Array(digest, 0, FEED_TAG_BYTES);
}

/** Table numbers in a code. Append only: a number is a table's place in this list. */
const TABLE_CODES: readonly ShareableTable[] = ['hazards', 'contacts', 'sites', 'trips'];
for (const table of SHAREABLE_TABLES) if (!TABLE_CODES.includes(table)) throw new Error(`shareable table ${table} has no number in share codes`);

/** The path segment before a code: short, and a letter so the path is never taken for a file. */
export const CODE_PATH = '/I/';
/** Longest link accepted: the alphanumeric capacity of a version 40 QR code. */
export const MAX_LINK_CHARS = 4296;
/** Most bytes a code's body may inflate to. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How many leading text groups a code carries of each language (0: only its digest). */
export type CarriedGroups = Record<Language, number>;

/** A signed record and the feed it is from, as the phone holds it. */
export interface RecordToShare<T extends ShareableTable = ShareableTable> {
  feedId: string;
  table: T;
  record: TableRecords[T];
}

/** Why a code was refused. */
export type CodeRefusal = 'not-homeward' | 'newer-format' | 'too-large' | 'corrupt' | 'invalid';

/** A human text as a code carries it: some languages, perhaps none (every one left out). */
export type CarriedText = Partial<Record<Language, string>>;

/** What a code holds: the record with the texts it carries, and what its signature check needs. */
export interface DecodedCode {
  /** The feed, when it is one the phone holds; undefined for any other (the record cannot verify). */
  feedId: string | undefined;
  table: ShareableTable;
  /** The record as received, each human text holding only the carried languages. */
  record: { id: string; source: string; verifiedAt: string } & Record<string, unknown>;
  carried: CarriedGroups;
  /** Whether every text of every language came along. */
  isWhole: boolean;
  parts: SignedParts;
}

const isCarried = (carried: CarriedGroups, group: number) => LANGUAGES.filter((lang) => carried[lang] > group);

/**
 * The code's bytes for a signed record, carrying each language's first `wanted[lang]` text groups
 * (more than the table has means all of them); throws when the record has no signature or cannot be encoded.
 */
export async function encodeRecordCode(shared: RecordToShare, wanted: CarriedGroups): Promise<Uint8Array> {
  const { feedId, table, record } = shared;
  const signature = record.signature;
  if (!signature) throw new RangeError(`record ${record.id} is not signed`);
  const groups = textGroupCount(table);
  const carried = Object.fromEntries(LANGUAGES.map((lang) => [lang, Math.min(wanted[lang], groups)])) as CarriedGroups;
  const out = new ByteWriter();
  const sig = fromBase64Url(signature.sig);
  if (sig.byteLength !== SIGNATURE_BYTES) throw new RangeError('not an Ed25519 signature');

  let mask = 0;
  for (const lang of LANGUAGES) {
    const count = carried[lang];
    if (!Number.isInteger(count) || count < 0 || count > groups) throw new RangeError(`cannot carry ${count} groups of ${groups}`);
    mask = (mask << 2) | count;
  }
  const digests = new ByteWriter();
  const { texts } = splitTexts(table, record);
  for (const lang of LANGUAGES) {
    const rest = await restDigest(texts[lang], carried[lang]);
    if (rest) digests.raw(fromBase64Url(rest));
  }

  const body = new ByteWriter();
  writeSignedAt(body, signature.signedAt);
  writeValue(body, withoutSignature(record), (group) => isCarried(carried, group), (field) => textGroupOf(table, field));
  const plain = body.result();
  const deflated = await deflateRaw(plain);
  const useDeflated = deflated.byteLength < plain.byteLength;

  out.byte(FORMAT | (TABLE_CODES.indexOf(table) << TABLE_SHIFT) | (useDeflated ? DEFLATED : 0));
  out.raw(await feedTag(feedId));
  out.raw(sig);
  out.byte(mask);
  out.raw(digests.result());
  out.raw(useDeflated ? deflated : plain);
  return out.result();
}

/** The link a camera opens: upper case, so the QR code can use its alphanumeric mode. */
export function recordCodeLink(origin: string, bytes: Uint8Array): string {
  return `${origin.replace(/\/+$/, '').toUpperCase()}${CODE_PATH}${encodeBase41(bytes)}`;
}

/** The code part of a code link (any origin, any case, a base path before /I/), or why not. */
export function codePayloadOfLink(text: string): { payload: string } | CodeRefusal {
  const link = text.trim();
  if (link.length > MAX_LINK_CHARS) return 'too-large';
  const match = /^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/i\/([^/?#]+)$/i.exec(link);
  return match ? { payload: match[1]! } : 'not-homeward';
}

/** The bytes of a code link, or why not. */
export function codeBytesOfLink(text: string): Uint8Array | CodeRefusal {
  const found = codePayloadOfLink(text);
  return typeof found === 'string' ? found : (decodeBase41(found.payload) ?? 'corrupt');
}

/**
 * What a code link or a code's bytes hold, checked against the table's schema; never throws.
 * `knownFeeds` are the feed ids the phone holds: a code of any other feed reads, but names no feed
 * and cannot verify.
 */
export async function decodeRecordCode(input: string | Uint8Array, knownFeeds: readonly string[]): Promise<{ ok: true; code: DecodedCode } | { ok: false; reason: CodeRefusal }> {
  const bytes = typeof input === 'string' ? codeBytesOfLink(input) : input;
  if (typeof bytes === 'string') return { ok: false, reason: bytes };
  try {
    return await decodeBytes(bytes, knownFeeds);
  } catch (error) {
    // CodeError marks what the reader expects from damaged codes; anything else is still only a
    // refused code, never a broken screen.
    return { ok: false, reason: error instanceof CodeError ? 'corrupt' : 'invalid' };
  }
}

async function decodeBytes(bytes: Uint8Array, knownFeeds: readonly string[]): Promise<{ ok: true; code: DecodedCode } | { ok: false; reason: CodeRefusal }> {
  const input = new ByteReader(bytes);
  const head = input.byte();
  if ((head & FORMAT_MASK) > FORMAT) return { ok: false, reason: 'newer-format' };
  if ((head & FORMAT_MASK) !== FORMAT) return { ok: false, reason: 'not-homeward' };
  const table = TABLE_CODES[(head & TABLE_MASK) >> TABLE_SHIFT];
  if (!table) return { ok: false, reason: 'invalid' };
  const tag = toBase64Url(input.raw(FEED_TAG_BYTES));
  let feedId: string | undefined;
  for (const known of knownFeeds) if (toBase64Url(await feedTag(known)) === tag) feedId = known;
  const sig = toBase64Url(input.raw(SIGNATURE_BYTES));
  const mask = input.byte();
  const groups = textGroupCount(table);
  const carried = Object.fromEntries(LANGUAGES.map((lang, i) => [lang, (mask >> (2 * (LANGUAGES.length - 1 - i))) & 3])) as CarriedGroups;
  if (LANGUAGES.some((lang) => carried[lang] > groups)) return { ok: false, reason: 'corrupt' };
  const rests = Object.fromEntries(LANGUAGES.map((lang) => [lang, carried[lang] < groups ? toBase64Url(input.raw(DIGEST_BYTES)) : undefined])) as Record<Language, string | undefined>;

  let body = input.raw(input.remaining);
  if (head & DEFLATED) {
    const inflated = await inflateRawCapped(body, MAX_BODY_BYTES);
    if (typeof inflated === 'string') return { ok: false, reason: inflated };
    body = inflated;
  }
  const reader = new ByteReader(body);
  const signedAt = readSignedAt(reader);
  const value = readValue(reader, (group) => isCarried(carried, group), (field) => textGroupOf(table, field));
  if (!reader.isAtEnd) return { ok: false, reason: 'corrupt' };
  if (typeof signedAt !== 'string' || typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'invalid' };

  // The schema sees every text as present (a code may carry none of a text's languages): what
  // it checks is the record's shape and its other fields.
  const probe = mapTexts(value, () => ({ en: 'x' }));
  if (!v.is(recordSchema(table), probe) || 'signature' in value) return { ok: false, reason: 'invalid' };
  const record = mapTexts(value, (slot) => slot.texts) as DecodedCode['record'];
  const skeleton = mapTexts(value, () => ({}));

  const slotTexts = Object.fromEntries(LANGUAGES.map((lang) => [lang, Array.from({ length: groups }, () => [] as (string | null)[])])) as Record<Language, (string | null)[][]>;
  mapTexts(value, (slot) => {
    for (const lang of LANGUAGES) slotTexts[lang][slot.group]!.push(slot.texts[lang] ?? null);
    return {};
  });
  const languages = Object.fromEntries(
    LANGUAGES.map((lang): [Language, LanguagePart] => {
      const part: LanguagePart = { groups: slotTexts[lang].slice(0, carried[lang]) };
      if (rests[lang]) part.rest = rests[lang];
      return [lang, part];
    }),
  ) as Record<Language, LanguagePart>;
  const isWhole = LANGUAGES.every((lang) => carried[lang] === groups);
  return { ok: true, code: { feedId, table, record, carried, isWhole, parts: { feedId: feedId ?? '', table, skeleton, languages, signature: { sig, signedAt } } } };
}

/** The value with every text slot replaced. */
function mapTexts(value: unknown, replace: (slot: TextSlot) => unknown): unknown {
  if (value instanceof TextSlot) return replace(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, replace));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, replace)]));
  return value;
}

function readSignedAt(input: ByteReader): unknown {
  const ms = input.varint();
  if (ms > 8.64e15) throw new CodeError('date out of range');
  if (ms > 0) return new Date(ms - 1).toISOString();
  return readValue(input, () => [], () => 0);
}

// The publisher's own spelling (toISOString) as milliseconds; any other spelling as it is.
function writeSignedAt(out: ByteWriter, signedAt: string): void {
  const ms = Date.parse(signedAt);
  if (Number.isSafeInteger(ms) && ms >= 0 && new Date(ms).toISOString() === signedAt) out.varint(ms + 1);
  else {
    out.varint(0);
    writeValue(out, signedAt, () => [], () => 0);
  }
}
