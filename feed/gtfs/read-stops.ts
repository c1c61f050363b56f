import type { Stop } from '../../src/model/datasets';
import { optionalInteger, optionalText, requiredNumber, requiredText } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { RecordIds } from './record-ids';

/** The columns stops.txt must have. */
export const STOP_COLUMNS = ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'] as const;

/** A stop's record id and position, for stop_times.txt to refer to. */
export interface StopPoint {
  id: string;
  lat: number;
  lon: number;
}

/** Stops where vehicles stop (location_type 0) from stops.txt, and each one's point by GTFS stop_id. */
export function readStops(rows: readonly GtfsRow[], context: ImportContext): { stops: Stop[]; points: Map<string, StopPoint> } {
  const ids = new RecordIds();
  const stops: Stop[] = [];
  const points = new Map<string, StopPoint>();
  for (const row of rows) {
    // Stations, entrances, nodes and boarding areas (1–4) are never in stop_times.txt; the app has no use for them.
    if ((optionalInteger(row, 'location_type', 0, 4) ?? 0) !== 0) continue;
    const gtfsId = requiredText(row, 'stop_id');
    const id = ids.add(row, 'stop_id', gtfsId);
    const stop: Stop = {
      id,
      source: context.source,
      verifiedAt: context.verifiedAt,
      name: context.translate('stops', 'stop_name', gtfsId, requiredText(row, 'stop_name')),
      lat: requiredNumber(row, 'stop_lat', -90, 90),
      lon: requiredNumber(row, 'stop_lon', -180, 180),
    };
    const description = optionalText(row, 'stop_desc');
    if (description !== undefined) stop.description = context.translate('stops', 'stop_desc', gtfsId, description);
    stops.push(stop);
    points.set(gtfsId, { id, lat: stop.lat, lon: stop.lon });
  }
  return { stops, points };
}
