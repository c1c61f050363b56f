// deploy/caddy/*.caddy, written from build/host-policy.ts by build/write-deploy-configs.ts.
import { FEED_HEADERS, FEED_PATH, IMMUTABLE, IMMUTABLE_FEED_FILE, REVALIDATE, appHeaders } from './host-policy';
import { CORS_HEADERS, CORS_PREFLIGHT_HEADERS, escapeForRegex, feedHostPath, generatedBy } from './deploy-config-common';

const headerBlock = (headers: Record<string, string>, indent: string) =>
  [`${indent}header {`, ...Object.entries(headers).map(([name, value]) => `${indent}\t${name} "${value}"`), `${indent}}`].join('\n');

// The build wrote .br and .gz beside each file; Caddy picks one by the request's Accept-Encoding.
const fileServer = (indent: string) => `${indent}file_server {\n${indent}\tprecompressed br gzip\n${indent}}`;

// Cache-Control lives in the innermost handle: handle blocks are mutually exclusive, so exactly
// one value applies, whatever order Caddy sorts directives in.
const feedFiles = (extra: Record<string, string>, indent: string) => `${headerBlock({ ...FEED_HEADERS, ...extra }, indent)}
${indent}# The manifest, and files published after the build, have no .br or .gz beside them.
${indent}encode gzip
${indent}handle @immutableFeed {
${indent}\theader Cache-Control "${IMMUTABLE}"
${fileServer(`${indent}\t`)}
${indent}}
${indent}handle {
${indent}\theader Cache-Control "${REVALIDATE}"
${fileServer(`${indent}\t`)}
${indent}}`;

// The start of both configs.
const ERRORS_AND_SERVER = `header -Server

# A missing file is an error in Caddy, which keeps the headers set before it: drop the
# Cache-Control, so a 404 is never cached for a year under a name that looks immutable.
handle_errors {
	header -Cache-Control
	respond "{err.status_code} {err.status_text}"
}
`;

/** The app's rules: import them in the site block whose `root` is the build (dist/). */
export function caddyAppConfig(feedUrl: string | undefined): string {
  const app = appHeaders(feedUrl);
  return `${generatedBy('#', feedUrl)}
# Import in the site block that serves the build (Caddy 2.6 or later); docs/deploy.md has the
# whole block:  homeward.example.org { root * /srv/homeward/dist; import homeward.caddy }

${ERRORS_AND_SERVER}
# Hidden files (dist/.vite/ holds the build's manifests) are not part of the site.
@hidden {
	path_regexp ^/\\.
	not path /.well-known/*
}
handle @hidden {
	respond 404
}

# The feed: data, never the app. The manifest and signatures are revalidated (a 304 when
# unchanged); dataset and delta files carry their hash in their name and never change.
@immutableFeed path_regexp ^${escapeForRegex(FEED_PATH)}${IMMUTABLE_FEED_FILE}$
handle ${FEED_PATH}* {
${feedFiles({}, '\t')}
}

# Hashed by the build: a new release has new names. A missing one is a 404, never the app.
handle /assets/* {
${headerBlock({ ...app, 'Cache-Control': IMMUTABLE }, '\t')}
${fileServer('\t')}
}

# Every route of the app is index.html (the app routes in the browser); revalidated on each load.
handle {
${headerBlock({ ...app, 'Cache-Control': REVALIDATE }, '\t')}
	# Caddy does not know .webmanifest.
	header /manifest.webmanifest Content-Type "application/manifest+json"
	try_files {path} /index.html
${fileServer('\t')}
}
`;
}

/** A feed published on its own host (VITE_FEED_URL on another origin), with CORS. */
export function caddyFeedHostConfig(feedUrl: string | undefined): string {
  const path = feedHostPath(feedUrl);
  return `${generatedBy('#', feedUrl)}
# For the host that serves the feed alone: import in its site block, with \`root\` the directory
# that holds ${path} (the feed is ${path}manifest.json and the files beside it).

${ERRORS_AND_SERVER}
# A request that sends If-None-Match or Range by hand is preflighted; answer it once a day.
# Before the feed's handle below: Caddy keeps these two in the order written.
@preflight {
	method OPTIONS
	path ${path}*
}
handle @preflight {
${headerBlock({ ...CORS_HEADERS, ...CORS_PREFLIGHT_HEADERS }, '\t')}
	respond 204
}

@immutableFeed path_regexp ^${escapeForRegex(path)}${IMMUTABLE_FEED_FILE}$
handle ${path}* {
${feedFiles(CORS_HEADERS, '\t')}
}
`;
}
