// What any static host must send, in one table: the nginx and Caddy configs (deploy/), dist/_headers
// and the preview server are written from it. docs/deploy.md explains each rule.
import { contentSecurityPolicy } from './csp.ts';

/** Hashed assets and content-addressed feed files never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Everything else may change at any time: the browser revalidates it (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/**
 * Browser features: the app uses the camera (QR scan), location (hazards near me), screen wake
 * lock (QR transfer) and the clipboard, on its own origin only; the rest are off. Only names
 * Chromium knows on every platform: an unknown one is a console error on every page (desktop
 * Chromium knows neither web-share nor bluetooth; Web Share is allowed to 'self' by default).
 */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'geolocation=(self)',
  'screen-wake-lock=(self)',
  'clipboard-write=(self)',
  'microphone=()',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'xr-spatial-tracking=()',
].join(', ');

/** The headers every response of the app carries (documents, scripts, the service worker). */
export function appHeaders(feedUrl: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(feedUrl),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/**
 * The headers of the feed's files: data, never a page, so a short policy that allows nothing.
 * Phones check the feed every 30 minutes over 2G, and every header is paid on every check.
 */
export const FEED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/** Where the build puts the feed (the publishedFeed plugin in vite.config.ts). */
export const FEED_PATH = '/feed/';

/**
 * The feed's content-addressed files, `<dataset>-v<n>-<hash>.json` and
 * `<dataset>-d<from>-v<to>-<hash>.json` (docs/feed-format.md), as a regular expression that
 * nginx (PCRE), Caddy (RE2) and JavaScript read alike. Any other feed file is revalidated.
 */
export const IMMUTABLE_FEED_FILE = String.raw`[A-Za-z0-9_-]+-(d[0-9]+-)?v[0-9]+-[0-9a-f]+\.json`;

/** The feed's files that change under the same name; never precompressed (see build/precompress.ts). */
export const MUTABLE_FEED_FILES = ['manifest.json', 'manifest.sig', 'keys.json', 'keys.sig'] as const;

/** The app's own files that change under the same name with each release. */
export const MUTABLE_APP_FILES = ['/index.html', '/sw.js', '/manifest.webmanifest'] as const;

/**
 * A tiny page the build writes into /feed/ and /assets/: Cloudflare Pages answers a missing file
 * with the nearest 404.html up its directory, so these two never fall back to the app.
 */
export const NOT_FOUND_PAGE = '<!doctype html><meta charset="utf-8"><title>404 Not Found</title><h1>404 Not Found</h1>\n';
