import * as v from 'valibot';
import type { DatasetChange, FeedArchive, TableChange } from '../store/apply-changes';
import type { FeedMeta } from '../store/db';
import type { StoredMeta } from '../store/queries';
import { DATASET_NAMES, type DatasetName, type TableName } from '../model/datasets';
import { DATASET_FILE_SCHEMAS, DELTA_FILE_SCHEMAS, ManifestSchema, describeIssues, type DatasetEntry, type DeltaEntry, type KeyList, type Manifest } from '../model/file-schemas';
import { fetchBytes } from './fetch-bytes';
import type { PartialDownloads } from '../store/partial-downloads-store';
import { downloadFile } from './resumable-download';
import { SyncError } from './sync-error';
import { adoptKeyList, KEY_LIST_FILES, verifyManifest } from './verify-feed-keys';

/** A verified, validated update ready to apply (no changes when the stored data is current). */
export interface FeedDownload {
  manifest: Manifest;
  /** What the phone stores as its feed: the manifest's fields, and the key that signed it. */
  feed: FeedMeta;
  /** The key list the manifest was verified with, to store beside it. */
  keys: KeyList;
  changes: DatasetChange[];
  /** The verified files as fetched, and every path the manifest refers to (to keep). */
  archive: FeedArchive;
}

/** How far the download of one dataset's file has come, in the file's own bytes. */
export interface DownloadProgress {
  dataset: DatasetName;
  received: number;
  total: number;
}

export interface DownloadOptions {
  /** Raw Ed25519 root public keys (base64url) the app build trusts to sign the key list. */
  rootKeys: readonly string[];
  /** A request that receives nothing for this long is given up (fetch-bytes.ts STALL_MS by default). */
  stallMs?: number;
  fetch?: typeof fetch;
  now?: Date;
  /** Keeps the bytes of an interrupted dataset file, for the next try to resume from. */
  partials?: PartialDownloads;
  onProgress?: (progress: DownloadProgress) => void;
  /**
   * On a first install (nothing stored), called with the hazards alone, complete and verified,
   * to apply before the other datasets have arrived; the rest is what downloadFeed returns.
   */
  applyFirst?: (download: FeedDownload) => Promise<void>;
}

/**
 * The order dataset files are fetched in, one at a time, so the one that keeps people safe is
 * not sharing a 2G link with five others: hazards, then the places they are in, whom to call,
 * buses, sites, and the map's lines.
 */
export const DOWNLOAD_ORDER: readonly DatasetName[] = ['hazards', 'places', 'contacts', 'transit', 'sites', 'basemap'];

/**
 * Fetches and verifies the root-signed key list and the manifest it vouches for, then every
 * dataset whose content differs from the stored one — as a delta when the manifest has one made
 * from exactly the stored file (by hash), else whole — checking each file's hash and schema.
 * Nothing is written: all network and parsing work happens before the single write transaction.
 */
export async function downloadFeed(baseUrl: string, stored: StoredMeta, options: DownloadOptions): Promise<FeedDownload> {
  const now = options.now ?? new Date();
  const get = (path: string) => fetchBytes(new URL(path, baseUrl).href, { stallMs: options.stallMs, fetch: options.fetch });
  const fileOf = (name: DatasetName, entry: DatasetEntry) => {
    const storedHash = stored.datasets[name]?.sha256;
    // Content-addressed: a delta is used only on exactly the file it was made from.
    const delta = storedHash === undefined ? undefined : entry.deltas.find((candidate) => candidate.base === storedHash);
    return { delta, file: delta ?? entry };
  };
  // Ends a download started on the unverified manifest, if that manifest is refused.
  const attempt = new AbortController();
  const download = (name: DatasetName, file: DatasetEntry | DeltaEntry) =>
    downloadFile(new URL(file.path, baseUrl).href, file, {
      fetch: options.fetch,
      stallMs: options.stallMs,
      signal: attempt.signal,
      partials: options.partials,
      onProgress: options.onProgress && ((received, total) => options.onProgress!({ dataset: name, received, total })),
    });
  const manifestRequest = get('manifest.json');
  // The first file the manifest asks for starts as soon as the manifest is read, while its
  // signature is still on its way and being checked: a round trip less before the hazards. Its
  // bytes count only if the verified manifest names that same file, and are checked by its hash.
  const early = manifestRequest
    .then((bytes) => {
      const unverified = parseManifest(bytes);
      const name = DOWNLOAD_ORDER.find((candidate) => stored.datasets[candidate]?.sha256 !== unverified.datasets[candidate].sha256);
      if (!name) return undefined;
      const { file } = fileOf(name, unverified.datasets[name]);
      const bytesPromise = download(name, file);
      bytesPromise.catch(() => {}); // a failure here is met again, or never needed
      return { name, path: file.path, sha256: file.sha256, bytes: bytesPromise };
    })
    .catch(() => undefined);
  try {
    return await downloadVerified();
  } finally {
    attempt.abort(); // whatever is still running belongs to an attempt that is over
  }

  async function downloadVerified(): Promise<FeedDownload> {
    const [keyListBytes, keyListSignature, manifestBytes, manifestSignature] = await Promise.all([...KEY_LIST_FILES.map(get), manifestRequest, get('manifest.sig')]);
    const files = [
      { path: KEY_LIST_FILES[0], bytes: keyListBytes },
      { path: KEY_LIST_FILES[1], bytes: keyListSignature },
      { path: 'manifest.json', bytes: manifestBytes },
      { path: 'manifest.sig', bytes: manifestSignature },
    ];
    const keys = await adoptKeyList(keyListBytes, keyListSignature, stored, options.rootKeys);
    const signer = await verifyManifest(manifestBytes, manifestSignature, keys);
    const manifest = parseManifest(manifestBytes);
    checkContinuity(manifest, keys, stored);
    checkExpiry(manifest, stored, now);

    const appliedAt = now.toISOString();
    const keep = new Set(['manifest.json', 'manifest.sig', ...KEY_LIST_FILES, ...DATASET_NAMES.flatMap((name) => [manifest.datasets[name].path, ...manifest.datasets[name].deltas.map((delta) => delta.path)])]);
    const feed: FeedMeta = { feedId: manifest.feedId, version: manifest.version, issuedAt: manifest.issuedAt, expiresAt: manifest.expiresAt, demo: manifest.demo, keyId: signer.id };
    const outdated = DOWNLOAD_ORDER.filter((name) => stored.datasets[name]?.sha256 !== manifest.datasets[name].sha256);
    const isFirstInstall = !stored.feed;
    let changes: DatasetChange[] = [];
    const started = await early;
    for (const name of outdated) {
      const entry = manifest.datasets[name];
      const { delta, file } = fileOf(name, entry);
      const isStarted = started?.name === name && started.path === file.path && started.sha256 === file.sha256;
      const bytes = await (isStarted ? started.bytes : download(name, file));
      files.push({ path: file.path, bytes });
      changes.push({
        dataset: name,
        meta: { version: entry.version, sha256: entry.sha256, bytes: entry.bytes, appliedAt },
        tables: delta ? parseDeltaFile(name, delta, entry, bytes) : parseDatasetFile(name, entry, bytes),
      });
      // Nothing stored yet, so nothing the early hazards could contradict: show them while the rest
      // downloads. The feed meta says what the manifest says, and datasets not yet stored are absent,
      // never shown as current. The next check fetches whatever did not arrive.
      if (isFirstInstall && name === 'hazards' && options.applyFirst && outdated.length > 1) {
        await options.applyFirst({ manifest, feed, keys, changes, archive: { files: files.splice(0), keep } });
        changes = [];
      }
    }
    return { manifest, feed, keys, changes, archive: { files, keep } };
  }
}

/**
 * A signed manifest can still be an old one replayed, or another publisher's. The stored version
 * is a floor only while the key that signed the stored manifest is still trusted: once the key
 * list revokes it, what it signed may be forged (a huge version, to lock phones out), and the
 * next manifest a listed key signs is taken whatever its version.
 */
function checkContinuity(manifest: Manifest, keys: KeyList, stored: StoredMeta): void {
  if (!stored.feed) return;
  if (stored.feed.feedId !== manifest.feedId) {
    throw new SyncError('feed-mismatch', `expected feed "${stored.feed.feedId}", got "${manifest.feedId}"`);
  }
  const storedSigner = stored.feed.keyId;
  const isFloorVoid = storedSigner !== undefined && keys.revoked.some((key) => key.id === storedSigner);
  if (!isFloorVoid && manifest.version < stored.feed.version) {
    throw new SyncError('rollback', `manifest version ${manifest.version} is older than the stored ${stored.feed.version}`);
  }
}

/**
 * An expired manifest is never applied over data that is still current: the phone keeps what it
 * has. When it is the newest a phone can get (nothing stored, or stored data expired too), it is
 * applied, and every screen says it has expired.
 */
function checkExpiry(manifest: Manifest, stored: StoredMeta, now: Date): void {
  const isExpired = now.getTime() > new Date(manifest.expiresAt).getTime();
  if (!isExpired || !stored.feed) return;
  const isStoredCurrent = now.getTime() <= new Date(stored.feed.expiresAt).getTime();
  if (isStoredCurrent) throw new SyncError('expired', `manifest version ${manifest.version} expired at ${manifest.expiresAt}; the stored version ${stored.feed.version} is current until ${stored.feed.expiresAt}`);
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

function parseDeltaFile(name: DatasetName, delta: DeltaEntry, entry: DatasetEntry, bytes: Uint8Array): TableChange[] {
  const result = v.safeParse(DELTA_FILE_SCHEMAS[name], parseJson(bytes, delta.path, 'dataset-invalid'));
  if (!result.success) throw invalid(delta.path, result.issues);
  if (result.output.from !== delta.from || result.output.to !== entry.version) {
    throw new SyncError('dataset-invalid', `${delta.path}: goes ${result.output.from}→${result.output.to}, expected ${delta.from}→${entry.version}`);
  }
  return Object.entries(result.output.tables).flatMap(([table, change]) =>
    change ? [{ table: table as TableName, replaceAll: false, upserts: change.upserts as TableChange['upserts'], deletes: change.deletes }] : [],
  );
}
