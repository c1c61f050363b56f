import { describe, expect, it } from 'vitest';
import { SAFETY_CONTENT } from './safety-content';

const LANGS = ['en', 'hy', 'az', 'ru'] as const;

/** Every `{ en, … }` text anywhere in the content, found by walking it, so new texts are checked too. */
function collectTexts(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) {
    for (const child of node) collectTexts(child, found);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.en === 'string') found.push(record);
    else for (const child of Object.values(record)) collectTexts(child, found);
  }
  return found;
}

const texts = collectTexts(SAFETY_CONTENT);
const textsIn = (lang: (typeof LANGS)[number]) => texts.map((text) => String(text[lang]));

describe('safety guide content', () => {
  it('finds the texts it checks', () => {
    // Title, risk, intro, 5 headings, 12 step sentences, 4 rules, 3 groups, 12 signs, 4 road texts…
    expect(texts.length).toBeGreaterThan(40);
  });

  it('has every text in all four languages, none empty', () => {
    for (const text of texts) {
      // "note" is for translators only: the guide never shows it.
      expect(Object.keys(text).filter((key) => key !== 'note').sort()).toEqual([...LANGS].sort());
      for (const lang of LANGS) {
        expect(typeof text[lang], `${lang} of “${String(text.en)}”`).toBe('string');
        expect(String(text[lang]).trim(), `${lang} of “${String(text.en)}”`).not.toBe('');
      }
    }
  });

  it('never calls anything safe, in any language', () => {
    const forbidden = [/\bsafe\b/i, /безопасн/i, /təhlükəsiz/i, /անվտանգ/];
    for (const text of texts) {
      for (const lang of LANGS) {
        for (const word of forbidden) expect(String(text[lang]), `${lang} of “${String(text.en)}”`).not.toMatch(word);
      }
    }
  });

  it('has exactly five steps, each with one to three sentences', () => {
    expect(SAFETY_CONTENT.steps.map((step) => step.id)).toEqual(['stop', 'warn', 'go-back', 'mark', 'report']);
    for (const step of SAFETY_CONTENT.steps) {
      expect(step.body.length).toBeGreaterThanOrEqual(1);
      expect(step.body.length).toBeLessThanOrEqual(3);
    }
  });

  it('has three groups of danger signs', () => {
    expect(SAFETY_CONTENT.signGroups.map((group) => group.heading.en)).toEqual(['Official signs', 'Local signs', 'Clues']);
  });

  it('writes Armenian in Armenian script, Russian in Cyrillic and Azerbaijani in Latin', () => {
    for (const hy of textsIn('hy')) {
      expect(hy).toMatch(/\p{Script=Armenian}/u);
      expect(hy).not.toMatch(/[A-Za-z\p{Script=Cyrillic}]/u);
    }
    for (const ru of textsIn('ru')) {
      expect(ru).toMatch(/\p{Script=Cyrillic}/u);
      expect(ru).not.toMatch(/[A-Za-z\p{Script=Armenian}]/u);
    }
    for (const az of textsIn('az')) {
      expect(az).toMatch(/[A-Za-z]/);
      expect(az).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Armenian}]/u);
    }
    expect(textsIn('az').join(' ')).toMatch(/[əşçğıöüƏŞÇĞÖÜ]/);
  });

  it('does not reuse the English text as a translation', () => {
    for (const text of texts) {
      for (const lang of ['hy', 'az', 'ru'] as const) expect(text[lang]).not.toBe(text.en);
    }
  });
});
