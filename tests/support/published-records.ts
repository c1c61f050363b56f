// The demo feed's signed records as the build published them (feed/published), and QR frames
// drawn as images, for stories that hand-craft what a camera reads.
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { encode } from 'uqr';

const PUBLISHED = new URL('../../feed/published/', import.meta.url);

/** The signed records of a published table, e.g. ('hazards', 'hazards'). */
export function publishedRecords<T>(dataset: string, table: string): T[] {
  // The manifest names the current file: older versions stay beside it as delta bases.
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', PUBLISHED), 'utf8')) as { datasets: Record<string, { path: string }> };
  const file = manifest.datasets[dataset]!.path;
  return (JSON.parse(readFileSync(new URL(file, PUBLISHED), 'utf8')) as { tables: Record<string, T[]> }).tables[table]!;
}

/** A QR code of `text` as a PNG, drawn 4 px a module on white, as a phone screen shows it. */
export async function qrPng(browser: Browser, text: string): Promise<Buffer> {
  const { data, size } = encode(text, { ecc: 'L', border: 4 });
  let path = '';
  data.forEach((row, y) => row.forEach((isDark, x) => (path += isDark ? `M${x} ${y}h1v1h-1z` : '')));
  const context = await browser.newContext({ viewport: { width: size * 4, height: size * 4 } });
  try {
    const page = await context.newPage();
    await page.setContent(`<body style="margin:0"><svg width="${size * 4}" height="${size * 4}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}"/></svg></body>`);
    return await page.locator('svg').screenshot();
  } finally {
    await context.close();
  }
}
