import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { keyIdOf } from '../src/model/key-ids';

/** Where the demo feed's online signing key lives; feed/.keys/ is git-ignored. */
export const DEFAULT_KEY_PATH = 'feed/.keys/feed-signing.pem';
/** Where the demo feed's root key lives: it signs the key list, and the app build trusts it. */
export const DEFAULT_ROOT_KEY_PATH = 'feed/.keys/root.pem';

/** An Ed25519 key pair: the private key, its public half as the app embeds it (raw 32 bytes, base64url), and its id. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: string;
  id: string;
}

/** Why a key could not be read, in one line for the publisher. */
export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

async function keyOf(privateKey: KeyObject): Promise<SigningKey> {
  const publicKey = createPublicKey(privateKey).export({ format: 'jwk' }).x!;
  return { privateKey, publicKey, id: await keyIdOf(publicKey) };
}

/** A new key pair in memory, never written anywhere (tests). */
export function newSigningKey(): Promise<SigningKey> {
  return keyOf(generateKeyPairSync('ed25519').privateKey);
}

/** Writes a new Ed25519 private key (mode 600) and its public key beside it (`.pub`); refuses to overwrite. */
export async function generateSigningKey(path: string): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KeyFileError(`${path} already exists; a key is never overwritten`);
    throw error;
  }
  const key = await keyOf(privateKey);
  await writeFile(publicKeyPath(path), `${key.publicKey}\n`);
  return key;
}

/** Where the public half of the key at `path` is written. */
export const publicKeyPath = (path: string) => `${path.replace(/\.pem$/, '')}.pub`;

/** Reads the private key at `path`. */
export async function readSigningKey(path: string): Promise<SigningKey> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw Object.assign(new KeyFileError(`${path}: no such key file`), { code: 'ENOENT' });
    throw new KeyFileError(`${path}: ${(error as Error).message}`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(bytes);
  } catch {
    throw new KeyFileError(`${path}: not a private key in PEM form`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new KeyFileError(`${path}: not an Ed25519 key`);
  return keyOf(privateKey);
}

/** The key at `path`, made on first use (the demo feed is signed with such keys). */
export async function readOrCreateSigningKey(path: string): Promise<SigningKey & { isNew: boolean }> {
  try {
    return { ...(await readSigningKey(path)), isNew: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { ...(await generateSigningKey(path)), isNew: true };
  }
}

/** Ed25519 signature of the exact bytes, base64url. */
export function signBytes(bytes: Uint8Array, key: Pick<SigningKey, 'privateKey'>): string {
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
