import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAge, formatDistance } from './format';
import { t, useStrings } from './i18n';
import type { Strings } from './translate';

const locale = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as Strings;
const now = new Date('2020-12-22T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('formatAge', () => {

  it('uses every Russian plural form (one, few, many)', async () => {
    useStrings('ru', locale('ru'));
    expect(formatAge(daysAgo(1), now)).toBe('1 день назад');
    expect(formatAge(daysAgo(3), now)).toBe('3 дня назад');
    expect(formatAge(daysAgo(5), now)).toBe('5 дней назад');
    expect(formatAge(daysAgo(21), now)).toBe('21 день назад');
    expect(formatAge(daysAgo(22), now)).toBe('22 дня назад');
  });

  it('counts hours under a day and says "just now" under an hour', async () => {
    useStrings('ru', locale('ru'));
    expect(formatAge(new Date(now.getTime() - 2 * 3_600_000), now)).toBe('2 часа назад');
    expect(formatAge(new Date(now.getTime() - 60_000), now)).toBe(t('age.justNow'));
  });

  it('reads well in Armenian, where 0 and 1 share the "one" form', async () => {
    useStrings('hy', locale('hy'));
    expect(formatAge(daysAgo(1), now)).toMatch(/^1 /);
    expect(formatAge(daysAgo(7), now)).toMatch(/^7 /);
  });
});

describe('formatDistance', () => {
  it('rounds metres to tens below 1 km and shows km with a decimal below 10 km', () => {
    expect(formatDistance(347, 'en')).toBe('350 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(15_600, 'en')).toBe('16 km');
    expect(formatDistance(1234, 'ru')).toMatch(/^1,2\s*км$/);
  });
});
