// The app over the 2G phone, throttled on the server (paced-server.ts) with the CPU 4×
// slower in Chromium: the first visit (time and bytes to the first hazard, against the link's
// floor), layout shift and long tasks of every screen opened cold, a check when nothing changed,
// and a real-sized feed of 2,000 hazards with distinct texts, whole and with its connection cut at
// 50% and at 90%.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { publishFeed, readPublishedManifest } from '../../feed/publish-feed';
import { readAllTables } from '../../feed/read-all-tables';
import { DEFAULT_KEY_PATH, readSigningKey } from '../../feed/signing';
import { seededRandom } from '../../src/testing/seeded-random';
import { SLOW_2G_LINK, startPacedServer, type PacedServer } from './paced-server';
import { distinctHazards } from './warm-start';
import { distinctText } from './distinct-texts';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

const CPU_SLOWDOWN = 4;
const BIG_FEED_HAZARDS = 2_000;
const SCREENS = ['/', '/hazards', '/buses', '/contacts', '/sites', '/search', '/settings', '/safety'];
const { roundTripMs, bytesPerSecond } = SLOW_2G_LINK;

/** What the page notes by its own clock: the first hazard card, layout shifts, long tasks, first paint. */
function observePage(): void {
  const w = window as unknown as { __bench: { firstHazardAt?: number; shifts: number; tasks: { start: number; duration: number }[]; firstPaintAt?: number } };
  w.__bench = { shifts: 0, tasks: [] };
  new MutationObserver((_changes, observer) => {
    if (!document.querySelector('.hazard-card .card-title')) return;
    w.__bench.firstHazardAt = performance.now();
    // Said on the console for the bench to wait on: a Playwright locator would inject its selector
    // engine into the page and poll the DOM on the main thread the CPU ×4 profile slows.
    console.debug('homeward-first-hazard');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      w.__bench.shifts += entry.value;
      const names = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node?.nodeName))).join(', ');
      console.log(`layout shift ${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${names}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') w.__bench.firstPaintAt = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

type BenchState = { firstHazardAt?: number; shifts: number; tasks: { start: number; duration: number }[]; firstPaintAt?: number };
const readState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/**
 * Resolves once the page's store holds `expected` hazards and every dataset, polled once a second
 * through page.evaluate (which awaits the promise; waitForFunction would take the promise itself
 * as a truthy answer).
 */
async function storedHazardsAre(page: Page, expected: number, timeout: number, sha256?: string): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const isStored = await page
      .evaluate(
        ({ count, sha256 }) =>
          new Promise<boolean>((resolve) => {
            // Opening a database that does not exist yet would create it empty, at version 1, under the app.
            void indexedDB.databases().then((databases) => {
              if (!databases.some((database) => database.name === 'homeward')) return resolve(false);
              const open = indexedDB.open('homeward');
              open.onsuccess = () => {
                try {
                  const tx = open.result.transaction(['hazards', 'meta']);
                  const hazards = tx.objectStore('hazards').count();
                  const meta = tx.objectStore('meta').getAll();
                  tx.oncomplete = () => {
                    open.result.close();
                    const datasets = (meta.result as { key: string; value: { sha256?: string } }[]).filter((row) => row.key.startsWith('dataset:'));
                    const isThatFile = !sha256 || datasets.some((row) => row.key === 'dataset:hazards' && row.value.sha256 === sha256);
                    resolve(hazards.result === count && datasets.length === 6 && isThatFile);
                  };
                } catch {
                  open.result.close();
                  resolve(false);
                }
              };
              open.onerror = () => resolve(false);
            });
          }),
        { count: expected, sha256 },
      )
      .catch(() => false); // the page was navigating
    if (isStored) return;
    if (performance.now() > deadline) throw new Error(`the store did not hold ${expected} hazards within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Publishes the demo feed with `count` synthetic hazards into a copy of `from`. */
async function publishBigFeed(from: string, seed: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-bench-2g-'));
  await cp(from, dir, { recursive: true });
  const previous = (await readPublishedManifest(dir)).manifest!;
  const { tables } = await readAllTables('feed/sources', 'feed/demo-gtfs');
  // Texts of the issue's real feed: 2,000 hazards weigh 1.3 MB gzip (distinctHazards' long
  // descriptions would weigh three times that).
  const hazards = distinctHazards(BIG_FEED_HAZARDS, tables.places.places.map((place) => place.id), seededRandom(seed)).map((hazard, i) => ({
    ...hazard,
    description: distinctText(90, seededRandom(seed * 100_000 + i)),
    advice: distinctText(30, seededRandom(seed * 200_000 + i)),
  }));
  tables.hazards = { hazards };
  await publishFeed({ outDir: dir, feedId: previous.feedId, demo: true, tables, key: await readSigningKey(DEFAULT_KEY_PATH), now: new Date(), validDays: 30 });
  return dir;
}

const sentBytes = (server: PacedServer, until = Infinity, path?: RegExp) =>
  server.sent().filter((entry) => entry.at <= until && (!path || path.test(entry.path))).reduce((sum, entry) => sum + entry.bytes, 0);

export async function runTwoGBench(options: { chromiumPath: string; port: number }): Promise<Record<string, number>> {
  const server = await startPacedServer({ root: 'dist', feedDir: 'dist/feed', port: options.port });
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: CHROMIUM_LAUNCH.args,
  });
  const results: Record<string, number> = {};
  const newContext = async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
    await context.addInitScript(observePage);
    return context;
  };
  try {
    const only = process.env.TWO_G_ONLY?.split(',');
    if (!only || only.includes('first')) {
    // 1. The first visit: navigation to the first hazard on Home, and the bytes the link carried by then.
    const context = await newContext();
    const page = await freshPage(context);
    if (process.env.TWO_G_DEBUG) page.on('console', (message) => message.text().startsWith('layout shift') && console.log(`  ${message.text()}`));
    server.resetCounters();
    const startedAt = performance.now();
    const firstHazard = page.waitForEvent('console', { predicate: (message) => message.text() === 'homeward-first-hazard', timeout: 120_000 });
    await page.goto(`${server.url}/?lang=en`, { waitUntil: 'commit', timeout: 120_000 });
    await firstHazard;
    const firstVisit = await readState(page);
    const contentMs = Math.round(firstVisit.firstHazardAt!);
    const bytes = sentBytes(server, startedAt + contentMs);
    results.first_visit_content_ms = contentMs;
    results.first_visit_bytes = bytes;
    results.first_visit_floor_ms = Math.round(2 * roundTripMs + (bytes / bytesPerSecond) * 1000);
    results.first_visit_ratio = Math.round((contentMs / results.first_visit_floor_ms) * 100) / 100;
    results.first_visit_requests_before_content = server.requests().length;
    if (process.env.TWO_G_DEBUG) for (const r of server.requests()) console.log(`  ${Math.round(r.arrivedAt - startedAt)}→${Math.round((r.doneAt ?? NaN) - startedAt)} ms ${r.status} ${r.path}`);
    await storedHazardsAre(page, (await demoHazardCount()), 240_000);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 240_000 });
    const settled = await readState(page);
    results.home_cls = round3(settled.shifts);
    const afterPaint = settled.tasks.filter((task) => task.start >= (settled.firstPaintAt ?? 0));
    results.home_tbt_ms = Math.round(afterPaint.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0));
    results.home_longest_task_ms = Math.round(Math.max(0, ...afterPaint.map((task) => task.duration)));

    // 2. A check when nothing changed: what the feed's files cost (conditional requests, 304).
    server.resetCounters();
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-testid="looked-at"]') !== null, undefined, { timeout: 60_000 });
    await page.waitForTimeout(3 * roundTripMs);
    results.check_bytes_no_change = sentBytes(server, Infinity, /^\/feed\//);
    await context.close();

    }
    if (!only || only.includes('screens')) {
    // 3. Every screen opened cold (a new phone, straight to that address): layout shift and long tasks.
    let worstShift = 0;
    let worstTbt = 0;
    let worstTask = 0;
    for (const screen of SCREENS) {
      const cold = await newContext();
      const screenPage = await freshPage(cold);
      await screenPage.goto(`${server.url}${screen}?lang=en`, { waitUntil: 'commit', timeout: 120_000 });
      await storedHazardsAre(screenPage, await demoHazardCount(), 240_000);
      await screenPage.waitForTimeout(2000);
      const state = await readState(screenPage);
      const tasks = state.tasks.filter((task) => task.start >= (state.firstPaintAt ?? 0));
      const tbt = tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      const longest = Math.max(0, ...tasks.map((task) => task.duration));
      console.log(`  cold ${screen}: CLS ${round3(state.shifts)}, TBT ${Math.round(tbt)} ms, longest task ${Math.round(longest)} ms`);
      worstShift = Math.max(worstShift, state.shifts);
      worstTbt = Math.max(worstTbt, tbt);
      worstTask = Math.max(worstTask, longest);
      await cold.close();
    }
    results.cold_screens_worst_cls = round3(worstShift);
    results.cold_screens_worst_tbt_ms = Math.round(worstTbt);
    results.cold_screens_longest_task_ms = Math.round(worstTask);

    }
    if (!only || only.includes('big')) {
    // 4. A real-sized feed: 2,000 hazards with distinct texts, published to an installed phone.
    const big = await newContext();
    const bigPage = await freshPage(big);
    await bigPage.goto(`${server.url}/?lang=en`, { waitUntil: 'commit' });
    await storedHazardsAre(bigPage, await demoHazardCount(), 240_000);
    for (const [name, seed, cutAt] of [['big_feed', 1, undefined], ['big_feed_cut_50', 2, 0.5], ['big_feed_cut_90', 3, 0.9]] as const) {
      const dir = await publishBigFeed('dist/feed', seed);
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { datasets: { hazards: { path: string; sha256: string } } };
      const hazardsGzip = gzipSync(await readFile(join(dir, manifest.datasets.hazards.path)), { level: 9 }).byteLength;
      server.setFeedDir(dir);
      if (cutAt) server.cutOnce(/\/feed\/hazards-v/, cutAt);
      server.resetCounters();
      const start = performance.now();
      await bigPage.reload({ waitUntil: 'commit' });
      await storedHazardsAre(bigPage, BIG_FEED_HAZARDS, 600_000, manifest.datasets.hazards.sha256);
      const seconds = (performance.now() - start) / 1000;
      const headBytes = sentBytes(server, Infinity, /\/feed\/(keys|manifest)\./);
      // The floor: the key list and manifest, then the hazards file, at the link's rate.
      const floor = (3 * roundTripMs) / 1000 + (headBytes + hazardsGzip) / bytesPerSecond;
      results[`${name}_seconds`] = round1(seconds);
      results[`${name}_floor_seconds`] = round1(floor);
      results[`${name}_ratio`] = Math.round((seconds / floor) * 100) / 100;
      results[`${name}_hazards_gzip_bytes`] = hazardsGzip;
      results[`${name}_hazards_bytes_sent`] = sentBytes(server, Infinity, /\/feed\/hazards-/);
      if (process.env.TWO_G_DEBUG) console.log(name, server.requests().filter((request) => request.path.startsWith("/feed/")).map((request) => `${request.status} ${request.path} ${request.range ?? ""}`));
      if (cutAt) results[`${name}_range_requests`] = server.requests().filter((request) => request.range && /hazards-/.test(request.path)).length;
    }
    await big.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

let demoHazards: number | undefined;
async function demoHazardCount(): Promise<number> {
  if (demoHazards === undefined) {
    const manifest = JSON.parse(await readFile('dist/feed/manifest.json', 'utf8')) as { datasets: { hazards: { path: string } } };
    const file = JSON.parse(await readFile(join('dist/feed', manifest.datasets.hazards.path), 'utf8')) as { tables: { hazards: unknown[] } };
    demoHazards = file.tables.hazards.length;
  }
  return demoHazards;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;
