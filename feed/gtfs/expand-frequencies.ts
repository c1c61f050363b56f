import type { Trip } from '../../src/model/datasets';
import type { Notices } from '../validation-report';
import { fieldError, requiredInteger, requiredText, requiredTime } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';
import { MAX_SERVICE_SECONDS, formatGtfsTime } from './gtfs-time';
import type { TripDraft } from './read-trips';
import type { RecordIds } from './record-ids';

/** The most trips one route may have once frequencies.txt is expanded: a day of 10-minute headways on 14 service patterns. */
export const MAX_TRIPS_PER_ROUTE = 2016;

/** The columns frequencies.txt must have. */
export const FREQUENCY_COLUMNS = ['trip_id', 'start_time', 'end_time', 'headway_secs'] as const;

/**
 * The feed's concrete trips: each trip named in frequencies.txt is replaced by one trip per headway,
 * id "<trip>-<HHMM>", its stop times shifted to start then. exact_times 0 and 1 expand alike.
 */
export function expandFrequencies(rows: readonly GtfsRow[] | undefined, drafts: readonly TripDraft[], tripIds: RecordIds, notices?: Notices): Trip[] {
  const periodsByTrip = new Map<string, GtfsRow[]>();
  for (const row of rows ?? []) {
    const tripId = requiredText(row, 'trip_id');
    if (tripIds.get(tripId) === undefined) throw fieldError(row, 'trip_id', `"${tripId}" is not in trips.txt`, 'foreign_key_violation');
    const periods = periodsByTrip.get(tripId);
    if (periods) periods.push(row);
    else periodsByTrip.set(tripId, [row]);
  }
  const tripsPerRoute = new Map<string, number>();
  const count = (trip: Trip, row: GtfsRow, made: string) => {
    const total = (tripsPerRoute.get(trip.routeId) ?? 0) + 1;
    tripsPerRoute.set(trip.routeId, total);
    if (total > MAX_TRIPS_PER_ROUTE) {
      throw fieldError(row, made === 'frequencies' ? 'headway_secs' : 'trip_id', `route "${trip.routeId}" would have more than ${MAX_TRIPS_PER_ROUTE} trips${made === 'frequencies' ? ' once frequencies.txt is expanded: is headway_secs in seconds?' : ''}`, 'too_many_trips_per_route');
    }
  };
  return drafts.flatMap((draft) => {
    const periods = periodsByTrip.get(draft.gtfsId);
    if (!periods) {
      count(draft.trip, draft.row, 'trips');
      return [draft.trip];
    }
    return periods.flatMap((period) => {
      const trips = expandPeriod(period, draft, tripIds, (trip) => count(trip, period, 'frequencies'));
      notices?.add({ code: 'frequencies_expanded', severity: 'INFO', file: period.file, line: period.line, field: 'headway_secs', message: `trip "${draft.gtfsId}" every ${requiredText(period, 'headway_secs')} s: ${trips.length} trips` });
      return trips;
    });
  });
}

function expandPeriod(row: GtfsRow, { gtfsId, trip }: TripDraft, tripIds: RecordIds, count: (trip: Trip) => void): Trip[] {
  const start = requiredTime(row, 'start_time');
  const end = requiredTime(row, 'end_time');
  const headway = requiredInteger(row, 'headway_secs', 1, MAX_SERVICE_SECONDS);
  if (end <= start) throw fieldError(row, 'end_time', `${formatGtfsTime(end)} is not after start_time ${formatGtfsTime(start)}`);
  // GTFS frequencies give the departure from the first stop; the trip's own times only give the spacing.
  const templateStart = trip.stopTimes[0]![2];
  const trips: Trip[] = [];
  // The reference: trips start at start_time + k × headway_secs while that is before end_time.
  for (let departure = start; departure < end; departure += headway) {
    const shift = departure - templateStart;
    const stopTimes = trip.stopTimes.map(([stop, a, d]): [string, number, number] => [stop, a + shift, d + shift]);
    if (stopTimes[0]![1] < 0 || stopTimes.at(-1)![2] > MAX_SERVICE_SECONDS) {
      throw fieldError(row, 'start_time', `a trip leaving at ${formatGtfsTime(departure)} would run outside the 7 days of its service day`);
    }
    const id = tripIds.add(row, 'trip_id', `${gtfsId}-${timeLabel(departure)}`);
    const expanded = { ...trip, id, stopTimes };
    // Counted as it is made, so a headway of one second stops at the cap, not after 21,600 trips.
    count(expanded);
    trips.push(expanded);
  }
  return trips;
}

/** "0630" for 06:30:00, "063015" when seconds matter. */
function timeLabel(seconds: number): string {
  const label = formatGtfsTime(seconds).replaceAll(':', '');
  return label.endsWith('00') ? label.slice(0, -2) : label;
}
