import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import type { Hazard } from '../src/model/datasets';

const hazards = demoSource<Hazard>('hazards');

// Positions worked out by hand from feed/sources/hazards.json (1° of latitude ≈ 111,195 m), so no
// expectation comes from the code under test.
// hz-lachin-road-verges: active suspected area, a circle of 300 m around 46.585 E, 39.665 N. 500 m
// north of its centre is 200 m north of its edge; no other hazard lies within 10 km.
const LACHIN_VERGES = { id: 'hz-lachin-road-verges', title: 'Road verges near Lachin (Berdzor): suspected hazard' };
const nearActive = { latitude: 39.665 + 500 / 111_195, longitude: 46.585 };
// Goris town centre: the nearest hazard, the border area east of the town, is about 5.6 km away.
const farAway = { latitude: 39.508, longitude: 46.339 };
// The middle of hz-fizuli-east-released (the mean of its four corners): released land; the nearest
// active hazard's edge, the accident circle south of it, is about 1,050 m away.
const RELEASED_ID = 'hz-fizuli-east-released';
const insideReleased = { latitude: 39.601875, longitude: 47.163 };

async function openOfflineWithLocation(page: Page, context: BrowserContext, where: { latitude: number; longitude: number; accuracy?: number }) {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(where);
  await page.goto('/hazards?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);
  await page.reload();
  await waitForData(page);
  await page.getByRole('button', { name: localeText('en', 'near.start') }).click();
}

test('within 500 m of an active hazard a warning names it and its direction on every screen; outside it goes', async ({ page, context }) => {
  expect(hazards.find((hazard) => hazard.id === LACHIN_VERGES.id)?.title.en).toBe(LACHIN_VERGES.title);
  await openOfflineWithLocation(page, context, nearActive);

  const warning = page.getByTestId('proximity-warning');
  await expect(warning).toContainText(LACHIN_VERGES.title);
  await expect(warning).toContainText('200 m south');
  for (const section of ['Buses', 'Aid contacts', 'Home']) {
    await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
    await expect(warning).toBeVisible();
  }

  await context.setGeolocation(farAway);
  await expect(warning).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Mine hazards', exact: true }).click();
  await expect(page.getByTestId('no-recorded-hazard')).toHaveText(localeText('en', 'near.noRecorded').replace('{{distance}}', '500 m'));
  // Sorted by distance now, each card saying how far and which way.
  await expect(page.getByTestId('hazard-distance').first()).toContainText(/km (north|north-east|east|south-east|south|south-west|west|north-west)/);
});

test('released land never triggers a warning, and no screen calls anything safe', async ({ page, context }) => {
  await openOfflineWithLocation(page, context, insideReleased);
  await expect(page.getByTestId('no-recorded-hazard')).toBeVisible();
  await expect(page.getByTestId('proximity-warning')).toHaveCount(0);

  await page.goto(`/hazards/${RELEASED_ID}`);
  await expect(page.locator('main')).toContainText('Released — stay on used paths');
  await expect(page.getByTestId('hazard-distance')).toHaveText(localeText('en', 'near.inside'));
  for (const path of ['/', '/hazards', `/hazards/${RELEASED_ID}`, '/hazards/map', '/safety']) {
    await page.goto(path);
    await expect(page.locator('main')).not.toHaveText(/\bsafe\b/i);
  }
});

test('the offline map draws every hazard of the demo feed and the reader’s position', async ({ page, context }) => {
  await openOfflineWithLocation(page, context, nearActive);
  await page.getByRole('link', { name: localeText('en', 'map.open') }).click();
  await expect(page.getByTestId('map-hazard')).toHaveCount(hazards.length);
  await expect(page.getByTestId('map-position')).toBeVisible();
  await expect(page.getByRole('link', { name: localeText('en', 'map.listAlternative') })).toBeVisible();
  // Zooming changes the view box; the buttons are the keyboard path to what pinch does.
  const map = page.getByTestId('hazard-map');
  const before = await map.getAttribute('viewBox');
  await page.getByRole('button', { name: localeText('en', 'map.zoomIn') }).click();
  expect(await map.getAttribute('viewBox')).not.toBe(before);
});

test('the report form composes an SMS with the coordinates, or says to call 112 where no hotline is known', async ({ page, context }) => {
  await openOfflineWithLocation(page, context, nearActive);
  await page.goto('/hazards/report');
  await page.getByLabel(localeText('en', 'report.description')).fill('Metal tube sticking out of the field edge');
  const sms = page.getByTestId('report-sms');
  const href = decodeURIComponent((await sms.getAttribute('href'))!);
  expect(href).toMatch(/^sms:080009000\?body=/);
  expect(href).toContain(`${nearActive.latitude.toFixed(5)}, ${nearActive.longitude.toFixed(5)}`);
  expect(href).toContain('Metal tube sticking out of the field edge');
  await expect(page.getByTestId('report-call')).toHaveAttribute('href', 'tel:080009000');

  await page.getByLabel(localeText('en', 'report.side')).selectOption('azerbaijan');
  await expect(page.getByTestId('report-sms')).toHaveCount(0);
  await expect(page.getByTestId('report-call')).toHaveAttribute('href', 'tel:112');
  await expect(page.locator('main')).toContainText(localeText('en', 'report.noHotline').replace('{{number}}', '112'));
});

test('the safety guide is one tap from Home, offline, in every language', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);
  for (const lang of ['hy', 'az', 'ru', 'en'] as const) {
    await page.goto(`/?lang=${lang}`);
    await page.getByRole('link', { name: localeText(lang, 'safety.link') }).first().click();
    await expect(page).toHaveURL(/\/safety/);
    await expect(page.locator('main ol > li')).toHaveCount(5);
  }
});

test('a rough fix, accurate to 2 km, 700 m from a suspected area, warns and says the position is uncertain', async ({ page, context }) => {
  // 1,000 m north of the Lachin verges' centre: 700 m from the edge of its 300 m circle.
  await openOfflineWithLocation(page, context, { latitude: 39.665 + 1000 / 111_195, longitude: 46.585, accuracy: 2000 });
  const warning = page.getByTestId('proximity-warning');
  await expect(warning).toContainText(localeText('en', 'near.mayBeNearTitle'));
  await expect(warning).toContainText(LACHIN_VERGES.title);
  await expect(warning).toContainText('700 m south');
  await expect(warning.getByTestId('position-uncertain')).toHaveText(
    localeText('en', 'near.uncertainAccuracy').replace('{{accuracy}}', '2 km').replace('{{distance}}', '2.5 km'),
  );
  await expect(page.getByTestId('no-recorded-hazard')).toHaveCount(0);

  // The same place with a sharp fix: 700 m is beyond the 500 m warning distance, and nothing is uncertain.
  await context.setGeolocation({ latitude: 39.665 + 1000 / 111_195, longitude: 46.585, accuracy: 10 });
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('no-recorded-hazard')).toHaveText(localeText('en', 'near.noRecorded').replace('{{distance}}', '500 m'));
});
