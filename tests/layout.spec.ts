import { expect, test, type Page } from '@playwright/test';
import { demoSource, localeText, waitForData, waitForServiceWorkerControl } from './helpers';
import type { Contact, Hazard, Site } from '../src/model/datasets';
import type { Language } from '../src/model/vocabulary';
import { SAFETY_CONTENT as safetyTexts } from '../src/features/safety/safety-content';

// The narrowest phone still sold; WCAG 1.4.10 asks for no sideways scrolling at 320 CSS px.
test.use({ viewport: { width: 320, height: 640 } });

const LANGS: Language[] = ['en', 'hy', 'az', 'ru'];
// The demo GTFS at 09:00 in Yerevan: the next buses include the 18:00 that arrives after midnight.
const NINE_AM_YEREVAN = new Date('2026-12-02T05:00:00Z');

// The records with the longest texts, where a narrow screen is tested hardest.
const longestBy = <T>(records: T[], text: (record: T) => string) => records.reduce((best, record) => (text(record).length > text(best).length ? record : best));
const hazard = longestBy(demoSource<Hazard>('hazards'), (record) => record.title.hy ?? record.title.en);
const contact = longestBy(demoSource<Contact>('contacts'), (record) => record.name.hy ?? record.name.en);
const site = longestBy(demoSource<Site>('sites'), (record) => JSON.stringify(record.access));

interface Screen {
  path: string | (() => string);
  /** The screen's heading in a language: proves the new screen (not the old one) is measured. */
  heading: (lang: Language) => string | RegExp;
  /** Something that appears only once the screen's data has arrived. */
  ready?: string;
}

let recordLink = '';

const SCREENS: Screen[] = [
  { path: '/', heading: () => 'Homeward', ready: '[data-testid=departure]' },
  { path: '/hazards', heading: (lang) => localeText(lang, 'hazards.title'), ready: '.hazard-card' },
  { path: `/hazards/${hazard.id}`, heading: (lang) => hazard.title[lang]!, ready: '.hazard-map svg' },
  { path: '/hazards/map', heading: (lang) => localeText(lang, 'map.title'), ready: '.hazard-map svg' },
  { path: '/hazards/report', heading: (lang) => localeText(lang, 'report.title') },
  { path: '/safety', heading: (lang) => safetyTexts.title[lang] },
  { path: '/buses', heading: (lang) => localeText(lang, 'buses.title'), ready: '[data-testid=route-card]' },
  { path: '/contacts', heading: (lang) => localeText(lang, 'contacts.title'), ready: '.card' },
  { path: `/contacts/${contact.id}`, heading: (lang) => contact.name[lang]! },
  { path: '/sites', heading: (lang) => localeText(lang, 'sites.title'), ready: '.card' },
  { path: `/sites/${site.id}`, heading: (lang) => site.name[lang]! },
  { path: '/share', heading: (lang) => localeText(lang, 'share.title') },
  { path: `/share/contacts/${contact.id}`, heading: (lang) => `${localeText(lang, 'share.recordTitle')}: ${contact.name[lang]}`, ready: '[data-testid=qr]' },
  { path: `/share/hazards/${hazard.id}`, heading: (lang) => `${localeText(lang, 'share.recordTitle')}: ${hazard.title[lang]}`, ready: '[data-testid=qr]' },
  { path: '/share/send', heading: (lang) => localeText(lang, 'send.title'), ready: '[data-testid=send-frame] svg' },
  { path: () => recordLink, heading: (lang) => localeText(lang, 'import.title'), ready: '[data-testid=verification]' },
  { path: '/settings', heading: (lang) => localeText(lang, 'settings.title'), ready: '.datasets td' },
  { path: '/search?q=Stepanakert', heading: (lang) => localeText(lang, 'search.title'), ready: 'section li a' },
];

/** Shows a screen the way the app's own links do (history + the router), without reloading the page. */
async function show(page: Page, screen: Screen, lang: Language) {
  const path = typeof screen.path === 'function' ? screen.path() : screen.path;
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page.locator('main h1')).toHaveText(screen.heading(lang));
  if (screen.ready) await expect(page.locator(`main ${screen.ready}`).first()).toBeVisible();
}

/** What sticks out past the right edge, innermost first, for a readable failure. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // No box but the section links may scroll sideways either: a reader would miss what it hides.
    const scrollers = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (element) => !element.matches('.app-nav ul') && ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + 1,
    );
    if (scrollers.length > 0) return scrollers.map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> scrolls sideways`);
    if (document.documentElement.scrollWidth <= width) return [];
    // What a box clips cannot widen the page: the section links (the one row meant to scroll
    // sideways), the map's SVG, any scroll box.
    const isClipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box instanceof SVGElement || getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5 && !isClipped(element),
    );
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${Math.round(element.getBoundingClientRect().right)}px: ${(element.textContent ?? '').trim().slice(0, 60)}`);
  });
}

/** A signed record link, made the way the share screen makes it (its Copy button), for the import screen. */
async function copyRecordLink(page: Page): Promise<string> {
  await show(page, SCREENS.find((screen) => screen.path === `/share/hazards/${hazard.id}`)!, 'en');
  await page.getByRole('main').getByRole('button', { name: localeText('en', 'action.copy') }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/I\/[0-9A-Z$*+:-]+$/);
  return new URL(link).pathname;
}

for (const textSize of ['100%', '200%'] as const) {
  test(`every screen fits a 320 px phone in all four languages, at ${textSize} text size`, async ({ page, context }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install({ time: NINE_AM_YEREVAN });
    if (textSize === '200%') {
      // The browser's own text-size setting (default font 16 px → 32 px), as a reader with low vision sets it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    }
    await page.goto('/?lang=en');
    await waitForServiceWorkerControl(page);
    await waitForData(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(textSize === '200%' ? '32px' : '16px');
    recordLink = await copyRecordLink(page);

    const failures: string[] = [];
    let checked = 0;
    for (const lang of LANGS) {
      await page.locator('#header-language').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const screen of SCREENS) {
        await show(page, screen, lang);
        checked += 1;
        const wide = await overflow(page);
        if (wide.length > 0) failures.push(`${lang} ${page.url().replace(/^https?:\/\/[^/]+/, '').slice(0, 60)}\n    ${wide.join('\n    ')}`);
      }
    }
    expect(checked).toBe(LANGS.length * SCREENS.length);
    expect(failures, `screens wider than 320 px at ${textSize} text`).toEqual([]);
  });
}

test('on every screen the headings go down one level at a time, as a screen reader lists them', async ({ page, context }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: NINE_AM_YEREVAN });
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  await waitForData(page);
  recordLink = await copyRecordLink(page);
  const skips: string[] = [];
  for (const screen of SCREENS) {
    await show(page, screen, 'en');
    const levels = await page.locator('main').evaluate((main) => [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `${heading.tagName}:${(heading.textContent ?? '').trim().slice(0, 40)}`));
    levels.forEach((heading, i) => {
      const level = Number(heading[1]);
      const previous = i === 0 ? 0 : Number(levels[i - 1]![1]);
      if (level > previous + 1) skips.push(`${page.url().replace(/^https?:\/\/[^/]+/, '').slice(0, 50)}: ${levels[i - 1] ?? '(start)'} → ${heading}`);
    });
  }
  expect(skips).toEqual([]);
});
