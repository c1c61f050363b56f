import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../src/model/file-schemas';
import { testPublisher } from './testing/test-publisher';
import { signBytes } from './signing';
import { verifyFeedDirectory } from './verify-feed';

describe('verifyFeedDirectory', () => {
  it('finds nothing wrong in a feed as published', async () => {
    const { dir, key } = await testPublisher();
    expect(await verifyFeedDirectory(dir, [key.publicKey])).toEqual([]);
  });

  it('names a record whose own signature is missing, even when every hash and the manifest signature are right', async () => {
    const { dir, key } = await testPublisher();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const file = JSON.parse(await readFile(join(dir, manifest.datasets.hazards.path), 'utf8')) as { tables: { hazards: { signature?: unknown }[] } };
    delete file.tables.hazards[0]!.signature;
    const bytes = JSON.stringify(file);
    await writeFile(join(dir, manifest.datasets.hazards.path), bytes);
    manifest.datasets.hazards.sha256 = createHash('sha256').update(bytes).digest('hex');
    manifest.datasets.hazards.bytes = Buffer.byteLength(bytes);
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
    await writeFile(join(dir, 'manifest.json'), manifestBytes);
    await writeFile(join(dir, 'manifest.sig'), signBytes(manifestBytes, key));
    expect(await verifyFeedDirectory(dir, [key.publicKey])).toEqual(['hazards: hazards record "hz-1": missing or invalid record signature']);
  });
});
