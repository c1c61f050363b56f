// First-load module: the UI language is picked before the first render.
import { LANGUAGES, type Language } from '../model/vocabulary';

/** Narrows any string to a supported language, if it is one ("hy-AM" → "hy"). */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}

/** The UI language: `?lang=` first, then the saved choice, then the browser's list, then English. */
export function detectLanguage(search: string, saved: string | null, browserLanguages: readonly string[]): Language {
  const fromUrl = toLanguage(new URLSearchParams(search).get('lang'));
  if (fromUrl) return fromUrl;
  const fromSaved = toLanguage(saved);
  if (fromSaved) return fromSaved;
  for (const tag of browserLanguages) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return 'en';
}
