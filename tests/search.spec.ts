import { expect, test } from '@playwright/test';
import { demoSource, waitForData, waitForServiceWorkerControl } from './helpers';
import type { Site } from '../src/model/datasets';

const sites = demoSource<Site>('sites');

// The spellings of two places people type most, in every script, and the stop each must find.
const SPELLINGS: [query: string, expected: RegExp][] = [
  ['Shusha', /Shushi \(Shusha\)/],
  ['Şuşa', /Shushi \(Shusha\)/],
  ['Shushi', /Shushi \(Shusha\)/],
  ['Шуша', /Shushi \(Shusha\)/],
  ['Շուշի', /Shushi \(Shusha\)/],
  ['Khankendi', /Stepanakert \(Khankendi\)/],
  ['Stepanakert', /Stepanakert \(Khankendi\)/],
  ['Степанакерт', /Stepanakert \(Khankendi\)/],
  ['Ստեփանակերտ', /Stepanakert \(Khankendi\)/],
  ['Xankəndi', /Stepanakert \(Khankendi\)/],
  ['Stepanakrt', /Stepanakert \(Khankendi\)/], // one letter missing
];

test('the header search finds a place from each of its names, in every script, offline', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  // Built once, when the feed was applied, and stored. A mark put on the stored index survives a
  // reload and a search: the app read it back rather than building and storing another.
  const storedIndex = (mark?: boolean) =>
    page.evaluate(
      (shouldMark) =>
        new Promise<{ builtFor?: string; mark?: number } | null>((resolve) => {
          const open = indexedDB.open('homeward');
          open.onsuccess = () => {
            const store = open.result.transaction('searchIndex', 'readwrite').objectStore('searchIndex');
            const get = store.get('current');
            get.onsuccess = () => {
              const stored = get.result as { builtFor?: string; mark?: number } | undefined;
              if (stored && shouldMark) store.put({ ...stored, mark: 1 });
              resolve(stored ?? null);
            };
          };
        }),
      mark ?? false,
    );
  await expect.poll(async () => (await storedIndex())?.builtFor).toBeTruthy();
  await storedIndex(true);
  await context.setOffline(true);

  await page.getByRole('search').getByRole('searchbox').fill('Şuşa');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId('search-group-stops')).toContainText('Shushi (Shusha)');

  for (const [query, expected] of SPELLINGS) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('search-group-stops'), query).toContainText(expected);
  }
  expect((await storedIndex())?.mark).toBe(1);
});

test('every heritage site is found by each community’s own name', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForData(page);
  for (const site of sites) {
    for (const name of site.otherNames) {
      await page.goto(`/search?q=${encodeURIComponent(name)}`);
      await expect(page.getByTestId('search-group-sites'), name).toContainText(site.name.en);
    }
  }
});
