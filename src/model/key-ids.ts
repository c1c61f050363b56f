// The short name a feed key goes by in key lists, manifests and record signatures.
import { fromBase64Url } from './base64url';

/** `k-` and the first 16 hex digits of the SHA-256 of the raw 32-byte public key (base64url). */
export async function keyIdOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64Url(publicKey) as Uint8Array<ArrayBuffer>));
  return `k-${[...digest.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
