import { expect, test } from '@playwright/test';
import { localeText, waitForData, waitForServiceWorkerControl } from './helpers';

// The demo GTFS: minibuses leave Yerevan at 07:00, 10:00, 14:00 and 18:00, the escorted convoy
// at 08:00; Asia/Yerevan is UTC+4. 2 December 2026 is an ordinary Wednesday of the service.
const NINE_AM_YEREVAN = new Date('2026-12-02T05:00:00Z');

test('the next bus to Stepanakert shows at a fixed time, its countdown moves, and after the last bus tomorrow’s first shows, offline', async ({ page, context }) => {
  await page.clock.install({ time: NINE_AM_YEREVAN });
  await page.goto('/buses?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);
  await page.reload();
  await waitForData(page);

  await expect(page.getByLabel('From')).toHaveValue('Yerevan');
  await expect(page.getByLabel('To')).toHaveValue('Stepanakert (Khankendi)');
  const first = page.getByTestId('departure').first();
  await expect(first).toContainText('10:00');
  await expect(first.getByTestId('countdown')).toHaveText('in 1 h 00 min');

  await page.clock.fastForward('10:00');
  await expect(first.getByTestId('countdown')).toHaveText('in 50 minutes');

  // 19:00: the 18:00 minibus has gone; the next is tomorrow's 07:00.
  await page.clock.fastForward('09:50:00');
  await expect(first).toContainText('07:00');
  await expect(first).toContainText('Dec 3, 2026');

  // One tap reverses the journey.
  await page.getByRole('button', { name: localeText('en', 'buses.reverse') }).click();
  await expect(page.getByLabel('From')).toHaveValue('Stepanakert (Khankendi)');
  await expect(page.getByTestId('departure').first()).toContainText('Regular minibus');
});

test('the timetable of any date lists each trip with its stops, and route notes and valid alerts show', async ({ page }) => {
  await page.clock.install({ time: NINE_AM_YEREVAN });
  await page.goto('/buses?lang=en');
  await waitForData(page);
  await page.getByLabel(localeText('en', 'buses.date')).fill('2026-12-24');
  const timetable = page.locator('h2', { hasText: localeText('en', 'buses.timetable') }).locator('xpath=following-sibling::ol[1]');
  await expect(timetable.getByTestId('departure')).toHaveCount(5);
  await timetable.getByTestId('departure').first().getByText(localeText('en', 'buses.stops')).click();
  await expect(timetable.getByTestId('departure').first().locator('ol.stops li')).toHaveCount(9);
  await expect(page.getByTestId('route-card').first()).toContainText('peacekeepers');
  await expect(page.getByTestId('service-alert')).toHaveCount(1);
  await expect(page.getByTestId('service-alert')).toContainText('invented');
});

test('a timetable whose service period has ended says so instead of showing nothing', async ({ page }) => {
  await page.clock.install({ time: new Date('2030-03-01T05:00:00Z') });
  await page.goto('/buses?lang=en');
  await waitForData(page);
  await expect(page.getByTestId('service-ended')).toContainText('ended on Dec 31, 2029');
});
