// First-load module: where the feed is and which keys it is signed with; read at start.
/** The publisher's root keys this build trusts to sign the key list (VITE_FEED_ROOT_KEYS, comma-separated; docs/feed-format.md). */
export const TRUSTED_ROOT_KEYS: readonly string[] = (import.meta.env.VITE_FEED_ROOT_KEYS ?? '')
  .split(',')
  .map((key) => key.trim())
  .filter(Boolean);

/** Where the feed is published; defaults to /feed/ on the app's own origin. */
export const FEED_URL = new URL(import.meta.env.VITE_FEED_URL ?? '/feed/', self.location.href).href;

/** Background Sync's tag: the service worker syncs under it when the page could not. */
export const SYNC_TAG = 'homeward-feed';
