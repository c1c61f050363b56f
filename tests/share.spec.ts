import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import { decodeQrPng } from './support/qr';
import { publishedRecords } from './support/published-records';
import type { Contact, Hazard } from '../src/model/datasets';
import { signRecord } from '../feed/record-signatures';
import { testSigningKey } from '../feed/testing/test-publisher';
import { encodeRecordCode, recordCodeLink } from '../src/features/share/record-code/record-code';

// A phone's screen at 3× (jsQR, the app's own decoder, reads these screenshots; tests/record-qr.spec.ts films 1× ones).
test.use({ viewport: { width: 400, height: 860 }, deviceScaleFactor: 3 });

const hazard = demoSource<Hazard>('hazards').find((candidate) => candidate.status === 'active' && candidate.kind === 'sha')!;
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

test('a hazard’s QR is an upper-case link that opens it in Homeward as "Verified", and Keep stores it apart', async ({ page, context, browser }) => {
  await openOffline(page, context);
  await page.goto(`/hazards/${hazard.id}`);
  await page.getByRole('main').getByRole('link', { name: localeText('en', 'share.button') }).click();
  const link = await decodeQrPng(browser, await recordQr(page));
  expect(link).toMatch(/^HTTP:\/\/LOCALHOST:\d+\/I\/[0-9A-Z$*+:-]+$/);

  await page.goto(link!);
  await expect(page.getByTestId('verification')).toContainText('Verified — published by homeward-demo');
  await expect(page.getByTestId('received-record')).toContainText(hazard.title.en);
  await page.getByRole('button', { name: localeText('en', 'import.keep') }).click();
  await expect(page.getByTestId('kept')).toHaveText(localeText('en', 'import.keptApart'));
  await page.getByRole('navigation').getByRole('link', { name: 'Share', exact: true }).click();
  await expect(page.getByTestId('received-record')).toContainText(hazard.title.en);
  await expect(page.getByTestId('received-record')).toContainText('verified');
});

test('a forged "CLEARED — safe to walk" code shows its claims set apart, beside the feed’s own record, which it never replaces', async ({ page, context }) => {
  await openOffline(page, context);
  // What a forger makes: the real record's id, status "released", a borrowed source and a fresh
  // date, signed with a key of their own.
  const signed = publishedRecords<Hazard>('hazards', 'hazards').find((record) => record.id === hazard.id)!;
  const { signature: _signature, ...forged } = {
    ...signed,
    status: 'released' as const,
    title: { en: 'CLEARED — safe to walk' },
    source: 'HALO Trust (official)',
    verifiedAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  };
  const forgerKey = await testSigningKey();
  const record = { ...forged, signature: await signRecord('homeward-demo', 'hazards', forged, forgerKey, new Date().toISOString()) };
  const bytes = await encodeRecordCode({ feedId: 'homeward-demo', table: 'hazards', record }, { hy: 3, az: 3, ru: 3, en: 3 });
  await page.goto(recordCodeLink(new URL(page.url()).origin, bytes));

  await expect(page.getByTestId('verification')).toHaveText(localeText('en', 'import.notVerified'));
  const claims = page.getByTestId('claims');
  await expect(claims.getByRole('heading')).toHaveText(localeText('en', 'import.claims'));
  await expect(claims).toContainText('CLEARED — safe to walk');
  await expect(claims).toContainText(`${localeText('en', 'import.claimedSource')}: HALO Trust (official)`);
  // The forged card never says "Verified: …" as a fact.
  await expect(claims).not.toContainText(`${localeText('en', 'record.verified')}:`);
  const feedRecord = page.getByTestId('feed-record');
  await expect(feedRecord).toContainText(hazard.title.en);
  await expect(feedRecord).toContainText(`${localeText('en', 'hazard.kind.sha')} · ${localeText('en', 'hazard.status.active')}`);
  await expect(feedRecord).toContainText(`${localeText('en', 'record.source')}: ${hazard.source}`);
  // Keep is the secondary action, and worded as what it is.
  const keep = page.getByRole('button', { name: localeText('en', 'import.keepAnyway') });
  await expect(keep).not.toHaveClass(/button--primary/);
  await keep.click();
  await expect(page.getByTestId('kept')).toBeVisible();
  // The feed's record stands everywhere: its page still shows it active.
  await page.goto(`/hazards/${hazard.id}`);
  await expect(page.locator('h1')).toHaveText(hazard.title.en);
  await expect(page.getByRole('main')).toContainText(localeText('en', 'hazard.status.active'));
  await expect(page.getByRole('main')).not.toContainText('CLEARED');
  await page.goto('/share');
  await expect(page.getByTestId('received-record')).toContainText('not verified');
});

test('a damaged, an older-format and a foreign code are refused in words, and nothing is saved', async ({ page, context }) => {
  await openOffline(page, context);
  await page.goto('/I/AB');
  await expect(page.getByTestId('import-refused')).toHaveText(localeText('en', 'import.refused.corrupt'));
  await page.goto('/import#r1.eyJmZWVk');
  await expect(page.getByTestId('import-refused')).toHaveText(localeText('en', 'import.refused.older-format'));
  await page.goto('/import');
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
  await expect(page).toHaveURL(/\/I\/[0-9A-Z$*+:-]+$/);
  await expect(page.getByTestId('verification')).toContainText('Verified');

  await page.goto('/share');
  await page.getByLabel(localeText('en', 'scan.photo')).setInputFiles({ name: 'plain.png', mimeType: 'image/png', buffer: await page.locator('h1').screenshot() });
  await expect(page.getByTestId('scan-message')).toHaveText(localeText('en', 'scan.noCodeInPhoto'));
});
