import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { downloadFeed } from '../src/sync/download-feed';
import { DATASET_NAMES } from '../src/sync/feed-schema';
import { SyncError } from '../src/sync/sync-error';
import { verifyRecordSignature } from '../src/sync/record-signature';

/** Serves a directory through the fetch interface the sync engine uses. */
function directoryFetch(dir: string): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = decodeURIComponent(new URL(String(input)).pathname.slice(1));
    try {
      return new Response(new Uint8Array(await readFile(join(dir, name))));
    } catch {
      return new Response('missing', { status: 404 });
    }
  }) as typeof fetch;
}

/**
 * Checks a published directory exactly as a client would: signature, manifest schema, every full
 * dataset and every delta (hash and schema). Returns the problems found, empty when all is well.
 */
export async function verifyFeedDirectory(dir: string, publicKeys: string[]): Promise<string[]> {
  const problems: string[] = [];
  const fetchImpl = directoryFetch(dir);
  const base = 'file://feed/';
  const describe = (error: unknown) => (error instanceof SyncError ? `${error.code}: ${error.detail}` : String(error));
  let download;
  try {
    download = await downloadFeed(base, { sync: {}, datasets: {} }, { trustedKeys: publicKeys, fetch: fetchImpl });
  } catch (error) {
    return [describe(error)];
  }
  const { manifest } = download;
  // Every record must carry a signature that verifies, or it cannot be shared as genuine by QR.
  for (const change of download.changes) {
    for (const { table, upserts } of change.tables) {
      for (const record of upserts as { id: string }[]) {
        if (!(await verifyRecordSignature(manifest.feedId, table, record, publicKeys))) {
          problems.push(`${change.dataset}: ${table} record "${record.id}": missing or invalid record signature`);
        }
      }
    }
  }
  // Replay each delta from its base version, as a client at that version would fetch it.
  for (const name of DATASET_NAMES) {
    for (const delta of manifest.datasets[name].deltas) {
      const stored = {
        feed: { feedId: manifest.feedId, version: 1, issuedAt: '', expiresAt: '', demo: manifest.demo },
        sync: {},
        datasets: Object.fromEntries(DATASET_NAMES.map((other) => [other, { version: other === name ? delta.from : manifest.datasets[other].version, sha256: '', bytes: 0, appliedAt: '' }])),
      };
      await downloadFeed(base, stored, { trustedKeys: publicKeys, fetch: fetchImpl }).catch((error: unknown) => problems.push(`${delta.path}: ${describe(error)}`));
    }
  }
  return problems;
}
