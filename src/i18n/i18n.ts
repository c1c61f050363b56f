// First-load module: the UI cannot render a word without it.
import { signal } from '@preact/signals';
import type { Language } from '../model/vocabulary';
import { detectLanguage } from './detect-language';
import { translate, type Strings, type TranslateOptions } from './translate';

const SAVED_LANGUAGE_KEY = 'homeward.language';

// Each locale is its own chunk: a phone downloads only the language it shows, and the service
// worker precaches all four so switching works offline.
const localeLoaders = import.meta.glob<{ default: Strings }>('../../locales/*.json');
const loaded = new Map<Language, Strings>();
let current: { lang: Language; strings: Strings | undefined } = { lang: 'en', strings: undefined };

/** The language the UI shows now; components that read it re-render when it changes. */
export const language = signal<Language>('en');

async function loadLocale(lang: Language): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, await fetchLocale(lang));
}

function fetchLocale(lang: Language): Promise<Strings> {
  const load = localeLoaders[`../../locales/${lang}.json`];
  if (!load) return Promise.reject(new Error(`no locale file for ${lang}`));
  return load().then((module) => module.default);
}

/**
 * Picks the language, loads its strings and sets `<html lang>`. `whileLoading` runs as soon as the
 * language is known, while its strings are still on their way.
 */
export async function initI18n(whileLoading?: (lang: Language) => void): Promise<Language> {
  const lang = detectLanguage(location.search, readSavedLanguage(), navigator.languages ?? [navigator.language]);
  // The strings' chunk is requested first: everything else here waits on it.
  const strings = fetchLocale(lang);
  // A language asked for in the URL is remembered, as if chosen in the switcher.
  if (new URLSearchParams(location.search).has('lang')) saveLanguage(lang);
  whileLoading?.(lang);
  loaded.set(lang, await strings);
  applyLanguage(lang);
  return lang;
}

/** Switches the whole UI to `lang` without a reload and remembers the choice. */
export async function setLanguage(lang: Language): Promise<void> {
  await loadLocale(lang);
  saveLanguage(lang);
  applyLanguage(lang);
  // A ?lang= left in the address would undo the choice on the next reload.
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
}

function applyLanguage(lang: Language): void {
  useStrings(lang, loaded.get(lang)!);
  document.documentElement.lang = lang;
  document.title = t('app.name');
}

/** Makes `strings` the UI's, in `lang` (the start and the switcher call it; unit tests too, with no page). */
export function useStrings(lang: Language, strings: Strings): void {
  loaded.set(lang, strings);
  current = { lang, strings };
  language.value = lang;
}

function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(SAVED_LANGUAGE_KEY);
  } catch {
    return null; // Storage can be denied (private mode); the choice is then per visit.
  }
}

function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(SAVED_LANGUAGE_KEY, lang);
  } catch {
    // Not saved: the language still applies to this visit.
  }
}

/** Translates a UI key (translate.ts); reading `language` subscribes the calling component to switches. */
export function t(key: string, options?: TranslateOptions): string {
  void language.value;
  return translate(current.strings, current.lang, key, options);
}
