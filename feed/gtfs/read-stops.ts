import type { Stop } from '../../src/model/datasets';
import type { Notices } from '../validation-report';
import { fieldError, optionalInteger, optionalText, requiredNumber, requiredText } from './gtfs-fields';
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

const STATION = 1;

interface Station {
  stop: Stop;
  platforms: StopPoint[];
}

/**
 * The stops stop_times.txt may name. The reference says only stops (location_type 0), but real feeds
 * name stations (1) too: such a call goes to the station's platform when it has exactly one, else to
 * the station itself, which then becomes a stop of the app. Each repair is reported.
 */
export class StopLookup {
  readonly #points: ReadonlyMap<string, StopPoint>;
  readonly #stations: ReadonlyMap<string, Station>;
  readonly #usedStations = new Map<string, Stop>();
  readonly #notices: Notices | undefined;
  constructor(points: ReadonlyMap<string, StopPoint>, stations: ReadonlyMap<string, Station>, notices: Notices | undefined) {
    this.#points = points;
    this.#stations = stations;
    this.#notices = notices;
  }

  /** The point a stop_times row's stop_id stands for; throws when it names no stop or station. */
  resolve(row: GtfsRow, stopId: string): StopPoint {
    const point = this.#points.get(stopId);
    if (point) return point;
    const station = this.#stations.get(stopId);
    if (!station) throw fieldError(row, 'stop_id', `"${stopId}" is not a stop or station in stops.txt`, 'foreign_key_violation');
    const [platform, ...others] = station.platforms;
    if (platform && others.length === 0) {
      this.#notices?.add({ code: 'location_with_unexpected_stop_time', severity: 'WARNING', file: row.file, line: row.line, field: 'stop_id', message: `"${stopId}" is a station (location_type 1); its one platform "${platform.id}" is used` });
      return platform;
    }
    this.#notices?.add({
      code: 'location_with_unexpected_stop_time',
      severity: 'WARNING',
      file: row.file,
      line: row.line,
      field: 'stop_id',
      message: `"${stopId}" is a station (location_type 1) with ${station.platforms.length} platforms; the station itself is used as the stop`,
    });
    this.#usedStations.set(stopId, station.stop);
    return { id: station.stop.id, lat: station.stop.lat, lon: station.stop.lon };
  }

  /** The stations that became stops because stop_times.txt names them and no single platform. */
  get stationStops(): Stop[] {
    return [...this.#usedStations.values()];
  }
}

/** Stops where vehicles stop (location_type 0) from stops.txt, and a lookup for stop_times.txt. */
export function readStops(rows: readonly GtfsRow[], context: ImportContext, notices?: Notices): { stops: Stop[]; lookup: StopLookup } {
  const ids = new RecordIds();
  const stops: Stop[] = [];
  const points = new Map<string, StopPoint>();
  const stations = new Map<string, Station>();
  const parents: [parent: string, point: StopPoint][] = [];
  for (const row of rows) {
    const locationType = optionalInteger(row, 'location_type', 0, 4) ?? 0;
    // Entrances, nodes and boarding areas (2–4) are where people walk, not where a bus stops.
    if (locationType !== 0 && locationType !== STATION) continue;
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
    if (locationType === STATION) {
      stations.set(gtfsId, { stop, platforms: [] });
      continue;
    }
    stops.push(stop);
    const point = { id, lat: stop.lat, lon: stop.lon };
    points.set(gtfsId, point);
    const parent = optionalText(row, 'parent_station');
    if (parent !== undefined) parents.push([parent, point]);
  }
  for (const [parent, point] of parents) stations.get(parent)?.platforms.push(point);
  return { stops, lookup: new StopLookup(points, stations, notices) };
}
