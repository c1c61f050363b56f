import { expect, test, type Page } from '@playwright/test';
import { localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import { demoTables, serveFeed, testFeed, withHazardTitle } from './support/test-feed';

const tables = await demoTables();
const hazard = tables.hazards.hazards[0]!;
const phone = { viewport: { width: 400, height: 860 }, deviceScaleFactor: 2 };

/** A seeded coin, so the lost frames are the same on every run. */
function seededLoss(seed: number, share: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648 < share;
  };
}

async function openApp(page: Page): Promise<void> {
  await page.goto(`/hazards/${hazard.id}?lang=en`);
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  await expect(page.locator('h1')).toHaveText(hazard.title.en);
}

test.setTimeout(300_000);

test('an animated QR sequence carries a newer feed to an offline phone, with 30% of the frames lost', async ({ browser }) => {
  const senderContext = await browser.newContext(phone);
  const receiverContext = await browser.newContext(phone);
  const sender = await senderContext.newPage();
  const receiver = await receiverContext.newPage();
  await openApp(receiver);
  await receiverContext.setOffline(true);

  // The aid worker's phone gets a newer feed over the network.
  await openApp(sender);
  const feed = await testFeed();
  // A fixed publish time makes the bundle, and so the frame sequence, the same on every run.
  await feed.publish(withHazardTitle(tables, 'Passed on by QR'), new Date('2026-11-20T08:00:00Z'));
  await serveFeed(senderContext, feed.dir);
  await sender.goto('/settings');
  await sender.getByRole('button', { name: 'Check for updates' }).click();
  await sender.goto(`/hazards/${hazard.id}`);
  await expect(sender.locator('h1')).toHaveText('Passed on by QR');

  await sender.goto('/share/send');
  await sender.getByLabel(localeText('en', 'send.speed').split(' (')[0]!).selectOption('3');
  await receiver.goto('/share');
  const isLost = seededLoss(7, 0.3);
  const frame = sender.getByTestId('send-frame');
  let lastSeq = '';
  let shown = 0;
  for (; shown < 300; shown++) {
    await expect(frame).not.toHaveAttribute('data-seq', lastSeq);
    lastSeq = (await frame.getAttribute('data-seq'))!;
    if (isLost()) continue;
    const png = await frame.locator('svg').screenshot();
    // A frame that changed while being captured is a blurred photo: a camera misses it too.
    if ((await frame.getAttribute('data-seq')) !== lastSeq) continue;
    await receiver.getByLabel(localeText('en', 'scan.photo')).setInputFiles({ name: `frame-${lastSeq}.png`, mimeType: 'image/png', buffer: png });
    if (await receiver.getByTestId('receive-result').isVisible()) break;
    await expect(receiver.getByTestId('receive-progress').or(receiver.getByTestId('receive-result'))).toBeVisible();
  }
  await expect(receiver.getByTestId('receive-result')).toContainText('Update applied');
  console.log(`animated transfer: ${shown + 1} frames shown, 30% of them dropped`);
  await receiver.goto(`/hazards/${hazard.id}`);
  await expect(receiver.locator('h1')).toHaveText('Passed on by QR');
  await senderContext.close();
  await receiverContext.close();
});

test('a stray frame of another transfer does not block a record’s animated code, and Cancel ends a transfer cleanly', async ({ browser }) => {
  const { createFountainEncoder } = await import('../src/features/share/fountain/fountain-encoder');
  const { encodeFrame } = await import('../src/features/share/fountain/frame-codec');
  const { encodeRecordCode } = await import('../src/features/share/record-code/record-code');
  const { publishedRecords, qrPng } = await import('./support/published-records');
  const context = await browser.newContext(phone);
  const receiver = await context.newPage();
  await openApp(receiver);
  await context.setOffline(true);
  await receiver.goto('/share');
  const scan = async (text: string) => receiver.getByLabel(localeText('en', 'scan.photo')).setInputFiles({ name: 'frame.png', mimeType: 'image/png', buffer: await qrPng(browser, text) });
  // Distinct bytes, so no two messages share a checksum.
  const message = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17 + ((i * seed) >> 3)) & 0xff);

  // A frame of someone else's feed transfer, caught from the next table.
  await scan(encodeFrame(createFountainEncoder(message(3000, 1), 600).nextPart()));
  await expect(receiver.getByTestId('receive-progress')).toHaveText(/20%/);

  // The aid worker's phone shows one record as an animated code; every part of it is filmed.
  const signed = publishedRecords<{ id: string; title: { en: string } }>('hazards', 'hazards')[0]!;
  const bytes = await encodeRecordCode({ feedId: 'homeward-demo', table: 'hazards', record: signed as never }, { hy: 3, az: 3, ru: 3, en: 3 });
  const record = createFountainEncoder(bytes, 400);
  for (let part = 0; part < record.fragmentCount + 4 && !/\/import$/.test(receiver.url()); part++) {
    await scan(encodeFrame(record.nextPart(), 'record'));
    // Each photo is read before the next; the one that completes the record opens the import screen.
    await receiver.waitForURL(/\/import$/, { timeout: 2_000 }).catch(() => {});
  }
  await expect(receiver).toHaveURL(/\/import$/);
  await expect(receiver.getByTestId('verification')).toContainText('Verified — published by homeward-demo');
  await expect(receiver.getByTestId('received-record')).toContainText(signed.title.en);

  // A transfer cut off half-way: Cancel ends it, and the next one starts from nothing.
  await receiver.goto('/share');
  await scan(encodeFrame(createFountainEncoder(message(3000, 2), 600).nextPart()));
  await expect(receiver.getByTestId('receive-progress')).toHaveText(/20%/);
  await receiver.getByRole('button', { name: localeText('en', 'receive.cancel') }).click();
  await expect(receiver.getByTestId('receive-state')).toHaveCount(0);
  await scan(encodeFrame(createFountainEncoder(message(6000, 3), 600).nextPart()));
  await expect(receiver.getByTestId('receive-progress')).toHaveText(/10%/);
  await context.close();
});
