// First-load module: dates, ages, numbers and distances in the UI language.
import type { Language } from '../model/vocabulary';
import { t } from './i18n';
import { wallClock } from './wall-clock';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// Times of day (buses) and spans of time (QR transfer) still go through Intl, and making an Intl
// formatter costs far more than using one (milliseconds on a slow phone, every departure shows
// two times): keep one per language and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

/** "updated 3 days ago"-style age of a past moment, plural-correct in every language. */
export function formatAge(then: string | Date, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - new Date(then).getTime());
  if (elapsed < HOUR_MS) return t('age.justNow');
  if (elapsed < DAY_MS) return t('age.hours', { count: Math.floor(elapsed / HOUR_MS) });
  return t('age.days', { count: Math.floor(elapsed / DAY_MS) });
}

/** Whole days between two moments, for the "data is old" checks. */
export function daysBetween(then: string | Date, now: Date): number {
  return Math.floor((now.getTime() - new Date(then).getTime()) / DAY_MS);
}

/**
 * A date as the reader's language writes it: CLDR's medium date ("Dec 22, 2020", "22 դեկ, 2020
 * թ.", "22 dek 2020", "22 дек. 2020 г."), its pattern and month names kept in the locale files.
 * Not through Intl: the first Intl date formatter of a page costs 100–150 ms at CPU ×4 (ICU's
 * date machinery starting up), and every hazard card on Home shows a date.
 */
export function formatDate(value: string | Date, lang: Language, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  // A bare YYYY-MM-DD is a calendar date: show it as such, whatever the phone's time zone.
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const { year, month, day } =
    isCalendarDate || timeZone === 'UTC'
      ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
      : timeZone
        ? wallClock(date.getTime(), timeZone)
        : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  const months = t('date.monthsShort', { lng: lang }).split('|');
  return t('date.medium', { lng: lang, day, month: months[month - 1], year });
}

/** A time of day, e.g. "08:00", in the given IANA zone. */
export function formatTime(value: Date, lang: Language, timeZone: string): string {
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(value);
}

/** A distance: metres below 1 km, else kilometres with one decimal under 10 km. */
export function formatDistance(metres: number, lang: Language): string {
  if (metres < 1000) return t('units.meter', { lng: lang, value: formatNumber(Math.round(metres / 10) * 10, lang, 0) });
  const km = metres / 1000;
  return t('units.kilometer', { lng: lang, value: formatNumber(km, lang, km < 10 ? 1 : 0) });
}

/** A byte count, e.g. "1.2 MB" (Settings, and the download progress on a first install's first screen). */
export function formatBytes(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'units.megabyte'] : [bytes / 1000, 'units.kilobyte'];
  return t(unit, { lng: lang, value: formatNumber(value, lang, 1) });
}

/**
 * A number as the language writes it (CLDR's decimal and grouping separators, kept in the locale
 * files), rounded half up to at most `maximumFractionDigits`, without trailing zeros. Not through
 * Intl for the same reason as formatDate: the first Intl formatter of a page is a 100–150 ms task
 * at CPU ×4, and the first screen of a first install shows its download progress in bytes.
 */
export function formatNumber(value: number, lang: Language, maximumFractionDigits: number): string {
  const scale = 10 ** maximumFractionDigits;
  // The epsilon undoes binary representation (2.05 is stored as 2.04999…): CLDR rounds the decimal.
  const rounded = Math.round(Math.abs(value) * scale + 1e-7) / scale;
  const [whole = '0', fraction = ''] = rounded.toFixed(maximumFractionDigits).split('.');
  const grouping = Number(t('number.minimumGrouping', { lng: lang }));
  const grouped = whole.length >= 3 + grouping ? whole.replace(/\B(?=(\d{3})+$)/g, t('number.group', { lng: lang })) : whole;
  const digits = fraction.replace(/0+$/, '');
  return `${value < 0 && rounded > 0 ? '-' : ''}${grouped}${digits ? t('number.decimal', { lng: lang }) + digits : ''}`;
}

/** A short span of time in words, e.g. "45 seconds", "3 minutes", "2 hours", plural-correct through Intl. */
export function formatElapsed(ms: number, lang: Language): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : seconds < 90 * 60 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
