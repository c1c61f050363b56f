// Dates as GTFS writes them (YYYYMMDD), counted in whole UTC days so local time zones never shift them.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYYMMDD date; undefined when malformed or not in the calendar. */
export function toDayNumber(yyyymmdd: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 20070230 over to March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

/** The YYYYMMDD date of a day number. */
export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Monday = 0 … Sunday = 6, the order of GTFS calendar.txt. */
export function weekdayIndex(days: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((days + 3) % 7) + 7) % 7;
}
