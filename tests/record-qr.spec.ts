// Every demo record's share code, as a phone camera films it off another phone's screen: a 1×
// screenshot at 360 px wide, scaled, turned, blurred and noised (tests/support/camera.ts), read
// by ZBar, then opened with no connection, where it must verify and show the sender's title.
// (tests/share.spec.ts opens a code link by a real page load, through the service worker.)
import { expect, test, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import { cameraShot, filmed, zbarRead } from './support/camera';
import type { Contact, Hazard, Site } from '../src/model/datasets';
import type { Language } from '../src/model/vocabulary';

// A cheap phone's screen, drawn at one device pixel per CSS pixel: the hardest case for a camera.
test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });

const LANGUAGES: Language[] = ['hy', 'az', 'ru', 'en'];
const RECORDS = [
  ...demoSource<Hazard>('hazards').map((record) => ({ table: 'hazards', id: record.id, title: record.title })),
  ...demoSource<Contact>('contacts').map((record) => ({ table: 'contacts', id: record.id, title: record.name })),
  ...demoSource<Site>('sites').map((record) => ({ table: 'sites', id: record.id, title: record.name })),
];

async function openOffline(page: Page, lang: Language) {
  await page.goto(`/?lang=${lang}`);
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await page.context().setOffline(true);
}

/**
 * Moves the app to `path` as its own links do (history and the router's popstate), without a page
 * load: 190 codes in four languages stay within the test budget. Every screen on the way has no QR
 * code, so the next one waited for is the new record's.
 */
async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The code on the share screen, filmed. */
async function filmCode(page: Page, path: string, seed: number) {
  await goInApp(page, path);
  const qr = page.getByTestId('qr');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  // As wide as a 360 px screen allows, with its quiet zone inside: a camera finds it from further away.
  expect(box.width, path).toBeGreaterThanOrEqual(300);
  const shot = cameraShot(seed);
  return { text: zbarRead(filmed(await qr.screenshot(), shot)), shot };
}

for (const [index, lang] of LANGUAGES.entries()) {
  test(`every demo record’s code, filmed off a 1× screen, opens verified with no connection (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await openOffline(page, lang);
    await page.goto('/buses');
    await page.locator('a[href^="/share/trips/"]').first().waitFor();
    const tripPaths = [...new Set(await page.locator('a[href^="/share/trips/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))].slice(0, 3);
    expect(tripPaths.length).toBeGreaterThan(0);
    const verifiedPrefix = localeText(lang, 'import.verified').split('{{')[0]!;
    const unread: string[] = [];
    const items = [...RECORDS.map((record) => ({ path: `/share/${record.table}/${encodeURIComponent(record.id)}`, title: record.title[lang] ?? record.title.en })), ...tripPaths.map((path) => ({ path, title: undefined }))];
    for (const [at, item] of items.entries()) {
      const { text, shot } = await filmCode(page, item.path, 1000 * index + at);
      if (!text) {
        unread.push(`${item.path} (${JSON.stringify(shot)})`);
        await goInApp(page, '/');
        continue;
      }
      expect(text, item.path).toMatch(/^HTTP:\/\/LOCALHOST:\d+\/I\/[0-9A-Z$*+:-]+$/);
      await goInApp(page, new URL(text).pathname);
      await expect(page.getByTestId('verification'), item.path).toContainText(verifiedPrefix);
      if (item.title) await expect(page.getByTestId('received-record'), item.path).toContainText(item.title);
    }
    expect(unread, 'codes the camera could not read').toEqual([]);
  });
}
