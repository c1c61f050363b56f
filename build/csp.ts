// The app's Content-Security-Policy, written once: the preview server, the <meta> in index.html,
// dist/_headers and the nginx and Caddy configs all take it from here, so they cannot disagree.
import type { Plugin } from 'vite';

// Where index.html wants the <meta> policy: after the charset, before anything it governs.
const META_MARKER = '<!-- Content-Security-Policy: build/csp.ts -->';
// Any URL that resolves onto this placeholder host is a path on the app's own origin.
const SAME_ORIGIN = 'https://same-origin.invalid';

/**
 * The origin `connect-src` must add for a feed published elsewhere (VITE_FEED_URL), or
 * undefined when the feed is on the app's own origin (unset, or a path such as `/data/feed/`).
 */
export function feedOrigin(feedUrl: string | undefined): string | undefined {
  if (!feedUrl) return undefined;
  let url: URL;
  try {
    url = new URL(feedUrl, `${SAME_ORIGIN}/`);
  } catch {
    throw new Error(`VITE_FEED_URL is not a URL: "${feedUrl}"`);
  }
  // The app resolves manifest.json against it: without the slash it would leave the directory.
  if (!url.pathname.endsWith('/')) throw new Error(`VITE_FEED_URL must end with "/" (it names the feed's directory): "${feedUrl}"`);
  if (url.origin === SAME_ORIGIN) return undefined;
  // An https: page cannot fetch http: anyway (mixed content); only a local test server may use it.
  const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
    throw new Error(`VITE_FEED_URL must be an https: URL or a path on the app's origin, not "${feedUrl}"`);
  }
  return url.origin;
}

/**
 * The policy for this build. `frame-ancestors` only works in a response header (browsers ignore
 * it in a <meta>, with a console error), so the <meta> form leaves it out.
 */
export function contentSecurityPolicy(feedUrl: string | undefined, delivery: 'header' | 'meta' = 'header'): string {
  const connect = ["'self'", feedOrigin(feedUrl)].filter(Boolean).join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/**
 * Puts the policy into index.html as a <meta>, so it also holds where the host sends no headers
 * (a file:// copy, a host without config). Fails the build when index.html lost its marker.
 */
export function contentSecurityPolicyMeta(feedUrl: string | undefined): Plugin {
  return {
    name: 'homeward-csp-meta',
    transformIndexHtml(html) {
      if (!html.includes(META_MARKER)) throw new Error(`index.html has no "${META_MARKER}" line for the <meta> Content-Security-Policy`);
      return html.replace(META_MARKER, `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(feedUrl, 'meta')}" />`);
    },
  };
}
