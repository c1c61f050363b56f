// One record in a link short enough for a QR code, and the careful way back: the link is
// untrusted input from any camera, so reading it is capped, validated and never throws.
// No DOM: runs in the page and in unit tests.
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../../model/base64url';
import { canonicalJson } from '../../model/canonical-json';
import { ManifestSchema, recordSchema, type KeyList } from '../../model/file-schemas';
import { TABLE_NAMES, type TableName, type TableRecords } from '../../model/datasets';
import { verifyRecordSignature } from '../../sync/record-signature';
import { deflateRaw, inflateRawCapped } from './deflate-raw';

/** What a share link carries: one record, with its signature, and the feed and table it is from. */
export type SharedRecord = { [T in TableName]: { feedId: string; table: T; record: TableRecords[T] } }[TableName];

/** Why a link was refused: not ours, over a cap, unreadable, or not a valid record. */
export type RecordLinkRefusal = 'not-homeward' | 'too-large' | 'corrupt' | 'invalid';

/** The path a share link opens in the app. */
export const IMPORT_PATH = '/import';
/** Longest fragment accepted (a version-40 QR code holds at most 2,953 bytes anyway). */
export const MAX_FRAGMENT_CHARS = 4096;
/** Most bytes a link may inflate to; reading stops as soon as it would pass this. */
export const MAX_INFLATED_BYTES = 64 * 1024;

// The format tag: a later format gets "r2." and this reader refuses it as not its own.
const PREFIX = 'r1.';
// Room for an origin and a path before the fragment; anything longer is refused unread.
const MAX_LINK_CHARS = MAX_FRAGMENT_CHARS + 2048;

const EnvelopeSchema = v.object({
  feedId: ManifestSchema.entries.feedId,
  table: v.picklist(TABLE_NAMES),
  record: v.unknown(),
});

/**
 * `${origin}/import#r1.<base64url(deflate-raw(UTF-8(canonicalJson(payload))))>`. Throws a
 * RangeError when the fragment would pass MAX_FRAGMENT_CHARS: such a link could never be read.
 */
export async function encodeRecordLink(origin: string, payload: SharedRecord): Promise<string> {
  const fragment = PREFIX + toBase64Url(await deflateRaw(new TextEncoder().encode(canonicalJson(payload))));
  if (fragment.length > MAX_FRAGMENT_CHARS) throw new RangeError(`record ${payload.record.id} is too large for a share link`);
  return `${origin.replace(/\/+$/, '')}${IMPORT_PATH}#${fragment}`;
}

/**
 * The record in a share link (a full URL, "#r1.…" or "r1.…"), checked against its table's
 * schema, or why it was refused. Never throws, never inflates past MAX_INFLATED_BYTES.
 */
export async function decodeRecordLink(hashOrUrl: string): Promise<{ ok: true; shared: SharedRecord } | { ok: false; reason: RecordLinkRefusal }> {
  try {
    return await decode(hashOrUrl);
  } catch {
    // Every expected failure is handled below; this is the promise to callers, whatever a
    // browser's stream implementation does on input no one has tried yet.
    return { ok: false, reason: 'corrupt' };
  }
}

/** Whether the shared record is signed, for its feed and table, by a key of the phone's key list, and when it was signed. */
export async function verifySharedRecord(shared: SharedRecord, keyList: Pick<KeyList, 'keys' | 'revoked'> | undefined): Promise<{ isVerified: boolean; signedAt?: string }> {
  try {
    const verification = await verifyRecordSignature(shared.feedId, shared.table, shared.record, keyList);
    if (verification.isVerified) return { isVerified: true, signedAt: verification.signedAt };
  } catch {
    // A malformed record is simply not verified.
  }
  return { isVerified: false };
}

async function decode(hashOrUrl: string): Promise<{ ok: true; shared: SharedRecord } | { ok: false; reason: RecordLinkRefusal }> {
  const text = hashOrUrl.trim();
  if (text.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-large' };
  const fragment = linkFragment(text);
  if (fragment === undefined || !fragment.startsWith(PREFIX)) return { ok: false, reason: 'not-homeward' };
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'too-large' };

  let compressed: Uint8Array;
  try {
    compressed = fromBase64Url(fragment.slice(PREFIX.length));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (compressed.byteLength === 0) return { ok: false, reason: 'corrupt' };
  const inflated = await inflateRawCapped(compressed, MAX_INFLATED_BYTES);
  if (inflated === 'too-large' || inflated === 'corrupt') return { ok: false, reason: inflated };

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  const { feedId, table } = envelope.output;
  const record = v.safeParse(recordSchema(table), envelope.output.record);
  if (!record.success) return { ok: false, reason: 'invalid' };
  // The schema's output, not the raw JSON: unknown fields are dropped, so what is shown is what is verified.
  return { ok: true, shared: { feedId, table, record: record.output } as SharedRecord };
}

/** The fragment of a share link: after "#" in a URL whose path ends in /import, or the text itself. */
function linkFragment(text: string): string | undefined {
  if (text.startsWith(PREFIX)) return text;
  const hash = text.indexOf('#');
  if (hash === -1) return undefined;
  if (hash === 0) return text.slice(1);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  // Any origin and base path: a link stays verifiable by its signature wherever the app is hosted.
  if (!url.pathname.endsWith(IMPORT_PATH)) return undefined;
  return text.slice(hash + 1);
}
