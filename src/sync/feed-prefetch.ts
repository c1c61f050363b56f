// First-load module: asks for the feed's key list and manifest the moment the entry runs, so on a
// first visit they travel beside the UI strings and the sync engine instead of after them.
// No DOM: fetch-bytes.ts (which the service worker imports too) takes the answers.

/** The small files every check starts with, named as the feed publishes them. */
export const FEED_HEAD_FILES = ['keys.json', 'keys.sig', 'manifest.json', 'manifest.sig'] as const;

// An answer older than this is not taken: the check it was meant for is long over.
const FRESH_FOR_MS = 60_000;
const pending = new Map<string, { response: Promise<Response>; controller: AbortController; at: number }>();

/** Starts the requests of a feed check now; the check that follows takes their answers. */
export function prefetchFeedHead(baseUrl: string): void {
  for (const name of FEED_HEAD_FILES) {
    const url = new URL(name, baseUrl).href;
    const controller = new AbortController();
    // The same request the check would make (fetch-bytes.ts): revalidated, no cookies.
    const response = fetch(url, { cache: 'no-cache', credentials: 'omit', signal: controller.signal });
    response.catch(() => {}); // a failure is reported by the check that takes it
    pending.set(url, { response, controller, at: Date.now() });
  }
}

/** The prefetched answer for `url`, once, with the means to abort it; undefined if none or too old. */
export function takePrefetched(url: string): { response: Promise<Response>; controller: AbortController } | undefined {
  const entry = pending.get(url);
  pending.delete(url);
  if (!entry || Date.now() - entry.at > FRESH_FOR_MS) {
    entry?.controller.abort();
    return undefined;
  }
  return entry;
}
