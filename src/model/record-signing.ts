// What a publisher signs so one record can travel alone (a share link, a QR code) and still be
// checked against the feed's keys; the publisher (Node) and the app build these exact bytes.
//
// The signed form stands each language's texts in as one digest: a record's texts in Armenian,
// say, are hashed together, and the signature covers that digest, not the texts. So a QR code can
// carry the texts of one or two languages and only the 16-byte digests of the others, and the
// record still verifies. Everything else in the record is signed as it is.
import { toBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';
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

/** Bytes of each language digest: 128 bits resist a second preimage as well as Ed25519 resists forgery. */
export const LANGUAGE_DIGEST_BYTES = 16;

/** The digest of each language's texts, base64url. */
export type LanguageDigests = Record<Language, string>;

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
 * The record with every human text replaced by the mark `{}`, and each language's texts in
 * canonical order (object keys sorted, arrays in order; a language the text lacks is null), so the
 * same record always gives the same skeleton and the same texts, whichever languages it carries.
 */
export function splitTexts(record: object): { skeleton: unknown; texts: Record<Language, (string | null)[]> } {
  const texts = Object.fromEntries(LANGUAGES.map((lang) => [lang, [] as (string | null)[]])) as Record<Language, (string | null)[]>;
  const walk = (value: unknown): unknown => {
    if (isL10n(value)) {
      for (const lang of LANGUAGES) texts[lang].push(value[lang] ?? null);
      return {};
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) sorted[key] = walk((value as Record<string, unknown>)[key]);
      return sorted;
    }
    return value;
  };
  return { skeleton: walk(withoutSignature(record)), texts };
}

/** The 16-byte digest of one language's texts, base64url. */
export async function languageDigest(texts: (string | null)[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(texts)));
  return toBase64Url(new Uint8Array(digest).subarray(0, LANGUAGE_DIGEST_BYTES));
}

/** Every language's digest, computed from the record's own texts. */
export async function languageDigests(record: object): Promise<LanguageDigests> {
  const { texts } = splitTexts(record);
  const digests = await Promise.all(LANGUAGES.map((lang) => languageDigest(texts[lang])));
  return Object.fromEntries(LANGUAGES.map((lang, i) => [lang, digests[i]])) as LanguageDigests;
}

/**
 * The bytes a record's signature covers: UTF-8 of canonicalJson({ feedId, keyId, record, signedAt,
 * table, texts }), `record` the skeleton of `splitTexts` and `texts` the language digests. Feed and
 * table are inside, so a genuine record cannot pass as another feed's or another table's; the key
 * id, so a signature cannot be moved to another key.
 */
export function recordSigningMessage(fields: { feedId: string; table: string; keyId: string; signedAt: string; skeleton: unknown; digests: LanguageDigests }): Uint8Array {
  const { feedId, table, keyId, signedAt, skeleton, digests } = fields;
  return new TextEncoder().encode(canonicalJson({ feedId, keyId, record: skeleton, signedAt, table, texts: digests }));
}

/** The signing message of a whole record, all its languages present. */
export async function wholeRecordSigningMessage(feedId: string, table: string, record: object, signature: Pick<RecordSignature, 'keyId' | 'signedAt'>): Promise<Uint8Array> {
  const { skeleton } = splitTexts(record);
  return recordSigningMessage({ feedId, table, keyId: signature.keyId, signedAt: signature.signedAt, skeleton, digests: await languageDigests(record) });
}
