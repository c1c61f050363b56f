import { fieldError, optionalText, optionalTime, requiredInteger, requiredText } from './gtfs-fields';
import type { ColumnRule, GtfsRow } from './gtfs-table';
import { formatGtfsTime } from './gtfs-time';
import type { StopLookup, StopPoint } from './read-stops';
import type { RecordIds } from './record-ids';

/** The columns stop_times.txt must have. */
export const STOP_TIME_COLUMNS: readonly ColumnRule[] = ['trip_id', 'stop_id', 'stop_sequence', ['arrival_time', 'departure_time']];

/** A stop of a trip: the stop's record id, arrival and departure in GTFS seconds. */
export type StopTime = [stopId: string, arrival: number, departure: number];

interface Call {
  row: GtfsRow;
  sequence: number;
  stop: StopPoint;
  arrival: number | undefined;
  departure: number | undefined;
}

/**
 * Each trip's stop times from stop_times.txt by GTFS trip_id, in stop_sequence order; stops without times
 * get times interpolated linearly by straight-line distance between the timed stops around them.
 */
export function readStopTimes(
  rows: readonly GtfsRow[],
  tripIds: RecordIds,
  stops: StopLookup,
): Map<string, StopTime[]> {
  const callsByTrip = new Map<string, Call[]>();
  for (const row of rows) {
    const tripId = requiredText(row, 'trip_id');
    if (tripIds.get(tripId) === undefined) throw fieldError(row, 'trip_id', `"${tripId}" is not in trips.txt`, 'foreign_key_violation');
    const stop = stops.resolve(row, requiredText(row, 'stop_id'));
    const arrival = optionalTime(row, 'arrival_time');
    const departure = optionalTime(row, 'departure_time');
    if (arrival === undefined && departure === undefined && optionalText(row, 'timepoint') === '1') {
      throw fieldError(row, 'arrival_time', 'is empty, but timepoint 1 says the times are exact');
    }
    const call = { row, sequence: requiredInteger(row, 'stop_sequence', 0, Number.MAX_SAFE_INTEGER), stop, arrival, departure };
    const calls = callsByTrip.get(tripId);
    if (calls) calls.push(call);
    else callsByTrip.set(tripId, [call]);
  }
  const stopTimes = new Map<string, StopTime[]>();
  for (const [tripId, calls] of callsByTrip) stopTimes.set(tripId, timeCalls(tripId, calls));
  return stopTimes;
}

function timeCalls(tripId: string, calls: Call[]): StopTime[] {
  calls.sort((a, b) => a.sequence - b.sequence);
  let previous: Call | undefined;
  for (const call of calls) {
    if (previous?.sequence === call.sequence) {
      throw fieldError(call.row, 'stop_sequence', `${call.sequence} is given twice for trip "${tripId}" (also line ${previous.row.line})`);
    }
    call.arrival ??= call.departure;
    call.departure ??= call.arrival;
    previous = call;
  }
  for (const end of [calls[0]!, calls.at(-1)!]) {
    if (end.arrival === undefined) throw fieldError(end.row, 'arrival_time', 'is empty, but the first and last stop of a trip need times', 'missing_trip_edge');
  }
  checkOrder(calls.filter((call) => call.arrival !== undefined));
  let lastTimed = 0;
  for (let k = 1; k < calls.length; k++) {
    if (calls[k]!.arrival === undefined) continue;
    if (k - lastTimed > 1) interpolate(calls.slice(lastTimed, k + 1));
    lastTimed = k;
  }
  return calls.map((call) => [call.stop.id, call.arrival!, call.departure!]);
}

function checkOrder(timed: readonly Call[]): void {
  let previousDeparture = 0;
  for (const { row, arrival, departure } of timed) {
    if (arrival! < previousDeparture) {
      throw fieldError(row, 'arrival_time', `${formatGtfsTime(arrival!)} is before the departure from the stop before (${formatGtfsTime(previousDeparture)})`, 'stop_time_with_arrival_before_previous_departure_time');
    }
    if (departure! < arrival!) throw fieldError(row, 'departure_time', `${formatGtfsTime(departure!)} is before arrival_time ${formatGtfsTime(arrival!)}`, 'stop_time_with_departure_before_arrival_time');
    previousDeparture = departure!;
  }
}

/** Times the untimed calls between the first and last of `span` in proportion to the distance travelled. */
function interpolate(span: readonly Call[]): void {
  const travelled = [0];
  for (let k = 1; k < span.length; k++) travelled.push(travelled[k - 1]! + distanceKm(span[k - 1]!.stop, span[k]!.stop));
  const total = travelled.at(-1)!;
  const from = span[0]!.departure!;
  const to = span.at(-1)!.arrival!;
  for (let k = 1; k < span.length - 1; k++) {
    // Stops all at one point leave no distance to go by: fall back to even spacing.
    const fraction = total > 0 ? travelled[k]! / total : k / (span.length - 1);
    const time = Math.round(from + fraction * (to - from));
    span[k]!.arrival = time;
    span[k]!.departure = time;
  }
}

function distanceKm(a: StopPoint, b: StopPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
