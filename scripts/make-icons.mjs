// Renders the app icons from SVG with the system Chromium. Run once when the icon changes;
// the PNGs are committed so builds need no browser.
import { chromium } from '@playwright/test';
import { writeFile } from 'node:fs/promises';

const house = (scale) => `
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <path d="M256 96 80 240h48v160h96V304h64v96h96V240h48Z" fill="#fff"/>
    <path d="M176 448h160" stroke="#f4a718" stroke-width="32" stroke-linecap="round"/>
  </g>`;
const icons = {
  'icon-512.png': [512, `<rect width="512" height="512" rx="96" fill="#12355b"/>${house(1)}`],
  'icon-192.png': [192, `<rect width="512" height="512" rx="96" fill="#12355b"/>${house(1)}`],
  // Maskable: full-bleed background, artwork inside the 80% safe zone.
  'icon-maskable-512.png': [512, `<rect width="512" height="512" fill="#12355b"/>${house(0.72)}`],
  'apple-touch-icon-180.png': [180, `<rect width="512" height="512" fill="#12355b"/>${house(0.8)}`],
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, [size, body]] of Object.entries(icons)) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="${size}" height="${size}">${body}</svg></body>`);
  await writeFile(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
