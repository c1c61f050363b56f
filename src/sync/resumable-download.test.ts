import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PartialDownloads } from '../store/partial-downloads-store';
import { downloadFile } from './resumable-download';
import { fetchBytes } from './fetch-bytes';
import { SyncError } from './sync-error';

// A dataset file as the publisher writes it: JSON of distinct records, here 200 KB.
const FILE_BYTES = new TextEncoder().encode(
  JSON.stringify({ dataset: 'hazards', version: 3, tables: { hazards: Array.from({ length: 1600 }, (_, i) => ({ id: `hz-${i}`, title: { en: `Field ${i * 7919} near the road` } })) } }).padEnd(200_000, ' '),
);
const FILE = { path: 'hazards-v3-abc.json', sha256: createHash('sha256').update(FILE_BYTES).digest('hex'), bytes: FILE_BYTES.byteLength };
const URL_ = 'https://feed.test/feed/hazards-v3-abc.json';

// Compared as one buffer: an element-by-element deep equality of 200,000 bytes takes seconds.
const isTheFile = (bytes: Uint8Array) => Buffer.from(bytes).equals(Buffer.from(FILE_BYTES));

/** Partial downloads kept in memory, as IndexedDB keeps them on the phone. */
function memoryPartials(): PartialDownloads & { pieces: Map<string, { sha256: string; offset: number; bytes: Uint8Array }[]> } {
  const pieces = new Map<string, { sha256: string; offset: number; bytes: Uint8Array }[]>();
  return {
    pieces,
    async read(path, sha256) {
      const kept = (pieces.get(path) ?? []).filter((piece) => piece.sha256 === sha256).sort((a, b) => a.offset - b.offset);
      const out = new Uint8Array(kept.reduce((end, piece) => (piece.offset === end ? end + piece.bytes.byteLength : end), 0));
      for (const piece of kept) if (piece.offset + piece.bytes.byteLength <= out.byteLength) out.set(piece.bytes, piece.offset);
      return out;
    },
    async append(path, sha256, offset, bytes) {
      pieces.set(path, [...(pieces.get(path) ?? []), { sha256, offset, bytes: bytes.slice() }]);
    },
    async clear(path) {
      pieces.delete(path);
    },
    async clearAll() {
      pieces.clear();
    },
  };
}

interface ServedRequest {
  range?: string;
}

/**
 * A server that honours Range and sends the body in 10 KB pieces; `cutAt` ends the connection
 * (the body errors) once that many bytes of the file have been sent in total, once.
 */
function cuttingServer(bytes: Uint8Array, { cutAt, honourRange = true }: { cutAt?: number[]; honourRange?: boolean } = {}) {
  const requests: ServedRequest[] = [];
  const cuts = [...(cutAt ?? [])];
  let sentBytes = 0;
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const range = (init?.headers as Record<string, string> | undefined)?.Range;
    requests.push({ range });
    const from = honourRange && range ? Number(/bytes=(\d+)-/.exec(range)![1]) : 0;
    let at = from;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const cut = cuts[0];
        if (cut !== undefined && at >= cut) {
          cuts.shift();
          controller.error(new TypeError('network error: connection reset'));
          return;
        }
        if (at >= bytes.byteLength) return controller.close();
        const end = Math.min(at + 10_000, bytes.byteLength, cut ?? Infinity);
        controller.enqueue(bytes.slice(at, end));
        sentBytes += end - at;
        at = end;
      },
    });
    const headers: Record<string, string> = from > 0 ? { 'Content-Range': `bytes ${from}-${bytes.byteLength - 1}/${bytes.byteLength}` } : {};
    return new Response(body, { status: from > 0 ? 206 : 200, headers });
  }) as typeof fetch;
  return { fetch: fetchImpl, requests, sentBytes: () => sentBytes };
}

describe('downloadFile', () => {
  it('resumes a connection cut at 50% with a Range request for the rest, and returns the exact file', async () => {
    const server = cuttingServer(FILE_BYTES, { cutAt: [100_000] });
    const bytes = await downloadFile(URL_, FILE, { fetch: server.fetch, partials: memoryPartials() });
    expect(isTheFile(bytes)).toBe(true);
    expect(server.requests).toEqual([{ range: undefined }, { range: 'bytes=100000-' }]);
    expect(server.sentBytes()).toBe(200_000);
  });

  it('after a cut at 90%, a later attempt (the app reopened) fetches only the last 10% from the kept bytes', async () => {
    const partials = memoryPartials();
    // The link dies for good at 180 KB: this attempt fails, keeping what came.
    const dying = cuttingServer(FILE_BYTES, { cutAt: [180_000, 180_000, 180_000] });
    await expect(downloadFile(URL_, FILE, { fetch: dying.fetch, partials })).rejects.toMatchObject({ code: 'network' });
    const later = cuttingServer(FILE_BYTES);
    expect(isTheFile(await downloadFile(URL_, FILE, { fetch: later.fetch, partials }))).toBe(true);
    expect(later.requests).toEqual([{ range: 'bytes=180000-' }]);
    expect(later.sentBytes()).toBe(20_000);
  });

  it('starts from zero when the server ignores the Range header and sends the whole file', async () => {
    const partials = memoryPartials();
    await partials.append(FILE.path, FILE.sha256, 0, FILE_BYTES.slice(0, 50_000));
    const server = cuttingServer(FILE_BYTES, { honourRange: false });
    expect(isTheFile(await downloadFile(URL_, FILE, { fetch: server.fetch, partials }))).toBe(true);
    expect(server.sentBytes()).toBe(200_000);
  });

  it('refuses resumed bytes that do not make the manifest’s file, and keeps none of them for the next try', async () => {
    const partials = memoryPartials();
    // Kept bytes that were corrupted on the phone: the resumed whole fails its hash.
    const corrupted = FILE_BYTES.slice(0, 100_000);
    corrupted[500] = corrupted[500]! ^ 1;
    await partials.append(FILE.path, FILE.sha256, 0, corrupted);
    const server = cuttingServer(FILE_BYTES);
    await expect(downloadFile(URL_, FILE, { fetch: server.fetch, partials })).rejects.toMatchObject({ code: 'hash-mismatch' });
    expect(partials.pieces.size).toBe(0);
    expect(isTheFile(await downloadFile(URL_, FILE, { fetch: cuttingServer(FILE_BYTES).fetch, partials }))).toBe(true);
  });

  it('reports progress in the file’s own bytes as pieces arrive, resumed ones included', async () => {
    const seen: number[] = [];
    const server = cuttingServer(FILE_BYTES, { cutAt: [30_000] });
    await downloadFile(URL_, FILE, { fetch: server.fetch, partials: memoryPartials(), onProgress: (received, total) => total === 200_000 && seen.push(received) });
    expect(seen).toEqual([10_000, 20_000, 30_000, 40_000, ...Array.from({ length: 16 }, (_, i) => 50_000 + i * 10_000)]);
  });
  it('stops for good when its attempt is called off (a refused manifest), without trying again or reporting progress', async () => {
    const attempt = new AbortController();
    const seen: number[] = [];
    const server = cuttingServer(FILE_BYTES);
    const download = downloadFile(URL_, FILE, { fetch: server.fetch, signal: attempt.signal, onProgress: (received) => seen.push(received) });
    attempt.abort();
    await expect(download).rejects.toMatchObject({ code: 'network', detail: `${URL_}: called off` });
    expect(server.requests).toHaveLength(1);
    expect(seen).toEqual([]);
  });
});

describe('the stall timeout', () => {
  /** A body that sends `pieces` pieces `everyMs` apart, then goes silent for ever. */
  const tricklingFetch = (pieces: number, everyMs: number) =>
    (async (_input: RequestInfo | URL, init?: RequestInit) => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === pieces) {
            await new Promise<void>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, everyMs));
          sent++;
          controller.enqueue(new Uint8Array(100).fill(sent));
        },
      });
      return new Response(body);
    }) as typeof fetch;

  it('lets a slow body run past the stall time as long as bytes keep coming', async () => {
    // Ten pieces 30 ms apart take 300 ms in all, well past the stall limit of 80 ms.
    const finished = (async (_input: RequestInfo | URL) => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === 10) return controller.close();
          await new Promise((resolve) => setTimeout(resolve, 30));
          sent++;
          controller.enqueue(new Uint8Array(100));
        },
      });
      return new Response(body);
    }) as typeof fetch;
    const started = Date.now();
    expect((await fetchBytes('https://feed.test/feed/manifest.json', { fetch: finished, stallMs: 80 })).byteLength).toBe(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('gives up once no byte has come for the stall time, and says so', async () => {
    const error = await fetchBytes('https://feed.test/feed/manifest.json', { fetch: tricklingFetch(3, 10), stallMs: 80 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ code: 'timeout', detail: 'https://feed.test/feed/manifest.json: nothing received for 80 ms' });
  });

  it('keeps the bytes that came before a stall, so the next try resumes after them, and gives up on a link that keeps stalling there', async () => {
    const partials = memoryPartials();
    const file = { path: 'sites-v1-x.json', sha256: 'f'.repeat(64), bytes: 1000 };
    await expect(downloadFile('https://feed.test/feed/sites-v1-x.json', file, { fetch: tricklingFetch(3, 10), stallMs: 80, partials })).rejects.toMatchObject({ code: 'timeout' });
    expect((await partials.read(file.path, file.sha256)).byteLength).toBe(300);
  });
});
