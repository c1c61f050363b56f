// First-load module: the UI cannot render a word without it.
import { signal } from '@preact/signals';
import i18next, { type TOptions } from 'i18next';
import type { Language } from '../model/vocabulary';
import { detectLanguage } from './detect-language';

const SAVED_LANGUAGE_KEY = 'homeward.language';

// Each locale is its own chunk: a phone downloads only the language it shows, and the service
// worker precaches all four so switching works offline.
const localeLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json');

/** The language the UI shows now; components that read it re-render when it changes. */
export const language = signal<Language>('en');

async function loadLocale(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  i18next.addResourceBundle(lang, 'translation', await fetchLocale(lang));
}

function fetchLocale(lang: Language): Promise<Record<string, unknown>> {
  const load = localeLoaders[`../../locales/${lang}.json`];
  if (!load) return Promise.reject(new Error(`no locale file for ${lang}`));
  return load().then((module) => module.default);
}

/**
 * Picks the language, loads its strings and sets `<html lang>`.
 */
export async function initI18n(): Promise<Language> {
  const lang = detectLanguage(location.search, readSavedLanguage(), navigator.languages ?? [navigator.language]);
  // The strings' chunk is requested first: everything else here waits on it.
  const strings = fetchLocale(lang);
  // A language asked for in the URL is remembered, as if chosen in the switcher.
  if (new URLSearchParams(location.search).has('lang')) saveLanguage(lang);
  // One init with the strings in hand, run synchronously: an init before they arrive, then
  // addResourceBundle and changeLanguage, would do the same work twice on the start path.
  await i18next.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: await strings } },
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes every text node itself.
    returnNull: false,
  });
  applyLanguage(lang);
  return lang;
}

/** Switches the whole UI to `lang` without a reload and remembers the choice. */
export async function setLanguage(lang: Language): Promise<void> {
  await loadLocale(lang);
  await i18next.changeLanguage(lang);
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
  plainTexts.clear();
  document.documentElement.lang = lang;
  document.title = i18next.t('app.name');
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

// A key without options always gives the same text until the language changes, and the first
// screen asks for dozens of them: i18next resolves each one afresh, a millisecond apiece at CPU ×4.
const plainTexts = new Map<string, string>();

/** Translates a UI key; reading `language` subscribes the calling component to switches. */
export function t(key: string, options?: TOptions): string {
  void language.value;
  if (options) return i18next.t(key, options) as string;
  let text = plainTexts.get(key);
  if (text === undefined) plainTexts.set(key, (text = i18next.t(key) as string));
  return text;
}
