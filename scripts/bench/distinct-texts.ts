// Texts for benchmark records that read like the feed's own in each script but never repeat, so
// a large synthetic feed weighs, compressed, what a real one would (clones compress away).
import type { L10n } from '../../src/model/vocabulary';

const LETTERS = {
  en: 'abcdefghijklmnoprstuvwy',
  hy: 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ',
  az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz',
  ru: 'абвгдежзийклмнопрстуфхцчшщыэюя',
} as const;

/** A word of 2–9 letters from the language's alphabet. */
function word(lang: keyof typeof LETTERS, random: () => number): string {
  const letters = LETTERS[lang];
  const length = 2 + Math.floor(random() * 8);
  let text = '';
  for (let i = 0; i < length; i++) text += letters[Math.floor(random() * letters.length)];
  return text;
}

/** About `chars` characters of sentence-like text in one language. */
function sentence(lang: keyof typeof LETTERS, chars: number, random: () => number): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const next = word(lang, random);
    words.push(next);
    length += next.length + 1;
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** One text in all four languages, each about `chars` characters long, never the same twice. */
export function distinctText(chars: number, random: () => number, prefix = ''): L10n {
  return {
    en: prefix + sentence('en', chars, random),
    hy: prefix + sentence('hy', chars, random),
    az: prefix + sentence('az', chars, random),
    ru: prefix + sentence('ru', chars, random),
  };
}
