import { fromBase64Url } from '../model/base64url';

const ed25519 = { name: 'Ed25519' } as const;

/** A public key as key lists and the app build name it: raw 32 bytes, base64url. */
export interface PublicKeyEntry {
  id?: string;
  publicKey: string;
}

/**
 * The first of `keys` whose Ed25519 signature of the exact `message` bytes `signature` is;
 * undefined when none is. Malformed keys are skipped.
 */
export async function findSigningKey<K extends PublicKeyEntry>(message: Uint8Array, signature: Uint8Array, keys: readonly K[]): Promise<K | undefined> {
  if (signature.byteLength !== 64) return undefined;
  for (const key of keys) {
    let publicKey: Uint8Array;
    try {
      publicKey = fromBase64Url(key.publicKey);
    } catch {
      continue;
    }
    if (publicKey.byteLength === 32 && (await verifyEd25519(publicKey, signature, message))) return key;
  }
  return undefined;
}

/** True when `signature` is an Ed25519 signature of the exact `message` bytes by one of the public keys (base64url). */
export async function isSignedByTrustedKey(message: Uint8Array, signature: Uint8Array, trustedKeys: readonly string[]): Promise<boolean> {
  return (await findSigningKey(message, signature, trustedKeys.map((publicKey) => ({ publicKey })))) !== undefined;
}

async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, ed25519, false, ['verify']);
  } catch {
    // Browsers before Chrome 137 / Safari 17 have no Ed25519 in WebCrypto: verify in JS instead,
    // loaded only on those phones.
    const { verifyAsync } = await import('@noble/ed25519');
    return verifyAsync(signature, message, publicKey).catch(() => false);
  }
  return crypto.subtle.verify(ed25519, key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
}
