// Bytes a phone downloads to sync, gzip-compressed as any static host serves JSON.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { publishFeed, readPublishedManifest } from '../../feed/publish-feed';
import { readAllTables } from '../../feed/read-all-tables';
import { DEFAULT_KEY_PATH, readSigningKey } from '../../feed/signing';
import { DATASET_NAMES } from '../../src/model/datasets';

const gzipSize = async (dir: string, name: string) => gzipSync(await readFile(join(dir, name)), { level: 9 }).byteLength;

/**
 * `full`: key list, manifest, their signatures and every dataset: a first visit. `oneChange`: key
 * list, manifest and signatures + the one delta after a publisher edits one hazard record.
 */
export async function measureSyncBytes(publishedDir: string): Promise<{ full: number; oneChange: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-bench-feed-'));
  await cp(publishedDir, dir, { recursive: true });
  const before = (await readPublishedManifest(dir)).manifest!;
  // Every sync fetches the key list, the manifest and their signatures.
  const head = async () => (await gzipSize(dir, 'keys.json')) + (await gzipSize(dir, 'keys.sig')) + (await gzipSize(dir, 'manifest.json')) + (await gzipSize(dir, 'manifest.sig'));
  let full = await head();
  for (const name of DATASET_NAMES) full += await gzipSize(dir, before.datasets[name].path);

  const { tables } = await readAllTables('feed/sources', 'feed/demo-gtfs');
  const [first, ...rest] = tables.hazards.hazards;
  tables.hazards = { hazards: [{ ...first!, status: 'clearance', verifiedAt: '2020-12-24' }, ...rest] };
  const { manifest } = await publishFeed({ outDir: dir, feedId: before.feedId, demo: before.demo, tables, key: await readSigningKey(DEFAULT_KEY_PATH), now: new Date(), validDays: 30 });
  const delta = manifest.datasets.hazards.deltas.find((entry) => entry.base === before.datasets.hazards.sha256)!;
  const oneChange = (await head()) + (await gzipSize(dir, delta.path));
  return { full, oneChange };
}
