import * as v from 'valibot';
import type { DatasetChange, FeedArchive, TableChange } from '../store/apply-changes';
import type { StoredMeta } from '../store/queries';
import { DATASET_NAMES, type DatasetName, type TableName } from '../model/datasets';
import { DATASET_FILE_SCHEMAS, DELTA_FILE_SCHEMAS, ManifestSchema, describeIssues, type DatasetEntry, type Manifest } from '../model/file-schemas';
import { fromBase64Url } from '../model/base64url';
import { fetchBytes, sha256Hex } from './fetch-bytes';
import { SyncError } from './sync-error';
import { isSignedByTrustedKey } from './verify-signature';

/** A verified, validated update ready to apply (no changes when the stored data is current). */
export interface FeedDownload {
  manifest: Manifest;
  changes: DatasetChange[];
  /** The verified files as fetched, and every path the manifest refers to (to keep). */
  archive: FeedArchive;
}

export interface DownloadOptions {
  /** Raw Ed25519 public keys (base64url) whose signature the app accepts. */
  trustedKeys: readonly string[];
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: Date;
}

/**
 * Fetches and verifies the signed manifest, then every dataset whose version differs from the
 * stored one — as a delta from the stored version when the manifest lists one, else whole —
 * checking each file's hash and schema. Nothing is written: all network and parsing work happens
 * before the single write transaction.
 */
export async function downloadFeed(baseUrl: string, stored: StoredMeta, options: DownloadOptions): Promise<FeedDownload> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const get = (path: string) => fetchBytes(new URL(path, baseUrl).href, timeoutMs, options.fetch);
  const [manifestBytes, signatureBytes] = await Promise.all([get('manifest.json'), get('manifest.sig')]);
  const files = [
    { path: 'manifest.json', bytes: manifestBytes },
    { path: 'manifest.sig', bytes: signatureBytes },
  ];
  await verifyManifest(manifestBytes, signatureBytes, options.trustedKeys);
  const manifest = parseManifest(manifestBytes);
  checkContinuity(manifest, stored);

  const appliedAt = (options.now ?? new Date()).toISOString();
  const outdated = DATASET_NAMES.filter((name) => stored.datasets[name]?.version !== manifest.datasets[name].version);
  const changes = await Promise.all(
    outdated.map(async (name): Promise<DatasetChange> => {
      const entry = manifest.datasets[name];
      const delta = entry.deltas.find((candidate) => candidate.from === stored.datasets[name]?.version);
      const file = delta ?? entry;
      const bytes = await get(file.path);
      const hash = await sha256Hex(bytes);
      if (hash !== file.sha256) throw new SyncError('hash-mismatch', `${file.path}: SHA-256 ${hash} ≠ manifest ${file.sha256}`);
      files.push({ path: file.path, bytes });
      return {
        dataset: name,
        meta: { version: entry.version, sha256: entry.sha256, bytes: entry.bytes, appliedAt },
        tables: delta ? parseDeltaFile(name, delta.from, entry, bytes) : parseDatasetFile(name, entry, bytes),
      };
    }),
  );
  const keep = new Set(['manifest.json', 'manifest.sig', ...DATASET_NAMES.flatMap((name) => [manifest.datasets[name].path, ...manifest.datasets[name].deltas.map((delta) => delta.path)])]);
  return { manifest, changes, archive: { files, keep } };
}

async function verifyManifest(manifestBytes: Uint8Array, signatureBytes: Uint8Array, trustedKeys: readonly string[]): Promise<void> {
  let signature: Uint8Array;
  try {
    signature = fromBase64Url(new TextDecoder().decode(signatureBytes));
  } catch {
    throw new SyncError('signature', 'manifest.sig is not base64url');
  }
  if (!(await isSignedByTrustedKey(manifestBytes, signature, trustedKeys))) {
    throw new SyncError('signature', 'manifest.json is not signed by a trusted key');
  }
}

/** A signed manifest can still be an old one replayed, or another publisher's. */
function checkContinuity(manifest: Manifest, stored: StoredMeta): void {
  if (!stored.feed) return;
  if (stored.feed.feedId !== manifest.feedId) {
    throw new SyncError('feed-mismatch', `expected feed "${stored.feed.feedId}", got "${manifest.feedId}"`);
  }
  if (manifest.version < stored.feed.version) {
    throw new SyncError('rollback', `manifest version ${manifest.version} is older than the stored ${stored.feed.version}`);
  }
  for (const name of DATASET_NAMES) {
    const storedVersion = stored.datasets[name]?.version ?? 0;
    if (manifest.datasets[name].version < storedVersion) {
      throw new SyncError('rollback', `${name} version ${manifest.datasets[name].version} is older than the stored ${storedVersion}`);
    }
  }
}

function parseJson(bytes: Uint8Array, what: string, code: 'manifest-invalid' | 'dataset-invalid'): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new SyncError(code, `${what}: not JSON (${(error as Error).message})`);
  }
}

function parseManifest(bytes: Uint8Array): Manifest {
  const result = v.safeParse(ManifestSchema, parseJson(bytes, 'manifest.json', 'manifest-invalid'));
  if (!result.success) throw new SyncError('manifest-invalid', `manifest.json: ${describeIssues(result.issues).join('; ')}`);
  return result.output;
}

function invalid(name: string, issues: readonly v.BaseIssue<unknown>[]): SyncError {
  return new SyncError('dataset-invalid', `${name}: ${describeIssues(issues).slice(0, 3).join('; ')}`);
}

function parseDatasetFile(name: DatasetName, entry: DatasetEntry, bytes: Uint8Array): TableChange[] {
  const result = v.safeParse(DATASET_FILE_SCHEMAS[name], parseJson(bytes, entry.path, 'dataset-invalid'));
  if (!result.success) throw invalid(entry.path, result.issues);
  if (result.output.version !== entry.version) {
    throw new SyncError('dataset-invalid', `${entry.path}: file says version ${result.output.version}, manifest says ${entry.version}`);
  }
  return Object.entries(result.output.tables).map(([table, records]) => ({
    table: table as TableName,
    replaceAll: true,
    upserts: records as TableChange['upserts'],
    deletes: [],
  }));
}

function parseDeltaFile(name: DatasetName, from: number, entry: DatasetEntry, bytes: Uint8Array): TableChange[] {
  const result = v.safeParse(DELTA_FILE_SCHEMAS[name], parseJson(bytes, `${name} delta`, 'dataset-invalid'));
  if (!result.success) throw invalid(`${name} delta`, result.issues);
  if (result.output.from !== from || result.output.to !== entry.version) {
    throw new SyncError('dataset-invalid', `${name} delta: goes ${result.output.from}→${result.output.to}, expected ${from}→${entry.version}`);
  }
  return Object.entries(result.output.tables).flatMap(([table, delta]) =>
    delta ? [{ table: table as TableName, replaceAll: false, upserts: delta.upserts as TableChange['upserts'], deletes: delta.deletes }] : [],
  );
}
