// First-load module: where the feed is and which keys it is signed with; read at start.
/** The publisher keys this build trusts (VITE_FEED_KEYS, comma-separated; see docs/feed-format.md). */
export const TRUSTED_FEED_KEYS: readonly string[] = (import.meta.env.VITE_FEED_KEYS ?? '')
  .split(',')
  .map((key) => key.trim())
  .filter(Boolean);

/** Where the feed is published; defaults to /feed/ on the app's own origin. */
export const FEED_URL = new URL(import.meta.env.VITE_FEED_URL ?? '/feed/', self.location.href).href;

/** Background Sync's tag: the service worker syncs under it when the page could not. */
export const SYNC_TAG = 'homeward-feed';
