import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASET_NAMES, type DatasetName, type DatasetTables, type TableName } from '../src/model/datasets';
import { MANIFEST_FORMAT, ManifestSchema, describeIssues, type DatasetEntry, type DatasetFile, type DeltaEntry, type Manifest } from '../src/model/file-schemas';
import { withoutSignature, type RecordSignature } from '../src/model/record-signing';
import { computeDelta } from '../src/model/table-delta';
import { changeKeyList, KEY_LIST_FILE, KEY_LIST_SIGNATURE_FILE, KeyListError, nextVersion, readKeyList, writeKeyList } from './key-list';
import { carryOver, recoverDirectory, replaceDirectory, type ReplaceHooks } from './publish-dir';
import { hasValidRecordSignature, signRecord } from './record-signatures';
import { signBytes, type SigningKey } from './signing';

/** How many earlier versions of a dataset get a delta to the newest one. */
export const KEPT_DELTAS = 3;

type AllTables = { [D in DatasetName]: DatasetTables<D> };

/** What a publish writes into the feed directory. */
export interface PublishInput {
  outDir: string;
  feedId: string;
  demo: boolean;
  tables: AllTables;
  /** The online key that signs the manifest and the records; the key list must list it. */
  key: SigningKey;
  /** Only when the directory has no key list yet: the root key that signs a first one. */
  rootKey?: SigningKey;
  now: Date;
  /** How long clients may treat this feed as current. */
  validDays: number;
  /** Files written beside the feed (a validation report): name → bytes. Replaced on every publish. */
  extraFiles?: Record<string, Uint8Array>;
  hooks?: ReplaceHooks;
}

/** A problem with the published directory or the keys, worded for the publisher. */
export class PublishError extends Error {
  override name = 'PublishError';
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/**
 * What is already published in `dir`: its manifest when this publisher can build on it, and its
 * version either way, so that the next version is higher even after a format change.
 */
export async function readPublishedManifest(dir: string): Promise<{ manifest?: Manifest; version?: number; feedId?: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return {};
  }
  const raw = json as { version?: unknown; feedId?: unknown; format?: unknown };
  const version = typeof raw.version === 'number' ? raw.version : undefined;
  const feedId = typeof raw.feedId === 'string' ? raw.feedId : undefined;
  // An older format is not built on: its files are left out of the next publish, which starts afresh.
  if (raw.format !== MANIFEST_FORMAT) return { version, feedId };
  const parsed = v.safeParse(ManifestSchema, json);
  if (!parsed.success) {
    throw new PublishError(`${join(dir, 'manifest.json')} is not a manifest this publisher can build on (${describeIssues(parsed.issues).slice(0, 2).join('; ')}); publish into an empty directory`);
  }
  return { manifest: parsed.output, version, feedId };
}

/** A full dataset file the manifest names, read back and checked against the hash it lists. */
async function readListedFile<D extends DatasetName>(dir: string, dataset: D, file: { path: string; sha256: string }): Promise<DatasetFile<D>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, file.path));
  } catch {
    throw new PublishError(`${join(dir, file.path)} is listed in the manifest but missing; publish into an empty directory to start over`);
  }
  if (sha256(bytes) !== file.sha256) throw new PublishError(`${join(dir, file.path)} does not have the hash the manifest lists; publish into an empty directory to start over`);
  // The hash vouches for the content: this publisher wrote it. Read as written, with its key order,
  // so an unchanged dataset compares equal byte for byte.
  const parsed = JSON.parse(bytes.toString('utf8')) as DatasetFile<D>;
  if (parsed.dataset !== dataset) throw new PublishError(`${join(dir, file.path)} is not the ${dataset} dataset`);
  return parsed;
}

/**
 * The tables with every record signed on its own (docs/feed-format.md, "Per-record signatures").
 * A record keeps its signature from the previous version while that signature is by the current
 * key and still verifies for the record's content: so an unchanged record keeps its bytes, and an
 * unchanged dataset stays unchanged. Any other record is signed anew, dated `signedAt`.
 */
async function signTables<D extends DatasetName>(feedId: string, tables: DatasetTables<D>, previous: DatasetTables<D> | undefined, key: SigningKey, signedAt: string): Promise<DatasetTables<D>> {
  const signed: Record<string, object[]> = {};
  for (const [table, records] of Object.entries(tables) as [TableName, { id: string }[]][]) {
    const before = (previous as Record<string, { id: string; signature?: RecordSignature }[]> | undefined)?.[table] ?? [];
    const previousSignatures = new Map(before.map((record) => [record.id, record.signature]));
    signed[table] = await Promise.all(
      records.map(async (record) => {
        // Signatures in the input are never trusted: the publisher vouches only for what it signs.
        const content = withoutSignature(record as { id: string; signature?: unknown });
        const old = previousSignatures.get(record.id);
        const isStillValid = old?.keyId === key.id && (await hasValidRecordSignature(feedId, table, { ...content, signature: old }, [key]));
        const signature = isStillValid ? { sig: old!.sig, signedAt: old!.signedAt, keyId: old!.keyId } : await signRecord(feedId, table, content, key, signedAt);
        return { ...content, signature };
      }),
    );
  }
  return signed as DatasetTables<D>;
}

/** The file name of a dataset or delta: version and hash in it, so a host may cache it forever. */
const immutableName = (prefix: string, bytes: Uint8Array) => `${prefix}-${sha256(bytes).slice(0, 12)}.json`;

interface PlannedDataset {
  entry: DatasetEntry;
  /** New files to write: name → bytes. */
  files: Map<string, Uint8Array>;
  isChanged: boolean;
}

/**
 * One dataset's entry in the new manifest. Unchanged content keeps its entry and files. Changed
 * content gets a new version, its full file, and a delta from each of the last KEPT_DELTAS
 * versions, each naming the full file it applies to by hash (and keeping that file in the directory).
 */
async function planDataset<D extends DatasetName>(dir: string, input: PublishInput, name: D, before: DatasetEntry | undefined): Promise<PlannedDataset> {
  const last = before && (await readListedFile(dir, name, before));
  const signed = await signTables(input.feedId, input.tables[name], last?.tables, input.key, input.now.toISOString());
  // Equal exactly when no record's content changed and every old signature was kept.
  if (before && last && JSON.stringify(last.tables) === JSON.stringify(signed)) return { entry: before, files: new Map(), isChanged: false };

  const version = (before?.version ?? 0) + 1;
  const files = new Map<string, Uint8Array>();
  const fullBytes = encode({ dataset: name, version, tables: signed });
  const path = immutableName(`${name}-v${version}`, fullBytes);
  files.set(path, fullBytes);
  // The bases: the version just replaced, then the bases its own deltas were made from.
  const bases: { version: number; path: string; sha256: string }[] = before
    ? [{ version: before.version, path: before.path, sha256: before.sha256 }, ...before.deltas.map((delta) => ({ version: delta.from, path: delta.basePath, sha256: delta.base }))]
    : [];
  const deltas: DeltaEntry[] = [];
  for (const base of bases.slice(0, KEPT_DELTAS)) {
    const old = base.path === before?.path ? last! : await readListedFile(dir, name, base);
    // Between signed tables, so a record whose signature changed (after a key rotation) is
    // upserted too, and applying a delta gives exactly the full file.
    const deltaBytes = encode(computeDelta(name, base.version, version, old.tables, signed));
    const deltaPath = immutableName(`${name}-d${base.version}-v${version}`, deltaBytes);
    files.set(deltaPath, deltaBytes);
    deltas.push({ from: base.version, base: base.sha256, basePath: base.path, path: deltaPath, sha256: sha256(deltaBytes), bytes: deltaBytes.byteLength });
  }
  return { entry: { version, path, sha256: sha256(fullBytes), bytes: fullBytes.byteLength, deltas }, files, isChanged: true };
}

/** Every file a manifest refers to, and so must stay in the directory. */
function filesOf(manifest: Manifest): Set<string> {
  const names = new Set<string>();
  for (const name of DATASET_NAMES) {
    const entry = manifest.datasets[name];
    names.add(entry.path);
    for (const delta of entry.deltas) names.add(delta.path).add(delta.basePath);
  }
  return names;
}

/**
 * Publishes a new version of the feed into `outDir`, whole or not at all: every input and the
 * keys are checked, the new directory is written beside the old one, then swapped in. Every
 * publish re-signs the manifest with a fresh issuedAt and expiresAt and a higher version, even
 * when no record changed: that is the "nothing changed, and this is still current" message.
 */
export async function publishFeed(input: PublishInput): Promise<{ manifest: Manifest; changed: DatasetName[] }> {
  const dir = input.outDir;
  await recoverDirectory(dir);
  const published = await readPublishedManifest(dir);
  const previous = published.manifest;
  // No genuine publish is numbered beyond its time in seconds by more than a few builds a second:
  // a version a year ahead was forged with a leaked key, and building on it would carry it on.
  if (published.version !== undefined && published.version > input.now.getTime() / 1000 + 365 * 86_400) {
    throw new PublishError(`${dir}/manifest.json has version ${published.version}, beyond any genuine publish: it may be forged; publish into a fresh directory`);
  }
  if (published.feedId && published.feedId !== input.feedId) throw new PublishError(`${dir} holds feed "${published.feedId}", not "${input.feedId}"`);
  const keyList = await readKeyList(dir);
  if (keyList && keyList.feedId !== input.feedId) throw new PublishError(`${dir}/${KEY_LIST_FILE} is the key list of feed "${keyList.feedId}", not "${input.feedId}"`);
  if (!keyList && !input.rootKey) throw new KeyListError(`${dir} has no key list (${KEY_LIST_FILE}): create one with the root key (npm run feed -- rotate --root-key <root.pem> --key <signing.pem>)`);
  if (keyList && !keyList.keys.some((key) => key.id === input.key.id)) {
    const isRevoked = keyList.revoked.some((key) => key.id === input.key.id);
    throw new KeyListError(`the signing key ${input.key.id} is ${isRevoked ? 'revoked' : 'not'} in ${dir}/${KEY_LIST_FILE}${isRevoked ? '' : ': add it with npm run feed -- rotate'}`);
  }

  // Everything is computed and checked before the first byte is written.
  const planned = {} as Record<DatasetName, PlannedDataset>;
  for (const name of DATASET_NAMES) planned[name] = await planDataset(dir, input, name, previous?.datasets[name]);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    feedId: input.feedId,
    version: nextVersion(published.version, input.now),
    issuedAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.validDays * 86_400_000).toISOString(),
    demo: input.demo,
    datasets: Object.fromEntries(DATASET_NAMES.map((name) => [name, planned[name].entry])) as Manifest['datasets'],
  };
  // The signature covers these exact bytes; clients verify them before parsing.
  const manifestBytes = encode(manifest);
  const firstKeyList = keyList ? undefined : changeKeyList({ feedId: input.feedId, previous: undefined, now: input.now, add: input.key });

  await replaceDirectory(
    dir,
    async (staging) => {
      const newFiles = new Map(DATASET_NAMES.flatMap((name) => [...planned[name].files]));
      for (const name of filesOf(manifest)) {
        if (newFiles.has(name)) await writeFile(join(staging, name), newFiles.get(name)!);
        else await carryOver(dir, staging, name);
      }
      if (firstKeyList) await writeKeyList(staging, firstKeyList, input.rootKey!);
      else for (const name of [KEY_LIST_FILE, KEY_LIST_SIGNATURE_FILE]) await carryOver(dir, staging, name);
      for (const [name, bytes] of Object.entries(input.extraFiles ?? {})) await writeFile(join(staging, name), bytes);
      await writeFile(join(staging, 'manifest.json'), manifestBytes);
      await writeFile(join(staging, 'manifest.sig'), `${signBytes(manifestBytes, input.key)}\n`);
    },
    input.hooks,
  );
  return { manifest, changed: DATASET_NAMES.filter((name) => planned[name].isChanged) };
}
