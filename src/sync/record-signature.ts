// Checks a record's own signature (model/record-signing.ts), for records shared one by one.
import { fromBase64Url } from '../model/base64url';
import { recordSigningMessage, type RecordSignature } from '../model/record-signing';
import { isSignedByTrustedKey } from './verify-signature';

/** True when `record.signature` is a signature of the record, in this feed and table, by one of `trustedKeys`. */
export async function verifyRecordSignature(feedId: string, table: string, record: object, trustedKeys: readonly string[]): Promise<boolean> {
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
