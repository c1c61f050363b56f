// First-load module: picks the language of a content text; every record on Home needs it.
import type { Language, L10n } from '../model/vocabulary';

/** A content text in the best language available, and whether it is the English fallback. */
export interface PickedText {
  text: string;
  lang: Language;
  isFallback: boolean;
}

/**
 * Picks the text for `lang`, falling back to English (which every feed text has). A text received
 * in a share code may carry neither: then any language it has, or an empty text to say "none".
 */
export function pickText(text: L10n, lang: Language): PickedText {
  const wanted = text[lang];
  if (wanted) return { text: wanted, lang, isFallback: false };
  if (text.en) return { text: text.en, lang: 'en', isFallback: lang !== 'en' };
  const other = (Object.keys(text) as Language[]).find((candidate) => text[candidate]);
  return other ? { text: text[other]!, lang: other, isFallback: true } : { text: '', lang, isFallback: false };
}
