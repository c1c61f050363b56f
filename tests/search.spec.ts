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

// How people type place names (src/features/search/typed-spellings.fixture.ts), and the place
// each must show first: a plain keyboard, a slip of the finger, the wrong keyboard layout.
const TYPED: [query: string, place: string][] = [
  ['susa', 'Shushi (Shusha)'], // Şuşa without ş
  ['lacin', 'Lachin (Berdzor)'], // Laçın without ç and ı
  ['Agam', 'Agdam (Akna)'], // a letter missing
  ['Lahcin', 'Lachin (Berdzor)'], // two letters swapped
  ['Siian', 'Sisian'], // a letter missing
  ['Cntgfyfrthn', 'Stepanakert (Khankendi)'], // «Степанакерт» on the Latin layout
  ['Ieif', 'Shushi (Shusha)'], // «Шуша» on the Latin layout
  ['Ыеузфтфлуке', 'Stepanakert (Khankendi)'], // "Stepanakert" on the Russian layout
  ['Ste3anake8t', 'Stepanakert (Khankendi)'], // «Ստեփանակերտ» on the Latin layout, Armenian phonetic
];

test('finds a place however its name is typed, offline, from a search index built in a worker', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);

  for (const [query, place] of TYPED) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    // Places come first, and the place is the first of them.
    await expect(page.getByTestId('search-result').first(), query).toContainText(place);
    await expect(page.locator('[data-testid^="search-group-"]').first(), query).toHaveAttribute('data-testid', 'search-group-places');
  }
  // The index was built and is queried off the page's thread.
  expect(page.workers().some((worker) => worker.url().includes('search-index.worker'))).toBe(true);

  // A query read on another layout says how it was read.
  await page.goto(`/search?q=${encodeURIComponent('Cntgfyfrthn')}`);
  await expect(page.getByTestId('search-read-as')).toContainText('степанакерт');

  // Typed in Armenian, read in English: the title in English, the name as typed under it.
  await page.goto(`/search?q=${encodeURIComponent('Շուշի')}`);
  const shushi = page.getByTestId('search-group-places').getByTestId('search-result').first();
  await expect(shushi.getByRole('link')).toHaveText('Shushi (Shusha)');
  await expect(shushi.getByTestId('search-typed-name')).toHaveText('Շուշի (Շուշա)');
  await expect(shushi.getByTestId('search-typed-name')).toHaveAttribute('lang', 'hy');
});

test('every result leads to its screen: a place to its own, a stop to the buses with it chosen', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForData(page);
  await page.goto(`/search?q=${encodeURIComponent('Şuşa')}`);
  await expect(page.getByTestId('search-group-hazards').getByRole('link').first()).toHaveAttribute('href', '/hazards/hz-shushi-slopes-erw');
  await expect(page.getByTestId('search-group-stops').getByRole('link').first()).toHaveAttribute('href', '/buses?stop=shushi-shusha');

  await page.getByTestId('search-group-places').getByRole('link', { name: 'Shushi (Shusha)' }).click();
  await expect(page).toHaveURL(/\/places\/shushi$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shushi (Shusha)');
  // Both communities' names, each in its own script.
  await expect(page.getByTestId('place-names').locator('[lang="az"]')).toHaveText('Şuşa (Şuşi)');
  await expect(page.getByTestId('place-names').locator('[lang="hy"]')).toHaveText('Շուշի (Շուշա)');
  await expect(page.getByTestId('place-hazards')).toContainText('Unexploded ordnance on the slopes below Shushi (Shusha)');
  await expect(page.getByTestId('place-sites')).toContainText('Ghazanchetsots');
  await expect(page.getByTestId('place-sites')).toContainText('Govhar Agha');

  await page.getByTestId('place-stops').getByRole('link', { name: 'Shushi (Shusha)' }).click();
  await expect(page).toHaveURL(/\/buses\?stop=shushi-shusha$/);
  await expect(page.locator('#to-stop')).toHaveValue('Shushi (Shusha)');
});
