import { expect, test } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';

interface Titled {
  id: string;
  title?: { en: string };
  name?: { en: string };
  categories?: string[];
}

const hazard = demoSource<Titled>('hazards')[0]!;
const contact = demoSource<Titled>('contacts')[0]!;
const emergency = demoSource<Titled>('contacts').find((candidate) => candidate.categories?.includes('emergency'))!;
const site = demoSource<Titled>('sites')[0]!;

// Each route and a text only the stored data can put there (a record's name, a route of the
// GTFS feed, the feed's id), so the page cannot pass on its static headings alone.
const ROUTES: [path: string, expected: string | RegExp][] = [
  ['/', emergency.name!.en],
  ['/hazards', hazard.title!.en],
  ['/buses', 'Escorted convoy Yerevan – Stepanakert (Khankendi)'],
  ['/contacts', contact.name!.en],
  ['/sites', site.name!.en],
  ['/settings', /homeward-demo v\d+/],
  [`/hazards/${hazard.id}`, hazard.title!.en],
  [`/contacts/${contact.id}`, contact.name!.en],
  [`/sites/${site.id}`, site.name!.en],
];

test('after one visit, every route reloads offline and shows its stored data', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);

  await context.setOffline(true);
  for (const [path, expected] of ROUTES) {
    await page.goto(path);
    await expect(page.locator('main'), path).toContainText(expected);
    await expect(page.getByTestId('demo-banner'), path).toHaveText('Demonstration data — not for real navigation');
  }
  // A reload (not just an in-app navigation) is served by the service worker too.
  await page.reload();
  await expect(page.locator('main')).toContainText(site.name!.en);
  // The share screen shows no feed data of its own; the shell must still load offline.
  await page.goto('/share');
  await expect(page.locator('main h1')).toHaveText(localeText('en', 'share.title'));
  // A departure needs every transit table (trips, stops, routes, services, agencies).
  await page.goto('/buses');
  await expect(page.getByTestId('departure').first()).toBeVisible();
});

test('a failed first load shows a localized error with Retry, and Retry loads the data', async ({ page }) => {
  await page.route('**/feed/manifest.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/hazards?lang=ru');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(localeText('ru', 'load.failedTitle'));
  await expect(alert).toContainText(localeText('ru', 'sync.error.network'));
  await expect(page.locator('main h1')).toHaveText(localeText('ru', 'hazards.title'));

  await page.unroute('**/feed/manifest.json');
  await alert.getByRole('button', { name: localeText('ru', 'load.retry') }).click();
  await expect(page.locator('.hazard-card').first()).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveText(localeText('ru', 'demo.banner'));
  await expect(page.getByRole('alert')).toHaveCount(0);
});
