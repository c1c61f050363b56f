// Checks a record's own signature (model/record-signing.ts), for records shared one by one.
import { fromBase64Url, toBase64Url } from '../model/base64url';
import { languageDigest, recordSigningMessage, splitTexts, type LanguageDigests, type RecordSignature } from '../model/record-signing';
import { LANGUAGES, type Language } from '../model/vocabulary';
import type { KeyList } from '../model/file-schemas';
import { findSigningKey } from './verify-signature';

/** Why a record did not verify: no signature or a broken one, a key the list does not have, a revoked key. */
export type RecordVerification = { isVerified: true; keyId: string; signedAt: string } | { isVerified: false; reason: 'unsigned' | 'invalid' | 'unknown-key' | 'revoked-key' };

/**
 * Whether `record.signature` is a signature of the record, in this feed and table, by the key it
 * names among the key list's listed keys. `digests` stand in for languages the record was sent
 * without (a QR code carries one or two); every other language is hashed from the record's texts.
 */
export async function verifyRecordSignature(
  feedId: string,
  table: string,
  record: object,
  keyList: Pick<KeyList, 'keys' | 'revoked'> | undefined,
  digests: Partial<LanguageDigests> = {},
): Promise<RecordVerification> {
  const signature: unknown = (record as { signature?: unknown }).signature;
  if (!isRecordSignature(signature)) return { isVerified: false, reason: 'unsigned' };
  if (keyList?.revoked.some((key) => key.id === signature.keyId)) return { isVerified: false, reason: 'revoked-key' };
  const key = keyList?.keys.find((candidate) => candidate.id === signature.keyId);
  if (!key) return { isVerified: false, reason: 'unknown-key' };
  let sig: Uint8Array;
  try {
    sig = fromBase64Url(signature.sig);
    // One spelling per signature: base64url's last letter has unused bits a forger could flip.
    if (toBase64Url(sig) !== signature.sig) return { isVerified: false, reason: 'invalid' };
  } catch {
    return { isVerified: false, reason: 'invalid' };
  }
  const { skeleton, texts } = splitTexts(record);
  const computed = await Promise.all(LANGUAGES.map((lang) => digests[lang] ?? languageDigest(texts[lang])));
  const allDigests = Object.fromEntries(LANGUAGES.map((lang: Language, i) => [lang, computed[i]])) as LanguageDigests;
  const message = recordSigningMessage({ feedId, table, keyId: signature.keyId, signedAt: signature.signedAt, skeleton, digests: allDigests });
  return (await findSigningKey(message, sig, [key])) ? { isVerified: true, keyId: key.id, signedAt: signature.signedAt } : { isVerified: false, reason: 'invalid' };
}

function isRecordSignature(value: unknown): value is RecordSignature {
  if (typeof value !== 'object' || value === null) return false;
  const { sig, signedAt, keyId } = value as Record<string, unknown>;
  return typeof sig === 'string' && typeof signedAt === 'string' && typeof keyId === 'string';
}
