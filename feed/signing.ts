import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the demo feed's private key lives; feed/.keys/ is git-ignored. */
export const DEFAULT_KEY_PATH = 'feed/.keys/feed-signing.pem';

/** A signing key and its public half as the app embeds it (raw 32 bytes, base64url). */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: string;
}

function publicKeyOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ format: 'jwk' }).x!;
}

/** Writes a new Ed25519 private key (mode 600) and its public key beside it (`.pub`). */
export async function generateSigningKey(path: string): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  const publicKey = publicKeyOf(privateKey);
  await writeFile(`${path.replace(/\.pem$/, '')}.pub`, `${publicKey}\n`);
  return { privateKey, publicKey };
}

/** Reads the private key at `path`. */
export async function readSigningKey(path: string): Promise<SigningKey> {
  const privateKey = createPrivateKey(await readFile(path));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path}: not an Ed25519 key`);
  return { privateKey, publicKey: publicKeyOf(privateKey) };
}

/** The key at `path`, made on first use (the demo feed is signed with such a key). */
export async function readOrCreateSigningKey(path: string): Promise<SigningKey & { isNew: boolean }> {
  try {
    return { ...(await readSigningKey(path)), isNew: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { ...(await generateSigningKey(path)), isNew: true };
  }
}

/** Ed25519 signature of the exact bytes, base64url. */
export function signBytes(bytes: Uint8Array, key: SigningKey): string {
  return sign(null, bytes, key.privateKey).toString('base64url');
}

/** Whether `signature` (base64url) is an Ed25519 signature of the exact bytes by the public key (raw, base64url). */
export function verifyBytes(bytes: Uint8Array, signature: string, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    const sig = Buffer.from(signature, 'base64url');
    // Buffer.from ignores what is not base64url; only the canonical spelling counts.
    return sig.byteLength === 64 && sig.toString('base64url') === signature && verify(null, bytes, key, sig);
  } catch {
    return false;
  }
}
