import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localeText, waitForData, waitForServiceWorkerControl } from './helpers';

// `vite preview` reads dist/ from disk on every request, so a test can "deploy" a new release
// by rewriting dist/sw.js, and must put the old one back afterwards.
const SW_PATH = 'dist/sw.js';
const originalSw = readFileSync(SW_PATH, 'utf8');
const oldChunk = readdirSync('dist/assets').find((name) => /^hy-[\w-]+\.js$/.test(name))!;
const renamedChunk = oldChunk.replace(/\.js$/, '-r2.js');

/** Release 2: the Armenian strings chunk got a new name, as any edit to it would give it. */
function deployRelease2(): void {
  copyFileSync(`dist/assets/${oldChunk}`, `dist/assets/${renamedChunk}`);
  writeFileSync(SW_PATH, `${originalSw.replaceAll(`assets/${oldChunk}`, `assets/${renamedChunk}`)}\n// release 2\n`);
}

test.afterEach(() => {
  writeFileSync(SW_PATH, originalSw);
  rmSync(`dist/assets/${renamedChunk}`, { force: true });
});

const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
const hasWaitingWorker = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null);

test('a newer service worker shows the update prompt and reloads only after the click', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);

  deployRelease2();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await checkForUpdate(page);

  const prompt = page.getByRole('status').filter({ hasText: 'New version available' });
  await expect(prompt).toBeVisible();
  // Waiting is not reloading: the page keeps its state until the user says yes.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(await hasWaitingWorker(page)).toBe(true);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await waitForServiceWorkerControl(page);
  expect(await hasWaitingWorker(page)).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'New version available' })).toHaveCount(0);
});

test('after an update, a tab still on the old version can load its old chunks offline', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  const oldTab = await context.newPage();
  await oldTab.goto('/?lang=en');
  await waitForData(oldTab);

  deployRelease2();
  await checkForUpdate(page);
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  // The old tab switches to Armenian: its build imports the chunk release 2 no longer lists.
  await oldTab.locator('#header-language').selectOption('hy');
  await expect(oldTab.locator('html')).toHaveAttribute('lang', 'hy');
  await expect(oldTab.getByRole('navigation')).toContainText(localeText('hy', 'nav.hazards'));
  expect(await oldTab.evaluate((url) => caches.match(url).then((response) => response?.status), `/assets/${oldChunk}`)).toBe(200);
});

test('a security release takes over without waiting for a tap, says so, and serves the next page load', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  // The same app built as a security release: only its service worker differs.
  const outDir = mkdtempSync(join(tmpdir(), 'homeward-security-release-'));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { env: { ...process.env, VITE_SECURITY_RELEASE: '1' }, stdio: 'ignore' });
  const securitySw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  expect(securitySw).not.toEqual(originalSw);
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
    navigator.serviceWorker.addEventListener('controllerchange', () => ((window as unknown as { tookOver: boolean }).tookOver = true));
  });
  writeFileSync(SW_PATH, securitySw);
  await checkForUpdate(page);

  // No "New version — Reload" to wait for: the notice says the update is in, and nothing reloaded.
  await expect(page.getByTestId('security-release')).toContainText(localeText('en', 'update.securityInstalled'));
  await expect(page.getByRole('status').filter({ hasText: 'New version available' })).toHaveCount(0);
  expect(await hasWaitingWorker(page)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { tookOver?: boolean }).tookOver)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  // The next page load is the security release's.
  await page.reload();
  await waitForData(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL)).toMatch(/\/sw\.js$/);
  await expect(page.getByTestId('security-release')).toHaveCount(0);
  rmSync(outDir, { recursive: true, force: true });
});
