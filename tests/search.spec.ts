import { expect, test } from '@playwright/test';
import { demoSource, waitForData, waitForServiceWorkerControl } from './helpers';
import type { Site } from '../src/model/datasets';

const sites = demoSource<Site>('sites');

// Every spelling the issue names, and the stop each must find.
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
  // Built once, when the feed was applied, and stored: not rebuilt at every start.
  const storedIndexKey = () =>
    page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const open = indexedDB.open('homeward');
          open.onsuccess = () => {
            const get = open.result.transaction('searchIndex').objectStore('searchIndex').get('current');
            get.onsuccess = () => resolve((get.result as { builtFor?: string } | undefined)?.builtFor ?? null);
          };
        }),
    );
  await expect.poll(storedIndexKey).not.toBeNull();
  await context.setOffline(true);

  await page.getByRole('search').getByRole('searchbox').fill('Şuşa');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId('search-group-stops')).toContainText('Shushi (Shusha)');

  for (const [query, expected] of SPELLINGS) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('search-group-stops'), query).toContainText(expected);
  }
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
