// Dates, ages, numbers and distances through Intl, in the UI language.
import type { Language } from '../model/vocabulary';
import { t } from './i18n';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

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

/** A date as the reader's language writes it, e.g. "22 Dec 2020". */
export function formatDate(value: string | Date, lang: Language, timeZone?: string): string {
  // A bare YYYY-MM-DD is a calendar date: show it as such, whatever the phone's time zone.
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: isCalendarDate ? 'UTC' : timeZone,
  }).format(new Date(value));
}

/** A time of day, e.g. "08:00", in the given IANA zone. */
export function formatTime(value: Date, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(value);
}

/** A distance: metres below 1 km, else kilometres with one decimal under 10 km. */
export function formatDistance(metres: number, lang: Language): string {
  if (metres < 1000) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10);
  }
  const km = metres / 1000;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** A byte count for Settings, e.g. "1.2 MB". */
export function formatBytes(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
