import { SyncError } from './sync-error';

/** Fetches a URL's bytes, bypassing the HTTP cache, failing after `timeoutMs`. */
export async function fetchBytes(url: string, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { cache: 'no-store', signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new SyncError('http', `${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (controller.signal.aborted) throw new SyncError('timeout', `${url}: no answer in ${timeoutMs} ms`);
    throw new SyncError('network', `${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Lower-case hex SHA-256 of some bytes (WebCrypto, so it runs in page, worker and Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
