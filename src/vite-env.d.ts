/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the feed is published; defaults to /feed/ on the app's own origin. */
  readonly VITE_FEED_URL?: string;
  /** Trusted Ed25519 public keys of the feed publisher, base64url, comma-separated. */
  readonly VITE_FEED_KEYS?: string;
}
