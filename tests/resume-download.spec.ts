import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { startPacedServer, type PacedServer } from '../scripts/bench/paced-server';

// The built app and its feed from a server that is a (fast) slow link and cuts connections on
// demand, as a dying 2G cell does. Its own port: the suite's preview server serves no Range cuts.
const PORT = Number(process.env.HOMEWARD_RESUME_TEST_PORT ?? 4177);
let server: PacedServer;

test.beforeAll(async () => {
  server = await startPacedServer({ root: 'dist', feedDir: 'dist/feed', port: PORT, profile: { roundTripMs: 20, bytesPerSecond: 200_000 } });
});
test.afterAll(async () => server.close());

test('a first install whose hazards download is cut halfway resumes it with a Range request and shows the hazards', async ({ page }) => {
  const manifest = JSON.parse(await readFile('dist/feed/manifest.json', 'utf8')) as { datasets: { hazards: { path: string; bytes: number } } };
  server.resetCounters();
  server.cutOnce(/\/feed\/hazards-v/, 0.5);
  await page.goto(`${server.url}/?lang=en`);
  await expect(page.locator('.hazard-card h3').first()).toBeVisible();
  const hazardRequests = server.requests().filter((request) => request.path === `/feed/${manifest.datasets.hazards.path}`);
  expect(hazardRequests.map((request) => request.status)).toEqual([200, 206]);
  const resumedAt = Number(/^bytes=(\d+)-$/.exec(hazardRequests[1]!.range ?? '')?.[1]);
  // The first try brought some of the file before the cut; the second asked only for the rest.
  expect(resumedAt).toBeGreaterThan(0);
  expect(resumedAt).toBeLessThan(manifest.datasets.hazards.bytes);
  // Once every dataset is stored, nothing of the interrupted download is kept.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('homeward');
            open.onsuccess = () => {
              const tx = open.result.transaction(['partialDownloads', 'meta']);
              const pieces = tx.objectStore('partialDownloads').count();
              const meta = tx.objectStore('meta').getAllKeys();
              tx.oncomplete = () => resolve(meta.result.filter((key) => String(key).startsWith('dataset:')).length === 6 ? pieces.result : -1);
            };
          }),
      ),
    )
    .toBe(0);
});
