// A static server for the benchmark that is itself the 2G link: every request waits a round trip
// (two on a new connection: the TCP handshake), and every byte sent, on every connection,
// shares one 280 kbit/s pipe. Throttling here and not in the browser, because Chromium's network
// emulation does not slow what a service worker fetches. It serves what real hosts serve
// (docs/deploy.md): the .gz beside a file when the browser accepts gzip, ETag and 304, Range as
// 206 without Content-Encoding; and it can cut a file's connection part-way, once, to test resuming.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FEED_HEADERS, IMMUTABLE, REVALIDATE, appHeaders } from '../../build/host-policy';

export interface LinkProfile {
  roundTripMs: number;
  bytesPerSecond: number;
}

/** The issue's 2G phone: 800 ms round trip, 280 kbit/s down. */
export const SLOW_2G_LINK: LinkProfile = { roundTripMs: 800, bytesPerSecond: 280_000 / 8 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.sig': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.sig', '.svg', '.webmanifest', '.txt']);
// TCP segments: the pipe is shared piece by piece, so parallel responses interleave as on a real link.
const SEGMENT = 1400;

export interface PacedServer {
  url: string;
  /** Bytes sent (headers and bodies), with the time each left, since the last reset. */
  sent: () => { at: number; bytes: number; path: string }[];
  resetCounters: () => void;
  /** Cuts the connection of the next response for a path matching `pattern` once `fraction` of its body is sent. */
  cutOnce: (pattern: RegExp, fraction: number) => void;
  /** Requests seen since the last reset, with their Range and If-None-Match headers. */
  requests: () => { path: string; range?: string; ifNoneMatch?: string; status: number; arrivedAt: number; doneAt?: number }[];
  /** Serves `/feed/` from another directory from now on (a new publish). */
  setFeedDir: (dir: string) => void;
  close: () => Promise<void>;
}

/** Serves `root` (the built app) with `/feed/` from `feedDir`, over the link `profile`. */
export async function startPacedServer(options: { root: string; feedDir: string; port: number; profile?: LinkProfile }): Promise<PacedServer> {
  const profile = options.profile ?? SLOW_2G_LINK;
  let feedDir = options.feedDir;
  let linkFreeAt = 0;
  let sent: { at: number; bytes: number; path: string }[] = [];
  let requests: { path: string; range?: string; ifNoneMatch?: string; status: number; arrivedAt: number; doneAt?: number }[] = [];
  const cuts: { pattern: RegExp; fraction: number }[] = [];
  const freshSockets = new WeakSet<Socket>();
  const gzipCache = new Map<string, Buffer>();
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Sends `bytes` through the shared pipe, a segment at a time, in the order they were queued. */
  async function transmit(response: ServerResponse, bytes: Buffer, path: string, cutAfter?: number): Promise<boolean> {
    for (let offset = 0; offset < bytes.byteLength; offset += SEGMENT) {
      const piece = bytes.subarray(offset, Math.min(offset + SEGMENT, bytes.byteLength));
      const now = performance.now();
      const start = Math.max(now, linkFreeAt);
      linkFreeAt = start + (piece.byteLength / profile.bytesPerSecond) * 1000;
      await wait(linkFreeAt - now);
      if (response.destroyed) return false;
      if (cutAfter !== undefined && offset >= cutAfter) {
        response.socket?.destroy();
        return false;
      }
      sent.push({ at: performance.now(), bytes: piece.byteLength, path });
      response.write(piece);
    }
    return true;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    (request as IncomingMessage & { arrivedAt: number }).arrivedAt = performance.now();
    const socket = request.socket;
    const isNewConnection = !freshSockets.has(socket);
    freshSockets.add(socket);
    // The request travels up and the answer's first byte back: one round trip, two on a new connection.
    await wait(profile.roundTripMs * (isNewConnection ? 2 : 1));
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const isFeed = path.startsWith('/feed/');
    const base = isFeed ? feedDir : options.root;
    const relative = normalize(isFeed ? path.slice('/feed/'.length) : path).replace(/^(\.\.[/\\])+/, '');
    let file = join(base, relative);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      if (isFeed || path.startsWith('/assets/')) return finish(response, path, 404, { 'Content-Type': 'text/plain' }, Buffer.from('not found'));
      file = join(options.root, 'index.html');
      body = await readFile(file);
    }
    const ext = extname(file);
    const isMutable = !isFeed ? /\/(index\.html|sw\.js|manifest\.webmanifest)$/.test(file) || !path.startsWith('/assets/') : /(manifest|keys)\.(json|sig)$/.test(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const headers: Record<string, string> = {
      ...(isFeed ? FEED_HEADERS : ext === '.html' ? appHeaders(undefined) : { 'X-Content-Type-Options': 'nosniff' }),
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': isMutable ? REVALIDATE : IMMUTABLE,
      ETag: etag,
      'Accept-Ranges': 'bytes',
      Vary: 'Accept-Encoding',
    };
    // A 304 carries what nginx sends with it (docs/deploy.md): the validators and the policy headers.
    if (request.headers['if-none-match'] === etag) {
      const { 'Content-Type': _type, 'Accept-Ranges': _ranges, Vary: _vary, ...notModified } = headers;
      return finish(response, path, 304, notModified, Buffer.alloc(0), request);
    }
    const range = request.headers.range;
    const rangeMatch = range ? /^bytes=(\d+)-$/.exec(range) : null;
    if (rangeMatch) {
      const from = Number(rangeMatch[1]);
      if (from >= body.byteLength) return finish(response, path, 416, { ...headers, 'Content-Range': `bytes */${body.byteLength}` }, Buffer.alloc(0), request);
      return finish(response, path, 206, { ...headers, 'Content-Range': `bytes ${from}-${body.byteLength - 1}/${body.byteLength}` }, body.subarray(from), request);
    }
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let gzipped = gzipCache.get(file);
      if (!gzipped) {
        gzipped = await readFile(`${file}.gz`).catch(() => gzipSync(body, { level: 9 }));
        gzipCache.set(file, gzipped);
      }
      return finish(response, path, 200, { ...headers, 'Content-Encoding': 'gzip' }, gzipped, request);
    }
    return finish(response, path, 200, headers, body, request);
  }

  async function finish(response: ServerResponse, path: string, status: number, headers: Record<string, string>, body: Buffer, request?: IncomingMessage): Promise<void> {
    const seen = { path, range: request?.headers.range, ifNoneMatch: request?.headers['if-none-match'] as string | undefined, status, arrivedAt: (request as { arrivedAt?: number } | undefined)?.arrivedAt ?? 0, doneAt: undefined as number | undefined };
    requests.push(seen);
    response.on('finish', () => (seen.doneAt = performance.now()));
    const cutIndex = status === 200 || status === 206 ? cuts.findIndex((cut) => cut.pattern.test(path)) : -1;
    const cutAfter = cutIndex >= 0 ? Math.floor(body.byteLength * cuts.splice(cutIndex, 1)[0]!.fraction) : undefined;
    const withLength = status === 304 ? headers : { ...headers, 'Content-Length': String(body.byteLength) };
    const head = Buffer.from(`HTTP/1.1 ${status} X\r\n${Object.entries(withLength).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n`);
    response.writeHead(status, withLength);
    response.flushHeaders();
    // The status line and headers cost link time too: count them as their raw size.
    if (!(await transmit(response, Buffer.alloc(0), path))) return;
    sent.push({ at: performance.now(), bytes: head.byteLength, path });
    linkFreeAt = Math.max(performance.now(), linkFreeAt) + (head.byteLength / profile.bytesPerSecond) * 1000;
    if (await transmit(response, body, path, cutAfter)) response.end();
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${options.port}`,
    sent: () => sent,
    requests: () => requests,
    resetCounters: () => {
      sent = [];
      requests = [];
    },
    cutOnce: (pattern, fraction) => cuts.push({ pattern, fraction }),
    setFeedDir: (dir) => {
      feedDir = dir;
      gzipCache.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
