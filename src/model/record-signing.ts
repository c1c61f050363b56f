// What a publisher signs so one record can travel alone (a share link, a QR code) and still be
// checked against the feed's keys; the publisher (Node) and the app build these exact bytes.
//
// The signed form stands each language's texts in as one digest, chained over its text groups
// (model/datasets.ts, `share.textGroups`: a hazard's title and other short texts; its advice; its
// description). So a QR code can carry one language's texts, or only its first groups, and one
// 12-byte digest for what it leaves out of each language, and the record still verifies.
// Everything that is not a human text is signed as it is.
import { toBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';
import { textGroupCount, textGroupOf } from './datasets';
import { LANGUAGES, type Language } from './vocabulary';

/** A record's `signature` field. */
export interface RecordSignature {
  /** Ed25519 over `recordSigningMessage`, base64url without padding, 64 bytes. */
  sig: string;
  /** ISO date-time; part of the signed message, so it cannot be back- or forward-dated. */
  signedAt: string;
  /** The signing key's id (model/key-ids.ts): a record stops verifying once its key is revoked. */
  keyId: string;
}

/**
 * Bytes of each digest. To swap a language's texts a forger needs a second preimage of its digest:
 * 2^96 SHA-256 evaluations for 96 bits, out of reach, where 128 bits would cost a trip's code the
 * 12 bytes that keep it within QR version 15. (Collisions, at 2^48, help only the publisher, who
 * signs anyway.)
 */
export const DIGEST_BYTES = 12;

/** The digest of each language's texts, base64url. */
export type LanguageDigests = Record<Language, string>;

/** One language's texts, group by group, in canonical order; null where the record lacks the language. */
export type GroupTexts = (string | null)[][];

const L10N_KEYS = new Set<string>(LANGUAGES);

/** Whether a value is a human text in several languages: an object of strings keyed by language codes, English among them. */
export function isL10n(value: unknown): value is Partial<Record<Language, string>> & { en: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return typeof (value as { en?: unknown }).en === 'string' && entries.every(([key, text]) => L10N_KEYS.has(key) && typeof text === 'string');
}

/** The record without its `signature` field: the content a signature covers. */
export function withoutSignature<R extends object>(record: R): Omit<R, 'signature'> {
  const { signature: _signature, ...content } = record as R & { signature?: unknown };
  return content;
}

/**
 * Walks a record in canonical order (object keys sorted, arrays in order), handing each human
 * text to `onText` with the group of its top-level field, and returns the skeleton: the record
 * with every human text replaced by the mark `{}`. `isText` says what a human text is.
 */
export function walkTexts(table: string, record: object, onText: (text: unknown, group: number) => void, isText: (value: unknown) => boolean = isL10n): unknown {
  const walk = (value: unknown, group: number): unknown => {
    if (isText(value)) {
      onText(value, group);
      return {};
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, group));
    if (typeof value === 'object' && value !== null) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) sorted[key] = walk((value as Record<string, unknown>)[key], group);
      return sorted;
    }
    return value;
  };
  const content = withoutSignature(record) as Record<string, unknown>;
  const skeleton: Record<string, unknown> = {};
  for (const key of Object.keys(content).sort()) skeleton[key] = walk(content[key], textGroupOf(table, key));
  return skeleton;
}

/** The skeleton, and each language's texts group by group (a language the text lacks is null). */
export function splitTexts(table: string, record: object): { skeleton: unknown; texts: Record<Language, GroupTexts> } {
  const groups = textGroupCount(table);
  const texts = Object.fromEntries(LANGUAGES.map((lang) => [lang, Array.from({ length: groups }, () => [] as (string | null)[])])) as Record<Language, GroupTexts>;
  const skeleton = walkTexts(table, record, (text, group) => {
    for (const lang of LANGUAGES) texts[lang][group]!.push((text as Partial<Record<Language, string>>)[lang] ?? null);
  });
  return { skeleton, texts };
}

async function digestOf(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return toBase64Url(new Uint8Array(digest).subarray(0, DIGEST_BYTES));
}

/**
 * The digest of groups of one language's texts, chained from the last group: each group is hashed
 * with the digest of the groups after it (`rest`, null after the last). So a code that carries a
 * language's first groups stands in for all the others by one digest.
 */
export async function chainDigest(groups: readonly (readonly (string | null)[])[], rest: string | null = null): Promise<string> {
  let digest = rest;
  for (let group = groups.length - 1; group >= 0; group--) digest = await digestOf([groups[group], digest]);
  if (digest === null) throw new RangeError('a language needs its texts or the digest of them');
  return digest;
}

/** What is known of one language: its first groups' texts, and the digest of the groups after them (none when every group came). */
export interface LanguagePart {
  groups: (string | null)[][];
  rest?: string;
}

/** The digest a code carries for a language of which it carries the first `carried` groups; undefined when it carries them all. */
export async function restDigest(groups: readonly (readonly (string | null)[])[], carried: number): Promise<string | undefined> {
  return carried >= groups.length ? undefined : chainDigest(groups.slice(carried));
}

/** Every language's digest, from what is known of each. */
export async function resolveDigests(parts: Record<Language, LanguagePart>): Promise<LanguageDigests> {
  const resolved = await Promise.all(LANGUAGES.map((lang) => chainDigest(parts[lang].groups, parts[lang].rest ?? null)));
  return Object.fromEntries(LANGUAGES.map((lang, i) => [lang, resolved[i]])) as LanguageDigests;
}

/** Every language's digest, from a whole record's own texts. */
export async function languageDigests(table: string, record: object): Promise<LanguageDigests> {
  const { texts } = splitTexts(table, record);
  return resolveDigests(Object.fromEntries(LANGUAGES.map((lang) => [lang, { groups: texts[lang] }])) as Record<Language, LanguagePart>);
}

/**
 * The bytes a record's signature covers: UTF-8 of canonicalJson({ feedId, keyId, record, signedAt,
 * table, texts }), `record` the skeleton and `texts` the language digests. Feed and table are
 * inside, so a genuine record cannot pass as another feed's or another table's; the key id, so a
 * signature cannot be moved to another key.
 */
export function recordSigningMessage(fields: { feedId: string; table: string; keyId: string; signedAt: string; skeleton: unknown; digests: LanguageDigests }): Uint8Array {
  const { feedId, table, keyId, signedAt, skeleton, digests } = fields;
  return new TextEncoder().encode(canonicalJson({ feedId, keyId, record: skeleton, signedAt, table, texts: digests }));
}

/** The signing message of a whole record, all its languages present. */
export async function wholeRecordSigningMessage(feedId: string, table: string, record: object, signature: Pick<RecordSignature, 'keyId' | 'signedAt'>): Promise<Uint8Array> {
  const { skeleton } = splitTexts(table, record);
  return recordSigningMessage({ feedId, table, keyId: signature.keyId, signedAt: signature.signedAt, skeleton, digests: await languageDigests(table, record) });
}
