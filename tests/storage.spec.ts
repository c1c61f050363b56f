import { expect, test } from '@playwright/test';
import { localeText, waitForData } from './helpers';

test('a tab whose store another tab moved to a newer version says, in its language, to reload', async ({ page, context }) => {
  await page.goto('/?lang=ru');
  await waitForData(page);
  // Another tab, running a newer release, upgrades the store.
  const other = await context.newPage();
  await other.goto('/?lang=ru');
  await waitForData(other);
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('homeward', 1000);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  for (const tab of [page, other]) {
    await expect(tab.getByTestId('database-problem')).toHaveText(localeText('ru', 'store.reloadNeeded'));
    await expect(tab.getByRole('button', { name: localeText('ru', 'update.reload') })).toBeVisible();
    // The data already on screen stays there.
    await expect(tab.locator('.hazard-card').first()).toBeVisible();
  }
});
