// npx tsx scripts/bench/ab-warm-start.ts — the warm start of two builds, side by side: A (the
// directory in $A, e.g. a build of main) and B ($B, default dist/), each on its own port with
// 10,000 hazards stored, CPU ×4. Their pages alternate, so a machine that slows down part-way
// (these share 2 cores with other work) slows both alike; one build measured alone drifts ±30%
// from one run of the script to the next.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { publishLargeFeed } from './warm-start';

const BUILDS = [process.env.A ?? '/tmp/dist-a', process.env.B ?? 'dist'];
const PORTS = [4193, 4194];
const RUNS = Number(process.env.RUNS ?? 8);
const HAZARDS = 10_000;

const servers = BUILDS.map((dir, i) =>
  spawn('npx', ['vite', 'preview', '--port', String(PORTS[i]), '--strictPort', '--outDir', dir], { stdio: 'ignore', detached: true }),
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_LAUNCH.args });
try {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const feed = await publishLargeFeed();
  const contexts: BrowserContext[] = [];
  for (const port of PORTS) contexts.push(await installWithFeed(port, feed.dir));
  // Let the disk finish writing the two registers before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const times: number[][] = [[], []];
  for (let run = 0; run < RUNS; run++) {
    for (const i of run % 2 ? [1, 0] : [0, 1]) times[i]!.push(await warmStart(contexts[i]!, PORTS[i]!));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  times.forEach((values, i) => console.log(`${'AB'[i]} ${BUILDS[i]}: median ${Math.round(median(values))} ms (${values.map(Math.round).join(' ')})`));
} finally {
  await browser.close();
  for (const server of servers) process.kill(-server.pid!);
}

/** A context whose app has synced the large feed and is controlled by its service worker. */
async function installWithFeed(port: number, feedDir: string): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
  await context.route('**/feed/**', async (route) => {
    const body = await readFile(join(feedDir, new URL(route.request().url()).pathname.replace(/^\/feed\//, ''))).catch(() => undefined);
    await (body ? route.fulfill({ status: 200, body, headers: { 'content-type': 'application/json' } }) : route.fulfill({ status: 404 }));
  });
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}/?lang=en`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
  await page.waitForFunction(
    (expected) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('homeward');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const count = open.result.transaction('hazards').objectStore('hazards').count();
          count.onsuccess = () => resolve(count.result === expected);
          count.onerror = () => resolve(false);
        };
      }),
    HAZARDS,
    { timeout: 600_000, polling: 1000 },
  );
  await page.close();
  await context.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (!document.querySelector('.hazard-card h3')) return;
      console.debug(`homeward-first-hazard ${performance.now()}`);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return context;
}

/** Navigation → first hazard on Home at CPU ×4, by the page's own clock. */
async function warmStart(context: BrowserContext, port: number): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const firstHazard = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('homeward-first-hazard '), timeout: 120_000 });
  await page.goto(`http://localhost:${port}/?lang=en`, { waitUntil: 'commit' });
  const at = Number((await firstHazard).text().split(' ')[1]);
  await page.waitForTimeout(3000); // as the bench does: the start's checks finish before the next page
  await page.close();
  return at;
}
