import type { Service, Trip } from '../../src/model/datasets';
import { serviceDateRange } from '../../src/model/service-days';
import { fieldError, optionalText, requiredText } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { readStopTimes } from './read-stop-times';
import type { StopLookup } from './read-stops';
import { RecordIds } from './record-ids';

/** The columns trips.txt must have. */
export const TRIP_COLUMNS = ['trip_id', 'route_id', 'service_id'] as const;

/** A trip as trips.txt and stop_times.txt give it, with its GTFS id and row for frequencies.txt. */
export interface TripDraft {
  gtfsId: string;
  row: GtfsRow;
  trip: Trip;
}

/** What trips refer to: record ids of routes and services, the services themselves, and stops by GTFS stop_id. */
export interface TripReferences {
  routeIds: RecordIds;
  serviceIds: RecordIds;
  services: readonly Service[];
  stops: StopLookup;
}

/** Trips from trips.txt with their stop times from stop_times.txt, and the record ids of their GTFS trip_ids. */
export function readTrips(
  tripRows: readonly GtfsRow[],
  stopTimeRows: readonly GtfsRow[],
  references: TripReferences,
  context: ImportContext,
): { drafts: TripDraft[]; ids: RecordIds } {
  const ids = new RecordIds();
  for (const row of tripRows) ids.add(row, 'trip_id', requiredText(row, 'trip_id'));
  const stopTimes = readStopTimes(stopTimeRows, ids, references.stops);
  // A trip on a service that never runs would be listed with no day to take it: refused, not dropped,
  // because the operator meant it to run and the calendar says otherwise.
  const neverRuns = new Set(references.services.filter((service) => serviceDateRange([service]) === undefined).map((service) => service.id));
  const drafts = tripRows.map((row): TripDraft => {
    const gtfsId = requiredText(row, 'trip_id');
    const times = stopTimes.get(gtfsId) ?? [];
    if (times.length < 2) throw fieldError(row, 'trip_id', `trip "${gtfsId}" has ${times.length} stop times in stop_times.txt; it needs at least 2`);
    const trip: Trip = {
      id: ids.get(gtfsId)!,
      source: context.source,
      verifiedAt: context.verifiedAt,
      routeId: lookUp(row, 'route_id', references.routeIds, 'is not in routes.txt'),
      serviceId: lookUp(row, 'service_id', references.serviceIds, 'is in neither calendar.txt nor calendar_dates.txt'),
      stopTimes: times,
    };
    if (neverRuns.has(trip.serviceId)) {
      throw fieldError(row, 'service_id', `trip "${gtfsId}" runs on service "${requiredText(row, 'service_id')}", which has no day to run on in calendar.txt and calendar_dates.txt`, 'trip_without_service_days');
    }
    const headsign = optionalText(row, 'trip_headsign');
    if (headsign !== undefined) trip.headsign = context.translate('trips', 'trip_headsign', gtfsId, headsign);
    return { gtfsId, row, trip };
  });
  return { drafts, ids };
}

function lookUp(row: GtfsRow, column: string, ids: RecordIds, missing: string): string {
  const gtfsId = requiredText(row, column);
  const id = ids.get(gtfsId);
  if (id === undefined) throw fieldError(row, column, `"${gtfsId}" ${missing}`, 'foreign_key_violation');
  return id;
}
