import { expect, test } from '@playwright/test';
import { localeText, waitForData } from './helpers';

// 09:00 in Yerevan (UTC+4) on an ordinary Wednesday of the demo service: the next buses to
// Stepanakert are the 10:00, 14:00 and 18:00 minibuses; the 18:00 arrives at 00:25.
const NINE_AM_YEREVAN = new Date('2026-12-02T05:00:00Z');

test('a bus from Yerevan is labelled towards Stepanakert, and one arriving after midnight shows +1 day', async ({ page }) => {
  await page.clock.install({ time: NINE_AM_YEREVAN });
  await page.goto('/buses?lang=en');
  await waitForData(page);
  const next = page.locator('h2', { hasText: localeText('en', 'buses.next') }).locator('xpath=following-sibling::ol[1]').getByTestId('departure');

  const first = next.first();
  await expect(first).toContainText('10:00 → 16:25');
  // The trip's own direction, not the route's one name for both ways ("Stepanakert (Khankendi) – Yerevan").
  await expect(first.getByTestId('headsign')).toHaveText('Towards Stepanakert (Khankendi)');

  const evening = next.filter({ hasText: '18:00' }).first();
  await expect(evening.locator('.departure-times')).toHaveText('18:00 → 00:25 +1 day Dec 2, 2026');
  await evening.getByText(localeText('en', 'buses.stops')).click();
  await expect(evening.locator('ol.stops li').last()).toHaveText('00:25 +1 day Stepanakert (Khankendi)');
  await expect(evening.locator('ol.stops li').first()).toHaveText('18:00 Yerevan');

  // Back the other way, the same route's buses head for Yerevan.
  await page.getByRole('button', { name: localeText('en', 'buses.reverse') }).click();
  await expect(next.first().getByTestId('headsign')).toHaveText('Towards Yerevan');
  await expect(next.filter({ hasText: '+1 day' })).toHaveCount(0);
});

test('the direction and the next day read in the reader’s language', async ({ page }) => {
  await page.clock.install({ time: NINE_AM_YEREVAN });
  await page.goto('/buses?lang=ru');
  await waitForData(page);
  const evening = page.getByTestId('departure').filter({ hasText: '18:00' }).first();
  await expect(evening.getByTestId('headsign')).toHaveText('Направление: Степанакерт (Ханкенди)');
  await expect(evening.locator('.departure-times .later-day')).toHaveText(' +1 день');
});
