// First-load module: picks the language of a content text; every record on Home needs it.
import type { Language, L10n } from '../model/vocabulary';

/** A content text in the best language available, and whether it is the English fallback. */
export interface PickedText {
  text: string;
  lang: Language;
  isFallback: boolean;
}

/** Picks the text for `lang`, falling back to English (which every text has). */
export function pickText(text: L10n, lang: Language): PickedText {
  const wanted = text[lang];
  if (wanted) return { text: wanted, lang, isFallback: false };
  return { text: text.en, lang: 'en', isFallback: lang !== 'en' };
}
