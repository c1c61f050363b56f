import { expect, test } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';

interface Titled {
  id: string;
  title?: { en: string };
  name?: { en: string };
}

const hazard = demoSource<Titled>('hazards')[0]!;
const contact = demoSource<Titled>('contacts')[0]!;
const site = demoSource<Titled>('sites')[0]!;

// Each route and a text that proves its data came from the store, not from the network.
const ROUTES: [path: string, expected: string | RegExp][] = [
  ['/', 'Emergency numbers'],
  ['/hazards', hazard.title!.en],
  ['/buses', 'Next departures'],
  ['/contacts', contact.name!.en],
  ['/sites', site.name!.en],
  ['/share', 'Share'],
  ['/settings', 'Datasets on this phone'],
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
  // A bus stops list proves the transit tables were stored as well.
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
