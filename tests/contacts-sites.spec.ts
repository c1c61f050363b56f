import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import type { Contact, Site } from '../src/model/datasets';

const contacts = demoSource<Contact>('contacts');
const sites = demoSource<Site>('sites');
const chde = contacts.find((contact) => contact.phones.some((phone) => phone.number === '0 8000 9000'))!;

async function openOffline(page: Page, context: BrowserContext, path: string) {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await context.setOffline(true);
  await page.goto(path);
  await waitForData(page);
}

test('tap-to-call links dial exactly the published numbers, offline', async ({ page, context }) => {
  await openOffline(page, context, `/contacts/${chde.id}`);
  await expect(page.getByTestId('call-link')).toHaveAttribute('href', 'tel:080009000');
  await page.goto('/');
  const emergencyLinks = page.locator('.emergency').getByTestId('call-link');
  const hrefs = await emergencyLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.sort()).toEqual(['tel:101', 'tel:102', 'tel:103', 'tel:112', 'tel:112', 'tel:911']);
});

test('Save to phone downloads a UTF-8 vCard 3.0 with the organisation and its number', async ({ page, context }) => {
  await openOffline(page, context, `/contacts/${chde.id}?lang=hy`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-vcard').click()]);
  expect(download.suggestedFilename()).toMatch(/^homeward-[a-z0-9-]+\.vcf$/);
  const vcard = await readFile((await download.path())!, 'utf8');
  expect(vcard.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
  expect(vcard).toContain(`FN;CHARSET=utf-8:`);
  expect(vcard.replace(/\r\n /g, '')).toContain(chde.name.hy!.replace(/([,;\\])/g, '\\$1'));
  expect(vcard).toMatch(/TEL;TYPE=[A-Z,]+:0 8000 9000\r\n|TEL;TYPE=[A-Z,]+:080009000\r\n/);
  expect(vcard.trimEnd().endsWith('END:VCARD')).toBe(true);
  expect(vcard.replace(/\r\n/g, '')).not.toContain('\n');
});

test('contacts filter by service and area, and emergency lines show "open now"', async ({ page, context }) => {
  await openOffline(page, context, '/contacts');
  const all = await page.getByTestId('contact-card').count();
  expect(all).toBe(contacts.length);
  await page.getByLabel(localeText('en', 'contacts.services')).selectOption('mine-action');
  const mineAction = contacts.filter((contact) => contact.categories.includes('mine-action'));
  await expect(page.getByTestId('contact-card')).toHaveCount(mineAction.length);
  await page.getByLabel(localeText('en', 'contacts.services')).selectOption('emergency');
  await expect(page.getByTestId('open-now').first()).toHaveText(localeText('en', 'contacts.openNow'));
  await page.getByLabel(localeText('en', 'contacts.services')).selectOption('');
  await page.getByLabel(localeText('en', 'contacts.area')).selectOption(chde.area.en);
  await expect(page.getByTestId('contact-card')).toHaveCount(contacts.filter((contact) => contact.area.en === chde.area.en).length);
});

// Worked out by hand from feed/sources (haversine from each site to each hazard's edge): the
// Shushi slopes ERW circle (400 m around 46.758 E, 39.751 N) is 834 m from Ghazanchetsots and
// 688 m from the Upper Govhar Agha mosque; the Agdam ruins area is about 560 m from the Juma
// mosque, and the Agdam accident circle 3.0 km. No other hazard is within 1 km of a site.
const HAZARDS_NEAR_SITE: Record<string, string[]> = {
  'site-dadivank': [],
  'site-gandzasar': [],
  'site-amaras': [],
  'site-ghazanchetsots': ['hz-shushi-slopes-erw'],
  'site-govhar-agha-upper': ['hz-shushi-slopes-erw'],
  'site-agdam-juma-mosque': ['hz-agdam-town-ruins'],
  'site-azykh-cave': [],
  'site-tigranakert': [],
};

test('a heritage site lists every recorded hazard within 1 km, and the sites filter by access', async ({ page, context }) => {
  expect(sites.map((site) => site.id).sort()).toEqual(Object.keys(HAZARDS_NEAR_SITE).sort());
  await openOffline(page, context, '/sites');
  for (const site of sites) {
    const near = HAZARDS_NEAR_SITE[site.id]!;
    await page.goto(`/sites/${site.id}`);
    await expect(page.locator('h1')).toHaveText(site.name.en);
    for (const name of site.otherNames) await expect(page.locator('main')).toContainText(name);
    if (near.length === 0) {
      await expect(page.getByTestId('site-no-hazard')).toBeVisible();
      continue;
    }
    const listed = page.getByTestId('site-hazards').locator('li a');
    await expect(listed).toHaveCount(near.length);
    for (const [index, id] of near.entries()) await expect(listed.nth(index)).toHaveAttribute('href', `/hazards/${id}`);
  }
  await page.goto('/sites');
  await page.getByLabel(localeText('en', 'sites.accessLabel')).selectOption('escort');
  await expect(page.getByTestId('site-card')).toHaveCount(sites.filter((site) => site.access.status === 'escort').length);
});
