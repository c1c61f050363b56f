import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASET_NAMES, type DatasetName, type TableName } from '../src/model/datasets';
import { ManifestSchema, type DatasetEntry, type DatasetFile, type Manifest } from '../src/model/file-schemas';
import { recordSigningMessage, withoutSignature, type RecordSignature } from '../src/model/record-signing';
import { hasValidRecordSignature } from './record-signatures';
import { computeDelta } from '../src/model/table-delta';
import { signBytes, type SigningKey } from './signing';

/** How many earlier versions of a dataset get a delta to the newest one. */
export const KEPT_DELTAS = 3;

type AllTables = { [D in DatasetName]: DatasetFile<D>['tables'] };

/** What a publish writes into the feed directory. */
export interface PublishInput {
  outDir: string;
  feedId: string;
  demo: boolean;
  tables: AllTables;
  key: SigningKey;
  now: Date;
  /** How long clients may treat this feed as current. */
  validDays: number;
}

// A directory published before a dataset existed lacks its entry; the next publish adds it.
const PublishedManifestSchema = v.object({
  ...ManifestSchema.entries,
  datasets: v.partial(ManifestSchema.entries.datasets),
});
type PublishedManifest = v.InferOutput<typeof PublishedManifestSchema>;

/** The manifest already published in `dir`, if any. */
export async function readPublishedManifest(dir: string): Promise<PublishedManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return undefined;
  }
  return v.parse(PublishedManifestSchema, JSON.parse(text));
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Writes an immutable file whose name carries its hash; returns its manifest entry fields. */
async function writeImmutable(dir: string, prefix: string, bytes: Uint8Array) {
  const hash = sha256(bytes);
  const path = `${prefix}-${hash.slice(0, 12)}.json`;
  await writeFile(join(dir, path), bytes);
  return { path, sha256: hash, bytes: bytes.byteLength };
}

/** The full file of an earlier version of a dataset, if it is still in the directory. */
async function readPublishedVersion<D extends DatasetName>(dir: string, files: string[], dataset: D, version: number) {
  const name = files.find((file) => file.startsWith(`${dataset}-v${version}-`) && file.endsWith('.json'));
  if (!name) return undefined;
  return JSON.parse(await readFile(join(dir, name), 'utf8')) as DatasetFile<D>;
}

/**
 * The tables with every record signed on its own (docs/feed-format.md, "Per-record signatures").
 * A record keeps its signature from the previous version while that signature still verifies,
 * under the current key, for the record's content: so an unchanged record keeps its bytes, and an
 * unchanged dataset stays unchanged. Any other record (new, edited, never signed, or signed with
 * a key since rotated away) is signed anew, dated `signedAt`.
 */
async function signTables<D extends DatasetName>(
  feedId: string,
  tables: DatasetFile<D>['tables'],
  previous: DatasetFile<D>['tables'] | undefined,
  key: SigningKey,
  signedAt: string,
): Promise<DatasetFile<D>['tables']> {
  const signed: Record<string, object[]> = {};
  for (const [table, records] of Object.entries(tables) as [TableName, { id: string }[]][]) {
    const before = ((previous as Record<string, { id: string; signature?: RecordSignature }[]> | undefined)?.[table] ?? []);
    const previousSignatures = new Map(before.map((record) => [record.id, record.signature]));
    signed[table] = await Promise.all(
      records.map(async (record) => {
        // Signatures in the input are never trusted: the publisher vouches only for what it signs.
        const content = withoutSignature(record as { id: string; signature?: unknown });
        const old = previousSignatures.get(record.id);
        const isStillValid = old !== undefined && hasValidRecordSignature(feedId, table, { ...content, signature: old }, [key.publicKey]);
        const signature: RecordSignature = isStillValid
          ? { sig: old.sig, signedAt: old.signedAt }
          : { sig: signBytes(recordSigningMessage(feedId, table, content, signedAt), key), signedAt };
        return { ...content, signature };
      }),
    );
  }
  return signed as DatasetFile<D>['tables'];
}

/**
 * Writes each changed dataset as a new immutable file plus deltas from its last few versions,
 * then a manifest whose version increases when anything changed, and its signature.
 * Every record is signed on its own (see signTables). Unchanged datasets keep their files. The
 * manifest is re-signed on every run, so a new key takes effect even when nothing else changed.
 */
export async function publishFeed(input: PublishInput): Promise<{ manifest: Manifest; changed: DatasetName[] }> {
  const dir = input.outDir;
  await mkdir(dir, { recursive: true });
  const previous = await readPublishedManifest(dir);
  if (previous && previous.feedId !== input.feedId) throw new Error(`${dir} holds feed "${previous.feedId}", not "${input.feedId}"`);
  const files = await readdir(dir);
  const changed: DatasetName[] = [];
  const datasets = {} as Record<DatasetName, DatasetEntry>;
  for (const name of DATASET_NAMES) {
    const before = previous?.datasets[name];
    const tables = input.tables[name];
    const last = before && (await readPublishedVersion(dir, files, name, before.version));
    const signed = await signTables(input.feedId, tables, last?.tables, input.key, input.now.toISOString());
    // Equal exactly when no record's content changed and every old signature was kept: a publish
    // with the same tables and key changes nothing.
    if (before && last && JSON.stringify(last.tables) === JSON.stringify(signed)) {
      datasets[name] = before;
      continue;
    }
    const version = (before?.version ?? 0) + 1;
    const full = await writeImmutable(dir, `${name}-v${version}`, encode({ dataset: name, version, tables: signed }));
    const deltas: DatasetEntry['deltas'] = [];
    for (let from = version - 1; from >= Math.max(1, version - KEPT_DELTAS); from--) {
      const old = await readPublishedVersion(dir, files, name, from);
      if (!old) continue;
      // Between signed tables, so a record whose signature changed (e.g. after a key rotation) is
      // upserted too, and applying a delta gives exactly the full file.
      const delta = computeDelta(name, from, version, old.tables, signed);
      deltas.push({ from, ...(await writeImmutable(dir, `${name}-d${from}-v${version}`, encode(delta))) });
    }
    datasets[name] = { version, ...full, deltas };
    changed.push(name);
  }
  const isUnchanged = previous && changed.length === 0 && previous.demo === input.demo;
  const manifest: Manifest = isUnchanged
    ? { ...previous, datasets }
    : {
        format: 1,
        feedId: input.feedId,
        version: (previous?.version ?? 0) + 1,
        issuedAt: input.now.toISOString(),
        expiresAt: new Date(input.now.getTime() + input.validDays * 86_400_000).toISOString(),
        demo: input.demo,
        datasets,
      };
  // The signature covers these exact bytes; clients verify them before parsing.
  const manifestBytes = encode(manifest);
  await writeFile(join(dir, 'manifest.json'), manifestBytes);
  await writeFile(join(dir, 'manifest.sig'), `${signBytes(manifestBytes, input.key)}\n`);
  return { manifest, changed };
}
