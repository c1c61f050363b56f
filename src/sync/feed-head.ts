// The feed's first four files: index.html preloads them (vite.config.ts), every check starts with them.

/** The key list and the manifest with their signatures, as the feed publishes them. */
export const FEED_HEAD_FILES = ['keys.json', 'keys.sig', 'manifest.json', 'manifest.sig'] as const;
