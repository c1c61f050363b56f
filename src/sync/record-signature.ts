// Checks a record's own signature (model/record-signing.ts), for records shared one by one:
// whole, as the feed holds them, or in parts, as a share code carries them.
import { fromBase64Url, toBase64Url } from '../model/base64url';
import type { KeyList } from '../model/file-schemas';
import { recordSigningMessage, resolveDigests, splitTexts, type LanguagePart, type RecordSignature } from '../model/record-signing';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { findSigningKey } from './verify-signature';

/** Why a record did not verify: no signature or a broken one, a key the list does not have, a revoked key. */
export type RecordVerification = { isVerified: true; keyId: string; signedAt: string } | { isVerified: false; reason: 'unsigned' | 'invalid' | 'unknown-key' | 'revoked-key' };

/** What a verifier needs of a record: where it is from, its skeleton, what is known of each language, the signature. */
export interface SignedParts {
  feedId: string;
  table: string;
  skeleton: unknown;
  languages: Record<Language, LanguagePart>;
  /** Without `keyId`, every listed key is tried (share codes leave the id out to save 8 bytes). */
  signature: { sig: string; signedAt: string; keyId?: string };
}

/** Whether the parts are signed, for their feed and table, by a key of the key list (a revoked one says so). */
export async function verifySignedParts(parts: SignedParts, keyList: Pick<KeyList, 'keys' | 'revoked'> | undefined): Promise<RecordVerification> {
  const { signature } = parts;
  let sig: Uint8Array;
  try {
    sig = fromBase64Url(signature.sig);
    // One spelling per signature: base64url's last letter has unused bits a forger could flip.
    if (sig.byteLength !== 64 || toBase64Url(sig) !== signature.sig) return { isVerified: false, reason: 'invalid' };
  } catch {
    return { isVerified: false, reason: 'invalid' };
  }
  const digests = await resolveDigests(parts.languages);
  const candidates = (list: readonly { id: string; publicKey: string }[]) => (signature.keyId ? list.filter((key) => key.id === signature.keyId) : list);
  const check = async (list: readonly { id: string; publicKey: string }[]) => {
    for (const key of candidates(list)) {
      const message = recordSigningMessage({ feedId: parts.feedId, table: parts.table, keyId: key.id, signedAt: signature.signedAt, skeleton: parts.skeleton, digests });
      if (await findSigningKey(message, sig, [key])) return key;
    }
    return undefined;
  };
  const key = await check(keyList?.keys ?? []);
  if (key) return { isVerified: true, keyId: key.id, signedAt: signature.signedAt };
  if (await check(keyList?.revoked ?? [])) return { isVerified: false, reason: 'revoked-key' };
  const isKnownKey = !signature.keyId || [...(keyList?.keys ?? []), ...(keyList?.revoked ?? [])].some((known) => known.id === signature.keyId);
  return { isVerified: false, reason: isKnownKey ? 'invalid' : 'unknown-key' };
}

/** Whether `record.signature` is a signature of the whole record, in this feed and table, by the key it names among the listed keys. */
export async function verifyRecordSignature(feedId: string, table: string, record: object, keyList: Pick<KeyList, 'keys' | 'revoked'> | undefined): Promise<RecordVerification> {
  const signature: unknown = (record as { signature?: unknown }).signature;
  if (!isRecordSignature(signature)) return { isVerified: false, reason: 'unsigned' };
  const { skeleton, texts } = splitTexts(table, record);
  const languages = Object.fromEntries(LANGUAGES.map((lang) => [lang, { groups: texts[lang] }])) as Record<Language, LanguagePart>;
  return verifySignedParts({ feedId, table, skeleton, languages, signature }, keyList);
}

function isRecordSignature(value: unknown): value is RecordSignature {
  if (typeof value !== 'object' || value === null) return false;
  const { sig, signedAt, keyId } = value as Record<string, unknown>;
  return typeof sig === 'string' && typeof signedAt === 'string' && typeof keyId === 'string';
}
