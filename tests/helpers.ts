import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The demo sources, read from disk so tests check what the build published. */
export function demoSource<T>(name: 'hazards' | 'contacts' | 'sites' | 'places'): T[] {
  const json = JSON.parse(readFileSync(new URL(`../feed/sources/${name}.json`, import.meta.url), 'utf8')) as Record<string, T[]>;
  return json[name]!;
}

/** Resolves once a service worker controls the page (first visit: after it activated and claimed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Resolves once the demo feed is in IndexedDB and on screen. */
export async function waitForData(page: Page): Promise<void> {
  await page.getByTestId('demo-banner').waitFor({ timeout: 30_000 });
}

/** Characters of each script, to check that text is really in the chosen language. */
export const SCRIPT = {
  hy: /[\u0531-\u0587]/,
  ru: /[\u0400-\u04FF]/,
  az: /[əşçğıöüƏŞÇĞİÖÜ]/,
};

type LocaleTree = { [key: string]: string | LocaleTree };

/** A UI string as the locale file has it, so tests follow translation edits. */
export function localeText(lang: 'hy' | 'az' | 'ru' | 'en', key: string): string {
  const tree = JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8')) as LocaleTree;
  const value = key.split('.').reduce<string | LocaleTree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`no ${lang} string for ${key}`);
  return value;
}
