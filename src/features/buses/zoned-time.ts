// GTFS times are local to the agency's zone; these turn them into instants with Intl only,
// never with fixed offsets, so a zone that changes its rules is still right.
import { wallClock } from '../../i18n/wall-clock';

function zoneParts(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const clock = wallClock(instant, timeZone);
  return { y: clock.year, m: clock.month, d: clock.day, h: clock.hour, min: clock.minute, s: clock.second };
}

/** Local date in `timeZone` as YYYYMMDD (GTFS's form). */
export function localServiceDate(instant: Date, timeZone: string): string {
  const { y, m, d } = zoneParts(instant.getTime(), timeZone);
  return `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/** A YYYYMMDD date moved by whole days. */
export function addDays(yyyymmdd: string, days: number): string {
  const date = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8) + days));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

const dayStarts = new Map<string, number>();

/** The instant GTFS counts a service day's times from: local noon minus 12 h (cached). */
export function serviceDayStart(yyyymmdd: string, timeZone: string): number {
  const key = `${timeZone} ${yyyymmdd}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    const noonGuess = Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8), 12);
    const local = zoneParts(noonGuess, timeZone);
    const offset = Date.UTC(local.y, local.m - 1, local.d, local.h, local.min, local.s) - noonGuess;
    start = noonGuess - offset - 12 * 3_600_000;
    dayStarts.set(key, start);
  }
  return start;
}
