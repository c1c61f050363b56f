// deploy/nginx/*.conf, written from build/host-policy.ts by build/write-deploy-configs.ts.
import { FEED_HEADERS, FEED_PATH, IMMUTABLE, IMMUTABLE_FEED_FILE, REVALIDATE, appHeaders } from './host-policy';
import { CORS_HEADERS, CORS_PREFLIGHT_HEADERS, escapeForRegex, feedHostPath, generatedBy } from './deploy-config-common';

// `always`: a 404 carries the security headers too. Cache-Control goes without it, so a missing
// file's 404 is never cached for a year under a name that looks immutable.
const securityLines = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');

/** The app's rules: include them in the server block whose `root` is the build (dist/). */
export function nginxAppConfig(feedUrl: string | undefined): string {
  const app = appHeaders(feedUrl);
  return `${generatedBy('#', feedUrl)}
# Include in the server block that serves the build; docs/deploy.md has the whole block:
#   server { listen 443 ssl http2; server_name homeward.example.org; root /srv/homeward/dist;
#            include /etc/nginx/snippets/homeward.conf; }

server_tokens off;
etag on;

# The .br and .gz files the build wrote beside each file. brotli_static needs Debian's
# libnginx-mod-http-brotli-static; without that module, delete the line and nginx serves gzip.
brotli_static on;
gzip_static on;
gzip_vary on;
# The feed's manifest changes under its own name, so the build leaves it uncompressed; a feed
# published after the build has no .br or .gz files either.
gzip on;
gzip_min_length 1024;
gzip_types application/json application/manifest+json image/svg+xml;

# Every route of the app is index.html (the app routes in the browser); revalidated on each load.
location / {
    try_files $uri /index.html;
    add_header Cache-Control "${REVALIDATE}";
${securityLines(app, '    ')}
}

# Hashed by the build: a new release has new names. A missing one is a 404, never the app.
location ^~ /assets/ {
    try_files $uri =404;
    add_header Cache-Control "${IMMUTABLE}";
${securityLines(app, '    ')}
}

location = /manifest.webmanifest {
    # Debian's mime.types does not know .webmanifest.
    types { }
    default_type application/manifest+json;
    add_header Cache-Control "${REVALIDATE}";
${securityLines(app, '    ')}
}

# The feed: data, never the app. The manifest and signatures are revalidated (a 304 when
# unchanged); dataset and delta files carry their hash in their name and never change.
location ^~ ${FEED_PATH} {
    try_files $uri =404;
    add_header Cache-Control "${REVALIDATE}";
${securityLines(FEED_HEADERS, '    ')}

    location ~ "^${escapeForRegex(FEED_PATH)}${IMMUTABLE_FEED_FILE}$" {
        add_header Cache-Control "${IMMUTABLE}";
${securityLines(FEED_HEADERS, '        ')}
    }
}

# Hidden files (dist/.vite/ holds the build's manifests) are not part of the site.
location ~ /\\.(?!well-known/) {
    return 404;
}
`;
}

/**
 * A feed published on its own host (VITE_FEED_URL on another origin): the same cache rules,
 * plus CORS, since the app reads it from another origin.
 */
export function nginxFeedHostConfig(feedUrl: string | undefined): string {
  const path = feedHostPath(feedUrl);
  const cors = (indent: string) => securityLines(CORS_HEADERS, indent);
  return `${generatedBy('#', feedUrl)}
# For the host that serves the feed alone. Include in its server block, with \`root\` the
# directory that holds ${path} (the feed is ${path}manifest.json and the files beside it).

server_tokens off;
etag on;
brotli_static on;
gzip_static on;
gzip_vary on;
gzip on;
gzip_min_length 1024;
gzip_types application/json;

location ^~ ${path} {
    # A request that sends If-None-Match or Range by hand is preflighted; answer it once a day.
    if ($request_method = OPTIONS) {
${securityLines({ ...CORS_HEADERS, ...CORS_PREFLIGHT_HEADERS }, '        ')}
        return 204;
    }
    try_files $uri =404;
    add_header Cache-Control "${REVALIDATE}";
${securityLines(FEED_HEADERS, '    ')}
${cors('    ')}

    location ~ "^${escapeForRegex(path)}${IMMUTABLE_FEED_FILE}$" {
        add_header Cache-Control "${IMMUTABLE}";
${securityLines(FEED_HEADERS, '        ')}
${cors('        ')}
    }
}
`;
}
