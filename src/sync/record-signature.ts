// Per-record signatures: what the publisher signs so one record can travel alone (a share link)
// and still be checked against the feed's keys. No DOM: the service worker may import this.
import { fromBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';
import type { TableName } from './feed-schema';
import { isSignedByTrustedKey } from './verify-signature';

/** A record's `signature` field: Ed25519 over `recordSigningMessage`, and when it was made. */
export interface RecordSignature {
  /** base64url without padding, 64 bytes. */
  sig: string;
  /** ISO date-time; part of the signed message, so it cannot be back- or forward-dated. */
  signedAt: string;
}

/** The record without its `signature` field: the content a signature covers. */
export function withoutSignature<R extends object>(record: R): Omit<R, 'signature'> {
  const { signature: _signature, ...content } = record as R & { signature?: unknown };
  return content;
}

/**
 * The bytes a record's signature covers: UTF-8 of canonicalJson({ feedId, signedAt, table,
 * record }), `record` without its `signature`. Feed and table are inside, so a genuine record
 * cannot be passed off as another feed's, or as a record of another table.
 */
export function recordSigningMessage(feedId: string, table: TableName, record: object, signedAt: string): Uint8Array {
  return new TextEncoder().encode(canonicalJson({ feedId, signedAt, table, record: withoutSignature(record) }));
}

/** True when `record.signature` is a signature of the record, in this feed and table, by one of `trustedKeys`. */
export async function verifyRecordSignature(feedId: string, table: TableName, record: object, trustedKeys: readonly string[]): Promise<boolean> {
  const signature: unknown = (record as { signature?: unknown }).signature;
  if (!isRecordSignature(signature)) return false;
  let message: Uint8Array;
  let sig: Uint8Array;
  try {
    message = recordSigningMessage(feedId, table, record, signature.signedAt);
    sig = fromBase64Url(signature.sig);
  } catch {
    // Not JSON-shaped or not base64url: nothing a publisher could have signed.
    return false;
  }
  return isSignedByTrustedKey(message, sig, trustedKeys);
}

function isRecordSignature(value: unknown): value is RecordSignature {
  if (typeof value !== 'object' || value === null) return false;
  const { sig, signedAt } = value as Record<string, unknown>;
  return typeof sig === 'string' && typeof signedAt === 'string';
}
