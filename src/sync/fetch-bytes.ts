import { concatBytes } from '../model/bytes';
import { SyncError } from './sync-error';

/** How long a download may go without receiving a single byte before it is given up as stalled. */
export const STALL_MS = 15_000;

export interface FetchBytesOptions {
  /** No byte (nor headers) for this long ends the request: on 2G a big file may take minutes, but never a silent minute. */
  stallMs?: number;
  fetch?: typeof fetch;
  /**
   * `no-cache` (the default) lets the browser revalidate with If-None-Match itself, so an
   * unchanged manifest costs a 304; `no-store` for files kept elsewhere (the dataset files).
   */
  cache?: RequestCache;
  headers?: Record<string, string>;
  /** Ends the request from outside (the attempt it belongs to is over). */
  signal?: AbortSignal;
  /** Called with the response's status line and headers before its body is read; may throw to refuse it. */
  onResponse?: (response: Response) => void;
  /** Called with each piece of the body as it arrives; the pieces are then not kept here. */
  onChunk?: (chunk: Uint8Array) => void;
}

/**
 * Fetches a URL's body, failing only when the link stalls: no answer, or no new byte, for
 * `stallMs`. A whole-body deadline would fail every big file on a slow link however well it flows.
 */
export async function fetchResponse(url: string, options: FetchBytesOptions = {}): Promise<{ response: Response; body: Uint8Array }> {
  const stallMs = options.stallMs ?? STALL_MS;
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort());
  let timer = setTimeout(() => controller.abort(), stallMs);
  const stillFlowing = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  try {
    // As index.html preloads the feed's first files (cors, same-origin credentials), so the browser
    // hands this fetch the preloaded answer. No cookie goes to a feed on another origin.
    const init: RequestInit = { cache: options.cache ?? 'no-cache', signal: controller.signal, credentials: 'same-origin' };
    if (options.headers) init.headers = options.headers;
    const response = await (options.fetch ?? fetch)(url, init);
    if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
    options.onResponse?.(response);
    if (!response.ok) throw new SyncError('http', `${url}: HTTP ${response.status}`);
    stillFlowing();
    const pieces: Uint8Array[] = [];
    let length = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        // A body already queued would still be read after an abort: stop here.
        if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
        if (done) break;
        stillFlowing();
        if (options.onChunk) options.onChunk(value);
        else {
          pieces.push(value);
          length += value.byteLength;
        }
      }
    }
    return { response, body: concatBytes(pieces, length) };
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (options.signal?.aborted) throw new SyncError('network', `${url}: called off`);
    if (controller.signal.aborted) throw new SyncError('timeout', `${url}: nothing received for ${stallMs} ms`);
    throw new SyncError('network', `${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches a small file's bytes (the key list, the manifest), revalidated rather than refetched. */
export async function fetchBytes(url: string, options: FetchBytesOptions = {}): Promise<Uint8Array> {
  return (await fetchResponse(url, options)).body;
}

/** Lower-case hex SHA-256 of some bytes (WebCrypto, so it runs in page, worker and Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
