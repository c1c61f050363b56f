// First-load module: dates, ages, numbers and distances in the UI language.
import type { Language } from '../model/vocabulary';
import { t } from './i18n';
import { wallClock } from './wall-clock';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// Making an Intl formatter costs far more than using one (milliseconds on a slow phone, and
// Home formats dozens of dates): keep one per language and options.
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
  if (metres < 1000) {
    return numberFormat(lang, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10);
  }
  const km = metres / 1000;
  return numberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** A byte count for Settings, e.g. "1.2 MB". */
export function formatBytes(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return numberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A short span of time in words, e.g. "45 seconds", "3 minutes", "2 hours", plural-correct through Intl. */
export function formatElapsed(ms: number, lang: Language): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : seconds < 90 * 60 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
