// A publisher for unit tests: fresh root and signing keys and a temporary feed directory.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishFeed } from '../publish-feed';
import { newSigningKey, type SigningKey } from '../signing';
import { sampleTables } from './sample-tables';

/** A new key pair, as `feed keygen` makes (kept in memory only). */
export const testSigningKey = newSigningKey;

/** When the test publisher publishes: a fixed day, so ages and expiry are known. */
export const TEST_PUBLISH_TIME = new Date('2020-12-22T00:00:00Z');

/** A feed directory with one publish; `publish` adds later versions to it, one second apart. */
export async function testPublisher(options: { key?: SigningKey; rootKey?: SigningKey; feedId?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-feed-'));
  const key = options.key ?? (await newSigningKey());
  const rootKey = options.rootKey ?? (await newSigningKey());
  let publishes = 0;
  const publish = (tables = sampleTables(), publishOptions: { key?: SigningKey; now?: Date; validDays?: number } = {}) =>
    publishFeed({
      outDir: dir,
      feedId: options.feedId ?? 'test-feed',
      demo: true,
      tables,
      key: publishOptions.key ?? key,
      rootKey,
      now: publishOptions.now ?? new Date(TEST_PUBLISH_TIME.getTime() + 1000 * publishes++),
      validDays: publishOptions.validDays ?? 30,
    });
  await publish();
  return { dir, key, rootKey, publish, rootKeys: [rootKey.publicKey] };
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
