// GTFS times are local to the agency's zone; these turn them into instants with Intl only,
// never with fixed offsets, so a zone that changes its rules is still right.

function zoneParts(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
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

/** The instant of a GTFS time (seconds from "noon minus 12 h", may pass 24:00) on a service date. */
export function serviceTimeToInstant(yyyymmdd: string, seconds: number, timeZone: string): Date {
  const noonGuess = Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8), 12);
  const local = zoneParts(noonGuess, timeZone);
  const offset = Date.UTC(local.y, local.m - 1, local.d, local.h, local.min, local.s) - noonGuess;
  const localNoon = noonGuess - offset;
  return new Date(localNoon - 12 * 3_600_000 + seconds * 1000);
}
