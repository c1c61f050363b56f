import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAsync } from '@noble/ed25519';
import { toBase64Url } from '../model/base64url';
import { isSignedByTrustedKey } from './verify-signature';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ format: 'jwk' }).x!, privateKey };
}

const message = new TextEncoder().encode('{"format":1,"version":2}');

describe('isSignedByTrustedKey', () => {
  const publisher = keyPair();
  const signature = new Uint8Array(sign(null, message, publisher.privateKey));

  it('accepts a signature by a trusted key', async () => {
    expect(await isSignedByTrustedKey(message, signature, [publisher.publicKey])).toBe(true);
  });

  it('accepts a signature by the second of two trusted keys (rotation)', async () => {
    expect(await isSignedByTrustedKey(message, signature, [keyPair().publicKey, publisher.publicKey])).toBe(true);
  });

  it('rejects a signature by an unknown key', async () => {
    expect(await isSignedByTrustedKey(message, signature, [keyPair().publicKey])).toBe(false);
  });

  it('rejects a message with one flipped bit', async () => {
    const tampered = message.slice();
    tampered[5]! ^= 1;
    expect(await isSignedByTrustedKey(tampered, signature, [publisher.publicKey])).toBe(false);
  });

  it('rejects a truncated signature and ignores malformed keys', async () => {
    expect(await isSignedByTrustedKey(message, signature.slice(1), [publisher.publicKey])).toBe(false);
    expect(await isSignedByTrustedKey(message, signature, ['not a key!', publisher.publicKey])).toBe(true);
  });

  it('agrees with the pure-JS fallback used on browsers without WebCrypto Ed25519', async () => {
    const { fromBase64Url } = await import('../model/base64url');
    expect(await verifyAsync(signature, message, fromBase64Url(publisher.publicKey))).toBe(true);
    expect(toBase64Url(fromBase64Url(publisher.publicKey))).toBe(publisher.publicKey);
  });
});
