// npx tsx scripts/bench/ab-warm-start.ts — the warm start of two builds, side by side: A (the
// directory in $A, e.g. a build of main) and B ($B, default dist/), each on its own port with
// 10,000 hazards stored, CPU ×4. Their pages alternate, so a machine that slows down part-way
// (these share 2 cores with other work) slows both alike; one build measured alone drifts ±30%
// from one run of the script to the next.
import { spawn } from 'node:child_process';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { installWithLargeFeed, publishLargeFeed, warmStart } from './warm-start';

const BUILDS = [process.env.A ?? '/tmp/dist-a', process.env.B ?? 'dist'];
const PORTS = [4193, 4194];
const RUNS = Number(process.env.RUNS ?? 8);

const servers = BUILDS.map((dir, i) =>
  spawn('npx', ['vite', 'preview', '--port', String(PORTS[i]), '--strictPort', '--outDir', dir], { stdio: 'ignore', detached: true }),
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_LAUNCH.args });
try {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const feed = await publishLargeFeed();
  const contexts: BrowserContext[] = [];
  for (const port of PORTS) contexts.push(await installWithLargeFeed(browser, `http://localhost:${port}`, feed.dir));
  const times: number[][] = [[], []];
  for (let run = 0; run < RUNS; run++) {
    for (const i of run % 2 ? [1, 0] : [0, 1]) {
      const { page, firstHazardAt } = await warmStart(contexts[i]!, `http://localhost:${PORTS[i]}`);
      times[i]!.push(firstHazardAt);
      await page.waitForTimeout(3000); // as the bench does: the start's checks finish before the next page
      await page.close();
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  times.forEach((values, i) => console.log(`${'AB'[i]} ${BUILDS[i]}: median ${Math.round(median(values))} ms (${values.map(Math.round).join(' ')})`));
} finally {
  await browser.close();
  for (const server of servers) process.kill(-server.pid!);
}
