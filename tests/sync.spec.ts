import { expect, test, type Page } from '@playwright/test';
import { localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import { DEFAULT_KEY_PATH, readSigningKey } from '../feed/signing';
import { demoTables, flipMiddleBit, serveFeed, testFeed, withHazardTitle, type Breaker } from './support/test-feed';
import { testSigningKey } from '../feed/testing/test-publisher';
import { changeKeyList, readKeyList, writeKeyList } from '../feed/key-list';
import { signBytes } from '../feed/signing';
import type { Manifest } from '../src/model/file-schemas';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const tables = await demoTables();
const FIRST_HAZARD = tables.hazards.hazards[0]!;
const ORIGINAL_TITLE = FIRST_HAZARD.title.en;

/** Opens the app once on the demo feed and waits until it is stored and shown. */
async function openApp(page: Page): Promise<void> {
  await page.goto(`/hazards/${FIRST_HAZARD.id}?lang=en`);
  await waitForData(page);
  await expect(page.locator('h1')).toHaveText(ORIGINAL_TITLE);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
}

async function checkForUpdates(page: Page): Promise<void> {
  // The Settings button, reached through the app's own navigation (no reload).
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByRole('button', { name: 'Check for updates' })).toBeEnabled();
  await page.getByRole('link', { name: 'Mine hazards' }).click();
}

async function expectRejected(page: Page, code: string): Promise<void> {
  await expect(page.getByTestId('sync-failure')).toContainText(localeText('en', `sync.error.${code}`));
  await expect(page.locator('main')).toContainText(ORIGINAL_TITLE);
  await expect(page.locator('main')).not.toContainText('Edited by the publisher');
}

const wasNotReloaded = async (page: Page) => expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

test('a newer feed version is applied without a page reload and shows the new record', async ({ page, context }) => {
  await openApp(page);
  const feed = await testFeed();
  await feed.publish(withHazardTitle(tables, 'Edited by the publisher'));
  const requested = await serveFeed(context, feed.dir);
  await checkForUpdates(page);
  await expect(page.locator('main')).toContainText('Edited by the publisher');
  await wasNotReloaded(page);
  // Only the key list, the manifest, their signatures and one small delta crossed the wire.
  expect(requested.sort()).toEqual(['keys.json', 'keys.sig', 'manifest.json', 'manifest.sig', expect.stringMatching(/^hazards-d\d+-v\d+-/)].sort());
});

const TAMPERING: [what: string, target: (name: string) => boolean, code: string][] = [
  ['the manifest', (name) => name === 'manifest.json', 'signature'],
  ['the signature', (name) => name === 'manifest.sig', 'signature'],
  ['a delta', (name) => /^hazards-d\d+-v\d+-/.test(name), 'hash-mismatch'],
];

for (const [what, target, code] of TAMPERING) {
  test(`a flipped byte in ${what} is rejected, the old data stays and the error shows`, async ({ page, context }) => {
    await openApp(page);
    const feed = await testFeed();
    await feed.publish(withHazardTitle(tables, 'Edited by the publisher'));
    await serveFeed(context, feed.dir, (name, bytes) => (target(name) ? flipMiddleBit(bytes) : bytes));
    await checkForUpdates(page);
    await expectRejected(page, code);
  });
}

test('a flipped byte in a full dataset is rejected, the old data stays and the error shows', async ({ page, context }) => {
  await openApp(page);
  const feed = await testFeed();
  // Four publishes: the newest keeps deltas from its last three versions only, so a phone still
  // on version 1 must download the full file.
  let manifest = await feed.publish(withHazardTitle(tables, 'Edited by the publisher 1'));
  for (const round of [2, 3, 4]) manifest = await feed.publish(withHazardTitle(tables, `Edited by the publisher ${round}`));
  const fullFile = manifest.datasets.hazards.path;
  const requested = await serveFeed(context, feed.dir, (name, bytes) => (name === fullFile ? flipMiddleBit(bytes) : bytes));
  await checkForUpdates(page);
  await expectRejected(page, 'hash-mismatch');
  expect(requested).toContain(fullFile);
});

test('an older, genuinely signed manifest (rollback) is rejected', async ({ page, context }) => {
  await openApp(page);
  const feed = await testFeed();
  const original = await testFeed();
  await feed.publish(withHazardTitle(tables, 'Version two'));
  await serveFeed(context, feed.dir);
  await checkForUpdates(page);
  await expect(page.locator('main')).toContainText('Version two');
  // Now the network replays the signed version 1.
  await serveFeed(context, original.dir);
  await checkForUpdates(page);
  await expect(page.getByTestId('sync-failure')).toContainText(localeText('en', 'sync.error.rollback'));
  await expect(page.locator('main')).toContainText('Version two');
});

test('a feed signed by keys the app does not trust is rejected', async ({ page, context }) => {
  await openApp(page);
  // A forger's own feed: its key list is signed by a root key no Homeward build trusts.
  const forger = await testFeed({ key: await testSigningKey(), rootKey: await testSigningKey(), fresh: true });
  await forger.publish(withHazardTitle(tables, 'Edited by the publisher'));
  await serveFeed(context, forger.dir);
  await checkForUpdates(page);
  await expectRejected(page, 'signature');
});

const CUTS: [when: string, breaker: (deltaName: string) => Breaker, code: string][] = [
  ['after the manifest', () => (name, bytes) => (name.startsWith('manifest') ? bytes : 'abort'), 'network'],
  ['after the first dataset', () => (name, bytes) => (name.startsWith('sites') ? 'abort' : bytes), 'network'],
  ['in the middle of a delta', (delta) => (name, bytes) => (name === delta ? bytes.subarray(0, bytes.length >> 1) : bytes), 'hash-mismatch'],
];

for (const [when, breaker, code] of CUTS) {
  test(`a connection cut ${when} leaves the old data intact, and a later retry completes`, async ({ page, context }) => {
    await openApp(page);
    const feed = await testFeed();
    const edited = withHazardTitle(tables, 'Edited by the publisher');
    // Two datasets change, so "after the first dataset" has a second one to lose.
    const [firstSite, ...otherSites] = edited.sites.sites;
    const manifest = await feed.publish({ ...edited, sites: { sites: [{ ...firstSite!, verifiedAt: '2020-12-23' }, ...otherSites] } });
    await serveFeed(context, feed.dir, breaker(manifest.datasets.hazards.deltas[0]!.path));
    await checkForUpdates(page);
    await expectRejected(page, code);

    await serveFeed(context, feed.dir);
    await page.getByTestId('sync-failure').getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main')).toContainText('Edited by the publisher');
    await expect(page.getByTestId('sync-failure')).toHaveCount(0);
  });
}

test('a dataset with a correct hash and signature but invalid against the schema is rejected', async ({ page, context }) => {
  await openApp(page);
  const feed = await testFeed();
  const broken = withHazardTitle(tables, 'Edited by the publisher');
  // Published by the genuine key, hashed correctly, yet a hazard says it is "safe".
  (broken.hazards.hazards[0] as { status: string }).status = 'safe';
  await feed.publish(broken);
  await serveFeed(context, feed.dir);
  await checkForUpdates(page);
  await expectRejected(page, 'dataset-invalid');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('last-error')).toContainText('status');
});

test('offline, then online: the sync runs with no user action', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await openApp(page);
  await context.setOffline(true);
  const feed = await testFeed();
  await feed.publish(withHazardTitle(tables, 'Edited by the publisher'));
  await serveFeed(context, feed.dir);
  await context.setOffline(false);
  await expect(page.locator('main')).toContainText('Edited by the publisher');
  await wasNotReloaded(page);
});

test('an expired feed is flagged on every screen of a new phone, and never reads as "updated just now"', async ({ page, context }) => {
  // The only feed on offer was published 40 days ago, valid for 30: a new phone takes it, and says so.
  const feed = await testFeed({ fresh: true });
  await feed.publish(tables, new Date(Date.now() - 40.5 * 86_400_000));
  await serveFeed(context, feed.dir);
  await page.goto(`/?lang=en`);
  await waitForData(page);
  for (const section of ['Home', 'Mine hazards', 'Buses', 'Aid contacts', 'Settings']) {
    await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
    const warning = page.getByTestId('stale-warning');
    await expect(warning).toContainText(localeText('en', 'stale.title'));
    await expect(warning).toContainText('40 days ago'); // 40.5 days: the app's clock ticks every 30 s
    await expect(warning).toContainText('stays current only until');
    await expect(page.locator('body')).not.toContainText(/updated just now/i);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByTestId('published')).toContainText('Information published 40 days ago');
});

test('an expired manifest is not applied over current data', async ({ page, context }) => {
  await openApp(page);
  const feed = await testFeed();
  await feed.publish(withHazardTitle(tables, 'Edited by the publisher'), new Date(Date.now() - 40.5 * 86_400_000));
  await serveFeed(context, feed.dir);
  await checkForUpdates(page);
  await expectRejected(page, 'expired');
  await expect(page.getByTestId('stale-warning')).toHaveCount(0);
});

/** The status word of the first hazard on its own page. */
const statusOf = (page: Page) => page.locator('article .status').first();

test('a phone that saw a field released before the publisher lost its directory shows it active again after the rebuild', async ({ page, context }) => {
  await openApp(page);
  const [field, ...others] = tables.hazards.hazards;
  expect(field!.status).toBe('active');
  // The publisher marks the field released; the phone syncs it.
  const lost = await testFeed();
  await lost.publish({ ...tables, hazards: { hazards: [{ ...field!, status: 'released' }, ...others] } });
  await serveFeed(context, lost.dir);
  await checkForUpdates(page);
  await page.goto(`/hazards/${field!.id}?lang=en`);
  await expect(statusOf(page)).toHaveText(localeText('en', 'hazard.status.released'));
  // The directory is lost. Rebuilt from scratch with the same keys: the field active, then two edits.
  const rebuilt = await testFeed({ fresh: true });
  await rebuilt.publish(tables);
  const retitled = (title: string) => ({ ...tables, hazards: { hazards: [field!, { ...others[0]!, title: { ...others[0]!.title, en: title } }, ...others.slice(1)] } });
  await rebuilt.publish(retitled('First edit after the rebuild'));
  const manifest = await rebuilt.publish(retitled('Second edit after the rebuild'));
  // The rebuilt history's version 2 is not the phone's version 2: there is a delta "from 2".
  expect(manifest.datasets.hazards.deltas.map((delta) => delta.from)).toContain(2);
  const requested = await serveFeed(context, rebuilt.dir);
  await page.reload();
  await waitForData(page);
  await expect(statusOf(page)).toHaveText(localeText('en', 'hazard.status.active'));
  // The full file came down, never a delta made from content the phone does not hold.
  expect(requested).toContain(manifest.datasets.hazards.path);
  expect(requested.filter((name) => /^hazards-d/.test(name))).toEqual([]);
});

test('after a leaked signing key, the publisher’s next genuine update is accepted', async ({ page, context }) => {
  await openApp(page);
  const genuine = await testFeed();
  // The attacker holds the signing key: a manifest of the highest version, with no hazards.
  const attacker = await testFeed();
  const forged = await attacker.publish({ ...tables, hazards: { hazards: [] } });
  const huge: Manifest = { ...forged, version: Number.MAX_SAFE_INTEGER };
  const hugeBytes = new TextEncoder().encode(JSON.stringify(huge));
  await writeFile(join(attacker.dir, 'manifest.json'), hugeBytes);
  await writeFile(join(attacker.dir, 'manifest.sig'), signBytes(hugeBytes, await readSigningKey(DEFAULT_KEY_PATH)));
  await serveFeed(context, attacker.dir);
  await checkForUpdates(page);
  await page.goto('/hazards?lang=en');
  await expect(page.getByRole('status').filter({ hasText: localeText('en', 'hazards.count_other').replace('{{count}}', '0') })).toBeVisible();

  // The publisher rotates: the root key revokes the leaked key and lists a new one; then publishes.
  const newKey = await testSigningKey();
  const leakedId = (await readSigningKey(DEFAULT_KEY_PATH)).id;
  await writeKeyList(genuine.dir, changeKeyList({ feedId: 'homeward-demo', previous: await readKeyList(genuine.dir), now: new Date(), add: newKey, revoke: [{ id: leakedId, reason: 'compromised' }] }), genuine.rootKey);
  genuine.signWith(newKey);
  await genuine.publish(withHazardTitle(tables, 'Genuine after the rotation'));
  await serveFeed(context, genuine.dir);
  await page.reload();
  await waitForData(page);
  await expect(page.locator('main')).toContainText('Genuine after the rotation');
});
