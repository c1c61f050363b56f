// `feed verify`: checks a published directory as a phone would, and more: every delta replayed
// onto its base gives the full file, no file is left that the manifest does not name. It uses the
// model's schemas and Node's own Ed25519, so it shares no code with the app's sync engine.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { canonicalJson } from '../src/model/canonical-json';
import { DATASET_NAMES, type DatasetName, type DatasetTables } from '../src/model/datasets';
import { DATASET_FILE_SCHEMAS, DELTA_FILE_SCHEMAS, KeyListSchema, ManifestSchema, describeIssues, type DatasetEntry, type KeyList, type Manifest } from '../src/model/file-schemas';
import { applyDelta } from '../src/model/table-delta';
import { KEY_LIST_FILE, KEY_LIST_SIGNATURE_FILE } from './key-list';
import { hasValidRecordSignature } from './record-signatures';
import { verifyBytes } from './signing';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Files a published directory may hold beside those the manifest names. */
export const ALLOWED_EXTRA_FILES = new Set(['manifest.json', 'manifest.sig', KEY_LIST_FILE, KEY_LIST_SIGNATURE_FILE, 'validation-report.json']);

async function readBytes(dir: string, path: string): Promise<Uint8Array | undefined> {
  return readFile(join(dir, path)).then(
    (bytes) => new Uint8Array(bytes),
    () => undefined,
  );
}

function parseJson(bytes: Uint8Array, what: string, problems: string[]): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    problems.push(`${what}: not JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** A file the manifest lists: present, with the hash and size the manifest says. */
async function readListedFile(dir: string, file: { path: string; sha256: string; bytes?: number }, problems: string[]): Promise<Uint8Array | undefined> {
  const bytes = await readBytes(dir, file.path);
  if (!bytes) return void problems.push(`${file.path}: listed in the manifest but missing`);
  const hash = sha256(bytes);
  if (hash !== file.sha256) return void problems.push(`${file.path}: SHA-256 ${hash} ≠ manifest ${file.sha256}`);
  if (file.bytes !== undefined && bytes.byteLength !== file.bytes) problems.push(`${file.path}: ${bytes.byteLength} bytes ≠ manifest ${file.bytes}`);
  return bytes;
}

/** The records of a dataset file's tables, by table and id, in canonical form: what two versions are compared by. */
function canonicalTables(tables: Record<string, { id: string }[]>): string {
  return canonicalJson(Object.fromEntries(Object.entries(tables).map(([table, records]) => [table, [...records].sort((a, b) => (a.id < b.id ? -1 : 1))])));
}

async function readDatasetFile(dir: string, name: DatasetName, file: { path: string; sha256: string; bytes?: number }, problems: string[]) {
  const bytes = await readListedFile(dir, file, problems);
  if (!bytes) return undefined;
  const parsed = v.safeParse(DATASET_FILE_SCHEMAS[name], parseJson(bytes, file.path, problems));
  if (!parsed.success) return void problems.push(`${file.path}: ${describeIssues(parsed.issues).slice(0, 3).join('; ')}`);
  return parsed.output as unknown as { version: number; tables: DatasetTables<DatasetName> };
}

/** A dataset: the full file (hash, schema, version, record signatures), and every delta replayed onto its base. */
async function checkDataset(dir: string, manifest: Manifest, keys: KeyList, name: DatasetName, entry: DatasetEntry, problems: string[]) {
  const full = await readDatasetFile(dir, name, entry, problems);
  if (!full) return;
  if (full.version !== entry.version) problems.push(`${entry.path}: file says version ${full.version}, manifest says ${entry.version}`);
  // Every record must carry a signature by a listed key, or it cannot be shared as genuine by QR.
  for (const [table, records] of Object.entries(full.tables) as [string, { id: string; signature?: { keyId?: string } }[]][]) {
    for (const record of records) {
      if (await hasValidRecordSignature(manifest.feedId, table, record, keys.keys)) continue;
      const isRevoked = keys.revoked.some((key) => key.id === record.signature?.keyId);
      problems.push(`${name}: ${table} record "${record.id}": ${isRevoked ? `signed by the revoked key ${record.signature?.keyId}` : 'missing or invalid record signature'}`);
    }
  }
  for (const delta of entry.deltas) {
    const deltaBytes = await readListedFile(dir, delta, problems);
    const base = await readDatasetFile(dir, name, { path: delta.basePath, sha256: delta.base }, problems);
    if (!deltaBytes || !base) continue;
    const parsed = v.safeParse(DELTA_FILE_SCHEMAS[name], parseJson(deltaBytes, delta.path, problems));
    if (!parsed.success) {
      problems.push(`${delta.path}: ${describeIssues(parsed.issues).slice(0, 3).join('; ')}`);
      continue;
    }
    if (parsed.output.from !== delta.from || parsed.output.to !== entry.version || base.version !== delta.from) {
      problems.push(`${delta.path}: goes ${parsed.output.from}→${parsed.output.to} from a base of version ${base.version}, manifest says ${delta.from}→${entry.version}`);
    }
    const replayed = applyDelta(base.tables, parsed.output as never);
    if (canonicalTables(replayed as never) !== canonicalTables(full.tables as never)) {
      problems.push(`${delta.path}: applied to ${delta.basePath} it does not give ${entry.path}`);
    }
  }
}

/** The key list: signed by a root key, and for this feed. */
async function checkKeyList(dir: string, rootKeys: readonly string[], problems: string[]): Promise<KeyList | undefined> {
  const [bytes, signatures] = await Promise.all([readBytes(dir, KEY_LIST_FILE), readBytes(dir, KEY_LIST_SIGNATURE_FILE)]);
  if (!bytes || !signatures) return void problems.push(`${KEY_LIST_FILE}: missing, or its signature ${KEY_LIST_SIGNATURE_FILE} is`);
  const lines = new TextDecoder().decode(signatures).split('\n').map((line) => line.trim()).filter(Boolean);
  if (!lines.some((signature) => rootKeys.some((root) => verifyBytes(bytes, signature, root)))) return void problems.push(`${KEY_LIST_FILE}: not signed by any of the root keys`);
  const parsed = v.safeParse(KeyListSchema, parseJson(bytes, KEY_LIST_FILE, problems));
  if (!parsed.success) return void problems.push(`${KEY_LIST_FILE}: ${describeIssues(parsed.issues).join('; ')}`);
  return parsed.output;
}

/**
 * Checks a published directory: the key list signed by a root key, the manifest signed by a key
 * it lists and not expired at `now`, every dataset and delta (hash, schema, record signatures,
 * replay), and no file the manifest does not name. Returns the problems, one line each.
 */
export async function verifyFeedDirectory(dir: string, rootKeys: readonly string[], now = new Date()): Promise<string[]> {
  const problems: string[] = [];
  const keys = await checkKeyList(dir, rootKeys, problems);
  if (!keys) return problems;
  const [manifestBytes, signatureBytes] = await Promise.all([readBytes(dir, 'manifest.json'), readBytes(dir, 'manifest.sig')]);
  if (!manifestBytes || !signatureBytes) return [...problems, `${dir}: no manifest.json and manifest.sig`];
  const signature = new TextDecoder().decode(signatureBytes).trim();
  const signer = keys.keys.find((key) => verifyBytes(manifestBytes, signature, key.publicKey));
  if (!signer) {
    const revoked = keys.revoked.find((key) => verifyBytes(manifestBytes, signature, key.publicKey));
    return [...problems, revoked ? `manifest.json: signed by the revoked key ${revoked.id}` : `manifest.json: not signed by any key of ${KEY_LIST_FILE}`];
  }
  const parsed = v.safeParse(ManifestSchema, parseJson(manifestBytes, 'manifest.json', problems));
  if (!parsed.success) return [...problems, ...describeIssues(parsed.issues).map((issue) => `manifest.json: ${issue}`)];
  const manifest = parsed.output;
  if (manifest.feedId !== keys.feedId) problems.push(`manifest.json: feed "${manifest.feedId}" but the key list is for "${keys.feedId}"`);
  if (now.getTime() > new Date(manifest.expiresAt).getTime()) problems.push(`manifest.json: expired on ${manifest.expiresAt}; publish again to renew it`);
  for (const name of DATASET_NAMES) await checkDataset(dir, manifest, keys, name, manifest.datasets[name], problems);
  const named = new Set([...ALLOWED_EXTRA_FILES, ...DATASET_NAMES.flatMap((name) => [manifest.datasets[name].path, ...manifest.datasets[name].deltas.flatMap((delta) => [delta.path, delta.basePath])])]);
  for (const file of await readdir(dir)) if (!named.has(file)) problems.push(`${file}: not named by the manifest (left over from an earlier build?)`);
  return problems;
}
