import 'fake-indexeddb/auto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFeed } from '../../feed/publish-feed';
import { openHomewardDB } from '../store/db';
import { readMeta } from '../store/queries';
import type { Manifest } from './feed-schema';
import { syncNow } from './sync-now';
import { sampleTables } from './testing/sample-tables';

const BASE = 'https://feed.test/feed/';

/** A fetch that serves a directory, with a hook to break individual files. */
function serveDirectory(dir: string, breakFile?: (name: string, bytes: Buffer) => Buffer | 'network-error') {
  return (async (input: RequestInfo | URL) => {
    const name = new URL(String(input)).pathname.replace('/feed/', '');
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const broken = breakFile?.(name, bytes) ?? bytes;
    if (broken === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(new Uint8Array(broken));
  }) as typeof fetch;
}

async function publishedDir(title?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-feed-'));
  await publishFeed({ outDir: dir, feedId: 'test-feed', demo: true, tables: sampleTables(title), now: new Date('2020-12-22T00:00:00Z'), validDays: 30 });
  return dir;
}

async function freshDb() {
  return openHomewardDB({}, undefined, `sync-test-${Math.random().toString(36).slice(2)}`);
}

describe('syncNow', () => {
  it('applies a first feed whole: records, dataset versions and feed meta', async () => {
    const dir = await publishedDir();
    const db = await freshDb();
    const result = await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    expect(result).toMatchObject({ status: 'applied', version: 1 });
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    expect(await db.count('trips')).toBe(1);
    const meta = await readMeta(db);
    expect(meta.feed).toMatchObject({ feedId: 'test-feed', version: 1, demo: true });
    expect(meta.datasets.hazards?.version).toBe(1);
    expect(meta.sync.lastSuccessAt).toBeDefined();
  });

  it('reports "current" and downloads no dataset when nothing changed', async () => {
    const dir = await publishedDir();
    const db = await freshDb();
    await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    const requested: string[] = [];
    const fetchImpl = serveDirectory(dir);
    const result = await syncNow(db, BASE, { fetch: (async (input: RequestInfo | URL) => (requested.push(String(input)), fetchImpl(input))) as typeof fetch });
    expect(result.status).toBe('current');
    expect(requested).toEqual([`${BASE}manifest.json`]);
  });

  it('rejects a dataset whose bytes do not match the manifest hash and keeps the old data', async () => {
    const dir = await publishedDir();
    const db = await freshDb();
    await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    await publishFeed({ outDir: dir, feedId: 'test-feed', demo: true, tables: sampleTables('Changed title'), now: new Date(), validDays: 30 });
    const flipByte = (name: string, bytes: Buffer) => (name.startsWith('hazards-v2') ? Buffer.from(bytes.toString().replace('Changed', 'Chanced')) : bytes);
    const result = await syncNow(db, BASE, { fetch: serveDirectory(dir, flipByte) });
    expect(result.status === 'failed' && result.error.code).toBe('hash-mismatch');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('Field north of the road');
    const meta = await readMeta(db);
    expect(meta.feed?.version).toBe(1);
    expect(meta.sync.lastError?.code).toBe('hash-mismatch');
  });

  it('applies nothing when the connection drops after the first dataset', async () => {
    const dir = await publishedDir();
    const db = await freshDb();
    const result = await syncNow(db, BASE, { fetch: serveDirectory(dir, (name, bytes) => (name.startsWith('sites-') ? 'network-error' : bytes)) });
    expect(result.status === 'failed' && result.error.code).toBe('network');
    expect(await db.count('hazards')).toBe(0);
    expect((await readMeta(db)).feed).toBeUndefined();
  });

  it('rejects a manifest older than the stored one (rollback)', async () => {
    const dir = await publishedDir();
    const db = await freshDb();
    await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    await publishFeed({ outDir: dir, feedId: 'test-feed', demo: true, tables: sampleTables('v2'), now: new Date(), validDays: 30 });
    await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version: 1 }));
    const result = await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    expect(result.status === 'failed' && result.error.code).toBe('rollback');
    expect((await db.get('hazards', 'hz-1'))?.title.en).toBe('v2');
  });

  it('rejects a dataset that matches its hash but breaks the schema', async () => {
    const dir = await publishedDir();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const bad = JSON.stringify({ dataset: 'sites', version: 1, tables: { sites: [{ id: 'x' }] } });
    const { createHash } = await import('node:crypto');
    await writeFile(join(dir, manifest.datasets.sites.path), bad);
    manifest.datasets.sites.sha256 = createHash('sha256').update(bad).digest('hex');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const db = await freshDb();
    const result = await syncNow(db, BASE, { fetch: serveDirectory(dir) });
    expect(result.status === 'failed' && result.error.code).toBe('dataset-invalid');
    expect(result.status === 'failed' && result.error.detail).toContain('sites');
    expect(await db.count('hazards')).toBe(0);
  });
});
