import { readFileSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../model/vocabulary';

type Tree = { [key: string]: string | Tree };

const load = (lang: Language) => JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

// The placeholders that carry a number of things.
const COUNTS = ['count', 'frames', 'hours', 'minutes', 'metres', 'percent'];
// Numbers whose unit reads the same for every count in every language, and why.
const INVARIANT: Record<string, string> = {
  'hazard.radius': '"m" is an abbreviation in every language',
  'buses.inHours': '"h" and "min" are abbreviations; Armenian and Azerbaijani nouns after a numeral never change',
  'receive.progress': 'a percent sign',
  'receive.progressRecord': 'a percent sign',
  'load.progress': 'a percent sign; the sizes come formatted with their unit (Intl)',
};

let strings: i18n;
beforeAll(async () => {
  // The app's own i18next set-up (src/i18n/i18n.ts): no escaping, English as nobody's fallback.
  strings = i18next.createInstance();
  await strings.init({
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: load(lang) }])),
  });
});

const say = (lang: Language, key: string, options: Record<string, unknown>) => strings.t(key, { lng: lang, ...options });

describe('counts', () => {
  it('are plural-aware wherever a string holds one: by count, or nested for a count inside a sentence', () => {
    const unplural: string[] = [];
    for (const lang of LANGUAGES) {
      for (const [key, text] of flatten(load(lang))) {
        const isPluralForm = /_(zero|one|two|few|many|other)$/.test(key);
        // $t(key, {"count": {{frames}} }) hands the number to a plural key of its own.
        const outsideNesting = text.replace(/\$t\([^)]*\)/g, '');
        for (const [, name] of outsideNesting.matchAll(/\{\{(\w+)\}\}/g)) {
          if (!COUNTS.includes(name!) || key in INVARIANT) continue;
          if (!(isPluralForm && name === 'count')) unplural.push(`${lang} ${key}: {{${name}}}`);
        }
        if (isPluralForm && !text.includes('{{count}}')) unplural.push(`${lang} ${key}: a plural form without {{count}}`);
      }
    }
    expect(unplural).toEqual([]);
  });

  it('reads right in English', () => {
    expect(say('en', 'hazards.count', { count: 1 })).toBe('1 recorded hazard');
    expect(say('en', 'hazards.count', { count: 0 })).toBe('0 recorded hazards');
    expect(say('en', 'buses.inMinutes', { count: 1 })).toBe('in 1 minute');
    expect(say('en', 'age.days', { count: 2 })).toBe('2 days ago');
    expect(say('en', 'send.what', { feed: 'homeward-demo', version: 7, frames: 1 })).toBe('Feed homeward-demo version 7, in 1 part. Keep showing the code until the other phone says it is done.');
    expect(say('en', 'send.what', { feed: 'homeward-demo', version: 7, frames: 12 })).toContain('in 12 parts.');
  });

  it('reads right in Russian: one (1, 21), few (2–4, 22), many (0, 5–20, 11)', () => {
    expect(say('ru', 'hazards.count', { count: 1 })).toBe('1 учтённая опасность');
    expect(say('ru', 'hazards.count', { count: 3 })).toBe('3 учтённые опасности');
    expect(say('ru', 'hazards.count', { count: 5 })).toBe('5 учтённых опасностей');
    expect(say('ru', 'hazards.count', { count: 11 })).toBe('11 учтённых опасностей');
    expect(say('ru', 'hazards.count', { count: 21 })).toBe('21 учтённая опасность');
    expect(say('ru', 'hazards.count', { count: 0 })).toBe('0 учтённых опасностей');
    expect(say('ru', 'buses.inMinutes', { count: 1 })).toBe('через 1 минуту');
    expect(say('ru', 'buses.inMinutes', { count: 22 })).toBe('через 22 минуты');
    expect(say('ru', 'buses.inMinutes', { count: 45 })).toBe('через 45 минут');
    expect(say('ru', 'age.hours', { count: 21 })).toBe('21 час назад');
    expect(say('ru', 'age.days', { count: 4 })).toBe('4 дня назад');
    expect(say('ru', 'age.days', { count: 12 })).toBe('12 дней назад');
    expect(say('ru', 'send.perSecond', { count: 2 })).toBe('2 кода в секунду');
    expect(say('ru', 'send.perSecond', { count: 5 })).toBe('5 кодов в секунду');
    // The count inside a longer sentence: «{{frames}} частей» was wrong for 1–4, 21–24…
    expect(say('ru', 'send.what', { feed: 'homeward-demo', version: 7, frames: 1 })).toBe('Лента homeward-demo, версия 7, 1 часть. Показывайте код, пока другой телефон не сообщит, что готово.');
    expect(say('ru', 'send.what', { feed: 'homeward-demo', version: 7, frames: 3 })).toContain(', 3 части.');
    expect(say('ru', 'send.what', { feed: 'homeward-demo', version: 7, frames: 12 })).toContain(', 12 частей.');
    expect(say('ru', 'send.what', { feed: 'homeward-demo', version: 7, frames: 24 })).toContain(', 24 части.');
  });

  it('reads right in Armenian, where 0 and 1 share a form and nouns after a numeral stay singular', () => {
    expect(say('hy', 'hazards.count', { count: 0 })).toBe('0 գրանցված վտանգ');
    expect(say('hy', 'hazards.count', { count: 1 })).toBe('1 գրանցված վտանգ');
    expect(say('hy', 'hazards.count', { count: 14 })).toBe('14 գրանցված վտանգ');
    expect(say('hy', 'buses.inMinutes', { count: 5 })).toBe('5 րոպեից');
    expect(say('hy', 'send.what', { feed: 'homeward-demo', version: 7, frames: 3 })).toBe('Տվյալների հոսք homeward-demo, տարբերակ 7, 3 մաս։ Ցույց տվեք կոդը, մինչև մյուս հեռախոսը հայտնի, որ պատրաստ է։');
  });

  it('reads right in Azerbaijani, where nouns after a numeral stay singular', () => {
    expect(say('az', 'hazards.count', { count: 1 })).toBe('1 qeydə alınmış təhlükə');
    expect(say('az', 'hazards.count', { count: 6 })).toBe('6 qeydə alınmış təhlükə');
    expect(say('az', 'age.days', { count: 3 })).toBe('3 gün əvvəl');
    expect(say('az', 'send.perSecond', { count: 8 })).toBe('saniyədə 8 kod');
    expect(say('az', 'send.what', { feed: 'homeward-demo', version: 7, frames: 12 })).toBe('homeward-demo lenti, versiya 7, 12 hissə. Digər telefon hazır olduğunu deyənədək kodu göstərin.');
  });
});
