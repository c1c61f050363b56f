// What a publisher signs so one record can travel alone (a share link) and still be checked
// against the feed's keys. The publisher and the app both build these exact bytes.
import { canonicalJson } from './canonical-json';

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
export function recordSigningMessage(feedId: string, table: string, record: object, signedAt: string): Uint8Array {
  return new TextEncoder().encode(canonicalJson({ feedId, signedAt, table, record: withoutSignature(record) }));
}
