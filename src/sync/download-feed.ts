import * as v from 'valibot';
import type { DatasetChange, TableChange } from '../store/apply-changes';
import type { StoredMeta } from '../store/queries';
import {
  DATASET_FILE_SCHEMAS,
  DATASET_NAMES,
  ManifestSchema,
  describeIssues,
  type DatasetName,
  type Manifest,
  type TableName,
} from './feed-schema';
import { fetchBytes, sha256Hex } from './fetch-bytes';
import { SyncError } from './sync-error';

/** A verified, validated update ready to apply, or nothing to do. */
export interface FeedDownload {
  manifest: Manifest;
  changes: DatasetChange[];
}

export interface DownloadOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: Date;
}

/**
 * Fetches the manifest and every dataset whose version differs from the stored one, checks
 * hashes and schemas, and returns the changes. Nothing is written: all network and parsing
 * work happens before the single write transaction.
 */
export async function downloadFeed(baseUrl: string, stored: StoredMeta, options: DownloadOptions = {}): Promise<FeedDownload> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const manifestBytes = await fetchBytes(new URL('manifest.json', baseUrl).href, timeoutMs, options.fetch);
  const manifest = parseManifest(manifestBytes);
  if (stored.feed && stored.feed.feedId !== manifest.feedId) {
    throw new SyncError('feed-mismatch', `expected feed "${stored.feed.feedId}", got "${manifest.feedId}"`);
  }
  if (stored.feed && manifest.version < stored.feed.version) {
    throw new SyncError('rollback', `manifest version ${manifest.version} is older than the stored ${stored.feed.version}`);
  }
  const now = (options.now ?? new Date()).toISOString();
  const outdated = DATASET_NAMES.filter((name) => stored.datasets[name]?.version !== manifest.datasets[name].version);
  const changes = await Promise.all(
    outdated.map(async (name): Promise<DatasetChange> => {
      const entry = manifest.datasets[name];
      const bytes = await fetchBytes(new URL(entry.path, baseUrl).href, timeoutMs, options.fetch);
      const hash = await sha256Hex(bytes);
      if (hash !== entry.sha256) throw new SyncError('hash-mismatch', `${entry.path}: SHA-256 ${hash} ≠ manifest ${entry.sha256}`);
      return {
        dataset: name,
        meta: { version: entry.version, sha256: entry.sha256, bytes: entry.bytes, appliedAt: now },
        tables: parseDatasetFile(name, entry.version, bytes),
      };
    }),
  );
  return { manifest, changes };
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

function parseDatasetFile(name: DatasetName, version: number, bytes: Uint8Array): TableChange[] {
  const result = v.safeParse(DATASET_FILE_SCHEMAS[name], parseJson(bytes, name, 'dataset-invalid'));
  if (!result.success) throw new SyncError('dataset-invalid', `${name}: ${describeIssues(result.issues).slice(0, 3).join('; ')}`);
  if (result.output.version !== version) {
    throw new SyncError('dataset-invalid', `${name}: file says version ${result.output.version}, manifest says ${version}`);
  }
  return Object.entries(result.output.tables).map(([table, records]) => ({
    table: table as TableName,
    replaceAll: true,
    upserts: records as TableChange['upserts'],
    deletes: [],
  }));
}
