// Per-record signatures on the publisher's side (the format: src/model/record-signing.ts).
import { wholeRecordSigningMessage, type RecordSignature } from '../src/model/record-signing';
import { signBytes, verifyBytes, type SigningKey } from './signing';

/** A key as key lists name it. */
export interface ListedKey {
  id: string;
  publicKey: string;
}

/** The record's signature by `key`, dated `signedAt`. */
export async function signRecord(feedId: string, table: string, record: object, key: SigningKey, signedAt: string): Promise<RecordSignature> {
  const message = await wholeRecordSigningMessage(feedId, table, record, { keyId: key.id, signedAt });
  return { sig: signBytes(message, key), signedAt, keyId: key.id };
}

/** Whether a record's own `signature` verifies, for this feed and table, under the key it names among `keys`. */
export async function hasValidRecordSignature(feedId: string, table: string, record: object, keys: readonly ListedKey[]): Promise<boolean> {
  const signature = (record as { signature?: Partial<RecordSignature> }).signature;
  if (typeof signature?.sig !== 'string' || typeof signature.signedAt !== 'string' || typeof signature.keyId !== 'string') return false;
  const key = keys.find((candidate) => candidate.id === signature.keyId);
  if (!key) return false;
  const message = await wholeRecordSigningMessage(feedId, table, record, { keyId: signature.keyId, signedAt: signature.signedAt });
  return verifyBytes(message, signature.sig, key.publicKey);
}
