import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import { decodeQrPng } from './support/qr';
import type { Contact, Hazard } from '../src/model/datasets';

// A phone's screen: dense record codes need its pixel density to be read from a screenshot.
test.use({ viewport: { width: 400, height: 860 }, deviceScaleFactor: 3 });

const hazard = demoSource<Hazard>('hazards')[0]!;
const contact = demoSource<Contact>('contacts').find((candidate) => candidate.phones.length > 0)!;

async function openOffline(page: Page, context: BrowserContext) {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);
}

async function recordQr(page: Page): Promise<Buffer> {
  const qr = page.getByTestId('qr');
  await expect(qr).toBeVisible();
  return qr.screenshot();
}

test('a hazard’s QR decodes to a link that opens it in Homeward as "Verified", and Keep stores it', async ({ page, context, browser }) => {
  await openOffline(page, context);
  await page.goto(`/hazards/${hazard.id}`);
  await page.getByRole('main').getByRole('link', { name: localeText('en', 'share.button') }).click();
  const link = await decodeQrPng(browser, await recordQr(page));
  expect(link).toMatch(/^http:\/\/localhost:\d+\/import#r1\./);

  await page.goto(link!);
  await expect(page.getByTestId('verification')).toContainText('Verified — published by homeward-demo');
  await expect(page.locator('main')).toContainText(hazard.title.en);
  await page.getByRole('button', { name: localeText('en', 'import.keep') }).click();
  await expect(page.getByTestId('kept')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Share', exact: true }).click();
  await expect(page.getByTestId('received-record')).toContainText(hazard.title.en);
  await expect(page.getByTestId('received-record')).toContainText('verified');
});

test('a tampered record link shows "Not verified", and a foreign or broken code is refused', async ({ page, context, browser }) => {
  await openOffline(page, context);
  await page.goto(`/share/hazards/${hazard.id}`);
  const link = (await decodeQrPng(browser, await recordQr(page)))!;
  // Re-encode the payload with one field changed, as a forger would.
  const tampered = await page.evaluate(async (original) => {
    const fragment = original.slice(original.indexOf('#r1.') + 4);
    const bytes = Uint8Array.from(atob(fragment.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
    const payload = JSON.parse(json);
    payload.record.status = 'released';
    const packed = new Uint8Array(await new Response(new Blob([JSON.stringify(payload)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let binary = '';
    for (const byte of packed) binary += String.fromCharCode(byte);
    return `${original.slice(0, original.indexOf('#r1.'))}#r1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  }, link);
  await page.goto(tampered);
  await expect(page.getByTestId('verification')).toHaveText(localeText('en', 'import.notVerified'));

  await page.goto(`${link.slice(0, link.indexOf('#'))}#r1.not-a-payload`);
  await expect(page.getByTestId('import-refused')).toHaveText(localeText('en', 'import.refused.corrupt'));
  await page.goto('/import#something-else');
  await expect(page.getByTestId('import-refused')).toHaveText(localeText('en', 'import.refused.not-homeward'));
});

test('a contact’s vCard QR decodes to a UTF-8 vCard any phone can save', async ({ page, context, browser }) => {
  await openOffline(page, context);
  await page.goto(`/share/contacts/${contact.id}?lang=hy`);
  await page.getByTestId('vcard-mode').click();
  const vcard = await decodeQrPng(browser, await recordQr(page));
  expect(vcard).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  expect(vcard!.replace(/\r\n /g, '')).toContain(`FN;CHARSET=utf-8:${contact.name.hy}`);
  expect(vcard).toContain('TEL;TYPE=');
});

test('Scan from photo reads a record QR with the app’s own decoder and opens it, offline', async ({ page, context }) => {
  await openOffline(page, context);
  await page.goto(`/share/hazards/${hazard.id}`);
  const png = await recordQr(page);
  await page.goto('/share');
  await page.getByLabel(localeText('en', 'scan.photo')).setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: png });
  await expect(page).toHaveURL(/\/import#r1\./);
  await expect(page.getByTestId('verification')).toContainText('Verified');

  await page.goto('/share');
  await page.getByLabel(localeText('en', 'scan.photo')).setInputFiles({ name: 'plain.png', mimeType: 'image/png', buffer: await page.locator('h1').screenshot() });
  await expect(page.getByTestId('scan-message')).toHaveText(localeText('en', 'scan.noCodeInPhoto'));
});
