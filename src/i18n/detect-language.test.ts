import { describe, expect, it } from 'vitest';
import { detectLanguage, toLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('takes ?lang= over everything else', () => {
    expect(detectLanguage('?lang=az', 'ru', ['hy-AM'])).toBe('az');
  });
  it('ignores an unknown ?lang= and uses the saved choice', () => {
    expect(detectLanguage('?lang=xx', 'ru', ['hy-AM'])).toBe('ru');
  });
  it('falls back to the first supported browser language', () => {
    expect(detectLanguage('', null, ['de-DE', 'hy-AM', 'ru'])).toBe('hy');
  });
  it('falls back to English when nothing matches', () => {
    expect(detectLanguage('', 'fr', ['de', 'tr'])).toBe('en');
  });
});

describe('toLanguage', () => {
  it('reduces region tags to the base language', () => {
    expect(toLanguage('RU_ru')).toBe('ru');
    expect(toLanguage('az-Latn-AZ')).toBe('az');
    expect(toLanguage(undefined)).toBeUndefined();
  });
});
