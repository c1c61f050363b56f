// A publisher for unit tests: a fresh Ed25519 key and a temporary feed directory.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishFeed } from '../publish-feed';
import type { SigningKey } from '../signing';
import { sampleTables } from './sample-tables';

/** A new signing key, as the feed builder's keygen makes. */
export function testSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: createPublicKey(privateKey).export({ format: 'jwk' }).x! };
}

/** A feed directory with one publish; `publish` adds later versions to it. */
export async function testPublisher(key = testSigningKey()) {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-feed-'));
  const publish = (tables = sampleTables(), feedId = 'test-feed') =>
    publishFeed({ outDir: dir, feedId, demo: true, tables, key, now: new Date('2020-12-22T00:00:00Z'), validDays: 30 });
  await publish();
  return { dir, key, publish };
}

/** A fetch that serves a directory at https://feed.test/feed/, with a hook to break files. */
export function serveDirectory(dir: string, breakFile?: (name: string, bytes: Uint8Array) => Uint8Array | 'network-error', requested?: string[]) {
  return (async (input: RequestInfo | URL) => {
    const name = new URL(String(input)).pathname.replace('/feed/', '');
    requested?.push(name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(dir, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const served = breakFile?.(name, bytes) ?? bytes;
    if (served === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(served as Uint8Array<ArrayBuffer>);
  }) as typeof fetch;
}

/** The same bytes with one bit flipped at `index` (negative counts from the end). */
export function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  const at = index < 0 ? copy.length + index : index;
  copy[at]! ^= 1;
  return copy;
}
