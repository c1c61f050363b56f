// Near-me query speed in a real browser: builds scripts/bench/browser with Vite, serves it and
// reads the numbers the page publishes on window.__benchResults.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
// Also brings in the Window fields the page publishes.
import type { HazardBenchResults } from './browser/bench-main';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

const CONFIG_FILE = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url));
// Writing and reading 10,000 records and 200 queries take seconds; a hung page should not hang CI.
const PAGE_TIMEOUT_MS = 180_000;

/** Builds and serves the hazard benchmark page, runs it in Chromium and returns its numbers. */
export async function runHazardQueryBench(options: { chromiumPath: string; port: number }): Promise<Record<string, number>> {
  await build({ configFile: CONFIG_FILE, logLevel: 'warn' });
  const server = await preview({ configFile: CONFIG_FILE, logLevel: 'warn', preview: { host: '127.0.0.1', port: options.port, strictPort: true } });
  try {
    const browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: CHROMIUM_LAUNCH.args,
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${options.port}/`);
      const outcome = await page.waitForFunction(() => window.__benchResults ?? window.__benchError, undefined, { timeout: PAGE_TIMEOUT_MS });
      const value: HazardBenchResults | string | undefined = await outcome.jsonValue();
      if (typeof value !== 'object') throw new Error(`the hazard benchmark page failed: ${value}`);
      return { ...value };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
