/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the feed is published; defaults to /feed/ on the app's own origin. */
  readonly VITE_FEED_URL?: string;
  /** The feed publisher's trusted Ed25519 root keys, base64url, comma-separated: they sign the key list. */
  readonly VITE_FEED_ROOT_KEYS?: string;
  /** "1" marks a security release: its service worker takes over at the next navigation, without waiting. */
  readonly VITE_SECURITY_RELEASE?: string;
}
