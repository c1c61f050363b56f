// `feed verify`: checks a published directory as a phone would, with the model's schemas and
// Node's own Ed25519, so the publisher's checks share no code with the app's sync engine.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASET_NAMES, type DatasetName } from '../src/model/datasets';
import { DATASET_FILE_SCHEMAS, DELTA_FILE_SCHEMAS, ManifestSchema, describeIssues, type DatasetEntry, type Manifest } from '../src/model/file-schemas';
import { hasValidRecordSignature } from './record-signatures';
import { verifyBytes } from './signing';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readBytes(dir: string, path: string): Promise<Uint8Array | undefined> {
  return readFile(join(dir, path)).then(
    (bytes) => new Uint8Array(bytes),
    () => undefined,
  );
}

function parseJson(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** A file the manifest lists: present, with the hash and size the manifest says. */
async function checkListedFile(dir: string, file: { path: string; sha256: string; bytes: number }, problems: string[]): Promise<Uint8Array | undefined> {
  const bytes = await readBytes(dir, file.path);
  if (!bytes) return void problems.push(`${file.path}: listed in the manifest but missing`);
  const hash = sha256(bytes);
  if (hash !== file.sha256) return void problems.push(`${file.path}: SHA-256 ${hash} ≠ manifest ${file.sha256}`);
  if (bytes.byteLength !== file.bytes) problems.push(`${file.path}: ${bytes.byteLength} bytes ≠ manifest ${file.bytes}`);
  return bytes;
}

/** A dataset's full file: hash, schema, version, and every record's own signature. */
async function checkDataset(dir: string, manifest: Manifest, name: DatasetName, entry: DatasetEntry, publicKeys: readonly string[], problems: string[]) {
  const bytes = await checkListedFile(dir, entry, problems);
  if (!bytes) return;
  const parsed = v.safeParse(DATASET_FILE_SCHEMAS[name], parseJson(bytes));
  if (!parsed.success) return void problems.push(`${entry.path}: ${describeIssues(parsed.issues).slice(0, 3).join('; ')}`);
  if (parsed.output.version !== entry.version) problems.push(`${entry.path}: file says version ${parsed.output.version}, manifest says ${entry.version}`);
  // Every record must carry a signature that verifies, or it cannot be shared as genuine by QR.
  for (const [table, records] of Object.entries(parsed.output.tables) as [string, { id: string }[]][]) {
    for (const record of records) {
      if (!hasValidRecordSignature(manifest.feedId, table, record, publicKeys)) problems.push(`${name}: ${table} record "${record.id}": missing or invalid record signature`);
    }
  }
  for (const delta of entry.deltas) {
    const deltaBytes = await checkListedFile(dir, delta, problems);
    if (!deltaBytes) continue;
    const parsedDelta = v.safeParse(DELTA_FILE_SCHEMAS[name], parseJson(deltaBytes));
    if (!parsedDelta.success) {
      problems.push(`${delta.path}: ${describeIssues(parsedDelta.issues).slice(0, 3).join('; ')}`);
      continue;
    }
    if (parsedDelta.output.from !== delta.from || parsedDelta.output.to !== entry.version) {
      problems.push(`${delta.path}: goes ${parsedDelta.output.from}→${parsedDelta.output.to}, manifest says ${delta.from}→${entry.version}`);
    }
  }
}

/**
 * Checks a published directory exactly as a client would: signature, manifest schema, every full
 * dataset and every delta (hash and schema), every record's own signature. Returns the problems
 * found, one line each, empty when all is well.
 */
export async function verifyFeedDirectory(dir: string, publicKeys: readonly string[]): Promise<string[]> {
  const [manifestBytes, signatureBytes] = await Promise.all([readBytes(dir, 'manifest.json'), readBytes(dir, 'manifest.sig')]);
  if (!manifestBytes || !signatureBytes) return [`${dir}: no manifest.json and manifest.sig`];
  const signature = new TextDecoder().decode(signatureBytes).trim();
  if (!publicKeys.some((key) => verifyBytes(manifestBytes, signature, key))) return ['manifest.json: not signed by any of the given keys'];
  let json: unknown;
  try {
    json = parseJson(manifestBytes);
  } catch (error) {
    return [`manifest.json: not JSON (${(error as Error).message})`];
  }
  const parsed = v.safeParse(ManifestSchema, json);
  if (!parsed.success) return describeIssues(parsed.issues).map((issue) => `manifest.json: ${issue}`);
  const manifest = parsed.output;
  const problems: string[] = [];
  for (const name of DATASET_NAMES) await checkDataset(dir, manifest, name, manifest.datasets[name], publicKeys, problems);
  return problems;
}
