// After the build: dist/ served through the committed configs (deploy/nginx with Debian's nginx,
// deploy/caddy with Debian's Caddy) sends, route by route, the headers docs/deploy.md promises;
// and dist/_headers, read as Cloudflare Pages and Netlify read it, says the same. Expected values
// are written out here by hand, not taken from build/host-policy.ts.
import { readFileSync, existsSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { waitForData } from './helpers';
import { cloudflareHeaders, netlifyHeaders, parseHeadersFile } from './support/headers-file-hosts';
import { rawRequest, startCaddy, startNginx, type StaticServer } from './support/static-servers';

// Four ports from here (nginx app and feed host, Caddy app and feed host); not the preview port.
const BASE_PORT = Number(process.env.HOMEWARD_STATIC_HOST_PORT ?? 4260);

const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
const FEED_CSP = "default-src 'none'; frame-ancestors 'none'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const CHROME_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

const indexHtml = readFileSync('dist/index.html');
const entryAsset = '/' + /<script[^>]+src="\/([^"]+\.js)"/.exec(indexHtml.toString())![1]!;
const hazardsFile = `/feed/${(JSON.parse(readFileSync('dist/feed/manifest.json', 'utf8')) as { datasets: { hazards: { path: string } } }).datasets.hazards.path}`;
// Not in the demo feed (one version per dataset), but named as the publisher names deltas.
const deltaFile = '/feed/hazards-d1-v2-0123456789ab.json';

const APP_ROUTES = ['/', '/index.html', '/hazards/x', '/buses', '/sw.js', '/manifest.webmanifest', '/robots.txt'];
const REVALIDATED_FEED = ['/feed/manifest.json', '/feed/manifest.sig'];

const HOSTS: { name: string; start: () => Promise<StaticServer> }[] = [
  { name: 'nginx', start: () => startNginx(BASE_PORT) },
  { name: 'Caddy', start: () => startCaddy(BASE_PORT + 2) },
];

for (const host of HOSTS) {
  test.describe(`dist/ served by ${host.name} through deploy/`, () => {
    let server: StaticServer;
    const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${server.url}${path}`, headers);
    test.beforeAll(async () => {
      server = await host.start();
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('the app carries the strict policy with frame-ancestors, nosniff, no-referrer and its permissions', async ({ request }) => {
      const preview = await request.get('/');
      for (const path of [...APP_ROUTES, entryAsset]) {
        const { status, headers } = await get(path);
        expect(status, path).toBe(200);
        expect(headers['content-security-policy'], path).toBe(APP_CSP);
        // The preview server, where the browser tests run, sends the very same policy.
        expect(headers['content-security-policy'], path).toBe(preview.headers()['content-security-policy']);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBe('no-referrer');
        expect(headers['permissions-policy'], path).toContain('camera=(self)');
        expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
        expect(headers['permissions-policy'], path).toContain('microphone=()');
      }
    });

    test('the feed carries a policy that allows nothing, and nosniff', async () => {
      for (const path of [...REVALIDATED_FEED, hazardsFile]) {
        const { headers } = await get(path);
        expect(headers['content-security-policy'], path).toBe(FEED_CSP);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
      }
    });

    test('hashed assets and content-addressed feed files are cached for a year, immutable', async () => {
      for (const path of [entryAsset, hazardsFile]) expect((await get(path)).headers['cache-control'], path).toBe(IMMUTABLE);
    });

    test('index.html, every app route, sw.js, the web manifest and the feed manifest are revalidated', async () => {
      for (const path of [...APP_ROUTES, ...REVALIDATED_FEED]) expect((await get(path)).headers['cache-control'], path).toBe(REVALIDATE);
      expect((await get('/manifest.webmanifest')).headers['content-type']).toBe('application/manifest+json');
    });

    test('an app route is index.html; a missing feed file or asset is a 404, never the app, never cached', async () => {
      const route = await get('/hazards/x');
      expect(route.status).toBe(200);
      expect(route.body.equals(indexHtml)).toBe(true);
      for (const path of ['/feed/missing.json', '/feed/hazards-v99-0123456789ab.json', deltaFile, '/assets/missing-0123.js']) {
        const missing = await get(path, { accept: 'text/html' });
        expect(missing.status, path).toBe(404);
        expect(missing.body.toString(), path).not.toContain('<div id="app">');
        expect(missing.headers['cache-control'] ?? '', path).not.toContain('immutable');
      }
      expect((await get('/.vite/manifest.json')).status).toBe(404);
    });

    test('files come Brotli- or gzip-compressed as the request accepts, and decompress to the file', async () => {
      const original = readFileSync(`dist${entryAsset}`);
      const brotli = await get(entryAsset, { 'accept-encoding': 'br' });
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);
      const gzip = await get(entryAsset, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(original)).toBe(true);
      const plain = await get(entryAsset);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);

      const dataset = await get(hazardsFile, { 'accept-encoding': CHROME_ACCEPT_ENCODING });
      expect(dataset.headers['content-encoding']).toMatch(/^(br|gzip)$/);
      expect(dataset.body.byteLength).toBeLessThan(readFileSync(`dist${hazardsFile}`).byteLength / 3);
      const html = await get('/hazards/x', { 'accept-encoding': CHROME_ACCEPT_ENCODING });
      expect(html.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    });

    test('an unchanged feed manifest costs a 304 with no body, by ETag or by date', async () => {
      for (const encoding of [CHROME_ACCEPT_ENCODING, 'identity']) {
        const first = await get('/feed/manifest.json', { 'accept-encoding': encoding });
        expect(first.status).toBe(200);
        const etag = first.headers['etag']!;
        expect(etag, encoding).toBeTruthy();
        const byTag = await get('/feed/manifest.json', { 'accept-encoding': encoding, 'if-none-match': etag });
        expect(byTag.status, encoding).toBe(304);
        expect(byTag.body.byteLength).toBe(0);
        const byDate = await get('/feed/manifest.json', { 'accept-encoding': encoding, 'if-modified-since': first.headers['last-modified']! });
        expect(byDate.status, encoding).toBe(304);
      }
      const changed = await get('/feed/manifest.json', { 'if-none-match': '"an-older-manifest"' });
      expect(changed.status).toBe(200);
      expect(changed.body.equals(readFileSync('dist/feed/manifest.json'))).toBe(true);
    });

    test('robots.txt keeps crawlers out of the feed', async () => {
      const robots = await get('/robots.txt');
      expect(robots.headers['content-type']).toMatch(/^text\/plain/);
      expect(robots.body.toString()).toContain('Disallow: /feed/');
    });
  });
}

const FEED_HOSTS: { name: string; start: () => Promise<StaticServer> }[] = [
  { name: 'nginx', start: () => startNginx(BASE_PORT + 1, 'deploy/nginx/homeward-feed.conf') },
  { name: 'Caddy', start: () => startCaddy(BASE_PORT + 3, 'deploy/caddy/homeward-feed.caddy') },
];

for (const host of FEED_HOSTS) {
  test.describe(`a feed on its own ${host.name} host`, () => {
    let server: StaticServer;
    test.beforeAll(async () => {
      server = await host.start();
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('any origin may read it, and its preflight is answered for a day', async () => {
      const origin = { origin: 'https://homeward.example.org' };
      const manifest = await rawRequest(`${server.url}/feed/manifest.json`, origin);
      expect(manifest.headers['access-control-allow-origin']).toBe('*');
      expect(manifest.headers['access-control-expose-headers']).toContain('ETag');
      expect(manifest.headers['cache-control']).toBe(REVALIDATE);
      const notModified = await rawRequest(`${server.url}/feed/manifest.json`, { ...origin, 'if-none-match': manifest.headers['etag']! });
      expect(notModified.status).toBe(304);
      const dataset = await rawRequest(`${server.url}${hazardsFile}`, origin);
      expect(dataset.headers['access-control-allow-origin']).toBe('*');
      expect(dataset.headers['cache-control']).toBe(IMMUTABLE);

      const preflight = await rawRequest(
        `${server.url}/feed/manifest.json`,
        { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
        'OPTIONS',
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('*');
      expect(preflight.headers['access-control-allow-headers']).toContain('If-None-Match');
      expect(preflight.headers['access-control-max-age']).toBe('86400');
      expect((await rawRequest(`${server.url}/feed/missing.json`)).status).toBe(404);
    });
  });
}

test.describe('dist/_headers on Cloudflare Pages and Netlify', () => {
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  for (const [platform, headersFor] of [['Cloudflare Pages', cloudflareHeaders], ['Netlify', netlifyHeaders]] as const) {
    test(`${platform} sends the same policy and cache rules as nginx`, () => {
      for (const path of [...APP_ROUTES, entryAsset]) {
        const headers = headersFor(rules, path);
        expect(headers['content-security-policy'], path).toBe(APP_CSP);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBe('no-referrer');
        expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
      }
      for (const path of [...APP_ROUTES, ...REVALIDATED_FEED, '/feed/keys.json', '/feed/keys.sig']) {
        expect(headersFor(rules, path)['cache-control'], path).toBe(REVALIDATE);
      }
      for (const path of [entryAsset, hazardsFile, deltaFile, '/feed/transit-v12-0123456789ab.json']) {
        expect(headersFor(rules, path)['cache-control'], path).toBe(IMMUTABLE);
      }
      for (const path of [...REVALIDATED_FEED, hazardsFile]) {
        expect(headersFor(rules, path)['content-security-policy'], path).toBe(FEED_CSP);
        expect(headersFor(rules, path)['x-content-type-options'], path).toBe('nosniff');
      }
    });
  }

  test('Cloudflare Pages answers a missing feed or asset file with a 404 page, other paths with the app', () => {
    // Cloudflare serves the nearest 404.html up the path, and index.html when there is none at the top.
    expect(existsSync('dist/feed/404.html')).toBe(true);
    expect(existsSync('dist/assets/404.html')).toBe(true);
    expect(existsSync('dist/404.html')).toBe(false);
  });

  test('Netlify rewrites every route to the app, except in /feed/ and /assets/', () => {
    const rules = [...readFileSync('netlify.toml', 'utf8').matchAll(/from = "([^"]+)"\s+to = "([^"]+)"\s+status = (\d+)/g)].map((match) => match.slice(1).join(' '));
    // Netlify takes the first rule that matches, and only where no file exists.
    expect(rules).toEqual(['/feed/* /feed/404.html 404', '/assets/* /assets/404.html 404', '/* /index.html 200']);
  });
});

test.describe('the app served by nginx in Chromium', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startNginx(BASE_PORT);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('starts and shows the feed with no policy violation or header error in the console', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}/hazards?lang=en`);
    await waitForData(page);
    await page.reload();
    await waitForData(page);
    expect(problems).toEqual([]);
  });
});
