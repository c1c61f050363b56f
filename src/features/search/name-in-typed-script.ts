// Search only: which of a record's names to show beside its title, so that someone reading
// English who typed «Շուշի» sees the name they typed, in their own script, under the English
// title. No DOM here.
import type { L10n, Language } from '../../model/vocabulary';
import { plainKeyboardKey, queryWords, skeletonWords } from './transliterate';

type Script = 'latin' | 'armenian' | 'cyrillic';

const SCRIPT_OF_LANGUAGE: Record<Language, Script> = { en: 'latin', az: 'latin', hy: 'armenian', ru: 'cyrillic' };
const LANGUAGES_OF_SCRIPT: Record<Script, Language[]> = { latin: ['en', 'az'], armenian: ['hy'], cyrillic: ['ru'] };

/** The script of the first letter of `text` that belongs to one of the app's scripts. */
function scriptOf(text: string): Script | undefined {
  for (const character of text) {
    if (/[\u0531-\u0587]/.test(character)) return 'armenian';
    if (/[\u0400-\u04ff]/.test(character)) return 'cyrillic';
    if (/\p{Script=Latin}/u.test(character)) return 'latin';
  }
  return undefined;
}

/**
 * How well `text` holds the words of the query: 2 for each that begins one of its words as
 * spelt, 1 for each that does so only as a plain keyboard types it ("Xudaveng" is spelt as
 * "Xudavəng", not as "Khudavang").
 */
function sharedWords(text: string, reading: string): number {
  const words = skeletonWords(text);
  const keys = words.map(plainKeyboardKey);
  let shared = 0;
  for (const { skeleton } of queryWords(reading)) {
    if (words.some((word) => word.startsWith(skeleton))) shared += 2;
    else if (keys.some((key) => key.startsWith(plainKeyboardKey(skeleton)))) shared += 1;
  }
  return shared;
}

// Letters only Azerbaijani writes among the app's Latin texts: "Şuşa" is the Azerbaijani name.
const AZERBAIJANI_LETTERS = /[əğışçöüİƏĞŞÇÖÜ]/;

/**
 * The record's name in the script of `reading` (the query as read), when the reader's own
 * language is written in another script; undefined when the title already shows it.
 */
export function nameInTypedScript(name: L10n, reading: string, readerLanguage: Language): { text: string; lang: Language } | undefined {
  const script = scriptOf(reading);
  if (!script || script === SCRIPT_OF_LANGUAGE[readerLanguage]) return undefined;
  const languages: readonly Language[] = script === 'latin' && AZERBAIJANI_LETTERS.test(reading) ? ['az', 'en'] : LANGUAGES_OF_SCRIPT[script];
  let best: { text: string; lang: Language; shared: number } | undefined;
  for (const lang of languages) {
    const text = name[lang];
    if (text === undefined) continue;
    const shared = sharedWords(text, reading);
    if (!best || shared > best.shared) best = { text, lang, shared };
  }
  return best && { text: best.text, lang: best.lang };
}
