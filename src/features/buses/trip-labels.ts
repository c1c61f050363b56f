// A departure reads the way the reader travels: the trip's own destination, not the route's name,
// which names both ends once for both directions; and an arrival on a later day says so.
import type { Stop, Trip } from '../../model/datasets';
import type { L10n } from '../../model/vocabulary';
import { localServiceDate } from './zoned-time';

/** Where a trip is heading: its headsign, else (as GTFS says) the name of its last stop. */
export function tripHeadsign(trip: Trip, stopsById: ReadonlyMap<string, Stop>): L10n | undefined {
  return trip.headsign ?? stopsById.get(trip.stopTimes.at(-1)?.[0] ?? '')?.name;
}

const dayNumber = (yyyymmdd: string) => Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / 86_400_000;

/** Calendar days from `from` to `to` in `timeZone`: 1 for a bus that arrives after midnight. */
export function daysLater(from: Date, to: Date, timeZone: string): number {
  return dayNumber(localServiceDate(to, timeZone)) - dayNumber(localServiceDate(from, timeZone));
}
