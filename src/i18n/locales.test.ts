import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/vocabulary';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function load(lang: string): Tree {
  return JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as Tree;
}

/** Flattens to dotted keys; plural forms collapse to their base key, since languages need different forms. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(PLURAL_SUFFIX, '')}`] : keys(value, `${prefix}${key}.`),
  );
}

function pluralForms(tree: Tree, prefix = ''): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== 'string') {
      for (const [base, list] of pluralForms(value, `${prefix}${key}.`)) forms.set(base, list);
      continue;
    }
    const match = PLURAL_SUFFIX.exec(key);
    if (match) forms.set(`${prefix}${key.replace(PLURAL_SUFFIX, '')}`, [...(forms.get(`${prefix}${key.replace(PLURAL_SUFFIX, '')}`) ?? []), match[1]!]);
  }
  return forms;
}

const english = new Set(keys(load('en')));

describe('locale files', () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the keys English has`, () => {
      const own = new Set(keys(load(lang)));
      expect([...english].filter((key) => !own.has(key)), 'missing').toEqual([]);
      expect([...own].filter((key) => !english.has(key)), 'extra').toEqual([]);
    });

    it(`${lang} has every plural form its language needs`, () => {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, forms] of pluralForms(load(lang))) {
        expect(forms.sort(), key).toEqual([...needed].sort());
      }
    });

    it(`${lang} has no empty string`, () => {
      const empty: string[] = [];
      const walk = (tree: Tree, prefix: string) => {
        for (const [key, value] of Object.entries(tree)) {
          if (typeof value === 'string') {
            // A no-break space is a value (Russian and Armenian group thousands with it); blanks are not.
            if (!value.replace(/\u00a0/g, 'x').trim()) empty.push(prefix + key);
          } else walk(value, `${prefix}${key}.`);
        }
      };
      walk(load(lang), '');
      expect(empty).toEqual([]);
    });
  }
});
