// A warm start with a real-sized register stored: 10,000 hazards with distinct texts (about
// 3.6 KB each in the feed), synced once into the real app, then the app opened again at CPU ×4.
// Prints the time from navigation to Home's first hazard and the JS heap once the start settled.
import { cp, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { publishFeed, readPublishedManifest } from '../../feed/publish-feed';
import { readAllTables } from '../../feed/read-all-tables';
import { DEFAULT_KEY_PATH, readSigningKey } from '../../feed/signing';
import type { Hazard } from '../../src/model/datasets';
import { HAZARD_KINDS, HAZARD_STATUSES } from '../../src/model/vocabulary';
import { seededRandom } from '../../src/testing/seeded-random';
import { distinctText } from './distinct-texts';

const HAZARDS = Number(process.env.WARM_START_HAZARDS ?? 10_000);
const RUNS = 7;
const CPU_SLOWDOWN = 4;

/** `count` valid hazards spread over the demo's districts, each with its own texts. */
export function distinctHazards(count: number, districts: readonly string[], random: () => number): Hazard[] {
  return Array.from({ length: count }, (_, i): Hazard => {
    const lon = Math.round((46.0 + random() * 1.2) * 1e6) / 1e6;
    const lat = Math.round((39.0 + random() * 1.2) * 1e6) / 1e6;
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      id: `hz-bench-${String(i + 1).padStart(5, '0')}`,
      source: 'Homeward benchmark (synthetic)',
      verifiedAt: `2020-12-${day}`,
      kind: HAZARD_KINDS[Math.floor(random() * HAZARD_KINDS.length)]!,
      status: HAZARD_STATUSES[Math.floor(random() * HAZARD_STATUSES.length)]!,
      geometry: { type: 'Point', coordinates: [lon, lat], radiusM: 50 + Math.floor(random() * 1450) },
      title: distinctText(40, random, `${i + 1} `),
      description: distinctText(350, random),
      advice: distinctText(100, random),
      district: districts[Math.floor(random() * districts.length)]!,
      reportedAt: `2020-11-${day}`,
    };
  });
}

/** Publishes the demo feed with 10,000 synthetic hazards into a temporary directory. */
export async function publishLargeFeed(): Promise<{ dir: string; hazardBytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-bench-large-'));
  await cp('feed/published', dir, { recursive: true });
  const previous = (await readPublishedManifest(dir)).manifest!;
  const { tables } = await readAllTables('feed/sources', 'feed/demo-gtfs');
  const districts = tables.places.places.map((place) => place.id);
  tables.hazards = { hazards: distinctHazards(HAZARDS, districts, seededRandom(2020_12_02)) };
  const { manifest } = await publishFeed({ outDir: dir, feedId: previous.feedId, demo: true, tables, key: await readSigningKey(DEFAULT_KEY_PATH), now: new Date(), validDays: 30 });
  return { dir, hazardBytes: (await stat(join(dir, manifest.datasets.hazards.path))).size };
}

/** Runs the warm-start measurement against the app served at `baseUrl`. */
export async function runWarmStartBench(options: { chromiumPath: string; baseUrl: string }): Promise<Record<string, number>> {
  const feed = await publishLargeFeed();
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: [...CHROMIUM_LAUNCH.args, '--enable-precise-memory-info'],
  });
  try {
    const context = await installWithLargeFeed(browser, options.baseUrl, feed.dir);
    const starts: number[] = [];
    const heaps: number[] = [];
    const listHeaps: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { page, cdp, firstHazardAt } = await warmStart(context, options.baseUrl);
      starts.push(firstHazardAt);
      // Let the start settle (the feed check, the search index read), then weigh what stays.
      await page.waitForTimeout(3000);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heaps.push(usedSize / 1_000_000);
      // The hazards list reads every summary (what the list, the map and the warning need).
      await page.getByRole('navigation').getByRole('link', { name: 'Mine hazards', exact: true }).click();
      await page.locator('.hazard-card .card-title').first().waitFor({ timeout: 120_000 });
      await cdp.send('HeapProfiler.collectGarbage');
      listHeaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1_000_000);
      await page.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      warm_start_hazards: HAZARDS,
      warm_start_hazards_file_bytes: feed.hazardBytes,
      start_to_home_ms: Math.round(median(starts)),
      start_to_home_max_ms: Math.round(Math.max(...starts)),
      heap_after_start_mb: Math.round(median(heaps) * 10) / 10,
      heap_with_hazard_list_mb: Math.round(median(listHeaps) * 10) / 10,
    };
  } finally {
    await browser.close();
  }
}

/**
 * A context whose app has stored the feed in `feedDir` (served in place of /feed/) and is
 * controlled by its service worker: the first visit, unthrottled, as setup rather than measurement.
 */
export async function installWithLargeFeed(browser: Browser, baseUrl: string, feedDir: string): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
  await context.route('**/feed/**', async (route) => {
    const body = await readFile(join(feedDir, new URL(route.request().url()).pathname.replace(/^\/feed\//, ''))).catch(() => undefined);
    await (body ? route.fulfill({ status: 200, body, headers: { 'content-type': 'application/json' } }) : route.fulfill({ status: 404 }));
  });
  const first = await context.newPage();
  await first.goto(`${baseUrl}/?lang=en`);
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
  await first.waitForFunction(
    (expected) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('homeward');
        open.onsuccess = () => {
          const count = open.result.transaction('hazards').objectStore('hazards').count();
          count.onsuccess = () => resolve(count.result === expected);
          count.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    HAZARDS,
    { timeout: 600_000, polling: 1000 },
  );
  await first.close();
  // Let the disk finish writing the register (about 70 MB with the kept feed files) before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  // The page notes the moment the first hazard card enters the DOM, by its own clock, and says so
  // on the console. Waiting through a Playwright locator instead would inject Playwright's
  // selector engine into the page and poll the DOM on its main thread, about 90 ms at CPU ×4
  // counted against the app.
  await context.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (!document.querySelector('.hazard-card .card-title')) return;
      console.debug(`homeward-first-hazard ${performance.now()}`);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return context;
}

/** Opens Home in a new page at CPU ×4: the page, its DevTools session, and navigation → first hazard by the page's clock. */
export async function warmStart(context: BrowserContext, baseUrl: string): Promise<{ page: Page; cdp: CDPSession; firstHazardAt: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const firstHazard = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('homeward-first-hazard '), timeout: 120_000 });
  await page.goto(`${baseUrl}/?lang=en`, { waitUntil: 'commit' });
  return { page, cdp, firstHazardAt: Number((await firstHazard).text().split(' ')[1]) };
}
