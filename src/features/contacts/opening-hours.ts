// Whether a service is open, offline. Opening hours are wall-clock times in the service's own zone;
// Intl reads that wall clock for an instant, never a fixed offset, so DST and rule changes are right.
import type { Contact } from '../../model/datasets';
import { wallClock as zoneWallClock } from '../../i18n/wall-clock';

type Hours = Contact['hours'];
type Period = NonNullable<Hours>['periods'][number];

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;
/** A wall-clock reading: date, ISO weekday (1 = Monday) and minutes since local midnight. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

/**
 * Whether the service is open at `at`, by its hours in its own zone; undefined when the hours are
 * unknown (none given, no periods, or a zone this device does not know).
 */
export function isOpenAt(hours: Hours, at: Date): boolean | undefined {
  if (!hours || hours.periods.length === 0) return undefined;
  try {
    const clock = wallClock(at.getTime(), hours.timezone);
    return isOpenOn(hours.periods, clock.weekday, clock.minutes);
  } catch {
    // RangeError: an unknown IANA zone (feeds only check it is non-empty) or an invalid Date.
    return undefined;
  }
}

/** The next instant after `at` when the service opens or closes; undefined if never within a week or unknown. */
export function nextChange(hours: Hours, at: Date): Date | undefined {
  const isOpen = isOpenAt(hours, at);
  if (isOpen === undefined || !hours) return undefined;
  const zone = hours.timezone;
  const from = floorToMinute(at.getTime());

  // The state can only flip where the wall clock reaches a boundary, which happens at the boundary's
  // wall time under one of the UTC offsets the zone uses in the window, or where the offset jumps
  // (a DST jump can skip a boundary). Checking each of those instants in order finds the first flip.
  const candidates: number[] = [];
  const offsets = new Set<number>();
  let previous = offsetAt(from - DAY_MS, zone);
  offsets.add(previous);
  for (let day = 0; day <= 9; day++) {
    const offset = offsetAt(from + day * DAY_MS, zone);
    if (offset !== previous) {
      candidates.push(offsetChangeBetween(from + (day - 1) * DAY_MS, from + day * DAY_MS, zone));
      offsets.add(offset);
      previous = offset;
    }
  }

  const today = wallClock(from, zone);
  for (let day = -1; day <= 8; day++) {
    const weekday = ((today.weekday - 1 + day + 7) % 7) + 1;
    // Local midnight of that day as if it were UTC; subtracting an offset makes it an instant.
    const midnight = Date.UTC(today.year, today.month - 1, today.day + day);
    for (const period of hours.periods) {
      if (!period.days.includes(weekday)) continue;
      const { opens, closes } = periodMinutes(period);
      for (const offset of offsets) {
        candidates.push(midnight + opens * MINUTE_MS - offset, midnight + closes * MINUTE_MS - offset);
      }
    }
  }

  const later = candidates.filter((instant) => instant > at.getTime()).sort((a, b) => a - b);
  const flip = later.find((instant) => isOpenAt(hours, new Date(instant)) !== isOpen);
  return flip === undefined ? undefined : new Date(flip);
}

function isOpenOn(periods: readonly Period[], weekday: number, minutes: number): boolean {
  const yesterday = weekday === 1 ? 7 : weekday - 1;
  return periods.some((period) => {
    const { opens, closes } = periodMinutes(period);
    if (closes <= DAY_MINUTES) return period.days.includes(weekday) && minutes >= opens && minutes < closes;
    // Past midnight: the period belongs to the day it opens and runs into the next morning.
    return (period.days.includes(weekday) && minutes >= opens) || (period.days.includes(yesterday) && minutes < closes - DAY_MINUTES);
  });
}

/**
 * Opening and closing as minutes from the listed day's midnight. '24:00' is that day's end; a closing
 * time at or before the opening time is on the next day ('22:00'–'06:00' ends at 06:00 the day after).
 */
function periodMinutes(period: Period): { opens: number; closes: number } {
  const opens = hhmmToMinutes(period.opens);
  const closes = hhmmToMinutes(period.closes);
  return { opens, closes: closes <= opens ? closes + DAY_MINUTES : closes };
}

function hhmmToMinutes(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const { year, month, day, weekday, hour, minute } = zoneWallClock(instant, timeZone);
  return { year, month, day, weekday, minutes: hour * 60 + minute };
}

/** The zone's UTC offset at an instant, in milliseconds (local wall clock minus UTC). */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, 0, clock.minutes) - floorToMinute(instant);
}

/** The first whole minute in (`from`, `to`] whose offset differs from the one at `from`. */
function offsetChangeBetween(from: number, to: number, timeZone: string): number {
  const before = offsetAt(from, timeZone);
  let low = from;
  let high = to;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

function floorToMinute(instant: number): number {
  return Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}
