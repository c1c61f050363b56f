// Decodes QR codes from screenshots with jsQR running in a blank page: a decoder independent of
// the app's encoder (uqr), and a page without the app's Content-Security-Policy.
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';

const jsQrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** The text of the QR code in a PNG screenshot, or null. */
export async function decodeQrPng(browser: Browser, png: Buffer): Promise<string | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ path: jsQrPath });
    return await page.evaluate(async (dataUrl) => {
      const image = await createImageBitmap(await (await fetch(dataUrl)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const pixels = context2d.getImageData(0, 0, image.width, image.height);
      const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }).jsQR;
      return decode(pixels.data, pixels.width, pixels.height)?.data ?? null;
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await context.close();
  }
}
