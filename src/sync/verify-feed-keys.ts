// The two signature checks of a sync: the key list against the root keys the app build trusts,
// then the manifest against the online keys that key list names.
import * as v from 'valibot';
import { fromBase64Url } from '../model/base64url';
import { KeyListSchema, describeIssues, type KeyList } from '../model/file-schemas';
import type { StoredMeta } from '../store/queries';
import { SyncError } from './sync-error';
import { findSigningKey, type PublicKeyEntry } from './verify-signature';

/** The key list and its root signature, fetched beside the manifest. */
export const KEY_LIST_FILES = ['keys.json', 'keys.sig'] as const;

/** The signatures of a .sig file: one base64url signature a line, blank lines ignored. */
function signaturesOf(bytes: Uint8Array, file: string): Uint8Array[] {
  const lines = new TextDecoder().decode(bytes).split('\n').map((line) => line.trim()).filter(Boolean);
  try {
    return lines.map(fromBase64Url);
  } catch {
    throw new SyncError('signature', `${file} is not base64url`);
  }
}

async function isSignedByAny(message: Uint8Array, signatureFile: Uint8Array, file: string, keys: readonly PublicKeyEntry[]): Promise<PublicKeyEntry | undefined> {
  for (const signature of signaturesOf(signatureFile, file)) {
    const key = await findSigningKey(message, signature, keys);
    if (key) return key;
  }
  return undefined;
}

/**
 * The key list to verify this sync's manifest with: signed by a root key, for the stored feed, and
 * not older than the one the phone already holds (an old list replayed could bring a revoked key back).
 */
export async function adoptKeyList(bytes: Uint8Array, signature: Uint8Array, stored: StoredMeta, rootKeys: readonly string[]): Promise<KeyList> {
  if (!(await isSignedByAny(bytes, signature, 'keys.sig', rootKeys.map((publicKey) => ({ publicKey }))))) {
    throw new SyncError('signature', 'keys.json is not signed by a root key this app trusts');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new SyncError('manifest-invalid', `keys.json: not JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(KeyListSchema, json);
  if (!parsed.success) throw new SyncError('manifest-invalid', `keys.json: ${describeIssues(parsed.issues).join('; ')}`);
  const list = parsed.output;
  if (stored.feed && stored.feed.feedId !== list.feedId) throw new SyncError('feed-mismatch', `expected the key list of feed "${stored.feed.feedId}", got "${list.feedId}"`);
  if (stored.keys && list.version < stored.keys.version) {
    throw new SyncError('rollback', `key list version ${list.version} is older than the stored ${stored.keys.version}`);
  }
  return list;
}

/** The listed key that signed the manifest's exact bytes; a revoked or unknown key is refused. */
export async function verifyManifest(bytes: Uint8Array, signature: Uint8Array, keys: KeyList): Promise<{ id: string; publicKey: string }> {
  const signer = await isSignedByAny(bytes, signature, 'manifest.sig', keys.keys);
  if (signer) return signer as { id: string; publicKey: string };
  const revoked = await isSignedByAny(bytes, signature, 'manifest.sig', keys.revoked);
  throw new SyncError('signature', revoked ? `manifest.json is signed by the revoked key ${revoked.id}` : 'manifest.json is not signed by a key of the key list');
}
