// GTFS static feed → the app's transit tables. What it reads and decides:
// - Files: agency, stops, routes, trips, stop_times, calendar and/or calendar_dates; optional feed_info,
//   frequencies, translations. Any other file (shapes, fares, transfers…) is ignored.
// - Ids become record ids (lower-case, other characters → '-'); two GTFS ids that would collide are an error.
// - Stops: location_type 0; a station (1) named in stop_times.txt becomes its one platform, or itself
//   (a repair real feeds need, reported). Entrances, nodes and boarding areas have no use in the app.
// - stop_times: a stop without times is timed by linear interpolation along the straight-line distance
//   between the timed stops around it; the first and last stop must have times. pickup/drop-off types are dropped.
// - frequencies: every headway becomes a concrete trip "<trip>-<HHMM>"; exact_times 0 is expanded like 1.
// - translations (GTFS reference form): agency_name, stop_name, stop_desc, route_long_name (or
//   route_short_name when there is no long name), trip_headsign, into hy/az/ru/en.
// - Repairs (byte-order mark, CRLF, blank lines, extra columns, line breaks in quoted values, a .zip of a
//   folder, missing feed_info.txt) are reported to options.notices in the canonical validator's terms.
// - Refused: a trip whose service never runs, unparsable or decreasing times, unknown ids, and more than
//   MAX_TRIPS_PER_ROUTE trips on a route (a headway of 1 s).
// Every refusal is a GtfsError naming file, line and column; the output is checked against record-schemas.ts.
import * as v from 'valibot';
import { AgencySchema, RouteSchema, ServiceSchema, StopSchema, TripSchema, describeIssues } from '../../src/model/record-schemas';
import type { Agency, Route, Service, Stop, Trip } from '../../src/model/datasets';
import type { Language } from '../../src/model/vocabulary';
import type { Notices } from '../validation-report';
import { expandFrequencies, FREQUENCY_COLUMNS } from './expand-frequencies';
import { GtfsError } from './gtfs-error';
import { optionalText, requiredDate } from './gtfs-fields';
import { readRequiredTable, readTable, type GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { AGENCY_COLUMNS, readAgencies } from './read-agencies';
import { readFeedFiles } from './read-feed-files';
import { readRoutes, ROUTE_COLUMNS } from './read-routes';
import { CALENDAR_COLUMNS, CALENDAR_DATE_COLUMNS, readServices } from './read-services';
import { STOP_TIME_COLUMNS } from './read-stop-times';
import { readStops, STOP_COLUMNS } from './read-stops';
import { readTranslations, toLanguage, TRANSLATION_COLUMNS } from './read-translations';
import { readTrips, TRIP_COLUMNS } from './read-trips';

export { GtfsError } from './gtfs-error';

/** The transit dataset's tables, as the app stores them. */
export type TransitTables = { agencies: Agency[]; stops: Stop[]; routes: Route[]; services: Service[]; trips: Trip[] };

/** How to stamp and read a feed; each option overrides what feed_info.txt says. */
export interface ImportOptions {
  /** Who the records say they come from; default feed_publisher_name, then the first agency's name. */
  source?: string;
  /** YYYY-MM-DD; default feed_start_date, then today (UTC). */
  verifiedAt?: string;
  /** Language of the feed's untranslated texts, e.g. "hy-AM"; default feed_lang, then English. */
  defaultLanguage?: string;
  /** Where the importer reports what it repaired (the validation report). */
  notices?: Notices;
}

const FILE_NAMES = [
  'agency.txt',
  'stops.txt',
  'routes.txt',
  'trips.txt',
  'stop_times.txt',
  'calendar.txt',
  'calendar_dates.txt',
  'feed_info.txt',
  'frequencies.txt',
  'translations.txt',
];

/** Imports a GTFS feed (a directory or a .zip) into the app's transit tables; throws GtfsError on a bad feed. */
export async function importGtfs(path: string, options: ImportOptions = {}): Promise<TransitTables> {
  const { notices } = options;
  const files = await readFeedFiles(path, FILE_NAMES, notices);
  const agencyRows = readRequiredTable(files, 'agency.txt', AGENCY_COLUMNS, notices);
  const stopRows = readRequiredTable(files, 'stops.txt', STOP_COLUMNS, notices);
  const routeRows = readRequiredTable(files, 'routes.txt', ROUTE_COLUMNS, notices);
  const tripRows = readRequiredTable(files, 'trips.txt', TRIP_COLUMNS, notices);
  const stopTimeRows = readRequiredTable(files, 'stop_times.txt', STOP_TIME_COLUMNS, notices);
  const calendarRows = readTable(files, 'calendar.txt', CALENDAR_COLUMNS, notices);
  const calendarDateRows = readTable(files, 'calendar_dates.txt', CALENDAR_DATE_COLUMNS, notices);
  const feedInfo = readTable(files, 'feed_info.txt', [], notices)?.[0];
  const frequencyRows = readTable(files, 'frequencies.txt', FREQUENCY_COLUMNS, notices);
  const translationRows = readTable(files, 'translations.txt', TRANSLATION_COLUMNS, notices);
  if (!feedInfo) notices?.add({ code: 'missing_recommended_file', severity: 'WARNING', file: 'feed_info.txt', message: 'missing: the records say they come from the first agency, checked today' });

  const context: ImportContext = {
    source: options.source ?? (feedInfo && optionalText(feedInfo, 'feed_publisher_name')) ?? firstAgencyName(agencyRows),
    verifiedAt: options.verifiedAt ?? feedStartDate(feedInfo) ?? new Date().toISOString().slice(0, 10),
    translate: readTranslations(translationRows, feedLanguage(options.defaultLanguage, feedInfo)),
  };
  const { agencies, agencyIdOf } = readAgencies(agencyRows, context);
  const { stops, lookup } = readStops(stopRows, context, notices);
  const { routes, ids: routeIds } = readRoutes(routeRows, agencyIdOf, context);
  const { services, ids: serviceIds } = readServices(calendarRows, calendarDateRows, context);
  const { drafts, ids: tripIds } = readTrips(tripRows, stopTimeRows, { routeIds, serviceIds, services, stops: lookup }, context);
  const trips = expandFrequencies(frequencyRows, drafts, tripIds, notices);

  return {
    agencies: parseAll(AgencySchema, agencies, 'agency.txt'),
    stops: parseAll(StopSchema, [...stops, ...lookup.stationStops], 'stops.txt'),
    routes: parseAll(RouteSchema, routes, 'routes.txt'),
    services: parseAll(ServiceSchema, services, 'calendar.txt'),
    trips: parseAll(TripSchema, trips, 'trips.txt'),
  };
}

function firstAgencyName(agencyRows: readonly GtfsRow[]): string {
  const name = agencyRows[0] && optionalText(agencyRows[0], 'agency_name');
  if (name === undefined) throw new GtfsError({ file: 'agency.txt', line: 2, column: 'agency_name' }, 'is empty but required');
  return name;
}

function feedStartDate(feedInfo: GtfsRow | undefined): string | undefined {
  if (!feedInfo || optionalText(feedInfo, 'feed_start_date') === undefined) return undefined;
  return requiredDate(feedInfo, 'feed_start_date').replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
}

function feedLanguage(option: string | undefined, feedInfo: GtfsRow | undefined): Language {
  if (option !== undefined) {
    const language = toLanguage(option);
    if (!language) throw new RangeError(`defaultLanguage "${option}" is not one of hy, az, ru, en`);
    return language;
  }
  const tag = feedInfo && optionalText(feedInfo, 'feed_lang');
  // "mul" or a language the app does not speak: the texts still go to English, the fallback every screen has.
  return (tag && toLanguage(tag)) || 'en';
}

/** Checks each record against the app's schema, so nothing the app would refuse leaves the importer. */
function parseAll<T>(schema: v.GenericSchema<unknown, T>, records: readonly unknown[], file: string): T[] {
  return records.map((record, index) => {
    const result = v.safeParse(schema, record);
    if (!result.success) {
      const id = (record as { id?: unknown }).id;
      throw new GtfsError({ file }, `record ${index + 1} ("${String(id)}") does not fit the app's format: ${describeIssues(result.issues).join('; ')}`);
    }
    return result.output;
  });
}
