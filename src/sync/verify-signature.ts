import { fromBase64Url } from '../model/base64url';

const ed25519 = { name: 'Ed25519' } as const;

/**
 * True when `signature` is an Ed25519 signature of the exact `message` bytes by one of the
 * trusted public keys (raw 32-byte keys, base64url). Two keys let a publisher rotate.
 */
export async function isSignedByTrustedKey(message: Uint8Array, signature: Uint8Array, trustedKeys: readonly string[]): Promise<boolean> {
  if (signature.byteLength !== 64) return false;
  for (const key of trustedKeys) {
    let publicKey: Uint8Array;
    try {
      publicKey = fromBase64Url(key);
    } catch {
      continue;
    }
    if (publicKey.byteLength === 32 && (await verifyEd25519(publicKey, signature, message))) return true;
  }
  return false;
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
