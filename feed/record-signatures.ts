import { recordSigningMessage } from '../src/model/record-signing';
import { verifyBytes } from './signing';

/** Whether a record's own `signature` verifies, for this feed and table, under one of the public keys. */
export function hasValidRecordSignature(feedId: string, table: string, record: object, publicKeys: readonly string[]): boolean {
  const signature = (record as { signature?: { sig?: unknown; signedAt?: unknown } }).signature;
  if (typeof signature?.sig !== 'string' || typeof signature.signedAt !== 'string') return false;
  const message = recordSigningMessage(feedId, table, record, signature.signedAt);
  return publicKeys.some((key) => verifyBytes(message, signature.sig as string, key));
}
