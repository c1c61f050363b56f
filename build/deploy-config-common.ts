// What the nginx and Caddy configs share beyond build/host-policy.ts: their header comment,
// and the CORS a feed on its own host needs.
import { FEED_PATH } from './host-policy';

/** The first lines of a generated config: where it comes from and which feed it was written for. */
export function generatedBy(comment: string, feedUrl: string | undefined): string {
  const feed = feedUrl ? `for VITE_FEED_URL=${feedUrl}` : 'for a feed on the app\'s own origin (/feed/)';
  return [
    `${comment} Homeward, written by \`npx tsx build/write-deploy-configs.ts\` from build/host-policy.ts`,
    `${comment} ${feed}.`,
    `${comment} Edit build/host-policy.ts and run it again, rather than editing this file.`,
  ].join('\n');
}

/**
 * CORS for a feed on another origin. The feed is public signed data and no request carries a
 * cookie, so any origin may read it; the app reads these response headers for conditional and
 * resumed downloads.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Range, Accept-Ranges',
};

/** The answer to a preflight, which a request with If-None-Match or a Range header set by hand triggers. */
export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Methods': 'GET, HEAD',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, If-Range, Range',
  'Access-Control-Max-Age': '86400',
};

/** The feed's directory on its own host: the path of VITE_FEED_URL (which ends in a slash). */
export function feedHostPath(feedUrl: string | undefined): string {
  return feedUrl ? new URL(feedUrl, 'https://same-origin.invalid/').pathname : FEED_PATH;
}

/** A URL path as a regular expression that matches it literally (nginx's PCRE and Caddy's RE2 alike). */
export function escapeForRegex(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
