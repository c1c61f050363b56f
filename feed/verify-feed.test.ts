import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../src/model/file-schemas';
import { changeKeyList, readKeyList, writeKeyList } from './key-list';
import { signBytes } from './signing';
import { sampleTables } from './testing/sample-tables';
import { testPublisher, testSigningKey } from './testing/test-publisher';
import { verifyFeedDirectory } from './verify-feed';

// A day after the test publisher's first publish: the feed is current.
const NOW = new Date('2020-12-23T00:00:00Z');
const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Rewrites the manifest and signs it again with `key`, as a careless or hostile edit would. */
async function resign(dir: string, manifest: Manifest, key: Parameters<typeof signBytes>[1]) {
  const bytes = new TextEncoder().encode(JSON.stringify(manifest));
  await writeFile(join(dir, 'manifest.json'), bytes);
  await writeFile(join(dir, 'manifest.sig'), signBytes(bytes, key));
}

describe('verifyFeedDirectory', () => {
  it('finds nothing wrong in a feed as published, deltas and all', async () => {
    const { dir, rootKeys, publish } = await testPublisher();
    for (const title of ['Two', 'Three', 'Four']) await publish(sampleTables(title));
    expect((await readManifest(dir)).datasets.hazards.deltas).toHaveLength(3);
    expect(await verifyFeedDirectory(dir, rootKeys, NOW)).toEqual([]);
  });

  it('refuses a key list no given root key signed', async () => {
    const { dir } = await testPublisher();
    expect(await verifyFeedDirectory(dir, [(await testSigningKey()).publicKey], NOW)).toEqual(['keys.json: not signed by any of the root keys']);
  });

  it('names a record whose own signature is missing, even when every hash and the manifest signature are right', async () => {
    const { dir, key, rootKeys } = await testPublisher();
    const manifest = await readManifest(dir);
    const file = JSON.parse(await readFile(join(dir, manifest.datasets.hazards.path), 'utf8')) as { tables: { hazards: { signature?: unknown }[] } };
    delete file.tables.hazards[0]!.signature;
    const bytes = JSON.stringify(file);
    await writeFile(join(dir, manifest.datasets.hazards.path), bytes);
    manifest.datasets.hazards.sha256 = createHash('sha256').update(bytes).digest('hex');
    manifest.datasets.hazards.bytes = Buffer.byteLength(bytes);
    await resign(dir, manifest, key);
    expect(await verifyFeedDirectory(dir, rootKeys, NOW)).toEqual(['hazards: hazards record "hz-1": missing or invalid record signature']);
  });

  it('replays every delta onto its base and names one that does not give the full file', async () => {
    const { dir, key, rootKeys, publish } = await testPublisher();
    await publish(sampleTables('Two'));
    const manifest = await readManifest(dir);
    const [delta] = manifest.datasets.hazards.deltas;
    // A delta that upserts nothing: hash and schema are right, the content is not.
    const empty = JSON.stringify({ dataset: 'hazards', from: delta!.from, to: manifest.datasets.hazards.version, tables: {} });
    await writeFile(join(dir, delta!.path), empty);
    delta!.sha256 = createHash('sha256').update(empty).digest('hex');
    delta!.bytes = Buffer.byteLength(empty);
    await resign(dir, manifest, key);
    expect(await verifyFeedDirectory(dir, rootKeys, NOW)).toEqual([`${delta!.path}: applied to ${delta!.basePath} it does not give ${manifest.datasets.hazards.path}`]);
  });

  it('says when the manifest has expired, and names files the manifest does not', async () => {
    const { dir, rootKeys } = await testPublisher();
    await writeFile(join(dir, 'hazards-v9-000000000000.json'), '{}');
    expect(await verifyFeedDirectory(dir, rootKeys, new Date('2021-02-01T00:00:00Z'))).toEqual([
      'manifest.json: expired on 2021-01-21T00:00:00.000Z; publish again to renew it',
      'hazards-v9-000000000000.json: not named by the manifest (left over from an earlier build?)',
    ]);
  });

  it('refuses a manifest signed by a key the key list revoked', async () => {
    const { dir, key, rootKey, rootKeys } = await testPublisher();
    const newKey = await testSigningKey();
    await writeKeyList(dir, changeKeyList({ feedId: 'test-feed', previous: await readKeyList(dir), now: NOW, add: newKey, revoke: [{ id: key.id, reason: 'compromised' }] }), rootKey);
    expect(await verifyFeedDirectory(dir, rootKeys, NOW)).toEqual([`manifest.json: signed by the revoked key ${key.id}`]);
  });
});
