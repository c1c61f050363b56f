import { existsSync, readFileSync } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyMeta } from './build/csp.ts';
import { appHeaders } from './build/host-policy.ts';
import { precompress } from './build/precompress.ts';
import { staticHostFiles } from './build/static-host-files.ts';
import { FEED_HEAD_FILES } from './src/sync/feed-head.ts';

// The feed's URL as the built app reads it (the environment, then .env files; builds and the
// preview server run in production mode): the Content-Security-Policy must allow its origin.
const FEED_URL = loadEnv('production', process.cwd(), 'VITE_').VITE_FEED_URL || undefined;

/**
 * The root keys this build trusts to sign the feed's key list: VITE_FEED_ROOT_KEYS when set (a
 * real deployment), else the demo root key that `npm run feed -- build` made on first run.
 */
function trustedRootKeys(): string {
  if (process.env.VITE_FEED_ROOT_KEYS) return process.env.VITE_FEED_ROOT_KEYS;
  const demoKey = 'feed/.keys/root.pub';
  return existsSync(demoKey) ? readFileSync(demoKey, 'utf8').trim() : '';
}

/** Copies the published demo feed (npm run feed -- build) into the app's output as /feed/. */
function publishedFeed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'homeward-published-feed',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const source = 'feed/published';
      if (!(await stat(`${source}/manifest.json`).catch(() => undefined))) {
        throw new Error(`${source}/manifest.json is missing: run "npm run build", which builds the feed first`);
      }
      await cp(source, `${outDir}/feed`, { recursive: true });
    },
  };
}

/**
 * Writes which source modules each output chunk holds (.vite/chunk-modules.json, beside Vite's
 * own manifest), so a test can hold every "First-load module" header against the entry chunk.
 */
function chunkModules(): Plugin {
  return {
    name: 'homeward-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = process.cwd() + '/';
      const chunks: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.keys(output.modules)
          .filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
          .map((id) => id.slice(root.length).replace(/\?.*$/, ''));
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

/**
 * A first visit has nothing stored, so its first hazard waits for the sync engine: preloading its
 * chunks from index.html fetches them beside the entry, not one round trip after it has run.
 * (Installed phones get them from the service worker's cache, where preloading costs nothing.)
 */
function preloadSyncEngine(): Plugin {
  return {
    name: 'homeward-preload-sync-engine',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const engine = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('/src/sync/sync-now.ts')));
        if (!engine) throw new Error('homeward-preload-sync-engine: no chunk for src/sync/sync-now.ts');
        const entry = chunks.find((chunk) => chunk.isEntry)!.fileName;
        const files = [engine.fileName, ...engine.imports.filter((file) => file !== entry)];
        // The feed check's first four requests, from the parsed document: not after the entry has
        // arrived and run. fetch-bytes.ts asks for them the same way (cors, same-origin
        // credentials), so the browser hands its fetch() the preloaded answer.
        const feedHead = FEED_HEAD_FILES.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: new URL(name, new URL(FEED_URL ?? '/feed/', 'https://app.invalid')).href.replace(/^https:\/\/app\.invalid/, '') },
          injectTo: 'head' as const,
        }));
        // The engine first: HTTP/1.1 opens six connections to a host, and with the entry, the
        // styles, the engine and three of the four feed files they are taken; the fourth feed file
        // (a few hundred bytes) waits for one, where the engine (9 KB) would have.
        return [...files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })), ...feedHead];
      },
    },
  };
}

type ModuleInfoLookup = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;

/**
 * Everything the first screen imports statically goes into one "shell" chunk. Left alone, the
 * bundler splits modules shared with lazy screens into many small chunks; on 2G each extra file
 * costs a round trip (HTTP/1.1 allows six at a time).
 */
function shellChunk(id: string, { getModuleInfo }: { getModuleInfo: ModuleInfoLookup }): string | null {
  const seen = new Set<string>();
  const isStaticallyReachable = (moduleId: string): boolean => {
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    const info = getModuleInfo(moduleId);
    return !!info && (info.isEntry || info.importers.some(isStaticallyReachable));
  };
  if (isStaticallyReachable(id)) return 'shell';
  // The sync engine and the signature check it imports travel as one file: a first visit waits on both.
  if (/\/src\/sync\/(sync-now|download-feed|resumable-download|verify-feed-keys|verify-signature|fetch-bytes)\.ts$/.test(id)) return 'sync-engine';
  return null;
}

export default defineConfig({
  define: {
    'import.meta.env.VITE_FEED_ROOT_KEYS': JSON.stringify(trustedRootKeys()),
    'import.meta.env.VITE_SECURITY_RELEASE': JSON.stringify(process.env.VITE_SECURITY_RELEASE ?? ''),
  },
  plugins: [
    preact({ prerender: { enabled: false } }),
    contentSecurityPolicyMeta(FEED_URL),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: null, // src/app/pwa.ts registers it, to control the update prompt
      injectManifest: {
        rollupFormat: 'iife',
        // The shell only: data lives in IndexedDB, and /feed/ is written after this list is made.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['feed/**', 'icons/apple-touch-icon-*.png', 'assets/404.html'],
      },
      manifest: {
        name: 'Homeward',
        short_name: 'Homeward',
        description: 'Mine-hazard warnings, escorted buses, aid contacts and heritage-site access — offline, in Armenian, Azerbaijani, Russian and English.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#12355b',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Hazards', short_name: 'Hazards', url: '/hazards', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
          { name: 'Buses', short_name: 'Buses', url: '/buses', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
          { name: 'Contacts', short_name: 'Contacts', url: '/contacts', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
        ],
      },
    }),
    preloadSyncEngine(),
    publishedFeed(),
    chunkModules(),
    staticHostFiles(FEED_URL),
    // Last: it compresses what the plugins above wrote (the service worker, the feed).
    precompress(),
  ],
  build: {
    target: 'es2022',
    // .vite/manifest.json: which chunk the entry is and what it imports (read by a build test).
    manifest: true,
    // <link rel="modulepreload"> lets the entry's shared chunks download in parallel with it
    // (one 2G round trip, not two); every browser that runs this app supports it natively.
    modulePreload: { polyfill: false },
    rollupOptions: { output: { manualChunks: shellChunk } },
  },
  // The same headers as a real host (deploy/, dist/_headers): the browser tests run against it.
  preview: { headers: appHeaders(FEED_URL) },
  server: { headers: { 'X-Content-Type-Options': 'nosniff' } },
});
