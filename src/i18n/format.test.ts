import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAge, formatBytes, formatDate, formatDistance, formatNumber } from './format';

const locale = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as object;
const now = new Date('2020-12-22T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const withAllLanguages = () =>
  i18next.init({
    lng: 'en',
    fallbackLng: false,
    resources: Object.fromEntries(['en', 'hy', 'az', 'ru'].map((lang) => [lang, { translation: locale(lang) }])),
    interpolation: { escapeValue: false },
  });

describe('formatAge', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'ru', fallbackLng: false, resources: { ru: { translation: locale('ru') }, hy: { translation: locale('hy') } } });
  });

  it('uses every Russian plural form (one, few, many)', async () => {
    await i18next.changeLanguage('ru');
    expect(formatAge(daysAgo(1), now)).toBe('1 день назад');
    expect(formatAge(daysAgo(3), now)).toBe('3 дня назад');
    expect(formatAge(daysAgo(5), now)).toBe('5 дней назад');
    expect(formatAge(daysAgo(21), now)).toBe('21 день назад');
    expect(formatAge(daysAgo(22), now)).toBe('22 дня назад');
  });

  it('counts hours under a day and says "just now" under an hour', async () => {
    await i18next.changeLanguage('ru');
    expect(formatAge(new Date(now.getTime() - 2 * 3_600_000), now)).toBe('2 часа назад');
    expect(formatAge(new Date(now.getTime() - 60_000), now)).toBe(i18next.t('age.justNow'));
  });

  it('reads well in Armenian, where 0 and 1 share the "one" form', async () => {
    await i18next.changeLanguage('hy');
    expect(formatAge(daysAgo(1), now)).toMatch(/^1 /);
    expect(formatAge(daysAgo(7), now)).toMatch(/^7 /);
  });
});

describe('formatDistance', () => {
  beforeAll(withAllLanguages);

  it('rounds metres to tens below 1 km and shows km with a decimal below 10 km', () => {
    expect(formatDistance(347, 'en')).toBe('350 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(15_600, 'en')).toBe('16 km');
    expect(formatDistance(1234, 'ru')).toMatch(/^1,2\s*км$/);
  });
});

describe('formatDate (CLDR medium dates from the locale files, no Intl on the start path)', () => {
  beforeAll(withAllLanguages);

  it('writes a calendar date the way each language does', () => {
    expect(formatDate('2020-12-22', 'en')).toBe('Dec 22, 2020');
    expect(formatDate('2020-12-22', 'hy')).toBe('22 դեկ, 2020 թ.');
    expect(formatDate('2020-12-22', 'az')).toBe('22 dek 2020');
    expect(formatDate('2020-12-22', 'ru')).toBe('22 дек. 2020 г.');
    // Russian months after a day number are in the genitive; Azerbaijani August is "avq".
    expect(formatDate('2021-05-09', 'ru')).toBe('9 мая 2021 г.');
    expect(formatDate('2021-08-15', 'az')).toBe('15 avq 2021');
    expect(formatDate('2021-01-03', 'hy')).toBe('3 հնվ, 2021 թ.');
  });

  it('reads an instant in the zone asked for, and a calendar date as written whatever the zone', () => {
    const lateOnNewYearsEve = '2020-12-31T22:30:00Z';
    expect(formatDate(lateOnNewYearsEve, 'en', 'UTC')).toBe('Dec 31, 2020');
    expect(formatDate(lateOnNewYearsEve, 'en', 'Asia/Baku')).toBe('Jan 1, 2021'); // UTC+4
    expect(formatDate(new Date(2020, 11, 22, 23, 30), 'en')).toBe('Dec 22, 2020'); // the phone's own zone
    expect(formatDate('2020-12-22', 'en', 'Asia/Yerevan')).toBe('Dec 22, 2020');
  });

  it('refuses what is not a date rather than printing "NaN"', () => {
    expect(() => formatDate('22/12/2020', 'en')).toThrow(RangeError);
  });

  it('agrees with the CLDR data of this runtime for every month in every language', () => {
    for (const lang of ['en', 'hy', 'az', 'ru'] as const) {
      const cldr = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2021, month, 7));
        expect(formatDate(date.toISOString().slice(0, 10), lang)).toBe(cldr.format(date));
      }
    }
  });
});

describe('formatNumber and formatBytes (CLDR separators from the locale files, no Intl on a first screen)', () => {
  beforeAll(withAllLanguages);

  it('writes decimals and thousands the way each language does', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'az', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'ru', 1)).toBe('1\u00a0234,5');
    // Armenian groups only from five digits on.
    expect(formatNumber(1234.5, 'hy', 1)).toBe('1234,5');
    expect(formatNumber(12345.6, 'hy', 1)).toBe('12\u00a0345,6');
  });

  it('rounds half up on the decimal written, and drops trailing zeros', () => {
    expect(formatNumber(2.05, 'en', 1)).toBe('2.1');
    expect(formatNumber(0.45, 'ru', 1)).toBe('0,5');
    expect(formatNumber(12.04, 'en', 1)).toBe('12');
    expect(formatNumber(999.96, 'en', 1)).toBe('1,000');
    expect(formatNumber(347, 'en', 0)).toBe('347');
  });

  it('says how much has downloaded in the units each language uses', () => {
    expect(formatBytes(600_000, 'en')).toBe('600 kB');
    expect(formatBytes(1_300_000, 'ru')).toBe('1,3 МБ');
    expect(formatBytes(1_250_000, 'hy')).toBe('1,3 ՄԲ');
    expect(formatBytes(45_600, 'az')).toBe('45,6 kB');
  });

  it('agrees with the CLDR data of this runtime', () => {
    for (const lang of ['en', 'hy', 'az', 'ru'] as const) {
      const cldr = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
      for (const value of [0, 0.4, 7.25, 99.95, 1000, 1234.5, 12_345.6, 123_456, 1_234_567.8]) expect(formatNumber(value, lang, 1)).toBe(cldr.format(value));
      for (const [bytes, unit, value] of [[450_000, 'kilobyte', 450], [1_300_000, 'megabyte', 1.3]] as const) {
        expect(formatBytes(bytes, lang)).toBe(new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value));
      }
    }
  });
});
