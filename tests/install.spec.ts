import { expect, test } from '@playwright/test';
import { waitForData } from './helpers';

test('the web app manifest makes Homeward installable, with icons and shortcuts', async ({ page, request }) => {
  await page.goto('/?lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Homeward', short_name: 'Homeward', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.theme_color).toBeTruthy();
  expect(manifest.background_color).toBeTruthy();
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect((manifest.shortcuts as { url: string }[]).map((shortcut) => shortcut.url)).toEqual(['/hazards', '/buses', '/contacts']);
});

test('an Install button appears when the browser offers installation, and opens its dialog', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForData(page);
  await expect(page.getByRole('button', { name: 'Install Homeward' })).toHaveCount(0);
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
  await page.getByRole('button', { name: 'Install Homeward' }).click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
  await expect(page.getByRole('button', { name: 'Install Homeward' })).toHaveCount(0);
});

test('Settings shows whether storage is persistent and how much it uses', async ({ page }) => {
  await page.goto('/settings?lang=en');
  await waitForData(page);
  await expect(page.getByTestId('storage-persistence')).toHaveText(/^(Yes|No — .*)$/);
  await expect(page.getByTestId('storage-usage')).toContainText(/ of .* available/);
});
