import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASET_NAMES, ManifestSchema, type DatasetEntry, type DatasetFile, type DatasetName, type Manifest } from '../src/sync/feed-schema';

/** What a publish writes into the feed directory. */
export interface PublishInput {
  outDir: string;
  feedId: string;
  demo: boolean;
  tables: { [D in DatasetName]: DatasetFile<D>['tables'] };
  now: Date;
  /** How long clients may treat this feed as current. */
  validDays: number;
}

/** The manifest already published in `dir`, if any. */
export async function readPublishedManifest(dir: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return undefined;
  }
  return v.parse(ManifestSchema, JSON.parse(text));
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes each changed dataset as a new immutable file (its name carries version and hash) and a
 * manifest whose version increases when anything changed. Unchanged datasets keep their file.
 */
export async function publishFeed(input: PublishInput): Promise<{ manifest: Manifest; changed: DatasetName[] }> {
  await mkdir(input.outDir, { recursive: true });
  const previous = await readPublishedManifest(input.outDir);
  if (previous && previous.feedId !== input.feedId) {
    throw new Error(`${input.outDir} holds feed "${previous.feedId}", not "${input.feedId}"`);
  }
  const changed: DatasetName[] = [];
  const datasets = {} as Record<DatasetName, DatasetEntry>;
  for (const name of DATASET_NAMES) {
    const before = previous?.datasets[name];
    const tablesJson = JSON.stringify(input.tables[name]);
    if (before && (await publishedTablesJson(input.outDir, before.path)) === tablesJson) {
      datasets[name] = before;
      continue;
    }
    const version = (before?.version ?? 0) + 1;
    const bytes = new TextEncoder().encode(JSON.stringify({ dataset: name, version, tables: input.tables[name] }));
    const hash = sha256(bytes);
    const path = `${name}-v${version}-${hash.slice(0, 12)}.json`;
    await writeFile(join(input.outDir, path), bytes);
    datasets[name] = { version, path, sha256: hash, bytes: bytes.byteLength, deltas: [] };
    changed.push(name);
  }
  if (previous && changed.length === 0 && previous.demo === input.demo) return { manifest: previous, changed };
  const manifest: Manifest = {
    format: 1,
    feedId: input.feedId,
    version: (previous?.version ?? 0) + 1,
    issuedAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.validDays * 86_400_000).toISOString(),
    demo: input.demo,
    datasets,
  };
  await writeFile(join(input.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, changed };
}

async function publishedTablesJson(dir: string, path: string): Promise<string | undefined> {
  try {
    const file = JSON.parse(await readFile(join(dir, path), 'utf8')) as { tables: unknown };
    return JSON.stringify(file.tables);
  } catch {
    return undefined;
  }
}
