import { concatBytes } from '../model/bytes';
import { fetchResponse, sha256Hex, type FetchBytesOptions } from './fetch-bytes';
import type { PartialDownloads } from '../store/partial-downloads-store';
import { SyncError } from './sync-error';

/** A file the manifest names, with the hash and size it vouches for. */
export interface FileToDownload {
  path: string;
  sha256: string;
  bytes: number;
}

export interface ResumableOptions extends Pick<FetchBytesOptions, 'fetch' | 'stallMs' | 'signal'> {
  partials?: PartialDownloads;
  /** Bytes of the file held so far, of its full size: after every piece that arrives. */
  onProgress?: (received: number, total: number) => void;
}

// Kept every 32 KB: about a second of 2G, so a cut loses at most that.
const KEEP_EVERY_BYTES = 32 * 1024;
// A cut link is tried again at once while each try gets further into the file; this many tries
// in a row that do not end the attempt (and no more than MAX_TRIES in all).
const FRUITLESS_TRIES = 2;
const MAX_TRIES = 12;

/**
 * Downloads one file of the manifest whole, resuming with an HTTP Range request from the bytes
 * kept of an earlier try (in this attempt or a previous one), and returns it only once its
 * SHA-256 is the manifest's: resumed bytes are never trusted on their own.
 *
 * The browser asks for `Accept-Encoding: identity` whenever a request has a Range header (Fetch
 * standard), so a resumed piece comes uncompressed and its offsets are the file's own bytes,
 * the same bytes a gzip response decodes to.
 */
export async function downloadFile(url: string, file: FileToDownload, options: ResumableOptions = {}): Promise<Uint8Array> {
  const { partials } = options;
  let kept = partials ? await partials.read(file.path, file.sha256).catch(() => new Uint8Array(0)) : new Uint8Array(0);
  if (kept.byteLength > file.bytes) {
    await partials?.clear(file.path).catch(() => {});
    kept = new Uint8Array(0);
  }
  let fruitlessTries = 0;
  let furthest = kept.byteLength;
  for (let tries = 1; ; tries++) {
    if (kept.byteLength === file.bytes && file.bytes > 0) return verified(file, kept, partials);
    const from = kept.byteLength;
    const arrived: Uint8Array[] = [];
    let arrivedBytes = 0;
    let startsAt = from;
    let unsaved: Uint8Array[] = [];
    let unsavedBytes = 0;
    let saving: Promise<void> = Promise.resolve();
    const save = () => {
      if (!partials || unsavedBytes === 0) return;
      const bytes = concatBytes(unsaved, unsavedBytes);
      const offset = startsAt + arrivedBytes - unsavedBytes;
      unsaved = [];
      unsavedBytes = 0;
      // A failed write only costs a longer resume; the download itself goes on.
      saving = saving.then(() => partials.append(file.path, file.sha256, offset, bytes)).catch(() => {});
    };
    try {
      await fetchResponse(url, {
        fetch: options.fetch,
        stallMs: options.stallMs,
        signal: options.signal,
        cache: 'no-store',
        headers: from > 0 ? { Range: `bytes=${from}-` } : undefined,
        onResponse: (response) => {
          if (from === 0) return;
          if (response.status === 206 && response.headers.get('Content-Range')?.startsWith(`bytes ${from}-`)) return;
          // The server sent the whole file (no Range support) or cannot serve the rest: start from zero.
          kept = new Uint8Array(0);
          startsAt = 0;
          saving = saving.then(() => partials?.clear(file.path)).catch(() => {});
          if (response.status === 416) throw new SyncError('network', `${url}: the server cannot resume at byte ${from}`);
        },
        onChunk: (chunk) => {
          arrived.push(chunk);
          arrivedBytes += chunk.byteLength;
          unsaved.push(chunk);
          unsavedBytes += chunk.byteLength;
          if (unsavedBytes >= KEEP_EVERY_BYTES) save();
          if (!options.signal?.aborted) options.onProgress?.(kept.byteLength + arrivedBytes, file.bytes);
        },
      });
      // Kept whole too: if a later file of this attempt fails, the next attempt need not fetch this one again.
      save();
      await saving;
      const whole = concatBytes([kept, ...arrived]);
      return await verified(file, whole, partials);
    } catch (error) {
      const isCut = error instanceof SyncError && (error.code === 'timeout' || error.code === 'network');
      save();
      await saving;
      if (!isCut || options.signal?.aborted) throw error;
      kept = concatBytes([kept, ...arrived]);
      fruitlessTries = kept.byteLength > furthest ? 0 : fruitlessTries + 1;
      furthest = Math.max(furthest, kept.byteLength);
      if (fruitlessTries >= FRUITLESS_TRIES || tries >= MAX_TRIES || kept.byteLength > file.bytes) throw error;
    }
  }
}

/** The file once its hash is the manifest's; otherwise nothing of it is kept, and the next try starts from zero. */
async function verified(file: FileToDownload, bytes: Uint8Array, partials: PartialDownloads | undefined): Promise<Uint8Array> {
  const hash = await sha256Hex(bytes);
  if (hash === file.sha256) return bytes;
  await partials?.clear(file.path).catch(() => {});
  throw new SyncError('hash-mismatch', `${file.path}: SHA-256 ${hash} ≠ manifest ${file.sha256}`);
}
