import { expect, test } from '@playwright/test';
import { SCRIPT, localeText, waitForData, waitForServiceWorkerControl } from './helpers';

test('?lang= picks the language, sets <html lang> and is remembered', async ({ page }) => {
  await page.goto('/hazards?lang=hy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
  await expect(page.locator('main h1')).toHaveText(localeText('hy', 'hazards.title'));
  await waitForData(page);
  // Content, not just the interface, is in Armenian.
  await expect(page.locator('.hazard-card .card-title').first()).toHaveText(SCRIPT.hy);

  await page.goto('/contacts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
});

test('the header switcher changes the whole UI at once, without a reload, and works offline', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  await page.getByLabel('Language').first().selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation')).toContainText(localeText('ru', 'nav.hazards'));
  await expect(page.getByTestId('demo-banner')).toHaveText(localeText('ru', 'demo.banner'));
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await context.setOffline(true);
  for (const [lang, pattern] of [['az', SCRIPT.az], ['hy', SCRIPT.hy]] as const) {
    await page.locator('#header-language').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('demo-banner')).toHaveText(localeText(lang, 'demo.banner'));
    await expect(page.getByTestId('demo-banner')).toHaveText(pattern);
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
});
